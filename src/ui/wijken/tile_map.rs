//! The tile map: each wijk a tile at its approximate place in the city,
//! filled by platform status, with a legend, tooltips and click-to-select.
//! Shown where there are no boundaries, or when the user picks "Tegels".

use egui::{Color32, Pos2, Rect, Sense, Stroke, Ui, Vec2};

use super::map_style::{MapStyle, legend_height, legend_ui, tooltip_ui};
use crate::model::Dataset;
use crate::model::geo::tiles::{COLUMNS, PLACES, ROWS};
use crate::ui::widgets::{fonts, palette};

/// The rect of each wijk inside `area`, by CBS code, keeping the grid's aspect.
fn tile_rects(area: Rect) -> Vec<(&'static str, Rect)> {
    // Cells may be a little taller than wide, never much: the map stays a map.
    let cell_width = (area.width() / COLUMNS).min(area.height() / ROWS * 1.4);
    let cell_height = (area.height() / ROWS).min(cell_width * 1.35);
    let size = Vec2::new(cell_width * COLUMNS, cell_height * ROWS);
    let origin = area.center() - size / 2.0;
    let gap = (cell_width * 0.04).clamp(2.0, 8.0);
    PLACES
        .iter()
        .map(|(id, [column, row, width, height])| {
            let min = origin + Vec2::new(column * cell_width, row * cell_height);
            let rect =
                Rect::from_min_size(min, Vec2::new(width * cell_width, height * cell_height))
                    .shrink(gap);
            (*id, rect)
        })
        .collect()
}

/// Draws the map in the available space; returns the wijk clicked, if any.
pub(crate) fn tile_map_ui(
    ui: &mut Ui,
    data: &Dataset,
    selected: &str,
    style: &MapStyle,
) -> Option<String> {
    let legend_height = legend_height(ui, style.name_size * 0.8);
    let available = ui.available_size();
    let map_size = Vec2::new(available.x, (available.y - legend_height).max(80.0));
    let (area, _) = ui.allocate_exact_size(map_size, Sense::hover());
    let tiles = tile_rects(area);
    // Names grow with the tiles on a large screen, but never below the style's size.
    let smallest_side = tiles
        .iter()
        .map(|(_, rect)| rect.width().min(rect.height()))
        .fold(f32::INFINITY, f32::min);
    let name_size = style.name_size.max((smallest_side * 0.13).min(30.0));
    let mut clicked = None;
    for (id, rect) in tiles {
        let tile = Tile {
            id,
            rect,
            name_size,
            selected: id == selected,
        };
        if tile_ui(ui, data, &tile, style) {
            clicked = Some(id.to_owned());
        }
    }
    legend_ui(ui, style.name_size * 0.8);
    clicked
}

/// One tile to draw.
struct Tile<'a> {
    id: &'a str,
    rect: Rect,
    name_size: f32,
    selected: bool,
}

/// Draws one tile: filled by status, the name and status inside; returns
/// whether it was clicked (and was not already selected).
fn tile_ui(ui: &mut Ui, data: &Dataset, tile: &Tile<'_>, style: &MapStyle) -> bool {
    let Some(district) = data.district(tile.id) else {
        return false;
    };
    let (id, rect) = (tile.id, tile.rect);
    let status = data.district_status(id);
    let response = ui
        .interact(rect, ui.scope_id().with(("map", id)), Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    let label = format!("{} op de kaart", district.name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let fill = palette::status_fill(status);
    let fill = if response.hovered() {
        fill.gamma_multiply(0.85)
    } else {
        fill
    };
    let family = fonts::body_family(ui);
    let painter = ui.painter();
    painter.rect_filled(rect, 10.0, fill);
    let outline = if tile.selected {
        Stroke::new(4.0, ui.visuals().strong_text_color())
    } else {
        Stroke::new(1.0, Color32::from_black_alpha(60))
    };
    painter.rect_stroke(rect, 10.0, outline, egui::StrokeKind::Inside);
    let text_colour = palette::status_text(status);
    // Each line centred: a long name ("Vleuten-De Meern") wraps in the middle.
    let centred = |text: &str, size: f32| {
        let mut job = egui::text::LayoutJob::simple(
            text.to_owned(),
            egui::FontId::new(size, family.clone()),
            text_colour,
            rect.width() - 10.0,
        );
        job.halign = egui::Align::Center;
        ui.ctx().fonts_mut(|f| f.layout_job(job))
    };
    let name = centred(&district.name, tile.name_size);
    let status_text = centred(palette::status_label(status), tile.name_size * 0.72);
    let top = rect.center().y - (name.size().y + status_text.size().y) / 2.0;
    let name_height = name.size().y;
    painter.galley(Pos2::new(rect.center().x, top), name, text_colour);
    painter.galley(
        Pos2::new(rect.center().x, top + name_height),
        status_text,
        text_colour,
    );
    let clicked = response.clicked() && !tile.selected;
    if style.tooltips {
        response.on_hover_ui(|ui| tooltip_ui(ui, data, id));
    }
    clicked
}
