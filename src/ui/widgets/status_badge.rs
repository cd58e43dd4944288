//! The small coloured label of a status: a platform's, a wijk's or an
//! intervention's.

use egui::Color32;

use crate::model::{InterventionStatus, PlatformStatus};
use crate::ui::widgets::palette;

/// A small coloured badge with a status label.
pub fn status_badge(ui: &mut egui::Ui, status: Option<PlatformStatus>) -> egui::Response {
    badge(
        ui,
        palette::status_label(status),
        palette::status_fill(status),
        palette::status_text(status),
    )
}

/// The badge of an intervention's status: "in uitvoering" on green.
pub fn intervention_badge(ui: &mut egui::Ui, status: InterventionStatus) -> egui::Response {
    let (fill, text) = palette::intervention_colours(status);
    badge(ui, status.label_nl(), fill, text)
}

fn badge(ui: &mut egui::Ui, label: &str, fill: Color32, text: Color32) -> egui::Response {
    let text = egui::RichText::new(label).color(text).small().strong();
    egui::Frame::new()
        .fill(fill)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.label(text))
        .inner
}
