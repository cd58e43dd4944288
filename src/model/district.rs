use serde::{Deserialize, Serialize};

use super::{LogEntry, SourceRef};

/// One of the city's wijken.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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

/// The CBS code of a wijk from its two-digit number: 3 → `WK034403`.
pub fn cbs_code(number: u8) -> String {
    format!("WK0344{number:02}")
}

#[cfg(test)]
mod tests {
    use super::cbs_code;

    #[test]
    fn cbs_codes_have_two_digits() {
        assert_eq!(cbs_code(3), "WK034403");
        assert_eq!(cbs_code(10), "WK034410");
    }
}
