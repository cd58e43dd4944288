//! File commands: open, save as, import, export, restore a backup, the
//! lock of the open file. A failed load replaces nothing; every error is
//! shown once, in Dutch.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::state::{FileDialogs, WijkApp};
use crate::command::{ExportFormat, PathPurpose, Replacement};
use crate::document::{Edit, FileBinding, FileJob};
use crate::model::{CURRENT_SCHEMA_VERSION, Dataset};
use crate::store::{self, ImportSummary, LockError, SaveOptions};
use crate::ui::dialogs::Dialog;

/// A native dialog that returns faster than this was never shown (no portal);
/// a person cancelling takes longer.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(150);

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
            Replacement::Quit => self.quit_now = true,
        }
    }

    /// Reads a file to import and shows what it would change.
    pub(super) fn read_import(&mut self, path: PathBuf) {
        match store::load(&path) {
            Ok(imported) => {
                let summary = ImportSummary::between(self.document.data(), &imported);
                self.show_dialog(Dialog::Import {
                    path,
                    imported: Box::new(imported),
                    summary,
                });
            }
            Err(error) => self.show_error(&path, &error.to_string()),
        }
    }

    /// Applies the import on screen: merging is undoable at once; replacing
    /// everything asks first when there are unsaved changes.
    pub(super) fn apply_import(&mut self, merge: bool) {
        let Some(Dialog::Import { path, imported, .. }) = self.close_dialog() else {
            return;
        };
        if merge {
            let merged = store::merge(self.document.data(), &imported);
            if self.document.apply(Edit::Replace(Box::new(merged)), None) {
                self.after_change();
            }
            self.set_status(
                format!(
                    "Geïmporteerd (samengevoegd) uit {} — Ctrl+Z maakt dit ongedaan.",
                    path.display()
                ),
                false,
            );
        } else {
            self.replace_asking(Replacement::Import {
                path,
                data: imported,
            });
        }
    }

    /// Reads a map file and shows what it holds; nothing changes yet.
    pub(super) fn read_map(&mut self, path: PathBuf) {
        match store::read_map(&path, &self.document.data().districts) {
            Ok(import) => self.show_dialog(Dialog::MapPreview {
                path,
                import: Box::new(import),
            }),
            Err(error) => self.show_error(&path, &error.to_string()),
        }
    }

    /// Applies the map on screen as one undoable edit.
    pub(super) fn apply_map(&mut self) {
        let Some(Dialog::MapPreview { path, import }) = self.close_dialog() else {
            return;
        };
        if self
            .document
            .apply(Edit::Boundaries(import.boundaries_from_file(&path)), None)
        {
            self.after_change();
        }
        self.settings.map_kind = crate::command::MapKind::Kaart;
        self.set_status(
            format!(
                "Kaart geïmporteerd uit {}: {} wijken — Ctrl+Z maakt dit ongedaan.",
                path.display(),
                import.matched.len()
            ),
            false,
        );
    }

    /// Saves under a new name, in the background; the document moves there
    /// once the file is written.
    pub(super) fn save_as(&mut self, path: PathBuf) {
        let path = with_extension(path, "ron");
        let job = FileJob::Save {
            path: path.clone(),
            data: self.document.snapshot(),
            revision: self.document.revision(),
            options: SaveOptions::default(),
        };
        if let Some(done) = self.persistence.save_as(path, job) {
            self.file_job_done(done);
        }
    }

    /// Writes a copy for someone else (with or without contact persons).
    pub(super) fn export(&mut self, format: ExportFormat, path: PathBuf) {
        let data = self.document.data();
        let include = self.include_personal_in_export;
        let tables = || crate::model::tables::export_tables(data, include);
        let (path, result) = match format {
            ExportFormat::Copy => {
                let path = with_extension(path, "ron");
                let copy = if include {
                    data.clone()
                } else {
                    store::without_personal_data(data)
                };
                let result = store::save(&path, &copy).map(|_| ());
                (path, result)
            }
            ExportFormat::Excel => {
                let path = with_extension(path, "xlsx");
                let result = store::write_xlsx(&path, &tables());
                (path, result)
            }
            ExportFormat::Csv => {
                let result = store::write_csv_folder(&path, &tables()).map(|_| ());
                (path, result)
            }
        };
        match result {
            Ok(()) => self.set_status(format!("Geëxporteerd naar {}", path.display()), false),
            Err(error) => self.show_error(&path, &error.to_string()),
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
        let held = self.lock.as_ref().map(|lock| lock.lock_file().to_owned());
        if wanted == held || wanted == self.lock_refused {
            return;
        }
        self.lock = None;
        self.lock_refused = None;
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        match store::FileLock::acquire(&path) {
            Ok(lock) => self.lock = Some(lock),
            Err(error) => {
                self.lock_refused = wanted;
                if let LockError::Held(_) = error {
                    self.show_dialog(Dialog::Message {
                        title: "Bestand is al geopend".to_owned(),
                        text: error.to_string(),
                    });
                }
            }
        }
    }

    pub(super) fn show_error(&mut self, path: &Path, message: &str) {
        let text = format!(
            "{}:{message}\n\nUw huidige gegevens zijn niet gewijzigd.",
            path.display()
        );
        self.set_status(format!("Mislukt: {}", path.display()), true);
        self.show_dialog(Dialog::error(text));
    }

    /// Asks for a path: a native dialog, or the in-app field where none is available.
    pub(super) fn choose_path(&mut self, purpose: PathPurpose) {
        if self.file_dialogs == FileDialogs::InApp {
            let text = self.suggested_path();
            self.show_dialog(Dialog::Path { purpose, text });
            return;
        }
        let started = Instant::now();
        let mut dialog = match purpose {
            PathPurpose::Image => rfd::FileDialog::new().add_filter("PNG-afbeelding", &["png"]),
            PathPurpose::Export(ExportFormat::Excel) => {
                rfd::FileDialog::new().add_filter("Excel-werkmap", &["xlsx"])
            }
            PathPurpose::Export(ExportFormat::Csv) => rfd::FileDialog::new(),
            PathPurpose::Map => {
                rfd::FileDialog::new().add_filter("Kaart (GeoJSON)", &["geojson", "json"])
            }
            _ => rfd::FileDialog::new().add_filter("Wijkdashboard-gegevens (RON)", &["ron"]),
        };
        if let Some(folder) = self.document.path().and_then(|p| p.parent()) {
            dialog = dialog.set_directory(folder);
        }
        let picked = match purpose {
            PathPurpose::Open | PathPurpose::Import | PathPurpose::Map => dialog.pick_file(),
            PathPurpose::SaveAs | PathPurpose::Export(ExportFormat::Copy) => {
                dialog.set_file_name("wijkdashboard.ron").save_file()
            }
            PathPurpose::Export(ExportFormat::Excel) => {
                dialog.set_file_name("wijkdashboard.xlsx").save_file()
            }
            PathPurpose::Export(ExportFormat::Csv) => dialog.pick_folder(),
            PathPurpose::Image => dialog.set_file_name("wijkdashboard.png").save_file(),
        };
        match picked {
            Some(path) => self.queued.push(purpose.command(path)),
            None if started.elapsed() < NO_DIALOG_THRESHOLD => {
                // No dialog appeared (Linux without a desktop portal): type the path instead.
                self.file_dialogs = FileDialogs::InApp;
                let text = self.suggested_path();
                self.show_dialog(Dialog::Path { purpose, text });
            }
            None => {
                // Cancelled: a save that was to come first does not happen.
                self.persistence.after_save = None;
            }
        }
    }

    fn suggested_path(&self) -> String {
        self.document
            .path()
            .and_then(|p| p.parent())
            .map(|folder| format!("{}/", folder.display()))
            .unwrap_or_default()
    }
}

/// The path with `extension` when the user typed none.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
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
