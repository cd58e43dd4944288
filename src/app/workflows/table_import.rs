//! *Tabel importeren…* on the app's side: reading the table, opening the
//! dialog with the mapping remembered for its layout, and applying it as one
//! undoable edit.

use std::path::PathBuf;

use crate::app::wijk_app::WijkApp;
use crate::command::TableImportMessage;
use crate::document::Edit;
use crate::store;
use crate::ui::shell::{Dialog, DialogKind, TableImportForm};

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
                "{} wijziging(en) ingelezen uit {} — Ctrl+Z maakt dit ongedaan.",
                form.change_count(),
                form.path().display()
            ),
            false,
        );
    }
}
