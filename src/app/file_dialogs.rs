//! Asking for a path: the system's file dialog (rfd), or the in-app path
//! field where there is none. Each prompt names its own file type and
//! suggests a name ("Wijkdashboard 2026-12-02.xlsx") in a folder that fits:
//! the Documents folder for what is written, the file's own folder for what
//! is opened.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::file_access::FileDialogs;
use super::wijk_app::WijkApp;
use crate::command::PathPurpose;
use crate::ui::shell::Dialog;

/// A native dialog that returns faster than this was never shown (no portal);
/// a person cancelling takes longer.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(150);

/// What the system's file dialog gave.
enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown (Linux without a desktop portal).
    NoDialog,
}

/// The key of a purpose in the remembered folders: "Document", "MergeWith".
fn folder_key(purpose: PathPurpose) -> String {
    format!("{purpose:?}")
}

/// Whether the system can show a file dialog at all, found out without
/// waiting for one: on Linux a desktop portal needs a session bus, and the
/// fallbacks are zenity and kdialog; without any the in-app field comes at
/// once instead of after a frozen window.
fn system_has_file_dialog() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    };
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || on_path("zenity")
        || on_path("kdialog")
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
    /// Asks for a path: a native dialog, or the in-app field where none is available.
    pub(super) fn choose_path(&mut self, purpose: PathPurpose) {
        let picked = if self.files.dialogs() == FileDialogs::InApp || !system_has_file_dialog() {
            Picked::NoDialog
        } else {
            self.native_pick(purpose, &self.suggested_path(purpose))
        };
        match picked {
            Picked::Path(path) => {
                if let Some(folder) = path.parent() {
                    self.remember_folder(purpose, folder);
                }
                if let Some(message) = purpose.message(path) {
                    self.queued.message(message);
                }
            }
            Picked::NoDialog => {
                self.files.use_in_app_dialogs();
                let text = self.suggested_path(purpose).display().to_string();
                self.dialogs.show(Dialog::Path { purpose, text });
            }
            // Cancelled: a save that was to come first does not happen.
            Picked::Cancelled => self.persistence.forget_after_save(),
        }
    }

    /// "Bladeren…" in a dialog with a path field: the system's file dialog
    /// from `current`; without one, a word that the field is for typing.
    pub(super) fn pick_for_dialog(
        &mut self,
        purpose: PathPurpose,
        current: &Path,
    ) -> Option<PathBuf> {
        let picked = if self.files.dialogs() == FileDialogs::InApp || !system_has_file_dialog() {
            Picked::NoDialog
        } else {
            self.native_pick(purpose, current)
        };
        match picked {
            Picked::Path(picked) => Some(picked),
            Picked::NoDialog => {
                self.files.use_in_app_dialogs();
                self.set_status(
                    "Er is geen bestandskiezer op dit systeem: typ het pad in het veld.",
                    true,
                );
                None
            }
            Picked::Cancelled => None,
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

    /// The system's file dialog for `purpose`, starting at `suggested`.
    fn native_pick(&self, purpose: PathPurpose, suggested: &Path) -> Picked {
        let started = Instant::now();
        let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
        if let Some((name, extensions)) = purpose.filter() {
            dialog = dialog.add_filter(name, extensions);
        }
        let (folder, name) = if purpose.picks_existing() || suggested.is_dir() {
            (Some(suggested), None)
        } else {
            (suggested.parent(), suggested.file_name())
        };
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = name {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        let picked = match purpose {
            _ if purpose.picks_existing() => dialog.pick_file(),
            _ if purpose.picks_folder() => dialog.pick_folder(),
            _ => dialog.save_file(),
        };
        match picked {
            Some(path) => Picked::Path(path),
            None if started.elapsed() < NO_DIALOG_THRESHOLD => Picked::NoDialog,
            None => Picked::Cancelled,
        }
    }
}
