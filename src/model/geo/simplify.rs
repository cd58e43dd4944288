//! Simplifying a boundary's ring to within a few metres (Douglas–Peucker),
//! as the map import keeps it.

use crate::model::LonLat;

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
