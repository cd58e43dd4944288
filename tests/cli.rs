//! `wijkdashboard check FILE`: exit 0 valid, 1 invalid (with line:column or the field), 2 unreadable.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic: that is how they fail.

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
