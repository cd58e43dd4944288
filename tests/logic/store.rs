//! The store: round trips, bad input, migration, atomic save and backups.

use std::time::Instant;

use crate::common::HANG_GUARD;

use wijkdashboard::model::{CURRENT_SCHEMA_VERSION, Dataset};
use wijkdashboard::store::{self, LoadError, SaveOptions};

fn shipped() -> Dataset {
    store::default_dataset().expect("shipped data loads")
}

/// Parses `bytes`, asserting that it fails quickly and returning the error.
fn parse_fails(bytes: &[u8]) -> LoadError {
    let started = Instant::now();
    let error = store::parse(bytes).expect_err("bad input must not load");
    assert!(
        started.elapsed() < HANG_GUARD,
        "took {:?}",
        started.elapsed()
    );
    assert!(!error.to_string().is_empty());
    error
}

#[test]
fn load_save_load_gives_the_same_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.ron");
    let original = shipped();
    store::save(&path, &original).unwrap();
    let reloaded = store::load(&path).unwrap();
    assert_eq!(reloaded, original);
    // Saving again writes exactly the same text: a stable order.
    let first = std::fs::read_to_string(&path).unwrap();
    store::save(&path, &reloaded).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
}

#[test]
fn a_truncated_file_says_where_it_stops() {
    let text = store::DEFAULT_DATA_RON;
    let cut = &text[..text.len() / 2];
    let error = parse_fails(cut.as_bytes());
    let (line, _) = error.position().expect("line:column");
    // It points at the last line with content before the cut.
    let last_content_line = cut
        .lines()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .unwrap()
        + 1;
    assert_eq!(line, last_content_line, "{error}");
    assert!(error.to_string().contains("onverwacht op"), "{error}");
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(parse_fails(b""), LoadError::Empty);
    assert_eq!(parse_fails(b"  \n\t "), LoadError::Empty);
}

#[test]
fn text_that_is_not_ron_gets_line_and_column() {
    let error = parse_fails(b"(\n    schema_version: 2,\n    title: ???\n)");
    assert_eq!(error.position(), Some((3, 12)), "{error}");
    assert!(error.to_string().starts_with("3:12:"), "{error}");
}

#[test]
fn a_file_that_is_not_utf8_gives_the_position_of_the_bad_byte() {
    let error = parse_fails(b"(\n  title: \"caf\xe9\"\n)");
    assert_eq!(error.position(), Some((2, 14)), "{error}");
    assert!(error.to_string().contains("geen tekst"), "{error}");
}

#[test]
fn an_image_is_recognised() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(std::iter::repeat_n(0u8, 1000));
    let error = parse_fails(&png);
    assert!(error.to_string().contains("afbeelding (PNG)"), "{error}");
}

#[test]
fn json_and_csv_are_recognised() {
    let json = parse_fails(br#"{"schema_version": 2, "districts": []}"#);
    assert!(json.to_string().contains("JSON"), "{json}");
    assert!(json.position().is_some());
    let csv = parse_fails(b"wijk;platform;status\nOvervecht;Wijkplatform Overvecht;actief\n");
    assert!(csv.to_string().contains("CSV"), "{csv}");
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_overflow_the_stack() {
    // At the top: refused at once, it is not a dataset.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let error = parse_fails(deep.as_bytes());
    assert_eq!(error.position(), Some((1, 1)), "{error}");
    // Inside a field: the recursion limit stops it.
    for open in ["[", "(", "Some("] {
        let close = if open == "[" { "]" } else { ")" };
        let deep_field = format!(
            "(schema_version: 2, title: {}1{})",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        let error = parse_fails(deep_field.as_bytes());
        assert!(error.to_string().contains("te diep genest"), "{error}");
    }
}

#[test]
fn tens_of_megabytes_of_junk_fail_fast() {
    // 30 MB of pseudo-random printable junk.
    let mut state: u32 = 12345;
    let junk: Vec<u8> = (0..30 * 1024 * 1024)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            b' ' + u8::try_from((state >> 16) % 90).unwrap()
        })
        .collect();
    let error = parse_fails(&junk);
    assert!(error.position().is_some(), "{error}");
}

#[test]
fn a_huge_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let error = store::load(&path).expect_err("too large");
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
}

#[test]
fn a_missing_file_cannot_be_read() {
    let error = store::load(std::path::Path::new("/geen/map/bestand.ron")).expect_err("missing");
    assert!(matches!(error, LoadError::Read { .. }), "{error}");
    assert!(error.to_string().contains("bestaat niet"), "{error}");
}

#[test]
fn a_newer_schema_version_is_refused() {
    let newer = store::DEFAULT_DATA_RON.replacen(
        &format!("schema_version: {CURRENT_SCHEMA_VERSION},"),
        "schema_version: 99,",
        1,
    );
    let error = parse_fails(newer.as_bytes());
    assert_eq!(
        error,
        LoadError::NewerVersion {
            found: 99,
            supported: CURRENT_SCHEMA_VERSION
        }
    );
    assert!(error.to_string().contains("nieuwere Wijkdashboard"));
}

#[test]
fn a_file_without_version_is_refused() {
    let error = parse_fails(b"(title: \"x\")");
    assert_eq!(error, LoadError::MissingVersion);
}

#[test]
fn a_wrong_enum_value_names_the_allowed_ones() {
    let text = store::DEFAULT_DATA_RON.replacen("status: Actief", "status: Levendig", 1);
    let error = parse_fails(text.as_bytes());
    let message = error.to_string();
    assert!(
        message.contains("Levendig") && message.contains("InOpbouw"),
        "{message}"
    );
    assert!(error.position().is_some());
}

/// A version-1 file: the budget had one cut (`cut_eur`, `cut_from_year`).
fn version_one_text() -> String {
    // Version 1 had no boundaries and no programme.
    let mut data = shipped();
    data.boundaries.clear();
    data.partners.clear();
    data.buurtaanpakken.clear();
    data.interventions.clear();
    data.criteria.clear();
    let text = store::to_ron(&data).unwrap().replacen(
        &format!("schema_version: {CURRENT_SCHEMA_VERSION},"),
        "schema_version: 1,",
        1,
    );
    let start = text.find("        structural_changes: [").expect("changes");
    let end = start
        + text[start..]
            .find("        incidental: [")
            .expect("incidental");
    let cut = "        cut_eur: 719000,\n        cut_from_year: 2026,\n        cut_source: (document: \"raadsbrief\", section: \"v1\", quote: \"vanaf 2026 structureel € 719.000 te minderen\"),\n";
    format!("{}{cut}{}", &text[..start], &text[end..])
}

#[test]
fn version_one_is_migrated_to_a_list_of_structural_changes() {
    let migrated = store::parse(version_one_text().as_bytes()).expect("v1 loads");
    assert_eq!(migrated.schema_version, CURRENT_SCHEMA_VERSION);
    assert_eq!(migrated.budget.structural_changes.len(), 1);
    let change = &migrated.budget.structural_changes[0];
    assert_eq!((change.from_year, change.amount_eur), (2026, -719_000));
    assert_eq!(migrated.budget.structural_in_year(2026), Some(3_299_000));
    // Everything else survives the migration unchanged.
    let current = shipped();
    assert_eq!(migrated.platforms, current.platforms);
    assert_eq!(migrated.indicators, current.indicators);
    // And a save writes the current version.
    let written = store::to_ron(&migrated).unwrap();
    assert!(written.contains(&format!("schema_version: {CURRENT_SCHEMA_VERSION},")));
}

#[test]
fn a_save_that_fails_before_the_rename_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.ron");
    let original = shipped();
    store::save(&path, &original).unwrap();
    let before = std::fs::read(&path).unwrap();

    let mut changed = original.clone();
    changed.platforms[0].name = "Gewijzigd".into();
    let options = SaveOptions {
        fail_before_rename: true,
        ..SaveOptions::default()
    };
    store::save_with(&path, &changed, &options).expect_err("injected failure");

    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "old file must be untouched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary file left behind: {leftovers:?}"
    );
}

#[test]
fn data_outside_the_limits_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.ron");
    let mut data = shipped();
    data.budget.structural_eur = i64::MAX;
    let error = store::save(&path, &data).expect_err("invalid");
    assert!(
        error.to_string().contains("budget.structural_eur"),
        "{error}"
    );
    assert!(!path.exists());
}

#[test]
fn backups_keep_the_last_ten_and_the_first_of_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.ron");
    let mut data = shipped();
    for round in 0..13 {
        data.title = format!("versie {round}");
        store::save(&path, &data).unwrap();
    }
    let backups = store::list_backups(&path);
    assert_eq!(backups.len(), 11);
    // Newest first: the newest backup holds the version before the last save.
    let newest = store::load(&backups[0].path).unwrap();
    assert_eq!(newest.title, "versie 11");
    let tenth = store::load(&backups[9].path).unwrap();
    assert_eq!(tenth.title, "versie 2");
    // The first save of the day is kept as well.
    let first_of_day = store::load(&backups[10].path).unwrap();
    assert_eq!(first_of_day.title, "versie 0");
}

#[test]
fn the_first_start_creates_the_users_file_from_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nieuw").join("wijkdashboard.ron");
    store::ensure_file_at(&path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        store::DEFAULT_DATA_RON
    );
    // A second start keeps the user's file.
    std::fs::write(&path, "eigen").unwrap();
    store::ensure_file_at(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "eigen");
}

#[test]
fn version_five_has_no_lineage_and_gets_one_at_its_first_save() {
    let text = store::DEFAULT_DATA_RON.replacen(
        &format!("schema_version: {CURRENT_SCHEMA_VERSION},"),
        "schema_version: 5,",
        1,
    );
    let mut migrated = store::parse(text.as_bytes()).expect("v5 loads");
    assert_eq!(migrated.schema_version, CURRENT_SCHEMA_VERSION);
    assert!(migrated.lineage.is_empty());
    assert_eq!(migrated.platforms, shipped().platforms);
    store::stamp_new_version(&mut migrated);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.ron");
    store::save(&path, &migrated).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("lineage: ("), "{written}");
    let again = store::load(&path).unwrap();
    assert_eq!(again.lineage, migrated.lineage);
    assert_eq!(
        store::version_of(&path).as_deref(),
        migrated.lineage.current()
    );
}

#[test]
fn an_overlong_lineage_id_is_refused_with_its_place() {
    let mut data = shipped();
    data.lineage.record_save("x".repeat(65), || "doc".into());
    let text = store::to_ron(&data).unwrap();
    let error = parse_fails(text.as_bytes());
    assert!(error.to_string().contains("lineage"), "{error}");
}

#[test]
fn version_six_keeps_its_figures_and_reads_apart_what_is_a_remark() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/utrecht-v6.ron");
    let old = store::load(&path).expect("a real version 6 file loads");
    assert_eq!(old.schema_version, CURRENT_SCHEMA_VERSION);
    let poverty = &old.indicators[0].values[0];
    assert_eq!(poverty.district, Some(29.0));
    assert_eq!(poverty.source.section, "Monitorrapportage");
    assert_eq!(
        poverty.source.note,
        "geen jaartal genoemd; jaar van de raadsbrief"
    );
    assert!(poverty.year_from_report, "the letter names no year for 29%");
    let welfare = old
        .indicators
        .iter()
        .find(|i| i.id == "duur-bijstand")
        .unwrap();
    assert!(
        !welfare.comparison.is_empty(),
        "compared with the other wijken"
    );
    let regiodeal = &old.budget.incidental[0];
    assert_eq!(regiodeal.total_eur, Some(10_000_000));
    assert!(
        regiodeal.per_year.is_empty(),
        "no split the letter does not give"
    );
    assert!(
        !regiodeal.source.note.contains("gelijk verdeeld"),
        "{}",
        regiodeal.source.note
    );
    let weggeefbus = old
        .key_figures
        .iter()
        .find(|k| k.id == "weggeefbus-bereikt")
        .unwrap();
    assert!(weggeefbus.year_from_report && weggeefbus.period.is_empty());
    assert_eq!(old.sources[0].date, "september 2024");
    assert_eq!(old.sources[0].note, "de laatste maand die de tekst noemt");
    // Nothing the user wrote is lost: the platforms are as they were.
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(old.platforms.len(), text.matches("legal_form:").count());
}

#[test]
fn a_made_file_has_the_permissions_of_any_file_the_user_saves() {
    let dir = tempfile::tempdir().unwrap();
    let made = dir.path().join("bijlage.pdf");
    store::write_bytes(&made, b"%PDF", &SaveOptions::default()).unwrap();
    let ordinary = dir.path().join("gewoon.txt");
    std::fs::write(&ordinary, b"x").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&made), mode(&ordinary), "as a file the user saves");
        // Replacing a file keeps what it had.
        std::fs::set_permissions(&made, std::fs::Permissions::from_mode(0o640)).unwrap();
        store::write_bytes(&made, b"%PDF-2", &SaveOptions::default()).unwrap();
        assert_eq!(mode(&made), 0o640);
    }
}

/// Version 8 adds the beoordelingskader: an older file (a real version 6
/// one) gets the letter's two pillars, of equal weight, with their source;
/// no intervention is scored and no scenario is per intervention.
#[test]
fn an_older_file_gets_the_letters_beoordelingskader() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/utrecht-v6.ron");
    let old = store::load(&path).expect("a real version 6 file loads");
    let names: Vec<&str> = old.criteria.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Beoogde impact", "Samenwerking tussen partijen"]);
    assert!(
        old.criteria
            .iter()
            .all(|c| c.weight == 1 && c.source.is_some())
    );
    assert!(old.interventions.iter().all(|i| i.scores.is_empty()));
    assert!(old.scenarios.iter().all(|s| s.per_intervention.is_none()));
}
