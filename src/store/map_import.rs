//! Reading wijk boundaries from GeoJSON as CBS, PDOK and the municipality
//! publish them: a FeatureCollection of Polygons or MultiPolygons (with
//! holes), in WGS84 lon/lat or in RD New metres, with the property names of
//! every year. Features are matched to the wijken by CBS code, or by name;
//! other municipalities and water are ignored and counted.

use std::path::Path;

use serde_json::Value;

use crate::model::LonLat;
use crate::model::geo::simplify_ring;
use crate::model::geo::{looks_like_rd, looks_like_wgs84, rd_to_wgs84};
use crate::model::{Boundary, District, SourceRef};

/// Map files larger than this are refused before parsing; a city's wijken
/// are a few megabytes at most.
const MAX_MAP_BYTES: u64 = 64 * 1024 * 1024;

/// The municipality of Utrecht in CBS codes.
const UTRECHT: &str = "GM0344";

/// A ring as read: positions [lon, lat], first equal to last.
pub(super) type Ring = Vec<LonLat>;

/// A polygon: the outer ring, then its holes.
pub(super) type Polygon = Vec<Ring>;

/// The coordinate system a map file used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoordinateSystem {
    /// WGS84 longitude/latitude.
    Wgs84,
    /// RD New (EPSG:28992), converted to WGS84 on import.
    RdNew,
}

/// The boundary of one wijk as read from a map file, in WGS84.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedBoundary {
    /// CBS code of the wijk it was matched to.
    pub district: String,
    /// The name in the file.
    pub name_in_file: String,
    /// Its polygons.
    pub polygons: Vec<Polygon>,
}

/// What a map file holds for the wijken: shown as a preview before anything
/// changes.
#[derive(Clone, Debug, PartialEq)]
pub struct MapImport {
    /// Boundaries of the wijken that matched, in the order of the wijken.
    pub matched: Vec<ImportedBoundary>,
    /// Names of the wijken the file has no boundary for.
    pub unmatched: Vec<String>,
    /// Features that are not a wijk of Utrecht (other municipalities, water).
    pub ignored: usize,
    /// The coordinate system of the file.
    pub coordinates: CoordinateSystem,
}

/// Why a map file cannot be used. Every message is Dutch and says what is
/// wrong, where, and what to do; the map in use stays as it was.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MapError {
    /// The file could not be read.
    #[error("Kan '{path}' niet lezen: {reason}.")]
    Read {
        /// The file.
        path: String,
        /// Why, in Dutch.
        reason: String,
    },
    /// The file is far too large for a map of wijken.
    #[error(
        "Het bestand is te groot ({size_mb} MB; een kaart van wijken is hooguit {max_mb} MB). Download de wijkgrenzen van één gemeente of één jaar."
    )]
    TooLarge {
        /// Size in MB.
        size_mb: u64,
        /// The limit in MB.
        max_mb: u64,
    },
    /// Not JSON, or cut off.
    #[error(
        "{line}:{column}: {message}. Dit is geen geldig GeoJSON-bestand; download de wijkgrenzen opnieuw (CBS/PDOK Wijk- en buurtkaart, formaat GeoJSON)."
    )]
    Syntax {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
        /// What is wrong, in Dutch.
        message: String,
    },
    /// JSON, but not a FeatureCollection.
    #[error(
        "Het bestand is JSON maar geen GeoJSON-FeatureCollection (\"type\": \"FeatureCollection\" ontbreekt). Kies het GeoJSON-bestand met de wijkgrenzen."
    )]
    NotFeatureCollection,
    /// A FeatureCollection without features.
    #[error("Het bestand bevat geen enkele kaartvorm (\"features\" is leeg).")]
    NoFeatures,
    /// No feature is a wijk of Utrecht.
    #[error(
        "Geen van de {count} kaartvormen is een wijk van Utrecht (gezocht op CBS-code WK034401–WK034410, KODE 01–10 of de wijknaam). Kies het bestand met de wijken (niet de buurten) van de gemeente Utrecht."
    )]
    NoUtrechtDistrict {
        /// Number of features in the file.
        count: usize,
    },
    /// A wijk is a point or a line, not an area.
    #[error(
        "Kaartvorm {feature} ({name}) is een {kind}, geen vlak (Polygon of MultiPolygon). Kies een bestand met wijkvlakken."
    )]
    NotAnArea {
        /// Position of the feature (1-based).
        feature: usize,
        /// Its wijk name.
        name: String,
        /// The geometry type, in Dutch.
        kind: String,
    },
    /// A ring or a position is malformed.
    #[error(
        "Kaartvorm {feature} ({name}): {problem}. Het bestand is beschadigd; download het opnieuw."
    )]
    BadGeometry {
        /// Position of the feature (1-based).
        feature: usize,
        /// Its wijk name.
        name: String,
        /// What is wrong, in Dutch.
        problem: String,
    },
}

/// Reads a map file and matches it to `districts`.
///
/// # Errors
/// A [`MapError`] for an unreadable, malformed or unusable file.
pub fn read_map(path: &Path, districts: &[District]) -> Result<MapImport, MapError> {
    let read_error = |error: &std::io::Error| MapError::Read {
        path: path.display().to_string(),
        reason: super::error::io_reason(error),
    };
    let size = std::fs::metadata(path).map_err(|e| read_error(&e))?.len();
    if size > MAX_MAP_BYTES {
        return Err(MapError::TooLarge {
            size_mb: size / (1024 * 1024),
            max_mb: MAX_MAP_BYTES / (1024 * 1024),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| read_error(&e))?;
    parse_map(&bytes, districts)
}

/// Parses the bytes of a map file and matches it to `districts`.
///
/// # Errors
/// See [`read_map`].
pub fn parse_map(bytes: &[u8], districts: &[District]) -> Result<MapImport, MapError> {
    if bytes.len() as u64 > MAX_MAP_BYTES {
        return Err(MapError::TooLarge {
            size_mb: bytes.len() as u64 / (1024 * 1024),
            max_mb: MAX_MAP_BYTES / (1024 * 1024),
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let root: Value = serde_json::from_slice(bytes).map_err(|error| MapError::Syntax {
        line: error.line().max(1),
        column: error.column().max(1),
        message: json_message(&error),
    })?;
    if root.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(MapError::NotFeatureCollection);
    }
    let features = root
        .get("features")
        .and_then(Value::as_array)
        .ok_or(MapError::NotFeatureCollection)?;
    if features.is_empty() {
        return Err(MapError::NoFeatures);
    }
    let declared = declared_system(&root);
    let mut found: Vec<(usize, &District, &Value, String)> = Vec::new();
    let mut ignored = 0;
    for (index, feature) in features.iter().enumerate() {
        let properties = feature.get("properties").unwrap_or(&Value::Null);
        match match_district(properties, districts) {
            Some((district, name)) if !found.iter().any(|(_, d, _, _)| d.id == district.id) => {
                found.push((index, district, feature, name));
            }
            _ => ignored += 1,
        }
    }
    if found.is_empty() {
        return Err(MapError::NoUtrechtDistrict {
            count: features.len(),
        });
    }
    let mut raw = Vec::new();
    for (index, district, feature, name) in &found {
        let polygons = read_geometry(feature.get("geometry").unwrap_or(&Value::Null))
            .map_err(|problem| problem.into_error(index + 1, name))?;
        raw.push((district.id.clone(), name.clone(), polygons));
    }
    let coordinates = declared.unwrap_or_else(|| guess_system(&raw));
    let mut matched: Vec<ImportedBoundary> = Vec::new();
    for (district, name_in_file, polygons) in raw {
        let polygons = polygons
            .into_iter()
            .map(|polygon| {
                polygon
                    .into_iter()
                    .map(|ring| ring.into_iter().map(|p| to_wgs84(p, coordinates)).collect())
                    .collect()
            })
            .collect();
        matched.push(ImportedBoundary {
            district,
            name_in_file,
            polygons,
        });
    }
    matched.sort_by_key(|b| districts.iter().position(|d| d.id == b.district));
    let unmatched = districts
        .iter()
        .filter(|d| !matched.iter().any(|b| b.district == d.id))
        .map(|d| d.name.clone())
        .collect();
    Ok(MapImport {
        matched,
        unmatched,
        ignored,
        coordinates,
    })
}

/// How far a stored boundary may lie from the imported one, in metres.
pub(super) const SIMPLIFY_TOLERANCE_M: f64 = 3.0;

impl MapImport {
    /// The matched boundaries as kept with the data: simplified to within
    /// [`SIMPLIFY_TOLERANCE_M`] and rounded to about a metre, without a source.
    pub fn boundaries(&self) -> Vec<Boundary> {
        self.boundaries_with_source(|_| SourceRef::default())
    }

    /// The matched boundaries, each with the source that `source` gives for
    /// the wijk's boundary as the file has it.
    fn boundaries_with_source(
        &self,
        source: impl Fn(&ImportedBoundary) -> SourceRef,
    ) -> Vec<Boundary> {
        self.matched
            .iter()
            .map(|imported| Boundary {
                source: source(imported),
                district: imported.district.clone(),
                polygons: imported
                    .polygons
                    .iter()
                    .map(|polygon| {
                        polygon
                            .iter()
                            .map(|ring| {
                                crate::model::Ring::from_degrees(&simplify_ring(
                                    ring,
                                    SIMPLIFY_TOLERANCE_M,
                                ))
                            })
                            .collect()
                    })
                    .collect(),
            })
            .collect()
    }

    /// The matched boundaries with the file as their source: "kaart
    /// wijken.geojson", and the wijk's name in the file as the quote.
    pub fn boundaries_from_file(&self, file: &Path) -> Vec<Boundary> {
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.boundaries_with_source(|imported| SourceRef {
            document: String::new(),
            section: format!("kaart {name}"),
            quote: imported.name_in_file.clone(),
            note: String::new(),
        })
    }

    /// One line per fact, in Dutch, for the preview and the command line.
    pub fn summary_lines(&self) -> Vec<String> {
        let names: Vec<&str> = self
            .matched
            .iter()
            .map(|b| b.name_in_file.as_str())
            .collect();
        let mut lines = vec![format!(
            "{} van de {} wijken gevonden: {}.",
            self.matched.len(),
            self.matched.len() + self.unmatched.len(),
            names.join(", ")
        )];
        if !self.unmatched.is_empty() {
            lines.push(format!("Niet gevonden: {}.", self.unmatched.join(", ")));
        }
        if self.ignored > 0 {
            lines.push(format!(
                "{} genegeerd (andere gemeenten, water, dubbele wijken).",
                crate::model::format::counted(
                    self.ignored,
                    "andere kaartvorm",
                    "andere kaartvormen"
                )
            ));
        }
        lines.push(match self.coordinates {
            CoordinateSystem::Wgs84 => "Coördinaten: WGS84 (lengte/breedte).".to_owned(),
            CoordinateSystem::RdNew => {
                "Coördinaten: RD New (EPSG:28992), omgerekend naar WGS84.".to_owned()
            }
        });
        lines
    }
}

fn to_wgs84(position: [f64; 2], system: CoordinateSystem) -> LonLat {
    match system {
        CoordinateSystem::Wgs84 => position,
        CoordinateSystem::RdNew => rd_to_wgs84(position[0], position[1]),
    }
}

fn json_message(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => "het bestand houdt hier plotseling op (afgebroken download?)".to_owned(),
        Category::Syntax => "hier staat iets dat geen JSON is".to_owned(),
        Category::Data | Category::Io => format!("ongeldige waarde ({error})"),
    }
}

/// The coordinate system named in the (old-style) `crs` member, if any.
fn declared_system(root: &Value) -> Option<CoordinateSystem> {
    let name = root.pointer("/crs/properties/name")?.as_str()?;
    if name.contains("28992") {
        Some(CoordinateSystem::RdNew)
    } else if name.contains("4326") || name.contains("CRS84") {
        Some(CoordinateSystem::Wgs84)
    } else {
        None
    }
}

/// Without a `crs` member: RD when every position lies in the RD range.
fn guess_system(raw: &[(String, String, Vec<Polygon>)]) -> CoordinateSystem {
    let mut positions = raw
        .iter()
        .flat_map(|(_, _, polygons)| polygons.iter().flatten().flatten());
    if positions.all(|p| looks_like_rd(*p) && !looks_like_wgs84(*p)) {
        CoordinateSystem::RdNew
    } else {
        CoordinateSystem::Wgs84
    }
}

/// Lower case without spaces, dashes and dots: "Vleuten - De Meern" and
/// "vleuten-de meern" are the same.
fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn text(properties: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| match properties.get(*key)? {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// The wijk a feature is, by its properties; `None` for other
/// municipalities, water and anything unknown.
fn match_district<'a>(
    properties: &Value,
    districts: &'a [District],
) -> Option<(&'a District, String)> {
    if let Some(municipality) = text(properties, &["GM_CODE", "gemeentecode", "GEMEENTECODE"])
        && municipality != UTRECHT
    {
        return None;
    }
    let water = text(properties, &["WATER", "water", "H2O"]);
    if water.is_some_and(|w| w.eq_ignore_ascii_case("JA") || w == "1") {
        return None;
    }
    let name = text(
        properties,
        &["WK_NAAM", "wijknaam", "WIJKNAAM", "NAAM", "naam"],
    )
    .unwrap_or_default();
    let code = text(properties, &["WK_CODE", "wijkcode", "WIJKCODE"]).or_else(|| {
        text(properties, &["KODE", "kode"])
            .filter(|k| k.len() == 2 && k.chars().all(|c| c.is_ascii_digit()))
            .map(|k| format!("WK0344{k}"))
    });
    let by_code = code.and_then(|code| districts.iter().find(|d| d.id == code));
    let district = by_code.or_else(|| {
        let wanted = normalise(&name);
        (!wanted.is_empty())
            .then(|| districts.iter().find(|d| normalise(&d.name) == wanted))
            .flatten()
    })?;
    let shown = if name.is_empty() {
        district.name.clone()
    } else {
        name
    };
    Some((district, shown))
}

/// What is wrong with a geometry, before its feature is known.
enum GeometryProblem {
    NotAnArea(String),
    Bad(String),
}

impl GeometryProblem {
    fn into_error(self, feature: usize, name: &str) -> MapError {
        match self {
            Self::NotAnArea(kind) => MapError::NotAnArea {
                feature,
                name: name.to_owned(),
                kind,
            },
            Self::Bad(problem) => MapError::BadGeometry {
                feature,
                name: name.to_owned(),
                problem,
            },
        }
    }
}

fn read_geometry(geometry: &Value) -> Result<Vec<Polygon>, GeometryProblem> {
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("");
    let coordinates = geometry.get("coordinates");
    match kind {
        "Polygon" => Ok(vec![read_polygon(coordinates, 1)?]),
        "MultiPolygon" => {
            let parts = coordinates
                .and_then(Value::as_array)
                .ok_or_else(|| GeometryProblem::Bad("de coördinaten ontbreken".into()))?;
            if parts.is_empty() {
                return Err(GeometryProblem::Bad("het MultiPolygon is leeg".into()));
            }
            parts
                .iter()
                .enumerate()
                .map(|(i, part)| read_polygon(Some(part), i + 1))
                .collect()
        }
        "Point" | "MultiPoint" => Err(GeometryProblem::NotAnArea("punt".into())),
        "LineString" | "MultiLineString" => Err(GeometryProblem::NotAnArea("lijn".into())),
        "" => Err(GeometryProblem::Bad("de geometrie ontbreekt".into())),
        other => Err(GeometryProblem::NotAnArea(format!("'{other}'"))),
    }
}

fn read_polygon(coordinates: Option<&Value>, part: usize) -> Result<Polygon, GeometryProblem> {
    let rings = coordinates
        .and_then(Value::as_array)
        .ok_or_else(|| GeometryProblem::Bad(format!("vlak {part} heeft geen coördinaten")))?;
    if rings.is_empty() {
        return Err(GeometryProblem::Bad(format!("vlak {part} heeft geen rand")));
    }
    rings
        .iter()
        .enumerate()
        .map(|(r, ring)| read_ring(ring, part, r + 1))
        .collect()
}

fn read_ring(ring: &Value, part: usize, number: usize) -> Result<Ring, GeometryProblem> {
    let place = if number == 1 {
        format!("de buitenrand van vlak {part}")
    } else {
        format!("gat {} van vlak {part}", number - 1)
    };
    let positions = ring
        .as_array()
        .ok_or_else(|| GeometryProblem::Bad(format!("{place} is geen lijst van posities")))?;
    if positions.len() < 4 {
        return Err(GeometryProblem::Bad(format!(
            "{place} heeft {} posities; een rand heeft er minstens 4 (de eerste en laatste gelijk)",
            positions.len()
        )));
    }
    let ring: Ring = positions
        .iter()
        .map(|position| {
            let pair = position.as_array().filter(|p| p.len() >= 2)?;
            let x = pair[0].as_f64().filter(|v| v.is_finite())?;
            let y = pair[1].as_f64().filter(|v| v.is_finite())?;
            Some([x, y])
        })
        .collect::<Option<_>>()
        .ok_or_else(|| {
            GeometryProblem::Bad(format!(
                "{place} bevat een positie die geen getallenpaar is"
            ))
        })?;
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn districts() -> Vec<District> {
        [("WK034406", "Binnenstad"), ("WK034410", "Vleuten-De Meern")]
            .into_iter()
            .map(|(id, name)| District {
                id: id.into(),
                name: name.into(),
                ..District::default()
            })
            .collect()
    }

    const SQUARE: &str = "[[[-30.0,40.0],[-29.0,40.0],[-29.0,41.0],[-30.0,40.0]]]";

    fn collection(features: &[String]) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    fn feature(properties: &str, geometry: &str) -> String {
        format!(r#"{{"type":"Feature","properties":{properties},"geometry":{geometry}}}"#)
    }

    #[test]
    fn names_and_codes_of_every_year_match() {
        for properties in [
            r#"{"KODE":"06","NAAM":"Binnen Stad"}"#,
            r#"{"WK_CODE":"WK034406","WK_NAAM":"Wijk 06 Binnenstad","GM_CODE":"GM0344"}"#,
            r#"{"wijkcode":"WK034406","wijknaam":"Binnenstad","gemeentecode":"GM0344"}"#,
            r#"{"NAAM":"binnen - stad"}"#,
        ] {
            let text = collection(&[feature(
                properties,
                &format!(r#"{{"type":"Polygon","coordinates":{SQUARE}}}"#),
            )]);
            let import = parse_map(text.as_bytes(), &districts())
                .unwrap_or_else(|e| panic!("{properties}: {e}"));
            assert_eq!(import.matched.len(), 1, "{properties}");
            assert_eq!(import.unmatched, ["Vleuten-De Meern"]);
        }
    }

    #[test]
    fn other_municipalities_and_water_are_ignored_and_counted() {
        let area = format!(r#"{{"type":"Polygon","coordinates":{SQUARE}}}"#);
        let text = collection(&[
            feature(r#"{"WK_CODE":"WK034406","GM_CODE":"GM0344"}"#, &area),
            feature(r#"{"WK_CODE":"WK036301","GM_CODE":"GM0363"}"#, &area),
            feature(
                r#"{"WK_CODE":"WK034410","GM_CODE":"GM0344","WATER":"JA"}"#,
                &area,
            ),
        ]);
        let import = parse_map(text.as_bytes(), &districts()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((import.matched.len(), import.ignored), (1, 2));
    }

    #[test]
    fn bad_files_say_what_and_where() {
        let cut = r#"{"type":"FeatureCollection","features":[{"type":"Feat"#;
        match parse_map(cut.as_bytes(), &districts()) {
            Err(MapError::Syntax {
                line: 1, column, ..
            }) => assert!(column > 40),
            other => panic!("{other:?}"),
        }
        let point = collection(&[feature(
            r#"{"KODE":"06"}"#,
            r#"{"type":"Point","coordinates":[-30.0,40.0]}"#,
        )]);
        let error = parse_map(point.as_bytes(), &districts())
            .err()
            .map(|e| e.to_string());
        assert!(
            error
                .as_deref()
                .is_some_and(|e| e.contains("is een punt, geen vlak")),
            "{error:?}"
        );
        let short = collection(&[feature(
            r#"{"KODE":"06"}"#,
            r#"{"type":"Polygon","coordinates":[[[-30.0,40.0],[-29.0,40.0],[-30.0,40.0]]]}"#,
        )]);
        let error = parse_map(short.as_bytes(), &districts())
            .err()
            .map(|e| e.to_string());
        assert!(
            error
                .as_deref()
                .is_some_and(|e| e.contains("heeft 3 posities")),
            "{error:?}"
        );
        assert_eq!(
            parse_map(
                br#"{"type":"FeatureCollection","features":[]}"#,
                &districts()
            ),
            Err(MapError::NoFeatures)
        );
        assert_eq!(
            parse_map(br#"[1,2]"#, &districts()),
            Err(MapError::NotFeatureCollection)
        );
    }
}
