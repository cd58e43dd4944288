//! The scenario slides of presentation mode: one per compared scenario, and
//! the compared scenarios side by side.

use egui::{RichText, Ui};

use super::style::{Sizes, title_ui};
use crate::model::charts::comparison_chart;
use crate::model::slide_text;
use crate::model::{Comparison, Dataset};
use crate::ui::scenarios::chart::{
    ComparisonPlotStyle, comparison_plot_ui, comparison_table_height, comparison_table_ui,
};

/// One scenario: its explanation, the bars per ambition in the compared
/// year, and the amounts with their change.
pub(super) fn scenario_slide_ui(ui: &mut Ui, data: &Dataset, id: &str, sizes: Sizes) {
    let Some(scenario) = data.scenarios.iter().find(|s| s.id == id) else {
        return;
    };
    title_ui(ui, &slide_text::scenario_title(scenario), sizes);
    if !scenario.explanation.is_empty() {
        ui.label(RichText::new(&scenario.explanation).size(sizes.small));
    }
    let comparison = slide_text::scenario_comparison(data, scenario);
    if let Some(totals) = comparison.scenarios.first() {
        ui.label(
            RichText::new(slide_text::scenario_lead(totals, comparison.year))
                .size(sizes.body)
                .strong(),
        );
    }
    // One scenario: the bars beside the table, which is narrow.
    let height = ui.available_height();
    ui.columns(2, |columns| {
        let style = ComparisonPlotStyle {
            height,
            value_size: Some(sizes.small * 0.8),
            interactive: false,
        };
        comparison_plot_ui(&mut columns[0], &comparison_chart(&comparison), &style);
        comparison_table_ui(&mut columns[1], &comparison, sizes.small * 0.9);
    });
}

/// The compared scenarios side by side.
pub(super) fn comparison_slide_ui(ui: &mut Ui, data: &Dataset, sizes: Sizes) {
    let comparison = slide_text::chosen_comparison(data);
    title_ui(
        ui,
        &slide_text::comparison_title(comparison.year, comparison.reference_year),
        sizes,
    );
    body_ui(ui, &comparison, sizes);
}

/// The bars above, the table below, both sized to the slide.
fn body_ui(ui: &mut Ui, comparison: &Comparison, sizes: Sizes) {
    let text_size = sizes.small * 0.9;
    let table_height = comparison_table_height(ui, comparison, text_size);
    let spacing = ui.spacing().item_spacing.y * 2.0;
    let height = (ui.available_height() - table_height - spacing).max(120.0);
    let style = ComparisonPlotStyle {
        height,
        value_size: Some(sizes.small * 0.8),
        interactive: false,
    };
    comparison_plot_ui(ui, &comparison_chart(comparison), &style);
    comparison_table_ui(ui, comparison, text_size);
}
