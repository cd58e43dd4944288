//! The real map, from the wijken's boundaries: each wijk filled in its imported shape, coloured by
//! platform status, its outline on top and its name inside it. The shapes
//! are triangulated once per change of the boundaries ([`MapShapes`]); a
//! frame only places the cached triangles in the available space.

use egui::{Color32, Mesh, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2};

use super::map_style::{MapStyle, legend_height, legend_ui, tooltip_ui};
use crate::model::Dataset;
use crate::model::geo::MapShapes;
use crate::ui::widgets::{fonts, palette};

/// How one drawing of the real map looks.
pub(crate) struct BoundaryMapStyle<'a> {
    /// Names, tooltips and legend as the tile map has them.
    pub map: MapStyle,
    /// Draw only this wijk in its colour, the rest grey (the small map on a
    /// wijk slide); `None`: every wijk in its status colour.
    pub highlight: Option<&'a str>,
    /// Whether to write the names (off for the small map).
    pub names: bool,
    /// Whether to show the legend below.
    pub legend: bool,
}

/// Maps km of the shapes to screen points, keeping true proportions.
struct Placement {
    origin: Pos2,
    scale: f32,
    height_km: f32,
}

impl Placement {
    fn fit(area: Rect, shapes: &MapShapes) -> Self {
        let [width, height] = shapes.size;
        let scale = (area.width() / width.max(0.001)).min(area.height() / height.max(0.001));
        let used = Vec2::new(width * scale, height * scale);
        Self {
            origin: area.center() - used / 2.0,
            scale,
            height_km: height,
        }
    }

    fn to_screen(&self, p: [f32; 2]) -> Pos2 {
        // North is up: y in km grows north, screen y grows down.
        self.origin + Vec2::new(p[0] * self.scale, (self.height_km - p[1]) * self.scale)
    }

    fn to_km(&self, pos: Pos2) -> [f32; 2] {
        let d = pos - self.origin;
        [d.x / self.scale, self.height_km - d.y / self.scale]
    }
}

/// The name laid out to fit the room inside its shape: wrapped at spaces
/// (never inside a word) and made smaller until it fits, within limits.
fn name_galley(
    painter: &egui::Painter,
    family: &egui::FontFamily,
    name: &str,
    room: f32,
    base_size: f32,
    colour: Color32,
) -> std::sync::Arc<egui::Galley> {
    let smallest = base_size * 0.65;
    let allowed = (room * 2.2).max(40.0);
    let layout = |size: f32, width: f32| {
        let mut job = egui::text::LayoutJob::simple(
            name.to_owned(),
            egui::FontId::new(size, family.clone()),
            colour,
            width,
        );
        job.halign = egui::Align::Center;
        painter.layout_job(job)
    };
    let widest_word = |size: f32| {
        name.split(' ')
            .map(|word| {
                painter
                    .layout_no_wrap(
                        word.to_owned(),
                        egui::FontId::new(size, family.clone()),
                        colour,
                    )
                    .size()
                    .x
            })
            .fold(0.0, f32::max)
    };
    let mut size = (room * 0.5).clamp(smallest, base_size * 1.4);
    // Smaller until the longest word fits the room.
    let word = widest_word(size);
    if word > allowed {
        size = (size * allowed / word).max(smallest);
    }
    // Wrap only between words: the width is never less than the longest word.
    let width = allowed.max(widest_word(size) + 1.0);
    layout(size, width)
}

/// Draws the real map in the available space; returns the wijk clicked
/// (or chosen with Enter on its focused name), if any.
pub(crate) fn boundary_map_ui(
    ui: &mut Ui,
    data: &Dataset,
    shapes: &MapShapes,
    selected: &str,
    style: &BoundaryMapStyle<'_>,
) -> Option<String> {
    let legend_height = if style.legend {
        legend_height(ui, style.map.name_size * 0.8)
    } else {
        0.0
    };
    let available = ui.available_size();
    let size = Vec2::new(available.x, (available.y - legend_height).max(60.0));
    let (area, map_response) = ui.allocate_exact_size(size, Sense::click());
    let placement = Placement::fit(area, shapes);
    let hovered = map_response
        .hover_pos()
        .and_then(|pos| shapes.district_at(placement.to_km(pos)))
        .map(str::to_owned);
    let drawing = Drawing {
        painter: ui.painter_at(area),
        data,
        shapes,
        placement,
        style,
    };
    drawing.fills(hovered.as_deref());
    drawing.outlines(ui, style.highlight.unwrap_or(selected));
    let mut clicked = drawing.names_ui(ui).filter(|id| id != selected);
    if map_response.clicked()
        && let Some(id) = &hovered
        && id != selected
    {
        clicked = Some(id.clone());
    }
    if style.map.tooltips
        && let Some(id) = &hovered
    {
        map_response.on_hover_ui_at_pointer(|ui| tooltip_ui(ui, data, id));
    }
    if style.legend {
        legend_ui(ui, style.map.name_size * 0.8);
    }
    clicked
}

/// One drawing of the map: where it goes and what it shows.
struct Drawing<'a> {
    painter: egui::Painter,
    data: &'a Dataset,
    shapes: &'a MapShapes,
    placement: Placement,
    style: &'a BoundaryMapStyle<'a>,
}

impl Drawing<'_> {
    /// Each wijk filled in its status colour (grey beside a highlighted one).
    fn fills(&self, hovered: Option<&str>) {
        let Self {
            painter,
            data,
            shapes,
            placement,
            style,
        } = self;
        for shape in &shapes.districts {
            let status = data.district_status(&shape.district);
            let mut fill = match style.highlight {
                Some(id) if id != shape.district => Color32::from_gray(205),
                _ => palette::status_fill(status),
            };
            if hovered == Some(shape.district.as_str()) {
                fill = fill.gamma_multiply(0.85);
            }
            let mut mesh = Mesh::default();
            for vertex in &shape.vertices {
                mesh.colored_vertex(placement.to_screen(*vertex), fill);
            }
            mesh.indices.clone_from(&shape.triangles);
            painter.add(Shape::mesh(mesh));
        }
    }

    /// Outlines on top; the selected (or highlighted) wijk last and thick.
    fn outlines(&self, ui: &Ui, focus: &str) {
        let Self {
            painter,
            shapes,
            placement,
            ..
        } = self;
        let outline = |shape: &crate::model::geo::DistrictShape, stroke: Stroke| {
            for ring in &shape.outlines {
                let points: Vec<Pos2> = ring.iter().map(|p| placement.to_screen(*p)).collect();
                painter.add(Shape::line(points, stroke));
            }
        };
        let thin = Stroke::new(1.2, Color32::from_white_alpha(230));
        for shape in shapes.districts.iter().filter(|s| s.district != focus) {
            outline(shape, thin);
        }
        if let Some(shape) = shapes.districts.iter().find(|s| s.district == focus) {
            outline(shape, Stroke::new(3.5, ui.visuals().strong_text_color()));
        }
    }

    /// The names inside the shapes, each a focusable button for the keyboard
    /// and for screen readers, as the tiles are; returns the one clicked.
    fn names_ui(&self, ui: &mut Ui) -> Option<String> {
        let Self {
            painter,
            data,
            shapes,
            placement,
            style,
        } = self;
        let family = fonts::body_family(ui);
        let mut clicked = None;
        for shape in &shapes.districts {
            let Some(district) = data.district(&shape.district) else {
                continue;
            };
            let centre = placement.to_screen(shape.label_at);
            let text_colour = match style.highlight {
                Some(id) if id != shape.district => Color32::from_gray(60),
                _ => palette::status_text(data.district_status(&shape.district)),
            };
            let room = shape.label_room * placement.scale;
            let galley = name_galley(
                painter,
                &family,
                &district.name,
                room,
                style.map.name_size,
                text_colour,
            );
            let label_rect = Rect::from_center_size(centre, galley.size() + Vec2::splat(4.0));
            if style.names {
                // Centred text: the galley's rows are centred on its own x = 0.
                let left = label_rect.center().x - galley.rect.center().x;
                painter.galley(
                    egui::pos2(left, label_rect.min.y + 2.0),
                    galley,
                    text_colour,
                );
            }
            let response = ui
                .interact(
                    label_rect,
                    ui.scope_id().with(("real-map", &shape.district)),
                    Sense::click(),
                )
                .on_hover_cursor(egui::CursorIcon::PointingHand);
            let label = format!("{} op de kaart", district.name);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            if response.has_focus() {
                painter.rect_stroke(
                    label_rect,
                    4.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Outside,
                );
            }
            if response.clicked() {
                clicked = Some(shape.district.clone());
            }
            if style.map.tooltips {
                response.on_hover_ui(|ui| tooltip_ui(ui, data, &shape.district));
            }
        }
        clicked
    }
}
