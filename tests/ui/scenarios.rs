//! Budget scenarios, driven as a user would: the first one from the empty
//! view, one by the cut rule, editing, adopting, comparing, and undo.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use wijkdashboard::model::Scenario;

use crate::common::{app_in_temp_dir, app_on_data, open_view, replace_text, with_two_scenarios};

const OVERVECHT: &str = "WK034403";
const TAB: &str = "📊 Scenario's";

fn amount(scenario: &Scenario, year: i32, ambition: u8) -> Option<i64> {
    scenario.amount(year, ambition)
}

/// The scenario view with the form set to "the cut per ambition in percent".
fn cut_rule_form() -> (crate::common::AppHarness, tempfile::TempDir) {
    let (mut harness, dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, TAB);
    harness
        .get_by_role_and_label(Role::RadioButton, "Bezuiniging per ambitie in procent")
        .click();
    harness.run();
    (harness, dir)
}

/// The accessible name of an ambition's percentage field ("Ambitie 1: Plezierig wonen …").
fn percentage_field(harness: &crate::common::AppHarness, ambition: u8) -> String {
    harness
        .query_all_by_role(Role::TextInput)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with(&format!("Ambitie {ambition}: ")))
        .unwrap()
}

#[test]
fn the_empty_view_says_so_and_makes_the_first_scenario_undoably() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, TAB);
    assert!(
        harness
            .query_by_label("Er zijn nog geen scenario's.")
            .is_some()
    );
    harness
        .get_by_role_and_label(
            Role::Button,
            "Eerste scenario maken: gelijk over de ambities",
        )
        .click();
    harness.run();
    let scenarios = &harness.state().data().scenarios;
    assert_eq!(scenarios.len(), 1);
    assert_eq!(scenarios[0].total_in_year(2026), Some(3_299_000));
    assert_eq!(amount(&scenarios[0], 2026, 1), Some(659_800));
    assert!(
        harness
            .query_by_label("Scenario Gelijk over de ambities bewerken")
            .is_some(),
        "the new scenario is opened for editing"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(
        harness.state().data().scenarios.is_empty(),
        "undo removes it"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(
        harness.state().data().scenarios.len(),
        1,
        "redo brings it back"
    );
}

#[test]
fn the_cut_rule_shows_the_losses_first_and_makes_the_scenario() {
    let (mut harness, _dir) = cut_rule_form();
    replace_text(&mut harness, "Naam", "Wonen draagt het meest");
    for (ambition, percent) in [(1, "40"), (2, "30"), (3, "20"), (4, "10")] {
        let label = percentage_field(&harness, ambition);
        replace_text(&mut harness, &label, percent);
    }
    assert!(harness.query_by_label("Samen 100% ✔").is_some());
    // Before making anything: what each ambition loses per year.
    assert!(
        harness
            .query_by_label("Wat elke ambitie verliest")
            .is_some()
    );
    // The same loss every year from 2026: one column "2026–2030", an
    // ambition a row, by its short name.
    assert!(harness.query_by_label("2026–2030").is_some());
    assert!(harness.query_by_label("-€ 287.600").is_some(), "Wonen");
    assert!(harness.query_by_label("-€ 71.900").is_some(), "Zorg");
    harness
        .get_by_role_and_label(Role::Button, "Scenario maken")
        .click();
    harness.run();
    let made = &harness.state().data().scenarios[0];
    assert_eq!(made.name, "Wonen draagt het meest");
    assert_eq!(
        (1..=5).map(|a| amount(made, 2026, a)).collect::<Vec<_>>(),
        [
            Some(516_000),
            Some(587_900),
            Some(659_800),
            Some(731_700),
            Some(803_600)
        ]
    );
    assert_eq!(made.total_in_year(2026), Some(3_299_000));
    assert!(
        made.explanation.contains("Wonen 40%"),
        "{}",
        made.explanation
    );
}

#[test]
fn percentages_that_do_not_make_100_say_so_and_make_nothing() {
    let (mut harness, _dir) = cut_rule_form();
    let first = percentage_field(&harness, 1);
    replace_text(&mut harness, &first, "95,5");
    assert!(
        harness
            .query_by_label_contains("Samen 95,5%; de percentages moeten samen 100% zijn.")
            .is_some()
    );
    harness
        .get_by_role_and_label(Role::Button, "Scenario maken")
        .click();
    harness.run();
    assert!(harness.state().data().scenarios.is_empty());
}

#[test]
fn comparing_two_scenarios_shows_amounts_changes_and_what_is_left() {
    let (mut harness, _dir, _) = app_on_data(&with_two_scenarios(), OVERVECHT);
    // Tall enough that the editor below the comparison is on screen.
    harness.set_size(egui::vec2(1600.0, 1500.0));
    open_view(&mut harness, TAB);
    // Gelijk: 659.800 per ambition; Wonen levert in: ambition 1 loses all 719.000.
    assert!(harness.query_all_by_label("€ 659.800").count() >= 4);
    assert!(harness.query_by_label("€ 84.600").is_some());
    assert!(harness.query_by_label("-€ 719.000 (-89,5%)").is_some());
    assert!(harness.query_all_by_label("alles verdeeld").count() >= 2);
    let chart = harness
        .query_all_by_role(Role::Image)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Grafiek scenario's in 2026 tegen 2025"))
        .unwrap();
    assert!(chart.contains("Wonen levert in: ambitie 1"), "{chart}");
    assert!(chart.contains("€ 84.600, -€ 719.000 (-89,5%)"), "{chart}");
    // Too much in one ambition: over-allocated, in the grid and the table.
    harness
        .get_by_role_and_label(Role::Button, "Gelijk verdeeld")
        .click();
    harness.run();
    replace_text(&mut harness, "Ambitie 2 in 2026", "700.000");
    assert_eq!(
        amount(&harness.state().data().scenarios[0], 2026, 2),
        Some(700_000)
    );
    assert_eq!(
        harness
            .query_all_by_label_contains("€ 40.200 te veel verdeeld")
            .count(),
        2,
        "in the comparison table and the chart's description"
    );
    // In the amounts grid in two short lines, so the year's column keeps
    // the width of its amounts (issue 30).
    let over = harness.get_by_label("⚠ € 40.200").rect();
    let field = harness.get_by_label("Ambitie 2 in 2026").rect();
    assert!(
        over.width() <= field.width() && over.left() >= field.left() - 1.0,
        "the cell {over:?} stays within its column {field:?}"
    );
    assert!(harness.query_by_label("te veel verdeeld").is_some());
    // Adopt the second one: only one adopted.
    harness
        .get_by_role_and_label(Role::Button, "Wonen levert in")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Scenario Wonen levert in bewerken")
            .is_some()
    );
    harness
        .get_by_role_and_label(Role::CheckBox, "Vastgesteld scenario (het besluit)")
        .click();
    harness.run();
    let adopted: Vec<bool> = harness
        .state()
        .data()
        .scenarios
        .iter()
        .map(|s| s.adopted)
        .collect();
    assert_eq!(adopted, [false, true]);
    // Taking one out of the comparison, then deleting the other: undo brings both back.
    harness
        .get_by_role_and_label(Role::CheckBox, "Gelijk verdeeld vergelijken")
        .click();
    harness.run();
    assert_eq!(harness.state().data().comparison.scenarios, ["wonen"]);
    harness
        .get_by_role_and_label(Role::Button, "🗑 Scenario verwijderen")
        .click();
    harness.run();
    assert_eq!(harness.state().data().scenarios.len(), 1);
    assert!(harness.state().data().comparison.scenarios.is_empty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().data().scenarios.len(), 2);
    assert_eq!(harness.state().data().comparison.scenarios, ["wonen"]);
}

#[test]
fn compared_scenarios_get_slides_in_the_presentation() {
    let (mut harness, _dir, _) = app_on_data(&with_two_scenarios(), OVERVECHT);
    harness.set_size(egui::vec2(1366.0, 768.0));
    harness.key_press(egui::Key::F5);
    harness.run();
    // 18 slides + 2 scenarios + the comparison; each scenario slide is its
    // bars, then its table; wijken that hold more continue on a next page.
    let data = harness.state().data().clone();
    let pages = wijkdashboard::model::view::slide_pages::slide_pages(&data, 1.0);
    assert_eq!(
        wijkdashboard::model::view::slides::shown_slides(&data).len(),
        21
    );
    assert!(
        harness
            .query_by_label(&format!("Dia 1 van {}", pages.len()))
            .is_some()
    );
    harness.key_press(egui::Key::End);
    harness.run();
    // The last page: the comparison's table.
    assert!(
        harness
            .query_by_label("Scenario's naast elkaar in 2026, verschil met 2025")
            .is_some()
    );
    assert!(harness.query_by_label("€ 84.600").is_some());
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert!(
        harness
            .query_by_label("Scenario's naast elkaar in 2026")
            .is_some()
    );
    for _ in 0..2 {
        harness.key_press(egui::Key::ArrowLeft);
        harness.run();
    }
    assert!(harness.query_by_label("Scenario Wonen levert in").is_some());
    assert!(
        harness
            .query_by_label(
                "In 2026: € 3.299.000 verdeeld van € 3.299.000 beschikbaar; alles verdeeld."
            )
            .is_some()
    );
}

#[test]
fn scenarios_and_the_comparison_are_saved_with_the_data() {
    let (mut harness, _dir, path) = app_on_data(&with_two_scenarios(), OVERVECHT);
    open_view(&mut harness, TAB);
    replace_text(&mut harness, "Toelichting", "Voor de raadsbijeenkomst.");
    crate::common::press_save(&mut harness);
    let saved = wijkdashboard::store::load(&path).unwrap();
    assert_eq!(saved.scenarios[0].explanation, "Voor de raadsbijeenkomst.");
    assert_eq!(saved.scenarios[1], with_two_scenarios().scenarios[1]);
    assert_eq!(saved.comparison, with_two_scenarios().comparison);
}
