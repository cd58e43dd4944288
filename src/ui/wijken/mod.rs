//! The Wijken view: the list of wijken with its search box on the left, the
//! selected wijk with its platforms on the right, the map in the middle.

pub(crate) mod boundary_map;
pub(crate) mod district_list;
pub(crate) mod district_panel;
pub(crate) mod map_panel;
pub(crate) mod map_style;
pub(crate) mod platform_editor;
mod platform_lists;
pub(crate) mod tile_map;

use egui::Ui;

pub(crate) use district_list::{search_id, visible_ids};

use crate::ui::ViewContext;

/// What the Wijken view keeps between frames (not saved).
#[derive(Clone, Debug, Default)]
pub(crate) struct WijkenState {
    /// The text in the search box.
    pub search: String,
    /// Whether the search box had the keyboard at the end of the last frame.
    pub search_focused: bool,
    /// The wijk the detail panel showed last (a new one starts at its top).
    pub shown_district: String,
}

/// Draws the Wijken view.
pub(crate) fn wijken_view_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, state: &mut WijkenState) {
    // The side panels give way on a small screen (1024×768), so the map
    // keeps at least a third of the width, its legend whole.
    let width = ui.available_width();
    egui::Panel::left("wijken")
        .resizable(true)
        .default_size(270.0_f32.min(width * 0.26))
        .min_size(180.0)
        .max_size((width * 0.3).max(180.0))
        .show(ui, |ui| {
            ui.add_space(4.0);
            district_list::district_list_ui(ui, ctx, state);
        });
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(540.0_f32.min(width * 0.4))
        .min_size(300.0)
        .max_size((width * 0.45).max(300.0))
        .show(ui, |ui| {
            district_panel::district_panel_ui(ui, ctx, &mut state.shown_district)
        });
    egui::CentralPanel::default().show(ui, |ui| map_panel::map_panel_ui(ui, ctx));
}
