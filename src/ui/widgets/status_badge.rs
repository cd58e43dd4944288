//! The small coloured label of a platform's or a wijk's status.

use crate::model::PlatformStatus;
use crate::ui::widgets::palette;

/// A small coloured badge with a status label.
pub fn status_badge(ui: &mut egui::Ui, status: Option<PlatformStatus>) -> egui::Response {
    let text = egui::RichText::new(palette::status_label(status))
        .color(palette::status_text(status))
        .small()
        .strong();
    egui::Frame::new()
        .fill(palette::status_fill(status))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.label(text))
        .inner
}
