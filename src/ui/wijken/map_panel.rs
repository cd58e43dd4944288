//! The map in the Wijken view: the real map when there are boundaries, the
//! tile map otherwise, with a toggle Kaart / Tegels between them.

use egui::Ui;

use super::boundary_map::{BoundaryMapStyle, boundary_map_ui};
use super::map_style::MapStyle;
use super::tile_map::tile_map_ui;
use crate::command::{MapKind, Message};
use crate::ui::ViewContext;

/// Draws the heading, the toggle and the map.
pub(crate) fn map_panel_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    let shapes = ctx.derived().map.as_deref();
    let settings = ctx.settings();
    ui.horizontal(|ui| {
        ui.heading("Wijken van Utrecht");
        if shapes.is_some() {
            ui.add_space(12.0);
            for kind in [MapKind::Kaart, MapKind::Tegels] {
                let command = kind.command();
                if ui
                    .selectable_label(settings.map_kind == kind, command.text())
                    .on_hover_text(command.tooltip())
                    .clicked()
                    && settings.map_kind != kind
                {
                    ctx.command(command);
                }
            }
        }
    });
    ui.weak("Kleur: status van het wijkplatform. Klik op een wijk om die te kiezen.");
    let data = ctx.data();
    let selected = &settings.selected_district;
    let clicked = match shapes {
        Some(shapes) if settings.map_kind == MapKind::Kaart => {
            let style = BoundaryMapStyle {
                map: MapStyle::default(),
                highlight: None,
                names: true,
                legend: true,
            };
            boundary_map_ui(ui, data, shapes, selected, &style)
        }
        _ => tile_map_ui(ui, data, selected, &MapStyle::default()),
    };
    if let Some(id) = clicked {
        ctx.message(Message::SelectDistrict(id));
    }
}
