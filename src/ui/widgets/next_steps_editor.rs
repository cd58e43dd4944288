//! The agreed next steps of a wijkplatform or an intervention: what, by
//! when (overdue ones marked) and who takes it — an organisation or a role.

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::log_editor::date_picker;
use crate::model::{Dataset, NextStep, field_names, names_a_contact};
use crate::ui::widgets::{self, ListEditor};

/// The next steps at `path`; `today` decides which are overdue. Returns
/// whether the list changed.
pub fn next_steps_ui(
    ui: &mut Ui,
    path: &str,
    data: &Dataset,
    steps: &mut Vec<NextStep>,
    today: NaiveDate,
) -> bool {
    ui.label(RichText::new(field_names::NEXT_STEPS.label).strong());
    let list = ListEditor {
        path,
        item_name: "Stap",
        empty_text: "Nog niets ingevuld.",
    };
    list.ui(ui, steps, NextStep::default, |ui, row, step| {
        let number = row.index + 1;
        let text = widgets::multiline_field(ui, &format!("Stap {number}"), false, &mut step.text);
        row.first_field(&text);
        let mut changed = text.changed();
        ui.horizontal(|ui| {
            ui.label("Wanneer:");
            match &mut step.due {
                Some(due) => {
                    changed |= date_picker(ui, "wanneer", due);
                    if ui
                        .small_button("geen datum")
                        .accessible_name(format!("Geen datum bij stap {number}"))
                        .clicked()
                    {
                        step.due = None;
                        changed = true;
                    }
                }
                None => {
                    if ui
                        .small_button("datum kiezen")
                        .accessible_name(format!("Datum kiezen bij stap {number}"))
                        .clicked()
                    {
                        step.due = Some(today);
                        changed = true;
                    }
                }
            }
            if step.is_overdue(today) {
                ui.colored_label(ui.visuals().warn_fg_color, "⚠ verlopen");
            }
        });
        ui.horizontal(|ui| {
            ui.label("Wie:");
            changed |= ui
                .add(
                    egui::TextEdit::singleline(&mut step.who)
                        .hint_text("organisatie of rol")
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(format!("Wie, stap {number}"))
                .changed();
        });
        if names_a_contact(data, &step.who) {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                "Dit is de naam van een contactpersoon; in documenten en dia's komt die niet. Schrijf een organisatie of rol.",
            );
        }
        changed
    })
}
