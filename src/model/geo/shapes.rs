//! The imported boundaries made ready to draw, once per change of the
//! boundaries (never per frame): projected to kilometres with true
//! proportions (longitude scaled by cos(latitude)), triangulated with earcut
//! (egui fills only convex paths), and a label point per wijk inside its own
//! shape (the pole of inaccessibility, not the centroid).

use crate::model::format::convert::drawing_f32;
use crate::model::{Boundary, Dataset};

/// One wijk, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictShape {
    /// CBS code.
    pub district: String,
    /// Vertices in km, x east and y north of the map's south-west corner.
    pub vertices: Vec<[f32; 2]>,
    /// Triangles: three indices into `vertices` each.
    pub triangles: Vec<u32>,
    /// The rings as closed outlines, in km.
    pub outlines: Vec<Vec<[f32; 2]>>,
    /// Where the name goes: the point inside the largest polygon farthest
    /// from its edges, in km.
    pub label_at: [f32; 2],
    /// How far that point is from the nearest edge, in km (room for a label).
    pub label_room: f32,
}

/// The whole map, ready to draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapShapes {
    /// Width and height in km.
    pub size: [f32; 2],
    /// The wijken with a boundary.
    pub districts: Vec<DistrictShape>,
}

impl MapShapes {
    /// The shapes of the dataset's boundaries (`None` without boundaries).
    pub fn from_data(data: &Dataset) -> Option<Self> {
        let boundaries: Vec<&Boundary> = data
            .boundaries
            .iter()
            .filter(|b| {
                b.polygons
                    .iter()
                    .any(|p| p.first().is_some_and(|r| r.len() >= 4))
            })
            .collect();
        let degrees: Vec<[f64; 2]> = boundaries
            .iter()
            .flat_map(|b| b.polygons.iter().flatten())
            .flat_map(crate::model::Ring::degrees)
            .collect();
        let min_lon = degrees.iter().map(|p| p[0]).fold(f64::INFINITY, f64::min);
        let max_lon = degrees
            .iter()
            .map(|p| p[0])
            .fold(f64::NEG_INFINITY, f64::max);
        let min_lat = degrees.iter().map(|p| p[1]).fold(f64::INFINITY, f64::min);
        let max_lat = degrees
            .iter()
            .map(|p| p[1])
            .fold(f64::NEG_INFINITY, f64::max);
        if !(min_lon.is_finite() && min_lat.is_finite()) {
            return None;
        }
        let km_per_lon = 111.32 * ((min_lat + max_lat) / 2.0).to_radians().cos();
        let km_per_lat = 110.574;
        let project = |p: [f64; 2]| {
            [
                drawing_f32((p[0] - min_lon) * km_per_lon),
                drawing_f32((p[1] - min_lat) * km_per_lat),
            ]
        };
        let districts = boundaries
            .iter()
            .map(|boundary| shape_of(boundary, &project))
            .collect();
        let size = [
            drawing_f32((max_lon - min_lon) * km_per_lon),
            drawing_f32((max_lat - min_lat) * km_per_lat),
        ];
        Some(Self { size, districts })
    }

    /// The wijk whose shape holds `point` (km), if any.
    pub fn district_at(&self, point: [f32; 2]) -> Option<&str> {
        self.districts
            .iter()
            .find(|shape| {
                shape
                    .outlines
                    .iter()
                    .filter(|ring| contains(ring, point))
                    .count()
                    % 2
                    == 1
            })
            .map(|shape| shape.district.as_str())
    }
}

fn shape_of(boundary: &Boundary, project: &impl Fn([f64; 2]) -> [f32; 2]) -> DistrictShape {
    let mut vertices: Vec<[f32; 2]> = Vec::new();
    let mut triangles: Vec<u32> = Vec::new();
    let mut outlines = Vec::new();
    let mut earcut = earcut::Earcut::new();
    let mut best_label = ([0.0, 0.0], -1.0_f32);
    for polygon in &boundary.polygons {
        let rings: Vec<Vec<[f32; 2]>> = polygon
            .iter()
            .map(|ring| {
                let mut points: Vec<[f32; 2]> = ring.degrees().map(project).collect();
                // earcut takes open rings.
                if points.len() > 1 && points.first() == points.last() {
                    points.pop();
                }
                points
            })
            .filter(|ring| ring.len() >= 3)
            .collect();
        if rings.is_empty() {
            continue;
        }
        let mut flat: Vec<[f32; 2]> = Vec::new();
        let mut holes: Vec<u32> = Vec::new();
        for (index, ring) in rings.iter().enumerate() {
            if index > 0 {
                holes.push(u32::try_from(flat.len()).unwrap_or(u32::MAX));
            }
            flat.extend(ring);
        }
        let mut local: Vec<u32> = Vec::new();
        earcut.earcut(flat.iter().copied(), &holes, &mut local);
        let offset = u32::try_from(vertices.len()).unwrap_or(u32::MAX);
        triangles.extend(local.iter().map(|i| i + offset));
        vertices.extend(&flat);
        let label = pole_of_inaccessibility(&rings);
        if label.1 > best_label.1 {
            best_label = label;
        }
        for ring in rings {
            let mut closed = ring.clone();
            closed.push(ring[0]);
            outlines.push(closed);
        }
    }
    DistrictShape {
        district: boundary.district.clone(),
        vertices,
        triangles,
        outlines,
        label_at: best_label.0,
        label_room: best_label.1.max(0.0),
    }
}

/// Even-odd point-in-ring test.
fn contains(ring: &[[f32; 2]], p: [f32; 2]) -> bool {
    let mut inside = false;
    let mut j = ring.len().saturating_sub(1);
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[j]);
        if (a[1] > p[1]) != (b[1] > p[1])
            && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]
        {
            inside = !inside;
        }
        j = i;
    }
    inside
}

fn edge_distance(rings: &[Vec<[f32; 2]>], p: [f32; 2]) -> f32 {
    let mut nearest = f32::INFINITY;
    for ring in rings {
        for (i, a) in ring.iter().enumerate() {
            let b = ring[(i + 1) % ring.len()];
            let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
            let length2 = dx * dx + dy * dy;
            let t = if length2 > 0.0 {
                (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let (cx, cy) = (a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
            nearest = nearest.min(cx.hypot(cy));
        }
    }
    nearest
}

/// The point inside the polygon (outer ring, then holes) farthest from its
/// edges, by a grid search refined three times; with that distance.
fn pole_of_inaccessibility(rings: &[Vec<[f32; 2]>]) -> ([f32; 2], f32) {
    let outer = &rings[0];
    let inside = |p: [f32; 2]| rings.iter().filter(|ring| contains(ring, p)).count() % 2 == 1;
    let (mut min, mut max) = ([f32::INFINITY; 2], [f32::NEG_INFINITY; 2]);
    for p in outer {
        min = [min[0].min(p[0]), min[1].min(p[1])];
        max = [max[0].max(p[0]), max[1].max(p[1])];
    }
    let mut best = (outer[0], -1.0_f32);
    let mut centre = [(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0];
    let mut half = [(max[0] - min[0]) / 2.0, (max[1] - min[1]) / 2.0];
    const STEPS: u16 = 24;
    for _ in 0..4 {
        for i in 0..=STEPS {
            for j in 0..=STEPS {
                let step = |k: u16| f32::from(k) / f32::from(STEPS);
                let p = [
                    centre[0] - half[0] + 2.0 * half[0] * step(i),
                    centre[1] - half[1] + 2.0 * half[1] * step(j),
                ];
                if inside(p) {
                    let room = edge_distance(rings, p);
                    if room > best.1 {
                        best = (p, room);
                    }
                }
            }
        }
        centre = best.0;
        half = [half[0] / 4.0, half[1] / 4.0];
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_concave_shape_gets_its_label_inside_not_at_its_centroid() {
        // An L: the centroid lies outside the shape, in the missing corner.
        let l = vec![
            [0.0, 0.0],
            [4.0, 0.0],
            [4.0, 1.0],
            [1.0, 1.0],
            [1.0, 4.0],
            [0.0, 4.0],
        ];
        let (label, room) = pole_of_inaccessibility(std::slice::from_ref(&l));
        assert!(contains(&l, label), "{label:?}");
        assert!(room > 0.4, "{room}");
    }

    #[test]
    fn shapes_are_triangulated_and_found_by_point() {
        let ring = crate::model::Ring::from_degrees(&[
            [5.10, 52.08],
            [5.12, 52.08],
            [5.12, 52.10],
            [5.11, 52.09],
            [5.10, 52.10],
            [5.10, 52.08],
        ]);
        let data = Dataset {
            boundaries: vec![Boundary {
                district: "WK034406".into(),
                polygons: vec![vec![ring]],
                source: crate::model::SourceRef::default(),
            }],
            ..Dataset::default()
        };
        let shapes = MapShapes::from_data(&data).unwrap_or_default();
        let shape = &shapes.districts[0];
        assert_eq!(
            shape.triangles.len(),
            3 * 3,
            "five corners, three triangles"
        );
        assert_eq!(shapes.district_at(shape.label_at), Some("WK034406"));
        assert_eq!(shapes.district_at([-1.0, -1.0]), None);
        // True proportions: 0,02° of longitude is narrower than 0,02° of latitude here.
        assert!(shapes.size[0] < shapes.size[1]);
    }
}
