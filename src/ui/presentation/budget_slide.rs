//! The budget slide: structural money per year, the cut from 2026, and the
//! incidental money.

use egui::{RichText, Ui};

use super::style::{Sizes, title_ui};
use crate::model::charts::budget_chart;
use crate::model::format;
use crate::model::{Dataset, Derived};
use crate::ui::budget::plot::{BudgetPlotStyle, budget_plot_ui};

/// The budget per year with the structural cut.
pub(super) fn budget_slide_ui(ui: &mut Ui, data: &Dataset, derived: &Derived, sizes: Sizes) {
    title_ui(
        ui,
        &format!(
            "Budget {}: de bezuiniging vanaf 2026",
            data.budget.programme
        ),
        sizes,
    );
    let cut = derived.budget.iter().find(|y| y.cut_eur > 0);
    let before = derived.budget.iter().find(|y| y.cut_eur == 0);
    if let (Some(cut), Some(before)) = (cut, before) {
        ui.label(
            RichText::new(format!(
                "Structureel {} per jaar; vanaf {} {} minder: {}.",
                format::euro(before.structural_eur),
                cut.year,
                format::euro(cut.cut_eur),
                format::euro(cut.structural_eur)
            ))
            .size(sizes.body),
        );
    }
    let height = ui.available_height() - sizes.small * 2.5;
    let style = BudgetPlotStyle {
        height: height.max(100.0),
        text_size: sizes.small,
        interactive: false,
    };
    budget_plot_ui(ui, &budget_chart(&derived.budget), &style);
    ui.label(RichText::new("Incidenteel: Regiodeal € 10 mln over vier jaar (hier gelijk verdeeld); SPUK Kansrijke Wijk mogelijk, bedrag onbekend.").size(sizes.small * 0.85));
}
