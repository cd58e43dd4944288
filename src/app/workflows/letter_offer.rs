//! The offer of the council letter's interventions to a file that predates
//! them: asked once per file (remembered in the settings), never applied
//! without the user's yes, and then as one undoable step.

use crate::app::wijk_app::WijkApp;
use crate::document::Edit;
use crate::model::letter_offer;
use crate::store;
use crate::ui::shell::{Dialog, DialogKind};

impl WijkApp {
    /// Asks whether to add the letter's interventions, when the open file
    /// has none and was not asked before.
    pub(in crate::app) fn offer_letter_interventions(&mut self) {
        let key = self.offer_key();
        if self.session.settings.letter_offer_asked.contains(&key) {
            return;
        }
        let Ok(shipped) = store::default_dataset() else {
            return;
        };
        let Some(offer) = letter_offer(self.document.data(), &shipped) else {
            return;
        };
        self.session.settings.letter_offer_asked.insert(key);
        self.dialogs.show(Dialog::LetterOffer(Box::new(offer)));
    }

    /// The user's answer: add (one undoable edit) or leave the file as it is.
    pub(in crate::app) fn answer_letter_offer(&mut self, add: bool) {
        let Some(Dialog::LetterOffer(offer)) = self.take_dialog(DialogKind::LetterOffer) else {
            return;
        };
        if !add {
            self.set_status(
                "De interventies uit de raadsbrief zijn niet toegevoegd; uw bestand is niet gewijzigd.",
                false,
            );
            return;
        }
        let count = offer.interventions;
        if self
            .document
            .apply(Edit::Replace(Box::new(offer.data)), None)
        {
            self.after_change();
        }
        self.set_status(
            format!(
                "{count} interventies uit de raadsbrief toegevoegd (Ctrl+Z maakt dit ongedaan)."
            ),
            false,
        );
    }

    /// Which file the question is remembered for: its document id, else
    /// its path.
    fn offer_key(&self) -> String {
        let document = self.document.data().lineage.document();
        if !document.is_empty() {
            return document.to_owned();
        }
        self.document
            .path()
            .map_or_else(|| "naamloos".to_owned(), |p| p.display().to_string())
    }
}
