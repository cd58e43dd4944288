//! Asking for a path: the system's file dialog (rfd), or the in-app path
//! field where there is none. Each prompt names its own file type and
//! suggests a name ("Wijkdashboard 2026-12-02.xlsx") in a folder that fits:
//! the Documents folder for what is written, the file's own folder for what
//! is opened.

use std::path::{Path, PathBuf};

use super::file_access::{FileDialogRequest, FileDialogs, OpenPick, PickFor, Picked};
use super::wijk_app::WijkApp;
use crate::command::PathPurpose;
use crate::ui::shell::Dialog;

/// The key of a purpose in the remembered folders: "Document", "MergeWith".
fn folder_key(purpose: PathPurpose) -> String {
    format!("{purpose:?}")
}

/// The user's Documents folder, or the home folder.
fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .map_or_else(|| dirs.home_dir().to_owned(), Path::to_owned),
    )
}

impl WijkApp {
    /// Asks for a path: a native dialog (on its own thread; its answer
    /// comes in a later frame), or the in-app field where there is none.
    pub(super) fn choose_path(&mut self, purpose: PathPurpose) {
        self.ask_path(purpose, PickFor::Command, None);
    }

    /// "Bladeren…" in a dialog with a path field: the system's file dialog
    /// from `current`, whose choice goes into the field; without one, a
    /// word that the field is for typing.
    pub(super) fn browse_for_dialog(&mut self, purpose: PathPurpose, current: &Path) {
        self.ask_path(purpose, PickFor::DialogField, Some(current));
    }

    /// The native dialog for `purpose`, starting at `start` (else where
    /// files for it are suggested), its answer going to `target`.
    fn ask_path(&mut self, purpose: PathPurpose, target: PickFor, start: Option<&Path>) {
        if self.files.open_pick.is_some() {
            return self.set_status(STILL_OPEN, false);
        }
        if self.files.dialogs() == FileDialogs::InApp {
            return self.path_answered(purpose, target, Picked::NoDialog);
        }
        let start = start.map_or_else(|| self.suggested_path(purpose), Path::to_owned);
        self.files
            .start_pick(dialog_request(purpose, &start), target);
    }

    /// Takes the answer of the native dialog when it came (every frame;
    /// never waits).
    pub(super) fn poll_native_pick(&mut self) {
        let Some(answer) = self.files.open_pick.as_ref().and_then(OpenPick::answer) else {
            return;
        };
        if let Some(open) = self.files.open_pick.take() {
            self.path_answered(open.purpose, open.target, answer);
        }
    }

    /// Whether a native dialog is open (the window then waits for it,
    /// without freezing).
    pub(super) fn native_pick_open(&self) -> bool {
        self.files.open_pick.is_some()
    }

    fn path_answered(&mut self, purpose: PathPurpose, target: PickFor, picked: Picked) {
        match (target, picked) {
            (_, Picked::Path(path)) => {
                if let Some(folder) = path.parent() {
                    self.remember_folder(purpose, folder);
                }
                match target {
                    PickFor::Command => {
                        if let Some(message) = purpose.message(path) {
                            self.queued.message(message);
                        }
                    }
                    PickFor::DialogField => self.fill_dialog_field(purpose, &path),
                }
            }
            (PickFor::Command, Picked::NoDialog) => {
                self.files.use_in_app_dialogs();
                let text = self.suggested_path(purpose).display().to_string();
                self.dialogs.show(Dialog::Path { purpose, text });
            }
            (PickFor::DialogField, Picked::NoDialog) => {
                self.files.use_in_app_dialogs();
                self.set_status(
                    "Er is geen bestandskiezer op dit systeem: typ het pad in het veld.",
                    true,
                );
            }
            // Cancelled: a save that was to come first does not happen.
            (PickFor::Command, Picked::Cancelled) => self.persistence.forget_after_save(),
            (PickFor::DialogField, Picked::Cancelled) => {}
        }
    }

    /// Puts a path chosen with "Bladeren…" into the field of the dialog on
    /// screen that asked for it (when that dialog is still there).
    fn fill_dialog_field(&mut self, purpose: PathPurpose, picked: &Path) {
        match (purpose, self.dialogs.front_mut()) {
            (PathPurpose::ChangesCsv, Some(Dialog::ChangeReport(report))) => {
                report.set_csv_path(picked);
            }
            (PathPurpose::DocumentFolder, Some(Dialog::Document(form))) => form.set_folder(picked),
            (PathPurpose::Export(_), Some(Dialog::ExportOptions { path, .. })) => {
                *path = picked.display().to_string();
            }
            _ => self.set_status(
                format!(
                    "De vraag waarvoor u '{}' koos, staat niet meer open; er is niets gedaan.",
                    picked.display()
                ),
                true,
            ),
        }
    }

    /// Where a file for `purpose` is suggested: for a file to write, a
    /// dated name in the Documents folder (Opslaan als: the file's own
    /// name and folder); for a file to open, the folder of the file in use.
    pub(super) fn suggested_path(&self, purpose: PathPurpose) -> PathBuf {
        // The folder the user chose last time for this kind of file, while
        // it is still there.
        let remembered = self
            .session
            .settings
            .last_folders
            .get(&folder_key(purpose))
            .filter(|folder| folder.is_dir())
            .cloned();
        let own_folder = self
            .document
            .path()
            .and_then(Path::parent)
            .map(Path::to_owned);
        let own_folder = remembered.clone().or(own_folder);
        if purpose.picks_existing() {
            return own_folder.map(|f| f.join("")).unwrap_or_default();
        }
        if purpose == PathPurpose::SaveAs
            && let Some(path) = self.document.path()
        {
            return path.to_owned();
        }
        let folder = remembered
            .or_else(documents_folder)
            .or(own_folder)
            .unwrap_or_default();
        let today = chrono::Local::now().date_naive();
        purpose
            .suggested_name(today)
            .map_or(folder.clone(), |name| folder.join(name))
    }

    /// Remembers `folder` as where files for `purpose` are chosen.
    pub(super) fn remember_folder(&mut self, purpose: PathPurpose, folder: &Path) {
        if !folder.as_os_str().is_empty() {
            self.session
                .settings
                .last_folders
                .insert(folder_key(purpose), folder.to_owned());
        }
    }
}

/// Said when a second file dialog is asked for while one is open.
const STILL_OPEN: &str = "Er staat al een bestandskiezer open; kies daar eerst.";

/// What the native dialog for `purpose` is asked, starting at `suggested`:
/// a folder to start in, and a file name for a file to write.
fn dialog_request(purpose: PathPurpose, suggested: &Path) -> FileDialogRequest {
    let (folder, name) = if purpose.picks_existing() || suggested.is_dir() {
        (Some(suggested), None)
    } else {
        (suggested.parent(), suggested.file_name())
    };
    FileDialogRequest {
        purpose,
        folder: folder.map(Path::to_owned),
        file_name: name.map(|n| n.to_string_lossy().into_owned()),
    }
}
