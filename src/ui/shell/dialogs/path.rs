//! The in-app path field, where the system has no file chooser.

use std::path::PathBuf;

use egui::Ui;

use super::hand_over;
use crate::command::{CommandQueue, Message, PathPurpose};

pub(super) fn path_ui(
    ui: &mut Ui,
    purpose: PathPurpose,
    text: &mut String,
    queue: &mut CommandQueue,
) {
    ui.heading(purpose.title());
    ui.label(if purpose == PathPurpose::Image {
        "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van de afbeelding (.png)."
    } else if purpose == PathPurpose::Map {
        "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van het kaartbestand (.geojson of .json)."
    } else {
        "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van het bestand (.ron)."
    });
    let label = ui.label("Pad");
    let response = ui
        .add(egui::TextEdit::singleline(text).desired_width(480.0))
        .labelled_by(label.id);
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        if (ui.button(purpose.title()).clicked() || entered) && !text.trim().is_empty() {
            hand_over(queue, purpose.message(PathBuf::from(text.trim())));
        }
        if ui.button("Annuleren").clicked() {
            queue.message(Message::CloseDialog);
        }
    });
}
