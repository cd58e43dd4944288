//! Where an exported workbook comes from: the register's document and the
//! saved version it was exported from, on a sheet of its own. Reading the
//! workbook back compares it with *that* version, so only what was changed
//! in Excel comes in and what the app changed since is kept.

use super::sheet::Sheet;
use super::{Table, text, titles};
use crate::model::Dataset;

/// The sheet's name (and the CSV file's stem).
pub const ORIGIN_SHEET: &str = "Over dit bestand";

const DOCUMENT_ROW: &str = "Register";
const VERSION_ROW: &str = "Versie";

/// The register version a workbook was exported from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookOrigin {
    /// The register's document id.
    pub document: String,
    /// The saved version the workbook holds.
    pub version: String,
}

/// The origin sheet of `data`; `None` for a register never saved (it has
/// no version to come back to).
pub(super) fn origin_table(data: &Dataset) -> Option<Table> {
    let version = data.lineage.current()?;
    Some(Table {
        name: ORIGIN_SHEET.to_owned(),
        file_stem: "over-dit-bestand".to_owned(),
        columns: titles(&["Gegeven", "Waarde"]),
        rows: vec![
            vec![text(DOCUMENT_ROW), text(data.lineage.document())],
            vec![text(VERSION_ROW), text(version)],
            vec![
                text("Uitleg"),
                text(
                    "Tabel importeren vergelijkt deze werkmap met de versie hierboven: alleen wat \
                     u in Excel wijzigt, wordt ingelezen; wat u sindsdien in de app wijzigde, \
                     blijft. Wijzig dit blad niet.",
                ),
            ],
        ],
    })
}

/// The origin a workbook (or a folder of CSV files) records, if it has
/// the sheet with both rows.
pub fn workbook_origin(sheets: &[Sheet]) -> Option<WorkbookOrigin> {
    let sheet = sheets
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(ORIGIN_SHEET) || s.name == "over-dit-bestand")?;
    let value = |label: &str| {
        (0..sheet.rows.len())
            .find(|&row| sheet.cell(row, 0).text().trim() == label)
            .map(|row| sheet.cell(row, 1).text().trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    Some(WorkbookOrigin {
        document: value(DOCUMENT_ROW)?,
        version: value(VERSION_ROW)?,
    })
}

/// Whether `sheet` is the origin sheet (read for the version, not as data).
pub(super) fn is_origin_sheet(sheet: &Sheet) -> bool {
    sheet.name.eq_ignore_ascii_case(ORIGIN_SHEET) || sheet.name == "over-dit-bestand"
}
