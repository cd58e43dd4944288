//! Asking for a path: the system's file dialog (rfd), or the in-app path
//! field where there is none.

use std::time::{Duration, Instant};

use super::file_access::FileDialogs;
use super::wijk_app::WijkApp;
use crate::command::PathPurpose;
use crate::store::ExportFormat;
use crate::ui::shell::Dialog;

/// A native dialog that returns faster than this was never shown (no portal);
/// a person cancelling takes longer.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(150);

impl WijkApp {
    /// Asks for a path: a native dialog, or the in-app field where none is available.
    pub(super) fn choose_path(&mut self, purpose: PathPurpose) {
        if self.files.dialogs() == FileDialogs::InApp {
            let text = self.suggested_path();
            self.dialogs.show(Dialog::Path { purpose, text });
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
            Some(path) => self.queued.message(purpose.message(path)),
            None if started.elapsed() < NO_DIALOG_THRESHOLD => {
                // No dialog appeared (Linux without a desktop portal): type the path instead.
                self.files.use_in_app_dialogs();
                let text = self.suggested_path();
                self.dialogs.show(Dialog::Path { purpose, text });
            }
            None => {
                // Cancelled: a save that was to come first does not happen.
                self.persistence.forget_after_save();
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
