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
    ui.label(format!(
        "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van {}.",
        purpose.file_type_nl()
    ));
    let label = ui.label("Pad");
    let response = ui
        .add(egui::TextEdit::singleline(text).desired_width(480.0))
        .labelled_by(label.id);
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    // Ready to type: the field has the keyboard when nothing else has (not
    // in the frame it gave it up with Enter).
    if !response.lost_focus() && ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    ui.horizontal(|ui| {
        if (ui.button(purpose.title()).clicked() || entered)
            && !text.trim().is_empty()
            && let Some(message) = purpose.message(PathBuf::from(text.trim()))
        {
            if let Some(folder) = PathBuf::from(text.trim()).parent() {
                queue.message(Message::RememberFolder(purpose, folder.to_owned()));
            }
            hand_over(queue, message);
        }
        if ui.button("Annuleren").clicked() {
            queue.message(Message::CloseDialog);
        }
    });
}

/// While the system's file dialog is open (on its own thread): the window
/// keeps drawing, greyed out behind a word of what it waits for, and takes
/// no clicks, so nothing changes under the dialog.
pub fn waiting_for_file_dialog_ui(ctx: &egui::Context) {
    egui::Modal::new(egui::Id::unique("bestandskiezer-open")).show(ctx, |ui| {
        ui.heading("Bestandskiezer geopend");
        ui.label("Kies een bestand in het venster van het systeem, of klik daar op Annuleren.");
    });
}
