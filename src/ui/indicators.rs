//! Indicator plots and table (issue 4; grows in the next step).

use egui::Ui;

use crate::app::AppCommand;
use crate::model::{Dataset, Problem};

/// Draws the indicators view.
pub fn indicators_view_ui(
    ui: &mut Ui,
    data: &Dataset,
    _problems: &[Problem],
    _commands: &mut Vec<AppCommand>,
) {
    ui.heading("Indicatoren");
    for indicator in &data.indicators {
        ui.label(&indicator.name);
    }
}
