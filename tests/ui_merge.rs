//! *Bestand → Samenvoegen met…* as a user goes through it: a copy merged
//! without conflicts; a copy with two conflicts, decided one each way, then
//! undone with Ctrl+Z.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic: that is how they fail.

mod common;

use egui_kittest::kittest::{NodeT, Queryable};

use common::{AppHarness, click_menu, open_file, replace_text, settle};
use wijkdashboard::model::{Count, Dataset};
use wijkdashboard::store;
use wijkdashboard::ui::shell::Dialog;

const OOST: &str = "WK034405";
const OOST_PLATFORM: &str = "Wijkcoöperatie Oost voor Elkaar";

fn platform<'a>(data: &'a mut Dataset, name: &str) -> &'a mut wijkdashboard::model::Platform {
    data.platforms.iter_mut().find(|p| p.name == name).unwrap()
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

/// The app on `mine`, whose file was saved over `original` (so the backup
/// holds the version both copies come from), with `theirs` beside it.
fn app_with_copies(
    mine: &Dataset,
    theirs: &Dataset,
) -> (AppHarness, tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wijkdashboard.ron");
    store::save(&path, &store::default_dataset().unwrap()).unwrap();
    store::save(&path, mine).unwrap();
    let other = dir.path().join("kopie-noordoost.ron");
    store::save(&other, theirs).unwrap();
    let harness = open_file(&path, OOST);
    (harness, dir, other)
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

#[test]
fn a_copy_edited_elsewhere_merges_without_questions_and_keeps_both() {
    let original = store::default_dataset().unwrap();
    let mut mine = original.clone();
    platform(&mut mine, OOST_PLATFORM).members = Some(Count::exact(213));
    let mut theirs = original.clone();
    platform(&mut theirs, "Wijkcoöperatie Griftstroom")
        .activities
        .push("Repaircafé".into());
    let (mut harness, _dir, other) = app_with_copies(&mine, &theirs);
    start_merge(&mut harness, &other);

    assert!(
        harness
            .query_by_label_contains("Gemeenschappelijke versie: de stand van")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Komt er vanzelf bij: 1 wijziging(en)")
            .is_some()
    );
    assert!(harness.query_by_label_contains("Conflicten").is_none());
    harness.get_by_label("Toepassen").click();
    harness.run();
    settle(&mut harness);
    let data = harness.state().document().data().clone();
    assert_eq!(members(&data), 213, "mine kept");
    assert!(
        data.platforms
            .iter()
            .any(|p| p.activities.contains(&"Repaircafé".to_owned())),
        "theirs taken"
    );
}

#[test]
fn two_conflicts_decided_one_each_way_then_undone() {
    let original = store::default_dataset().unwrap();
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
    let (mut harness, dir, other) = app_with_copies(&mine, &theirs);
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
    harness.get_by_label("Mijn: 213").scroll_to_me();
    harness.run();
    harness.get_by_label("Mijn: 213").click();
    harness.run();
    assert!(
        harness
            .get_by_label("Toepassen")
            .accesskit_node()
            .is_disabled(),
        "one still open"
    );
    harness.get_by_label("Hun: West B").scroll_to_me();
    harness.run();
    harness.get_by_label("Hun: West B").click();
    harness.run();
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
