//! The offer to a file that predates the interventions: add what the
//! council letter reports (the ambitions' introductions and goals, the
//! partners, the buurtaanpakken, the interventions and the key figures
//! they link to) to the user's own data. Only what is missing is added;
//! nothing of the user's is changed. The app asks first and applies it as
//! one undoable edit; never silently.

use crate::model::Dataset;

/// What accepting the offer would add.
#[derive(Clone, Debug, PartialEq)]
pub struct LetterOffer {
    /// The user's data with the letter's programme added.
    pub data: Dataset,
    /// How many interventions it adds.
    pub interventions: usize,
    /// How many partners.
    pub partners: usize,
    /// How many key figures (results the interventions link to).
    pub key_figures: usize,
    /// How many ambitions get their introduction or goals.
    pub ambitions: usize,
}

impl LetterOffer {
    /// The question, in Dutch: what would be added.
    pub fn question(&self) -> String {
        format!(
            "Deze versie van Wijkdashboard kent de interventies uit de raadsbrief (Bijlage Voortgang). \
             Uw bestand heeft ze nog niet. Toevoegen zet {} interventies, {} partners en {} kerncijfers \
             bij uw gegevens, en vult bij {} ambities de inleiding en doelen aan. Wat u zelf hebt ingevuld, blijft zoals het is.",
            self.interventions, self.partners, self.key_figures, self.ambitions
        )
    }
}

/// The offer for `current`, from the `shipped` data; `None` when there is
/// nothing to offer (the file has interventions of its own already, or
/// the shipped data has none).
pub fn letter_offer(current: &Dataset, shipped: &Dataset) -> Option<LetterOffer> {
    if !current.interventions.is_empty() || shipped.interventions.is_empty() {
        return None;
    }
    let mut data = current.clone();
    let partners = add_missing(&mut data.partners, &shipped.partners, |p| &p.id);
    add_missing(&mut data.buurtaanpakken, &shipped.buurtaanpakken, |b| &b.id);
    add_missing(&mut data.sources, &shipped.sources, |s| &s.id);
    let key_figures = add_missing(&mut data.key_figures, &shipped.key_figures, |k| &k.id);
    let mut ambitions = 0;
    for theirs in &shipped.ambitions {
        let Some(mine) = data.ambitions.iter_mut().find(|a| a.id == theirs.id) else {
            continue;
        };
        let mut filled = false;
        if mine.introduction.trim().is_empty() && !theirs.introduction.is_empty() {
            mine.introduction.clone_from(&theirs.introduction);
            mine.introduction_source
                .clone_from(&theirs.introduction_source);
            filled = true;
        }
        if mine.goals.is_empty() && !theirs.goals.is_empty() {
            mine.goals.clone_from(&theirs.goals);
            filled = true;
        }
        ambitions += usize::from(filled);
    }
    let known_ambitions: Vec<u8> = data.ambitions.iter().map(|a| a.id).collect();
    let interventions: Vec<_> = shipped
        .interventions
        .iter()
        .filter(|i| known_ambitions.contains(&i.ambition))
        .cloned()
        .collect();
    let count = interventions.len();
    data.interventions = interventions;
    Some(LetterOffer {
        data,
        interventions: count,
        partners,
        key_figures,
        ambitions,
    })
}

/// Adds the items of `theirs` whose id `mine` lacks; returns how many.
fn add_missing<T: Clone>(mine: &mut Vec<T>, theirs: &[T], id: impl Fn(&T) -> &String) -> usize {
    let missing: Vec<T> = theirs
        .iter()
        .filter(|item| !mine.iter().any(|m| id(m) == id(item)))
        .cloned()
        .collect();
    let count = missing.len();
    mine.extend(missing);
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{shipped_for_tests, validate};

    /// The shipped data as a file from before the interventions.
    fn older_file() -> Dataset {
        let mut data = shipped_for_tests();
        data.interventions.clear();
        data.partners.clear();
        data.buurtaanpakken.clear();
        for ambition in &mut data.ambitions {
            ambition.introduction.clear();
            ambition.introduction_source = None;
            ambition.goals.clear();
        }
        data.key_figures.retain(|k| k.id != "garageboxen-gesloten");
        data.key_figures[0].label = "Mijn eigen woorden".into();
        data
    }

    #[test]
    fn the_offer_adds_what_is_missing_and_keeps_what_the_user_wrote() {
        let shipped = shipped_for_tests();
        let mine = older_file();
        let Some(offer) = letter_offer(&mine, &shipped) else {
            panic!("an older file gets the offer");
        };
        assert_eq!(offer.interventions, shipped.interventions.len());
        assert_eq!(offer.partners, shipped.partners.len());
        assert_eq!(offer.key_figures, 1);
        assert_eq!(offer.ambitions, 5);
        assert_eq!(offer.data.key_figures[0].label, "Mijn eigen woorden");
        assert!(
            validate(&offer.data)
                .iter()
                .all(|p| p.severity != crate::model::Severity::Error),
            "{:?}",
            validate(&offer.data)
        );
        assert!(offer.question().contains("interventies"));
        // Once accepted, there is nothing more to offer.
        assert_eq!(letter_offer(&offer.data, &shipped), None);
    }
}
