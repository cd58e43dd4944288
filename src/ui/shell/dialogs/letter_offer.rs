//! "De interventies uit de raadsbrief toevoegen?": asked once of a file
//! from before the interventions; adding is one undoable step.

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, Message};
use crate::model::LetterOffer;

pub(super) fn letter_offer_ui(ui: &mut Ui, offer: &LetterOffer, queue: &mut CommandQueue) {
    ui.heading("Interventies uit de raadsbrief toevoegen?");
    ui.label(offer.question());
    ui.add_space(4.0);
    ui.weak("Deze vraag komt één keer per bestand. Toevoegen maakt u ongedaan met Ctrl+Z.");
    ui.add_space(8.0);
    buttons_ui(
        ui,
        &[
            ("Toevoegen", Message::AnswerLetterOffer(true)),
            ("Niet toevoegen", Message::AnswerLetterOffer(false)),
        ],
        queue,
    );
}
