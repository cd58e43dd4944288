//! Colours and text styles shared by the views.

use egui::Color32;

use crate::model::PlatformStatus;

/// Fill colour for a platform status; chosen to stay apart for colour-blind
/// viewers and on a washed-out projector (dark enough for white text).
pub fn status_fill(status: Option<PlatformStatus>) -> Color32 {
    match status {
        Some(PlatformStatus::Actief) => Color32::from_rgb(0x1B, 0x7A, 0x3A),
        Some(PlatformStatus::InOpbouw) => Color32::from_rgb(0x15, 0x5F, 0xB0),
        Some(PlatformStatus::Verkennend) => Color32::from_rgb(0x8A, 0x4F, 0x00),
        Some(PlatformStatus::Stopt) => Color32::from_rgb(0xB0, 0x2A, 0x1E),
        Some(PlatformStatus::Opgeheven) => Color32::from_rgb(0x55, 0x55, 0x55),
        None => Color32::from_rgb(0x8C, 0x8C, 0x8C),
    }
}

/// Text colour on a status fill.
pub fn status_text(_status: Option<PlatformStatus>) -> Color32 {
    Color32::WHITE
}

/// Dutch label for a wijk's status, including "geen wijkplatform".
pub fn status_label(status: Option<PlatformStatus>) -> &'static str {
    status.map_or("geen wijkplatform", PlatformStatus::label_nl)
}

/// Every legend entry, in order.
pub fn legend_entries() -> impl Iterator<Item = Option<PlatformStatus>> {
    PlatformStatus::ALL
        .into_iter()
        .map(Some)
        .chain(std::iter::once(None))
}

/// Colour of error messages beside fields.
pub const ERROR: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);
/// Colour of warnings.
pub const WARNING: Color32 = Color32::from_rgb(0xB2, 0x6A, 0x00);
/// Colour that marks personal data.
pub const PERSONAL_DATA: Color32 = Color32::from_rgb(0x6A, 0x1B, 0x9A);

/// A small coloured badge with a status label.
pub fn status_badge(ui: &mut egui::Ui, status: Option<PlatformStatus>) -> egui::Response {
    let text = egui::RichText::new(status_label(status))
        .color(status_text(status))
        .small()
        .strong();
    egui::Frame::new()
        .fill(status_fill(status))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| ui.label(text))
        .inner
}
