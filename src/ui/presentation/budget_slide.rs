//! The budget slide: structural money per year, the cut from 2026, and the
//! incidental money.

use egui::{RichText, Ui};

use super::style::{Sizes, title_ui};
use crate::model::Dataset;
use crate::model::view::Derived;
use crate::model::view::charts::budget_chart;
use crate::model::view::slide_text;
use crate::ui::budget::plot::{BudgetPlotStyle, budget_plot_ui};

/// The budget per year with the structural cut.
pub(super) fn budget_slide_ui(ui: &mut Ui, data: &Dataset, derived: &Derived, sizes: Sizes) {
    title_ui(ui, &slide_text::budget_title(data), sizes);
    if let Some(lead) = slide_text::budget_lead(derived) {
        ui.label(RichText::new(lead).size(sizes.body));
    }
    let height = ui.available_height() - sizes.small * 2.5;
    let style = BudgetPlotStyle {
        height: height.max(100.0),
        text_size: sizes.small,
        interactive: false,
    };
    budget_plot_ui(ui, &budget_chart(&derived.budget), &style);
    ui.label(RichText::new(slide_text::budget_note(data)).size(sizes.small * 0.85));
}
