//! The document as a user meets it: the question before unsaved work is
//! replaced, a file changed by another program, a second window on the same
//! file, and edits recovered after a crash.

use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use wijkdashboard::store;

use crate::common::{
    AppHarness, app_in_temp_dir, click_menu, open_file, press_save, replace_text, settle,
};

const OOST: &str = "WK034405";

fn members(harness: &AppHarness) -> Option<u64> {
    crate::common::oost_members(harness)
}

/// Whether the file holds my edit: a platform with 215 leden.
fn file_has_my_edit(path: &std::path::Path) -> bool {
    store::load(path)
        .unwrap()
        .platforms
        .iter()
        .any(|p| p.members.map(|m| m.value) == Some(215))
}

/// The app on Oost, with an unsaved edit (215 leden) that autosave leaves alone.
fn edited() -> (AppHarness, tempfile::TempDir, std::path::PathBuf) {
    let (mut harness, dir, path) = app_in_temp_dir(OOST);
    harness
        .state_mut()
        .set_autosave_delay(Duration::from_secs(3600));
    replace_text(&mut harness, "Leden", "215");
    assert_eq!(members(&harness), Some(215));
    assert!(harness.state().is_dirty());
    (harness, dir, path)
}

fn type_path_and_confirm(harness: &mut AppHarness, path: &std::path::Path) {
    replace_text(harness, "Pad", &path.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// The question is on screen, names how much would be lost, and Annuleren
/// keeps the edit.
fn question_then_cancel(harness: &mut AppHarness) {
    let question = harness.get_by_label_contains("1 wijziging sinds ");
    let text = format!("{question:?}");
    assert!(text.contains("nog niet in het bestand"), "{text}");
    for choice in ["Opslaan", "Niet opslaan"] {
        assert!(
            harness
                .query_by_role_and_label(Role::Button, choice)
                .is_some()
        );
    }
    harness
        .get_by_role_and_label(Role::Button, "Annuleren")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("1 wijziging sinds")
            .is_none()
    );
    assert_eq!(members(harness), Some(215), "the edit is kept");
    assert!(harness.state().is_dirty());
}

#[test]
fn nieuw_asks_first_and_annuleren_keeps_the_edit() {
    let (mut harness, _dir, _) = edited();
    click_menu(&mut harness, "Bestand", "Nieuw");
    question_then_cancel(&mut harness);
}

#[test]
fn openen_asks_first_and_annuleren_keeps_the_edit() {
    let (mut harness, dir, _) = edited();
    let other = dir.path().join("ander.ron");
    store::save(&other, &store::default_dataset().unwrap()).unwrap();
    click_menu(&mut harness, "Bestand", "Openen…");
    type_path_and_confirm(&mut harness, &other);
    question_then_cancel(&mut harness);
    assert_ne!(
        harness.state().document().path(),
        Some(other.as_path()),
        "the other file is not opened"
    );
}

#[test]
fn importeren_alles_vervangen_asks_first_and_annuleren_keeps_the_edit() {
    let (mut harness, dir, _) = edited();
    let other = dir.path().join("ander.ron");
    store::save(&other, &store::default_dataset().unwrap()).unwrap();
    click_menu(&mut harness, "Bestand", "Importeren…");
    type_path_and_confirm(&mut harness, &other);
    harness
        .get_by_role_and_label(Role::Button, "Alles vervangen")
        .click();
    harness.run();
    question_then_cancel(&mut harness);
}

#[test]
fn back_up_terugzetten_asks_first_and_annuleren_keeps_the_edit() {
    let (mut harness, _dir, _) = edited();
    // A save makes the first backup (the version before it).
    press_save(&mut harness);
    assert!(!harness.state().is_dirty());
    replace_text(&mut harness, "Leden", "216");
    replace_text(&mut harness, "Leden", "215");
    click_menu(&mut harness, "Bestand", "Back-up terugzetten…");
    crate::common::settle(&mut harness);
    // Each backup is named by its stand and says what changed after it.
    assert!(
        harness
            .query_by_label_contains("— daarna 1 wijziging (Oost)")
            .is_some()
    );
    let restore = harness
        .query_all_by_role(Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| label.starts_with("De stand van ") && label.ends_with(" terugzetten"))
        .expect("a restore button named by its stand");
    harness.get_by_label(&restore).click();
    harness.run();
    // 216 and back to 215, typed in one field: one change (one undo step).
    let question = harness.get_by_label_contains("1 wijziging sinds ");
    assert!(format!("{question:?}").contains("back-up terugzet"));
    harness
        .get_by_role_and_label(Role::Button, "Annuleren")
        .click();
    harness.run();
    assert_eq!(members(&harness), Some(215));
}

#[test]
fn niet_opslaan_starts_new_and_undo_brings_back_data_and_file() {
    let (mut harness, _dir, path) = edited();
    click_menu(&mut harness, "Bestand", "Nieuw");
    harness
        .get_by_role_and_label(Role::Button, "Niet opslaan")
        .click();
    harness.run();
    assert_eq!(harness.state().document().path(), None);
    assert!(harness.state().title().contains("naamloos"));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
    assert_eq!(members(&harness), Some(215));
    // Autosave goes on to the same file.
    harness.state_mut().set_autosave_delay(Duration::ZERO);
    harness.run();
    settle(&mut harness);
    assert_eq!(
        crate::common::oost_members_in(&store::load(&path).unwrap()),
        Some(215)
    );
}

#[test]
fn opslaan_in_the_question_saves_first_then_opens() {
    let (mut harness, dir, path) = edited();
    let other = dir.path().join("ander.ron");
    let mut other_data = store::default_dataset().unwrap();
    other_data.title = "Andere gegevens".into();
    store::save(&other, &other_data).unwrap();
    click_menu(&mut harness, "Bestand", "Openen…");
    type_path_and_confirm(&mut harness, &other);
    harness
        .get_by_role_and_label(Role::Button, "Opslaan")
        .click();
    harness.run();
    settle(&mut harness);
    assert!(file_has_my_edit(&path));
    assert_eq!(harness.state().document().path(), Some(other.as_path()));
    assert_eq!(harness.state().data().title, "Andere gegevens");
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let (mut harness, _dir, path) = edited();
    // A colleague's synced copy arrives in the same place.
    let mut theirs = store::default_dataset().unwrap();
    theirs.title = "Versie van een collega".into();
    std::thread::sleep(Duration::from_millis(20));
    store::save(&path, &theirs).unwrap();
    press_save(&mut harness);
    assert_eq!(
        store::load(&path).unwrap().title,
        "Versie van een collega",
        "their version is untouched"
    );
    assert!(
        harness
            .query_by_label("Bestand gewijzigd door een ander programma")
            .is_some()
    );
    for choice in [
        "Samenvoegen…",
        "Hun versie openen",
        "Mijn versie opslaan als…",
        "Toch overschrijven",
    ] {
        assert!(
            harness
                .query_by_role_and_label(Role::Button, choice)
                .is_some(),
            "{choice}"
        );
    }
    // Autosave does not sneak past the question.
    harness.state_mut().set_autosave_delay(Duration::ZERO);
    harness.run();
    settle(&mut harness);
    assert_eq!(store::load(&path).unwrap().title, "Versie van een collega");
    harness
        .get_by_role_and_label(Role::Button, "Hun versie openen")
        .click();
    harness.run();
    assert_eq!(harness.state().data().title, "Versie van een collega");
    assert!(!harness.state().is_dirty());
    // Ctrl+Z brings back my version, which can then be saved over theirs.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(members(&harness), Some(215));
    press_save(&mut harness);
    assert!(file_has_my_edit(&path));
}

#[test]
fn toch_overschrijven_writes_my_version() {
    let (mut harness, _dir, path) = edited();
    let mut theirs = store::default_dataset().unwrap();
    theirs.title = "Versie van een collega".into();
    store::save(&path, &theirs).unwrap();
    press_save(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Toch overschrijven")
        .click();
    harness.run();
    settle(&mut harness);
    let saved = store::load(&path).unwrap();
    assert_ne!(saved.title, "Versie van een collega");
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_second_window_on_the_same_file_says_so() {
    let (first, _dir, path) = app_in_temp_dir(OOST);
    let second = open_file(&path, OOST);
    let message = second.get_by_label_contains("al geopend in een ander venster");
    assert!(
        format!("{message:?}").contains(&format!("proces {}", std::process::id())),
        "{message:?}"
    );
    drop(second);
    drop(first);
    // The lock went with the windows.
    let third = open_file(&path, OOST);
    assert!(
        third
            .query_by_label_contains("al geopend in een ander venster")
            .is_none()
    );
}

#[test]
fn the_recovery_file_follows_edits_within_a_second_and_goes_with_a_save() {
    let (mut harness, _dir, path) = edited();
    let recovery = store::recovery_path(&path);
    let started = std::time::Instant::now();
    while !recovery.exists() && started.elapsed() < Duration::from_secs(3) {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        started.elapsed() < Duration::from_millis(1200),
        "written after {:?}",
        started.elapsed()
    );
    settle(&mut harness);
    let found = store::read_recovery(&recovery).unwrap();
    assert_eq!(found.data, *harness.state().data());
    assert_eq!(found.of_file.as_deref(), Some(path.as_path()));
    press_save(&mut harness);
    settle(&mut harness);
    assert!(!recovery.exists(), "a save removes it");
}

/// Writes a recovery file with one platform renamed, newer than the data file.
fn crash_leftover(path: &std::path::Path) -> String {
    let mut data = store::load(path).unwrap();
    data.platforms[0].name = "Hersteld platform".into();
    std::thread::sleep(Duration::from_millis(20));
    store::write_recovery(
        &store::recovery_path(path),
        Some(path),
        chrono::Local::now(),
        &data,
    )
    .unwrap();
    data.platforms[0].id.clone()
}

#[test]
fn recovered_edits_are_offered_at_start_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::ensure_file_at(&path).unwrap();
    crash_leftover(&path);
    let mut harness = open_file(&path, OOST);
    harness.get_by_label_contains("› Naam: Indekerngezond → Hersteld platform");
    harness
        .get_by_role_and_label(Role::Button, "Herstellen")
        .click();
    harness.run();
    assert_eq!(
        harness.state().data().platforms[0].name,
        "Hersteld platform"
    );
    assert!(harness.state().is_dirty(), "to be saved");
}

#[test]
fn weggooien_keeps_the_recovered_edits_in_a_dated_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::ensure_file_at(&path).unwrap();
    crash_leftover(&path);
    let mut harness = open_file(&path, OOST);
    harness
        .get_by_role_and_label(Role::Button, "Weggooien")
        .click();
    harness.run();
    assert_ne!(
        harness.state().data().platforms[0].name,
        "Hersteld platform"
    );
    assert!(!store::recovery_path(&path).exists());
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("wijkdashboard.ron.herstel-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let aside = store::read_recovery(&dir.path().join(&kept[0])).unwrap();
    assert_eq!(aside.data.platforms[0].name, "Hersteld platform");
}

#[test]
fn a_failed_save_is_shown_kept_and_tried_again() {
    let (mut harness, _dir, path) = edited();
    // The backup folder's place is taken by a file: the save must fail
    // (before the file is replaced).
    let backups = store::backup_dir(&path);
    std::fs::write(&backups, "geen map").unwrap();
    press_save(&mut harness);
    let status = harness.get_by_label_contains("niet opgeslagen:");
    assert!(
        format!("{status:?}").contains("Nieuwe poging volgt"),
        "{status:?}"
    );
    assert!(harness.state().is_dirty(), "the edit is not forgotten");
    std::fs::remove_file(&backups).unwrap();
    press_save(&mut harness);
    assert!(!harness.state().is_dirty());
    assert!(harness.query_by_label_contains("opgeslagen om ").is_some());
    assert!(file_has_my_edit(&path));
}

#[test]
fn edits_of_new_data_never_saved_are_offered_too() {
    let (mut harness, dir, path) = app_in_temp_dir(OOST);
    click_menu(&mut harness, "Bestand", "Nieuw");
    assert_eq!(harness.state().document().path(), None);
    // Add a platform: the simplest edit a user makes in new data.
    harness.get_by_label("➕ Wijkplatform toevoegen").click();
    harness.run();
    replace_text(&mut harness, "Naam", "Platform in nieuwe gegevens");
    let unbound = dir.path().join("naamloos.ron.herstel");
    // "Within about a second of every edit."
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_millis(1200) {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    settle(&mut harness);
    assert!(
        unbound.exists(),
        "written beside the data, not in the user's folder"
    );
    // A crash: the window goes without a clean exit.
    drop(harness);
    let mut harness = open_file(&path, OOST);
    // New data differs from the file everywhere: the dialog counts per group.
    assert!(harness.query_by_label_contains("• Oost: ").is_some());
    harness
        .get_by_role_and_label(Role::Button, "Herstellen")
        .click();
    harness.run();
    assert_eq!(
        harness.state().document().path(),
        None,
        "still to be saved somewhere"
    );
    assert!(
        harness
            .state()
            .data()
            .platforms
            .iter()
            .any(|p| p.name == "Platform in nieuwe gegevens")
    );
}
