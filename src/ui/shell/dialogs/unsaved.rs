//! "Niet-opgeslagen wijzigingen": save first, go on without saving, or
//! cancel. It reads the document in every frame: when the automatic save
//! has put everything in the file meanwhile, it says so.

use egui::Ui;

use super::question_buttons_ui;
use crate::command::{CommandQueue, Message, Replacement, UnsavedAnswer};

pub(super) fn unsaved_ui(
    ui: &mut Ui,
    then: &Replacement,
    unsaved: Option<&str>,
    queue: &mut CommandQueue,
) {
    let cancel = Message::AnswerUnsaved(UnsavedAnswer::Cancel);
    match unsaved {
        Some(summary) => {
            ui.heading("Niet-opgeslagen wijzigingen");
            ui.label(format!(
                "U heeft {summary} die nog niet in het bestand staan. Wilt u ze opslaan voordat u {}?",
                then.description_nl()
            ));
            ui.add_space(8.0);
            question_buttons_ui(
                ui,
                &[
                    ("Opslaan", Message::AnswerUnsaved(UnsavedAnswer::Save)),
                    (
                        "Niet opslaan",
                        Message::AnswerUnsaved(UnsavedAnswer::Discard),
                    ),
                    ("Annuleren", cancel.clone()),
                ],
                &cancel,
                queue,
            );
        }
        None => {
            ui.heading("Alles is opgeslagen");
            ui.label(format!(
                "Al uw wijzigingen staan intussen in het bestand. U kunt doorgaan: er gaat niets verloren als u {}.",
                then.description_nl()
            ));
            ui.add_space(8.0);
            question_buttons_ui(
                ui,
                &[
                    ("Doorgaan", Message::AnswerUnsaved(UnsavedAnswer::Discard)),
                    ("Annuleren", cancel.clone()),
                ],
                &cancel,
                queue,
            );
        }
    }
}
