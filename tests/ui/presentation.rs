//! Presentation mode: navigation, jumping from the overview, the chosen
//! slides, and no personal data on any slide.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use wijkdashboard::app::WijkApp;
use wijkdashboard::model::Contact;
use wijkdashboard::model::view::slide_pages::{first_page_of, slide_pages};
use wijkdashboard::model::view::slides::shown_slides;
use wijkdashboard::store;

use crate::common::{app_in_temp_dir, app_on_data};

type Harness = egui_kittest::Harness<'static, WijkApp>;

fn presenting() -> (Harness, tempfile::TempDir, std::path::PathBuf) {
    let (mut harness, dir, path) = app_in_temp_dir("WK034403");
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(
        harness.state().is_presenting(),
        "F5 starts the presentation"
    );
    (harness, dir, path)
}

fn press(harness: &mut Harness, key: egui::Key) -> usize {
    harness.key_press(key);
    harness.run();
    harness.state().current_slide()
}

#[test]
fn keys_move_through_the_slides_and_escape_leaves() {
    let (mut harness, _dir, _) = presenting();
    let count = slide_pages(harness.state().data(), 1.0).len();
    let last = count - 1;
    assert!(
        harness
            .query_by_label(&format!("Dia 1 van {count}"))
            .is_some()
    );
    assert_eq!(press(&mut harness, egui::Key::ArrowRight), 1);
    assert_eq!(press(&mut harness, egui::Key::PageDown), 2);
    assert_eq!(press(&mut harness, egui::Key::Space), 3);
    assert!(
        harness
            .query_by_label(&format!("Dia 4 van {count}"))
            .is_some()
    );
    // The fourth page is one of the wijken (the overview is the first).
    assert!(
        harness
            .query_all_by_label_contains("Wijk ")
            .next()
            .is_some()
    );
    assert_eq!(press(&mut harness, egui::Key::ArrowLeft), 2);
    assert_eq!(press(&mut harness, egui::Key::PageUp), 1);
    assert_eq!(press(&mut harness, egui::Key::End), last);
    assert_eq!(
        press(&mut harness, egui::Key::ArrowRight),
        last,
        "stays on the last slide"
    );
    assert_eq!(press(&mut harness, egui::Key::Home), 0);
    assert_eq!(
        press(&mut harness, egui::Key::ArrowLeft),
        0,
        "stays on the first slide"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().is_presenting());
    assert!(
        harness.query_by_label("Bestand").is_some(),
        "back in the editing window"
    );
}

#[test]
fn ctrl_plus_and_minus_change_the_text_size() {
    let (mut harness, _dir, _) = presenting();
    let before = harness.state().settings().zoom_for(None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    assert!(harness.state().settings().zoom_for(None) > before);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert!(harness.state().settings().zoom_for(None) < before);
}

#[test]
fn clicking_a_wijk_on_the_overview_jumps_to_its_slide() {
    let (mut harness, _dir, _) = presenting();
    harness.get_by_label("Zuidwest op de kaart").click();
    harness.run();
    let pages = slide_pages(harness.state().data(), 1.0);
    let zuidwest = wijkdashboard::model::view::slides::Slide::District("WK034408".into());
    let expected = first_page_of(&pages, &zuidwest).unwrap();
    assert_eq!(harness.state().current_slide(), expected);
    assert!(harness.query_by_label("Wijk Zuidwest").is_some());
}

#[test]
fn the_chosen_slides_are_saved_with_the_data() {
    let (mut harness, _dir, path) = app_in_temp_dir("WK034403");
    harness.get_by_label("Beeld").click();
    harness.run();
    harness.get_by_label_contains("Dia's kiezen…").click();
    harness.run();
    // Hide the overview and move the budget up one place.
    harness
        .get_by_role_and_label(Role::CheckBox, "1. Overzicht van de wijken")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "1. Overzicht van de wijken")
        .click();
    harness.run();
    // The list is longer than the dialog now each slide has its notes.
    harness
        .get_by_label("Budget en bezuiniging omhoog")
        .scroll_to_me();
    harness.run();
    harness.get_by_label("Budget en bezuiniging omhoog").click();
    harness.run();
    harness.get_by_label("Klaar").click();
    harness.run();
    // Ctrl+S, and wait for the background save.
    crate::common::press_save(&mut harness);
    let saved = store::load(&path).unwrap();
    let slides = shown_slides(&saved);
    assert_eq!(slides.len(), 17, "the overview is hidden");
    assert_eq!(
        slides[15],
        wijkdashboard::model::view::slides::Slide::Budget,
        "one place up: before the last ambition"
    );
    assert_eq!(
        slides[10],
        wijkdashboard::model::view::slides::Slide::Indicators
    );
    // The presentation follows the choice.
    harness.key_press(egui::Key::F5);
    harness.run();
    let pages = slide_pages(&saved, 1.0).len();
    assert!(
        harness
            .query_by_label(&format!("Dia 1 van {pages}"))
            .is_some()
    );
    assert!(
        harness.query_by_label("Wijk West").is_some(),
        "starts at the first chosen slide"
    );
}

/// Every label and value in the accessibility tree.
fn all_text(harness: &Harness) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

#[test]
fn no_contact_data_appears_on_any_slide() {
    let mut data = store::default_dataset().unwrap();
    for (i, platform) in data.platforms.iter_mut().enumerate() {
        platform.contacts.push(Contact {
            name: format!("Geheime Naam {i}"),
            role: "voorzitter".into(),
            email: format!("persoon{i}@voorbeeld.nl"),
            phone: format!("06-1234567{i}"),
        });
    }
    let (mut harness, _dir, _) = app_on_data(&data, "WK034403");
    // Control: in the editing window the contact is there, so the check below can see it.
    assert!(
        all_text(&harness)
            .iter()
            .any(|t| t.contains("Geheime Naam")),
        "contacts show while editing"
    );
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.key_press(egui::Key::F5);
    harness.run();
    let count = slide_pages(harness.state().data(), 1.0).len();
    for slide in 0..count {
        assert_eq!(harness.state().current_slide(), slide);
        for text in all_text(&harness) {
            assert!(
                !text.contains("Geheime Naam")
                    && !text.contains("@voorbeeld.nl")
                    && !text.contains("06-1234567"),
                "slide {} shows personal data: {text}",
                slide + 1
            );
        }
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
}

#[test]
fn every_chart_on_every_slide_has_its_figures_in_the_accessibility_tree() {
    // With two compared scenarios, so that their slides are walked too.
    let (mut harness, _dir, _) = app_on_data(&crate::common::with_two_scenarios(), "WK034403");
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.key_press(egui::Key::F5);
    harness.run();
    let count = slide_pages(harness.state().data(), 1.0).len();
    let mut charts_seen = 0;
    for slide in 0..count {
        assert_eq!(harness.state().current_slide(), slide);
        let charts: Vec<String> = harness
            .root()
            .children_recursive()
            .filter(|node| node.accesskit_node().role() == Role::Image)
            .filter_map(|node| node.accesskit_node().label())
            .filter(|label| label.starts_with("Grafiek"))
            .collect();
        for chart in &charts {
            // A description holds figures, not only a title.
            assert!(chart.chars().any(|c| c.is_ascii_digit()), "{chart}");
        }
        let title = slide_pages(harness.state().data(), 1.0)[slide].title(harness.state().data());
        if title.starts_with("Indicatoren") {
            let text = charts.join(" ");
            assert!(
                text.contains("Huishoudens op of onder de Utrechtse armoedegrens")
                    && text.contains("29%"),
                "{text}"
            );
        }
        if title.starts_with("Budget") {
            let text = charts.join(" ");
            assert!(text.contains("2026: structureel € 3.299.000"), "{text}");
        }
        if title.starts_with("Scenario") && title.ends_with("(vervolg)") {
            // The second page is the table itself: its amounts are text.
            let text = all_text(&harness).join(" ");
            assert!(
                text.contains("Totaal verdeeld") && text.contains("€ 3.299.000"),
                "{text}"
            );
        } else if title.starts_with("Scenario") {
            let text = charts.join(" ");
            assert!(text.contains("ambitie 1 Plezierig wonen"), "{text}");
            assert!(text.contains("€ 3.299.000, alles verdeeld"), "{text}");
        }
        charts_seen += charts.len();
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    assert!(
        charts_seen >= 5,
        "the indicator, budget, two scenario and comparison slides have charts"
    );
}

#[test]
fn the_hand_out_s_pictures_are_taken_without_the_keys_in_the_footer() {
    let (mut harness, dir, _path) = app_in_temp_dir("WK034403");
    harness.set_size(egui::vec2(1366.0, 768.0));
    let ctx = harness.ctx.clone();
    let pdf = dir.path().join("dias.pdf");
    harness.state_mut().apply(
        wijkdashboard::command::Message::ExportSlidesPdf(pdf.clone()),
        &ctx,
    );
    // Frame by frame, as the slides are shown one after another to be
    // photographed: none names the keys. The PDF is typeset in the
    // background; the presentation ends after it.
    let total = slide_pages(harness.state().data(), 1.0).len();
    let of_total = format!(" van {total}");
    let mut shown = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    while harness.state().is_presenting() || shown == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the hand-out never finished"
        );
        harness.step();
        // The footer's "Dia n van m" is there once a slide is drawn.
        if harness.state().is_presenting() && harness.query_by_label_contains(&of_total).is_some() {
            shown += 1;
            assert!(
                harness.query_by_label_contains("Esc stoppen").is_none(),
                "a photographed slide names no keys"
            );
        }
        if shown >= total {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
    assert!(
        shown >= total,
        "the {total} pages were shown to be photographed: {shown}"
    );
    harness.state_mut().finish_file_work();
    assert!(pdf.exists(), "the hand-out is written");
}
