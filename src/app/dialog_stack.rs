//! The dialogs waiting their turn: the first is on screen. An answer is
//! taken only by the dialog it belongs to; one that arrives for a dialog
//! that is not in front is reported, never dropped in silence.

use std::collections::VecDeque;

use crate::ui::shell::{Dialog, DialogKind};

/// An answer came for a dialog that is not on screen.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct NotOnScreen {
    /// The kind the answer was for.
    pub wanted: DialogKind,
    /// The kind on screen, if any.
    pub shown: Option<DialogKind>,
}

impl NotOnScreen {
    /// In Dutch, for the status bar.
    pub(super) fn message_nl(&self) -> String {
        format!(
            "Er kwam een antwoord voor {}, maar op het scherm staat {}; er is niets gedaan.",
            self.wanted.name_nl(),
            self.shown.map_or("geen vraag", DialogKind::name_nl)
        )
    }
}

/// The dialogs, the one on screen first.
#[derive(Default)]
pub(super) struct DialogStack {
    waiting: VecDeque<Dialog>,
}

impl DialogStack {
    /// Shows a dialog after those already waiting.
    pub(super) fn show(&mut self, dialog: Dialog) {
        self.waiting.push_back(dialog);
    }

    /// The dialog on screen.
    pub(super) fn front(&self) -> Option<&Dialog> {
        self.waiting.front()
    }

    /// The dialog on screen, to draw.
    pub(super) fn front_mut(&mut self) -> Option<&mut Dialog> {
        self.waiting.front_mut()
    }

    /// Every dialog, the one on screen first (to fill in what a worker found).
    pub(super) fn iter_mut(&mut self) -> impl Iterator<Item = &mut Dialog> {
        self.waiting.iter_mut()
    }

    /// Whether no dialog is open.
    pub(super) fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// Closes the dialog on screen.
    pub(super) fn close(&mut self) -> Option<Dialog> {
        self.waiting.pop_front()
    }

    /// Takes the dialog on screen when it is of `kind` (its answer came).
    ///
    /// # Errors
    /// [`NotOnScreen`] when another dialog, or none, is on screen; nothing
    /// is closed then.
    pub(super) fn answer(&mut self, kind: DialogKind) -> Result<Dialog, NotOnScreen> {
        match self.waiting.front() {
            Some(dialog) if dialog.kind() == kind => self.waiting.pop_front().ok_or(NotOnScreen {
                wanted: kind,
                shown: None,
            }),
            other => Err(NotOnScreen {
                wanted: kind,
                shown: other.map(Dialog::kind),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_for_another_dialog_closes_nothing_and_says_so() {
        let mut stack = DialogStack::default();
        stack.show(Dialog::error("eerste"));
        let refused = stack.answer(DialogKind::UnsavedChanges);
        assert_eq!(
            refused.as_ref().err(),
            Some(&NotOnScreen {
                wanted: DialogKind::UnsavedChanges,
                shown: Some(DialogKind::Message),
            })
        );
        assert!(
            refused
                .err()
                .is_some_and(|e| e.message_nl().contains("niets gedaan"))
        );
        assert!(stack.front().is_some(), "the message stays on screen");
        assert!(stack.answer(DialogKind::Message).is_ok());
        assert!(stack.is_empty());
        assert!(stack.answer(DialogKind::Message).is_err());
    }
}
