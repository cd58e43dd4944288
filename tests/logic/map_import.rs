//! Importing real wijk boundaries: the municipality's file in `tests/fixtures`,
//! variants built from it at run time (RD coordinates, CBS property names,
//! MultiPolygons), and each kind of bad file.

use std::time::Instant;

use crate::common::HANG_GUARD;

use serde_json::{Value, json};
use wijkdashboard::model::geo::wgs84_to_rd;
use wijkdashboard::store::{self, CoordinateSystem, MapError, MapImport, parse_map};

fn shared_map() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/utrecht-wijken.geojson"
    );
    let bytes = std::fs::read(path).expect("tests/fixtures/utrecht-wijken.geojson");
    serde_json::from_slice(&bytes).unwrap()
}

/// The shipped data as it was before it carried the boundaries.
fn shipped_without_boundaries() -> wijkdashboard::model::Dataset {
    let mut data = store::default_dataset().unwrap();
    data.boundaries.clear();
    data
}

fn districts() -> Vec<wijkdashboard::model::District> {
    store::default_dataset().unwrap().districts
}

fn import(value: &Value) -> Result<MapImport, MapError> {
    parse_map(value.to_string().as_bytes(), &districts())
}

/// Area in km² (outer rings minus holes), longitude scaled by cos(latitude).
fn area_km2(import: &MapImport, district: &str) -> f64 {
    let boundary = import
        .matched
        .iter()
        .find(|b| b.district == district)
        .unwrap();
    let ring_area = |ring: &Vec<[f64; 2]>| {
        let scale = ring[0][1].to_radians().cos() * 111.32;
        let twice: f64 = ring
            .windows(2)
            .map(|w| w[0][0] * scale * w[1][1] * 110.57 - w[1][0] * scale * w[0][1] * 110.57)
            .sum();
        (twice / 2.0).abs()
    };
    boundary
        .polygons
        .iter()
        .map(|polygon| {
            let (outer, holes) = polygon.split_first().unwrap();
            ring_area(outer) - holes.iter().map(ring_area).sum::<f64>()
        })
        .sum()
}

/// Mean longitude of a wijk's outer ring.
fn mean_lon(import: &MapImport, district: &str) -> f64 {
    let boundary = import
        .matched
        .iter()
        .find(|b| b.district == district)
        .unwrap();
    let ring = &boundary.polygons[0][0];
    ring.iter().map(|p| p[0]).sum::<f64>() / f64::from(u32::try_from(ring.len()).unwrap())
}

const BINNENSTAD: &str = "WK034406";
const LEIDSCHE_RIJN: &str = "WK034409";
const VLEUTEN: &str = "WK034410";

#[test]
fn the_municipal_file_matches_all_ten_wijken() {
    let started = Instant::now();
    let import = import(&shared_map()).unwrap();
    assert!(started.elapsed() < HANG_GUARD);
    assert_eq!(import.matched.len(), 10);
    assert!(import.unmatched.is_empty());
    assert_eq!(import.ignored, 0);
    assert_eq!(import.coordinates, CoordinateSystem::Wgs84);
    // The Binnenstad is the smallest; Vleuten-De Meern and Leidsche Rijn the largest.
    let mut by_size: Vec<(f64, &str)> = import
        .matched
        .iter()
        .map(|b| (area_km2(&import, &b.district), b.district.as_str()))
        .collect();
    by_size.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(by_size[0].1, BINNENSTAD, "{by_size:?}");
    let largest: Vec<&str> = by_size[8..].iter().map(|(_, d)| *d).collect();
    assert!(
        largest.contains(&VLEUTEN) && largest.contains(&LEIDSCHE_RIJN),
        "{by_size:?}"
    );
    assert!(
        (90.0..110.0).contains(&by_size.iter().map(|(a, _)| a).sum::<f64>()),
        "Utrecht is about 99 km²"
    );
    // West to east: Vleuten-De Meern, Leidsche Rijn, Binnenstad.
    assert!(mean_lon(&import, VLEUTEN) < mean_lon(&import, LEIDSCHE_RIJN));
    assert!(mean_lon(&import, LEIDSCHE_RIJN) < mean_lon(&import, BINNENSTAD));
}

/// Applies `f` to every position of every geometry.
fn map_positions(value: &mut Value, f: &impl Fn(f64, f64) -> (f64, f64)) {
    match value {
        Value::Array(items) if items.len() == 2 && items.iter().all(Value::is_number) => {
            let (x, y) = f(items[0].as_f64().unwrap(), items[1].as_f64().unwrap());
            *value = json!([x, y]);
        }
        Value::Array(items) => items.iter_mut().for_each(|item| map_positions(item, f)),
        _ => {}
    }
}

fn to_rd(mut map: Value) -> Value {
    for feature in map["features"].as_array_mut().unwrap() {
        map_positions(&mut feature["geometry"]["coordinates"], &|lon, lat| {
            let [x, y] = wgs84_to_rd(lon, lat);
            (x, y)
        });
    }
    map
}

fn largest_difference_m(a: &MapImport, b: &MapImport) -> f64 {
    let mut largest: f64 = 0.0;
    for (x, y) in a.matched.iter().zip(&b.matched) {
        for (p, q) in x.polygons[0][0].iter().zip(&y.polygons[0][0]) {
            let north = (p[1] - q[1]) * 111_320.0;
            let east = (p[0] - q[0]) * 111_320.0 * p[1].to_radians().cos();
            largest = largest.max(north.hypot(east));
        }
    }
    largest
}

#[test]
fn rd_coordinates_are_recognised_with_and_without_crs() {
    let original = import(&shared_map()).unwrap();
    let mut with_crs = to_rd(shared_map());
    with_crs["crs"] =
        json!({"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}});
    let without_crs = to_rd(shared_map());
    for variant in [with_crs, without_crs] {
        let import = import(&variant).unwrap();
        assert_eq!(import.coordinates, CoordinateSystem::RdNew);
        assert_eq!(import.matched.len(), 10);
        let off = largest_difference_m(&original, &import);
        assert!(off < 1.0, "{off} m");
    }
}

#[test]
fn cbs_and_pdok_names_multipolygons_and_other_municipalities() {
    let mut map = shared_map();
    let features = map["features"].as_array_mut().unwrap();
    for (index, feature) in features.iter_mut().enumerate() {
        let kode = feature["properties"]["KODE"].as_str().unwrap().to_owned();
        let naam = feature["properties"]["NAAM"].as_str().unwrap().to_owned();
        feature["properties"] = if index % 2 == 0 {
            json!({"WK_CODE": format!("WK0344{kode}"), "WK_NAAM": naam, "GM_CODE": "GM0344", "WATER": "NEE"})
        } else {
            json!({"wijkcode": format!("WK0344{kode}"), "wijknaam": naam, "gemeentecode": "GM0344"})
        };
        // Half of them as MultiPolygons.
        if index % 2 == 1 {
            let polygon = feature["geometry"]["coordinates"].take();
            feature["geometry"] = json!({"type": "MultiPolygon", "coordinates": [polygon]});
        }
    }
    let mut other = features[0].clone();
    other["properties"] = json!({"WK_CODE": "WK035601", "WK_NAAM": "Wijk 01", "GM_CODE": "GM0356"});
    features.push(other);
    let import = import(&map).unwrap();
    assert_eq!(import.matched.len(), 10);
    assert_eq!(import.ignored, 1);
}

fn error_text(bytes: &[u8]) -> String {
    let started = Instant::now();
    let result = parse_map(bytes, &districts());
    assert!(started.elapsed() < HANG_GUARD, "{:?}", started.elapsed());
    result.err().map(|e| e.to_string()).unwrap_or_default()
}

#[test]
fn each_kind_of_bad_map_file_gets_a_dutch_message() {
    assert!(error_text(b"Dit is geen kaart").starts_with("1:1: hier staat iets dat geen JSON is"));
    let whole = shared_map().to_string();
    let cut = &whole.as_bytes()[..whole.len() / 2];
    let message = error_text(cut);
    assert!(message.contains("plotseling op"), "{message}");
    assert!(message.starts_with("1:"), "{message}");
    assert!(
        error_text(br#"{"type":"FeatureCollection","features":[]}"#)
            .contains("geen enkele kaartvorm")
    );
    let mut elsewhere = shared_map();
    for feature in elsewhere["features"].as_array_mut().unwrap() {
        feature["properties"] = json!({"WK_CODE": "WK036301", "GM_CODE": "GM0363"});
    }
    assert!(
        error_text(elsewhere.to_string().as_bytes())
            .contains("Geen van de 10 kaartvormen is een wijk van Utrecht")
    );
    for (kind, word) in [("Point", "punt"), ("LineString", "lijn")] {
        let mut map = shared_map();
        map["features"][2]["geometry"] = json!({"type": kind, "coordinates": [5.1, 52.1]});
        let message = error_text(map.to_string().as_bytes());
        assert!(
            message.contains(&format!("Kaartvorm 3 (OVERVECHT) is een {word}")),
            "{message}"
        );
    }
    let mut short = shared_map();
    short["features"][5]["geometry"]["coordinates"] =
        json!([[[5.1, 52.1], [5.2, 52.1], [5.1, 52.1]]]);
    let message = error_text(short.to_string().as_bytes());
    assert!(
        message.contains("BINNENSTAD") && message.contains("heeft 3 posities"),
        "{message}"
    );
}

#[test]
fn a_hundred_megabytes_of_junk_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rommel.geojson");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let started = Instant::now();
    let result = store::read_map(&path, &districts());
    assert!(started.elapsed() < HANG_GUARD);
    assert!(
        matches!(result, Err(MapError::TooLarge { size_mb: 100, .. })),
        "{result:?}"
    );
    // Junk under the limit fails on its first byte.
    let junk: Vec<u8> = (0..30_000_000_u32).map(|i| (i % 251) as u8).collect();
    assert!(error_text(&junk).starts_with("1:1:"));
}

#[test]
fn stored_boundaries_are_small_close_and_whole() {
    let shared_bytes = shared_map().to_string().len();
    let started = Instant::now();
    let import = import(&shared_map()).unwrap();
    let boundaries = import.boundaries();
    let took = started.elapsed();
    let mut data = shipped_without_boundaries();
    let without = store::to_ron(&data).unwrap().len();
    data.boundaries = boundaries.clone();
    let with = store::to_ron(&data).unwrap().len();
    let stored = with - without;
    assert!(
        stored <= 40_000,
        "{stored} bytes for a {shared_bytes}-byte GeoJSON"
    );
    println!("{shared_bytes} bytes of GeoJSON → {stored} bytes in the RON file, in {took:?}");
    // No ring collapses, and every stored position lies on (near) the original.
    for (stored, original) in boundaries.iter().zip(&import.matched) {
        for (polygon, original) in stored.polygons.iter().zip(&original.polygons) {
            for (ring, original) in polygon.iter().zip(original) {
                assert!(ring.len() >= 4);
                for p in ring.degrees() {
                    let nearest = original
                        .iter()
                        .map(|q| {
                            let north = (p[1] - q[1]) * 111_320.0;
                            let east = (p[0] - q[0]) * 111_320.0 * p[1].to_radians().cos();
                            north.hypot(east)
                        })
                        .fold(f64::INFINITY, f64::min);
                    assert!(nearest < 1.5, "{nearest} m");
                }
            }
        }
    }
    // It loads again as it was.
    let text = store::to_ron(&data).unwrap();
    assert_eq!(
        store::parse(text.as_bytes()).unwrap().boundaries,
        boundaries
    );
}

#[test]
fn a_version_two_file_is_migrated_without_boundaries() {
    let current = store::to_ron(&shipped_without_boundaries()).unwrap();
    let text = current.replacen(
        &format!(
            "schema_version: {},",
            wijkdashboard::model::CURRENT_SCHEMA_VERSION
        ),
        "schema_version: 2,",
        1,
    );
    let data = store::parse(text.as_bytes()).unwrap();
    assert_eq!(
        data.schema_version,
        wijkdashboard::model::CURRENT_SCHEMA_VERSION
    );
    assert!(data.boundaries.is_empty());
    // A version-2 file cannot smuggle in boundaries.
    let with = text.replacen("    title:", "    boundaries: [],\n    title:", 1);
    assert!(store::parse(with.as_bytes()).unwrap().boundaries.is_empty());
}

#[test]
fn a_version_four_file_keeps_its_boundaries_and_gets_the_current_version() {
    let shipped = store::default_dataset().unwrap();
    let mut old = shipped.clone();
    for boundary in &mut old.boundaries {
        boundary.source = wijkdashboard::model::SourceRef::default();
    }
    let text = store::to_ron(&old).unwrap().replacen(
        &format!(
            "schema_version: {},",
            wijkdashboard::model::CURRENT_SCHEMA_VERSION
        ),
        "schema_version: 4,",
        1,
    );
    let data = store::parse(text.as_bytes()).unwrap();
    assert_eq!(
        data.schema_version,
        wijkdashboard::model::CURRENT_SCHEMA_VERSION
    );
    assert_eq!(data.boundaries.len(), 10);
    assert_eq!(data.boundaries[0].polygons, shipped.boundaries[0].polygons);
    assert!(data.boundaries[0].source.is_empty());
}
