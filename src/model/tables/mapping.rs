//! A monitor table from elsewhere (issue 20): a research department's or
//! CBS's table, one row per area and year or one column per year. The
//! mapping says which column is the area, where the years are, which
//! indicator the values fill and which row is the Utrecht average; it is
//! guessed from the titles, changed by the user and remembered per layout
//! (the titles of the first row). Areas are matched to the wijken by name
//! or CBS code (`WK034403`, also lower case or padded as CBS files have it).

use serde::{Deserialize, Serialize};

use crate::model::format::YEARS;
use crate::model::tables::sheet::{Percentages, Sheet, SheetCell};
use crate::model::{Dataset, District, IndicatorValue, SourceRef, Unit};

/// Where a table keeps its years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum YearLayout {
    /// A column with the year and a column with the value.
    Column {
        /// The year's column.
        year: usize,
        /// The value's column.
        value: usize,
    },
    /// A column per year: the titles of the first row are years.
    Columns,
}

/// How a table fills an indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableMapping {
    /// The column with the area (a wijk's name or CBS code).
    pub area: usize,
    /// Where the years are.
    pub years: YearLayout,
    /// The id of the indicator the values fill.
    pub indicator: String,
    /// The text in the area column of the row with the Utrecht average
    /// ("Utrecht", "Gemeente Utrecht", "GM0344"), if the table has one.
    pub average: Option<String>,
}

/// The key a mapping is remembered by: the titles of the first row.
pub(crate) fn layout_key(sheet: &Sheet) -> String {
    sheet
        .rows
        .first()
        .map(|row| {
            row.iter()
                .map(SheetCell::text)
                .collect::<Vec<_>>()
                .join("|")
        })
        .unwrap_or_default()
}

/// The year a title stands for ("2024", "2024*", "Perioden 2024").
fn year_of(title: &str) -> Option<i32> {
    let digits: String = title.chars().filter(char::is_ascii_digit).collect();
    let year = digits.parse::<i32>().ok()?;
    (digits.len() == 4 && YEARS.contains(&year)).then_some(year)
}

/// A first guess from the titles: the area column by its title ("Wijk",
/// "Gebied", "Regio", "Code"), a year column or year titles, and the
/// indicator whose name or id the sheet's name or a title holds — none
/// otherwise: figures put into the wrong indicator are worse than a choice
/// asked for.
pub(crate) fn guess_mapping(sheet: &Sheet, data: &Dataset) -> TableMapping {
    let titles: Vec<String> = sheet
        .rows
        .first()
        .map(|row| row.iter().map(|c| c.text().to_lowercase()).collect())
        .unwrap_or_default();
    let has = |words: &[&str]| {
        titles
            .iter()
            .position(|t| words.iter().any(|w| t.contains(w)))
    };
    let area = has(&["wijk", "gebied", "regio", "code"]).unwrap_or(0);
    let years = if titles.iter().filter(|t| year_of(t).is_some()).count() >= 2 {
        YearLayout::Columns
    } else {
        let year = has(&["jaar", "perioden", "periode"]).unwrap_or(1);
        let value = (0..titles.len())
            .find(|c| *c != area && *c != year)
            .unwrap_or(2);
        YearLayout::Column { year, value }
    };
    let average = (1..sheet.rows.len())
        .map(|row| sheet.cell(row, area).text())
        .find(|text| is_utrecht(text));
    TableMapping {
        area,
        years,
        indicator: guess_indicator(sheet, &titles, data),
        average,
    }
}

/// The indicator the sheet's name or one of its (lower-case) titles names,
/// when exactly one does.
fn guess_indicator(sheet: &Sheet, titles: &[String], data: &Dataset) -> String {
    let named = |indicator: &crate::model::Indicator| {
        let (name, id) = (indicator.name.to_lowercase(), indicator.id.to_lowercase());
        std::iter::once(sheet.name.to_lowercase())
            .chain(titles.iter().cloned())
            .any(|text| text.contains(&name) || text.contains(&id))
    };
    let mut found = data.indicators.iter().filter(|i| named(i));
    match (found.next(), found.next()) {
        (Some(only), None) => only.id.clone(),
        _ => String::new(),
    }
}

fn is_utrecht(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    matches!(
        lower.as_str(),
        "utrecht" | "gemeente utrecht" | "utrecht (gemeente)" | "gm0344"
    )
}

/// The wijk an area cell names: its name (without "Wijk ", any case) or its
/// CBS code (`WK034403`, `wk034403`, `  WK034403  `, `034403`).
fn match_area<'a>(text: &str, data: &'a Dataset) -> Option<&'a District> {
    let wanted = text.trim().to_lowercase();
    let name = wanted.strip_prefix("wijk ").unwrap_or(&wanted).trim();
    let code = wanted.strip_prefix("wk").unwrap_or(&wanted);
    data.districts.iter().find(|d| {
        d.name.to_lowercase() == name
            || d.id.to_lowercase() == wanted
            || d.id.to_lowercase().strip_prefix("wk") == Some(code)
    })
}

/// What a mapped table would do.
#[derive(Clone, Debug, Default)]
pub(crate) struct MonitorImport {
    /// The data with the table's values.
    data: Dataset,
    /// What is wrong, each with its place; when not empty nothing may be applied.
    pub problems: Vec<String>,
    /// Area texts that are no wijk of Utrecht (each once).
    pub unmatched: Vec<String>,
    /// Values of other wijken than the indicator's, not used.
    pub other_wijken: usize,
    /// Values read for the indicator's wijk and the average.
    pub values: usize,
}

impl MonitorImport {
    /// The data with the table's values.
    pub(crate) fn data(&self) -> &Dataset {
        &self.data
    }

    /// What was read and what was not used, in sentences.
    pub(crate) fn notes(&self) -> Vec<String> {
        use crate::model::format::counted;
        let mut notes = vec![format!(
            "{} gelezen.",
            counted(self.values, "waarde", "waarden")
        )];
        if self.other_wijken > 0 {
            notes.push(format!(
                "{} van andere wijken niet gebruikt: de indicator hoort bij één wijk.",
                counted(self.other_wijken, "waarde", "waarden")
            ));
        }
        if !self.unmatched.is_empty() {
            notes.push(format!(
                "Geen wijk van Utrecht: {}.",
                self.unmatched.join(", ")
            ));
        }
        notes
    }
}

/// Fills the mapped indicator of `data` from `sheet`.
pub(crate) fn import_monitor(
    data: &Dataset,
    sheet: &Sheet,
    mapping: &TableMapping,
    file: &str,
) -> MonitorImport {
    let mut import = MonitorImport {
        data: data.clone(),
        ..MonitorImport::default()
    };
    let Some(index) = data
        .indicators
        .iter()
        .position(|i| i.id == mapping.indicator)
    else {
        import
            .problems
            .push("Kies de indicator die de tabel vult.".to_owned());
        return import;
    };
    let indicator = &data.indicators[index];
    let percent = if indicator.unit == Unit::Percent {
        Percentages::FractionsBelowOne
    } else {
        Percentages::No
    };
    // (year, is the average) → (value, place), each once.
    let mut seen: std::collections::BTreeMap<(i32, bool), String> =
        std::collections::BTreeMap::new();
    let mut readings: Vec<(i32, bool, Option<f64>)> = Vec::new();
    for row in 1..sheet.rows.len() {
        let area = sheet.cell(row, mapping.area).text();
        if area.is_empty() {
            continue;
        }
        let is_average = mapping.average.as_deref().is_some_and(|a| a.trim() == area);
        if !is_average {
            match match_area(&area, data) {
                Some(district) if district.id == indicator.district => {}
                Some(_) => {
                    import.other_wijken += 1;
                    continue;
                }
                None => {
                    if !import.unmatched.contains(&area) {
                        import.unmatched.push(area);
                    }
                    continue;
                }
            }
        }
        for (year, column) in cells_of_row(&mut import, sheet, row, &mapping.years) {
            let place = sheet.place(row, column);
            match sheet.number(row, column, percent) {
                Ok(number) => {
                    if let Some(first) = seen.insert((year, is_average), place.clone()) {
                        import.problems.push(format!(
                            "{place}: er staat al een waarde voor {area} in {year} ({first}); één rij per gebied en jaar."
                        ));
                        continue;
                    }
                    readings.push((year, is_average, number));
                }
                Err(error) => import.problems.push(error),
            }
        }
    }
    let target = &mut import.data.indicators[index];
    for (year, is_average, number) in readings {
        let Some(number) = number else {
            continue;
        };
        import.values += 1;
        let entry = match target.values.iter_mut().position(|v| v.year == year) {
            Some(at) => &mut target.values[at],
            None => {
                target.values.push(IndicatorValue {
                    year,
                    district: None,
                    utrecht: None,
                    source: SourceRef {
                        document: String::new(),
                        section: format!("Ingelezen uit {file}"),
                        ..SourceRef::default()
                    },
                    year_from_report: false,
                });
                let last = target.values.len() - 1;
                &mut target.values[last]
            }
        };
        let slot = if is_average {
            &mut entry.utrecht
        } else {
            &mut entry.district
        };
        if slot.is_none_or(|old| (old - number).abs() > 1.0e-9 * number.abs().max(1.0)) {
            *slot = Some(number);
        }
    }
    target.values.sort_by_key(|v| v.year);
    if import.values == 0 && import.problems.is_empty() {
        // The wrong sheet, or the wrong column for the area.
        let wijk = data
            .district(&indicator.district)
            .map_or(indicator.district.as_str(), |d| d.name.as_str());
        import.problems.push(format!(
            "{}: geen enkele waarde voor {wijk} gevonden (gebied in kolom {}); kies het werkblad en de kolommen van de tabel.",
            sheet.name,
            crate::model::tables::sheet::column_letters(mapping.area)
        ));
    }
    import
}

/// The (year, column) pairs a row holds.
fn cells_of_row(
    import: &mut MonitorImport,
    sheet: &Sheet,
    row: usize,
    years: &YearLayout,
) -> Vec<(i32, usize)> {
    match years {
        YearLayout::Column { year, value } => match sheet.year(row, *year) {
            Ok(found) => vec![(found, *value)],
            Err(problem) => {
                import.problems.push(problem);
                Vec::new()
            }
        },
        YearLayout::Columns => sheet
            .rows
            .first()
            .map(|titles| {
                titles
                    .iter()
                    .enumerate()
                    .filter_map(|(column, title)| year_of(&title.text()).map(|year| (year, column)))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tables::sheet::SheetKind;

    fn csv(rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: "tabel".into(),
            kind: SheetKind::Csv,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| SheetCell::Text((*c).to_owned())).collect())
                .collect(),
        }
    }

    #[test]
    fn areas_are_found_by_name_and_every_form_of_cbs_code() {
        let data = crate::model::shipped_for_tests();
        for text in [
            "Overvecht",
            "wijk overvecht",
            "WK034403",
            "wk034403",
            "  WK034403  ",
            "034403",
        ] {
            assert_eq!(
                match_area(text, &data).map(|d| d.id.as_str()),
                Some("WK034403"),
                "{text}"
            );
        }
        assert!(match_area("Amsterdam-Noord", &data).is_none());
    }

    #[test]
    fn a_table_with_a_column_per_year_fills_the_indicator_and_the_average() {
        let data = crate::model::shipped_for_tests();
        let indicator = data
            .indicators
            .iter()
            .find(|i| i.unit == Unit::Percent)
            .unwrap();
        let sheet = csv(&[
            &["Wijk", "2023", "2030"],
            &["WK034403", "28%", "-"],
            &["Gemeente Utrecht", "13,5", "."],
            &["Amsterdam-Noord", "1", "2"],
            &["West", "10", "11"],
        ]);
        let mut mapping = guess_mapping(&sheet, &data);
        assert_eq!(mapping.years, YearLayout::Columns);
        assert_eq!(mapping.average.as_deref(), Some("Gemeente Utrecht"));
        mapping.indicator = indicator.id.clone();
        let import = import_monitor(&data, &sheet, &mapping, "monitor.csv");
        assert!(import.problems.is_empty(), "{:?}", import.problems);
        assert_eq!(import.unmatched, vec!["Amsterdam-Noord".to_owned()]);
        let filled = import
            .data()
            .indicators
            .iter()
            .find(|i| i.id == indicator.id)
            .unwrap();
        let year = filled.values.iter().find(|v| v.year == 2023).unwrap();
        if indicator.district == "WK034403" {
            assert_eq!(year.district, Some(28.0));
            assert_eq!(year.utrecht, Some(13.5));
            assert_eq!(import.other_wijken, 1);
        }
        assert!(
            filled.values.iter().all(|v| v.year != 2030),
            "missing marks fill nothing"
        );
    }

    #[test]
    fn two_rows_for_one_area_and_year_and_text_in_a_number_are_problems_with_their_place() {
        let data = crate::model::shipped_for_tests();
        let indicator = data
            .indicators
            .iter()
            .find(|i| i.district == "WK034403")
            .unwrap();
        let sheet = csv(&[
            &["Gebied", "Jaar", "Waarde"],
            &["Overvecht", "2024", "3,5"],
            &["Overvecht", "2024", "3,6"],
            &["Overvecht", "2025", "drie"],
            &["Overvecht", "20245", "1"],
        ]);
        let mut mapping = guess_mapping(&sheet, &data);
        assert_eq!(mapping.years, YearLayout::Column { year: 1, value: 2 });
        mapping.indicator = indicator.id.clone();
        let import = import_monitor(&data, &sheet, &mapping, "monitor.csv");
        let problems = import.problems.join("\n");
        assert!(
            problems.contains("regel 3, kolom 3: er staat al een waarde"),
            "{problems}"
        );
        assert!(
            problems.contains("regel 4, kolom 3: 'drie' is geen getal"),
            "{problems}"
        );
        assert!(
            problems.contains("regel 5, kolom 2: '20245' is geen jaar"),
            "{problems}"
        );
    }

    #[test]
    fn the_indicator_is_guessed_only_from_its_name_or_id_in_the_table() {
        let data = crate::model::shipped_for_tests();
        let plain = csv(&[&["Wijk", "2025", "2026"], &["WK034403", "29", "31"]]);
        assert_eq!(
            guess_mapping(&plain, &data).indicator,
            "",
            "none: the user chooses"
        );
        let named = csv(&[
            &["Wijk", "Aandeel sociale huur in de woningvoorraad (%)"],
            &["WK034403", "65"],
        ]);
        assert_eq!(guess_mapping(&named, &data).indicator, "sociale-huur");
        let mut by_id = plain.clone();
        by_id.name = "armoedegrens-2026.csv".to_owned();
        assert_eq!(guess_mapping(&by_id, &data).indicator, "armoedegrens");
        // Without a choice nothing can be applied, and it says what to do.
        let import = import_monitor(&data, &plain, &guess_mapping(&plain, &data), "monitor.csv");
        assert_eq!(
            import.problems,
            vec!["Kies de indicator die de tabel vult.".to_owned()]
        );
    }

    #[test]
    fn a_sheet_without_the_wijk_is_the_wrong_sheet() {
        let data = crate::model::shipped_for_tests();
        let sheet = csv(&[&["Toelichting", "Bron"], &["Zie de website", "CBS"]]);
        let mut mapping = guess_mapping(&sheet, &data);
        mapping.indicator = data.indicators[0].id.clone();
        let import = import_monitor(&data, &sheet, &mapping, "monitor.xlsx");
        assert!(
            import
                .problems
                .iter()
                .any(|p| p.contains("geen enkele waarde")),
            "{:?}",
            import.problems
        );
    }
}
