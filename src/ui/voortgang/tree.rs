//! The ambitions with their goals and interventions as a tree. Its rows are
//! worked out once per change of the data or the filter and drawn only
//! where they are in sight, so a file with thousands of interventions
//! scrolls as lightly as the shipped one.

use egui::{RichText, Ui};

use super::{Chosen, VoortgangState};
use crate::model::{Dataset, InterventionFilter, InterventionStatus};
use crate::ui::widgets::palette;

/// One row of the tree.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum TreeRow {
    /// An ambition, with how many of its interventions the filter keeps.
    Ambition {
        /// Its number.
        id: u8,
        /// "1 Plezierig wonen in een meer gemengde wijk".
        title: String,
        /// Interventions kept.
        count: usize,
        /// Folded shut.
        folded: bool,
    },
    /// A goal of the ambition above, or "Zonder doel".
    Goal(String),
    /// An intervention.
    Intervention {
        /// Its id.
        id: String,
        /// Its name.
        name: String,
        /// Its status.
        status: InterventionStatus,
    },
    /// A line of text in grey ("Geen interventies").
    Note(String),
}

/// The rows of the tree for `data` under `filter`, with `folded` ambitions
/// shut.
pub(super) fn tree_rows(
    data: &Dataset,
    filter: &InterventionFilter,
    folded: &[u8],
) -> Vec<TreeRow> {
    let mut rows = Vec::new();
    for ambition in &data.ambitions {
        let kept: Vec<_> = data
            .interventions_of(ambition.id)
            .filter(|(_, i)| filter.keeps(data, i))
            .map(|(_, i)| i)
            .collect();
        let is_folded = folded.contains(&ambition.id);
        rows.push(TreeRow::Ambition {
            id: ambition.id,
            title: format!("{} {}", ambition.id, ambition.name),
            count: kept.len(),
            folded: is_folded,
        });
        if is_folded {
            continue;
        }
        let item = |i: &crate::model::Intervention| TreeRow::Intervention {
            id: i.id.clone(),
            name: i.name.clone(),
            status: i.status,
        };
        if kept.is_empty() {
            rows.push(TreeRow::Note(if filter.is_empty() {
                "Nog geen interventies.".to_owned()
            } else {
                "Geen interventies die bij de filters passen.".to_owned()
            }));
            continue;
        }
        if ambition.goals.is_empty() {
            rows.extend(kept.iter().map(|i| item(i)));
            continue;
        }
        for goal in &ambition.goals {
            rows.push(TreeRow::Goal(format!("Doel: {}", goal.name)));
            let serving: Vec<_> = kept.iter().filter(|i| i.goals.contains(&goal.id)).collect();
            if serving.is_empty() {
                rows.push(TreeRow::Note(
                    "Nog geen interventie voor dit doel.".to_owned(),
                ));
            }
            rows.extend(serving.into_iter().map(|i| item(i)));
        }
        let without: Vec<_> = kept.iter().filter(|i| i.goals.is_empty()).collect();
        if !without.is_empty() {
            rows.push(TreeRow::Goal("Zonder doel".to_owned()));
            rows.extend(without.into_iter().map(|i| item(i)));
        }
    }
    rows
}

/// Draws the rows in sight; a click chooses an ambition or an intervention,
/// the arrow folds an ambition.
/// Returns whether something was chosen (the right side then shows it).
pub(super) fn tree_ui(ui: &mut Ui, rows: &[TreeRow], state: &mut VoortgangState) -> bool {
    let mut show_chosen = false;
    /// Up to this many rows all are drawn, so a screen reader can reach
    /// every one; beyond it only those in sight, to keep a frame light.
    const ALL_DRAWN: usize = 400;
    let area = egui::ScrollArea::vertical()
        .id_salt("interventie-boom")
        .auto_shrink([false, false]);
    if rows.len() <= ALL_DRAWN {
        area.show(ui, |ui| {
            for row in rows {
                row_ui(ui, row, state, &mut show_chosen);
            }
        });
        return show_chosen;
    }
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + ui.spacing().item_spacing.y;
    area.show_rows(ui, row_height, rows.len(), |ui, range| {
        for row in &rows[range] {
            row_ui(ui, row, state, &mut show_chosen);
        }
    });
    show_chosen
}

fn row_ui(ui: &mut Ui, row: &TreeRow, state: &mut VoortgangState, show_chosen: &mut bool) {
    match row {
        TreeRow::Ambition {
            id,
            title,
            count,
            folded,
        } => {
            ui.horizontal(|ui| {
                let arrow = if *folded { "▶" } else { "▼" };
                let verb = if *folded {
                    "openklappen"
                } else {
                    "dichtklappen"
                };
                if ui
                    .small_button(arrow)
                    .on_hover_text(format!("Ambitie {id} {verb}"))
                    .accessible_name(format!("Ambitie {id} {verb}"))
                    .clicked()
                {
                    if *folded {
                        state.folded.retain(|f| f != id);
                    } else {
                        state.folded.push(*id);
                    }
                }
                let chosen = state.chosen == Chosen::Ambition(*id);
                let text = RichText::new(format!("{title} ({count})")).strong();
                if ui.selectable_label(chosen, text).clicked() {
                    state.chosen = Chosen::Ambition(*id);
                    *show_chosen = true;
                }
            });
        }
        TreeRow::Goal(name) => {
            ui.horizontal(|ui| {
                ui.add_space(22.0);
                ui.label(RichText::new(name).italics());
            });
        }
        TreeRow::Intervention { id, name, status } => {
            ui.horizontal(|ui| {
                ui.add_space(22.0);
                let (fill, _) = palette::intervention_colours(*status);
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 5.0, fill);
                let chosen = state.chosen == Chosen::Intervention(id.clone());
                let response = ui
                    .selectable_label(chosen, name)
                    .on_hover_text(status.label_nl())
                    .accessible_name(format!("{name}, {}", status.label_nl()));
                if response.clicked() {
                    state.chosen = Chosen::Intervention(id.clone());
                    *show_chosen = true;
                }
            });
        }
        TreeRow::Note(text) => {
            ui.horizontal(|ui| {
                ui.add_space(22.0);
                ui.weak(text);
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::shipped_for_tests;

    #[test]
    fn the_tree_holds_every_intervention_under_its_ambition_and_goals() {
        let data = shipped_for_tests();
        let rows = tree_rows(&data, &InterventionFilter::default(), &[]);
        let items = rows
            .iter()
            .filter(|r| matches!(r, TreeRow::Intervention { .. }))
            .count();
        assert_eq!(items, data.interventions.len());
        // Veilige buurten has goals; the letter serves none of them yet.
        assert!(rows.contains(&TreeRow::Goal("Zonder doel".to_owned())));
        let folded = tree_rows(&data, &InterventionFilter::default(), &[1, 2, 3, 4, 5]);
        assert_eq!(folded.len(), 5);
    }
}
