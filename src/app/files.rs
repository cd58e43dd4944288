//! File commands: new, open, save, save as, import, export, restore a backup.
//! A failed load replaces nothing; every error is shown once, in Dutch.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::AppCommand;
use super::dialogs::{Dialog, PathPurpose};
use super::edit::Edit;
use super::state::{FileDialogs, WijkApp};
use crate::model::{CURRENT_SCHEMA_VERSION, Dataset};
use crate::store::{self, ImportSummary};

/// A native dialog that returns faster than this was never shown (no portal);
/// a person cancelling takes longer.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(150);

impl WijkApp {
    pub(crate) fn run_file_command(&mut self, command: AppCommand, ctx: &egui::Context) {
        let mut follow_up = Vec::new();
        match command {
            AppCommand::New => {
                let empty = new_dataset(&self.data);
                self.apply_replace(empty);
                self.path = None;
                self.set_status("Nieuwe gegevens: kies Opslaan als… om ze te bewaren. Ctrl+Z maakt dit ongedaan.", false);
            }
            AppCommand::Open => self.choose_path(PathPurpose::Open, &mut follow_up),
            AppCommand::OpenPath(path) => match store::load(&path) {
                Ok(data) => {
                    self.replace_loaded(data, Some(path.clone()));
                    self.set_status(format!("Geopend: {}", path.display()), false);
                }
                Err(error) => self.show_error(&path, &error.to_string()),
            },
            AppCommand::Import => self.choose_path(PathPurpose::Import, &mut follow_up),
            AppCommand::ImportPath(path) => match store::load(&path) {
                Ok(imported) => {
                    let summary = ImportSummary::between(&self.data, &imported);
                    self.dialog = Some(Dialog::Import {
                        path,
                        imported: Box::new(imported),
                        summary,
                    });
                }
                Err(error) => self.show_error(&path, &error.to_string()),
            },
            AppCommand::Save => {
                if self.path.is_some() {
                    if self.save_now() {
                        self.set_status("Opgeslagen.", false);
                    }
                } else {
                    self.choose_path(PathPurpose::SaveAs, &mut follow_up);
                }
            }
            AppCommand::SaveAs => self.choose_path(PathPurpose::SaveAs, &mut follow_up),
            AppCommand::SaveAsPath(path) => {
                let path = with_ron_extension(path);
                match store::save(&path, &self.data) {
                    Ok(()) => {
                        self.path = Some(path.clone());
                        self.mark_saved();
                        self.set_status(format!("Opgeslagen als {}", path.display()), false);
                    }
                    Err(error) => self.show_error(&path, &error.to_string()),
                }
            }
            AppCommand::Export => self.dialog = Some(Dialog::ExportOptions),
            AppCommand::ExportPath(path) => {
                let path = with_ron_extension(path);
                let data = if self.include_personal_in_export {
                    self.data.clone()
                } else {
                    store::without_personal_data(&self.data)
                };
                match store::save(&path, &data) {
                    Ok(()) => {
                        self.set_status(format!("Geëxporteerd naar {}", path.display()), false)
                    }
                    Err(error) => self.show_error(&path, &error.to_string()),
                }
            }
            AppCommand::ShowBackups => {
                let backups = self
                    .path
                    .as_deref()
                    .map(store::list_backups)
                    .unwrap_or_default();
                self.dialog = Some(Dialog::Backups(backups));
            }
            AppCommand::RestoreBackup(path) => match store::load(&path) {
                Ok(data) => {
                    self.apply_replace(data);
                    self.set_status("Back-up teruggezet (Ctrl+Z maakt dit ongedaan).", false);
                }
                Err(error) => self.show_error(&path, &error.to_string()),
            },
            AppCommand::ExportImage => self.choose_path(PathPurpose::Image, &mut follow_up),
            // Every other command is handled by `run` and never reaches this point.
            _ => {}
        }
        for command in follow_up {
            self.run(command, ctx);
        }
    }

    /// Replaces all data as one undoable step.
    fn apply_replace(&mut self, data: Dataset) {
        if self
            .history
            .apply(&mut self.data, Edit::Replace(Box::new(data)), None)
        {
            self.mark_changed();
        }
    }

    pub(crate) fn finish_import(&mut self, imported: Dataset, path: &Path, merge: bool) {
        let result = if merge {
            store::merge(&self.data, &imported)
        } else {
            imported
        };
        self.apply_replace(result);
        let how = if merge { "samengevoegd" } else { "vervangen" };
        self.set_status(
            format!(
                "Geïmporteerd ({how}) uit {} — Ctrl+Z maakt dit ongedaan.",
                path.display()
            ),
            false,
        );
    }

    /// Saves to the current path; shows the error and returns false on failure.
    pub(crate) fn save_now(&mut self) -> bool {
        let Some(path) = self.path.clone() else {
            self.dialog = Some(Dialog::Error(
                "Er is nog geen bestand gekozen; gebruik Bestand → Opslaan als…".to_owned(),
            ));
            return false;
        };
        match store::save(&path, &self.data) {
            Ok(()) => {
                self.mark_saved();
                true
            }
            Err(error) => {
                self.set_status(error.to_string(), true);
                if !matches!(error, store::SaveError::Invalid { .. }) {
                    self.dialog = Some(Dialog::Error(error.to_string()));
                }
                false
            }
        }
    }

    fn show_error(&mut self, path: &Path, message: &str) {
        let text = format!(
            "{}:{message}\n\nUw huidige gegevens zijn niet gewijzigd.",
            path.display()
        );
        self.set_status(format!("Mislukt: {}", path.display()), true);
        self.dialog = Some(Dialog::Error(text));
    }

    /// Asks for a path: a native dialog, or the in-app field where none is available.
    pub(crate) fn choose_path(&mut self, purpose: PathPurpose, commands: &mut Vec<AppCommand>) {
        if self.file_dialogs == FileDialogs::InApp {
            self.dialog = Some(Dialog::Path {
                purpose,
                text: self.suggested_path(),
            });
            return;
        }
        let started = Instant::now();
        let mut dialog =
            rfd::FileDialog::new().add_filter("Wijkdashboard-gegevens (RON)", &["ron"]);
        if let Some(folder) = self.path.as_ref().and_then(|p| p.parent()) {
            dialog = dialog.set_directory(folder);
        }
        let picked = match purpose {
            PathPurpose::Open | PathPurpose::Import => dialog.pick_file(),
            PathPurpose::SaveAs | PathPurpose::Export => {
                dialog.set_file_name("wijkdashboard.ron").save_file()
            }
            PathPurpose::Image => dialog.set_file_name("wijkdashboard.png").save_file(),
        };
        match picked {
            Some(path) => commands.push(purpose.command(path)),
            None if started.elapsed() < NO_DIALOG_THRESHOLD => {
                // No dialog appeared (Linux without a desktop portal): type the path instead.
                self.file_dialogs = FileDialogs::InApp;
                self.dialog = Some(Dialog::Path {
                    purpose,
                    text: self.suggested_path(),
                });
            }
            None => {}
        }
    }

    fn suggested_path(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.parent())
            .map(|folder| format!("{}/", folder.display()))
            .unwrap_or_default()
    }
}

fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
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
