//! Choosing the presentation slides: a checkbox per slide, buttons to move
//! it up or down, and its speaker notes (shown only in the presenter view).
//! Every change is an undoable edit saved with the data.

use egui::Ui;

use crate::document::Edit;
use crate::model::Dataset;
use crate::model::view::slides::{Slide, slide_choices};

/// Draws the list; returns the edit when the user changed something, with
/// the key of the notes being typed (so typing is one undo step).
pub(crate) fn slide_chooser_ui(ui: &mut Ui, data: &Dataset) -> Option<(Edit, Option<String>)> {
    let mut choices = slide_choices(data);
    let mut changed = false;
    let mut typed = None;
    let count = choices.len();
    let mut swap = None;
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for (index, choice) in choices.iter_mut().enumerate() {
                let title = Slide::from_id(&choice.id, data)
                    .map_or_else(|| choice.id.clone(), |s| s.title(data));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(index > 0, egui::Button::new("⬆").small())
                        .on_hover_text(format!("{title} omhoog"))
                        .accessible_name(format!("{title} omhoog"))
                        .clicked()
                    {
                        swap = Some((index, index - 1));
                    }
                    if ui
                        .add_enabled(index + 1 < count, egui::Button::new("⬇").small())
                        .on_hover_text(format!("{title} omlaag"))
                        .accessible_name(format!("{title} omlaag"))
                        .clicked()
                    {
                        swap = Some((index, index + 1));
                    }
                    changed |= ui
                        .checkbox(&mut choice.shown, format!("{}. {title}", index + 1))
                        .changed();
                });
                let label = format!("Sprekersnotities bij {title}");
                let notes = ui
                    .add(
                        egui::TextEdit::multiline(&mut choice.notes)
                            .desired_rows(1)
                            .desired_width(460.0)
                            .hint_text("Sprekersnotities (alleen in de presentatorweergave)"),
                    )
                    .on_hover_text(&label);
                notes.widget_info(|| egui::WidgetInfo::text_edit(true, &label, &choice.notes, ""));
                if notes.changed() {
                    changed = true;
                    typed = Some(format!("slides[{}].notes", choice.id));
                }
            }
        });
    if let Some((a, b)) = swap {
        choices.swap(a, b);
        changed = true;
    }
    changed.then_some((Edit::Slides(choices), typed))
}
