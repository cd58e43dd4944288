//! *Tabel importeren…* on the app's side: reading the table, opening the
//! dialog with the mapping remembered for its layout, and applying it as one
//! undoable edit.

use std::path::{Path, PathBuf};

use crate::app::wijk_app::WijkApp;
use crate::command::TableImportMessage;
use crate::document::Edit;
use crate::model::changes::merge_workbook;
use crate::model::tables::sheet::Sheet;
use crate::model::tables::workbook_origin;
use crate::store;
use crate::ui::shell::{Dialog, DialogKind, MergeDialog, TableImportForm};

impl WijkApp {
    /// Handles a message of *Tabel importeren…*.
    pub(in crate::app) fn on_table_import(&mut self, message: TableImportMessage) {
        match message {
            TableImportMessage::Read(path) => self.read_table(path),
            TableImportMessage::Apply => self.apply_table_import(),
        }
    }

    /// Reads the table at `path` and shows what it would change; nothing
    /// changes yet.
    pub(in crate::app) fn read_table(&mut self, path: PathBuf) {
        match store::read_sheets(&path) {
            Ok(sheets) if self.merge_workbook(&path, &sheets) => {}
            Ok(sheets) => {
                let mappings = &self.session.settings.table_mappings;
                let form = TableImportForm::new(path, sheets, self.document.data(), |layout| {
                    mappings.get(layout).cloned()
                });
                self.dialogs.show(Dialog::ImportTable(Box::new(form)));
            }
            Err(error) => self.show_error(&path, &format!(" {}", error.reason)),
        }
    }

    /// An exported workbook whose version is still in the file or its
    /// backups is merged with the data in use as a copy of that version
    /// (the merge dialog: only Excel's changes come in, a value changed on
    /// both sides is asked). Returns whether it was; otherwise the table is
    /// read as it is.
    fn merge_workbook(&mut self, path: &Path, sheets: &[Sheet]) -> bool {
        let Some(origin) = workbook_origin(sheets) else {
            return false;
        };
        let mine = self.document.data();
        if origin.document != mine.lineage.document() {
            return false;
        }
        let files: Vec<&Path> = self.document.path().into_iter().collect();
        let Some((base, found)) = store::find_version(&files, &[origin.version.as_str()])
            .and_then(|found| Some((store::load(&found.path).ok()?, found)))
        else {
            return false;
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match merge_workbook(&base, mine, sheets, &name) {
            Ok(merged) => {
                let base_text = format!(
                    "de versie die naar Excel ging ({}): alleen wat in de werkmap is gewijzigd, komt binnen",
                    found.describe_nl()
                );
                self.dialogs.show(Dialog::Merge(Box::new(MergeDialog::new(
                    path, base_text, merged,
                ))));
            }
            Err(problems) => self.dialogs.show(Dialog::error(format!(
                "{} kan niet worden ingelezen; er is niets veranderd:\n{}",
                path.display(),
                problems.join("\n")
            ))),
        }
        true
    }

    /// Applies the table on screen as one undoable edit and remembers its
    /// mapping for the next table of the same layout.
    pub(in crate::app) fn apply_table_import(&mut self) {
        let Some(Dialog::ImportTable(form)) = self.take_dialog(DialogKind::ImportTable) else {
            return;
        };
        let Some(data) = form.result() else {
            return;
        };
        if let Some((layout, mapping)) = form.mapping_to_remember() {
            self.session.settings.table_mappings.insert(layout, mapping);
        }
        if self
            .document
            .apply(Edit::Replace(Box::new(data.clone())), None)
        {
            self.after_change();
        }
        self.set_status(
            format!(
                "{} ingelezen uit {} — Ctrl+Z maakt dit ongedaan.",
                crate::model::format::counted(form.change_count(), "wijziging", "wijzigingen"),
                form.path().display()
            ),
            false,
        );
    }
}
