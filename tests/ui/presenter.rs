//! The presenter view as a wijkmanager uses it in the council room: notes
//! written per slide in *Dia's kiezen…*, then with a beamer attached the
//! presenter window shows the current slide's notes, the next slide, the
//! time and the list of slides, and pages the presentation from there;
//! Esc ends both. With one screen, presenting is as it was. The notes never
//! reach the audience: not on a slide, not in the hand-out's text.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use crate::common::{AppHarness, app_in_temp_dir, click_menu, settle};
use wijkdashboard::model::view::Derived;
use wijkdashboard::model::view::slide_pages::{first_page_of, slide_pages};
use wijkdashboard::model::view::slide_text::slide_text;

const NOTE: &str = "Noem de nieuwe voorzitter en bedank de vrijwilligers.";

/// Writes `NOTE` as the speaker notes of Wijk Overvecht.
fn write_note(harness: &mut AppHarness) {
    click_menu(harness, "Beeld", "Dia's kiezen…");
    let field = harness.get_by_label("Sprekersnotities bij Wijk Overvecht");
    field.scroll_to_me();
    harness.run();
    harness
        .get_by_label("Sprekersnotities bij Wijk Overvecht")
        .click();
    harness.run();
    harness
        .get_by_label("Sprekersnotities bij Wijk Overvecht")
        .type_text(NOTE);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Klaar").click();
    harness.run();
}

#[test]
fn with_a_beamer_the_presenter_window_shows_notes_next_slide_and_pages() {
    let (mut harness, _dir, _path) = app_in_temp_dir("WK034403");
    write_note(&mut harness);
    let data = harness.state().data().clone();
    let overvecht_slide = wijkdashboard::model::view::slides::Slide::District("WK034403".into());
    let overvecht = first_page_of(&slide_pages(&data, 1.0), &overvecht_slide).unwrap();
    assert_eq!(
        wijkdashboard::model::view::slides::speaker_notes(&data, &overvecht_slide),
        NOTE,
        "kept with the data"
    );

    harness.state_mut().set_screens(&["Laptop", "Beamer"], 0);
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().has_presenter_view());
    assert!(
        harness.query_by_label_contains("Esc stoppen").is_none(),
        "the audience's screen names no keys: the presenter has them"
    );
    assert!(harness.query_by_label("Volgende dia").is_some());
    assert!(harness.query_by_label_contains("Verstreken 0:0").is_some());
    assert!(harness.query_by_label_contains("Klok ").is_some());
    assert!(
        harness
            .query_by_label_contains("Geen notities bij deze dia")
            .is_some()
    );
    // Paging from the presenter window moves the presentation.
    harness
        .get_by_role_and_label(Role::Button, "Volgende dia ▶")
        .click();
    harness.run();
    assert_eq!(harness.state().current_slide(), 1);
    // Jumping from the list of slides; the notes appear in large text.
    let entry = format!("{}. Wijk Overvecht", overvecht + 1);
    harness.get_by_label(&entry).scroll_to_me();
    harness.run();
    harness.get_by_label(&entry).click();
    harness.run();
    assert_eq!(harness.state().current_slide(), overvecht);
    assert_eq!(
        harness.query_all_by_label(NOTE).count(),
        1,
        "the notes once: in the presenter window only"
    );
    // The keyboard pages too; Esc ends the presentation and the window.
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().current_slide(), overvecht + 1);
    harness.key_press(egui::Key::Escape);
    harness.run();
    settle(&mut harness);
    assert!(!harness.state().is_presenting());
    assert!(harness.query_by_label("Volgende dia").is_none());
}

#[test]
fn with_one_screen_presenting_is_as_before() {
    let (mut harness, _dir, _path) = app_in_temp_dir("WK034403");
    write_note(&mut harness);
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().is_presenting());
    assert!(!harness.state().has_presenter_view());
    assert!(
        harness.query_by_label_contains("Esc stoppen").is_some(),
        "who presents from this one screen sees the keys"
    );
    assert!(harness.query_by_label("Volgende dia").is_none());
    assert!(harness.query_by_label(NOTE).is_none());
}

#[test]
fn the_notes_are_never_in_a_slide_s_words_or_the_hand_out() {
    let (mut harness, _dir, _path) = app_in_temp_dir("WK034403");
    write_note(&mut harness);
    let data = harness.state().data().clone();
    let derived = Derived::from_data(&data, 0);
    for page in slide_pages(&data, 1.0) {
        let text = slide_text(&data, &derived, &page);
        assert!(
            !text
                .lines
                .iter()
                .any(|l| l.contains("voorzitter en bedank")),
            "{} shows the notes",
            text.title
        );
    }
}
