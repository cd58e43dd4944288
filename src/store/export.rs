//! Writing the export tables: an Excel workbook (one sheet per table) and a
//! folder of CSV files (one per table) that Dutch Excel opens without an
//! import wizard. Both files are written atomically; an existing export is
//! replaced, never half-written.
//!
//! Crates: `rust_xlsxwriter` writes real .xlsx with number formats, frozen
//! panes and column widths; `csv` does the quoting. Both are maintained and
//! widely used; writing either format by hand would be the riskier choice.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::error::SaveError;
use super::save::{SaveOptions, save, write_bytes};
use crate::model::Dataset;
use crate::model::format::convert::{exact_f64, index_f64};
use crate::model::tables::{Cell, ID_COLUMN, Table, export_tables};

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A copy of the data file (RON), to share.
    Copy,
    /// An Excel workbook, a sheet per table.
    Excel,
    /// A folder with a CSV file per table.
    Csv,
}

impl ExportFormat {
    /// Dutch title of the export.
    pub fn title(self) -> &'static str {
        match self {
            Self::Copy => "Kopie exporteren",
            Self::Excel => "Exporteren naar Excel",
            Self::Csv => "Exporteren naar CSV",
        }
    }

    /// The extension a file of this export gets when the user typed none
    /// (`None`: a CSV export is a folder).
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Self::Copy => Some("ron"),
            Self::Excel => Some("xlsx"),
            Self::Csv => None,
        }
    }
}

/// The path with `extension` when the user typed none.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

/// Writes `data` as `format` at `path` (a folder for CSV), with or without
/// the contact persons; returns where it went (with the extension added when
/// the user typed none).
///
/// # Errors
/// [`SaveError`] when the file or folder cannot be written.
pub fn export(
    format: ExportFormat,
    path: PathBuf,
    data: &Dataset,
    include_personal: bool,
) -> Result<PathBuf, SaveError> {
    let path = match format.extension() {
        Some(extension) => with_extension(path, extension),
        None => path,
    };
    match format {
        ExportFormat::Copy => {
            let copy = if include_personal {
                data.clone()
            } else {
                super::without_personal_data(data)
            };
            save(&path, &copy).map(|_| ())?;
        }
        ExportFormat::Excel => write_xlsx(&path, &export_tables(data, include_personal))?,
        ExportFormat::Csv => {
            write_csv_folder(&path, &export_tables(data, include_personal)).map(|_| ())?;
        }
    }
    Ok(path)
}

/// Euros as Dutch Excel shows them: `€ 3.299.000`, negative `€ -719.000`.
/// Format codes are stored locale-neutral; Excel shows the Dutch separators.
const EURO_FORMAT: &str = "[$€-413] #,##0;[$€-413] -#,##0";
/// A percentage stored as a fraction: 0,29 shows as `29,0%`.
const PERCENT_FORMAT: &str = "0.0%";
/// A count: `1.200`.
const WHOLE_FORMAT: &str = "#,##0";
/// Another number: `8,3`.
const DECIMAL_FORMAT: &str = "#,##0.0";
/// Widest column, in characters; longer text wraps. Narrow enough that the
/// widest sheet (Wijkplatforms, five columns of text) prints one page wide
/// at a size that can still be read.
const MAX_COLUMN_WIDTH: usize = 26;
/// The height of one line of text in a row, in points (Calibri 11).
const LINE_HEIGHT_POINTS: f64 = 15.0;

fn export_options() -> SaveOptions {
    // An export is a copy for others: no backup of the previous copy.
    SaveOptions {
        make_backup: false,
        ..SaveOptions::default()
    }
}

fn workbook_error(path: &Path, error: &XlsxError) -> SaveError {
    SaveError::Write {
        path: path.to_owned(),
        reason: format!("het Excel-bestand kon niet worden gemaakt ({error})"),
    }
}

/// Writes `tables` as an Excel workbook at `path`.
///
/// # Errors
/// [`SaveError::Write`] when the workbook cannot be made or written.
pub fn write_xlsx(path: &Path, tables: &[Table]) -> Result<(), SaveError> {
    let bytes = workbook_bytes(tables).map_err(|e| workbook_error(path, &e))?;
    write_bytes(path, &bytes, &export_options()).map(|_| ())
}

/// The workbook as bytes.
///
/// # Errors
/// What `rust_xlsxwriter` reports (an invalid sheet name, a too-long text).
pub fn workbook_bytes(tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    for table in tables {
        let sheet = workbook.add_worksheet();
        fill_sheet(sheet, table)?;
    }
    workbook.save_to_buffer()
}

fn fill_sheet(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    // Every cell at the top of its row: a row made high by a wrapped text
    // reads from its first line, the name beside it.
    let top = Format::new().set_align(FormatAlign::Top);
    let header = top
        .clone()
        .set_bold()
        .set_text_wrap()
        .set_background_color("#DDE7F3");
    let euro = top.clone().set_num_format(EURO_FORMAT);
    let percent = top.clone().set_num_format(PERCENT_FORMAT);
    let whole = top.clone().set_num_format(WHOLE_FORMAT);
    let decimal = top.clone().set_num_format(DECIMAL_FORMAT);
    let year = top.clone().set_align(FormatAlign::Left);
    let wrapped = top.clone().set_text_wrap();
    // The id column is grey and says so in its title: it is how an edited
    // workbook finds its rows again.
    let id = top
        .clone()
        .set_font_color("#595959")
        .set_background_color("#EDEDED");
    let id_column = table.columns.iter().position(|c| c == ID_COLUMN);
    sheet.set_name(&table.name)?;
    print_setup(sheet)?;
    // A title wraps at its spaces: its longest word sets the least width,
    // so "Leden (zoals de bron het zegt)" does not widen a column of "200".
    let mut widths: Vec<usize> = table
        .columns
        .iter()
        .map(|c| c.split(' ').map(|w| w.chars().count()).max().unwrap_or(0) + 2)
        .collect();
    let mut wrapped_cells: Vec<(u32, usize, &str)> = Vec::new();
    for (column, title) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(0, column_index(column), title, &header)?;
        wrapped_cells.push((0, column, title.as_str()));
    }
    for (index, cells) in table.rows.iter().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        for (column, cell) in cells.iter().enumerate() {
            let col = column_index(column);
            let shown = match cell {
                Cell::Text(text) if Some(column) == id_column => {
                    sheet.write_string_with_format(row, col, text, &id)?;
                    text.chars().count()
                }
                Cell::Text(text) => {
                    if text.chars().count() > MAX_COLUMN_WIDTH || text.contains('\n') {
                        sheet.write_string_with_format(row, col, text, &wrapped)?;
                        wrapped_cells.push((row, column, text.as_str()));
                    } else {
                        sheet.write_string_with_format(row, col, text, &top)?;
                    }
                    text.chars().count()
                }
                Cell::Euro(amount) => {
                    sheet.write_number_with_format(row, col, exact_f64(*amount), &euro)?;
                    crate::model::format::euro(*amount).chars().count()
                }
                Cell::Percent(value) => {
                    sheet.write_number_with_format(row, col, value / 100.0, &percent)?;
                    8
                }
                Cell::Whole(value) => {
                    sheet.write_number_with_format(row, col, exact_f64(*value), &whole)?;
                    crate::model::format::thousands(*value).chars().count()
                }
                Cell::Decimal(value) => {
                    sheet.write_number_with_format(row, col, *value, &decimal)?;
                    crate::model::format::decimal(*value, 1).chars().count()
                }
                Cell::Year(value) => {
                    sheet.write_number_with_format(row, col, f64::from(*value), &year)?;
                    4
                }
                Cell::Empty => 0,
            };
            if let Some(width) = widths.get_mut(column) {
                *width = (*width).max(shown + 2);
            }
        }
    }
    // Text wraps at the widest column; an id is never wrapped or cut.
    for (column, width) in widths.iter_mut().enumerate() {
        if Some(column) != id_column {
            *width = (*width).min(MAX_COLUMN_WIDTH);
        }
    }
    for (column, width) in widths.iter().enumerate() {
        sheet.set_column_width(column_index(column), index_f64(*width))?;
    }
    // Rows as high as their wrapped text: not every program works that out
    // when it opens the file (LibreOffice prints them one line high).
    let mut lines_per_row: std::collections::BTreeMap<u32, usize> =
        std::collections::BTreeMap::new();
    for (row, column, text) in wrapped_cells {
        let width = widths.get(column).copied().unwrap_or(MAX_COLUMN_WIDTH);
        let lines = wrapped_line_count(text, width);
        let most = lines_per_row.entry(row).or_insert(1);
        *most = (*most).max(lines);
    }
    for (row, lines) in lines_per_row {
        if lines > 1 {
            // Excel allows 409 points at most; a longer cell scrolls.
            sheet.set_row_height(row, (index_f64(lines) * LINE_HEIGHT_POINTS).min(409.0))?;
        }
    }
    // The header row stays in view while scrolling.
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Printed landscape on A4, one page wide, the header row on every page.
fn print_setup(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_header("&L&A&R&D");
    sheet.set_footer("&CPagina &P van &N");
    Ok(())
}

/// How many lines `text` takes in a column `width` characters wide: each of
/// its own lines, wrapped at spaces as a spreadsheet does. A column's width
/// counts digits; running text is narrower, about 6 letters in the room of
/// 5 digits (measured in LibreOffice's print), less the cell's margin.
fn wrapped_line_count(text: &str, width: usize) -> usize {
    let room = (width * 6 / 5).saturating_sub(2).max(1);
    text.split('\n')
        .map(|line| {
            let (mut lines, mut used) = (1, 0);
            for word in line.split(' ') {
                let mut length = word.chars().count();
                loop {
                    let needed = if used == 0 { length } else { used + 1 + length };
                    if needed <= room {
                        used = needed;
                        break;
                    }
                    lines += 1;
                    if used > 0 {
                        used = 0;
                    } else {
                        // A word wider than the column fills lines of its own.
                        length -= room;
                    }
                }
            }
            lines
        })
        .sum()
}

fn column_index(column: usize) -> u16 {
    u16::try_from(column).unwrap_or(u16::MAX)
}

/// Writes each table as `<file_stem>.csv` in `folder` (made if needed):
/// `;`-separated, UTF-8 with a byte order mark, decimal commas, money as
/// whole euros and percentages as numbers of percent, as Dutch Excel reads
/// them. Returns the files written.
///
/// # Errors
/// [`SaveError::Write`] when the folder or a file cannot be written.
pub fn write_csv_folder(folder: &Path, tables: &[Table]) -> Result<Vec<PathBuf>, SaveError> {
    std::fs::create_dir_all(folder).map_err(|e| SaveError::Write {
        path: folder.to_owned(),
        reason: super::error::io_reason(&e),
    })?;
    tables
        .iter()
        .map(|table| {
            let path = folder.join(format!("{}.csv", table.file_stem));
            write_bytes(&path, &csv_bytes(table), &export_options())?;
            Ok(path)
        })
        .collect()
}

/// One table as CSV bytes.
pub fn csv_bytes(table: &Table) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    let header: Vec<String> = table
        .columns
        .iter()
        .enumerate()
        .map(|(index, title)| with_unit(title, table, index))
        .collect();
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(&header);
    for row in &table.rows {
        let _ = writer.write_record(row.iter().map(csv_value));
    }
    writer.into_inner().unwrap_or_default()
}

/// The column title, with "(€)" or "(%)" when every value in the column is
/// money or a percentage, since CSV has no formats to say so.
fn with_unit(title: &str, table: &Table, column: usize) -> String {
    let cells: Vec<&Cell> = table
        .rows
        .iter()
        .filter_map(|row| row.get(column))
        .filter(|cell| **cell != Cell::Empty)
        .collect();
    let all = |wanted: fn(&Cell) -> bool| !cells.is_empty() && cells.iter().all(|c| wanted(c));
    let unit = if all(|c| matches!(c, Cell::Euro(_))) {
        " (€)"
    } else if all(|c| matches!(c, Cell::Percent(_))) {
        " (%)"
    } else {
        ""
    };
    format!("{title}{unit}")
}

fn csv_value(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => guard_formula(text),
        Cell::Euro(value) | Cell::Whole(value) => value.to_string(),
        Cell::Percent(value) | Cell::Decimal(value) => plain_decimal(*value),
        Cell::Year(value) => value.to_string(),
        Cell::Empty => String::new(),
    }
}

/// A decimal with a comma and no thousands separator: `29,5`, `-0,25`.
fn plain_decimal(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.replace('.', ",")
}

/// Text that Excel would take for a formula (`=`, `+`, `-`, `@` first) gets
/// a leading apostrophe, so that opening the file never runs anything.
fn guard_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_cell_counts_its_own_lines_and_the_wrapped_ones() {
        assert_eq!(wrapped_line_count("kort", 30), 1);
        assert_eq!(wrapped_line_count("", 30), 1);
        // 30 digits wide: 34 letters to a line.
        assert_eq!(wrapped_line_count(&"x".repeat(34), 30), 1);
        assert_eq!(wrapped_line_count(&"x".repeat(35), 30), 2);
        assert_eq!(wrapped_line_count("een\ntwee\ndrie", 30), 3);
        assert_eq!(
            wrapped_line_count(&format!("{}\nkort", "x".repeat(70)), 30),
            4
        );
        // Wrapped at spaces, 9 digits wide: 8 letters to a line.
        assert_eq!(wrapped_line_count("Leden (zoals de bron het zegt)", 9), 5);
        assert_eq!(
            wrapped_line_count("aaa bbb ccc", 9),
            2,
            "'aaa bbb' and 'ccc'"
        );
        assert_eq!(
            wrapped_line_count("a bbbbbbbbbbbbbbb", 7),
            4,
            "a, then 15 letters in lines of 6"
        );
        assert_eq!(wrapped_line_count("x", 0), 1, "no division by zero");
        assert_eq!(wrapped_line_count("a  b", 3), 2, "two spaces");
    }

    proptest::proptest! {
        /// Any text in any width: no hang, at least a line per line of its
        /// own, and never fewer than its characters fill.
        #[test]
        fn any_text_in_any_width_takes_a_sensible_number_of_lines(
            text in "[a-z \\n]{0,200}",
            width in 0usize..60,
        ) {
            let lines = wrapped_line_count(&text, width);
            let room = (width * 6 / 5).saturating_sub(2).max(1);
            proptest::prop_assert!(lines > text.matches('\n').count());
            for line in text.split('\n') {
                let longest = line.split(' ').map(str::len).max().unwrap_or(0);
                proptest::prop_assert!(lines >= longest.div_ceil(room));
            }
        }
    }

    #[test]
    fn decimals_get_a_comma_and_formulas_are_defused() {
        assert_eq!(plain_decimal(29.0), "29");
        assert_eq!(plain_decimal(8.25), "8,25");
        assert_eq!(plain_decimal(-0.5), "-0,5");
        assert_eq!(plain_decimal(f64::NAN), "");
        assert_eq!(guard_formula("=SOM(A1)"), "'=SOM(A1)");
        assert_eq!(guard_formula("Wijk Oost"), "Wijk Oost");
    }

    #[test]
    fn a_table_becomes_semicolon_csv_with_a_bom_and_units_in_the_titles() {
        let table = Table {
            name: "Proef".into(),
            file_stem: "proef".into(),
            columns: vec!["Naam".into(), "Bedrag".into(), "Aandeel".into()],
            rows: vec![vec![
                Cell::Text("Wijk; \"Oost\"".into()),
                Cell::Euro(3_299_000),
                Cell::Percent(29.5),
            ]],
        };
        let text = String::from_utf8(csv_bytes(&table)).unwrap_or_default();
        assert_eq!(
            text,
            "\u{feff}Naam;Bedrag (€);Aandeel (%)\r\n\"Wijk; \"\"Oost\"\"\";3299000;29,5\r\n"
        );
    }
}
