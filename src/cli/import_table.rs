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
use crate::model::changes::{self, DatasetChange};
use crate::model::tables::mapping::{TableMapping, YearLayout, guess_mapping, import_monitor};
use crate::model::tables::sheet::{Sheet, column_letters};
use crate::model::tables::workbook::{import_workbook, is_own_workbook};
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

/// What reading the table would make of the data.
struct Outcome {
    new: Dataset,
    problems: Vec<String>,
    notes: Vec<String>,
    missing: Vec<String>,
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
    let outcome = if is_own_workbook(&sheets) {
        own_workbook(&data, &sheets, &name, options.delete_missing)
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
        from_elsewhere(&data, sheet, &mapping, &name)
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
    for note in &outcome.notes {
        let _ = writeln!(out, "{}: {note}", table.display());
    }
    let mut problems = outcome.problems;
    problems.extend(crate::model::validation_errors(&outcome.new));
    if !problems.is_empty() {
        let _ = writeln!(
            out,
            "{}: {} probleem/problemen; er is niets ingelezen:",
            table.display(),
            problems.len()
        );
        for problem in &problems {
            let _ = writeln!(out, "  {problem}");
        }
        return EXIT_INVALID;
    }
    let new = outcome.new;
    let found = changes::diff(&data, &new);
    print_changes(&found, out);
    if !outcome.missing.is_empty() {
        let verb = if options.delete_missing {
            "verwijderd"
        } else {
            "blijven staan (verwijderen: --delete-missing)"
        };
        let _ = writeln!(
            out,
            "\n{} rij(en) staan niet meer in de tabel en {verb}:",
            outcome.missing.len()
        );
        for row in &outcome.missing {
            let _ = writeln!(out, "  {row}");
        }
    }
    if !options.apply || found.is_empty() {
        if options.apply {
            let _ = writeln!(out, "{}: niets te schrijven.", file.display());
        } else if !found.is_empty() {
            let _ = writeln!(
                out,
                "\nNiets geschreven; met --apply worden deze wijzigingen opgeslagen."
            );
        }
        return EXIT_VALID;
    }
    let mut new = new;
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

fn print_changes(found: &[DatasetChange], out: &mut dyn Write) {
    if found.is_empty() {
        let _ = writeln!(
            out,
            "Geen wijzigingen: de tabel zegt wat de gegevens zeggen."
        );
        return;
    }
    let _ = writeln!(out, "{} wijziging(en):", found.len());
    super::changes::print_grouped(found, out);
}

fn own_workbook(data: &Dataset, sheets: &[Sheet], name: &str, delete_missing: bool) -> Outcome {
    let import = import_workbook(data, sheets, name);
    Outcome {
        new: if delete_missing {
            import.data_deleting_missing()
        } else {
            import.data().clone()
        },
        notes: import.skipped,
        missing: import
            .missing
            .iter()
            .map(|row| format!("{}: {} ({})", row.sheet, row.label, row.id))
            .collect(),
        problems: import.problems,
    }
}

fn from_elsewhere(data: &Dataset, sheet: &Sheet, mapping: &TableMapping, name: &str) -> Outcome {
    let import = import_monitor(data, sheet, mapping, name);
    Outcome {
        new: import.data().clone(),
        problems: import.problems.clone(),
        notes: import.notes(),
        missing: Vec::new(),
    }
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
