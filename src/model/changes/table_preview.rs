//! What reading a table would do to the data, before anything changes:
//! the one preview of *Tabel importeren…* that the dialog and
//! `wijkdashboard import-table` both show, so their sentences and their
//! rules (problems block, missing rows are kept unless deleting is chosen)
//! cannot drift apart.

use super::{DatasetChange, diff, grouped_lines};
use crate::model::tables::mapping::{TableMapping, import_monitor};
use crate::model::tables::sheet::Sheet;
use crate::model::tables::workbook::import_workbook;
use crate::model::{Dataset, validation_errors};

/// Where the table's values go: the app's own workbook, read back by its
/// ids, or a table from elsewhere that fills one indicator.
#[derive(Clone, Copy, Debug)]
pub enum TableSource<'a> {
    /// The workbook the app wrote (all its sheets).
    OwnWorkbook {
        /// Delete the rows that are gone from the workbook.
        delete_missing: bool,
    },
    /// One sheet of a table from elsewhere, read as `mapping` says.
    Elsewhere {
        /// The sheet the values come from.
        sheet: &'a Sheet,
        /// Which column is the area, where the years are, which indicator.
        mapping: &'a TableMapping,
    },
}

/// What the table would change.
#[derive(Clone, Debug, Default)]
pub struct TablePreview {
    new: Option<Dataset>,
    changes: Vec<DatasetChange>,
    grouped: Vec<(String, Vec<String>)>,
    /// What is wrong, each with its place; when not empty nothing is applied.
    pub problems: Vec<String>,
    /// What was read and what was not used ("12 waarden gelezen.").
    pub notes: Vec<String>,
    /// Rows of the data the table no longer has: "Wijkplatforms: Naam".
    pub missing: Vec<String>,
}

impl TablePreview {
    /// A workbook of the app that does not say which version it came from
    /// (an older export, or its version is no longer in the backups) is
    /// read as it is: each value it changes is the app's value set back
    /// to the workbook's, which may undo newer work. Said per value.
    fn warn_set_back(&mut self) {
        let set_back: Vec<String> = self
            .changes
            .iter()
            .filter(|c| matches!(c.change.difference, super::Difference::Changed { .. }))
            .map(|c| format!("Let op, zet terug: {}", c.line()))
            .collect();
        if set_back.is_empty() {
            return;
        }
        self.notes.push(format!(
            "Deze werkmap zegt niet van welke versie van het register hij komt (of die versie staat \
             niet meer in de back-ups). Elke waarde hieronder wordt die van de werkmap, ook als u \
             haar in de app later veranderde: controleer {}.",
            if set_back.len() == 1 { "die waarde".to_owned() } else { format!("deze {} waarden", set_back.len()) }
        ));
        self.notes.extend(set_back);
    }

    /// Reads `sheets` (from the file `name`) into a copy of `data`.
    pub fn of(data: &Dataset, sheets: &[Sheet], source: TableSource<'_>, name: &str) -> Self {
        let mut preview = Self::default();
        let new = match source {
            TableSource::OwnWorkbook { delete_missing } => {
                let import = import_workbook(data, sheets, name);
                preview.missing = import
                    .missing
                    .iter()
                    .map(|row| format!("{}: {}", row.sheet, row.label))
                    .collect();
                let new = if delete_missing {
                    import.data_deleting_missing()
                } else {
                    import.data().clone()
                };
                preview.problems = import.problems;
                preview.notes = import.skipped;
                new
            }
            TableSource::Elsewhere { sheet, mapping } => {
                let import = import_monitor(data, sheet, mapping, name);
                preview.notes = import.notes();
                preview.problems = import.problems.clone();
                import.data().clone()
            }
        };
        preview.problems.extend(validation_errors(&new));
        preview.changes = diff(data, &new);
        if let TableSource::OwnWorkbook { .. } = source {
            preview.warn_set_back();
        }
        let all: Vec<&DatasetChange> = preview.changes.iter().collect();
        preview.grouped = grouped_lines(&all);
        preview.new = Some(new);
        preview
    }

    /// The data with the table's values, when there are changes and no
    /// problem: what applying writes.
    pub fn result(&self) -> Option<&Dataset> {
        self.new
            .as_ref()
            .filter(|_| self.problems.is_empty() && !self.changes.is_empty())
    }

    /// Every change, as the change report words it.
    pub fn changes(&self) -> &[DatasetChange] {
        &self.changes
    }

    /// The changes per group, as the change report groups them.
    pub fn grouped(&self) -> &[(String, Vec<String>)] {
        &self.grouped
    }

    /// The heading above the problems or the changes: what a reader needs
    /// to know first.
    pub fn headline(&self) -> String {
        if !self.problems.is_empty() {
            format!(
                "{}; er wordt niets ingelezen:",
                crate::model::format::counted(self.problems.len(), "probleem", "problemen")
            )
        } else if self.changes.is_empty() {
            "Geen wijzigingen: de tabel zegt wat de gegevens zeggen.".to_owned()
        } else {
            format!(
                "{}:",
                crate::model::format::counted(self.changes.len(), "wijziging", "wijzigingen")
            )
        }
    }
}
