//! How the app reaches files: native dialogs or the in-app path field, the
//! export's last choice, and the lock of the file in use.

use std::path::PathBuf;

use crate::store::FileLock;

/// How file dialogs are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FileDialogs {
    /// Native dialogs (rfd), with the in-app path field as fallback.
    #[default]
    Native,
    /// Always the in-app path field (tests, systems without a portal).
    InApp,
}

/// How the app reaches files: its file dialogs, the export's last choice,
/// and the lock of the file in use.
#[derive(Default)]
pub struct FileAccess {
    dialogs: FileDialogs,
    include_personal_in_export: bool,
    /// The lock of the file in use, if taken.
    pub(super) lock: Option<FileLock>,
    /// The lock file another window holds (asked once).
    pub(super) lock_refused: Option<PathBuf>,
}

impl FileAccess {
    /// Uses the in-app path field from now on.
    pub fn use_in_app_dialogs(&mut self) {
        self.dialogs = FileDialogs::InApp;
    }

    /// How file dialogs are shown.
    pub fn dialogs(&self) -> FileDialogs {
        self.dialogs
    }

    /// Whether the last export included the contact persons.
    pub fn include_personal_in_export(&self) -> bool {
        self.include_personal_in_export
    }

    /// Remembers the export's choice for the next export.
    pub fn set_include_personal_in_export(&mut self, include: bool) {
        self.include_personal_in_export = include;
    }
}
