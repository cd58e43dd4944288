//! The boundaries of the wijken, as imported from an official map and kept
//! with the data: simplified to a few metres, in whole units of 0,00001
//! degree (about a metre), and written a few positions per line so that a
//! diff of two versions shows what moved.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::SourceRef;
use super::geo::LonLat;

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
        let unit = |v: f64| super::convert::rounded_i32(v * UNITS_PER_DEGREE);
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

/// Simplifies a closed ring (Douglas–Peucker) to within `tolerance_m` metres,
/// keeping at least four positions so that no ring collapses.
pub fn simplify_ring(ring: &[LonLat], tolerance_m: f64) -> Vec<LonLat> {
    if ring.len() <= 4 {
        return ring.to_vec();
    }
    // Local metres: longitude scaled by cos(latitude).
    let scale_x = ring[0][1].to_radians().cos() * 111_320.0;
    let scale_y = 110_574.0;
    let metres: Vec<[f64; 2]> = ring
        .iter()
        .map(|p| [p[0] * scale_x, p[1] * scale_y])
        .collect();
    // Split the closed ring at the point farthest from the start, so both
    // halves are open lines with distinct ends.
    let last = metres.len() - 1;
    let far = (1..last)
        .max_by(|&a, &b| distance(metres[0], metres[a]).total_cmp(&distance(metres[0], metres[b])))
        .unwrap_or(last / 2);
    let mut keep = vec![false; metres.len()];
    keep[0] = true;
    keep[far] = true;
    keep[last] = true;
    douglas_peucker(&metres, 0, far, tolerance_m, &mut keep);
    douglas_peucker(&metres, far, last, tolerance_m, &mut keep);
    if keep.iter().filter(|k| **k).count() < 4 {
        // A sliver: keep the point farthest from the line start–far as well.
        if let Some(extra) = (1..last).filter(|&i| i != far).max_by(|&a, &b| {
            line_distance(metres[a], metres[0], metres[far]).total_cmp(&line_distance(
                metres[b],
                metres[0],
                metres[far],
            ))
        }) {
            keep[extra] = true;
        }
    }
    ring.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

fn douglas_peucker(
    points: &[[f64; 2]],
    first: usize,
    last: usize,
    tolerance: f64,
    keep: &mut [bool],
) {
    if last <= first + 1 {
        return;
    }
    let (index, largest) = (first + 1..last)
        .map(|i| (i, line_distance(points[i], points[first], points[last])))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or((first, 0.0));
    if largest > tolerance {
        keep[index] = true;
        douglas_peucker(points, first, index, tolerance, keep);
        douglas_peucker(points, index, last, tolerance, keep);
    }
}

fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).hypot(a[1] - b[1])
}

/// Distance from `p` to the segment a–b.
fn line_distance(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let length2 = dx * dx + dy * dy;
    if length2 == 0.0 {
        return distance(p, a);
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2).clamp(0.0, 1.0);
    distance(p, [a[0] + t * dx, a[1] + t * dy])
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

    #[test]
    fn simplifying_drops_points_on_a_line_but_never_collapses_a_ring() {
        // A square with many points on its edges.
        let mut ring: Vec<LonLat> = Vec::new();
        for i in 0..=100 {
            ring.push([5.0 + f64::from(i) * 0.0001, 52.0]);
        }
        for i in 1..=100 {
            ring.push([5.01, 52.0 + f64::from(i) * 0.0001]);
        }
        ring.push([5.0, 52.01]);
        ring.push([5.0, 52.0]);
        let simple = simplify_ring(&ring, 3.0);
        assert_eq!(simple.len(), 5, "{simple:?}");
        let thin = [
            [5.0, 52.0],
            [5.00001, 52.0],
            [5.00002, 52.0],
            [5.00001, 52.000001],
            [5.0, 52.0],
        ];
        assert!(simplify_ring(&thin, 3.0).len() >= 4);
    }
}
