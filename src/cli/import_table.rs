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
use crate::model::changes::{TablePreview, TableSource, diff, merge_workbook};
use crate::model::format::counted;
use crate::model::tables::mapping::{TableMapping, YearLayout, guess_mapping};
use crate::model::tables::sheet::{Sheet, column_letters};
use crate::model::tables::workbook::is_own_workbook;
use crate::model::tables::workbook_origin;
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
    if is_own_workbook(&sheets)
        && let Some(code) = import_from_its_version(&file, &data, &sheets, &name, options, out)
    {
        return code;
    }
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
            "\n{} niet meer in de tabel en {verb}:",
            match preview.missing.len() {
                1 => "1 rij staat".to_owned(),
                n => format!("{n} rijen staan"),
            }
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
        "{}: {} opgeslagen (de vorige versie staat bij de back-ups).",
        file.display(),
        counted(found.len(), "wijziging", "wijzigingen")
    );
    EXIT_VALID
}

/// An exported workbook whose version is still in `file` or its backups:
/// merged three ways with the data (only what changed in Excel comes in,
/// what changed in the app since stays); a value changed on both sides is
/// a conflict, listed, and nothing is written. `None` when the workbook
/// records no version of this register or it is no longer kept: then it
/// is read as it is, with a warning per value it sets back.
fn import_from_its_version(
    file: &Path,
    data: &Dataset,
    sheets: &[Sheet],
    name: &str,
    options: ImportTableOptions<'_>,
    out: &mut dyn Write,
) -> Option<u8> {
    let origin = workbook_origin(sheets).filter(|o| o.document == data.lineage.document())?;
    let found = store::find_version(&[file], &[origin.version.as_str()])?;
    let base = store::load(&found.path).ok()?;
    let _ = writeln!(
        out,
        "Vergeleken met de versie die naar Excel ging ({}): alleen wat in de werkmap is gewijzigd, komt binnen.",
        found.describe_nl()
    );
    let merge = match merge_workbook(&base, data, sheets, name) {
        Ok(merge) => merge,
        Err(problems) => {
            let _ = writeln!(
                out,
                "{}; er wordt niets ingelezen:",
                counted(problems.len(), "probleem", "problemen")
            );
            for problem in &problems {
                let _ = writeln!(out, "  {problem}");
            }
            return Some(EXIT_INVALID);
        }
    };
    if !merge.conflicts().is_empty() {
        super::changes::print_conflicts(&merge, "de app", "de werkmap", out);
        let _ = writeln!(
            out,
            "Kies per waarde in de app: Bestand → Tabel importeren…"
        );
        return Some(EXIT_INVALID);
    }
    let Ok((mut merged, _)) = merge.finish() else {
        return Some(EXIT_INVALID);
    };
    let found = diff(data, &merged);
    if found.is_empty() {
        let _ = writeln!(
            out,
            "Geen wijzigingen: de werkmap zegt wat de gegevens zeggen."
        );
        return Some(EXIT_VALID);
    }
    let _ = writeln!(out, "{}:", counted(found.len(), "wijziging", "wijzigingen"));
    super::changes::print_grouped(&found, out);
    if !options.apply {
        let _ = writeln!(
            out,
            "\nNiets geschreven; met --apply worden deze wijzigingen opgeslagen."
        );
        return Some(EXIT_VALID);
    }
    if !save_new_version(file, &mut merged, out) {
        return Some(EXIT_UNREADABLE);
    }
    let _ = writeln!(
        out,
        "{}: {} opgeslagen (de vorige versie staat bij de back-ups).",
        file.display(),
        counted(found.len(), "wijziging", "wijzigingen")
    );
    Some(EXIT_VALID)
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
