//! `wijkdashboard check FILE`: exit 0 valid, 1 invalid (with line:column or the field), 2 unreadable.

use std::process::Command;

fn check(path: &std::path::Path) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_wijkdashboard"))
        .arg("check")
        .arg(path)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn the_shipped_file_is_valid() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/utrecht.ron");
    let (code, out) = check(&path);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("geldig"), "{out}");
}

#[test]
fn a_broken_copy_exits_1_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapot.ron");
    let text = wijkdashboard::store::DEFAULT_DATA_RON.replacen("year: 2024,", "year: twintig,", 1);
    std::fs::write(&path, text).unwrap();
    let (code, out) = check(&path);
    assert_eq!(code, 1, "{out}");
    let location = format!("{}:9:19:", path.display());
    assert!(out.starts_with(&location), "expected {location} in {out}");
}

#[test]
fn an_invalid_value_exits_1_with_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ongeldig.ron");
    let text = wijkdashboard::store::DEFAULT_DATA_RON.replacen(
        "platform_support_eur: 5300",
        "platform_support_eur: -5300",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let (code, out) = check(&path);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("budget.platform_support_eur: fout:"), "{out}");
}

#[test]
fn a_missing_file_exits_2() {
    let (code, out) = check(std::path::Path::new("/bestaat/niet.ron"));
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("bestaat niet"), "{out}");
}

/// Runs `check` on the shipped file with one text replaced.
fn check_changed(from: &str, to: &str) -> (i32, String, std::time::Duration) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bewerkt.ron");
    let text = wijkdashboard::store::DEFAULT_DATA_RON.replacen(from, to, 1);
    assert_ne!(
        text,
        wijkdashboard::store::DEFAULT_DATA_RON,
        "{from} not found"
    );
    std::fs::write(&path, text).unwrap();
    let started = std::time::Instant::now();
    let (code, out) = check(&path);
    (code, out, started.elapsed())
}

#[test]
fn a_year_of_two_billion_is_refused_at_once_with_its_place() {
    let (code, out, took) = check_changed("last_year: 2030", "last_year: 2000000000");
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("budget.last_year"), "{out}");
    assert!(out.contains("2000000000"), "{out}");
    assert!(took < crate::common::HANG_GUARD, "{took:?}");
}

#[test]
fn extreme_money_and_years_are_refused_not_wrapped() {
    for (from, to, place) in [
        (
            "structural_eur: 4018000",
            "structural_eur: 9223372036854775807",
            "budget.structural_eur",
        ),
        (
            "amount_eur: -719000",
            "amount_eur: -9223372036854775808",
            "budget.structural_changes[0].amount_eur",
        ),
        ("last_year: 2030", "last_year: -5", "budget.last_year"),
        (
            "first_year: 2024",
            "first_year: -2147483648",
            "budget.first_year",
        ),
    ] {
        let (code, out, _) = check_changed(from, to);
        assert_eq!(code, 1, "{to}: {out}");
        assert!(out.contains(place), "{to}: {out}");
        assert!(!out.contains("geldig ("), "{to}: {out}");
    }
}

#[test]
fn an_unknown_field_is_an_error_naming_the_closest_known_one() {
    let (code, out, _) = check_changed("members: Some(", "membrs: Some(");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("onbekend veld `membrs`; bedoelt u `members`?"),
        "{out}"
    );
    // line:column of the field.
    let line = wijkdashboard::store::DEFAULT_DATA_RON
        .lines()
        .position(|l| l.contains("members: Some("))
        .unwrap()
        + 1;
    assert!(out.contains(&format!(":{line}:")), "line {line} in {out}");
}

fn import_map(geojson: &std::path::Path, file: &std::path::Path) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_wijkdashboard"))
        .arg("import-map")
        .arg(geojson)
        .arg(file)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

const SHARED_MAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/utrecht-wijken.geojson"
);

#[test]
fn import_map_writes_all_ten_wijken_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wijkdashboard.ron");
    wijkdashboard::store::ensure_file_at(&file).unwrap();
    let (code, out) = import_map(std::path::Path::new(SHARED_MAP), &file);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("10 van de 10 wijken gevonden"), "{out}");
    let data = wijkdashboard::store::load(&file).unwrap();
    assert_eq!(data.boundaries.len(), 10);
    assert_eq!(wijkdashboard::store::list_backups(&file).len(), 1);
    let (code, out) = check(&file);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn import_map_exits_1_for_a_bad_map_and_2_for_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wijkdashboard.ron");
    wijkdashboard::store::ensure_file_at(&file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let bad = dir.path().join("kapot.geojson");
    std::fs::write(&bad, "{\"type\": \"FeatureCollection\", \"features\": [").unwrap();
    let (code, out) = import_map(&bad, &file);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("kapot.geojson:1:"), "{out}");
    let (code, out) = import_map(&dir.path().join("weg.geojson"), &file);
    assert_eq!(code, 2, "{out}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the data file is untouched"
    );
}

#[test]
fn export_from_the_command_line_exits_0_and_2() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/utrecht.ron");
    let run = |input: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_wijkdashboard"))
            .arg("export")
            .arg("--xlsx")
            .arg(dir.path().join("uit.xlsx"))
            .arg("--csv")
            .arg(dir.path().join("csv"))
            .arg(input)
            .output()
            .expect("runs")
    };
    let output = run(&shipped);
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(
        out.contains("5 tabbladen geschreven (zonder contactpersonen)"),
        "{out}"
    );
    assert!(dir.path().join("uit.xlsx").exists());
    assert!(dir.path().join("csv/budget.csv").exists());
    let output = run(&dir.path().join("bestaat-niet.ron"));
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{out}");
    assert!(out.contains("niet lezen"), "{out}");
}

fn document(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_wijkdashboard"))
        .arg("document")
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn document_voortgang_writes_word_and_pdf_and_exits_like_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/utrecht.ron");
    let docx = dir.path().join("voortgang.docx");
    let pdf = dir.path().join("voortgang.pdf");
    let (code, out) = document(&[
        "voortgang".as_ref(),
        "--docx".as_ref(),
        docx.as_os_str(),
        "--pdf".as_ref(),
        pdf.as_os_str(),
        "--stand".as_ref(),
        "2025-06-01".as_ref(),
        data.as_os_str(),
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(std::fs::metadata(&docx).unwrap().len() > 10_000);
    let missing = dir.path().join("bestaat-niet.ron");
    let (code, out) = document(&["voortgang".as_ref(), missing.as_os_str()]);
    assert_eq!(code, 2, "{out}");
    // A folder that is a file: the PDF cannot be written.
    std::fs::write(dir.path().join("een-bestand"), b"x").unwrap();
    let (code, out) = document(&[
        "voortgang".as_ref(),
        "--pdf".as_ref(),
        dir.path().join("een-bestand/v.pdf").as_os_str(),
        data.as_os_str(),
    ]);
    assert_eq!(code, 1, "a PDF that cannot be written: {out}");
}
