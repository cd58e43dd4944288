//! An exported workbook read back against the version it came from: the
//! workbook is a copy of that version edited in Excel, so it is merged
//! three ways like a colleague's copy. What changed only in Excel comes
//! in, what changed only in the app stays, and a value changed in both is
//! a question.

use super::{Merge, merge};
use crate::model::Dataset;
use crate::model::tables::sheet::Sheet;
use crate::model::tables::workbook::import_workbook;
use crate::model::validation_errors;

/// The workbook `sheets` (named `file`), exported from `base`, merged with
/// `mine` (the data in use).
///
/// # Errors
/// What is wrong in the workbook, each with its cell, or what would be
/// invalid after it: then nothing is merged.
pub fn merge_workbook(
    base: &Dataset,
    mine: &Dataset,
    sheets: &[Sheet],
    file: &str,
) -> Result<Merge, Vec<String>> {
    let import = import_workbook(base, sheets, file);
    let mut problems = import.problems.clone();
    // Rows gone from the workbook are kept: a row deleted in Excel is not
    // a reason to delete it in the register.
    let theirs = import.data();
    problems.extend(validation_errors(theirs));
    if problems.is_empty() {
        Ok(merge(base, mine, theirs))
    } else {
        Err(problems)
    }
}
