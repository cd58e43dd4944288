//! An intervention's scores on the beoordelingskader: per criterion a
//! score from 1 to 5 or "niet beoordeeld", and why.

use egui::{RichText, Ui};

use crate::model::{Dataset, Intervention, SCORES, Score};
use crate::ui::widgets;

/// The scores of `intervention`; returns whether one changed.
pub(super) fn scores_ui(ui: &mut Ui, data: &Dataset, intervention: &mut Intervention) -> bool {
    ui.label(RichText::new("Beoordeling").strong());
    if data.criteria.is_empty() {
        ui.weak("Het beoordelingskader heeft nog geen criteria (Voortgang → Beoordeling).");
        return false;
    }
    let mut changed = false;
    let options: Vec<Option<u8>> = std::iter::once(None).chain(SCORES.map(Some)).collect();
    for criterion in &data.criteria {
        let position = intervention
            .scores
            .iter()
            .position(|s| s.criterion == criterion.id);
        let mut score = position
            .map(|p| intervention.scores[p].clone())
            .unwrap_or(Score {
                criterion: criterion.id.clone(),
                ..Score::default()
            });
        let mut this = false;
        ui.horizontal_wrapped(|ui| {
            this |= widgets::choice(ui, &criterion.name, &mut score.score, &options, |s| {
                s.map_or_else(|| "niet beoordeeld".to_owned(), |s| s.to_string())
            });
            if !criterion.explanation.is_empty() {
                ui.weak(&criterion.explanation);
            }
        });
        this |= widgets::text_field(
            ui,
            &format!("Waarom, {}", criterion.name.to_lowercase()),
            &mut score.reason,
        )
        .changed();
        if this {
            changed = true;
            let empty = score.score.is_none() && score.reason.trim().is_empty();
            match (position, empty) {
                (Some(p), true) => {
                    intervention.scores.remove(p);
                }
                (Some(p), false) => intervention.scores[p] = score,
                (None, false) => intervention.scores.push(score),
                (None, true) => {}
            }
        }
    }
    if let Some(weighted) = data.weighted_score(intervention) {
        ui.label(format!("Gewogen score: {}", weighted.text()));
    } else {
        ui.weak("Gewogen score: pas als elk criterium een score heeft.");
    }
    changed
}
