//! *Samenvoegen met…* in the app: the other copy read, the newest version
//! both copies descend from looked up by their lineage (in this file, the
//! other and their backups), the merge shown with every change that comes
//! in listed, and once every conflict is decided, applied as one undoable
//! edit — after the data as it was is saved (so its backup holds it) — with
//! every value that lost written to the merge log beside the data file.
//! Without a common version every difference is a question.
//!
//! The changed-on-disk question's *Samenvoegen* merges the file as the
//! other program left it with the data in use, from what was last loaded
//! or saved; the merged data is then saved over the file.

use std::path::{Path, PathBuf};

use crate::app::wijk_app::WijkApp;
use crate::command::{MergeMessage, PathPurpose};
use crate::document::{Edit, FileJob};
use crate::model::changes::{merge, merge_without_base};
use crate::store;
use crate::ui::shell::{Dialog, DialogKind, MergeDialog};

/// The merge log beside `file`: `wijkdashboard.ron` → `wijkdashboard.ron.samenvoegen.txt`.
fn merge_log_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".samenvoegen.txt");
    file.with_file_name(name)
}

impl WijkApp {
    /// Handles a message of *Samenvoegen met…*.
    pub(in crate::app) fn on_merge(&mut self, message: MergeMessage) {
        match message {
            MergeMessage::Read(path) => self.merge_with(&path),
            MergeMessage::Apply => self.apply_merge(),
        }
    }

    /// Asks for the other copy.
    pub(in crate::app) fn ask_merge(&mut self) {
        self.choose_path(PathPurpose::MergeWith);
    }

    /// Reads the other copy, finds the version both descend from (at the
    /// user's choice, once) and shows the merge.
    pub(in crate::app) fn merge_with(&mut self, other: &Path) {
        let theirs = match store::load(other) {
            Ok(theirs) => theirs,
            Err(error) => {
                self.show_error(other, &error.to_string());
                return;
            }
        };
        let mine = self.document.data();
        let common = mine.lineage.common_versions(&theirs.lineage);
        let mut files: Vec<&Path> = self.document.path().into_iter().collect();
        files.push(other);
        let found = store::find_version(&files, &common)
            .and_then(|found| Some((store::load(&found.path).ok()?, found)));
        let (base_text, merged) = match found {
            Some((base, found)) => (found.describe_nl(), merge(&base, mine, &theirs)),
            None if common.is_empty() => (
                "geen: de bestanden delen geen opgeslagen versie. Elk verschil is een keuze."
                    .to_owned(),
                merge_without_base(mine, &theirs),
            ),
            None => (
                "niet meer te vinden (ouder dan de bewaarde back-ups). Elk verschil is een keuze."
                    .to_owned(),
                merge_without_base(mine, &theirs),
            ),
        };
        self.dialogs.show(Dialog::Merge(Box::new(MergeDialog::new(
            other, base_text, merged,
        ))));
    }

    /// The changed-on-disk question's *Samenvoegen*: the file as the other
    /// program left it, merged with the data in use from what was last
    /// loaded or saved.
    pub(in crate::app) fn merge_with_disk(&mut self) {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        let (theirs, stamp) = match store::load_with_stamp(&path) {
            Ok(read) => read,
            Err(error) => {
                self.show_error(&path, &error.to_string());
                return;
            }
        };
        let base = self.document.saved_data();
        let merged = merge(&base, self.document.data(), &theirs);
        let dialog = MergeDialog::new(
            &path,
            "het bestand zoals u het het laatst opende of opsloeg".to_owned(),
            merged,
        )
        .replacing_file(stamp);
        self.dialogs.show(Dialog::Merge(Box::new(dialog)));
    }

    /// *Toepassen*: the merge as one undoable edit; the data as it was is
    /// saved first, and what lost goes into the merge log.
    pub(in crate::app) fn apply_merge(&mut self) {
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
        match dialog.replaces_file() {
            // The file holds the other program's version, which is in the
            // merge: the merged data may be saved over it (with a backup).
            Some(stamp) => {
                self.persistence.conflict_answered();
                self.document.know_file_holds(stamp.clone());
            }
            None if self.document.path().is_some() && self.document.is_dirty() => {
                self.save_now(false);
            }
            None => {}
        }
        let conflicts = dialog.merge().conflicts().len();
        let incoming = dialog.merge().incoming().len();
        if !self.document.apply(Edit::Replace(Box::new(merged)), None) {
            self.set_status("Samenvoegen: er veranderde niets.", false);
            return;
        }
        self.after_change();
        if dialog.replaces_file().is_some() {
            self.save_now(false);
        }
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
        let kept = if lost.is_empty() {
            String::new()
        } else {
            format!(
                "; de niet gekozen waarden staan in {}",
                self.document
                    .path()
                    .map(|own| merge_log_path(own).display().to_string())
                    .unwrap_or_default()
            )
        };
        self.set_status(
            format!(
                "Samengevoegd met {other}: {} overgenomen, {} beslist{kept} — Ctrl+Z maakt dit ongedaan.",
                crate::model::format::counted(incoming, "wijziging", "wijzigingen"),
                crate::model::format::counted(conflicts, "conflict", "conflicten")
            ),
            false,
        );
    }
}
