//! Presentation mode (issue 5; grows in the next step).

use egui::Ui;

use crate::app::{AppCommand, UiSettings};
use crate::model::Dataset;

/// Draws presentation mode.
pub fn presentation_ui(
    ui: &mut Ui,
    data: &Dataset,
    _settings: &mut UiSettings,
    commands: &mut Vec<AppCommand>,
) {
    ui.heading(&data.title);
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        commands.push(AppCommand::StopPresentation);
    }
}
