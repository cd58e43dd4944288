//! `wijkdashboard import-table TABLE.xlsx|TABLE.csv [FILE] [--apply]`: reads
//! the app's own workbook (or one of its CSV files), edited elsewhere, back
//! into the data. Prints what would change (exit 0); with `--apply` writes
//! it atomically with a backup. Problems are listed and nothing is written
//! (exit 1); a file that cannot be read is exit 2. Rows gone from the table
//! are listed as questions and kept, unless `--delete-missing` says yes.

use std::io::Write;
use std::path::Path;

use super::{EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID, given_or_own, read};
use crate::model::changes::{self, DatasetChange};
use crate::model::workbook_import::{import_workbook, is_own_workbook};
use crate::store;

/// What `import-table` is asked to do.
#[derive(Clone, Copy, Debug, Default)]
pub struct ImportTableOptions {
    /// Write the changes (otherwise only show them).
    pub apply: bool,
    /// Delete the rows that are gone from the table.
    pub delete_missing: bool,
}

/// Runs `import-table`.
pub fn import_table(
    table: &Path,
    file: Option<&Path>,
    options: ImportTableOptions,
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
    if !is_own_workbook(&sheets) {
        let _ = writeln!(
            out,
            "{}: deze tabel heeft geen kolom 'Id (niet wijzigen)': het is geen werkmap die de app schreef. \
             Exporteer de gegevens naar Excel (Bestand → Exporteren naar Excel), wijzig die werkmap en lees haar hier in.",
            table.display()
        );
        return EXIT_INVALID;
    }
    let name = table.file_name().map_or_else(
        || table.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let import = import_workbook(&data, &sheets, &name);
    for skipped in &import.skipped {
        let _ = writeln!(out, "{}: niet ingelezen: {skipped}", table.display());
    }
    if !import.problems.is_empty() {
        let _ = writeln!(
            out,
            "{}: {} probleem/problemen; er is niets ingelezen:",
            table.display(),
            import.problems.len()
        );
        for problem in &import.problems {
            let _ = writeln!(out, "  {problem}");
        }
        return EXIT_INVALID;
    }
    let new = if options.delete_missing {
        import.data_deleting_missing()
    } else {
        import.data().clone()
    };
    let errors = crate::model::validation_errors(&new);
    if !errors.is_empty() {
        let _ = writeln!(
            out,
            "{}: de gegevens zouden ongeldig worden; er is niets ingelezen:",
            table.display()
        );
        for error in &errors {
            let _ = writeln!(out, "  {error}");
        }
        return EXIT_INVALID;
    }
    let found = changes::diff(&data, &new);
    print_changes(&found, out);
    if !import.missing.is_empty() {
        let verb = if options.delete_missing {
            "verwijderd"
        } else {
            "blijven staan (verwijderen: --delete-missing)"
        };
        let _ = writeln!(
            out,
            "\n{} rij(en) staan niet meer in de tabel en {verb}:",
            import.missing.len()
        );
        for row in &import.missing {
            let _ = writeln!(out, "  {}: {} ({})", row.sheet, row.label, row.id);
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
    store::stamp_new_version(&mut new);
    if let Err(error) = store::save(&file, &new) {
        let _ = writeln!(out, "{}:{error}", file.display());
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
