//! What the app opens with: the given file or the user's own, the lock of
//! that file, and edits of a session that did not end cleanly.

use std::path::{Path, PathBuf};

use crate::document::{Document, FileBinding};
use crate::model::changes::summary_lines;
use crate::store;
use crate::ui::shell::Dialog;

/// The document to start with and the questions to ask first.
pub struct Startup {
    /// The document.
    document: Document,
    /// Dialogs to show at the start, in order.
    dialogs: Vec<Dialog>,
    /// Where edits of data not yet saved anywhere are kept.
    unbound_recovery: Option<PathBuf>,
}

impl Startup {
    /// Loads `file`, or the user's own file (created from the shipped data on
    /// the first start). When it cannot be loaded, the shipped data is shown
    /// unbound to any file, with the error, so nothing overwrites the broken
    /// file. A newer recovery file is offered back.
    pub fn prepare(file: Option<&Path>) -> Self {
        Self::prepare_with(file, store::unbound_recovery_path())
    }

    /// Like [`Startup::prepare`], with the recovery file of unsaved new data
    /// at `unbound_recovery` (tests keep it in their own folder).
    pub fn prepare_with(file: Option<&Path>, unbound_recovery: Option<PathBuf>) -> Self {
        let path = match file {
            Some(file) => Ok(file.to_owned()),
            None => store::ensure_user_file(),
        };
        let loaded = path.map_err(|e| e.to_string()).and_then(|path| {
            store::load_with_stamp(&path)
                .map(|(data, stamp)| (data, path.clone(), stamp))
                .map_err(|e| format!("{}:{e}", path.display()))
        });
        let mut dialogs = Vec::new();
        let document = match loaded {
            Ok((data, path, stamp)) => {
                Document::new(data, Some(FileBinding::new(path, Some(stamp))))
            }
            Err(message) => {
                let data = store::default_dataset().unwrap_or_default();
                dialogs.push(Dialog::error(format!(
                    "{message}\n\nDe ingebouwde Utrecht-gegevens worden getoond; uw bestand is niet gewijzigd. Kies Bestand > Back-up terugzetten… of Openen… om verder te gaan."
                )));
                Document::new(data, None)
            }
        };
        // Edits of the file, and edits of new data never saved anywhere.
        let recoveries = document
            .path()
            .map(store::recovery_path)
            .into_iter()
            .chain(unbound_recovery.clone());
        for recovery in recoveries {
            dialogs.extend(recovery_dialog(&recovery, &document));
        }
        Self {
            document,
            dialogs,
            unbound_recovery,
        }
    }

    /// Whether the file could not be loaded (the built-in data is shown).
    pub fn failed(&self) -> bool {
        self.document.path().is_none() && !self.dialogs.is_empty()
    }

    /// The first message, for the command line.
    pub fn first_message(&self) -> Option<String> {
        match self.dialogs.first() {
            Some(Dialog::Message { text, .. }) => Some(text.clone()),
            _ => None,
        }
    }

    /// The document, the questions and the recovery place, for the app.
    pub(super) fn into_parts(self) -> (Document, Vec<Dialog>, Option<PathBuf>) {
        (self.document, self.dialogs, self.unbound_recovery)
    }

    /// The data to start with.
    pub fn data(&self) -> &crate::model::Dataset {
        self.document.data()
    }
}

/// The question for a recovery file newer than the data file, if there is
/// one whose data differs; an unreadable one is set aside and reported.
fn recovery_dialog(recovery: &Path, document: &Document) -> Option<Dialog> {
    let is_file_recovery = document.path().map(store::recovery_path).as_deref() == Some(recovery);
    let newer = if is_file_recovery {
        store::recovery_is_newer(recovery, document.path())
    } else {
        recovery.exists()
    };
    if !newer {
        return None;
    }
    match store::read_recovery(recovery) {
        Ok(found) => {
            let differences = summary_lines(document.data(), &found.data);
            if differences.is_empty() {
                // Nothing to recover: the file holds the same.
                let _ = store::remove_recovery(recovery);
                return None;
            }
            Some(Dialog::Recovery {
                path: recovery.to_owned(),
                of_file: found.of_file,
                data: Box::new(found.data),
                differences,
                last_edit: found.last_edit.format("%d-%m-%Y %H:%M").to_string(),
            })
        }
        Err(error) => {
            let kept =
                store::set_aside_recovery(recovery).unwrap_or_else(|_| PathBuf::from(recovery));
            Some(Dialog::error(format!(
                "Er is een herstelbestand gevonden, maar het is niet te lezen: {}:{error}\n\nHet is bewaard als {}.",
                recovery.display(),
                kept.display()
            )))
        }
    }
}
