//! The boundaries of the wijken, as imported from an official map and kept
//! with the data: simplified to a few metres, in whole units of 0,00001
//! degree (about a metre), and written a few positions per line so that a
//! diff of two versions shows what moved.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::SourceRef;

/// A position as [longitude, latitude] in degrees (WGS84), GeoJSON order.
pub type LonLat = [f64; 2];

/// Units per degree in which positions are kept.
pub const UNITS_PER_DEGREE: f64 = 100_000.0;

/// Positions per line in the file.
const PER_LINE: usize = 8;

/// A closed ring of positions [lon, lat] in 0,00001 degree; first equals last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ring(pub Vec<[i32; 2]>);

impl Ring {
    /// A ring from WGS84 degrees, rounded to the unit.
    pub fn from_degrees(points: &[LonLat]) -> Self {
        // Degrees of the earth fit in i32 at this unit (180 × 10^5 < 2^31).
        let unit = |v: f64| super::format::convert::rounded_i32(v * UNITS_PER_DEGREE);
        Self(points.iter().map(|p| [unit(p[0]), unit(p[1])]).collect())
    }

    /// The positions in degrees.
    pub fn degrees(&self) -> impl Iterator<Item = LonLat> + '_ {
        self.0.iter().map(|p| {
            [
                f64::from(p[0]) / UNITS_PER_DEGREE,
                f64::from(p[1]) / UNITS_PER_DEGREE,
            ]
        })
    }

    /// Number of positions.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the ring has no positions.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Ring {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let lines: Vec<String> = self
            .0
            .chunks(PER_LINE)
            .map(|chunk| {
                chunk
                    .iter()
                    .map(|[x, y]| format!("{x} {y}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        lines.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Ring {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let lines = Vec::<String>::deserialize(deserializer)?;
        let mut points = Vec::new();
        for line in &lines {
            for pair in line.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let mut numbers = pair.split_whitespace().map(str::parse::<i32>);
                match (numbers.next(), numbers.next(), numbers.next()) {
                    (Some(Ok(x)), Some(Ok(y)), None) => points.push([x, y]),
                    _ => {
                        return Err(serde::de::Error::custom(format!(
                            "positie '{pair}' op de kaart is geen paar hele getallen (lengte breedte)"
                        )));
                    }
                }
            }
        }
        Ok(Self(points))
    }
}

/// The boundary of one wijk: its polygons, each an outer ring and its holes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Boundary {
    /// CBS code of the wijk.
    pub district: String,
    /// Polygons: the outer ring first, then the holes.
    pub polygons: Vec<Vec<Ring>>,
    /// The map it comes from (schema version 5): the file, and the wijk's
    /// name in it as the quote.
    #[serde(default, skip_serializing_if = "SourceRef::is_empty")]
    pub source: SourceRef,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_is_written_a_few_positions_per_line_and_read_back() {
        let ring = Ring((0..20).map(|i| [500_000 + i, 5_200_000 - i]).collect());
        let text = ron::to_string(&ring).unwrap_or_default();
        assert!(
            text.starts_with("[\"500000 5200000, 500001 5199999,"),
            "{text}"
        );
        assert_eq!(
            text.matches('"').count(),
            6,
            "three lines of up to 8: {text}"
        );
        let back: Ring = ron::from_str(&text).unwrap_or_default();
        assert_eq!(back, ring);
        let broken: Result<Ring, _> = ron::from_str("[\"1 2, 3\"]");
        assert!(broken.is_err_and(|e| e.to_string().contains("'3'")));
    }
}
