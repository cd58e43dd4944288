//! The Voortgang view, driven as a wijkmanager would through the real
//! start-up: an intervention added to an ambition, a partner and a result
//! linked, its status and period set, seen in the timeline and the
//! overview, and undone; filtering by partner; an older file's offer of
//! the council letter's interventions, accepted and undone.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use wijkdashboard::model::{Dataset, InterventionStatus, YearMonth};

use crate::common::{AppHarness, app_in_temp_dir, app_on_data, open_view, replace_text, undo_all};

const OVERVECHT: &str = "WK034403";
const TAB: &str = "🎯 Voortgang";

/// Opens the combo box named `combo` and clicks its option `option`.
fn choose(harness: &mut AppHarness, combo: &str, option: &str) {
    harness.get_by_role_and_label(Role::ComboBox, combo).click();
    harness.run();
    harness.get_by_label(option).click();
    harness.run();
}

/// Types `text` into the field `field` and clicks the button `button` it offers.
fn click_after_typing(harness: &mut AppHarness, field: &str, text: &str, button: &str) {
    replace_text(harness, field, text);
    harness.get_by_role_and_label(Role::Button, button).click();
    harness.run();
}

/// The intervention added last.
fn added(harness: &AppHarness) -> wijkdashboard::model::Intervention {
    harness
        .state()
        .data()
        .interventions
        .last()
        .cloned()
        .expect("an intervention was added")
}

#[test]
fn an_intervention_is_added_linked_dated_seen_on_the_timeline_and_undone() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    let original = harness.state().data().clone();
    open_view(&mut harness, TAB);
    // Fold the long first ambitions, as a user scrolling to the third would.
    for ambition in [1, 2] {
        harness
            .get_by_role_and_label(Role::Button, &format!("Ambitie {ambition} dichtklappen"))
            .click();
        harness.run();
    }
    harness
        .get_by_label_contains("3 Veilige buurten (3)")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "➕ Interventie toevoegen")
        .click();
    harness.run();
    assert_eq!(added(&harness).ambition, 3);
    replace_text(&mut harness, "Naam", "Buurtpreventie-app");
    choose(&mut harness, "Status", "pilot");
    replace_text(&mut harness, "Periode", "Q3 2025");
    click_after_typing(
        &mut harness,
        "Partner zoeken of toevoegen",
        "doc",
        "Koppelen: DOCK",
    );
    assert_eq!(added(&harness).partners, ["dock"]);
    click_after_typing(
        &mut harness,
        "Partner zoeken of toevoegen",
        "Buurtpreventie Overvecht",
        "Nieuwe partner: Buurtpreventie Overvecht",
    );
    click_after_typing(
        &mut harness,
        "Kerncijfer zoeken",
        "garagebox",
        "Koppelen: Controle garageboxen: garageboxen op last van de burgemeester gesloten",
    );
    // A result the file lacks: typed in, it becomes a key figure and is linked.
    harness.get_by_label("Nieuw resultaat invullen").click();
    harness.run();
    replace_text(
        &mut harness,
        "Wat is geteld",
        "Buurtpreventie-app: deelnemers",
    );
    replace_text(&mut harness, "Aantal", "120");
    replace_text(&mut harness, "Eenheid", "deelnemers");
    replace_text(&mut harness, "Jaar van het resultaat", "2025");
    harness
        .get_by_role_and_label(Role::Button, "Resultaat toevoegen en koppelen")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            "Bewoners zijn veilig in en rondom de woning",
        )
        .click();
    harness.run();

    let app = added(&harness);
    assert_eq!(app.name, "Buurtpreventie-app");
    assert_eq!(app.status, InterventionStatus::Pilot);
    assert_eq!(app.period.text, "Q3 2025");
    assert_eq!(
        app.period.start,
        Some(YearMonth {
            year: 2025,
            month: 7
        })
    );
    let data = harness.state().data();
    let new_partner = data
        .partners
        .iter()
        .find(|p| p.name == "Buurtpreventie Overvecht")
        .expect("the new partner is one of the file's partners");
    assert_eq!(app.partners, ["dock".to_owned(), new_partner.id.clone()]);
    assert_eq!(
        app.results,
        ["garageboxen-gesloten", "buurtpreventie-app-deelnemers"]
    );
    let figure = data
        .key_figures
        .iter()
        .find(|k| k.id == "buurtpreventie-app-deelnemers")
        .expect("the typed result is a key figure");
    assert_eq!(
        (figure.count.value, figure.year, figure.ambition),
        (120, 2025, Some(3))
    );
    assert_eq!(app.goals, ["veilig-woning"]);
    // The panel shows the result with its figure.
    assert!(
        harness
            .query_by_label_contains("gesloten: 4 garageboxen — april 2024")
            .is_some()
    );

    // On the timeline, as text for a screen reader too.
    harness
        .get_by_role_and_label(Role::Button, "Tijdlijn")
        .click();
    harness.run();
    let row = "Buurtpreventie-app — pilot, Q3 2025 (vanaf jul 2025), loopt nog";
    assert!(harness.query_by_label(row).is_some(), "the row is a button");
    let chart = harness.get_by_role(Role::Image);
    let described = format!("{:?}", chart.accesskit_node());
    assert!(described.contains(row), "{described}");

    // In the overview: the goal it serves is no longer without one.
    harness
        .get_by_label_contains("3 Veilige buurten (4)")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("• Bewoners zijn veilig in en rondom de woning")
            .is_none()
    );
    assert!(
        harness
            .query_by_label("• Vertrouwen in elkaar en vreedzame omgang met elkaar")
            .is_some()
    );
    assert!(harness.query_by_label("4 interventies").is_some());

    // Undo brings back the file as it was, step by step.
    let steps = undo_all(&mut harness, &original);
    assert_eq!(
        harness.state().data(),
        &original,
        "after {steps} undo steps"
    );
    assert!(steps >= 8, "each change was its own step: {steps}");
}

#[test]
fn filtering_by_partner_keeps_only_what_that_partner_carries() {
    let (mut harness, _dir, _) = app_in_temp_dir(OVERVECHT);
    open_view(&mut harness, TAB);
    assert!(
        harness
            .query_by_label("Jongerenpunt, voorbereiding")
            .is_some()
    );
    choose(&mut harness, "Filter op partner", "Al Amal");
    assert!(
        harness
            .query_by_label("HOOP in Overvecht, in uitvoering")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Jongerenpunt, voorbereiding")
            .is_none()
    );
    assert!(
        harness
            .query_all_by_label("Geen interventies die bij de filters passen.")
            .count()
            >= 3,
        "the other ambitions say why they are empty"
    );
    harness
        .get_by_role_and_label(Role::Button, "Filters wissen")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Jongerenpunt, voorbereiding")
            .is_some()
    );
}

/// The shipped data as a file from before the interventions.
fn older_file() -> Dataset {
    let mut data = wijkdashboard::store::default_dataset().expect("shipped data");
    data.interventions.clear();
    data.partners.clear();
    data.buurtaanpakken.clear();
    for ambition in &mut data.ambitions {
        ambition.introduction.clear();
        ambition.introduction_source = None;
        ambition.goals.clear();
    }
    data
}

#[test]
fn an_older_file_is_offered_the_letters_interventions_once_and_undoably() {
    let (mut harness, _dir, path) = app_on_data(&older_file(), OVERVECHT);
    let before = harness.state().data().clone();
    assert!(
        harness
            .query_by_label("Interventies uit de raadsbrief toevoegen?")
            .is_some(),
        "asked at the start"
    );
    assert!(
        before.interventions.is_empty(),
        "nothing added without a yes"
    );
    harness
        .get_by_role_and_label(Role::Button, "Toevoegen")
        .click();
    harness.run();
    let shipped = wijkdashboard::store::default_dataset().expect("shipped data");
    assert_eq!(
        harness.state().data().interventions.len(),
        shipped.interventions.len()
    );
    assert!(
        harness
            .query_by_label_contains("interventies uit de raadsbrief toegevoegd")
            .is_some()
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().data(), &before, "one step undoes it");
    // Opening the same file again does not ask again.
    crate::common::run_command(
        &mut harness,
        wijkdashboard::command::Message::OpenPath(path),
    );
    assert!(
        harness
            .query_by_label("Interventies uit de raadsbrief toevoegen?")
            .is_none()
    );
}

#[test]
fn declining_the_offer_leaves_the_file_as_it_is() {
    let (mut harness, _dir, _) = app_on_data(&older_file(), OVERVECHT);
    let before = harness.state().data().clone();
    harness
        .get_by_role_and_label(Role::Button, "Niet toevoegen")
        .click();
    harness.run();
    assert_eq!(harness.state().data(), &before);
    assert!(!harness.state().is_dirty());
}
