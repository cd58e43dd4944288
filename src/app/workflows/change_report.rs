//! *Wat is er veranderd…* in the app: the backups to compare with, the
//! other file read and compared with the data in use, and the report
//! written as CSV by the file worker.

use std::path::{Path, PathBuf};

use crate::app::wijk_app::WijkApp;
use crate::command::{ChangesMessage, PathPurpose};
use crate::document::FileJob;
use crate::model::changes::{changes_table, diff};
use crate::store;
use crate::ui::shell::{
    BackupHistory, ChangeReport, ComparisonChoice, Dialog, DialogKind, DocumentForm,
};

impl WijkApp {
    /// Handles a message of *Wat is er veranderd?*.
    pub(in crate::app) fn on_changes(&mut self, message: ChangesMessage) {
        match message {
            ChangesMessage::CompareWith(path) => self.compare_with(&path),
            ChangesMessage::CompareSince(text) => self.compare_since(&text),
            ChangesMessage::BrowseFile => self.browse_compare_file(),
            ChangesMessage::BrowseCsv => self.browse_changes_csv(),
            ChangesMessage::ExportCsv(path) => self.export_changes(path),
            ChangesMessage::IntoBijlage => self.bijlage_with_changes(),
        }
    }

    /// Shows the backups to compare with (newest first), a date field and
    /// "Ander bestand…".
    pub(in crate::app) fn ask_comparison(&mut self) {
        let history = self.backup_history();
        self.dialogs
            .show(Dialog::ChooseComparison(Box::new(ComparisonChoice::new(
                history,
            ))));
    }

    /// The backups of the file in use, newest first; the file worker reads
    /// what changed after each (shown when it is done).
    pub(in crate::app) fn backup_history(&mut self) -> BackupHistory {
        let file = self.document.path().map(Path::to_owned);
        let backups = file.as_deref().map(store::list_backups).unwrap_or_default();
        if let Some(file) = file
            && !backups.is_empty()
        {
            let job = FileJob::DescribeBackups {
                file,
                backups: backups.clone(),
            };
            let effects = self.persistence.write_file(&mut self.document, job);
            self.apply_effects(effects);
        }
        BackupHistory::new(backups)
    }

    /// The worker read the backups of `file`: shown beside each, when a
    /// dialog with them is still open for that file.
    pub(in crate::app) fn backups_described(&mut self, file: &Path, descriptions: Vec<String>) {
        if self.document.path() != Some(file) {
            return;
        }
        for dialog in self.dialogs.iter_mut() {
            match dialog {
                Dialog::ChooseComparison(choice) => {
                    choice.history_mut().set_described(descriptions.clone());
                }
                Dialog::Backups(history) => history.set_described(descriptions.clone()),
                _ => {}
            }
        }
    }

    /// "Sinds 1-10-2026": the stand at the start of that day, found in the
    /// backups, compared with the data in use.
    pub(in crate::app) fn compare_since(&mut self, text: &str) {
        let Some(Dialog::ChooseComparison(choice)) = self.dialogs.front_mut() else {
            return;
        };
        let today = chrono::Local::now().date_naive();
        let date = match crate::model::format::parse_date_words(text, today) {
            Ok(date) => date,
            Err(error) => return choice.set_since_error(error),
        };
        let Some(file) = self.document.path().map(Path::to_owned) else {
            return choice.set_since_error(
                "Dit register is nog niet opgeslagen, dus er is geen eerdere stand.".to_owned(),
            );
        };
        let day = crate::model::format::date_short_nl(date);
        let moment = date
            .and_hms_opt(0, 0, 0)
            .and_then(|start| start.and_local_timezone(chrono::Local).earliest());
        let Some(moment) = moment else {
            return choice.set_since_error(format!("{day} 0:00 bestaat niet in deze tijdzone."));
        };
        let stand = |backup: &store::Backup| store::stand_time_nl(backup.made);
        let (path, since) = match store::stand_at(choice.backups(), moment) {
            store::StandAt::Backup(backup) => (
                backup.path.clone(),
                format!("{day} (de stand van {})", stand(backup)),
            ),
            store::StandAt::File => (file, format!("{day} (sindsdien niets opgeslagen)")),
            store::StandAt::OlderThanAll(oldest) => (
                oldest.path.clone(),
                format!(
                    "de oudste bewaarde stand, van {}; van {day} is er geen",
                    stand(oldest)
                ),
            ),
        };
        self.compare(&path, since);
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
        // A backup chosen in the dialog is named by the stand it holds,
        // as the dialog listed it; another file by its name.
        let backup = match self.dialogs.front() {
            Some(Dialog::ChooseComparison(choice)) => {
                choice.backups().iter().find(|b| b.path == path).cloned()
            }
            _ => None,
        };
        let since = backup.map_or_else(
            || {
                path.file_name().map_or_else(
                    || path.display().to_string(),
                    |name| name.to_string_lossy().into_owned(),
                )
            },
            |backup| format!("de stand van {}", store::stand_time_nl(backup.made)),
        );
        self.compare(path, since);
    }

    /// Reads `path` and shows what changed from it to the data in use,
    /// "since" `since`.
    fn compare(&mut self, path: &Path, since: String) {
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
        self.browse_for_dialog(PathPurpose::ChangesCsv, &current);
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
