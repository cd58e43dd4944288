//! Budget plots and table (issue 4; grows in the next step).

use egui::Ui;

use crate::app::AppCommand;
use crate::format;
use crate::model::{Dataset, Problem};

/// Draws the budget view.
pub fn budget_view_ui(
    ui: &mut Ui,
    data: &Dataset,
    _problems: &[Problem],
    _commands: &mut Vec<AppCommand>,
) {
    ui.heading("Budget");
    for year in data.budget.years() {
        ui.label(format!(
            "{year}: {}",
            format::euro(data.budget.structural_in_year(year))
        ));
    }
}
