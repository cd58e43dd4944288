//! The indicator slide: the distance of each indicator to the Utrecht
//! average, and the developments over time.

use egui::{RichText, Ui};

use super::indicator_bars::indicator_bars_ui;
use super::style::{Sizes, bullet_list_ui, title_ui};
use crate::model::charts::overview_chart;
use crate::model::convert::index_f32;
use crate::model::{Derived, slide_text};

/// Overvecht against the Utrecht average, and how the indicators developed.
pub(super) fn indicators_slide_ui(ui: &mut Ui, derived: &Derived, sizes: Sizes) {
    title_ui(ui, slide_text::INDICATORS_TITLE, sizes);
    ui.label(RichText::new(slide_text::INDICATORS_LEAD).size(sizes.small));
    ui.add_space(sizes.small * 0.5);
    let chart = overview_chart(&derived.indicators);
    // About three lines per bar, and never more than two thirds of the room.
    let height = (index_f32(chart.rows.len()) * sizes.body * 3.0)
        .min(ui.available_height() * 0.66)
        .max(sizes.body * 2.0);
    indicator_bars_ui(ui, &chart, height, sizes);
    let developments: Vec<String> = derived
        .indicators
        .iter()
        .filter_map(crate::model::charts::development_text)
        .collect();
    bullet_list_ui(ui, "Ontwikkeling", &developments, sizes);
}
