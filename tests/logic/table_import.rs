//! The app's own workbook comes back (issue 20): exported, edited by another
//! program (here: read with calamine and written again with rust_xlsxwriter,
//! three cells changed), and read back with `wijkdashboard import-table` —
//! exactly those three changes, nothing else; and each kind of bad table
//! gets its Dutch message with its place, with nothing written.

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader};
use wijkdashboard::model::changes::diff;
use wijkdashboard::model::tables::export_tables;
use wijkdashboard::model::tables::workbook::import_workbook;
use wijkdashboard::store;

fn import_table(args: &[&Path], flags: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_wijkdashboard"))
        .arg("import-table")
        .args(args)
        .args(flags)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// The shipped data in a fresh folder and its exported workbook.
fn exported() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("utrecht.ron");
    store::ensure_file_at(&data).unwrap();
    let workbook = dir.path().join("export.xlsx");
    let loaded = store::load(&data).unwrap();
    store::write_xlsx(&workbook, &export_tables(&loaded, false)).unwrap();
    (dir, data, workbook)
}

/// What a user typed in a cell.
enum Typed {
    Number(f64),
    Text(&'static str),
    Formula(&'static str),
    /// The cell emptied (Delete in Excel).
    Cleared,
}

/// The workbook at `from` written again at `to` by another library, with
/// `edits` (sheet, row, column, what) typed over the cells.
fn rewrite(from: &Path, to: &Path, edits: &[(&str, u32, u16, Typed)]) {
    let mut source = calamine::open_workbook_auto(from).unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).unwrap();
        let sheet = out.add_worksheet();
        sheet.set_name(&name).unwrap();
        for (row, column, value) in range.used_cells() {
            let (row, column) = (u32::try_from(row).unwrap(), u16::try_from(column).unwrap());
            match value {
                Data::String(text) => sheet.write_string(row, column, text).map(|_| ()),
                Data::Float(number) => sheet.write_number(row, column, *number).map(|_| ()),
                #[allow(clippy::cast_precision_loss)]
                Data::Int(number) => sheet.write_number(row, column, *number as f64).map(|_| ()),
                _ => Ok(()),
            }
            .unwrap();
        }
        for (_, row, column, typed) in edits.iter().filter(|(sheet, ..)| *sheet == name) {
            match typed {
                Typed::Number(value) => sheet.write_number(*row, *column, *value).map(|_| ()),
                Typed::Text(text) => sheet.write_string(*row, *column, *text).map(|_| ()),
                Typed::Cleared => {
                    sheet.clear_cell(*row, *column);
                    Ok(())
                }
                Typed::Formula(formula) => sheet
                    .write_formula(
                        *row,
                        *column,
                        rust_xlsxwriter::Formula::new(*formula).set_result(NO_VALUE),
                    )
                    .map(|_| ()),
            }
            .unwrap();
        }
    }
    let bytes = out.save_to_buffer().unwrap();
    std::fs::write(to, without_cached_values(&bytes)).unwrap();
}

/// Stands for "no value" in a formula written by the test.
const NO_VALUE: &str = "GEEN-WAARDE";

/// The workbook without the values of the formulas marked [`NO_VALUE`], as
/// a program that does not calculate writes it.
fn without_cached_values(bytes: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        let name = file.name().to_owned();
        if name.starts_with("xl/worksheets/") {
            let text = String::from_utf8(content).unwrap();
            content = text
                .replace(&format!("<v>{NO_VALUE}</v>"), "")
                .replace(" t=\"str\"", "")
                .into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&content).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// Column index by title in the exported table `sheet`.
fn column(data: &wijkdashboard::model::Dataset, sheet: &str, title: &str) -> u16 {
    let tables = export_tables(data, false);
    let table = tables.iter().find(|t| t.name == sheet).unwrap();
    u16::try_from(table.columns.iter().position(|c| c == title).unwrap()).unwrap()
}

#[test]
fn three_cells_changed_in_another_program_are_exactly_three_changes() {
    let (dir, data_path, workbook) = exported();
    let data = store::load(&data_path).unwrap();
    let edited = dir.path().join("bewerkt.xlsx");
    // Row 2 of each sheet is the first row of data.
    let value = column(&data, "Indicatoren", "Waarde wijk");
    let members = column(&data, "Wijkplatforms", "Leden");
    let situation = column(&data, "Wijken", "Situatie");
    let percent_row = export_tables(&data, false)
        .iter()
        .find(|t| t.name == "Indicatoren")
        .unwrap()
        .rows
        .iter()
        .position(|r| {
            matches!(
                r[usize::from(value)],
                wijkdashboard::model::tables::Cell::Percent(_)
            )
        })
        .unwrap();
    let percent_row = u32::try_from(percent_row + 1).unwrap();
    rewrite(
        &workbook,
        &edited,
        &[
            // Excel keeps 31% as 0,31.
            ("Indicatoren", percent_row, value, Typed::Number(0.31)),
            ("Wijkplatforms", 1, members, Typed::Number(123.0)),
            (
                "Wijken",
                1,
                situation,
                Typed::Text("Nieuwe situatie van West."),
            ),
        ],
    );

    // The model: exactly three changes.
    let sheets = store::read_sheets(&edited).unwrap();
    let import = import_workbook(&data, &sheets, "bewerkt.xlsx");
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert!(import.missing.is_empty(), "{:?}", import.missing);
    let changes = diff(&data, import.data());
    let lines: Vec<String> = changes.iter().map(|c| c.line()).collect();
    assert_eq!(changes.len(), 3, "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.contains("Wijk: 29 → 31")),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.contains("→ 123")), "{lines:#?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Nieuwe situatie van West.")),
        "{lines:#?}"
    );

    // The command line: shown first, nothing written; then --apply.
    let before = std::fs::read(&data_path).unwrap();
    let (code, out) = import_table(&[&edited, &data_path], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("3 wijzigingen") && out.contains("Niets geschreven"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&data_path).unwrap(),
        before,
        "nothing written without --apply"
    );
    let (code, out) = import_table(&[&edited, &data_path], &["--apply"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("3 wijzigingen opgeslagen"), "{out}");
    let after = store::load(&data_path).unwrap();
    assert_eq!(diff(&data, &after).len(), 3);
    // The same workbook again: nothing more to do.
    let (code, out) = import_table(&[&edited, &data_path], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Geen wijzigingen"), "{out}");
}

#[test]
fn a_row_deleted_in_excel_is_a_question_and_stays_unless_the_user_says_yes() {
    let (dir, data_path, _) = exported();
    let mut data = store::load(&data_path).unwrap();
    // The workbook of a version with one value fewer than the data has now.
    let kept = data.clone();
    data.indicators[0].values.remove(0);
    let workbook = dir.path().join("minder.xlsx");
    store::write_xlsx(&workbook, &export_tables(&data, false)).unwrap();
    let (code, out) = import_table(&[&workbook, &data_path], &["--apply"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 rij staat niet meer in de tabel"), "{out}");
    assert_eq!(
        store::load(&data_path).unwrap().indicators,
        kept.indicators,
        "kept"
    );
    let (code, out) = import_table(&[&workbook, &data_path], &["--apply", "--delete-missing"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        store::load(&data_path).unwrap().indicators,
        data.indicators,
        "deleted"
    );
}

/// Imports the export with `edits` and expects exit 1 with `message`, the
/// data file untouched.
fn refused(edits: &[(&str, u32, u16, Typed)], message: &str) {
    let (dir, data_path, workbook) = exported();
    let edited = dir.path().join("fout.xlsx");
    rewrite(&workbook, &edited, edits);
    let before = std::fs::read(&data_path).unwrap();
    let (code, out) = import_table(&[&edited, &data_path], &["--apply"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(message), "expected «{message}» in {out}");
    assert!(out.contains("er wordt niets ingelezen"), "{out}");
    assert_eq!(
        std::fs::read(&data_path).unwrap(),
        before,
        "nothing applied in part"
    );
}

#[test]
fn text_in_a_number_column_is_refused_with_its_cell() {
    let data = store::default_dataset().unwrap();
    let value = column(&data, "Indicatoren", "Waarde wijk");
    let letter = store_letter(value);
    refused(
        &[("Indicatoren", 6, value, Typed::Text("drie"))],
        &format!("Indicatoren!{letter}7: 'drie' is geen getal"),
    );
}

fn store_letter(column: u16) -> String {
    wijkdashboard::model::tables::sheet::column_letters(usize::from(column))
}

#[test]
fn a_year_out_of_range_is_refused() {
    let data = store::default_dataset().unwrap();
    let year = column(&data, "Indicatoren", "Jaar");
    refused(
        &[("Indicatoren", 2, year, Typed::Number(2_000_000_000.0))],
        "is geen jaar tussen 1900 en 2100",
    );
}

#[test]
fn two_rows_with_one_id_are_refused() {
    let data = store::default_dataset().unwrap();
    let id = column(
        &data,
        "Indicatoren",
        wijkdashboard::model::tables::ID_COLUMN,
    );
    let sheets_id = export_tables(&data, false)
        .into_iter()
        .find(|t| t.name == "Indicatoren")
        .unwrap();
    let wijkdashboard::model::tables::Cell::Text(first) = &sheets_id.rows[0][usize::from(id)]
    else {
        panic!("the id is text");
    };
    let first: &'static str = Box::leak(first.clone().into_boxed_str());
    refused(
        &[("Indicatoren", 2, id, Typed::Text(first))],
        "een rij mag maar één keer voorkomen",
    );
}

#[test]
fn a_formula_without_a_cached_value_is_a_message_not_a_zero() {
    let data = store::default_dataset().unwrap();
    let value = column(&data, "Indicatoren", "Waarde wijk");
    let letter = store_letter(value);
    refused(
        &[("Indicatoren", 1, value, Typed::Formula("=0.29+0.01"))],
        &format!("Indicatoren!{letter}2: de formule =0.29+0.01 heeft geen berekende waarde"),
    );
}

#[test]
fn a_file_that_is_not_a_table_and_a_foreign_sheet_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let data_path = dir.path().join("utrecht.ron");
    store::ensure_file_at(&data_path).unwrap();
    // A PDF renamed to .xlsx: unreadable, exit 2.
    let pdf = dir.path().join("monitor.xlsx");
    std::fs::write(&pdf, b"%PDF-1.7\n%binary").unwrap();
    let (code, out) = import_table(&[&pdf, &data_path], &[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("geen Excel-werkmap"), "{out}");
    // A table from elsewhere, without the id column: exit 1 and what to do.
    let foreign = dir.path().join("cbs.csv");
    std::fs::write(&foreign, "Wijken;Jaar;Waarde\nWK034403;2024;29\n").unwrap();
    let (code, out) = import_table(&[&foreign, &data_path], &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("geen kolom 'Id (niet wijzigen)'"), "{out}");
    // A file over 50 MB is not read (sparse: no 50 MB written to disk).
    let large = dir.path().join("groot.csv");
    let file = std::fs::File::create(&large).unwrap();
    file.set_len(51 * 1024 * 1024).unwrap();
    let (code, out) = import_table(&[&large, &data_path], &[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("hooguit 50 MB"), "{out}");
}

mod round_trip {
    use super::*;
    use proptest::prelude::*;
    use wijkdashboard::model::{Dataset, Unit};

    /// A list item as a user types it: any text on one line, also with
    /// ";" or a leading "-" or "=".
    fn item() -> impl Strategy<Value = String> {
        "[-=+@]?[a-zA-Z0-9 ;,.€%'\"éë]{1,30}"
            .prop_map(|s| s.trim().to_owned())
            .prop_filter("not empty", |s| !s.is_empty())
    }

    fn edited(
        shipped: &Dataset,
        values: &[Option<f64>],
        items: &[String],
        amounts: &[Option<i64>],
    ) -> Dataset {
        let mut data = shipped.clone();
        // The two scenarios' amounts: any whole euros the app holds, or none.
        let mut amount = amounts.iter().cycle();
        let years: Vec<i32> = data.budget.years().collect();
        let ambitions: Vec<u8> = data.ambitions.iter().map(|a| a.id).collect();
        for scenario in &mut data.scenarios {
            for year in &years {
                for ambition in &ambitions {
                    wijkdashboard::model::set_allocation(
                        &mut scenario.allocations,
                        *year,
                        *ambition,
                        amount.next().copied().flatten(),
                    );
                }
            }
        }
        let mut next = values.iter().cycle();
        for indicator in &mut data.indicators {
            let percent = indicator.unit == Unit::Percent;
            for value in &mut indicator.values {
                let v = next.next().copied().flatten();
                value.district = v.map(|v| if percent { v.abs() % 100.0 } else { v });
            }
        }
        if let Some(platform) = data.platforms.first_mut() {
            platform.activities = items.to_vec();
        }
        data
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Whatever the data holds (indicator values, list items, scenario
        /// amounts up to the most the app holds), its own workbook and its
        /// CSV files read back unchanged give no change at all.
        #[test]
        fn an_untouched_export_reads_back_as_no_change(
            values in prop::collection::vec(prop::option::of(-1.0e6..1.0e6_f64), 1..20),
            items in prop::collection::vec(item(), 0..5),
            amounts in prop::collection::vec(
                prop::option::of(-1_000_000_000_000_i64..=1_000_000_000_000),
                1..40,
            ),
        ) {
            let shipped = crate::common::with_two_scenarios();
            let data = edited(&shipped, &values, &items, &amounts);
            let dir = tempfile::tempdir().unwrap();
            let workbook = dir.path().join("export.xlsx");
            store::write_xlsx(&workbook, &export_tables(&data, false)).unwrap();
            let folder = dir.path().join("csv");
            let csv_files = store::write_csv_folder(&folder, &export_tables(&data, false)).unwrap();
            let mut tables = vec![workbook];
            tables.extend(csv_files);
            for table in tables {
                let sheets = store::read_sheets(&table).unwrap();
                let import = import_workbook(&data, &sheets, "export");
                prop_assert!(import.problems.is_empty(), "{}: {:?}", table.display(), import.problems);
                let changes: Vec<String> = diff(&data, import.data()).iter().map(|c| c.line()).collect();
                prop_assert!(changes.is_empty(), "{}: {:?}", table.display(), changes);
            }
        }
    }
}

#[test]
fn a_monitor_table_from_elsewhere_fills_the_indicator_named_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data_path = dir.path().join("utrecht.ron");
    store::ensure_file_at(&data_path).unwrap();
    // Windows-1252, as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)".
    let table = dir.path().join("armoede.csv");
    let text = "Gebied;Perioden;Waarde\nwk034403;2026;31,0%\nGemeente Utrecht;2026;13,5%\nBuitenwijk Zuid;2026;9\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    std::fs::write(&table, bytes).unwrap();
    let (code, out) = import_table(
        &[&table, &data_path],
        &["--indicator", "armoedegrens", "--apply"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("jaar in B (Perioden), waarde in C (Waarde)"),
        "{out}"
    );
    assert!(
        out.contains("Geen wijk van Utrecht: Buitenwijk Zuid."),
        "{out}"
    );
    let data = store::load(&data_path).unwrap();
    let value = data
        .indicators
        .iter()
        .find(|i| i.id == "armoedegrens")
        .and_then(|i| i.values.iter().find(|v| v.year == 2026))
        .unwrap();
    assert_eq!((value.district, value.utrecht), (Some(31.0), Some(13.5)));
    // The export's own worked-out Budget file is no table from elsewhere: it
    // is said not to be read.
    let folder = dir.path().join("csv");
    let loaded = store::load(&data_path).unwrap();
    store::write_csv_folder(&folder, &export_tables(&loaded, false)).unwrap();
    let (code, out) = import_table(&[&folder.join("budget.csv"), &data_path], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Budget wordt niet ingelezen"), "{out}");
    assert!(out.contains("Geen wijzigingen"), "{out}");

    // Without --indicator, or with one that does not exist: what to do and
    // the ids to choose from; nothing written.
    let before = std::fs::read(&data_path).unwrap();
    let (code, out) = import_table(&[&table, &data_path], &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("--indicator"), "{out}");
    assert!(out.contains("  armoedegrens  Huishoudens"), "{out}");
    let (code, out) = import_table(
        &[&table, &data_path],
        &["--indicator", "armoede", "--apply"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("--indicator armoede: deze indicator bestaat niet."),
        "{out}"
    );
    assert!(out.contains("  armoedegrens  Huishoudens"), "{out}");
    assert_eq!(std::fs::read(&data_path).unwrap(), before);
}

#[test]
fn a_scenario_s_amounts_edited_in_excel_come_back_and_its_totals_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let data = crate::common::with_two_scenarios();
    let workbook = dir.path().join("export.xlsx");
    store::write_xlsx(&workbook, &export_tables(&data, false)).unwrap();
    let sheet = "Scenario Gelijk verdeeld";
    let year = |y: i32| column(&data, sheet, &y.to_string());
    let total_row = u32::try_from(data.ambitions.len() + 1).unwrap();
    let edited = dir.path().join("bewerkt.xlsx");
    // Row 1 is ambition 1, row 2 ambition 2; the totals below are worked out.
    rewrite(
        &workbook,
        &edited,
        &[
            (sheet, 2, year(2026), Typed::Number(700_000.0)),
            (sheet, 3, year(2027), Typed::Cleared),
            (sheet, total_row, year(2026), Typed::Number(1.0)),
        ],
    );
    let sheets = store::read_sheets(&edited).unwrap();
    let import = import_workbook(&data, &sheets, "bewerkt.xlsx");
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert!(import.missing.is_empty(), "{:?}", import.missing);
    let lines: Vec<String> = diff(&data, import.data())
        .iter()
        .map(|c| c.line())
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "the amount and the emptied cell: {lines:#?}"
    );
    let scenario = import
        .data()
        .scenarios
        .iter()
        .find(|s| s.id == "gelijk")
        .unwrap();
    assert_eq!(scenario.amount(2026, 2), Some(700_000));
    assert_eq!(
        scenario.amount(2027, 3),
        None,
        "an emptied cell is no amount"
    );
    assert!(
        import.skipped.iter().any(|s| s
            == "Scenario Gelijk verdeeld: de totalen onder de ambities worden uitgerekend, niet ingelezen."),
        "the edited total is said not to be read: {:?}",
        import.skipped
    );
    assert_eq!(
        import.data().scenarios[1],
        data.scenarios[1],
        "the other scenario is untouched"
    );

    // Half a euro, and more money than the app can hold: each refused with its cell.
    rewrite(
        &workbook,
        &edited,
        &[
            (sheet, 2, year(2026), Typed::Number(700_000.5)),
            (sheet, 4, year(2028), Typed::Number(2.0e12)),
            (sheet, 5, year(2029), Typed::Number(9.0e18)),
        ],
    );
    let sheets = store::read_sheets(&edited).unwrap();
    let problems = import_workbook(&data, &sheets, "bewerkt.xlsx")
        .problems
        .join("\n");
    let cell = |row: u32, y: i32| format!("{sheet}!{}{}", store_letter(year(y)), row + 1);
    for expected in [
        format!("{}: 700.000,5 is geen bedrag in hele euro's", cell(2, 2026)),
        format!(
            "{}: 2.000.000.000.000 is meer dan de app aankan (ten hoogste 1.000.000.000.000, ook negatief)",
            cell(4, 2028)
        ),
        format!(
            "{}: 9.000.000.000.000.000.000 is meer dan de app aankan",
            cell(5, 2029)
        ),
    ] {
        assert!(problems.contains(&expected), "{expected}\n{problems}");
    }

    // An ambition's row deleted in Excel is a question, not a deletion.
    let sheets: Vec<_> = store::read_sheets(&workbook)
        .unwrap()
        .into_iter()
        .map(|mut s| {
            if s.name == sheet {
                s.rows.remove(5);
            }
            s
        })
        .collect();
    let import = import_workbook(&data, &sheets, "export.xlsx");
    assert_eq!(import.missing.len(), 1, "{:?}", import.missing);
    assert!(
        import.missing[0].label.contains("ambitie 5."),
        "{:?}",
        import.missing
    );
    assert_eq!(import.data(), &data, "kept unless the user says yes");
    let deleted = import.data_deleting_missing();
    let scenario = deleted.scenarios.iter().find(|s| s.id == "gelijk").unwrap();
    assert!(scenario.allocations.iter().all(|a| a.ambition != 5));
}

/// The row of intervention `name` in the Interventies sheet (row 1 is the first).
fn intervention_row(data: &wijkdashboard::model::Dataset, name: &str) -> u32 {
    let index = data
        .interventions
        .iter()
        .position(|i| i.name == name)
        .unwrap();
    u32::try_from(index + 1).unwrap()
}

#[test]
fn the_interventies_sheet_edited_in_excel_comes_back_as_exactly_those_edits() {
    let (dir, data_path, workbook) = exported();
    let data = store::load(&data_path).unwrap();
    let edited = dir.path().join("interventies.xlsx");
    let row = intervention_row(&data, "Jongerenpunt");
    let sheet = "Interventies";
    rewrite(
        &workbook,
        &edited,
        &[
            (
                sheet,
                row,
                column(&data, sheet, "Status"),
                Typed::Text("in uitvoering"),
            ),
            (
                sheet,
                row,
                column(&data, sheet, "Periode"),
                Typed::Text("Q4 2025"),
            ),
            (
                sheet,
                row,
                column(&data, sheet, "Partners"),
                Typed::Text("Werkwinkel\nBourdif Gym\nJongerencentrum Procific\nDOCK"),
            ),
            (
                sheet,
                row,
                column(&data, sheet, "Geld"),
                Typed::Text("SPUK Kansrijke Wijk\nRegiodeal"),
            ),
            // A month typed in the worked-out column is not read.
            (
                sheet,
                row,
                column(&data, sheet, "Begin (uit de periode)"),
                Typed::Text("1999-01"),
            ),
        ],
    );
    let sheets = store::read_sheets(&edited).unwrap();
    let import = import_workbook(&data, &sheets, "interventies.xlsx");
    assert!(import.problems.is_empty(), "{:?}", import.problems);
    assert!(import.missing.is_empty(), "{:?}", import.missing);
    let mut lines: Vec<String> = diff(&data, import.data())
        .iter()
        .map(|c| c.line())
        .collect();
    lines.sort();
    let expected = [
        "Interventies › Jongerenpunt › Financiering: + Regiodeal",
        "Interventies › Jongerenpunt › Partners: + DOCK",
        "Interventies › Jongerenpunt › Periode › Begin › Maand: 9 → 10",
        "Interventies › Jongerenpunt › Periode › Tekst: na de zomer van 2025 → Q4 2025",
        "Interventies › Jongerenpunt › Status: voorbereiding → in uitvoering",
    ];
    assert_eq!(lines, expected, "{lines:#?}");
    let punt = import
        .data()
        .interventions
        .iter()
        .find(|i| i.name == "Jongerenpunt")
        .unwrap();
    assert_eq!(
        punt.period.start,
        Some(wijkdashboard::model::YearMonth {
            year: 2025,
            month: 10
        })
    );
}

#[test]
fn an_interventies_cell_the_app_cannot_place_is_refused_with_its_cell() {
    let data = store::default_dataset().unwrap();
    let row = intervention_row(&data, "Jongerenpunt");
    let sheet = "Interventies";
    let status = column(&data, sheet, "Status");
    refused(
        &[(sheet, row, status, Typed::Text("bezig"))],
        &format!(
            "Interventies!{}{}: de status ‘bezig’ kent de app niet",
            store_letter(status),
            row + 1
        ),
    );
    refused(
        &[(
            sheet,
            row,
            column(&data, sheet, "Partners"),
            Typed::Text("Niemand BV"),
        )],
        "de partner ‘Niemand BV’ kent de app niet",
    );
    refused(
        &[(
            sheet,
            row,
            column(&data, sheet, "Periode"),
            Typed::Text("Q3 2301"),
        )],
        "het jaar 2301 ligt buiten 1900–2100",
    );
    refused(
        &[(
            sheet,
            row,
            column(&data, sheet, "Periode"),
            Typed::Text("2027 tot 2025"),
        )],
        "draai ze om",
    );
    refused(
        &[(
            sheet,
            row,
            column(&data, sheet, "Ambitie"),
            Typed::Number(9.0),
        )],
        "‘9’ is geen ambitie",
    );
}

/// Issue 30: a workbook exported, then the app edited on, then another cell
/// changed in Excel: reading the workbook back brings exactly Excel's edit
/// and keeps the app's newer work; a value changed on both sides is a
/// conflict; a workbook that does not say where it came from is read as
/// it is, with a warning for each value it sets back.
#[test]
fn an_older_workbook_brings_only_its_own_edit_and_keeps_the_apps_newer_work() {
    use wijkdashboard::model::changes::{TablePreview, TableSource};
    use wijkdashboard::model::tables::{ORIGIN_SHEET, workbook_origin};

    let dir = tempfile::tempdir().unwrap();
    let data_path = dir.path().join("utrecht.ron");
    store::ensure_file_at(&data_path).unwrap();
    let mut data = store::load(&data_path).unwrap();
    store::stamp_new_version(&mut data);
    store::save(&data_path, &data).unwrap();
    let workbook = dir.path().join("export.xlsx");
    store::write_xlsx(&workbook, &export_tables(&data, false)).unwrap();
    let recorded = workbook_origin(&store::read_sheets(&workbook).unwrap()).unwrap();
    assert_eq!(Some(recorded.version.as_str()), data.lineage.current());

    // In the app, after the export: members and West's situation, saved.
    let mut newer = data.clone();
    newer.platforms[0].members = Some(wijkdashboard::model::Count::exact(321));
    newer.districts[0].situation = "In de app gewijzigd.".to_owned();
    store::stamp_new_version(&mut newer);
    store::save(&data_path, &newer).unwrap();

    // In Excel, meanwhile: Noordwest's situation.
    let situation = column(&data, "Wijken", "Situatie");
    let edited = dir.path().join("bewerkt.xlsx");
    rewrite(
        &workbook,
        &edited,
        &[("Wijken", 2, situation, Typed::Text("In Excel gewijzigd."))],
    );
    let (code, out) = import_table(&[&edited, &data_path], &["--apply"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Vergeleken met de versie die naar Excel ging"),
        "{out}"
    );
    assert!(out.contains("1 wijziging opgeslagen"), "{out}");
    let after = store::load(&data_path).unwrap();
    assert_eq!(
        after.platforms[0].members,
        Some(wijkdashboard::model::Count::exact(321)),
        "the app's newer members are kept"
    );
    assert_eq!(after.districts[0].situation, "In de app gewijzigd.");
    assert_eq!(after.districts[1].situation, "In Excel gewijzigd.");

    // Both changed West's situation: a question, nothing written.
    let both = dir.path().join("ook-west.xlsx");
    rewrite(
        &workbook,
        &both,
        &[("Wijken", 1, situation, Typed::Text("Ook in Excel."))],
    );
    let before = std::fs::read(&data_path).unwrap();
    let (code, out) = import_table(&[&both, &data_path], &["--apply"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("1 open conflict;"), "{out}");
    assert!(
        out.contains("de app In de app gewijzigd.") && out.contains("de werkmap Ook in Excel."),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&data_path).unwrap(),
        before,
        "nothing written"
    );

    // Without the record (an older export): read as it is, each value it
    // sets back named.
    let sheets: Vec<_> = store::read_sheets(&edited)
        .unwrap()
        .into_iter()
        .filter(|s| s.name != ORIGIN_SHEET)
        .collect();
    let preview = TablePreview::of(
        &after,
        &sheets,
        TableSource::OwnWorkbook {
            delete_missing: false,
        },
        "oud.xlsx",
    );
    let set_back: Vec<&String> = preview
        .notes
        .iter()
        .filter(|n| n.starts_with("Let op, zet terug: "))
        .collect();
    assert!(
        set_back.iter().any(|n| n.contains("321 →")),
        "{:#?}",
        preview.notes
    );
    assert!(
        set_back
            .iter()
            .any(|n| n.contains("In de app gewijzigd. →")),
        "{:#?}",
        preview.notes
    );
}

/// Issue 29: a scenario per intervention's sheet edited in Excel comes back
/// by its ids: a decision, a new amount and a lock; the saving under it is
/// worked out, not read; a word the app does not know and a reduction above
/// the amount are refused with their place.
#[test]
fn a_scenario_per_intervention_comes_back_from_excel() {
    use wijkdashboard::model::{Decision, InterventionPlan, Scenario, YearAmount};
    let dir = tempfile::tempdir().unwrap();
    let data_path = dir.path().join("utrecht.ron");
    store::ensure_file_at(&data_path).unwrap();
    let mut data = store::load(&data_path).unwrap();
    for (n, intervention) in data.interventions.iter_mut().take(3).enumerate() {
        intervention.amounts = vec![YearAmount {
            year: 2026,
            amount_eur: 100_000 * (i64::try_from(n).unwrap() + 1),
        }];
    }
    let mut plan = InterventionPlan {
        from_year: 2026,
        choices: Vec::new(),
    };
    plan.set_decision(&data.interventions[0].id, Decision::Stoppen);
    data.scenarios.push(Scenario {
        id: "per".into(),
        name: "Per interventie".into(),
        per_intervention: Some(plan),
        ..Scenario::default()
    });
    store::save(&data_path, &data).unwrap();
    let workbook = dir.path().join("export.xlsx");
    store::write_xlsx(&workbook, &export_tables(&data, false)).unwrap();
    let sheet = "Scenario Per interventie";
    let column_of = |title: &str| {
        let table = export_tables(&data, false)
            .into_iter()
            .find(|t| t.name == sheet)
            .unwrap();
        u16::try_from(table.columns.iter().position(|c| c == title).unwrap()).unwrap()
    };
    let (decision, amount, locked) = (
        column_of("Besluit"),
        column_of("Nieuw bedrag"),
        column_of("Vast"),
    );
    let edited = dir.path().join("bewerkt.xlsx");
    rewrite(
        &workbook,
        &edited,
        &[
            (sheet, 2, decision, Typed::Text("verlagen")),
            (sheet, 2, amount, Typed::Number(150_000.0)),
            (sheet, 3, locked, Typed::Text("ja")),
        ],
    );
    let (code, out) = import_table(&[&edited, &data_path], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 wijzigingen"), "{out}");
    let (second, third) = (&data.interventions[1].name, &data.interventions[2].name);
    assert!(
        out.contains(&format!("Besluiten › {second}: + verlagen naar € 150.000")),
        "{out}"
    );
    assert!(
        out.contains(&format!("Besluiten › {third}: + houden, vast")),
        "{out}"
    );
    assert!(out.contains("worden uitgerekend, niet ingelezen"), "{out}");

    // A word the app does not know, and a reduction above the amount.
    let wrong = dir.path().join("fout.xlsx");
    rewrite(
        &workbook,
        &wrong,
        &[(sheet, 2, decision, Typed::Text("weg"))],
    );
    let (code, out) = import_table(&[&wrong, &data_path], &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("besluit 'weg' kent de app niet"), "{out}");
    let above = dir.path().join("te-hoog.xlsx");
    rewrite(
        &workbook,
        &above,
        &[
            (sheet, 2, decision, Typed::Text("verlagen")),
            (sheet, 2, amount, Typed::Number(250_000.0)),
        ],
    );
    let (code, out) = import_table(&[&above, &data_path], &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("is meer dan het bedrag van € 200.000 in 2026"),
        "{out}"
    );
}
