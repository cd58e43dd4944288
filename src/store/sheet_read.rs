//! Reading a table file of any kind the import takes (issue 20): an Excel
//! workbook (.xlsx, each sheet a table) or a CSV file (one table), as
//! sheets of cells with their place, so that every message can say where:
//! `Indicatoren!C7` in a workbook, `regel 7, kolom 3` in a CSV file.
//!
//! Crate: `calamine` reads .xlsx (and .xls/.ods) in pure Rust, with the
//! values Excel cached for formulas; it is the maintained reader of the
//! ecosystem (rust_xlsxwriter only writes).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use super::table_read::{MAX_TABLE_BYTES, read_csv};
use crate::model::tables::sheet::{Sheet, SheetCell, SheetKind};

/// Why a table file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct SheetReadError {
    /// The file.
    pub path: String,
    /// Why, in Dutch, with what to do.
    pub reason: String,
}

/// Reads the table file at `path`: a workbook by its extension (.xlsx,
/// .xlsm, .xls, .ods) or its contents (a zip), otherwise CSV.
///
/// # Errors
/// [`SheetReadError`] when the file cannot be opened, is too large, or is
/// neither a workbook nor a CSV table.
pub fn read_sheets(path: &Path) -> Result<Vec<Sheet>, SheetReadError> {
    let error = |reason: String| SheetReadError {
        path: path.display().to_string(),
        reason,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| error(super::error::io_reason(&e)))?
        .len();
    if size > u64::try_from(MAX_TABLE_BYTES).unwrap_or(u64::MAX) {
        return Err(error(format!(
            "het bestand is {} MB; een tabel mag hooguit {} MB zijn. Splits de tabel of bewaar alleen de kolommen die u nodig hebt.",
            size / (1024 * 1024),
            MAX_TABLE_BYTES / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| error(super::error::io_reason(&e)))?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_lowercase();
    let is_workbook = matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "ods")
        || bytes.starts_with(b"PK\x03\x04");
    if is_workbook {
        return workbook_sheets(&bytes).map_err(error);
    }
    let table = read_csv(&bytes).map_err(error)?;
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("tabel")
        .to_owned();
    Ok(vec![Sheet {
        name,
        kind: SheetKind::Csv,
        rows: table
            .rows
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|text| SheetCell::Text(without_formula_guard(text)))
                    .collect()
            })
            .collect(),
    }])
}

/// A CSV cell as it was before the export guarded it against Excel taking
/// it for a formula ("'-719.000" was "-719.000").
fn without_formula_guard(text: String) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_owned(),
        _ => text,
    }
}

/// Every worksheet of a workbook, with each formula's cached value.
fn workbook_sheets(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        format!(
            "dit is geen Excel-werkmap die te lezen is ({e}). Bewaar het in Excel als 'Excel-werkmap (*.xlsx)' of als CSV."
        )
    })?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let values = workbook
            .worksheet_range(&name)
            .map_err(|e| format!("werkblad '{name}' is niet te lezen ({e})."))?;
        // Formulas are read only to tell a missing cached value from an empty cell.
        let formulas = workbook.worksheet_formula(&name).ok();
        let (first_row, first_column) = values.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<SheetCell>> = Vec::new();
        for (r, row) in values.rows().enumerate() {
            let absolute_row = usize::try_from(first_row).unwrap_or(0) + r;
            let mut cells = vec![SheetCell::Empty; usize::try_from(first_column).unwrap_or(0)];
            for (c, value) in row.iter().enumerate() {
                let position = (
                    u32::try_from(absolute_row).unwrap_or(u32::MAX),
                    first_column + u32::try_from(c).unwrap_or(u32::MAX),
                );
                let formula = formulas
                    .as_ref()
                    .and_then(|f| f.get_value(position))
                    .filter(|f| !f.is_empty());
                cells.push(cell_of(value, formula));
            }
            while rows.len() < absolute_row {
                rows.push(Vec::new());
            }
            rows.push(cells);
        }
        // Formulas past the last cached value are formulas without a value too.
        if let Some(formulas) = &formulas {
            for (row, column, formula) in formulas.used_cells() {
                let (row, column) = (
                    usize::try_from(formulas.start().map_or(0, |s| s.0)).unwrap_or(0) + row,
                    usize::try_from(formulas.start().map_or(0, |s| s.1)).unwrap_or(0) + column,
                );
                if formula.is_empty() {
                    continue;
                }
                while rows.len() <= row {
                    rows.push(Vec::new());
                }
                let cells = &mut rows[row];
                while cells.len() <= column {
                    cells.push(SheetCell::Empty);
                }
                if cells[column] == SheetCell::Empty {
                    cells[column] = SheetCell::FormulaWithoutValue(formula.clone());
                }
            }
        }
        sheets.push(Sheet {
            name,
            kind: SheetKind::Workbook,
            rows,
        });
    }
    Ok(sheets)
}

fn cell_of(value: &Data, formula: Option<&String>) -> SheetCell {
    match value {
        Data::Empty => formula.map_or(SheetCell::Empty, |f| {
            SheetCell::FormulaWithoutValue(f.clone())
        }),
        Data::Int(value) => SheetCell::Number(crate::model::format::convert::exact_f64(*value)),
        Data::Float(value) => SheetCell::Number(*value),
        Data::String(text) => SheetCell::Text(text.clone()),
        Data::Bool(value) => SheetCell::Text(if *value { "ja" } else { "nee" }.to_owned()),
        Data::DateTime(value) => SheetCell::Number(value.as_f64()),
        Data::DateTimeIso(text) | Data::DurationIso(text) => SheetCell::Text(text.clone()),
        Data::Error(error) => SheetCell::Text(format!("#{error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workbook_is_read_with_its_places_and_formulas_without_value_are_told() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("monitor.xlsx");
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name("Indicatoren").unwrap();
        sheet.write_string(0, 0, "Wijk").unwrap();
        sheet.write_string(0, 1, "2024").unwrap();
        sheet.write_string(1, 0, "Overvecht").unwrap();
        sheet.write_number(1, 1, 0.29).unwrap();
        sheet
            .write_formula(
                2,
                1,
                rust_xlsxwriter::Formula::new("=B2*2").set_result("0.58"),
            )
            .unwrap();
        sheet.write_formula(3, 1, "=B2*3").unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        // As a program that does not calculate writes it: no cached value.
        std::fs::write(
            &path,
            without_cached_value(&bytes, "<f>B2*3</f><v>0</v>", "<f>B2*3</f>"),
        )
        .unwrap();
        let sheets = read_sheets(&path).unwrap();
        let sheet = &sheets[0];
        assert_eq!(sheet.name, "Indicatoren");
        assert_eq!(sheet.cell(1, 1), &SheetCell::Number(0.29));
        assert_eq!(
            sheet.cell(2, 1),
            &SheetCell::Number(0.58),
            "the cached value"
        );
        assert!(matches!(
            sheet.cell(3, 1),
            SheetCell::FormulaWithoutValue(_)
        ));
        assert_eq!(sheet.place(6, 2), "Indicatoren!C7");
    }

    /// The workbook `bytes` with `from` replaced by `to` in its first sheet.
    fn without_cached_value(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
        use std::io::{Read, Write};
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for index in 0..archive.len() {
            let mut file = archive.by_index(index).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            let name = file.name().to_owned();
            if name == "xl/worksheets/sheet1.xml" {
                let text = String::from_utf8(content).unwrap();
                assert!(text.contains(from), "{text}");
                content = text.replace(from, to).into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&content).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    #[test]
    fn a_csv_file_is_one_sheet_with_line_and_column_places() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("monitor.csv");
        std::fs::write(&path, "Wijk;2024\nOvervecht;29%\n").unwrap();
        let sheets = read_sheets(&path).unwrap();
        assert_eq!(sheets[0].cell(1, 1).text(), "29%");
        assert_eq!(sheets[0].place(11, 2), "regel 12, kolom 3");
    }

    #[test]
    fn a_pdf_saved_as_xlsx_is_not_read_as_a_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("monitor.xlsx");
        std::fs::write(&path, b"%PDF-1.7 not a workbook").unwrap();
        let error = read_sheets(&path).unwrap_err();
        assert!(error.reason.contains("geen Excel-werkmap"), "{error}");
    }
}
