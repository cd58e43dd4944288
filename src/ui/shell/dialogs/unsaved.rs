//! "Niet-opgeslagen wijzigingen": save first, go on without saving, or
//! cancel. It reads the document in every frame: when the automatic save
//! has put everything in the file meanwhile, it says so.

use egui::Ui;

use super::{Choice, choice_ui};
use crate::command::{CommandQueue, Message, Replacement, UnsavedAnswer};

pub(super) fn unsaved_ui(
    ui: &mut Ui,
    then: &Replacement,
    unsaved: Option<&(u64, String)>,
    queue: &mut CommandQueue,
) {
    let answer = match unsaved {
        Some((count, summary)) => {
            let stands = if *count == 1 { "staat" } else { "staan" };
            ui.heading("Niet-opgeslagen wijzigingen");
            ui.label(format!(
                "U heeft {summary} die nog niet in het bestand {stands}. Wilt u die opslaan voordat u {}?",
                then.description_nl()
            ));
            ui.add_space(8.0);
            match choice_ui(ui, &["Opslaan", "Niet opslaan", "Annuleren"]) {
                Choice::Button(0) => Some(UnsavedAnswer::Save),
                Choice::Button(1) => Some(UnsavedAnswer::Discard),
                Choice::Button(_) | Choice::Escape => Some(UnsavedAnswer::Cancel),
                Choice::None => None,
            }
        }
        None => {
            ui.heading("Alles is opgeslagen");
            ui.label(format!(
                "Al uw wijzigingen staan intussen in het bestand. U kunt doorgaan: er gaat niets verloren als u {}.",
                then.description_nl()
            ));
            ui.add_space(8.0);
            match choice_ui(ui, &["Doorgaan", "Annuleren"]) {
                Choice::Button(0) => Some(UnsavedAnswer::Discard),
                Choice::Button(_) | Choice::Escape => Some(UnsavedAnswer::Cancel),
                Choice::None => None,
            }
        }
    };
    if let Some(answer) = answer {
        queue.message(Message::AnswerUnsaved(answer));
    }
}
