//! UI settings that persist through eframe's storage, apart from the data file.

use serde::{Deserialize, Serialize};

use crate::command::{MapKind, View, VoortgangPane};

/// Settings kept between sessions (window size and panel widths are kept by
/// eframe and egui themselves).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiSettings {
    /// CBS code of the selected wijk.
    pub selected_district: String,
    /// The main view shown.
    pub view: View,
    /// Dark theme instead of light.
    pub dark_mode: bool,
    /// Text zoom of presentation mode, where no zoom was chosen for the
    /// screen in use.
    pub presentation_zoom: f32,
    /// The zoom chosen with Ctrl+plus/min per screen size ("1920x1080"):
    /// the laptop and the beamer each keep their own.
    pub presentation_zooms: std::collections::BTreeMap<String, f32>,
    /// Id of the indicator shown ("" for the overview).
    pub selected_indicator: String,
    /// The real map or the tiles.
    pub map_kind: MapKind,
    /// The screen the slides go to when a second one is attached, by its
    /// name ("HDMI-1"); `None`: the first screen that is not the laptop's.
    pub slides_screen: Option<String>,
    /// How a table from elsewhere fills an indicator, per layout of its
    /// first row ([`crate::model::tables::mapping::layout_key`]).
    pub table_mappings:
        std::collections::BTreeMap<String, crate::model::tables::mapping::TableMapping>,
    /// What the Voortgang view shows on the right: per ambition, or the timeline.
    pub voortgang_pane: VoortgangPane,
    /// The files (by document id, or path) already asked whether to add
    /// the council letter's interventions: the question comes once.
    pub letter_offer_asked: std::collections::BTreeSet<String>,
    /// The folder last used per kind of file choice ("Document", "ExportExcel"):
    /// proposed again next time.
    pub last_folders: std::collections::BTreeMap<String, std::path::PathBuf>,
}

impl Default for UiSettings {
    fn default() -> Self {
        Self {
            selected_district: crate::model::OVERVECHT.to_owned(),
            view: View::Wijken,
            dark_mode: false,
            presentation_zoom: 1.0,
            presentation_zooms: std::collections::BTreeMap::new(),
            selected_indicator: String::new(),
            map_kind: MapKind::Kaart,
            slides_screen: None,
            table_mappings: std::collections::BTreeMap::new(),
            voortgang_pane: VoortgangPane::PerAmbitie,
            letter_offer_asked: std::collections::BTreeSet::new(),
            last_folders: std::collections::BTreeMap::new(),
        }
    }
}

impl UiSettings {
    /// The slides' zoom on a screen of `size` (points; `None`: unknown).
    pub fn zoom_for(&self, size: Option<egui::Vec2>) -> f32 {
        size.and_then(|size| self.presentation_zooms.get(&screen_key(size)))
            .copied()
            .unwrap_or(self.presentation_zoom)
    }

    /// Multiplies the zoom on a screen of `size` by `factor`, within `range`.
    pub fn change_zoom(&mut self, size: Option<egui::Vec2>, factor: f32, range: (f32, f32)) {
        let zoom = (self.zoom_for(size) * factor).clamp(range.0, range.1);
        match size {
            Some(size) => {
                self.presentation_zooms.insert(screen_key(size), zoom);
            }
            None => self.presentation_zoom = zoom,
        }
    }
}

/// The key under which the settings are stored.
pub const STORAGE_KEY: &str = "wijkdashboard-ui";

/// "1920x1080": a screen size as the settings keep it.
fn screen_key(size: egui::Vec2) -> String {
    format!("{:.0}x{:.0}", size.x, size.y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_screen_size_keeps_its_own_zoom() {
        let mut settings = UiSettings::default();
        let laptop = Some(egui::vec2(1366.0, 768.0));
        let beamer = Some(egui::vec2(1920.0, 1080.0));
        settings.change_zoom(laptop, 1.1, (0.5, 2.0));
        settings.change_zoom(laptop, 1.1, (0.5, 2.0));
        assert!((settings.zoom_for(laptop) - 1.21).abs() < 1e-4);
        assert!(
            (settings.zoom_for(beamer) - 1.0).abs() < 1e-6,
            "the beamer keeps its own"
        );
        settings.change_zoom(beamer, 10.0, (0.5, 2.0));
        assert!(
            (settings.zoom_for(beamer) - 2.0).abs() < 1e-6,
            "within the range"
        );
    }
}
