//! `wijkdashboard import-table TABLE.xlsx|TABLE.csv [FILE] [--apply]`: reads
//! the app's own workbook (or one of its CSV files), edited elsewhere, back
//! into the data. Prints what would change (exit 0); with `--apply` writes
//! it atomically with a backup. Problems are listed and nothing is written
//! (exit 1); a file that cannot be read is exit 2. Rows gone from the table
//! are listed as questions and kept, unless `--delete-missing` says yes.

use std::io::Write;
use std::path::Path;

use super::{EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID, given_or_own, read, save_new_version};
use crate::model::Dataset;
use crate::model::changes::{TablePreview, TableSource};
use crate::model::tables::mapping::{TableMapping, YearLayout, guess_mapping};
use crate::model::tables::sheet::{Sheet, column_letters};
use crate::model::tables::workbook::is_own_workbook;
use crate::store;

/// What `import-table` is asked to do.
#[derive(Clone, Copy, Debug, Default)]
pub struct ImportTableOptions<'a> {
    /// Write the changes (otherwise only show them).
    pub apply: bool,
    /// Delete the rows that are gone from the table.
    pub delete_missing: bool,
    /// For a table from elsewhere: the indicator it fills.
    pub indicator: Option<&'a str>,
}

/// The ids `--indicator` takes, each with the indicator's name.
fn write_indicator_ids(data: &Dataset, out: &mut dyn Write) {
    let _ = writeln!(out, "De indicatoren (--indicator ID):");
    for indicator in &data.indicators {
        let _ = writeln!(out, "  {}  {}", indicator.id, indicator.name);
    }
}

/// Runs `import-table`.
pub fn import_table(
    table: &Path,
    file: Option<&Path>,
    options: ImportTableOptions<'_>,
    out: &mut dyn Write,
) -> u8 {
    let Some(file) = given_or_own(file, out) else {
        return EXIT_UNREADABLE;
    };
    let Some(data) = read(&file, out) else {
        return EXIT_UNREADABLE;
    };
    let sheets = match store::read_sheets(table) {
        Ok(sheets) => sheets,
        Err(error) => {
            let _ = writeln!(out, "{error}");
            return EXIT_UNREADABLE;
        }
    };
    let name = table.file_name().map_or_else(
        || table.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let preview = if is_own_workbook(&sheets) {
        let source = TableSource::OwnWorkbook {
            delete_missing: options.delete_missing,
        };
        TablePreview::of(&data, &sheets, source, &name)
    } else if let Some(unknown) = options
        .indicator
        .filter(|id| !data.indicators.iter().any(|i| i.id == *id))
    {
        let _ = writeln!(out, "--indicator {unknown}: deze indicator bestaat niet.");
        write_indicator_ids(&data, out);
        return EXIT_INVALID;
    } else if let (Some(indicator), Some(sheet)) = (options.indicator, sheets.first()) {
        let mut mapping = guess_mapping(sheet, &data);
        mapping.indicator = indicator.to_owned();
        let _ = writeln!(
            out,
            "{}: {}",
            table.display(),
            mapping_text(&mapping, sheet)
        );
        let source = TableSource::Elsewhere {
            sheet,
            mapping: &mapping,
        };
        TablePreview::of(&data, &sheets, source, &name)
    } else {
        let _ = writeln!(
            out,
            "{}: deze tabel heeft geen kolom 'Id (niet wijzigen)': het is geen werkmap die de app schreef. \
             Geef met --indicator ID aan welke indicator de tabel vult, of lees haar in via Bestand → Tabel importeren…",
            table.display()
        );
        write_indicator_ids(&data, out);
        return EXIT_INVALID;
    };
    for note in &preview.notes {
        let _ = writeln!(out, "{}: {note}", table.display());
    }
    if !preview.problems.is_empty() {
        let _ = writeln!(out, "{}: {}", table.display(), preview.headline());
        for problem in &preview.problems {
            let _ = writeln!(out, "  {problem}");
        }
        return EXIT_INVALID;
    }
    let _ = writeln!(out, "{}", preview.headline());
    super::changes::print_grouped(preview.changes(), out);
    if !preview.missing.is_empty() {
        let verb = if options.delete_missing {
            "verwijderd"
        } else {
            "blijven staan (verwijderen: --delete-missing)"
        };
        let _ = writeln!(
            out,
            "\n{} rij(en) staan niet meer in de tabel en {verb}:",
            preview.missing.len()
        );
        for row in &preview.missing {
            let _ = writeln!(out, "  {row}");
        }
    }
    let found = preview.changes();
    let Some(new) = preview.result().filter(|_| options.apply) else {
        if options.apply {
            let _ = writeln!(out, "{}: niets te schrijven.", file.display());
        } else if !found.is_empty() {
            let _ = writeln!(
                out,
                "\nNiets geschreven; met --apply worden deze wijzigingen opgeslagen."
            );
        }
        return EXIT_VALID;
    };
    let mut new = new.clone();
    if !save_new_version(&file, &mut new, out) {
        return EXIT_UNREADABLE;
    }
    let _ = writeln!(
        out,
        "{}: {} wijziging(en) opgeslagen (de vorige versie staat bij de back-ups).",
        file.display(),
        found.len()
    );
    EXIT_VALID
}

/// The guessed mapping in words, so the user can check it.
fn mapping_text(mapping: &TableMapping, sheet: &Sheet) -> String {
    let title = |column: usize| {
        format!(
            "{} ({})",
            column_letters(column),
            sheet.cell(0, column).text()
        )
    };
    let years = match &mapping.years {
        YearLayout::Columns => "een kolom per jaar".to_owned(),
        YearLayout::Column { year, value } => {
            format!("jaar in {}, waarde in {}", title(*year), title(*value))
        }
    };
    let average = mapping.average.as_deref().map_or_else(
        || "geen rij met het Utrechtse gemiddelde".to_owned(),
        |a| format!("gemiddelde in de rij '{a}'"),
    );
    format!(
        "gebied in {}, {years}, {average}; indicator {}",
        title(mapping.area),
        mapping.indicator
    )
}
