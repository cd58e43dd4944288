//! The main window, driven as a user would: by role and label.

use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};
use wijkdashboard::store;

use crate::common::{app_in_temp_dir, press_save, replace_text, settle};

const OVERVECHT: &str = "WK034403";
const OOST: &str = "WK034405";
const ZUID: &str = "WK034407";
const WEST: &str = "WK034401";
const VLEUTEN: &str = "WK034410";

#[test]
fn selecting_overvecht_in_the_list_shows_its_platform() {
    let (mut harness, _dir, _) = app_in_temp_dir(WEST);
    assert_eq!(
        harness.get_by_label("Naam").value().as_deref(),
        Some("Wijkplatform West")
    );
    harness
        .get_by_role_and_label(Role::Button, "Overvecht")
        .click();
    harness.run();
    assert_eq!(harness.state().settings().selected_district, OVERVECHT);
    assert_eq!(
        harness.get_by_label("Naam").value().as_deref(),
        Some("Wijkplatform Overvecht")
    );
    // Its reach is readable at a glance.
    assert!(
        harness.query_all_by_value("600").count() >= 2,
        "mailing list of 600 residents and 600 professionals"
    );
}

#[test]
fn searching_lunetten_leaves_zuid() {
    let (mut harness, _dir, _) = app_in_temp_dir(WEST);
    harness.get_by_label("🔍 Zoeken").focus();
    harness.run();
    harness.get_by_label("🔍 Zoeken").type_text("Lunetten");
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Zuid")
            .is_some()
    );
    for other in ["West", "Overvecht", "Oost", "Zuidwest", "Vleuten-De Meern"] {
        assert!(
            harness
                .query_by_role_and_label(Role::Button, other)
                .is_none(),
            "{other} should be filtered out"
        );
    }
    // A buurt name finds its wijk too.
    replace_text(&mut harness, "🔍 Zoeken", "kanaleneiland");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Zuidwest")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Zuid")
            .is_none()
    );
}

#[test]
fn clicking_a_wijk_on_the_map_selects_it_in_the_list() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    harness.get_by_label("Oost op de kaart").click();
    harness.run();
    assert_eq!(harness.state().settings().selected_district, OOST);
    let row = harness.get_by_role_and_label(Role::Button, "Oost");
    assert_eq!(row.accesskit_node().toggled(), Some(Toggled::True));
    let old_row = harness.get_by_role_and_label(Role::Button, "Overvecht");
    assert_eq!(old_row.accesskit_node().toggled(), Some(Toggled::False));
}

#[test]
fn arrow_keys_move_through_the_list_and_ctrl_f_focuses_search() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().settings().selected_district, "WK034404");
    harness.key_press(egui::Key::ArrowUp);
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().settings().selected_district, "WK034402");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    assert!(harness.get_by_label("🔍 Zoeken").is_focused());
}

#[test]
fn editing_a_number_and_undoing_restores_it() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    assert_eq!(
        harness.get_by_label("Leden").value().as_deref(),
        Some("200")
    );
    replace_text(&mut harness, "Leden", "215");
    let members = crate::common::oost_members;
    assert_eq!(members(&harness), Some(215));
    assert!(
        harness.state().title().starts_with('●'),
        "unsaved marker in the title"
    );
    // Ctrl+Z, as a user would (the field still has focus).
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(members(&harness), Some(200));
    assert_eq!(
        harness.get_by_label("Leden").value().as_deref(),
        Some("200")
    );
    // And redo with Ctrl+Y.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(members(&harness), Some(215));
}

#[test]
fn an_invalid_number_is_kept_as_typed_with_its_message_and_changes_nothing() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    replace_text(&mut harness, "Leden", "veel");
    assert_eq!(
        harness.get_by_label("Leden").value().as_deref(),
        Some("veel")
    );
    assert!(harness.query_by_label_contains("is geen getal").is_some());
    assert_eq!(crate::common::oost_members(&harness), Some(200));
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_half_typed_field_shows_its_message_and_is_saved_all_the_same() {
    let (mut harness, _dir, path) = app_in_temp_dir(OVERVECHT);
    harness
        .state_mut()
        .set_autosave_delay(std::time::Duration::ZERO);
    replace_text(&mut harness, "Naam", "");
    harness.key_press(egui::Key::Backspace);
    harness.run();
    assert!(harness.query_by_label_contains("de naam is leeg").is_some());
    // The other fields keep being saved: one empty name does not stop autosave.
    replace_text(&mut harness, "Leden", "412");
    settle(&mut harness);
    settle(&mut harness);
    let saved = store::load(&path).unwrap();
    let overvecht = saved
        .platforms
        .iter()
        .find(|p| p.district == OVERVECHT)
        .unwrap();
    assert_eq!(overvecht.members.map(|m| m.value), Some(412));
    assert_eq!(overvecht.name, "", "saved as typed; the message stays");
    assert!(!harness.state().is_dirty());
    replace_text(&mut harness, "Naam", "Wijkplatform Overvecht e.o.");
    settle(&mut harness);
    settle(&mut harness);
    let saved = store::load(&path).unwrap();
    assert!(
        saved
            .platforms
            .iter()
            .any(|p| p.name == "Wijkplatform Overvecht e.o."),
        "autosaved"
    );
    assert!(harness.query_by_label_contains("de naam is leeg").is_none());
}

#[test]
fn adding_a_platform_to_vleuten_de_meern_ends_up_in_the_saved_file() {
    let (mut harness, _dir, path) = app_in_temp_dir(VLEUTEN);
    assert!(
        harness
            .query_by_label_contains("heeft (nog) geen wijkplatform")
            .is_some()
    );
    harness.get_by_label("➕ Wijkplatform toevoegen").click();
    harness.run();
    replace_text(&mut harness, "Naam", "Wijkplatform Vleuten-De Meern");
    press_save(&mut harness);
    let saved = store::load(&path).unwrap();
    let added = saved
        .platforms
        .iter()
        .find(|p| p.name == "Wijkplatform Vleuten-De Meern")
        .expect("saved");
    assert_eq!(added.district, VLEUTEN);
    assert!(!harness.state().is_dirty());
    assert!(!harness.state().title().starts_with('●'));
}

#[test]
fn zuid_shows_both_its_platforms() {
    let (harness, _dir, _) = app_in_temp_dir(ZUID);
    let names: Vec<String> = harness
        .get_all_by_label("Naam")
        .filter_map(|n| n.value())
        .collect();
    assert_eq!(
        names,
        [
            "Bewoners Overleg Lunetten (BOL)",
            "Wijkcoöperatie Lumineus Lunetten"
        ]
    );
}

#[test]
fn a_failed_import_changes_nothing_and_shows_line_and_column() {
    let (mut harness, dir, _) = app_in_temp_dir(OVERVECHT);
    let before = harness.state().data().clone();
    let broken = dir.path().join("kapot.ron");
    std::fs::write(
        &broken,
        store::DEFAULT_DATA_RON.replacen("status: Actief", "status: ???", 1),
    )
    .unwrap();
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label_contains("Importeren…").click();
    harness.run();
    replace_text(&mut harness, "Pad", &broken.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Importeren")
        .click();
    harness.run();
    let node = harness.get_by_label_contains("kapot.ron:");
    let message = format!("{node:?}");
    assert!(message.contains("onverwacht teken '?'"), "{message}");
    assert!(message.contains("niet gewijzigd"), "{message}");
    assert_eq!(*harness.state().data(), before);
    assert!(!harness.state().is_dirty());
}

#[test]
fn importing_shows_what_changes_and_merging_is_undoable() {
    let (mut harness, dir, _) = app_in_temp_dir(OVERVECHT);
    let before = harness.state().data().clone();
    let mut other = before.clone();
    other.platforms[0].name = "Indekerngezond (nieuw)".into();
    let mut extra = other.platforms[0].clone();
    extra.id = "extra".into();
    extra.name = "Extra platform".into();
    other.platforms.push(extra);
    let file = dir.path().join("ander.ron");
    store::save(&file, &other).unwrap();
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label_contains("Importeren…").click();
    harness.run();
    replace_text(&mut harness, "Pad", &file.display().to_string());
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.query_by_label("Samenvoegen").is_some());
    harness.get_by_label("Samenvoegen").click();
    harness.run();
    assert_eq!(
        harness.state().data().platforms.len(),
        before.platforms.len() + 1
    );
    assert_eq!(
        harness.state().data().platforms[0].name,
        "Indekerngezond (nieuw)"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(*harness.state().data(), before);
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    harness
        .state_mut()
        .set_autosave_delay(std::time::Duration::from_secs(3600));
    replace_text(&mut harness, "Leden", "201");
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert!(
        harness
            .query_by_label("Niet-opgeslagen wijzigingen")
            .is_some()
    );
    for choice in ["Opslaan", "Niet opslaan", "Annuleren"] {
        assert!(
            harness
                .query_by_role_and_label(Role::Button, choice)
                .is_some(),
            "{choice}"
        );
    }
    harness
        .get_by_role_and_label(Role::Button, "Annuleren")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Niet-opgeslagen wijzigingen")
            .is_none()
    );
    assert!(harness.state().is_dirty(), "cancel keeps the edits");
}

/// Issue 30: an ambition without indicators stays in the Indicatoren list
/// and says it has none yet, instead of vanishing.
#[test]
fn an_ambition_without_indicators_says_so() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    crate::common::open_view(&mut harness, "📈 Indicatoren");
    assert!(
        harness
            .query_by_label("Ambitie 3: Veilige buurten")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Nog geen indicatoren bij deze ambitie.")
            .is_some()
    );
}

/// Issue 30: F1 shows every shortcut the commands have (from the command
/// vocabulary), Ctrl+2 opens Indicatoren, and Help → Over Wijkdashboard
/// tells the version and where the data and the error log are.
#[test]
fn help_lists_every_shortcut_and_ctrl_2_opens_indicatoren() {
    use wijkdashboard::command::UiCommand;
    use wijkdashboard::ui::shell::Dialog;
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    harness.set_size(egui::vec2(1366.0, 768.0));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    assert_eq!(
        harness.state().settings().view,
        wijkdashboard::command::View::Indicatoren
    );
    // Ctrl+Tab to the next tab, Ctrl+Shift+Tab back, round at the ends.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Tab);
    harness.run();
    assert_eq!(
        harness.state().settings().view,
        wijkdashboard::command::View::Budget
    );
    for _ in 0..3 {
        harness.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::Tab,
        );
        harness.run();
    }
    assert_eq!(
        harness.state().settings().view,
        wijkdashboard::command::View::Voortgang
    );
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(matches!(harness.state().dialog(), Some(Dialog::Help)));
    for command in UiCommand::all().filter(|c| !c.shortcuts().is_empty()) {
        let keys: Vec<String> = command
            .shortcuts()
            .iter()
            .map(|s| harness.ctx.format_shortcut(s))
            .collect();
        assert!(
            harness.query_all_by_label(&keys.join(" of ")).count() >= 1,
            "{command:?} with {keys:?} is in the help"
        );
    }
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().dialog().is_none(), "closed");
    crate::common::click_menu(&mut harness, "Help", "Over Wijkdashboard");
    assert!(
        harness
            .query_by_label_contains(&format!("Versie {}", env!("CARGO_PKG_VERSION")))
            .is_some()
    );
    assert!(harness.query_by_label_contains("Foutenlog: ").is_some());
    assert!(harness.query_by_label_contains("Gegevens: ").is_some());
}
