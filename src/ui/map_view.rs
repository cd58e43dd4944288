//! The map in the Wijken view: the real map when boundaries are imported,
//! the tile map otherwise, with a toggle Kaart / Tegels between them.

use egui::Ui;

use crate::command::{AppCommand, MapKind};
use crate::model::{Dataset, MapShapes};
use crate::ui::map::{MapStyle, map_ui};
use crate::ui::real_map::{RealMapStyle, real_map_ui};
use crate::ui::settings::UiSettings;

/// Draws the heading, the toggle and the map.
pub fn map_view_ui(
    ui: &mut Ui,
    data: &Dataset,
    shapes: Option<&MapShapes>,
    settings: &UiSettings,
    commands: &mut Vec<AppCommand>,
) {
    ui.horizontal(|ui| {
        ui.heading("Wijken van Utrecht");
        if shapes.is_some() {
            ui.add_space(12.0);
            for (kind, label, hint) in [
                (MapKind::Kaart, "Kaart", "De echte wijkgrenzen"),
                (MapKind::Tegels, "Tegels", "Elke wijk even groot"),
            ] {
                if ui
                    .selectable_label(settings.map_kind == kind, label)
                    .on_hover_text(hint)
                    .clicked()
                    && settings.map_kind != kind
                {
                    commands.push(AppCommand::ShowMapKind(kind));
                }
            }
        }
    });
    ui.weak("Kleur: status van het wijkplatform. Klik op een wijk om die te kiezen.");
    match shapes {
        Some(shapes) if settings.map_kind == MapKind::Kaart => {
            let style = RealMapStyle {
                map: MapStyle::default(),
                highlight: None,
                names: true,
                legend: true,
            };
            real_map_ui(
                ui,
                data,
                shapes,
                &settings.selected_district,
                &style,
                commands,
            );
        }
        _ => map_ui(
            ui,
            data,
            &settings.selected_district,
            &MapStyle::default(),
            commands,
        ),
    }
}
