//! How the app reaches files: native dialogs or the in-app path field, the
//! export's last choice, the lock of the file in use, and opening a file or
//! folder with the system's own program.

use std::path::{Path, PathBuf};

use crate::store::FileLock;

/// How file dialogs are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum FileDialogs {
    /// Native dialogs (rfd), with the in-app path field as fallback.
    #[default]
    Native,
    /// Always the in-app path field (tests, systems without a portal).
    InApp,
}

/// How the app reaches files: its file dialogs, the export's last choice,
/// and the lock of the file in use.
#[derive(Default)]
pub(super) struct FileAccess {
    dialogs: FileDialogs,
    include_personal_in_export: bool,
    /// The lock of the file in use, if taken.
    pub(super) lock: Option<FileLock>,
    /// The lock file another window holds (asked once).
    pub(super) lock_refused: Option<PathBuf>,
    /// `Some`: files to open are listed here instead of opened (tests).
    recorded_opens: Option<Vec<PathBuf>>,
}

impl FileAccess {
    /// Uses the in-app path field from now on.
    pub(super) fn use_in_app_dialogs(&mut self) {
        self.dialogs = FileDialogs::InApp;
    }

    /// How file dialogs are shown.
    pub(super) fn dialogs(&self) -> FileDialogs {
        self.dialogs
    }

    /// Whether the last export included the contact persons.
    pub(super) fn include_personal_in_export(&self) -> bool {
        self.include_personal_in_export
    }

    /// Lists files and folders to open instead of opening them (tests).
    pub(super) fn record_system_opens(&mut self) {
        self.recorded_opens.get_or_insert_with(Vec::new);
    }

    /// What would have been opened since [`Self::record_system_opens`].
    pub(super) fn recorded_opens(&self) -> &[PathBuf] {
        self.recorded_opens.as_deref().unwrap_or_default()
    }

    /// Opens a file or folder with the program the system has for it
    /// (Word, the PDF reader, Explorer), without waiting for it. Returns a
    /// Dutch message when the system has none.
    pub(super) fn open_with_system(&mut self, path: &Path) -> Result<(), String> {
        if let Some(recorded) = &mut self.recorded_opens {
            recorded.push(path.to_owned());
            return Ok(());
        }
        open::that_detached(path).map_err(|error| {
            format!(
                "'{}' kon niet worden geopend: {error}. Open het bestand zelf vanuit de map.",
                path.display()
            )
        })
    }

    /// Remembers the export's choice for the next export.
    pub(super) fn set_include_personal_in_export(&mut self, include: bool) {
        self.include_personal_in_export = include;
    }
}
