//! The indicator slide: each indicator's figure for the wijk and the figure
//! it is compared with, on one scale per unit, and the developments over
//! time.

use egui::{RichText, Ui};

use super::style::{INK, Sizes, bullet_list_ui, title_ui};
use crate::model::view::Derived;
use crate::model::view::charts::overview_chart;
use crate::model::view::slide_text;
use crate::ui::widgets::{DotsStyle, comparison_dots_ui, fonts};

/// Overvecht compared, and how the indicators developed.
pub(super) fn indicators_slide_ui(ui: &mut Ui, derived: &Derived, sizes: Sizes) {
    title_ui(ui, slide_text::INDICATORS_TITLE, sizes);
    ui.label(RichText::new(slide_text::INDICATORS_LEAD).size(sizes.small));
    ui.add_space(sizes.small * 0.5);
    let chart = overview_chart(&derived.indicators);
    let mut style = DotsStyle {
        body: sizes.body * 0.9,
        small: sizes.small * 0.85,
        family: fonts::slide_family(),
        ink: INK,
        rule: egui::Color32::from_gray(110),
    };
    // Never more than two thirds of the room: smaller text where it must.
    let room = ui.available_height() * 0.66;
    let needed = style.height_of(&chart);
    if needed > room {
        let shrink = (room / needed).max(0.6);
        style.body *= shrink;
        style.small *= shrink;
    }
    comparison_dots_ui(ui, &chart, &style);
    let developments: Vec<String> = derived
        .indicators
        .iter()
        .filter_map(crate::model::view::charts::development_text)
        .collect();
    bullet_list_ui(ui, "Ontwikkeling", &developments, sizes);
}
