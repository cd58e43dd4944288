//! The daily flow of a wijkmanager without stumbling (issue 16): each test
//! is one point that got in the way, driven as a user does it.

use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{AppHarness, app_in_temp_dir, click_menu, oost_members_in, retype, settle};

const OOST: &str = "WK034405";

fn never_autosave(harness: &mut AppHarness) {
    harness
        .state_mut()
        .set_autosave_delay(Duration::from_secs(3600));
}

// 1. The close question counts undo steps, follows the saves, and answers
//    Esc (Annuleren) and Enter (the default).

#[test]
fn the_close_question_counts_one_edit_of_one_field_as_one_change_and_esc_cancels() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    never_autosave(&mut harness);
    retype(&mut harness, "Leden", "205");
    click_menu(&mut harness, "Bestand", "Afsluiten");
    assert!(
        harness
            .query_by_label_contains("U heeft 1 wijziging sinds")
            .is_some(),
        "one field edited is one change"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().dialog().is_none(), "Esc is Annuleren");
    assert!(!harness.state().is_closing());
    assert!(harness.state().is_dirty(), "nothing was lost");
}

#[test]
fn the_close_question_says_so_when_the_autosave_put_everything_in_the_file() {
    let (mut harness, _dir, path) = app_in_temp_dir(OOST);
    never_autosave(&mut harness);
    retype(&mut harness, "Leden", "205");
    click_menu(&mut harness, "Bestand", "Afsluiten");
    assert!(
        harness
            .query_by_label("Niet-opgeslagen wijzigingen")
            .is_some()
    );
    // The automatic save runs while the question is open.
    harness.state_mut().set_autosave_delay(Duration::ZERO);
    harness.run();
    settle(&mut harness);
    assert_eq!(
        oost_members_in(&wijkdashboard::store::load(&path).unwrap()),
        Some(205)
    );
    assert!(
        harness
            .query_by_label("Niet-opgeslagen wijzigingen")
            .is_none(),
        "the question no longer claims unsaved changes"
    );
    assert!(harness.query_by_label("Alles is opgeslagen").is_some());
    // Enter takes the default: go on and close.
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().is_closing());
}

#[test]
fn enter_in_the_close_question_saves_and_closes() {
    let (mut harness, _dir, path) = app_in_temp_dir(OOST);
    never_autosave(&mut harness);
    retype(&mut harness, "Leden", "207");
    click_menu(&mut harness, "Bestand", "Afsluiten");
    harness.key_press(egui::Key::Enter);
    harness.run();
    settle(&mut harness);
    assert_eq!(
        oost_members_in(&wijkdashboard::store::load(&path).unwrap()),
        Some(207)
    );
    assert!(harness.state().is_closing());
}

// 2. The Excel export names its own file type, suggests a dated file name
//    and takes one step.

#[test]
fn the_excel_export_suggests_a_dated_xlsx_name_and_exports_in_one_dialog() {
    let (mut harness, dir, _) = app_in_temp_dir(OOST);
    click_menu(&mut harness, "Bestand", "Exporteren naar Excel…");
    let field = "Waar: het Excel-bestand (.xlsx)";
    let suggested = harness.get_by_label(field).value().unwrap_or_default();
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d");
    assert!(
        suggested.ends_with(&format!("Wijkdashboard {today}.xlsx")),
        "{suggested}"
    );
    assert!(
        harness.query_by_label_contains("(.ron)").is_none(),
        "no talk of .ron files"
    );
    let target = dir.path().join(format!("Wijkdashboard {today}.xlsx"));
    crate::common::replace_text(&mut harness, field, &target.display().to_string());
    harness.get_by_label("Exporteren").click();
    harness.run();
    settle(&mut harness);
    assert!(target.exists(), "written in one step");
    assert!(harness.state().dialog().is_none());
}

// 3. The indicator chart's legend stays clear of the data, also of the
//    value just entered.

#[test]
fn the_indicator_legend_stands_beside_the_chart_not_on_the_newest_value() {
    for size in [[1366.0, 768.0], [1920.0, 1080.0]] {
        let (mut harness, _dir, _) = app_in_temp_dir(OOST);
        harness.set_size(egui::vec2(size[0], size[1]));
        crate::common::open_view(&mut harness, "📈 Indicatoren");
        harness
            .get_by_role_and_label(Role::Button, "Gezinnen bij Buurtteam Jeugd & Gezin")
            .click();
        harness.run();
        // A new year with a value: the newest point, top right.
        harness.get_by_label("+ Jaar toevoegen").click();
        harness.run();
        crate::common::replace_text(&mut harness, "Overvecht 2024", "400");
        let chart = harness
            .query_all_by_role(Role::Image)
            .find(|node| {
                node.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with("Grafiek Gezinnen bij Buurtteam"))
            })
            .expect("the chart")
            .rect();
        for name in ["Overvecht", "Utrecht gemiddeld"] {
            for entry in harness.query_all_by_label(name) {
                assert!(
                    !entry.rect().intersects(chart),
                    "{name} at {:?} lies on the chart {chart:?} ({size:?})",
                    entry.rect()
                );
            }
        }
    }
}

// 4. Search is a keyboard flow; each view keeps its own scroll position and
//    a newly chosen wijk starts at its top.

fn selected(harness: &AppHarness) -> String {
    harness.state().settings().selected_district.clone()
}

#[test]
fn search_is_a_keyboard_flow_with_enter_arrows_esc_and_a_clear_button() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034401");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.get_by_label("🔍 Zoeken").type_text("zuid");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("2 wijken gevonden")
            .is_some()
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        selected(&harness),
        "WK034407",
        "Enter opens the first match: Zuid"
    );
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(selected(&harness), "WK034408", "↓ goes to Zuidwest");
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(selected(&harness), "WK034407", "↑ back to Zuid");
    assert!(
        harness.get_by_label("🔍 Zoeken").is_focused(),
        "still typing"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(
        harness.get_by_label("🔍 Zoeken").value().as_deref(),
        Some("")
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Overvecht")
            .is_some(),
        "Esc cleared the search: every wijk is back"
    );
    harness.get_by_label("🔍 Zoeken").focus();
    harness.run();
    harness.get_by_label("🔍 Zoeken").type_text("lunetten");
    harness.run();
    harness.get_by_label("Zoekopdracht wissen").click();
    harness.run();
    assert_eq!(
        harness.get_by_label("🔍 Zoeken").value().as_deref(),
        Some("")
    );
}

#[test]
fn a_newly_chosen_wijk_opens_at_its_top() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    // Scroll the detail panel down to Overvecht's last button.
    harness
        .get_by_label("🗑 Wijkplatform verwijderen")
        .scroll_to_me();
    harness.run();
    assert!(
        harness.get_by_label("CBS-code WK034403").rect().top() < 0.0,
        "scrolled down"
    );
    harness.get_by_role_and_label(Role::Button, "Oost").click();
    harness.run();
    let top = harness.get_by_label("CBS-code WK034405").rect().top();
    assert!(
        (0.0..150.0).contains(&top),
        "Oost starts at its top ({top})"
    );
}

#[test]
fn the_budget_tab_opens_at_its_own_place_not_the_scenario_tabs() {
    let (mut harness, _dir, _) =
        crate::common::app_on_data(&crate::common::with_two_scenarios(), "WK034403");
    crate::common::open_view(&mut harness, "📊 Scenario's");
    harness
        .get_by_label("🗑 Scenario verwijderen")
        .scroll_to_me();
    harness.run();
    crate::common::open_view(&mut harness, "💶 Budget");
    let heading = harness
        .get_by_label("Budget Samen voor Overvecht")
        .rect()
        .top();
    assert!(
        (0.0..150.0).contains(&heading),
        "Budget opens at its top ({heading})"
    );
}

// 5. Ambitions by their short names, and a scenario panel that keeps its width.

#[test]
fn the_cut_form_names_the_ambitions_and_the_panel_keeps_its_width() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    crate::common::open_view(&mut harness, "📊 Scenario's");
    let central_left = |harness: &AppHarness| {
        harness
            .get_by_label("Scenario's voor de bezuiniging")
            .rect()
            .left()
    };
    let before = central_left(&harness);
    harness
        .get_by_role_and_label(Role::RadioButton, "Bezuiniging per ambitie in procent")
        .click();
    harness.run();
    for short in ["Wonen", "Jeugd", "Veilige buurten", "Zorg", "Meedoen"] {
        assert!(harness.query_by_label(short).is_some(), "{short}");
    }
    assert!(
        harness.query_by_label("Ambitie 2").is_none(),
        "no bare numbers"
    );
    let fields: Vec<String> = harness
        .query_all_by_role(Role::TextInput)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Ambitie "))
        .collect();
    crate::common::replace_text(&mut harness, &fields[0], "100");
    assert!(
        harness
            .query_by_label("Wat elke ambitie verliest")
            .is_some()
    );
    let after = central_left(&harness);
    assert!(
        (after - before).abs() < 1.0,
        "the left panel grew from {before} to {after}"
    );
}

// 6. Fields have a border that stands out 3:1, and a new row gets the keyboard.

#[test]
fn input_fields_have_a_visible_border_in_both_themes() {
    let (harness, _dir, _) = app_in_temp_dir(OOST);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let visuals = harness.ctx.style_of(theme).visuals.clone();
        let border = visuals.widgets.inactive.bg_stroke;
        assert!(border.width >= 1.0, "{theme:?}: a border is drawn");
        for (what, next_to) in [
            ("the panel", visuals.panel_fill),
            ("the field", visuals.extreme_bg_color),
        ] {
            let ratio = wijkdashboard::ui::widgets::palette::contrast_ratio(border.color, next_to);
            assert!(
                ratio >= 3.0,
                "{theme:?}: border against {what}: {ratio:.2}:1"
            );
        }
    }
}

#[test]
fn a_new_log_line_gets_the_keyboard_and_waits_with_its_error_until_left() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    let before = harness
        .state()
        .data()
        .platforms_of("WK034403")
        .next()
        .unwrap()
        .1
        .log
        .len();
    harness
        .get_by_label("+ Logboekregel toevoegen")
        .scroll_to_me();
    harness.run();
    harness.get_by_label("+ Logboekregel toevoegen").click();
    harness.run();
    let field = format!("Logboekregel {}", before + 1);
    assert!(
        harness.get_by_label(&field).is_focused(),
        "typing goes into the new line"
    );
    // 7. No error before the user could type.
    assert!(
        harness
            .query_by_label_contains("heeft geen tekst")
            .is_none()
    );
    assert!(harness.query_by_label_contains(" fout").is_none());
    harness.get_by_label(&field).type_text("Eerste bijeenkomst");
    harness.run();
    let log = &harness
        .state()
        .data()
        .platforms_of("WK034403")
        .next()
        .unwrap()
        .1
        .log;
    assert_eq!(
        log.last().map(|e| e.text.as_str()),
        Some("Eerste bijeenkomst")
    );
}

// 7. Validation from the moment a field is left; one name for the log; a
//    source the user can type.

#[test]
fn an_empty_log_line_says_so_once_it_is_left() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    harness
        .get_by_label("+ Logboekregel toevoegen")
        .scroll_to_me();
    harness.run();
    harness.get_by_label("+ Logboekregel toevoegen").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("heeft geen tekst")
            .is_none()
    );
    // Leave the empty line.
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("de logboekregel heeft geen tekst")
            .is_some()
    );
    assert!(harness.query_by_label_contains("1 fout,").is_some());
    assert!(
        harness.query_by_label_contains("Gebeurtenis").is_none(),
        "one name: logboek"
    );
}

#[test]
fn a_value_the_user_typed_can_be_given_its_real_source() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    crate::common::open_view(&mut harness, "📈 Indicatoren");
    harness
        .get_by_role_and_label(Role::Button, "Gezinnen bij Buurtteam Jeugd & Gezin")
        .click();
    harness.run();
    harness.get_by_label("+ Jaar toevoegen").click();
    harness.run();
    crate::common::replace_text(&mut harness, "Overvecht 2024", "300");
    crate::common::replace_text(&mut harness, "Bron 2024", "Jaarverslag Buurtteam 2024");
    let indicator = harness
        .state()
        .data()
        .indicators
        .iter()
        .find(|i| i.id == "gezinnen-buurtteam")
        .unwrap()
        .clone();
    let value = indicator.values.iter().find(|v| v.year == 2024).unwrap();
    assert_eq!(value.district, Some(300.0));
    assert_eq!(value.source.section, "Jaarverslag Buurtteam 2024");
    // A value from the seeds shows its document and section in full.
    assert!(
        harness
            .query_by_label_contains("ingevoerd door de gebruiker")
            .is_none()
    );
}

// 8. Qualifiers stay unless the user changes them.

#[test]
fn retyping_the_member_count_keeps_bijna() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    retype(&mut harness, "Leden", "205");
    let members = harness
        .state()
        .data()
        .platforms
        .iter()
        .find(|p| p.id == "oost-voor-elkaar")
        .and_then(|p| p.members)
        .unwrap();
    assert_eq!(members.value, 205);
    assert_eq!(members.qualifier, wijkdashboard::model::Qualifier::Nearly);
}

// 9. Messages say what they refer to, are never cut off, cover nothing, and
//    fade; a save says its second.

#[test]
fn the_undo_message_says_what_was_undone_stays_whole_and_fades() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    never_autosave(&mut harness);
    retype(&mut harness, "Leden", "205");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let text = "Ongedaan gemaakt: leden van Wijkcoöperatie Oost voor Elkaar.";
    let message = harness.get_by_label(text).rect();
    assert!(
        message.left() >= 0.0 && message.right() <= 1366.0,
        "the whole message is on screen: {message:?}"
    );
    // It covers nothing the user is editing (issue 30): every control of
    // the detail panel that is on screen lies above the message's strip.
    let status = harness.get_by_label_contains("📄 ").rect();
    assert!(message.bottom() <= status.top(), "above the status bar");
    for field in ["Leden", "+ Stap toevoegen", "Naam"] {
        for node in harness.query_all_by_label(field) {
            let rect = node.rect();
            assert!(
                !rect.intersects(message) || rect.top() >= status.top(),
                "the message covers '{field}': {rect:?} against {message:?}"
            );
        }
    }
    // Some seconds later it has faded away.
    for _ in 0..60 {
        harness.step();
    }
    assert!(harness.query_by_label(text).is_none(), "the message faded");
}

#[test]
fn a_save_says_the_second_it_was_made() {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    never_autosave(&mut harness);
    retype(&mut harness, "Leden", "206");
    crate::common::press_save(&mut harness);
    let node = harness.get_by_label_contains("opgeslagen om ");
    let saved = node
        .accesskit_node()
        .label()
        .or_else(|| node.value())
        .unwrap_or_default();
    let time = saved.rsplit("om ").next().unwrap_or_default();
    assert_eq!(time.matches(':').count(), 2, "HH:MM:SS in {saved}");
}

// 10. Labels that explain themselves; percentages compared in points.

#[test]
fn reach_figures_are_labelled_by_what_they_count() {
    let (harness, _dir, _) = app_in_temp_dir("WK034403");
    let field = harness.get_by_label("Aantal: bewoners op de mailinglijst");
    assert_eq!(field.value().as_deref(), Some("600"));
    assert!(harness.query_by_label("Aantal 1").is_none());
}

#[test]
fn percentages_are_compared_in_percentage_points() {
    let (mut harness, _dir, _) = app_in_temp_dir("WK034403");
    crate::common::open_view(&mut harness, "📈 Indicatoren");
    let overview = harness
        .query_all_by_role(Role::Image)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Grafiek: per indicator de wijk"))
        .expect("the overview chart");
    assert!(
        overview.contains("15 procentpunt hoger: 29% tegen 14%"),
        "{overview}"
    );
    assert!(
        !overview.contains("107%"),
        "no relative difference for percentages"
    );
}

// Issue 30, 2: no frame waits on a file dialog. The system's dialog runs
// on its own thread; the window keeps drawing, takes no input meanwhile,
// and the answer lands in the field that asked for it.

#[test]
fn the_window_keeps_drawing_while_the_system_file_dialog_is_open_and_the_choice_lands_in_the_field()
{
    use std::sync::{Arc, Mutex, mpsc};
    let (mut harness, dir, _) = app_in_temp_dir(OOST);
    let (answer, wait_for_user) = mpsc::channel::<Option<std::path::PathBuf>>();
    let (asked, requests) = mpsc::channel::<wijkdashboard::app::FileDialogRequest>();
    let wait_for_user = Mutex::new(wait_for_user);
    harness
        .state_mut()
        .use_native_file_dialog(Arc::new(move |request| {
            let _ = asked.send(request.clone());
            // The user takes their time: the dialog answers when the test says.
            wait_for_user.lock().ok()?.recv().ok().flatten()
        }));
    click_menu(&mut harness, "Bestand", "Document maken…");
    harness.get_by_label("Bladeren…").click();
    harness.run();
    let request = requests
        .recv_timeout(Duration::from_secs(5))
        .expect("the dialog was asked for");
    assert_eq!(
        request.purpose,
        wijkdashboard::command::PathPurpose::DocumentFolder
    );
    // Frames go on while the dialog is open; the window says what it waits
    // for and keys do nothing (Ctrl+2 would open Indicatoren).
    for _ in 0..5 {
        harness.step();
    }
    assert!(harness.query_by_label("Bestandskiezer geopend").is_some());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    assert_eq!(
        harness.state().settings().view,
        wijkdashboard::command::View::Wijken
    );
    // The user picks a folder: it lands in the document dialog's field.
    let folder = dir.path().join("raad");
    std::fs::create_dir_all(&folder).unwrap();
    answer.send(Some(folder.clone())).unwrap();
    for _ in 0..200 {
        harness.step();
        if harness.query_by_label("Bestandskiezer geopend").is_none() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run();
    assert!(harness.query_by_label("Bestandskiezer geopend").is_none());
    let Some(wijkdashboard::ui::shell::Dialog::Document(form)) = harness.state().dialog() else {
        panic!("the document dialog is still open");
    };
    assert_eq!(form.folder(), folder);
}
