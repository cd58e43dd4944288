//! Editing a scenario per intervention: the saving against the cut at the
//! top (exact, in whole euros), *Voorstel*, a row per intervention (its
//! amount, score, decision, new amount, lock, what it gives up), and what
//! the plan means: per ambition, per goal, per partner, and what is missing.

use egui::{RichText, Ui};

use super::Draft;
use crate::model::format::{self, counted};
use crate::model::{
    CutOutcome, Dataset, Decision, InterventionPlan, PlannedIntervention, SavingState, voorstel,
};
use crate::ui::widgets::{self, palette};

/// The plan of the scenario at `index` in `draft`, with its outcome.
pub(super) fn plan_ui(
    ui: &mut Ui,
    data: &Dataset,
    index: usize,
    outcome: &CutOutcome,
    draft: &mut Draft,
) {
    let Some(scenario) = draft.scenarios.get_mut(index) else {
        return;
    };
    let id = scenario.id.clone();
    let Some(plan) = scenario.per_intervention.as_mut() else {
        return;
    };
    let colour = match outcome.state {
        Some(SavingState::Reached) => palette::GREEN,
        _ => palette::WARNING,
    };
    ui.label(
        RichText::new(outcome.saving_text())
            .size(18.0)
            .strong()
            .color(colour),
    );
    if let Some(incomplete) = outcome.incomplete_text() {
        ui.colored_label(
            palette::WARNING,
            format!("⚠ {incomplete} Vul hun structurele SvO-bedrag in bij Voortgang."),
        );
    }
    for missing in &outcome.missing {
        ui.colored_label(
            palette::ERROR,
            format!("⚠ Interventie '{missing}' bestaat niet meer; haar besluit staat nog in dit scenario."),
        );
    }
    let mut changed = None;
    ui.horizontal(|ui| {
        let mut year = plan.from_year;
        if widgets::year_field(ui, "Vanaf jaar", &mut year) {
            plan.from_year = year;
            changed = Some("year");
        }
        if ui
            .button("Voorstel")
            .on_hover_text(
                "Stopt of verlaagt de interventies die niet vast staan en per euro het minst wegen, tot de bezuiniging gehaald is, en niet verder. Alleen interventies met een bedrag en een score op elk criterium.",
            )
            .clicked()
        {
            *plan = voorstel(data, plan);
            changed = Some("voorstel");
        }
    });
    ui.add_space(6.0);
    if rows_ui(ui, outcome, plan) {
        changed = changed.or(Some("choices"));
    }
    if let Some(what) = changed {
        draft.changed(format!("scenario.{id}.plan.{what}"));
    }
    ui.add_space(8.0);
    meaning_ui(ui, data, outcome);
}

const DECISIONS: [&str; 3] = ["houden", "verlagen", "stoppen"];

fn decision_index(decision: Decision) -> usize {
    match decision {
        Decision::Houden => 0,
        Decision::Verlagen(_) => 1,
        Decision::Stoppen => 2,
    }
}

/// A row per intervention, by ambition; returns whether a choice changed.
fn rows_ui(ui: &mut Ui, outcome: &CutOutcome, plan: &mut InterventionPlan) -> bool {
    let mut changed = false;
    egui::Grid::new("plan-per-interventie")
        .striped(true)
        .num_columns(7)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for title in [
                "Interventie",
                &format!("Bedrag {}", outcome.year),
                "Score",
                "Besluit",
                "Nieuw bedrag",
                "Vast",
                "Levert in",
            ] {
                ui.strong(title);
            }
            ui.end_row();
            let mut ambition = None;
            for planned in &outcome.interventions {
                if ambition != Some(planned.ambition) {
                    ambition = Some(planned.ambition);
                    ui.strong(format!("Ambitie {}", planned.ambition));
                    ui.end_row();
                }
                // Each cell its own grid column: no wrapping scope here.
                changed |= row_ui(ui, planned, plan);
                ui.end_row();
            }
        });
    changed
}

fn row_ui(ui: &mut Ui, planned: &PlannedIntervention, plan: &mut InterventionPlan) -> bool {
    let mut changed = false;
    ui.label(&planned.name);
    ui.label(
        planned
            .amount
            .map_or_else(|| "onbekend".to_owned(), format::euro),
    );
    ui.label(planned.score.map_or_else(|| "–".to_owned(), |s| s.text()));
    let mut chosen = decision_index(planned.decision);
    let combo = egui::ComboBox::from_id_salt(("besluit", &planned.id))
        .selected_text(DECISIONS[chosen])
        .show_ui(ui, |ui| {
            for (index, name) in DECISIONS.iter().enumerate() {
                ui.selectable_value(&mut chosen, index, *name);
            }
        });
    combo
        .response
        .accessible_name(format!("Besluit over {}", planned.name));
    if chosen != decision_index(planned.decision) {
        let decision = match chosen {
            0 => Decision::Houden,
            // A reduction starts at half; the user types the amount.
            1 => Decision::Verlagen(planned.amount.unwrap_or(0) / 2),
            _ => Decision::Stoppen,
        };
        plan.set_decision(&planned.id, decision);
        changed = true;
    }
    if let Decision::Verlagen(to) = planned.decision {
        let mut amount = Some(to);
        if widgets::euro_cell(
            ui,
            &format!("Nieuw bedrag van {}", planned.name),
            &mut amount,
        ) {
            plan.set_decision(&planned.id, Decision::Verlagen(amount.unwrap_or(0)));
            changed = true;
        }
    } else {
        ui.label("");
    }
    let mut locked = planned.locked;
    if ui
        .add(egui::Checkbox::without_text(&mut locked))
        .on_hover_text("Vast: het Voorstel laat dit besluit staan.")
        .accessible_name(format!("{} vast", planned.name))
        .changed()
    {
        plan.set_locked(&planned.id, locked);
        changed = true;
    }
    if planned.loses > 0 {
        ui.label(format!("− {}", format::euro(planned.loses)));
    } else {
        ui.label("");
    }
    changed
}

/// What the plan means: per ambition, per goal, per partner.
fn meaning_ui(ui: &mut Ui, data: &Dataset, outcome: &CutOutcome) {
    // Said again under the long table, where the user has scrolled to.
    ui.strong(outcome.saving_text());
    ui.add_space(4.0);
    ui.label(RichText::new("Per ambitie").strong().size(16.0));
    for loss in &outcome.per_ambition {
        let mut line = format!(
            "Ambitie {} {}: {} aan interventies, levert {} in",
            loss.ambition,
            data.ambition_short(loss.ambition),
            format::euro(loss.before),
            format::euro(loss.loses)
        );
        if !loss.without_amount.is_empty() {
            line.push_str(&format!(
                " ({} zonder bedrag: {})",
                counted(loss.without_amount.len(), "interventie", "interventies"),
                loss.without_amount.join(", ")
            ));
        }
        ui.label(line);
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Per doel").strong().size(16.0));
    if outcome.per_goal.is_empty() {
        ui.weak("Geen doelen: de ambitiestrategieën zijn in uitwerking.");
    }
    for goal in &outcome.per_goal {
        match (goal.left.is_empty(), goal.stopped.is_empty()) {
            (true, false) => {
                ui.colored_label(
                    palette::ERROR,
                    format!(
                        "⚠ {}: geen interventie meer ({} stopt)",
                        goal.goal,
                        goal.stopped.join(", ")
                    ),
                );
            }
            (true, true) => {
                ui.weak(format!(
                    "{}: geen interventie aan dit doel gekoppeld",
                    goal.goal
                ));
            }
            (false, _) => {
                ui.label(format!("{}: {}", goal.goal, goal.left.join(", ")));
            }
        }
    }
    ui.add_space(6.0);
    ui.label(RichText::new("Per partner").strong().size(16.0));
    if outcome.per_partner.is_empty() {
        ui.weak("Geen partner levert in.");
    } else {
        ui.weak("Wat de interventies waaraan zij meewerken inleveren (een interventie met meer partners telt bij elk).");
    }
    for line in outcome.partner_lines() {
        ui.label(line);
    }
}
