//! UI settings that persist through eframe's storage, apart from the data file.

use serde::{Deserialize, Serialize};

use crate::command::{MapKind, View};

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
    /// Text zoom of presentation mode.
    pub presentation_zoom: f32,
    /// Id of the indicator shown ("" for the overview).
    pub selected_indicator: String,
    /// The real map or the tiles.
    pub map_kind: MapKind,
    /// The screen the slides go to when a second one is attached, by its
    /// name ("HDMI-1"); `None`: the first screen that is not the laptop's.
    pub slides_screen: Option<String>,
}

impl Default for UiSettings {
    fn default() -> Self {
        Self {
            selected_district: crate::model::OVERVECHT.to_owned(),
            view: View::Wijken,
            dark_mode: false,
            presentation_zoom: 1.0,
            selected_indicator: String::new(),
            map_kind: MapKind::Kaart,
            slides_screen: None,
        }
    }
}

/// The key under which the settings are stored.
pub const STORAGE_KEY: &str = "wijkdashboard-ui";
