//! File commands: new, open, restore a backup, open the other program's
//! version, and the lock of the open file. A failed
//! load replaces nothing; every error is shown once, in Dutch.

use std::path::Path;

use super::wijk_app::WijkApp;
use crate::command::Replacement;
use crate::document::{Edit, FileBinding};
use crate::model::{CURRENT_SCHEMA_VERSION, Dataset};
use crate::store::{self, FileLock, LockError};
use crate::ui::shell::Dialog;

impl WijkApp {
    /// Replaces the data in use; the unsaved-changes question was asked.
    pub(super) fn replace(&mut self, replacement: Replacement) {
        match replacement {
            Replacement::New => {
                let empty = new_dataset(self.document.data());
                let edit = Edit::ReplaceWithFile {
                    data: Box::new(empty),
                    binding: None,
                };
                if self.document.apply(edit, None) {
                    self.after_change();
                }
                self.set_status(
                    "Nieuwe gegevens: kies Opslaan als… om ze te bewaren. Ctrl+Z brengt het vorige bestand terug.",
                    false,
                );
            }
            Replacement::Open(path) => match store::load_with_stamp(&path) {
                Ok((data, stamp)) => {
                    self.document
                        .open(data, FileBinding::new(path.clone(), Some(stamp)));
                    self.after_change();
                    self.set_status(format!("Geopend: {}", path.display()), false);
                    self.offer_letter_interventions();
                }
                Err(error) => self.show_error(&path, &error.to_string()),
            },
            Replacement::Import { path, data } => {
                if self.document.apply(Edit::Replace(data), None) {
                    self.after_change();
                }
                self.set_status(
                    format!(
                        "Geïmporteerd (vervangen) uit {} — Ctrl+Z maakt dit ongedaan.",
                        path.display()
                    ),
                    false,
                );
            }
            Replacement::RestoreBackup(path) => match store::load(&path) {
                Ok(data) => {
                    if self.document.apply(Edit::Replace(Box::new(data)), None) {
                        self.after_change();
                    }
                    self.set_status("Back-up teruggezet (Ctrl+Z maakt dit ongedaan).", false);
                }
                Err(error) => self.show_error(&path, &error.to_string()),
            },
            Replacement::Quit => self.close_now(),
        }
    }

    /// "Hun versie openen": the file as the other program left it, as one
    /// undoable step, so Ctrl+Z brings back my version.
    pub(super) fn open_theirs(&mut self) {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        match store::load_with_stamp(&path) {
            Ok((data, stamp)) => {
                let edit = Edit::ReplaceWithFile {
                    data: Box::new(data),
                    binding: Some(FileBinding::new(path.clone(), Some(stamp.clone()))),
                };
                if self.document.apply(edit, None) {
                    self.after_change();
                }
                // What is shown now is what the file holds.
                self.document.mark_saved(self.document.revision(), stamp);
                self.set_status(
                    "De versie uit het bestand is geopend; Ctrl+Z brengt uw versie terug.",
                    false,
                );
            }
            Err(error) => self.show_error(&path, &error.to_string()),
        }
    }

    /// Keeps the lock on the file in use: taken when a file is bound, given
    /// up when it is not; says so once when another window holds it.
    pub(super) fn sync_lock(&mut self) {
        let wanted = self.document.path().map(store::lock_path);
        let files = &mut self.files;
        let held = files.lock.as_ref().map(|lock| lock.lock_file().to_owned());
        if wanted == held || wanted == files.lock_refused {
            return;
        }
        files.lock = None;
        files.lock_refused = None;
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        match FileLock::acquire(&path) {
            Ok(lock) => self.files.lock = Some(lock),
            Err(error) => {
                self.files.lock_refused = wanted;
                if let LockError::Held(_) = error {
                    self.dialogs.show(Dialog::Message {
                        title: "Bestand is al geopend".to_owned(),
                        text: error.to_string(),
                    });
                }
            }
        }
    }

    /// Says that something failed with a file; the data in use is unchanged.
    pub(super) fn show_error(&mut self, path: &Path, message: &str) {
        let text = format!(
            "{}:{message}\n\nUw huidige gegevens zijn niet gewijzigd.",
            path.display()
        );
        self.set_status(format!("Mislukt: {}", path.display()), true);
        self.dialogs.show(Dialog::error(text));
    }
}

/// "Nieuw": the same wijken and ambitions, everything else empty.
fn new_dataset(current: &Dataset) -> Dataset {
    let mut data = Dataset {
        schema_version: CURRENT_SCHEMA_VERSION,
        title: "Nieuwe gegevens".to_owned(),
        sources: Vec::new(),
        districts: current.districts.clone(),
        ambitions: current.ambitions.clone(),
        ..Dataset::default()
    };
    for district in &mut data.districts {
        district.notes.clear();
        district.log.clear();
        district.sources.clear();
        district.situation = "Nog niets ingevuld.".to_owned();
    }
    for ambition in &mut data.ambitions {
        ambition.source = crate::model::SourceRef::default();
    }
    data.budget.programme = current.budget.programme.clone();
    data.budget.first_year = current.budget.first_year;
    data.budget.last_year = current.budget.last_year;
    data
}
