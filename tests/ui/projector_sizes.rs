//! Every slide on every projector the council rooms have (1024×768,
//! 1280×720, 1280×800, 1366×768, 1920×1080): all of its text above the
//! footer and inside the screen, no two texts on top of each other, and the
//! titles no smaller than at 1366×768. With two compared scenarios, so their
//! slides are walked too; and at a larger zoom, where the slides reflow.

use egui::accesskit::Role;
use egui_kittest::kittest::NodeT;
use wijkdashboard::model::view::slide_pages::{PROJECTOR_SCREENS, slide_pages};

use crate::common::{AppHarness, app_on_data, run_command};
use wijkdashboard::command::{Message, UiCommand};

/// The texts on screen with where they are.
fn texts(harness: &AppHarness) -> Vec<(String, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .filter(|node| node.accesskit_node().role() == Role::Label)
        .filter_map(|node| {
            let text = node
                .accesskit_node()
                .label()
                .or(node.accesskit_node().value())?;
            Some((text, node.rect()))
        })
        .filter(|(text, _)| !text.trim().is_empty())
        .collect()
}

/// Checks page `index` on the screen the harness has and returns the height
/// of its title.
fn check_page(harness: &AppHarness, index: usize, screen: egui::Vec2, title: &str) -> f32 {
    let texts = texts(harness);
    let footer = texts
        .iter()
        .find(|(text, _)| text.starts_with("Dia ") && text.contains(" van "))
        .map(|(_, rect)| rect.top())
        .unwrap_or_else(|| panic!("page {} at {screen:?}: no footer in {texts:?}", index + 1));
    let slide: Vec<&(String, egui::Rect)> = texts
        .iter()
        .filter(|(_, rect)| rect.top() < footer - 20.0)
        .collect();
    for (text, rect) in &slide {
        assert!(
            rect.right() <= screen.x + 0.5 && rect.left() >= -0.5,
            "page {} ({title}) at {screen:?}: \"{text}\" runs off the screen: {rect:?}",
            index + 1
        );
        assert!(
            rect.bottom() <= footer - 4.0,
            "page {} ({title}) at {screen:?}: \"{text}\" runs into the footer: {rect:?}",
            index + 1
        );
    }
    for (i, (a, ra)) in slide.iter().enumerate() {
        for (b, rb) in slide.iter().skip(i + 1) {
            let overlap = ra.intersect(*rb);
            assert!(
                overlap.width() <= 1.0 || overlap.height() <= 1.0,
                "page {} ({title}) at {screen:?}: \"{a}\" and \"{b}\" overlap",
                index + 1
            );
        }
    }
    // The title is the first text, at the top.
    slide
        .iter()
        .min_by(|a, b| a.1.top().total_cmp(&b.1.top()))
        .map(|(_, rect)| rect.height())
        .unwrap_or_else(|| panic!("page {} ({title}) at {screen:?}: no text", index + 1))
}

/// The title heights of every page at `screen`, after Ctrl+plus `zoom_steps` times.
fn walk(harness: &mut AppHarness, screen: (f32, f32), zoom_steps: i32) -> Vec<f32> {
    let screen = egui::vec2(screen.0, screen.1);
    harness.set_size(screen);
    run_command(harness, UiCommand::StartPresentation);
    for _ in 0..zoom_steps {
        run_command(harness, UiCommand::ZoomIn);
    }
    let data = harness.state().data().clone();
    let pages = slide_pages(&data, 1.1_f32.powi(zoom_steps));
    let mut heights = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        run_command(harness, Message::GoToSlide(index));
        harness.run();
        heights.push(check_page(harness, index, screen, &page.title(&data)));
    }
    for _ in 0..zoom_steps {
        run_command(harness, UiCommand::ZoomOut);
    }
    run_command(harness, UiCommand::StopPresentation);
    heights
}

#[test]
fn every_slide_fits_every_projector_with_its_text_no_smaller_than_on_the_laptop() {
    let (mut harness, _dir, _) = app_on_data(&crate::common::with_two_scenarios(), "WK034403");
    let laptop = walk(&mut harness, (1366.0, 768.0), 0);
    for &screen in &PROJECTOR_SCREENS {
        let titles = walk(&mut harness, screen, 0);
        for (index, (title, on_laptop)) in titles.iter().zip(&laptop).enumerate() {
            assert!(
                title + 0.5 >= *on_laptop,
                "page {} at {screen:?}: title {title} high, on the laptop {on_laptop}",
                index + 1
            );
        }
    }
}

#[test]
fn ctrl_plus_reflows_the_slides_onto_more_pages_instead_of_cutting_them() {
    let (mut harness, _dir, _) = app_on_data(&crate::common::with_two_scenarios(), "WK034403");
    let normal = slide_pages(harness.state().data(), 1.0).len();
    // Four times Ctrl+plus: 1,46 times the letters.
    let zoomed = walk(&mut harness, (1366.0, 768.0), 4);
    let laptop = walk(&mut harness, (1366.0, 768.0), 0);
    assert!(
        zoomed.len() > normal,
        "{} pages zoomed, {normal} normal",
        zoomed.len()
    );
    assert!(
        zoomed[0] > laptop[0] * 1.3,
        "the title grew: {} vs {}",
        zoomed[0],
        laptop[0]
    );
}
