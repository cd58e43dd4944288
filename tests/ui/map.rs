//! The real map as a user meets it: importing the boundaries through the
//! menu (with the in-app path field), the preview, undo, clicking a wijk on
//! the map, and the toggle between Kaart and Tegels.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use wijkdashboard::command::MapKind;

use crate::common::{AppHarness, app_in_temp_dir, app_on_data, click_menu, replace_text};

const SHARED_MAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/utrecht-wijken.geojson"
);

fn import_through_the_menu(harness: &mut AppHarness, path: &str) {
    click_menu(harness, "Bestand", "Kaart importeren…");
    replace_text(harness, "Pad", path);
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Imports the shared map through the menu and applies it.
fn import_and_apply(harness: &mut AppHarness) {
    import_through_the_menu(harness, SHARED_MAP);
    harness
        .get_by_role_and_label(Role::Button, "Toepassen")
        .click();
    harness.run();
}

/// A register from before the shipped data carried the boundaries.
fn app_without_boundaries() -> (AppHarness, tempfile::TempDir, std::path::PathBuf) {
    let mut data = wijkdashboard::store::default_dataset().unwrap();
    data.boundaries.clear();
    app_on_data(&data, "WK034403")
}

#[test]
fn the_first_start_shows_the_real_map_of_utrecht() {
    let (harness, _dir, _) = app_in_temp_dir("WK034403");
    assert_eq!(harness.state().data().boundaries.len(), 10);
    assert_eq!(harness.state().settings().map_kind, MapKind::Kaart);
    assert!(harness.state().document().derived().map.is_some());
    // The toggle is there, and the wijken are buttons on the real map.
    assert!(harness.query_by_label("Tegels").is_some());
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Vleuten-De Meern op de kaart")
            .is_some()
    );
}

#[test]
fn importing_the_map_shows_a_preview_and_is_one_undoable_step() {
    let (mut harness, _dir, _) = app_without_boundaries();
    assert!(
        harness.query_by_label("Tegels").is_none(),
        "no toggle without a map"
    );
    import_through_the_menu(&mut harness, SHARED_MAP);
    assert!(
        harness
            .query_by_label_contains("10 van de 10 wijken gevonden")
            .is_some()
    );
    assert!(
        harness.state().data().boundaries.is_empty(),
        "nothing changes before Toepassen"
    );
    harness
        .get_by_role_and_label(Role::Button, "Toepassen")
        .click();
    harness.run();
    assert_eq!(harness.state().data().boundaries.len(), 10);
    assert!(harness.query_by_label("Tegels").is_some());
    assert!(harness.state().document().derived().map.is_some());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(harness.state().data().boundaries.is_empty());
    assert!(harness.state().document().derived().map.is_none());
}

#[test]
fn clicking_a_wijk_on_the_real_map_selects_it_and_the_toggle_switches_to_tiles() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    import_and_apply(&mut harness);
    // Every wijk is a button on the map, for the keyboard and screen readers.
    for name in ["Binnenstad", "Noordoost", "Vleuten-De Meern"] {
        assert!(
            harness
                .query_by_role_and_label(Role::Button, &format!("{name} op de kaart"))
                .is_some(),
            "{name}"
        );
    }
    harness.get_by_label("Zuid op de kaart").click();
    harness.run();
    assert_eq!(harness.state().settings().selected_district, "WK034407");
    harness.get_by_label("Tegels").click();
    harness.run();
    assert_eq!(harness.state().settings().map_kind, MapKind::Tegels);
    harness.get_by_label("Oost op de kaart").click();
    harness.run();
    assert_eq!(harness.state().settings().selected_district, "WK034405");
    harness.get_by_label("Kaart").click();
    harness.run();
    assert_eq!(harness.state().settings().map_kind, MapKind::Kaart);
}

#[test]
fn a_bad_map_file_changes_nothing_and_says_where() {
    let (mut harness, dir, _) = app_without_boundaries();
    let bad = dir.path().join("kapot.geojson");
    std::fs::write(&bad, "{\"type\": \"FeatureCollection\",\n \"features\": [").unwrap();
    import_through_the_menu(&mut harness, &bad.display().to_string());
    let message = harness.get_by_label_contains("kapot.geojson:2:");
    assert!(
        format!("{message:?}").contains("plotseling op"),
        "{message:?}"
    );
    assert!(harness.state().data().boundaries.is_empty());
    assert!(!harness.state().is_dirty());
}

#[test]
fn the_overview_slide_shows_the_real_map() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    import_and_apply(&mut harness);
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().is_presenting());
    harness.get_by_label("Overvecht op de kaart").click();
    harness.run();
    assert!(
        harness.query_by_label("Wijk Overvecht").is_some(),
        "a click on the map opens its slide"
    );
}

/// Issue 30: at 1024×768 the side panels give way, so every wijk's name on
/// the map lies left of the detail panel and no control of the panel lies
/// on the map.
#[test]
fn at_1024_by_768_the_detail_panel_leaves_the_map_whole() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT, Queryable};
    let (mut harness, _dir, _) = crate::common::app_in_temp_dir("WK034403");
    harness.set_size(egui::vec2(1024.0, 768.0));
    harness.run();
    harness.run();
    let detail_left = harness.get_by_label("CBS-code WK034403").rect().left();
    let names: Vec<egui::Rect> = harness
        .query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.ends_with(" op de kaart"))
        })
        .map(|n| n.rect())
        .collect();
    assert_eq!(names.len(), 10, "every wijk on the map");
    for rect in names {
        assert!(
            rect.right() <= detail_left,
            "a wijk at {rect:?} lies under the detail panel at x = {detail_left}"
        );
    }
}
