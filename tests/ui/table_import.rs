//! *Tabel importeren…* as a wijkmanager uses it: the research department's
//! CSV (a column per year, the wijken by CBS code, the Utrecht average in a
//! row) read through the menu, the mapping step (the indicator chosen in a
//! drop-down), the preview of what changes, *Toepassen*, then Ctrl+Z; the
//! same layout next time gets the same mapping. And a table with a problem
//! shows it with its place and cannot be applied.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{AppHarness, app_in_temp_dir, click_menu, replace_text};

const POVERTY: &str = "armoedegrens";

fn poverty(harness: &AppHarness, year: i32) -> (Option<f64>, Option<f64>) {
    let indicator = harness
        .state()
        .data()
        .indicators
        .iter()
        .find(|i| i.id == POVERTY)
        .unwrap();
    indicator
        .values
        .iter()
        .find(|v| v.year == year)
        .map_or((None, None), |v| (v.district, v.utrecht))
}

/// Writes `text` as a CSV file in `dir` and opens it through the menu.
fn import_csv(harness: &mut AppHarness, dir: &std::path::Path, text: &str) {
    let path = dir.join("monitor 2026.csv");
    std::fs::write(&path, text).unwrap();
    click_menu(harness, "Bestand", "Tabel importeren…");
    replace_text(harness, "Pad", &path.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label("Tabel importeren").is_some(),
        "the dialog opens"
    );
}

/// Chooses `option` in the drop-down labelled `label`.
fn choose(harness: &mut AppHarness, label: &str, option: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

#[test]
fn a_monitor_csv_is_mapped_previewed_applied_and_undone() {
    let (mut harness, dir, _) = app_in_temp_dir("WK034403");
    assert_eq!(
        poverty(&harness, 2026),
        (None, None),
        "no figure for 2026 yet"
    );
    // As CBS writes codes: lower case, padded; Windows-1252 is read too.
    let csv = "Wijken;2025;2026\n  wk034403  ;29;31%\nGemeente Utrecht;14;13,5\nWK034401;10;11\n";
    import_csv(&mut harness, dir.path(), csv);
    // The mapping step: the years are found in the titles, the average row
    // by its name; the indicator, which the table does not name, is asked for.
    assert!(
        harness
            .query_by_label_contains("Kies de indicator die de tabel vult.")
            .is_some(),
        "no indicator taken for granted"
    );
    choose(
        &mut harness,
        "Indicator",
        "Huishoudens op of onder de Utrechtse armoedegrens (Overvecht)",
    );
    assert!(
        harness.query_by_label_contains(" wijziging").is_some(),
        "a preview"
    );
    assert!(
        harness
            .query_by_label_contains("van andere wijken niet gebruikt")
            .is_some(),
        "West's row is said to be unused"
    );
    let apply = harness.get_by_role_and_label(Role::Button, "Toepassen");
    apply.click();
    harness.run();
    assert_eq!(poverty(&harness, 2026), (Some(31.0), Some(13.5)));
    assert!(
        harness.query_by_label("Tabel importeren").is_none(),
        "the dialog closed"
    );
    // One undoable edit.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        poverty(&harness, 2026),
        (None, None),
        "Ctrl+Z undoes the whole import"
    );

    // The same layout again: the mapping is remembered, Toepassen works at once.
    import_csv(&mut harness, dir.path(), csv);
    harness
        .get_by_role_and_label(Role::Button, "Toepassen")
        .click();
    harness.run();
    assert_eq!(poverty(&harness, 2026), (Some(31.0), Some(13.5)));
}

#[test]
fn a_table_with_a_problem_shows_its_place_and_cannot_be_applied() {
    let (mut harness, dir, _) = app_in_temp_dir("WK034403");
    let before = harness.state().data().clone();
    import_csv(
        &mut harness,
        dir.path(),
        "Gebied;Jaar;Waarde\nOvervecht;2026;drie\nOvervecht;2025;30\n",
    );
    choose(
        &mut harness,
        "Indicator",
        "Huishoudens op of onder de Utrechtse armoedegrens (Overvecht)",
    );
    assert!(
        harness
            .query_by_label_contains("regel 2, kolom 3: 'drie' is geen getal")
            .is_some()
    );
    let apply = harness.get_by_role_and_label(Role::Button, "Toepassen");
    apply.click();
    harness.run();
    assert_eq!(harness.state().data(), &before, "nothing applied in part");
}

/// Issue 30: the path field is focused, and the next time it proposes the
/// folder the user chose last for this kind of file.
#[test]
fn the_path_field_is_focused_and_starts_in_the_folder_last_used() {
    let (mut harness, dir, _) = app_in_temp_dir("WK034403");
    let folder = dir.path().join("tabellen");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("monitor 2026.csv");
    std::fs::write(&path, "Wijk;2026\nOvervecht;31\n").unwrap();
    click_menu(&mut harness, "Bestand", "Tabel importeren…");
    assert!(
        harness.get_by_label("Pad").is_focused(),
        "the field has the keyboard"
    );
    replace_text(&mut harness, "Pad", &path.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    click_menu(&mut harness, "Bestand", "Tabel importeren…");
    let proposed = harness
        .get_by_label("Pad")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(
        proposed.starts_with(&folder.display().to_string()),
        "{proposed}"
    );
}
