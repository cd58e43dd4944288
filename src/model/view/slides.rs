//! The presentation slides and which of them the wijkmanager chose to show.

use crate::model::{Dataset, SlideChoice};

/// One slide of the presentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The city: the map coloured by status, with counts per status.
    Overview,
    /// One wijk, by CBS code.
    District(String),
    /// Overvecht's indicators against Utrecht.
    Indicators,
    /// An ambition's interventions and their status, by the ambition's number.
    Ambition(u8),
    /// The budget with the 2026 cut.
    Budget,
    /// One of the compared budget scenarios, by id.
    Scenario(String),
    /// The compared scenarios side by side.
    Comparison,
}

impl Slide {
    /// The stable id saved in the data file.
    pub fn id(&self) -> String {
        match self {
            Self::Overview => "overzicht".to_owned(),
            Self::District(code) => format!("wijk:{code}"),
            Self::Indicators => "indicatoren".to_owned(),
            Self::Ambition(id) => format!("voortgang:{id}"),
            Self::Budget => "budget".to_owned(),
            Self::Scenario(id) => format!("scenario:{id}"),
            Self::Comparison => "vergelijking".to_owned(),
        }
    }

    /// The slide with this id, if the data has it.
    pub fn from_id(id: &str, data: &Dataset) -> Option<Self> {
        match id {
            "overzicht" => Some(Self::Overview),
            "indicatoren" => Some(Self::Indicators),
            "budget" => Some(Self::Budget),
            // Scenario slides exist for the scenarios being compared.
            "vergelijking" => (compared(data).count() >= 2).then_some(Self::Comparison),
            other => {
                if let Some(number) = other.strip_prefix("voortgang:") {
                    let id: u8 = number.parse().ok()?;
                    return has_progress(data, id).then_some(Self::Ambition(id));
                }
                if let Some(id) = other.strip_prefix("scenario:") {
                    return compared(data)
                        .any(|s| s.id == id)
                        .then(|| Self::Scenario(id.to_owned()));
                }
                let code = other.strip_prefix("wijk:")?;
                data.district(code).map(|_| Self::District(code.to_owned()))
            }
        }
    }

    /// A Dutch title for lists and file names.
    pub fn title(&self, data: &Dataset) -> String {
        match self {
            Self::Overview => "Overzicht van de wijken".to_owned(),
            Self::District(code) => data
                .district(code)
                .map_or_else(|| code.clone(), |d| format!("Wijk {}", d.name)),
            Self::Indicators => "Indicatoren Overvecht".to_owned(),
            Self::Ambition(id) => format!("Ambitie {id}: {}", data.ambition_name(*id)),
            Self::Budget => "Budget en bezuiniging".to_owned(),
            Self::Scenario(id) => data
                .scenarios
                .iter()
                .find(|s| s.id == *id)
                .map_or_else(|| id.clone(), |s| format!("Scenario {}", s.name)),
            Self::Comparison => format!("Scenario's vergeleken ({})", data.comparison.year),
        }
    }
}

/// Every slide the data allows, in the default order.
fn all_slides(data: &Dataset) -> Vec<Slide> {
    std::iter::once(Slide::Overview)
        .chain(data.districts.iter().map(|d| Slide::District(d.id.clone())))
        .chain([Slide::Indicators])
        .chain(
            data.ambitions
                .iter()
                .filter(|a| has_progress(data, a.id))
                .map(|a| Slide::Ambition(a.id)),
        )
        .chain([Slide::Budget])
        .chain(compared(data).map(|s| Slide::Scenario(s.id.clone())))
        .chain((compared(data).count() >= 2).then_some(Slide::Comparison))
        .collect()
}

/// Whether ambition `id` has something to show: interventions or goals.
fn has_progress(data: &Dataset, id: u8) -> bool {
    data.ambitions
        .iter()
        .any(|a| a.id == id && (!a.goals.is_empty() || data.interventions_of(id).next().is_some()))
}

fn compared(data: &Dataset) -> impl Iterator<Item = &crate::model::Scenario> {
    data.comparison.chosen(&data.scenarios)
}

/// The slide list with the user's choice: saved entries in their order
/// first, then slides the choice does not mention yet (shown).
pub fn slide_choices(data: &Dataset) -> Vec<SlideChoice> {
    let mut choices: Vec<SlideChoice> = data
        .slides
        .iter()
        .filter(|choice| Slide::from_id(&choice.id, data).is_some())
        .cloned()
        .collect();
    for slide in all_slides(data) {
        let id = slide.id();
        if choices.iter().all(|c| c.id != id) {
            choices.push(SlideChoice {
                id,
                shown: true,
                notes: String::new(),
            });
        }
    }
    choices
}

/// The speaker notes of `slide` ("" when there are none).
pub fn speaker_notes<'a>(data: &'a Dataset, slide: &Slide) -> &'a str {
    let id = slide.id();
    data.slides
        .iter()
        .find(|choice| choice.id == id)
        .map_or("", |choice| choice.notes.as_str())
}

/// The slides to show, in order.
pub fn shown_slides(data: &Dataset) -> Vec<Slide> {
    slide_choices(data)
        .iter()
        .filter(|choice| choice.shown)
        .filter_map(|choice| Slide::from_id(&choice.id, data))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_choice_every_slide_is_shown_in_order() {
        let data = crate::model::shipped_for_tests();
        let slides = shown_slides(&data);
        assert_eq!(slides.len(), 18);
        assert_eq!(slides[0], Slide::Overview);
        assert_eq!(slides[3], Slide::District("WK034403".into()));
        assert_eq!(slides[11], Slide::Indicators);
        // What the programme does, per ambition, before the money.
        assert_eq!(slides[12], Slide::Ambition(1));
        assert_eq!(slides[16], Slide::Ambition(5));
        assert_eq!(slides[17], Slide::Budget);
        assert_eq!(
            Slide::from_id("voortgang:3", &data),
            Some(Slide::Ambition(3))
        );
        assert_eq!(Slide::from_id("voortgang:9", &data), None);
        assert_eq!(Slide::from_id("voortgang:x", &data), None);
    }

    #[test]
    fn a_saved_choice_sets_order_and_visibility() {
        let mut data = crate::model::shipped_for_tests();
        data.slides = vec![
            SlideChoice {
                notes: String::new(),
                id: "budget".into(),
                shown: true,
            },
            SlideChoice {
                notes: String::new(),
                id: "overzicht".into(),
                shown: false,
            },
            SlideChoice {
                notes: String::new(),
                id: "wijk:WK999999".into(),
                shown: true,
            },
        ];
        let slides = shown_slides(&data);
        assert_eq!(slides[0], Slide::Budget);
        assert!(!slides.contains(&Slide::Overview));
        assert_eq!(
            slides.len(),
            17,
            "unknown ids are dropped, unmentioned slides appended"
        );
    }

    #[test]
    fn compared_scenarios_get_a_slide_each_and_one_side_by_side() {
        let mut data = crate::model::shipped_for_tests();
        for id in ["a", "b", "c"] {
            data.scenarios.push(crate::model::Scenario {
                id: id.into(),
                name: format!("Scenario {id}"),
                ..Default::default()
            });
        }
        data.comparison = crate::model::ScenarioComparison {
            scenarios: vec!["c".into(), "a".into()],
            year: 2026,
            reference_year: 2025,
        };
        let slides = shown_slides(&data);
        assert_eq!(
            slides[18..],
            [
                Slide::Scenario("c".into()),
                Slide::Scenario("a".into()),
                Slide::Comparison
            ]
        );
        data.comparison.scenarios = vec!["b".into()];
        let slides = shown_slides(&data);
        assert_eq!(
            slides[18..],
            [Slide::Scenario("b".into())],
            "one alone: no comparison"
        );
    }
}
