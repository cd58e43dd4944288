//! *Samenvoegen met…* in the app: the other copy read, the version to merge
//! from chosen among this file's own versions (the oldest that differs from
//! the data in use: see `model::changes::safest_base`), the merge shown with
//! every change that comes in listed, and once
//! every conflict is decided, applied as one undoable edit — after the data
//! as it was is saved (so its backup holds it) — with every value that lost
//! written to the merge log beside the data file.

use std::path::{Path, PathBuf};

use super::wijk_app::WijkApp;
use crate::command::PathPurpose;
use crate::document::{Edit, FileJob};
use crate::model::Dataset;
use crate::model::changes::{merge, safest_base};
use crate::store;
use crate::ui::shell::{Dialog, DialogKind, MergeDialog};

/// The merge log beside `file`: `wijkdashboard.ron` → `wijkdashboard.ron.samenvoegen.txt`.
pub(super) fn merge_log_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".samenvoegen.txt");
    file.with_file_name(name)
}

impl WijkApp {
    /// Asks for the other copy.
    pub(super) fn ask_merge(&mut self) {
        self.choose_path(PathPurpose::MergeWith);
    }

    /// Reads the other copy and this file's versions (at the user's choice,
    /// once) and shows the merge.
    pub(super) fn merge_with(&mut self, other: &Path) {
        let theirs = match store::load(other) {
            Ok(theirs) => theirs,
            Err(error) => {
                self.show_error(other, &error.to_string());
                return;
            }
        };
        // This copy's earlier versions, oldest first: its backups, its file.
        let mut versions: Vec<(String, Dataset)> = Vec::new();
        if let Some(own) = self.document.path() {
            let mut backups = store::list_backups(own);
            backups.sort_by_key(|b| b.made);
            for backup in backups {
                if let Ok(data) = store::load(&backup.path) {
                    let when = backup.made.format("%-d-%-m-%Y %H:%M");
                    versions.push((format!("de stand van {when}"), data));
                }
            }
            if let Ok(data) = store::load(own) {
                versions.push(("het bestand zoals het opgeslagen is".to_owned(), data));
            }
        }
        let candidates: Vec<Dataset> = versions.iter().map(|(_, d)| d.clone()).collect();
        let mine = self.document.data();
        let (base_text, base) = match safest_base(&candidates, mine) {
            Some(index) => (
                versions
                    .get(index)
                    .map_or_else(String::new, |(text, _)| text.clone()),
                candidates.get(index).cloned().unwrap_or_default(),
            ),
            None => (
                "geen gevonden; elk verschil is een keuze".to_owned(),
                Dataset::default(),
            ),
        };
        let merged = merge(&base, mine, &theirs);
        self.dialogs.show(Dialog::Merge(Box::new(MergeDialog::new(
            other, base_text, merged,
        ))));
    }

    /// *Toepassen*: the merge as one undoable edit; the data as it was is
    /// saved first, and what lost goes into the merge log.
    pub(super) fn apply_merge(&mut self) {
        let Some(Dialog::Merge(dialog)) = self.take_dialog(DialogKind::Merge) else {
            return;
        };
        let (merged, lost) = match dialog.merge().finish() {
            Ok(result) => result,
            Err(message) => {
                self.dialogs.show(Dialog::error(format!(
                    "Het samenvoegen is niet gelukt: {message}. Er is niets veranderd."
                )));
                return;
            }
        };
        if self.document.path().is_some() && self.document.is_dirty() {
            self.save_now(false);
        }
        let conflicts = dialog.merge().conflicts().len();
        if !self.document.apply(Edit::Replace(Box::new(merged)), None) {
            self.set_status("Samenvoegen: er veranderde niets.", false);
            return;
        }
        self.after_change();
        let other = dialog.other().display().to_string();
        if let Some(own) = self.document.path().map(Path::to_owned)
            && !lost.is_empty()
        {
            let when = chrono::Local::now().format("%Y-%m-%d %H:%M");
            let mut text = format!("\n{when} samengevoegd met {other}; niet gekozen:\n");
            for line in &lost {
                text.push_str(&format!("  {line}\n"));
            }
            let job = FileJob::AppendFile {
                path: merge_log_path(&own),
                text,
            };
            let effects = self.persistence.write_file(&mut self.document, job);
            self.apply_effects(effects);
        }
        self.set_status(
            format!(
                "Samengevoegd met {other} ({conflicts} conflict(en) beslist) — Ctrl+Z maakt dit ongedaan."
            ),
            false,
        );
    }
}
