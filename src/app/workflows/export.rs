//! *Exporteren…*: the data as an Excel workbook, CSV files or a copy, for
//! someone else, written in the background; the contact persons only when
//! the user ticks them.

use std::path::PathBuf;

use crate::app::wijk_app::WijkApp;
use crate::command::{ExportMessage, PathPurpose};
use crate::store::ExportFormat;
use crate::ui::shell::Dialog;

impl WijkApp {
    /// Handles a message of *Exporteren…*.
    pub(in crate::app) fn on_export(&mut self, message: ExportMessage) {
        match message {
            ExportMessage::Write {
                format,
                path,
                include_personal,
            } => {
                self.files.set_include_personal_in_export(include_personal);
                // The folder chosen is proposed next time (CSV: the folder itself).
                let folder = if path.is_dir() {
                    Some(path.as_path())
                } else {
                    path.parent()
                };
                if let Some(folder) = folder {
                    self.remember_folder(PathPurpose::Export(format), folder);
                }
                self.export(format, path);
            }
            ExportMessage::Browse => self.browse_export_path(),
        }
    }

    /// Writes an export for someone else, in the background.
    fn export(&mut self, format: ExportFormat, path: PathBuf) {
        let include = self.files.include_personal_in_export();
        let effects = self
            .persistence
            .export(&mut self.document, format, path, include);
        self.apply_effects(effects);
    }

    /// "Bladeren…" in the export dialog: the system's file dialog, whose
    /// choice goes into the dialog's field.
    fn browse_export_path(&mut self) {
        let Some(Dialog::ExportOptions { format, path, .. }) = self.dialogs.front() else {
            return;
        };
        let purpose = PathPurpose::Export(*format);
        let current = PathBuf::from(path.trim());
        self.browse_for_dialog(purpose, &current);
    }
}
