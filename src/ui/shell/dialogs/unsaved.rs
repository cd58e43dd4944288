//! "Niet-opgeslagen wijzigingen": save first, go on without saving, or cancel.

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, Message, Replacement, UnsavedAnswer};

pub(super) fn unsaved_ui(ui: &mut Ui, then: &Replacement, summary: &str, queue: &mut CommandQueue) {
    ui.heading("Niet-opgeslagen wijzigingen");
    ui.label(format!(
        "U heeft {summary} die nog niet in het bestand staan. Wilt u ze opslaan voordat u {}?",
        then.description_nl()
    ));
    ui.add_space(8.0);
    buttons_ui(
        ui,
        &[
            ("Opslaan", Message::AnswerUnsaved(UnsavedAnswer::Save)),
            (
                "Niet opslaan",
                Message::AnswerUnsaved(UnsavedAnswer::Discard),
            ),
            ("Annuleren", Message::AnswerUnsaved(UnsavedAnswer::Cancel)),
        ],
        queue,
    );
}
