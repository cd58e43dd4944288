//! *Importeren…*: another Wijkdashboard file, read and shown first, then
//! merged (one undoable edit) or put in place of this one (asking first
//! when there are unsaved changes).

use std::path::PathBuf;

use crate::app::wijk_app::WijkApp;
use crate::command::{ImportMessage, Replacement};
use crate::document::Edit;
use crate::store::{self, ImportSummary};
use crate::ui::shell::{Dialog, DialogKind};

impl WijkApp {
    /// Handles a message of *Importeren…*.
    pub(in crate::app) fn on_import(&mut self, message: ImportMessage) {
        match message {
            ImportMessage::Read(path) => self.read_import(path),
            ImportMessage::Apply { merge } => self.apply_import(merge),
        }
    }

    /// Reads a file to import and shows what it would change.
    fn read_import(&mut self, path: PathBuf) {
        match store::load(&path) {
            Ok(imported) => {
                let summary = ImportSummary::between(self.document.data(), &imported);
                self.dialogs.show(Dialog::Import {
                    path,
                    imported: Box::new(imported),
                    summary,
                });
            }
            Err(error) => self.show_error(&path, &error.to_string()),
        }
    }

    /// Applies the import on screen: merging is undoable at once; replacing
    /// everything asks first when there are unsaved changes.
    fn apply_import(&mut self, merge: bool) {
        let Some(Dialog::Import { path, imported, .. }) = self.take_dialog(DialogKind::Import)
        else {
            return;
        };
        if merge {
            let merged = store::merge(self.document.data(), &imported);
            if self.document.apply(Edit::Replace(Box::new(merged)), None) {
                self.after_change();
            }
            self.set_status(
                format!(
                    "Geïmporteerd (samengevoegd) uit {} — Ctrl+Z maakt dit ongedaan.",
                    path.display()
                ),
                false,
            );
        } else {
            self.replace_asking(Replacement::Import {
                path,
                data: imported,
            });
        }
    }
}
