//! Editing the chosen scenario: its name, explanation, whether it is the
//! adopted one, deleting it, and its amounts per ambition and year.

use egui::{RichText, Ui};

use super::Draft;
use crate::model::format;
use crate::model::{Dataset, left_parts, money_to_distribute, set_adopted, total_in_year};
use crate::ui::ViewContext;
use crate::ui::widgets::{self, AllocationGrid, allocation_grid_ui, palette};

/// Edits the scenario at `index`; a scenario per intervention with its
/// `outcome` (worked out once per revision by the view).
pub(super) fn editor_ui(
    ui: &mut Ui,
    ctx: &ViewContext<'_>,
    index: usize,
    outcome: Option<&crate::model::CutOutcome>,
    draft: &mut Draft,
) {
    let (data, problems) = (ctx.data(), ctx.problems());
    let Some(scenario) = draft.scenarios.get_mut(index) else {
        return;
    };
    let id = scenario.id.clone();
    ui.label(
        RichText::new(format!("Scenario {} bewerken", scenario.name))
            .strong()
            .size(18.0),
    );
    if widgets::text_field(ui, "Naam", &mut scenario.name).changed() {
        draft.key = Some(format!("scenario.{id}.name"));
    }
    if widgets::multiline_field(ui, "Toelichting", true, &mut scenario.explanation).changed() {
        draft.key = Some(format!("scenario.{id}.explanation"));
    }
    let mut adopted = scenario.adopted;
    let mut delete = false;
    ui.horizontal(|ui| {
        if ui
            .checkbox(&mut adopted, "Vastgesteld scenario (het besluit)")
            .on_hover_text("Er kan maar één scenario vastgesteld zijn.")
            .changed()
        {
            set_adopted(&mut draft.scenarios, &id, adopted);
            draft.key = Some(format!("scenario.{id}.adopted"));
        }
        if ui.button("🗑 Scenario verwijderen").clicked() {
            delete = true;
        }
    });
    widgets::problems_at(ui, problems, &format!("scenarios[{index}]"));
    if delete {
        draft.scenarios.remove(index);
        draft.comparison.scenarios.retain(|s| *s != id);
        draft.changed(format!("scenario.{id}.delete"));
        return;
    }
    match outcome {
        Some(outcome) => super::plan::plan_ui(ui, data, index, outcome, draft),
        None => amounts_grid_ui(ui, data, index, draft),
    }
}

fn amounts_grid_ui(ui: &mut Ui, data: &Dataset, index: usize, draft: &mut Draft) {
    let years: Vec<i32> = data.budget.years().collect();
    let Some(scenario) = draft.scenarios.get_mut(index) else {
        return;
    };
    let grid = AllocationGrid {
        id_salt: "scenario-amounts",
        ambitions: &data.ambitions,
        years: &years,
    };
    let changed = allocation_grid_ui(ui, &grid, &mut scenario.allocations, |ui, allocations| {
        ui.strong("Verdeeld");
        for &year in &years {
            ui.strong(
                total_in_year(allocations, year)
                    .map_or_else(|| "te groot".to_owned(), format::euro),
            );
        }
        ui.end_row();
        ui.label("Beschikbaar");
        for &year in &years {
            ui.label(
                money_to_distribute(&data.budget, year)
                    .map_or_else(|| "onbekend".to_owned(), format::euro),
            );
        }
        ui.end_row();
        ui.label("Over");
        for &year in &years {
            let left = money_to_distribute(&data.budget, year)
                .zip(total_in_year(allocations, year))
                .and_then(|(available, total)| available.checked_sub(total));
            // Two short lines, so the year's column keeps the width of
            // its amounts (issue 30: "€ 3.600 niet verdeeld" widened it).
            let (amount, words) = left_parts(left);
            ui.vertical(|ui| {
                if left.is_some_and(|l| l < 0) {
                    ui.colored_label(palette::ERROR, format!("⚠ {amount}"));
                } else {
                    ui.label(amount);
                }
                if let Some(words) = words {
                    ui.small(words);
                }
            });
        }
        ui.end_row();
    });
    if let Some((year, ambition)) = changed {
        let id = &scenario.id;
        draft.key = Some(format!("scenario.{id}.{year}.{ambition}"));
    }
}
