//! Choosing the presentation slides: a checkbox per slide and buttons to move
//! it up or down. Every change is an undoable edit saved with the data.

use egui::Ui;

use crate::document::Edit;
use crate::model::Dataset;
use crate::model::slides::{Slide, slide_choices};

/// Draws the list; returns the edit when the user changed something.
pub fn slide_chooser_ui(ui: &mut Ui, data: &Dataset) -> Option<Edit> {
    let mut choices = slide_choices(data);
    let mut changed = false;
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
            }
        });
    if let Some((a, b)) = swap {
        choices.swap(a, b);
        changed = true;
    }
    changed.then_some(Edit::Slides(choices))
}
