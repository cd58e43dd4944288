//! What an edit changes, in Dutch, for "Ongedaan gemaakt: leden van
//! Wijkcoöperatie Oost voor Elkaar": the item by its name, and the field by
//! the undo key the view gave the edit.

use super::Edit;
use crate::model::{Dataset, field_names};

/// The field a key such as `platforms[3].members` ends in, as the register
/// names it ([`field_names`]), in lower case for the middle of a sentence.
fn field_nl(key: Option<&str>) -> Option<String> {
    let field = key?.rsplit('.').next()?;
    let label = field_names::label_of(field)?;
    let mut letters = label.chars();
    let first = letters.next()?;
    Some(first.to_lowercase().chain(letters).collect())
}

impl Edit {
    /// What the edit changes, in Dutch, read against `data` as it is before
    /// the edit; `key` is the edit's undo key.
    pub fn describe(&self, data: &Dataset, key: Option<&str>) -> String {
        let of = |what: &str| match field_nl(key) {
            Some(field) => format!("{field} van {what}"),
            None => what.to_owned(),
        };
        match self {
            Self::Platform { platform, .. } => of(&platform.name),
            Self::InsertPlatform { platform, .. } => {
                format!("nieuw wijkplatform {}", platform.name)
            }
            Self::RemovePlatform { index } => format!(
                "wijkplatform {} verwijderd",
                data.platforms.get(*index).map_or("", |p| p.name.as_str())
            ),
            Self::District { district, .. } => of(&format!("wijk {}", district.name)),
            Self::Indicator { indicator, .. } => of(&format!("indicator {}", indicator.name)),
            Self::InsertIndicator { indicator, .. } => {
                format!("nieuwe indicator {}", indicator.name)
            }
            Self::RemoveIndicator { index } => format!(
                "indicator {} verwijderd",
                data.indicators.get(*index).map_or("", |i| i.name.as_str())
            ),
            Self::Budget(_) => match key.and_then(|k| k.strip_prefix("budget.allocations.")) {
                Some(cell) => {
                    let mut parts = cell.split('.');
                    match (parts.next(), parts.next()) {
                        (Some(year), Some(ambition)) => {
                            format!("verdeling {year}, ambitie {ambition}")
                        }
                        _ => "verdeling over de ambities".to_owned(),
                    }
                }
                None => of("het budget"),
            },
            Self::Intervention { intervention, .. } => {
                of(&format!("interventie {}", intervention.name))
            }
            Self::InsertIntervention { intervention, .. } => {
                format!("nieuwe interventie {}", intervention.name)
            }
            Self::RemoveIntervention { index } => format!(
                "interventie {} verwijderd",
                data.interventions
                    .get(*index)
                    .map_or("", |i| i.name.as_str())
            ),
            Self::Partners(_) => "partners".to_owned(),
            Self::KeyFigures(_) => "kerncijfers".to_owned(),
            Self::Criteria(_) => "het beoordelingskader".to_owned(),
            Self::Ambition { ambition, .. } => of(&format!("ambitie {}", ambition.name)),
            Self::Slides(_) => "keuze van de dia's".to_owned(),
            Self::Boundaries(_) => "wijkgrenzen".to_owned(),
            Self::Scenarios { .. } => "scenario's".to_owned(),
            Self::Replace(_) => "alle gegevens".to_owned(),
            Self::ReplaceWithFile { .. } => "andere gegevens".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Platform;

    #[test]
    fn an_edit_names_its_item_and_field() {
        let data = Dataset {
            platforms: vec![Platform {
                name: "Wijkcoöperatie Oost voor Elkaar".into(),
                ..Platform::default()
            }],
            ..Dataset::default()
        };
        let edit = Edit::Platform {
            index: 0,
            platform: Box::new(data.platforms[0].clone()),
        };
        assert_eq!(
            edit.describe(&data, Some("platforms[0].members")),
            "leden van Wijkcoöperatie Oost voor Elkaar"
        );
        let remove = Edit::RemovePlatform { index: 0 };
        assert_eq!(
            remove.describe(&data, None),
            "wijkplatform Wijkcoöperatie Oost voor Elkaar verwijderd"
        );
        let budget = Edit::Budget(Box::default());
        assert_eq!(
            budget.describe(&data, Some("budget.allocations.2026.2")),
            "verdeling 2026, ambitie 2"
        );
    }
}
