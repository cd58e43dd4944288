//! Coordinates: the Dutch national grid RD New (EPSG:28992) and WGS84
//! lon/lat, converted with the published approximation series of
//! Schreutelkamp and Strang van Hees (accurate to well under a metre within
//! the Netherlands). Pure arithmetic, no projection library needed.

use crate::model::LonLat;

/// The reference point of the series: Amersfoort, in RD metres.
const X0: f64 = 155_000.0;
const Y0: f64 = 463_000.0;
/// The same point in WGS84 degrees.
const LAT0: f64 = 52.155_174_40;
const LON0: f64 = 5.387_206_21;

/// RD coefficients for latitude: (power of dX, power of dY, seconds).
const K: [(i32, i32, f64); 11] = [
    (0, 1, 3235.65389),
    (2, 0, -32.58297),
    (0, 2, -0.24750),
    (2, 1, -0.84978),
    (0, 3, -0.06550),
    (2, 2, -0.01709),
    (1, 0, -0.00738),
    (4, 0, 0.00530),
    (2, 3, -0.00039),
    (4, 1, 0.00033),
    (1, 1, -0.00012),
];

/// RD coefficients for longitude: (power of dX, power of dY, seconds).
const L: [(i32, i32, f64); 12] = [
    (1, 0, 5260.52916),
    (1, 1, 105.94684),
    (1, 2, 2.45656),
    (3, 0, -0.81885),
    (1, 3, 0.05594),
    (3, 1, -0.05607),
    (0, 1, 0.01199),
    (3, 2, -0.00256),
    (1, 4, 0.00128),
    (0, 2, 0.00022),
    (2, 0, -0.00022),
    (5, 0, 0.00026),
];

/// WGS84 → RD coefficients for x: (power of dφ, power of dλ, metres).
const R: [(i32, i32, f64); 9] = [
    (0, 1, 190_094.945),
    (1, 1, -11_832.228),
    (2, 1, -114.221),
    (0, 3, -32.391),
    (1, 0, -0.705),
    (3, 1, -2.340),
    (1, 3, -0.608),
    (0, 2, -0.008),
    (2, 3, 0.148),
];

/// WGS84 → RD coefficients for y: (power of dφ, power of dλ, metres).
const S: [(i32, i32, f64); 10] = [
    (1, 0, 309_056.544),
    (0, 2, 3638.893),
    (2, 0, 73.077),
    (1, 2, -157.984),
    (3, 0, 59.788),
    (0, 1, 0.433),
    (2, 2, -6.439),
    (1, 1, -0.032),
    (0, 4, 0.092),
    (1, 4, -0.054),
];

fn series(terms: &[(i32, i32, f64)], a: f64, b: f64) -> f64 {
    terms
        .iter()
        .map(|&(p, q, c)| c * a.powi(p) * b.powi(q))
        .sum()
}

/// RD New metres (x east, y north) to WGS84 [lon, lat].
pub fn rd_to_wgs84(x: f64, y: f64) -> LonLat {
    let dx = (x - X0) * 1e-5;
    let dy = (y - Y0) * 1e-5;
    let lat = LAT0 + series(&K, dx, dy) / 3600.0;
    let lon = LON0 + series(&L, dx, dy) / 3600.0;
    [lon, lat]
}

/// WGS84 [lon, lat] to RD New metres [x, y].
pub fn wgs84_to_rd(lon: f64, lat: f64) -> [f64; 2] {
    let dphi = 0.36 * (lat - LAT0);
    let dlambda = 0.36 * (lon - LON0);
    [
        X0 + series(&R, dphi, dlambda),
        Y0 + series(&S, dphi, dlambda),
    ]
}

/// Whether a position lies in the range of RD New coordinates of the
/// Netherlands (x 0–300 km, y 289–629 km); WGS84 degrees never do.
pub fn looks_like_rd(position: [f64; 2]) -> bool {
    (-7_000.0..=300_000.0).contains(&position[0]) && (289_000.0..=629_000.0).contains(&position[1])
}

/// Whether a position is a possible WGS84 [lon, lat].
pub fn looks_like_wgs84(position: [f64; 2]) -> bool {
    (-180.0..=180.0).contains(&position[0]) && (-90.0..=90.0).contains(&position[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distance in metres between two nearby WGS84 positions.
    fn metres(a: LonLat, b: LonLat) -> f64 {
        let north = (a[1] - b[1]) * 111_320.0;
        let east = (a[0] - b[0]) * 111_320.0 * a[1].to_radians().cos();
        north.hypot(east)
    }

    #[test]
    fn amersfoort_is_the_origin_both_ways() {
        assert_eq!(rd_to_wgs84(155_000.0, 463_000.0), [LON0, LAT0]);
        let [x, y] = wgs84_to_rd(LON0, LAT0);
        assert!((x - 155_000.0).abs() < 1e-6 && (y - 463_000.0).abs() < 1e-6);
    }

    #[test]
    fn known_points_convert_within_a_metre() {
        // Reference positions computed with PROJ 9 (pyproj, EPSG:28992 →
        // EPSG:4326, its 7-parameter datum shift, itself good to about a
        // metre): around the Domtoren, the Westertoren in Amsterdam, and the
        // west and east of Utrecht.
        let cases = [
            ((136_898.0, 455_990.0), [5.123_060_5, 52.091_870_9]),
            ((120_700.723, 487_525.501), [4.883_522_9, 52.374_530_4]),
            ((128_000.0, 448_000.0), [4.993_855_5, 52.019_695_2]),
            ((141_000.0, 460_000.0), [5.182_751_4, 52.128_031_5]),
        ];
        for ((x, y), expected) in cases {
            let found = rd_to_wgs84(x, y);
            assert!(metres(found, expected) < 2.0, "{found:?} vs {expected:?}");
        }
    }

    #[test]
    fn there_and_back_stays_within_a_metre_across_utrecht() {
        for (lon, lat) in [(5.0, 52.05), (5.12, 52.09), (5.20, 52.12), (4.98, 52.10)] {
            let [x, y] = wgs84_to_rd(lon, lat);
            let back = rd_to_wgs84(x, y);
            assert!(metres(back, [lon, lat]) < 1.0, "{back:?}");
            assert!(looks_like_rd([x, y]) && !looks_like_rd([lon, lat]));
        }
    }
}
