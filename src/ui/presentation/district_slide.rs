//! A wijk's slide: its status and situation beside a small map, then its
//! platforms (what goes well, challenges, next steps), key figures and notes
//! in two columns; what does not fit continues on the next slide
//! ([`crate::model::view::slide_pages`]). Never its contact persons.

use egui::{Color32, RichText, Ui};

use super::style::{Sizes, title_ui};
use crate::model::view::slide_pages::{self, Block, BlockKind, SlidePage, shows_situation};
use crate::ui::ViewContext;
use crate::ui::widgets::palette;
use crate::ui::wijken::boundary_map::{BoundaryMapStyle, boundary_map_ui};
use crate::ui::wijken::map_style::MapStyle;

/// One page of a wijk's slide: on the first its title, status, situation and
/// small map; then its share of the flowing text in two columns.
pub(super) fn district_slide_ui(
    ui: &mut Ui,
    ctx: &ViewContext<'_>,
    code: &str,
    page: &SlidePage,
    sizes: Sizes,
) {
    let data = ctx.data();
    if data.district(code).is_none() {
        return;
    }
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    if page.part == 0 {
        header_ui(ui, ctx, code, page, sizes);
    } else {
        title_ui(ui, &page.title(data), sizes);
    }
    ui.add_space(sizes.small * 0.5);
    columns_ui(ui, page, sizes);
}

/// A page's flowing text in its two columns (a wijk's, an ambition's).
pub(super) fn columns_ui(ui: &mut Ui, page: &SlidePage, sizes: Sizes) {
    // Columns justify text by default; slide text reads better ragged.
    let ragged = egui::Layout::top_down(egui::Align::Min);
    ui.columns(2, |columns| {
        for (column, blocks) in columns.iter_mut().zip(&page.columns) {
            column.with_layout(ragged, |ui| {
                for block in blocks {
                    block_ui(ui, block, sizes);
                }
            });
        }
    });
}

/// The title with the status, the situation, and the small city map.
fn header_ui(ui: &mut Ui, ctx: &ViewContext<'_>, code: &str, page: &SlidePage, sizes: Sizes) {
    let (data, derived) = (ctx.data(), ctx.derived());
    // The small city map sits top right; the title and the situation use the
    // room beside it.
    let map_size = derived.map.as_deref().map(|shapes| {
        let height = sizes.body * slide_pages::MAP_EM;
        egui::vec2(height * shapes.size[0] / shapes.size[1].max(0.001), height)
    });
    ui.horizontal_top(|ui| {
        let beside_map = ui.available_width()
            - map_size.map_or(0.0, |size| size.x + ui.spacing().item_spacing.x);
        ui.allocate_ui_with_layout(
            egui::vec2(beside_map, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_min_width(beside_map);
                ui.horizontal(|ui| {
                    title_ui(ui, &page.title(data), sizes);
                    ui.add_space(sizes.body);
                    let status = data.district_status(code);
                    egui::Frame::new()
                        .fill(palette::status_fill(status))
                        .corner_radius(6.0)
                        .inner_margin(egui::Margin::symmetric(12, 4))
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(palette::status_label(status))
                                    .size(sizes.body)
                                    .color(Color32::WHITE),
                            );
                        });
                });
                if let (true, Some(district)) = (shows_situation(data, code), data.district(code)) {
                    ui.label(RichText::new(&district.situation).size(sizes.body));
                }
            },
        );
        // A small map of the city with this wijk highlighted.
        if let (Some(shapes), Some(size)) = (derived.map.as_deref(), map_size) {
            ui.allocate_ui(size, |ui| {
                let style = BoundaryMapStyle {
                    map: MapStyle {
                        name_size: sizes.small,
                        tooltips: false,
                    },
                    highlight: Some(code),
                    names: false,
                    legend: false,
                };
                // The small map only shows where the wijk is; a click does nothing.
                let _ = boundary_map_ui(ui, data, shapes, code, &style);
            });
        }
    });
}

/// One block of the flowing text in its kind's size and weight.
fn block_ui(ui: &mut Ui, block: &Block, sizes: Sizes) {
    let size = sizes.body * block.kind.size_em();
    let text = match block.kind {
        BlockKind::Item => RichText::new(format!("• {}", block.text)),
        _ => RichText::new(&block.text),
    }
    .size(size);
    let text = match block.kind {
        BlockKind::Heading => text.strong(),
        BlockKind::Status(status) => text.strong().color(palette::intervention_colours(status).0),
        BlockKind::FigureValue => text.color(palette::BLUE),
        _ => text,
    };
    ui.label(text);
}
