//! Places and values in words a user reads: "Oost › Wijkcoöperatie Oost
//! voor Elkaar › Leden", "200 → 213".

use serde_json::Value;

use super::tree::{EntryKey, Step, field, get};
use crate::model::format;

/// What part of the register a change is in, for the filter of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, strum::EnumIter)]
pub enum Part {
    /// A wijk itself.
    Wijk,
    /// A wijkplatform.
    Wijkplatform,
    /// An indicator.
    Indicator,
    /// A key figure.
    Kerncijfer,
    /// An intervention, a partner or a buurtaanpak: what the programme does.
    Interventie,
    /// The budget.
    Budget,
    /// A scenario or the comparison.
    Scenario,
    /// Everything else: title, sources, ambitions, slides, boundaries.
    Overig,
}

impl Part {
    /// Its name in Dutch, plural, for the filter.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Wijk => "Wijken",
            Self::Wijkplatform => "Wijkplatforms",
            Self::Indicator => "Indicatoren",
            Self::Kerncijfer => "Kerncijfers",
            Self::Interventie => "Interventies",
            Self::Budget => "Budget",
            Self::Scenario => "Scenario's",
            Self::Overig => "Overig",
        }
    }
}

/// The Dutch name of a field, or `None` for one that adds nothing to the
/// place ("value" of a count). One table for the whole app:
/// [`crate::model::field_names`]; a field it lacks keeps its file name.
fn field_label(name: &str) -> Option<String> {
    match name {
        "value" | "count" => None,
        other => Some(
            crate::model::field_names::label_of(other)
                .unwrap_or(other)
                .to_owned(),
        ),
    }
}

/// The name of an entry: its name, label or title, else its key.
fn entry_name(entry: Option<&Value>, key: &EntryKey) -> String {
    let named = entry.and_then(|e| {
        ["name", "label", "title"]
            .iter()
            .find_map(|f| field(e, f).as_str().filter(|s| !s.is_empty()))
    });
    match (named, key) {
        (Some(name), _) => name.to_owned(),
        (None, EntryKey::Key(key)) => key.clone(),
        (None, EntryKey::Content(..)) => String::new(),
    }
}

/// The entry at `key` of the list at `list` (a top-level field) in either tree.
fn top_entry<'a>(trees: [&'a Value; 2], list: &str, key: &EntryKey) -> Option<&'a Value> {
    let EntryKey::Key(id) = key else {
        return None;
    };
    trees.into_iter().find_map(|tree| {
        field(tree, list)
            .as_array()?
            .iter()
            .find(|e| field(e, "id").as_str() == Some(id.as_str()))
    })
}

/// The name of wijk `id` in either tree.
fn district_name(trees: [&Value; 2], id: &str) -> String {
    top_entry(trees, "districts", &EntryKey::Key(id.to_owned())).map_or_else(
        || id.to_owned(),
        |d| entry_name(Some(d), &EntryKey::Key(id.to_owned())),
    )
}

/// The register's top-level parts in words, and which part of the report
/// they belong to; the wijken and the wijkplatforms are told by their own
/// names instead.
fn top_level(name: &str) -> (Option<&'static str>, Part) {
    match name {
        "budget" => (Some("Budget"), Part::Budget),
        "comparison" => (Some("Scenario's vergeleken"), Part::Scenario),
        "scenarios" => (Some("Scenario's"), Part::Scenario),
        "indicators" => (Some("Indicatoren"), Part::Indicator),
        "key_figures" => (Some("Kerncijfers"), Part::Kerncijfer),
        "interventions" => (Some("Interventies"), Part::Interventie),
        "partners" => (Some("Partners"), Part::Interventie),
        "buurtaanpakken" => (Some("Buurtaanpakken"), Part::Interventie),
        "sources" => (Some("Bronnen"), Part::Overig),
        "ambitions" => (Some("Ambities"), Part::Overig),
        "slides" => (Some("Dia's"), Part::Overig),
        "boundaries" => (Some("Kaart (grenzen van de wijken)"), Part::Overig),
        "districts" => (None, Part::Wijk),
        "platforms" => (None, Part::Wijkplatform),
        _ => (None, Part::Overig),
    }
}

/// Where a change is, in words; which part of the register; and the wijk
/// it belongs to (its name), if any.
pub(super) fn place(path: &[Step], trees: [&Value; 2]) -> (String, Part, Option<String>) {
    let mut words: Vec<String> = Vec::new();
    let mut part = Part::Overig;
    let mut wijk = None;
    let mut rest = path;
    if let [Step::Field(list), Step::Entry(key), tail @ ..] = path {
        let entry = top_entry(trees, list, key);
        let name = entry_name(entry, key);
        let (words_of_list, list_part) = top_level(list);
        part = list_part;
        match list.as_str() {
            "districts" => {
                wijk = Some(name.clone());
                words.push(name);
            }
            "platforms" => {
                let district = entry
                    .and_then(|e| field(e, "district").as_str())
                    .filter(|id| !id.is_empty())
                    .map(|id| district_name(trees, id));
                match &district {
                    Some(district) => words.push(district.clone()),
                    // Not yet placed in a wijk: under the list's own name.
                    None => words.push(list_part.label_nl().to_owned()),
                }
                wijk = district;
                words.push(name);
            }
            other => {
                let list_words = words_of_list
                    .map(str::to_owned)
                    .or_else(|| field_label(other));
                words.extend(list_words.into_iter().chain([name]));
            }
        }
        rest = tail;
    } else if let [Step::Field(top), tail @ ..] = path {
        let (words_of_field, field_part) = top_level(top);
        part = field_part;
        words.extend(
            words_of_field
                .map(str::to_owned)
                .or_else(|| field_label(top)),
        );
        rest = tail;
    }
    let mut list = None;
    let walked = path.len() - rest.len();
    for (index, step) in rest.iter().enumerate() {
        match step {
            Step::Field(name) => {
                words.extend(field_label(name));
                list = Some(name.as_str());
            }
            Step::Entry(entry_key @ EntryKey::Key(key)) => {
                // A nested entry with a name (a funding by its id) reads by it.
                let here = &path[..walked + index + 1];
                let entry = trees.iter().find_map(|tree| get(tree, here));
                let named = entry.map(|e| entry_name(Some(e), entry_key));
                words.push(match named {
                    Some(name) if name != *key => name,
                    _ => referenced_name(trees, list, key)
                        .unwrap_or_else(|| entry_key_text(list, key)),
                });
            }
            Step::Entry(EntryKey::Content(..)) => {}
        }
    }
    (words.join(" › "), part, wijk)
}

/// Where a change's group stands in the report: the wijken in the order of
/// the register, then the programme's parts (indicators, key figures,
/// budget, scenarios, the rest).
pub(super) fn group_rank(trees: [&Value; 2], part: Part, wijk: Option<&str>) -> usize {
    const AFTER_THE_WIJKEN: usize = 1_000;
    let district_index = wijk.and_then(|name| {
        trees.iter().rev().find_map(|tree| {
            field(tree, "districts")
                .as_array()?
                .iter()
                .position(|d| field(d, "name").as_str() == Some(name))
        })
    });
    district_index.unwrap_or(AFTER_THE_WIJKEN + part as usize)
}

/// An entry's key in words: an allocation's "2026/2" is "2026, ambitie 2".
/// An entry known by a reference, by what it references: a decision by its
/// intervention's name, a score by its criterion's name.
fn referenced_name(trees: [&Value; 2], list: Option<&str>, key: &str) -> Option<String> {
    let top = match list? {
        "choices" => "interventions",
        "scores" => "criteria",
        _ => return None,
    };
    trees.iter().find_map(|tree| {
        field(tree, top)
            .as_array()?
            .iter()
            .find(|e| field(e, "id").as_str() == Some(key))
            .and_then(|e| field(e, "name").as_str().map(str::to_owned))
    })
}

fn entry_key_text(list: Option<&str>, key: &str) -> String {
    match (list, key.split_once('/')) {
        (Some("allocations"), Some((year, ambition))) => format!("{year}, ambitie {ambition}"),
        _ => key.to_owned(),
    }
}

/// The Dutch word for a choice the register stores by its English or
/// joined-up name ("Nearly" → "bijna", "InOpbouw" → "in opbouw").
fn choice_text(field_name: &str, value: &Value) -> Option<String> {
    fn label<T: serde::de::DeserializeOwned>(
        value: &Value,
        text: fn(T) -> String,
    ) -> Option<String> {
        serde_json::from_value::<T>(value.clone()).ok().map(text)
    }
    let text = match field_name {
        "status" => label(value, |s: crate::model::PlatformStatus| {
            s.label_nl().to_owned()
        })
        .or_else(|| {
            label(value, |s: crate::model::InterventionStatus| {
                s.label_nl().to_owned()
            })
        }),
        "decision" => label(value, crate::model::Decision::text),
        "funding" => label(value, |m: crate::model::MoneySource| {
            m.label_nl().to_owned()
        }),
        "area" => label(value, |a: crate::model::InterventionArea| match a {
            crate::model::InterventionArea::Overvecht => "heel Overvecht".to_owned(),
            crate::model::InterventionArea::Buurtaanpak(id) => format!("buurtaanpak {id}"),
            crate::model::InterventionArea::Buurt(name) => name,
        }),
        "legal_form" => label(value, |l: crate::model::LegalForm| l.label_nl().to_owned()),
        "qualifier" => label(value, |q: crate::model::Qualifier| {
            let word = q.label_nl();
            if word.is_empty() {
                "precies".to_owned()
            } else {
                word.to_owned()
            }
        }),
        "direction" => label(value, |d: crate::model::Direction| d.label_nl().to_owned()),
        "unit" => label(value, |u: crate::model::Unit| u.label_nl()),
        _ => None,
    };
    text.filter(|t| !t.is_empty())
}

/// The value at `path` in words (a year stays a year: "2026", not "2.026";
/// a choice in Dutch).
pub(super) fn value_at_text(path: &[Step], value: Option<&Value>) -> String {
    // A plain entry of a list (a money source) reads as its list's field.
    let field = match path {
        [.., Step::Field(name)] | [.., Step::Field(name), Step::Entry(EntryKey::Content(..))] => {
            name
        }
        _ => return value_text(value),
    };
    let name = field;
    let is_year = matches!(name.as_str(), "year" | "first_year" | "last_year");
    match value {
        Some(Value::Number(number)) if is_year => number.to_string(),
        // Money in the register is whole euros, in fields named "…_eur".
        Some(Value::Number(number)) if name.ends_with("_eur") && number.as_i64().is_some() => {
            crate::model::format::euro(number.as_i64().unwrap_or_default())
        }
        Some(value) => choice_text(name, value).unwrap_or_else(|| value_text(Some(value))),
        None => value_text(None),
    }
}

/// The value at `path` in words, with a reference by id read as what it
/// names: an intervention's partner by its name, a result by its key
/// figure's label, a goal by its name.
pub(super) fn value_in(trees: [&Value; 2], path: &[Step], value: Option<&Value>) -> String {
    let list = path.iter().rev().find_map(|step| match step {
        Step::Field(name) => Some(name.as_str()),
        Step::Entry(_) => None,
    });
    // A decision per intervention added: "verlagen naar € 150.000, vast".
    if let (Some("choices"), Some(object @ Value::Object(_))) = (list, value)
        && let Ok(choice) = serde_json::from_value::<crate::model::PlanChoice>(object.clone())
    {
        let text = choice.decision.text();
        return if choice.locked {
            format!("{text}, vast")
        } else {
            text
        };
    }
    if let (Some(list), Some(Value::String(id))) = (list, value) {
        let named = |top: &str, label: &str| {
            trees.iter().find_map(|tree| {
                field(tree, top)
                    .as_array()?
                    .iter()
                    .find(|e| field(e, "id").as_str() == Some(id.as_str()))
                    .and_then(|e| field(e, label).as_str().map(str::to_owned))
            })
        };
        let goal = || {
            trees.iter().find_map(|tree| {
                field(tree, "ambitions")
                    .as_array()?
                    .iter()
                    .filter_map(|a| field(a, "goals").as_array())
                    .flatten()
                    .find(|g| field(g, "id").as_str() == Some(id.as_str()))
                    .and_then(|g| field(g, "name").as_str().map(str::to_owned))
            })
        };
        let name = match list {
            "partners" => named("partners", "name"),
            "results" => named("key_figures", "label"),
            "goals" => goal(),
            _ => None,
        };
        if let Some(name) = name {
            return name;
        }
    }
    value_at_text(path, value)
}

/// The scenarios compared side by side in words: "Gelijk verdeeld en Wonen
/// levert in, 2026 tegen 2025".
fn compared_text(object: &serde_json::Map<String, Value>) -> Option<String> {
    let ids: Vec<&str> = object
        .get("scenarios")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let year = object.get("year")?.as_i64()?;
    let reference = object.get("reference_year")?.as_i64()?;
    Some(format!(
        "{} in {year} tegen {reference}",
        if ids.is_empty() {
            "geen scenario".to_owned()
        } else {
            ids.join(", ")
        }
    ))
}

/// A value in words: "–" for nothing, numbers the Dutch way, an entry by
/// its text, a list by its items' names.
pub(super) fn value_text(value: Option<&Value>) -> String {
    const LONGEST: usize = 160;
    let text = match value {
        None | Some(Value::Null) => "–".to_owned(),
        Some(Value::Bool(true)) => "ja".to_owned(),
        Some(Value::Bool(false)) => "nee".to_owned(),
        Some(Value::Number(number)) => number.as_i64().map_or_else(
            || format::decimal(number.as_f64().unwrap_or(0.0), 3),
            format::thousands,
        ),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(list)) if list.is_empty() => "–".to_owned(),
        Some(Value::Array(list)) if list.len() == 1 => value_text(list.first()),
        Some(Value::Array(list)) => {
            // A list of named things by their names, else how many.
            let names: Vec<String> = list
                .iter()
                .filter_map(|item| match item {
                    Value::String(text) => Some(text.clone()),
                    Value::Object(object) => ["name", "label", "title"]
                        .iter()
                        .find_map(|f| object.get(*f)?.as_str().map(str::to_owned)),
                    _ => None,
                })
                .collect();
            if names.len() == list.len() {
                names.join("; ")
            } else {
                format!("{} onderdelen", list.len())
            }
        }
        // A next step with its when and who: "Evaluatie (15-1-2027, DOCK)".
        Some(Value::Object(object))
            if object.contains_key("text")
                && object
                    .keys()
                    .all(|k| ["text", "due", "who"].contains(&k.as_str())) =>
        {
            serde_json::from_value::<crate::model::NextStep>(Value::Object(object.clone()))
                .map_or_else(|_| "(leeg)".to_owned(), |step| step.line(None, |_| false))
        }
        Some(Value::Object(object)) => {
            let parts: Vec<String> = [
                "date",
                "name",
                "label",
                "description",
                "text",
                "value",
                "role",
            ]
            .iter()
            .filter_map(|f| object.get(*f))
            .filter(|v| !v.is_null())
            .map(|v| value_text(Some(v)))
            .filter(|t| t != "–")
            .collect();
            // A year of an indicator: its figures ("wijk 31 · Utrecht 13,5").
            let figures: Vec<String> = [("district", "wijk"), ("utrecht", "Utrecht")]
                .iter()
                .filter_map(|(field, label)| {
                    let value = object.get(*field).filter(|v| !v.is_null())?;
                    Some(format!("{label} {}", value_text(Some(value))))
                })
                .collect();
            if parts.is_empty() && figures.is_empty() {
                compared_text(object).unwrap_or_else(|| "(leeg)".to_owned())
            } else if parts.is_empty() {
                figures.join(" · ")
            } else {
                parts.join(": ")
            }
        }
    };
    if text.chars().count() > LONGEST {
        let short: String = text.chars().take(LONGEST - 1).collect();
        format!("{short}…")
    } else {
        text
    }
}
