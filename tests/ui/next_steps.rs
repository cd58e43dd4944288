//! Next steps with a when and a who (issue 30, point 8): typed in the
//! panel, an overdue one marked, and both in the Bijlage — without a
//! contact person's name.

use egui_kittest::kittest::Queryable;

use crate::common::{app_on_data, replace_text};
use wijkdashboard::model::{Contact, NextStep};
use wijkdashboard::publish::{DocumentKind, DocumentOptions, compose};

const OOST: &str = "WK034405";
const PLATFORM: &str = "oost-voor-elkaar";

#[test]
fn a_next_step_gets_a_date_and_a_who_an_overdue_one_is_marked_and_the_bijlage_shows_both() {
    let mut data = wijkdashboard::store::default_dataset().unwrap();
    let platform = data
        .platforms
        .iter_mut()
        .find(|p| p.id == PLATFORM)
        .unwrap();
    platform.contacts.push(Contact {
        name: "Jansje de Vries".to_owned(),
        role: "voorzitter".to_owned(),
        ..Contact::default()
    });
    platform.next_steps = vec![NextStep {
        text: "Evaluatie met het bestuur".to_owned(),
        due: chrono::NaiveDate::from_ymd_opt(2020, 3, 1),
        who: "DOCK".to_owned(),
    }];
    let (mut harness, _dir, _) = app_on_data(&data, OOST);
    assert!(
        harness.query_by_label("⚠ verlopen").is_some(),
        "a step whose date has passed is marked"
    );

    // A new step: its text, today as its date, and who takes it.
    // Scrolled into view first, as a user does, so the click lands on it.
    harness.get_by_label("+ Stap toevoegen").scroll_to_me();
    harness.run();
    harness.get_by_label("+ Stap toevoegen").click();
    harness.run();
    assert!(
        harness.get_by_label("Stap 2").is_focused(),
        "typing goes into the new step"
    );
    replace_text(&mut harness, "Stap 2", "Buurtgesprek plannen");
    harness
        .get_by_label("Datum kiezen bij stap 2")
        .scroll_to_me();
    harness.run();
    harness.get_by_label("Datum kiezen bij stap 2").click();
    harness.run();
    replace_text(&mut harness, "Wie, stap 2", "wijkmanager");
    let today = chrono::Local::now().date_naive();
    let steps = harness
        .state()
        .data()
        .platforms
        .iter()
        .find(|p| p.id == PLATFORM)
        .map(|p| p.next_steps.clone())
        .unwrap();
    assert_eq!(
        steps[1],
        NextStep {
            text: "Buurtgesprek plannen".to_owned(),
            due: Some(today),
            who: "wijkmanager".to_owned(),
        }
    );
    assert_eq!(
        harness.query_all_by_label("⚠ verlopen").count(),
        1,
        "a step due today is not overdue"
    );

    // A contact person's name as who: said in the panel, left out of the Bijlage.
    replace_text(&mut harness, "Wie, stap 2", "Jansje de Vries");
    assert!(
        harness
            .query_by_label_contains("Dit is de naam van een contactpersoon")
            .is_some()
    );
    let doc = compose(
        DocumentKind::Bijlage,
        harness.state().data(),
        &DocumentOptions::new(today),
    );
    let text = format!("{doc:?}");
    assert!(
        text.contains("Evaluatie met het bestuur (1-3-2020, DOCK; verlopen)"),
        "{text}"
    );
    let day = wijkdashboard::model::format::date_short_nl(today);
    assert!(
        text.contains(&format!("Buurtgesprek plannen ({day})")),
        "{text}"
    );
    assert!(!text.contains("Jansje"), "no private person in the Bijlage");
}
