//! What both maps share: how one drawing looks, the legend of the status
//! colours, and a wijk's tooltip with its platforms.

use egui::Ui;

use crate::model::Dataset;
use crate::model::format;
use crate::ui::widgets::{fonts, palette};

/// Options of one drawing of the map.
pub(crate) struct MapStyle {
    /// Size of the wijk names in points.
    pub name_size: f32,
    /// Whether hovering shows a tooltip with members (off in presentation).
    pub tooltips: bool,
}

impl Default for MapStyle {
    fn default() -> Self {
        Self {
            name_size: 15.0,
            tooltips: true,
        }
    }
}

/// The tooltip of a wijk: its platforms with status and members.
pub(crate) fn tooltip_ui(ui: &mut Ui, data: &Dataset, id: &str) {
    let Some(district) = data.district(id) else {
        return;
    };
    ui.strong(&district.name);
    let mut any = false;
    for (_, platform) in data.platforms_of(id) {
        any = true;
        let members = platform.members.as_ref().map_or_else(
            || "leden: onbekend".to_owned(),
            |count| format!("{} leden", format::count(count)),
        );
        ui.label(format!(
            "{} — {} — {members}",
            platform.name,
            platform.status.label_nl()
        ));
    }
    if !any {
        ui.label(&district.situation);
    }
}

/// The height [`legend_ui`] takes at `size` in the width `ui` has: its
/// entries wrap onto a second row on a narrow screen.
pub(crate) fn legend_height(ui: &Ui, size: f32) -> f32 {
    let font = egui::FontId::new(size, fonts::body_family(ui));
    let width = ui.available_width();
    let spacing = ui.spacing().item_spacing.x + size * 0.6;
    let (mut rows, mut used) = (1.0_f32, 0.0_f32);
    for status in palette::legend_entries() {
        let text = format!("■ {}", palette::status_label(status));
        let entry = ui
            .ctx()
            .fonts_mut(|f| f.layout_no_wrap(text, font.clone(), egui::Color32::WHITE))
            .size()
            .x;
        if used > 0.0 && used + entry > width {
            rows += 1.0;
            used = 0.0;
        }
        used += entry + spacing;
    }
    let row = ui.ctx().fonts_mut(|f| f.row_height(&font));
    rows * (row + ui.spacing().item_spacing.y) + ui.spacing().item_spacing.y
}

/// The legend: a swatch and a label per status.
pub(crate) fn legend_ui(ui: &mut Ui, size: f32) {
    ui.horizontal_wrapped(|ui| {
        for status in palette::legend_entries() {
            // Swatch and words in one label: an entry moves to the next line whole.
            let mut entry = egui::text::LayoutJob::default();
            let font = egui::FontId::new(size, fonts::body_family(ui));
            entry.append(
                "■ ",
                0.0,
                egui::TextFormat::simple(font.clone(), palette::status_fill(status)),
            );
            entry.append(
                palette::status_label(status),
                0.0,
                egui::TextFormat::simple(font, ui.visuals().text_color()),
            );
            ui.add(egui::Label::new(entry).extend());
            ui.add_space(size * 0.6);
        }
    });
}
