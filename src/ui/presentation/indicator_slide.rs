//! The indicator slide: the distance of each indicator to the Utrecht
//! average, and the developments over time.

use egui::{RichText, Ui};

use super::style::{Sizes, bullet_list_ui, title_ui};
use crate::model::charts::overview_chart;
use crate::model::{Derived, slide_text};
use crate::ui::indicators::plot::{OverviewStyle, overview_plot_ui};

/// Overvecht against the Utrecht average, and how the indicators developed.
pub(super) fn indicators_slide_ui(ui: &mut Ui, derived: &Derived, sizes: Sizes) {
    title_ui(ui, slide_text::INDICATORS_TITLE, sizes);
    ui.label(RichText::new(slide_text::INDICATORS_LEAD).size(sizes.small));
    let height = ui.available_height() * 0.55;
    let style = OverviewStyle {
        height,
        label_size: sizes.small,
        interactive: false,
    };
    overview_plot_ui(ui, &overview_chart(&derived.indicators), &style);
    let developments: Vec<String> = derived
        .indicators
        .iter()
        .filter_map(crate::model::charts::development_text)
        .collect();
    bullet_list_ui(ui, "Ontwikkeling", &developments, sizes, 4);
}
