//! The indicator and budget views, driven as a user would.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::common::{app_in_temp_dir, open_view, replace_text};

const OVERVECHT: &str = "WK034403";

/// The structural money of 2026 in the data on screen.
fn structural_2026(harness: &crate::common::AppHarness) -> i64 {
    harness
        .state()
        .data()
        .budget
        .structural_in_year(2026)
        .unwrap_or_default()
}

#[test]
fn the_budget_table_shows_3_299_000_for_2026() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, "💶 Budget");
    assert!(
        harness.query_all_by_label("€ 4.018.000").count() >= 2,
        "2024 and 2025 before the cut"
    );
    assert!(
        harness.query_all_by_label("€ 3.299.000").count() >= 5,
        "2026–2030 after the cut"
    );
    let y2026 = harness
        .state()
        .document()
        .derived()
        .budget
        .iter()
        .find(|y| y.year == 2026)
        .map(|y| y.structural_eur);
    assert_eq!(y2026, Some(3_299_000));
    // The cut is labelled in the plot's legend and text, and the Regiodeal
    // is one amount for its four years: no yearly share is made up.
    assert!(
        harness
            .query_by_label_contains("€ 719.000 per jaar minder vanaf 2026")
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("deel van € 10.000.000 voor 2025–2028")
            .count()
            >= 4,
        "2025–2028 each hold a share nobody gave"
    );
    assert!(harness.query_by_label_contains("2.500.000").is_none());
}

#[test]
fn an_allocation_over_the_years_total_shows_the_warning() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, "💶 Budget");
    assert!(harness.query_by_label_contains("meer dan de").is_none());
    // 2026 has at most € 3.299.000 and the whole Regiodeal.
    replace_text(&mut harness, "Ambitie 1 in 2026", "14.000.000");
    assert_eq!(
        harness.state().data().budget.allocation(2026, 1),
        Some(14_000_000)
    );
    let warning = harness.query_by_label_contains(
        "in 2026 is € 14.000.000 verdeeld over de ambities, meer dan de € 13.299.000",
    );
    assert!(warning.is_some(), "the validation warning is shown");
    assert!(
        harness
            .query_all_by_label_contains("te veel")
            .next()
            .is_some(),
        "the totals table marks the year"
    );
    // Undo removes the allocation and the warning.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().data().budget.allocation(2026, 1), None);
    assert!(harness.query_by_label_contains("meer dan de").is_none());
}

#[test]
fn adding_a_years_value_to_an_indicator_shows_up_in_its_plot_data() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, "📈 Indicatoren");
    harness
        .get_by_role_and_label(Role::Button, "Gezinnen bij Buurtteam Jeugd & Gezin")
        .click();
    harness.run();
    assert_eq!(
        harness.get_by_label("Nieuw jaar").value().as_deref(),
        Some("2024"),
        "a year has no thousands dot"
    );
    harness.get_by_label("+ Jaar toevoegen").click();
    harness.run();
    replace_text(&mut harness, "Overvecht 2024", "270");
    let series = harness
        .state()
        .document()
        .derived()
        .indicators
        .iter()
        .find(|s| s.id == "gezinnen-buurtteam")
        .cloned();
    let series = series.expect("series");
    assert_eq!(series.district.last(), Some(&[2024.0, 270.0]));
    assert_eq!(series.trend, wijkdashboard::model::Trend::Better);
}

#[test]
fn a_percentage_over_100_is_refused_beside_its_cell() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, "📈 Indicatoren");
    harness
        .get_by_role_and_label(
            Role::Button,
            "Leerlingen die vroegtijdig het onderwijs verlaten",
        )
        .click();
    harness.run();
    replace_text(&mut harness, "Overvecht 2025", "350");
    assert!(
        harness
            .query_by_label_contains("vul een getal van 0 tot en met 100 in")
            .is_some()
    );
    let value = harness
        .state()
        .data()
        .indicators
        .iter()
        .find(|i| i.id == "vroegtijdig-schoolverlaten")
        .and_then(|i| i.values[0].district);
    assert_eq!(value, Some(3.5), "the data keeps the valid value");
}

#[test]
fn the_overview_lists_every_indicator_with_its_development() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, "📈 Indicatoren");
    assert!(harness.query_by_label("Overvecht vergeleken").is_some());
    assert!(
        harness.query_all_by_label("29%").count() >= 2,
        "poverty and low income figures, Dutch style"
    );
    assert!(
        harness.query_by_label("8,3 jaar").is_some(),
        "decimal comma"
    );
}

#[test]
fn changing_the_cut_updates_the_totals_and_is_undoable() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, "💶 Budget");
    assert_eq!(
        harness
            .get_by_label("Bezuiniging per jaar")
            .value()
            .as_deref(),
        Some("719.000")
    );
    replace_text(&mut harness, "Bezuiniging per jaar", "800.000");
    assert_eq!(structural_2026(&harness), 3_218_000);
    assert!(harness.query_all_by_label("€ 3.218.000").count() >= 5);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(structural_2026(&harness), 3_299_000);
}
