//! *Bestand → Samenvoegen met…* as a user goes through it: a copy merged
//! without conflicts; a copy with two conflicts, decided one each way, then
//! undone with Ctrl+Z; a copy of another register, every difference a
//! question; and *Samenvoegen…* when another program changed the file.

use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{AppHarness, click_menu, open_file, replace_text, settle};
use wijkdashboard::model::{Count, Dataset};
use wijkdashboard::store;
use wijkdashboard::ui::shell::Dialog;

const OOST: &str = "WK034405";
const OOST_PLATFORM: &str = "Wijkcoöperatie Oost voor Elkaar";

fn platform<'a>(data: &'a mut Dataset, name: &str) -> &'a mut wijkdashboard::model::Platform {
    data.platforms.iter_mut().find(|p| p.name == name).unwrap()
}

/// The members of Oost's platform set to `value`, the qualifier kept.
fn set_members(data: &mut Dataset, value: u64) {
    if let Some(members) = platform(data, OOST_PLATFORM).members.as_mut() {
        members.value = value;
    }
}

fn members(data: &Dataset) -> u64 {
    data.platforms
        .iter()
        .find(|p| p.name == OOST_PLATFORM)
        .and_then(|p| p.members.as_ref())
        .map(|m| m.value)
        .unwrap()
}

fn west(data: &Dataset) -> &str {
    &data
        .districts
        .iter()
        .find(|d| d.name == "West")
        .unwrap()
        .situation
}

/// The shipped data as saved once: the version both copies come from.
fn original() -> Dataset {
    saved(store::default_dataset().unwrap())
}

/// `data` as a save stamps it: a new version in its lineage.
fn saved(mut data: Dataset) -> Dataset {
    store::stamp_new_version(&mut data);
    data
}

/// The app on `mine`, whose file was saved over `original` (so the backup
/// holds the version both copies come from), with `theirs` beside it; both
/// copies saved once since.
fn app_with_copies(
    original: &Dataset,
    mine: &Dataset,
    theirs: &Dataset,
) -> (AppHarness, tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::save(&path, original).unwrap();
    store::save(&path, &saved(mine.clone())).unwrap();
    let other = dir.path().join("kopie-noordoost.ron");
    store::save(&other, &saved(theirs.clone())).unwrap();
    let harness = open_file(&path, OOST);
    (harness, dir, other)
}

/// Scrolls to the choice `label` and clicks it, as a user does.
fn choose(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn start_merge(harness: &mut AppHarness, other: &std::path::Path) {
    click_menu(harness, "Bestand", "Samenvoegen met…");
    replace_text(harness, "Pad", &other.display().to_string());
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Samenvoegen met")
        .click();
    harness.run();
    assert!(matches!(harness.state().dialog(), Some(Dialog::Merge(_))));
}

/// The app on a copy where Oost got 213 members, and the other copy
/// where Griftstroom got a Repaircafé: two edits that do not meet.
fn app_with_two_edits() -> (AppHarness, tempfile::TempDir, std::path::PathBuf) {
    let original = original();
    let mut mine = original.clone();
    platform(&mut mine, OOST_PLATFORM).members = Some(Count::exact(213));
    let mut theirs = original.clone();
    platform(&mut theirs, "Wijkcoöperatie Griftstroom")
        .activities
        .push("Repaircafé".into());
    app_with_copies(&original, &mine, &theirs)
}

#[test]
fn a_copy_edited_elsewhere_merges_without_questions_and_keeps_both() {
    let (mut harness, _dir, other) = app_with_two_edits();
    start_merge(&mut harness, &other);

    assert!(
        harness
            .query_by_label_contains("Gemeenschappelijke versie: de back-up van")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Komt er vanzelf bij: 1 wijziging")
            .is_some()
    );
    assert!(harness.query_by_label_contains("Conflicten").is_none());
    harness.get_by_label("Toepassen").click();
    harness.run();
    settle(&mut harness);
    let data = harness.state().document().data().clone();
    assert_eq!(members(&data), 213, "mine kept");
    // The status says what the merge did, not that a log was written.
    assert!(
        harness
            .query_by_label_contains("1 wijziging overgenomen, 0 conflicten beslist")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Geëxporteerd naar")
            .is_none()
    );
    assert!(
        data.platforms
            .iter()
            .any(|p| p.activities.contains(&"Repaircafé".to_owned())),
        "theirs taken"
    );
}

#[test]
fn two_conflicts_decided_one_each_way_then_undone() {
    let original = original();
    let mut mine = original.clone();
    platform(&mut mine, OOST_PLATFORM).members = Some(Count::exact(213));
    mine.districts
        .iter_mut()
        .find(|d| d.name == "West")
        .unwrap()
        .situation = "West A".into();
    let mut theirs = original.clone();
    platform(&mut theirs, OOST_PLATFORM).members = Some(Count::exact(207));
    theirs
        .districts
        .iter_mut()
        .find(|d| d.name == "West")
        .unwrap()
        .situation = "West B".into();
    theirs
        .districts
        .iter_mut()
        .find(|d| d.name == "Zuid")
        .unwrap()
        .notes
        .push("Nieuw".into());
    let (mut harness, dir, other) = app_with_copies(&original, &mine, &theirs);
    start_merge(&mut harness, &other);

    assert!(
        harness
            .query_by_label("Conflicten: 2. Kies bij elk wat blijft.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Oost › Wijkcoöperatie Oost voor Elkaar › Leden")
            .is_some()
    );
    // Nothing chosen in advance, and no Toepassen until both are decided.
    for label in ["Mijn: 213", "Hun: 207", "Mijn: West A", "Hun: West B"] {
        assert_eq!(
            harness.get_by_label(label).accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::False),
            "{label} not chosen in advance"
        );
    }
    assert!(
        harness
            .get_by_label("Toepassen")
            .accesskit_node()
            .is_disabled()
    );
    choose(&mut harness, "Mijn: 213");
    assert!(
        harness
            .get_by_label("Toepassen")
            .accesskit_node()
            .is_disabled(),
        "one still open"
    );
    choose(&mut harness, "Hun: West B");
    assert!(
        !harness
            .get_by_label("Toepassen")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Toepassen").click();
    harness.run();
    settle(&mut harness);

    let data = harness.state().document().data().clone();
    assert_eq!(members(&data), 213);
    assert_eq!(west(&data), "West B");
    assert!(
        data.districts
            .iter()
            .any(|d| d.notes.contains(&"Nieuw".to_owned()))
    );
    let log =
        std::fs::read_to_string(dir.path().join("wijkdashboard.ron.samenvoegen.txt")).unwrap();
    assert!(
        log.contains("hun: 207") && log.contains("mijn: \"West A\""),
        "{log}"
    );
    assert!(
        harness
            .query_by_label_contains("2 conflicten beslist; de niet gekozen waarden staan in")
            .is_some(),
        "the status says where the values not chosen are kept, after the log is written"
    );

    // One undoable edit: Ctrl+Z gives back my copy as it was.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let data = harness.state().document().data().clone();
    assert_eq!(members(&data), 213);
    assert_eq!(west(&data), "West A");
    assert!(
        !data
            .districts
            .iter()
            .any(|d| d.notes.contains(&"Nieuw".to_owned()))
    );
}

#[test]
fn a_copy_of_another_register_makes_every_difference_a_question() {
    // Both made from the shipped data, each saved on its own: two documents.
    let mut mine = saved(store::default_dataset().unwrap());
    set_members(&mut mine, 213);
    let mut theirs = saved(store::default_dataset().unwrap());
    platform(&mut theirs, "Wijkcoöperatie Griftstroom")
        .activities
        .push("Repaircafé".into());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::save(&path, &mine).unwrap();
    let other = dir.path().join("ander-register.ron");
    store::save(&other, &theirs).unwrap();
    let mut harness = open_file(&path, OOST);
    start_merge(&mut harness, &other);

    assert!(
        harness
            .query_by_label_contains("Gemeenschappelijke versie: geen")
            .is_some()
    );
    // The changed number is a question; the added activity is kept beside
    // mine (a list of texts keeps the entries of both).
    assert!(
        harness
            .query_by_label("Conflicten: 1. Kies bij elk wat blijft.")
            .is_some()
    );
    choose(&mut harness, "Hun: 200");
    harness.get_by_label("Toepassen").click();
    harness.run();
    settle(&mut harness);
    let data = harness.state().document().data().clone();
    assert_eq!(members(&data), 200);
    assert!(
        data.platforms
            .iter()
            .any(|p| p.activities.contains(&"Repaircafé".to_owned()))
    );
}

#[test]
fn samenvoegen_when_another_program_changed_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::save(&path, &original()).unwrap();
    let mut harness = open_file(&path, OOST);
    harness
        .state_mut()
        .set_autosave_delay(std::time::Duration::from_secs(3600));
    // Mine: the members of Oost; theirs, saved by another window: West,
    // and the same members differently.
    crate::common::replace_text(&mut harness, "Leden", "215");
    let mut theirs = store::load(&path).unwrap();
    theirs
        .districts
        .iter_mut()
        .find(|d| d.name == "West")
        .unwrap()
        .situation = "West B".into();
    set_members(&mut theirs, 207);
    std::thread::sleep(std::time::Duration::from_millis(20));
    store::save(&path, &saved(theirs)).unwrap();
    crate::common::press_save(&mut harness);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Samenvoegen…")
        .click();
    harness.run();

    assert!(
        harness
            .query_by_label("wijkdashboard.ron samenvoegen met de versie van het andere programma")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Komt er vanzelf bij: 1 wijziging")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Conflicten: 1. Kies bij elk wat blijft.")
            .is_some()
    );
    choose(&mut harness, "Mijn: 215");
    harness.get_by_label("Toepassen").click();
    harness.run();
    settle(&mut harness);

    // Both in the data and, saved over the other program's version, in the file.
    for data in [
        harness.state().document().data().clone(),
        store::load(&path).unwrap(),
    ] {
        assert_eq!(members(&data), 215);
        assert_eq!(west(&data), "West B");
    }
    assert!(!harness.state().is_dirty());
    assert!(harness.state().dialog().is_none());
    // Their version is kept as a backup, their members in the merge log.
    let log =
        std::fs::read_to_string(dir.path().join("wijkdashboard.ron.samenvoegen.txt")).unwrap();
    assert!(log.contains("hun: 207"), "{log}");
    assert!(
        store::list_backups(&path)
            .iter()
            .any(|b| store::load(&b.path).is_ok_and(|d| members(&d) == 207))
    );
    // One undoable edit.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let data = harness.state().document().data().clone();
    assert_eq!(
        west(&data),
        store::default_dataset()
            .unwrap()
            .districts
            .iter()
            .find(|d| d.name == "West")
            .unwrap()
            .situation
    );
}

/// Issue 30: the workbook exported before the app edited on, with one cell
/// changed in Excel, read through *Tabel importeren…*: the merge shows the
/// version that went to Excel and exactly Excel's edit; the app's newer
/// members stay.
#[test]
fn an_older_workbook_read_back_brings_only_excels_edit() {
    use wijkdashboard::model::tables::export_tables;
    let original = original();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::save(&path, &original).unwrap();
    let mut mine = original.clone();
    platform(&mut mine, OOST_PLATFORM).members = Some(Count::exact(213));
    store::save(&path, &saved(mine)).unwrap();
    // "Excel": the same workbook with West's situation typed over (the
    // version on its origin sheet is still the original's).
    let mut excel = original.clone();
    excel
        .districts
        .iter_mut()
        .find(|d| d.name == "West")
        .unwrap()
        .situation = "Uit Excel.".into();
    let edited = dir.path().join("bewerkt.xlsx");
    store::write_xlsx(&edited, &export_tables(&excel, false)).unwrap();

    let mut harness = open_file(&path, OOST);
    click_menu(&mut harness, "Bestand", "Tabel importeren…");
    replace_text(&mut harness, "Pad", &edited.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(matches!(harness.state().dialog(), Some(Dialog::Merge(_))));
    assert!(
        harness
            .query_by_label_contains("de versie die naar Excel ging")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Komt er vanzelf bij: 1 wijziging")
            .is_some()
    );
    harness.get_by_label("Toepassen").click();
    harness.run();
    settle(&mut harness);
    let data = harness.state().document().data().clone();
    assert_eq!(west(&data), "Uit Excel.");
    assert_eq!(members(&data), 213, "the app's newer work is kept");
}

/// Issue 30: opening a group of the incoming changes grows the dialog
/// downwards; its title keeps its place, so the next click lands.
#[test]
fn the_merge_dialog_keeps_its_place_when_a_group_opens() {
    let (mut harness, _dir, other) = app_with_two_edits();
    harness.set_size(egui::vec2(1366.0, 768.0));
    harness.run();
    start_merge(&mut harness, &other);
    let title = |harness: &AppHarness| {
        harness
            .get_by_label_contains("Samenvoegen met kopie-noordoost")
            .rect()
            .top()
    };
    let before = title(&harness);
    harness.get_by_label_contains("Noordoost (").click();
    harness.run();
    harness.run();
    assert!(
        (title(&harness) - before).abs() < 1.0,
        "the title moved from {before} to {}",
        title(&harness)
    );
}
