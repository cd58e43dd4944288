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
