//! The footer of every slide: how far the presentation is, and its keys.

use egui::{Color32, RichText, Ui};

use super::style::Sizes;
use super::{Deck, KeyHints};
use crate::model::Dataset;
use crate::model::format::convert::index_f32;
use crate::ui::widgets::palette;

/// The progress bar, "Dia n van m" with the title, and the keys where
/// they are shown.
pub(super) fn footer_ui(ui: &mut Ui, data: &Dataset, deck: &Deck, sizes: Sizes) {
    let (pages, current) = (&deck.pages, deck.current);
    let total = pages.len().max(1);
    let progress = index_f32(current + 1) / index_f32(total);
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), sizes.small * 0.35),
        egui::Sense::hover(),
    );
    ui.painter().rect_filled(rect, 2.0, Color32::from_gray(220));
    let mut done = rect;
    done.set_width(rect.width() * progress);
    ui.painter().rect_filled(done, 2.0, palette::BLUE);
    ui.horizontal(|ui| {
        let title = pages
            .get(current)
            .map(|page| page.footer_title(data))
            .unwrap_or_default();
        ui.label(
            RichText::new(format!("Dia {} van {}", current + 1, pages.len()))
                .size(sizes.small)
                .strong(),
        );
        ui.label(RichText::new(format!("· {title}")).size(sizes.small));
        if deck.key_hints == KeyHints::Hidden {
            return;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(
                RichText::new("▶ volgende   ◀ vorige   Esc stoppen")
                    .size(sizes.small * 0.8)
                    .color(Color32::from_gray(90)),
            );
        });
    });
}
