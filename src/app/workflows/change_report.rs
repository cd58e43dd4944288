//! *Wat is er veranderd…* in the app: the backups to compare with, the
//! other file read and compared with the data in use, and the report
//! written as CSV by the file worker.

use std::path::{Path, PathBuf};

use crate::app::wijk_app::WijkApp;
use crate::command::{ChangesMessage, PathPurpose};
use crate::document::FileJob;
use crate::model::changes::{changes_table, diff};
use crate::store;
use crate::ui::shell::{ChangeReport, Dialog, DialogKind, DocumentForm};

impl WijkApp {
    /// Handles a message of *Wat is er veranderd?*.
    pub(in crate::app) fn on_changes(&mut self, message: ChangesMessage) {
        match message {
            ChangesMessage::CompareWith(path) => self.compare_with(&path),
            ChangesMessage::BrowseFile => self.browse_compare_file(),
            ChangesMessage::BrowseCsv => self.browse_changes_csv(),
            ChangesMessage::ExportCsv(path) => self.export_changes(path),
            ChangesMessage::IntoBijlage => self.bijlage_with_changes(),
        }
    }

    /// Shows the backups to compare with (newest first), and "Ander bestand…".
    pub(in crate::app) fn ask_comparison(&mut self) {
        let backups = self
            .document
            .path()
            .map(store::list_backups)
            .unwrap_or_default();
        self.dialogs.show(Dialog::ChooseComparison(backups));
    }

    /// "Ander bestand…": the file to compare with.
    pub(in crate::app) fn browse_compare_file(&mut self) {
        if matches!(self.dialogs.front(), Some(Dialog::ChooseComparison(_))) {
            let _ = self.take_dialog(DialogKind::ChooseComparison);
        }
        self.choose_path(PathPurpose::CompareWith);
    }

    /// Reads `path` (once, at the user's choice) and shows what changed
    /// from it to the data in use.
    pub(in crate::app) fn compare_with(&mut self, path: &Path) {
        let old = match store::load(path) {
            Ok(old) => old,
            Err(error) => {
                self.show_error(path, &error.to_string());
                return;
            }
        };
        if matches!(self.dialogs.front(), Some(Dialog::ChooseComparison(_))) {
            let _ = self.take_dialog(DialogKind::ChooseComparison);
        }
        let since = since_text(path, self.document.path());
        let changes = diff(&old, self.document.data());
        let csv = self.suggested_path(PathPurpose::ChangesCsv);
        self.dialogs
            .show(Dialog::ChangeReport(Box::new(ChangeReport::new(
                since, changes, &csv,
            ))));
    }

    /// "In de Bijlage opnemen…": *Document maken…* for the Bijlage with the
    /// report (as filtered) as its section "Wijzigingen sinds …".
    pub(in crate::app) fn bijlage_with_changes(&mut self) {
        let Some(Dialog::ChangeReport(report)) = self.take_dialog(DialogKind::ChangeReport) else {
            return;
        };
        let folder = self.suggested_path(PathPurpose::DocumentFolder);
        let today = chrono::Local::now().date_naive();
        let form = DocumentForm::new(today, &folder).with_changes(report.for_document());
        self.dialogs.show(Dialog::Document(Box::new(form)));
    }

    /// "Bladeren…" beside the report's CSV field.
    pub(in crate::app) fn browse_changes_csv(&mut self) {
        let Some(Dialog::ChangeReport(report)) = self.dialogs.front() else {
            return;
        };
        let current = report.csv_path();
        if let Some(picked) = self.pick_for_dialog(PathPurpose::ChangesCsv, &current)
            && let Some(Dialog::ChangeReport(report)) = self.dialogs.front_mut()
        {
            report.set_csv_path(&picked);
        }
    }

    /// Writes the report on screen, as filtered, as CSV (in the background).
    pub(in crate::app) fn export_changes(&mut self, path: PathBuf) {
        let Some(Dialog::ChangeReport(report)) = self.dialogs.front() else {
            return;
        };
        let shown: Vec<_> = report.shown().into_iter().cloned().collect();
        let bytes = store::csv_bytes(&changes_table(&shown, report.since()));
        let path = store::with_extension(path, "csv");
        let effects = self
            .persistence
            .write_file(&mut self.document, FileJob::WriteFile { path, bytes });
        self.apply_effects(effects);
    }
}

/// "de stand van 1-10-2026 10:42" for a backup of the file in use, else the
/// other file's name.
fn since_text(path: &Path, own: Option<&Path>) -> String {
    let is_own_backup = own.is_some_and(|own| path.parent() == Some(&store::backup_dir(own)));
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(chrono::DateTime::<chrono::Local>::from);
    match (is_own_backup, modified) {
        (true, Ok(made)) => format!("de stand van {}", made.format("%-d-%-m-%Y %H:%M")),
        _ => path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
    }
}
