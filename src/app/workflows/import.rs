//! *Importeren…*: another Wijkdashboard file, read and shown first, then
//! merged (one undoable edit) or put in place of this one (asking first
//! when there are unsaved changes).

use std::path::PathBuf;

use crate::app::wijk_app::WijkApp;
use crate::command::{ImportMessage, Replacement};
use crate::document::Edit;
use crate::model::changes::{DatasetChange, diff, grouped_lines, merge_import};
use crate::store;
use crate::ui::shell::{Dialog, DialogKind};

impl WijkApp {
    /// Handles a message of *Importeren…*.
    pub(in crate::app) fn on_import(&mut self, message: ImportMessage) {
        match message {
            ImportMessage::Read(path) => self.read_import(path),
            ImportMessage::Apply { merge } => self.apply_import(merge),
        }
    }

    /// Reads a file to import and shows what each way of importing would
    /// change, as the change report words it.
    fn read_import(&mut self, path: PathBuf) {
        let imported = match store::load(&path) {
            Ok(imported) => imported,
            Err(error) => return self.show_error(&path, &error.to_string()),
        };
        let current = self.document.data();
        let merged = match merge_import(current, &imported) {
            Ok(merged) => merged,
            Err(error) => return self.show_error(&path, &error),
        };
        let counts = import_counts(&diff(current, &imported), &diff(current, &merged));
        self.dialogs.show(Dialog::Import {
            path,
            imported: Box::new(imported),
            merged: Box::new(merged),
            counts,
        });
    }

    /// Applies the import on screen: merging is undoable at once; replacing
    /// everything asks first when there are unsaved changes.
    fn apply_import(&mut self, merge: bool) {
        let Some(Dialog::Import {
            path,
            imported,
            merged,
            ..
        }) = self.take_dialog(DialogKind::Import)
        else {
            return;
        };
        if merge {
            if self.document.apply(Edit::Replace(merged), None) {
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

/// Per group of the change report: how many changes replacing everything
/// and merging make, in the report's order.
fn import_counts(
    replacing: &[DatasetChange],
    merging: &[DatasetChange],
) -> Vec<(String, usize, usize)> {
    let all: Vec<&DatasetChange> = replacing.iter().chain(merging).collect();
    let count = |changes: &[DatasetChange], group: &str| {
        let refs: Vec<&DatasetChange> = changes.iter().collect();
        grouped_lines(&refs)
            .into_iter()
            .find(|(name, _)| name == group)
            .map_or(0, |(_, lines)| lines.len())
    };
    grouped_lines(&all)
        .into_iter()
        .map(|(group, _)| {
            let replace = count(replacing, &group);
            let merge = count(merging, &group);
            (group, replace, merge)
        })
        .collect()
}
