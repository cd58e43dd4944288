use serde::{Deserialize, Serialize};

use super::{LogEntry, SourceRef};

/// The CBS code of Overvecht, the wijk of Samen voor Overvecht: new
/// indicators belong to it, and the app opens on it.
pub const OVERVECHT: &str = "WK034403";

/// One of the city's wijken.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// CBS code, `WK034401` … `WK034410`.
    pub id: String,
    /// Name, e.g. "Overvecht".
    pub name: String,
    /// Buurten named in the sources.
    pub neighbourhoods: Vec<String>,
    /// Whether `neighbourhoods` are all the wijk's buurten; else they are
    /// the ones a source names, and the documents say "Genoemde buurten"
    /// (schema 7).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub neighbourhoods_complete: bool,
    /// The platform situation in one sentence, as in the overview table of Bijlage 1.
    pub situation: String,
    /// Notes about the wijk outside any platform (explorations, other groups).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Dated events in the wijk that belong to no platform.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<LogEntry>,
    /// Where the situation comes from.
    pub sources: Vec<SourceRef>,
}

impl District {
    /// How the documents head the list of buurten: "Buurten" when it is
    /// every buurt of the wijk, "Genoemde buurten" when it is those a
    /// source names.
    pub fn neighbourhoods_label(&self) -> &'static str {
        if self.neighbourhoods_complete {
            "Buurten"
        } else {
            "Genoemde buurten"
        }
    }
}
