//! The app's own workbook, edited in Excel, read back (issue 20): each row
//! is found again by its id (the grey last column), its editable cells are
//! compared with the data, and the result is a new version of the data whose
//! difference with the old one is the preview (`changes::diff`). Rows that
//! are gone from the workbook are questions, never deleted on their own.
//! Computed sheets (Budget, a scenario's totals) are not read back: they
//! follow from the data.
//!
//! Read back: indicator values (wijk and Utrecht, new years as new rows),
//! a platform's name, members and its lists, a wijk's situation and
//! neighbourhoods, a scenario's amounts per ambition and year
//! (`scenarios`), and an intervention's fields (`interventions`). Anything wrong is a problem with its place, and then
//! nothing is applied.

mod interventions;
mod plan;
mod scenarios;

use crate::model::field_names;
use crate::model::format::convert::rounded_u64;
use crate::model::tables::sheet::{Percentages, Sheet, SheetCell};
use crate::model::tables::{ID_COLUMN, LIST_SEPARATOR, indicator_row_id};
use crate::model::{Count, Dataset, IndicatorValue, SourceRef, Unit};

/// What reading a workbook back would do.
#[derive(Clone, Debug, Default)]
pub struct WorkbookImport {
    /// The data with every change of the workbook.
    data: Dataset,
    /// What is wrong, each with its place; when not empty nothing may be applied.
    pub problems: Vec<String>,
    /// Rows the data has and the workbook no longer has: a question each.
    pub missing: Vec<MissingRow>,
    /// What was not read back and why, each a sentence of its own.
    pub skipped: Vec<String>,
}

/// A row of the data that the workbook no longer has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingRow {
    /// "Indicatoren", "Wijkplatforms", "Wijken" or "Scenario's".
    pub sheet: String,
    /// The row's id.
    pub id: String,
    /// What it is, in words: "Huishoudens op of onder de armoedegrens, 2024".
    pub label: String,
}

impl WorkbookImport {
    /// The new data, without deleting the missing rows.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The new data with the missing rows deleted too (the user said yes).
    pub fn data_deleting_missing(&self) -> Dataset {
        let mut data = self.data.clone();
        for row in &self.missing {
            match row.sheet.as_str() {
                "Indicatoren" => {
                    for indicator in &mut data.indicators {
                        let id = indicator.id.clone();
                        indicator
                            .values
                            .retain(|v| indicator_row_id(&id, v.year) != row.id);
                    }
                }
                "Wijkplatforms" => data.platforms.retain(|p| p.id != row.id),
                "Interventies" => data.interventions.retain(|i| i.id != row.id),
                "Scenario's" => {
                    if let Some((scenario, ambition)) = row.id.rsplit_once('/')
                        && let Some(scenario) = data.scenarios.iter_mut().find(|s| s.id == scenario)
                    {
                        scenario
                            .allocations
                            .retain(|a| a.ambition.to_string() != ambition);
                    }
                }
                _ => {}
            }
        }
        data
    }
}

/// Whether `sheets` are the app's own workbook or CSV files: a sheet with
/// the id column, or one of the export's worked-out sheets (Budget,
/// Scenario's), which are then said not to be read instead of being taken
/// for a table from elsewhere.
pub fn is_own_workbook(sheets: &[Sheet]) -> bool {
    sheets.iter().any(|sheet| {
        let columns = Columns::of(sheet);
        let has = |title: &str| columns.at(title).is_some();
        has(ID_COLUMN)
            || (has("Jaar") && has("Structureel") && has("Toegewezen aan ambities"))
            || columns.titles == ["Scenario", "Vastgesteld", "Toelichting"]
    })
}

/// Reads `sheets` (the app's workbook, edited) back into `data`; `file` names
/// the workbook in the sources of the values it brings.
pub fn import_workbook(data: &Dataset, sheets: &[Sheet], file: &str) -> WorkbookImport {
    let mut import = WorkbookImport {
        data: data.clone(),
        ..WorkbookImport::default()
    };
    for sheet in sheets {
        // A workbook's sheet by its name, a CSV file by its file name.
        if super::origin::is_origin_sheet(sheet) {
            // Where the workbook comes from: read by workbook_origin.
            continue;
        }
        match sheet.name.to_lowercase().as_str() {
            "indicatoren" => indicators(&mut import, data, sheet, file),
            "wijkplatforms" => platforms(&mut import, data, sheet),
            "wijken" => districts(&mut import, sheet),
            "interventies" => interventions::interventions(&mut import, data, sheet),
            "budget" => import.skipped.push(
                "Budget wordt niet ingelezen: het wordt uitgerekend uit de begroting en de scenario's; wijzig de bedragen van een scenario op zijn eigen blad.".to_owned(),
            ),
            _ if plan::is_plan_sheet(sheet) => plan::plan_decisions(&mut import, data, sheet),
            _ if scenarios::is_scenario_sheet(sheet) => {
                scenarios::scenario_amounts(&mut import, data, sheet);
            }
            _ => import.skipped.push(format!(
                "{} wordt niet ingelezen (uitgerekend of onbekend).",
                sheet.name
            )),
        }
    }
    import
}

fn header(sheet: &Sheet) -> Vec<String> {
    sheet
        .rows
        .first()
        .map(|row| row.iter().map(SheetCell::text).collect())
        .unwrap_or_default()
}

/// The columns of a sheet by their titles.
struct Columns {
    titles: Vec<String>,
}

impl Columns {
    fn of(sheet: &Sheet) -> Self {
        Self {
            titles: header(sheet),
        }
    }

    /// The column titled `title`; the CSV export may add the unit: "Waarde wijk (%)".
    fn at(&self, title: &str) -> Option<usize> {
        let unit = |t: &String| {
            t.strip_prefix(title)
                .is_some_and(|rest| matches!(rest, " (%)" | " (€)"))
        };
        (self.titles.iter().position(|t| t == title)).or_else(|| self.titles.iter().position(unit))
    }
}

/// The rows below the header with their id, each id once; a second row
/// with the same id is a problem.
fn rows_by_id<'a>(
    import: &mut WorkbookImport,
    sheet: &'a Sheet,
    id_column: usize,
) -> Vec<(usize, String, &'a [SheetCell])> {
    let mut seen = std::collections::BTreeMap::new();
    let mut rows = Vec::new();
    for (index, row) in sheet.rows.iter().enumerate().skip(1) {
        if row.iter().all(|c| c.text().is_empty()) {
            continue;
        }
        let id = sheet.cell(index, id_column).text();
        if !id.is_empty()
            && let Some(first) = seen.insert(id.clone(), index)
        {
            import.problems.push(format!(
                "{}: de id '{id}' staat ook in {}; een rij mag maar één keer voorkomen.",
                sheet.row_place(index),
                sheet.row_place(first)
            ));
            continue;
        }
        rows.push((index, id, row.as_slice()));
    }
    rows
}

fn indicators(import: &mut WorkbookImport, data: &Dataset, sheet: &Sheet, file: &str) {
    let columns = Columns::of(sheet);
    let (Some(id), Some(district), Some(utrecht)) = (
        columns.at(ID_COLUMN),
        columns.at("Waarde wijk"),
        columns.at("Utrechts gemiddelde"),
    ) else {
        import.problems.push(format!(
            "{}: de kolommen 'Waarde wijk', 'Utrechts gemiddelde' en '{ID_COLUMN}' ontbreken; lees de werkmap in zoals de app haar schreef.",
            sheet.name
        ));
        return;
    };
    let (year_column, name_column, wijk_column) = (
        columns.at("Jaar"),
        columns.at("Indicator"),
        columns.at("Wijk"),
    );
    let rows = rows_by_id(import, sheet, id);
    let mut present = std::collections::BTreeSet::new();
    for (row, row_id, _) in rows {
        // An existing row by its id; a new row by its indicator, wijk and year.
        let target = if row_id.is_empty() {
            let name = name_column
                .map(|c| sheet.cell(row, c).text())
                .unwrap_or_default();
            let wijk = wijk_column
                .map(|c| sheet.cell(row, c).text())
                .unwrap_or_default();
            data.indicators.iter().position(|i| {
                i.name == name
                    && data
                        .district(&i.district)
                        .is_some_and(|d| d.name == wijk || d.id == wijk)
            })
        } else {
            row_id
                .rsplit_once('@')
                .and_then(|(indicator, _)| data.indicators.iter().position(|i| i.id == indicator))
        };
        let Some(index) = target else {
            import.problems.push(format!(
                "{}: deze indicator kent de app niet ({}); voeg hem eerst in de app toe.",
                sheet.row_place(row),
                if row_id.is_empty() {
                    "nieuwe rij"
                } else {
                    row_id.as_str()
                }
            ));
            continue;
        };
        let percent = if data.indicators[index].unit == Unit::Percent {
            Percentages::Fractions
        } else {
            Percentages::No
        };
        let year = match year_column.map(|c| sheet.year(row, c)) {
            Some(Ok(year)) => year,
            Some(Err(problem)) => {
                import.problems.push(problem);
                continue;
            }
            None => {
                import.problems.push(format!(
                    "{}: de kolom 'Jaar' ontbreekt.",
                    sheet.row_place(row)
                ));
                continue;
            }
        };
        let values = (
            sheet.number(row, district, percent),
            sheet.number(row, utrecht, percent),
        );
        let (district_value, utrecht_value) = match values {
            (Ok(d), Ok(u)) => (d, u),
            (d, u) => {
                import.problems.extend(d.err().into_iter().chain(u.err()));
                continue;
            }
        };
        let indicator = &mut import.data.indicators[index];
        present.insert(indicator_row_id(&indicator.id, year));
        let source = SourceRef {
            document: String::new(),
            section: format!("Ingelezen uit {file}, {}", sheet.row_place(row)),
            ..SourceRef::default()
        };
        match indicator.values.iter_mut().find(|v| v.year == year) {
            Some(value) => {
                // An edit keeps the row's source, as an edit in the app does.
                if !same(value.district, district_value) {
                    value.district = district_value;
                }
                if !same(value.utrecht, utrecht_value) {
                    value.utrecht = utrecht_value;
                }
            }
            None => {
                if !row_id.is_empty() && !row_id.ends_with(&format!("@{year}")) {
                    import.problems.push(format!(
                        "{}: het jaar van deze rij is veranderd; wijzig een jaar niet, maar voeg een nieuwe rij toe zonder id.",
                        sheet.row_place(row)
                    ));
                    continue;
                }
                indicator.values.push(IndicatorValue {
                    year,
                    district: district_value,
                    utrecht: utrecht_value,
                    source,
                    year_from_report: false,
                });
                indicator.values.sort_by_key(|v| v.year);
            }
        }
    }
    for indicator in &data.indicators {
        for value in &indicator.values {
            let id = indicator_row_id(&indicator.id, value.year);
            if !present.contains(&id) {
                import.missing.push(MissingRow {
                    sheet: "Indicatoren".to_owned(),
                    id,
                    label: format!("{}, {}", indicator.name, value.year),
                });
            }
        }
    }
}

/// Two figures are the same when both are missing or they differ by no
/// more than the export rounds (the CSV export keeps four decimals): a
/// figure the user did not touch is no change.
fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 0.5e-4 + 1.0e-9 * a.abs().max(1.0),
        _ => false,
    }
}

/// A list cell: an item per line.
fn list(sheet: &Sheet, row: usize, column: Option<usize>) -> Option<Vec<String>> {
    let text = sheet.cell(row, column?).text();
    Some(
        text.split(LIST_SEPARATOR)
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

/// The next steps in one cell, one per line ("… — wanneer: 15-1-2027 — wie:
/// DOCK"); a date that is no date is said with its cell.
fn next_steps(
    sheet: &Sheet,
    row: usize,
    column: Option<usize>,
) -> Option<Result<Vec<crate::model::NextStep>, String>> {
    let column = column?;
    let items = list(sheet, row, Some(column))?;
    Some(
        items
            .iter()
            .map(|item| crate::model::NextStep::from_cell_text(item))
            .collect::<Result<Vec<_>, String>>()
            .map_err(|error| format!("{}: {error}", sheet.place(row, column))),
    )
}

fn platforms(import: &mut WorkbookImport, data: &Dataset, sheet: &Sheet) {
    let columns = Columns::of(sheet);
    let Some(id) = columns.at(ID_COLUMN) else {
        import
            .problems
            .push(format!("{}: de kolom '{ID_COLUMN}' ontbreekt.", sheet.name));
        return;
    };
    let mut present = std::collections::BTreeSet::new();
    for (row, row_id, _) in rows_by_id(import, sheet, id) {
        let Some(index) = data.platforms.iter().position(|p| p.id == row_id) else {
            import.problems.push(format!(
                "{}: een nieuw wijkplatform voegt u in de app toe (Bewerken → Nieuw wijkplatform), niet in de werkmap.",
                sheet.row_place(row)
            ));
            continue;
        };
        present.insert(row_id.clone());
        let platform = &mut import.data.platforms[index];
        if let Some(column) = columns.at("Wijkplatform") {
            let name = sheet.cell(row, column).text();
            if name.is_empty() {
                import.problems.push(format!(
                    "{}: een wijkplatform heeft een naam nodig.",
                    sheet.place(row, column)
                ));
            } else {
                platform.name = name;
            }
        }
        if let Some(column) = columns.at(field_names::MEMBERS.label) {
            match sheet.number(row, column, Percentages::No) {
                Ok(None) => platform.members = None,
                Ok(Some(value)) if value >= 0.0 && value.fract() == 0.0 && value < 1.0e9 => {
                    let value = rounded_u64(value);
                    if platform.members.as_ref().map(|m| m.value) != Some(value) {
                        platform.members = Some(Count::exact(value));
                    }
                }
                Ok(Some(value)) => import.problems.push(format!(
                    "{}: {value} is geen aantal leden (een heel getal vanaf 0).",
                    sheet.place(row, column)
                )),
                Err(error) => import.problems.push(error),
            }
        }
        // Each list by its one name; a workbook exported by an older
        // version named two of them otherwise, and still reads back.
        let lists = [
            (
                field_names::ACTIVITIES.label,
                "Wat goed gaat",
                &mut platform.activities,
            ),
            (field_names::CHALLENGES.label, "", &mut platform.challenges),
            (
                field_names::NEEDS.label,
                "Behoeften en wensen",
                &mut platform.needs,
            ),
        ];
        for (title, older, items) in lists {
            let column = columns
                .at(title)
                .or_else(|| (!older.is_empty()).then(|| columns.at(older)).flatten());
            if let Some(read) = list(sheet, row, column) {
                *items = read;
            }
        }
        match next_steps(sheet, row, columns.at(field_names::NEXT_STEPS.label)) {
            Some(Ok(steps)) => platform.next_steps = steps,
            Some(Err(problem)) => import.problems.push(problem),
            None => {}
        }
    }
    for platform in &data.platforms {
        if !present.contains(&platform.id) {
            import.missing.push(MissingRow {
                sheet: "Wijkplatforms".to_owned(),
                id: platform.id.clone(),
                label: platform.name.clone(),
            });
        }
    }
}

fn districts(import: &mut WorkbookImport, sheet: &Sheet) {
    let columns = Columns::of(sheet);
    let Some(id) = columns.at(ID_COLUMN) else {
        import
            .problems
            .push(format!("{}: de kolom '{ID_COLUMN}' ontbreekt.", sheet.name));
        return;
    };
    for (row, row_id, _) in rows_by_id(import, sheet, id) {
        let Some(district) = import.data.districts.iter_mut().find(|d| d.id == row_id) else {
            import.problems.push(format!(
                "{}: de wijk '{row_id}' kent de app niet; Utrecht heeft tien wijken en die staan vast.",
                sheet.row_place(row)
            ));
            continue;
        };
        if let Some(column) = columns.at("Situatie") {
            district.situation = sheet.cell(row, column).text();
        }
        if let Some(column) = columns.at("Buurten") {
            district.neighbourhoods = sheet
                .cell(row, column)
                .text()
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect();
        }
    }
}
