//! The scenario slides of presentation mode: one per compared scenario, and
//! the compared scenarios side by side. Each takes two pages: the bars with
//! their amounts, then the table with the change against the reference year.

use egui::{RichText, Ui};

use super::style::{Sizes, title_ui};
use crate::model::view::charts::comparison_chart;
use crate::model::view::slide_text;
use crate::model::{Comparison, Dataset};
use crate::ui::scenarios::chart::{ComparisonPlotStyle, comparison_plot_ui, comparison_table_ui};

/// One scenario: its explanation and the bars per ambition in the compared
/// year (part 0), then the amounts with their change (part 1).
pub(super) fn scenario_slide_ui(ui: &mut Ui, data: &Dataset, id: &str, part: usize, sizes: Sizes) {
    let Some(scenario) = data.scenarios.iter().find(|s| s.id == id) else {
        return;
    };
    let comparison = slide_text::scenario_comparison(data, scenario);
    let title = slide_text::scenario_title(scenario);
    if part > 0 {
        return table_page_ui(ui, &title, &comparison, sizes);
    }
    title_ui(ui, &title, sizes);
    if !scenario.explanation.is_empty() {
        ui.label(RichText::new(&scenario.explanation).size(sizes.small));
    }
    if let Some(totals) = comparison.scenarios.first() {
        ui.label(
            RichText::new(slide_text::scenario_lead(totals, comparison.year))
                .size(sizes.body)
                .strong(),
        );
    }
    chart_ui(ui, &comparison, sizes);
}

/// The compared scenarios side by side: the bars (part 0), the table (part 1).
pub(super) fn comparison_slide_ui(ui: &mut Ui, data: &Dataset, part: usize, sizes: Sizes) {
    let comparison = slide_text::chosen_comparison(data);
    if part > 0 {
        let title = slide_text::comparison_table_title(comparison.year, comparison.reference_year);
        title_ui(ui, &title, sizes);
        ui.add_space(sizes.small * 0.5);
        comparison_table_ui(ui, &comparison, sizes.body * 0.9);
        return;
    }
    title_ui(ui, &slide_text::comparison_title(comparison.year), sizes);
    chart_ui(ui, &comparison, sizes);
}

/// The bars in all the height that is left, the amounts on them.
fn chart_ui(ui: &mut Ui, comparison: &Comparison, sizes: Sizes) {
    let style = ComparisonPlotStyle {
        // A little room between the names under the bars and the footer.
        height: (ui.available_height() - sizes.small).max(120.0),
        value_size: Some(sizes.small * 0.9),
        interactive: false,
    };
    comparison_plot_ui(ui, &comparison_chart(comparison), &style);
}

/// The table of amounts under the slide's title with "(vervolg)".
fn table_page_ui(ui: &mut Ui, title: &str, comparison: &Comparison, sizes: Sizes) {
    title_ui(ui, &format!("{title} (vervolg)"), sizes);
    ui.add_space(sizes.small * 0.5);
    comparison_table_ui(ui, comparison, sizes.body * 0.9);
}
