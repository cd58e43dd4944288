//! The Excel and CSV exports: read back as finance would (the workbook with
//! `calamine`, the CSV as bytes), from the command line and from the menu.

use calamine::{Data, Reader, Xlsx, open_workbook};
use egui_kittest::kittest::Queryable;
use wijkdashboard::cli::{self, ExportTargets};
use wijkdashboard::model::{Contact, Dataset};
use wijkdashboard::store;

use crate::common::{app_on_data, replace_text, with_two_scenarios};

/// The shipped data, two scenarios, and one planted contact person.
fn data_with_a_contact() -> Dataset {
    let mut data = with_two_scenarios();
    data.platforms[0].contacts.push(Contact {
        name: "Proef Persoon".into(),
        role: "secretaris".into(),
        email: "proef@voorbeeld.nl".into(),
        phone: "06-12345678".into(),
    });
    data
}

fn export_to(dir: &std::path::Path, data: &Dataset, include_contacts: bool) -> (u8, String) {
    let input = dir.join("gegevens.ron");
    store::save(&input, data).unwrap();
    let targets = ExportTargets {
        xlsx: Some(&dir.join("export.xlsx")),
        csv: Some(&dir.join("csv")),
        include_contacts,
    };
    let mut out = Vec::new();
    let code = cli::export(Some(&input), &targets, &mut out);
    (code, String::from_utf8(out).unwrap())
}

fn sheet(
    workbook: &mut Xlsx<std::io::BufReader<std::fs::File>>,
    name: &str,
) -> calamine::Range<Data> {
    workbook.worksheet_range(name).unwrap()
}

fn all_text(workbook: &mut Xlsx<std::io::BufReader<std::fs::File>>) -> String {
    let names = workbook.sheet_names();
    let mut text = String::new();
    for name in names {
        for row in sheet(workbook, &name).rows() {
            for cell in row {
                text.push_str(&cell.to_string());
                text.push('\t');
            }
        }
    }
    text
}

#[test]
fn the_workbook_has_the_2026_money_as_a_number_all_platforms_and_no_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let (code, report) = export_to(dir.path(), &data_with_a_contact(), false);
    assert_eq!(code, 0, "{report}");
    assert!(report.contains("zonder contactpersonen"), "{report}");
    let mut workbook: Xlsx<_> = open_workbook(dir.path().join("export.xlsx")).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        [
            "Wijken",
            "Wijkplatforms",
            "Indicatoren",
            "Budget",
            "Interventies",
            "Scenario's",
            "Scenario Gelijk verdeeld",
            "Scenario Wonen levert in"
        ]
    );
    let budget = sheet(&mut workbook, "Budget");
    let header: Vec<String> = budget
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(Data::to_string)
        .collect();
    assert_eq!(header[..3], ["Jaar", "Structureel", "Bezuiniging"]);
    let row_2026 = budget
        .rows()
        .find(|row| row[0] == Data::Float(2026.0))
        .expect("a row for 2026");
    assert_eq!(row_2026[1], Data::Float(3_299_000.0), "a number, not text");
    assert_eq!(row_2026[2], Data::Float(719_000.0));
    let platforms = sheet(&mut workbook, "Wijkplatforms");
    assert_eq!(
        platforms.height(),
        1 + 11,
        "a header and all eleven platforms"
    );
    let names: Vec<String> = platforms.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert!(
        names.contains(&"Wijkcoöperatie Oost voor Elkaar".to_owned()),
        "{names:?}"
    );
    let text = all_text(&mut workbook);
    assert!(!text.contains("Contactpersonen"));
    assert!(!text.contains("Proef Persoon") && !text.contains("proef@voorbeeld.nl"));
    // Percentages are numbers too (29% stored as 0,29), with their year and source.
    let indicators = sheet(&mut workbook, "Indicatoren");
    let poverty = indicators
        .rows()
        .find(|r| r[0] == "Huishoudens op of onder de Utrechtse armoedegrens")
        .unwrap();
    assert_eq!(poverty[5], Data::Float(0.29));
    assert_eq!(poverty[6], Data::Float(0.14));
    assert!(poverty[7].to_string().contains("Raadsbrief"));
    // A scenario: amounts per ambition and year, then what is left.
    let scenario = sheet(&mut workbook, "Scenario Wonen levert in");
    let first = scenario.rows().nth(1).unwrap();
    assert!(first[0].to_string().starts_with("1. Plezierig wonen"));
    assert_eq!(first[3], Data::Float(84_600.0), "2026");
    let left = scenario.rows().next_back().unwrap();
    assert_eq!(left[3], Data::Float(0.0));
}

#[test]
fn contact_persons_are_exported_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (code, report) = export_to(dir.path(), &data_with_a_contact(), true);
    assert_eq!(code, 0, "{report}");
    let mut workbook: Xlsx<_> = open_workbook(dir.path().join("export.xlsx")).unwrap();
    let text = all_text(&mut workbook);
    assert!(text.contains("Contactpersonen"));
    assert!(text.contains("Proef Persoon, secretaris, proef@voorbeeld.nl, 06-12345678"));
    let csv = std::fs::read_to_string(dir.path().join("csv/wijkplatforms.csv")).unwrap();
    assert!(csv.contains("proef@voorbeeld.nl"));
}

#[test]
fn the_csv_files_open_in_dutch_excel_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let (code, report) = export_to(dir.path(), &data_with_a_contact(), false);
    assert_eq!(code, 0, "{report}");
    let folder = dir.path().join("csv");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "budget.csv",
            "indicatoren.csv",
            "interventies.csv",
            "scenario-gelijk-verdeeld.csv",
            "scenario-wonen-levert-in.csv",
            "scenarios.csv",
            "wijken.csv",
            "wijkplatforms.csv"
        ]
    );
    let bytes = std::fs::read(folder.join("budget.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("Jaar;Structureel (€);Bezuiniging (€);")
    );
    assert!(text.contains("\r\n2026;3299000;719000;"), "{text}");
    let indicators = std::fs::read_to_string(folder.join("indicatoren.csv")).unwrap();
    assert!(indicators.contains(";2025;29;14;"), "{indicators}");
    assert!(
        indicators.contains(";8,3;"),
        "Dutch decimal comma: {indicators}"
    );
    let platforms = std::fs::read_to_string(folder.join("wijkplatforms.csv")).unwrap();
    // Eleven platforms; their lists have an item per line inside the quotes.
    let records = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(platforms.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .count();
    assert_eq!(records, 11);
    assert!(!platforms.contains("proef@voorbeeld.nl"));
    // Every row has as many fields as the header (quoted `;` stay inside).
    for file in &files {
        let text = std::fs::read_to_string(folder.join(file)).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let width = reader.headers().unwrap().len();
        for record in reader.records() {
            assert_eq!(record.unwrap().len(), width, "{file}");
        }
    }
}

#[test]
fn an_unreadable_input_exits_2_and_an_unwritable_output_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kapot.ron");
    std::fs::write(&broken, "(schema_version: 4, title: ").unwrap();
    let out_path = dir.path().join("x.xlsx");
    let targets = ExportTargets {
        xlsx: Some(&out_path),
        csv: None,
        include_contacts: false,
    };
    let mut out = Vec::new();
    assert_eq!(cli::export(Some(&broken), &targets, &mut out), 2);
    let message = String::from_utf8(out).unwrap();
    assert!(message.contains("kapot.ron:1:"), "line:column: {message}");
    assert!(!out_path.exists());
    let mut out = Vec::new();
    let missing = dir.path().join("bestaat-niet.ron");
    assert_eq!(cli::export(Some(&missing), &targets, &mut out), 2);
    // A folder where the workbook should go cannot be written over.
    let input = dir.path().join("gegevens.ron");
    store::save(&input, &store::default_dataset().unwrap()).unwrap();
    let blocked = dir.path().join("map.xlsx");
    std::fs::create_dir(&blocked).unwrap();
    let targets = ExportTargets {
        xlsx: Some(&blocked),
        csv: None,
        include_contacts: false,
    };
    let mut out = Vec::new();
    assert_eq!(cli::export(Some(&input), &targets, &mut out), 1);
    assert!(String::from_utf8(out).unwrap().contains("Kan "));
}

#[test]
fn the_file_menu_exports_to_excel_and_csv() {
    let (mut harness, dir, _) = app_on_data(&data_with_a_contact(), "WK034403");
    crate::common::click_menu(&mut harness, "Bestand", "Exporteren naar Excel…");
    assert!(
        harness
            .query_by_label("Contactpersonen meenemen (persoonsgegevens, AVG)")
            .is_some()
    );
    // One dialog: the options and where it goes.
    let xlsx = dir.path().join("voor-financien");
    replace_text(
        &mut harness,
        "Waar: het Excel-bestand (.xlsx)",
        &xlsx.display().to_string(),
    );
    harness.get_by_label("Exporteren").click();
    harness.run();
    // The file worker writes the export.
    crate::common::settle(&mut harness);
    let written = dir.path().join("voor-financien.xlsx");
    let mut workbook: Xlsx<_> = open_workbook(&written).expect("the workbook, .xlsx added");
    assert_eq!(sheet(&mut workbook, "Wijkplatforms").height(), 12);
    assert!(
        harness
            .query_by_label_contains("Geëxporteerd naar")
            .is_some()
    );

    crate::common::click_menu(&mut harness, "Bestand", "Exporteren naar CSV…");
    let folder = dir.path().join("csv-map");
    let field = "Waar: de map voor de CSV-bestanden";
    replace_text(&mut harness, field, &folder.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
    crate::common::settle(&mut harness);
    assert!(folder.join("budget.csv").exists());
    assert!(folder.join("scenario-wonen-levert-in.csv").exists());
}

/// The rows of sheet `number` in the workbook's XML: (row number, height
/// in points when it is set).
fn row_heights(xlsx: &std::path::Path, number: usize) -> Vec<(u32, Option<f64>)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::fs::File::open(xlsx).unwrap()).unwrap();
    let mut xml = String::new();
    archive
        .by_name(&format!("xl/worksheets/sheet{number}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let attribute = |tag: &str, name: &str| {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[start..].split('"').next().map(str::to_owned)
    };
    xml.split("<row ")
        .skip(1)
        .map(|tag| {
            let tag = format!(" {}", tag.split('>').next().unwrap_or_default());
            let tag = tag.as_str();
            let row = attribute(tag, "r").unwrap().parse().unwrap();
            (row, attribute(tag, "ht").map(|h| h.parse().unwrap()))
        })
        .collect()
}

#[test]
fn rows_with_wrapped_text_are_as_high_as_their_lines_so_every_program_prints_them_whole() {
    let dir = tempfile::tempdir().unwrap();
    let data = with_two_scenarios();
    let (code, out) = export_to(dir.path(), &data, false);
    assert_eq!(code, 0, "{out}");
    // Wijkplatforms: each list item on its own line, so a platform with
    // three achievements has a row of at least three lines (15 pt each).
    let xlsx = dir.path().join("export.xlsx");
    let platforms = row_heights(&xlsx, 2);
    let mut workbook: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let names = sheet(&mut workbook, "Wijkplatforms");
    let mut checked = 0;
    // The sheet lists the platforms in the wijken's order.
    let mut in_order: Vec<&wijkdashboard::model::Platform> = data.platforms.iter().collect();
    in_order.sort_by_key(|p| {
        data.districts
            .iter()
            .position(|d| d.id == p.district)
            .unwrap_or(usize::MAX)
    });
    for (index, platform) in in_order.into_iter().enumerate() {
        let most = [
            platform.activities.len(),
            platform.challenges.len(),
            platform.needs.len(),
            platform.next_steps.len(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        // Under the title row.
        let row = u32::try_from(index + 2).unwrap();
        assert_eq!(
            names.get_value((row - 1, 0)).map(ToString::to_string),
            Some(platform.name.clone())
        );
        let height = platforms
            .iter()
            .find(|(r, _)| *r == row)
            .and_then(|(_, h)| *h);
        if most > 1 {
            let height =
                height.unwrap_or_else(|| panic!("row {row} of {} has no height", platform.name));
            assert!(
                height >= 15.0 * f64::from(u32::try_from(most).unwrap()),
                "row {row}: {height} pt for {most} lines"
            );
            assert!(height <= 409.0, "Excel's highest row");
            checked += 1;
        }
    }
    assert!(checked >= 5, "most platforms have lists: {checked}");
}
