//! The data as plain tables for the Excel and CSV exports: one place that
//! decides which columns there are, what they are called (in Dutch) and
//! which values are money, percentages or counts. Both writers read these.

pub(crate) mod mapping;
mod origin;
pub(crate) mod plan;
mod programme;
pub mod sheet;
pub mod workbook;

pub use origin::{ORIGIN_SHEET, WorkbookOrigin, workbook_origin};

use crate::model::{Contact, Dataset, Scenario, Unit, budget_years, money_to_distribute};
use crate::model::{field_names, format};

/// One value of a table, typed so that spreadsheets get numbers, not text.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A whole number (a count, members).
    Whole(i64),
    /// Whole euros.
    Euro(i64),
    /// A percentage, as a number of percent (29 is 29%).
    Percent(f64),
    /// Another number (years on welfare).
    Decimal(f64),
    /// A year.
    Year(i32),
    /// Nothing known.
    Empty,
}

/// A table: a sheet in the workbook, a file in the CSV folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Dutch name, also the sheet name (at most 31 characters, unique).
    pub name: String,
    /// File name without extension, lower case, for the CSV export.
    pub file_stem: String,
    /// Column titles.
    pub columns: Vec<String>,
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
}

/// The title of the last column of the tables that can be read back: each
/// row's id, by which an edited workbook is matched to the data.
pub const ID_COLUMN: &str = "Id (niet wijzigen)";

/// Between the items of a list in one cell: a line break, so that Excel
/// shows each item on its own line and an item may hold a ";".
pub const LIST_SEPARATOR: &str = "\n";

/// Next steps in one cell, one per line, each with its when and who so
/// that the cell reads back.
pub(crate) fn steps_text(steps: &[crate::model::NextStep]) -> String {
    steps
        .iter()
        .map(crate::model::NextStep::cell_text)
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

/// The id of an indicator's row for `year`: "armoede@2024".
pub fn indicator_row_id(indicator: &str, year: i32) -> String {
    format!("{indicator}@{year}")
}

/// The id of a scenario's row for an ambition: "gelijk/3".
pub fn scenario_row_id(scenario: &str, ambition: u8) -> String {
    format!("{scenario}/{ambition}")
}

fn titles(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

fn optional(value: Option<i64>, cell: fn(i64) -> Cell) -> Cell {
    value.map_or(Cell::Empty, cell)
}

fn yes_no(value: Option<bool>) -> Cell {
    text(match value {
        Some(true) => "ja",
        Some(false) => "nee",
        None => "onbekend",
    })
}

/// Every table of the data, in workbook order. Contact persons only with
/// `include_contacts` (personal data).
pub fn export_tables(data: &Dataset, include_contacts: bool) -> Vec<Table> {
    let mut tables = vec![
        districts_table(data),
        platforms_table(data, include_contacts),
        indicators_table(data),
        budget_table(data),
    ];
    if !data.interventions.is_empty() {
        tables.push(programme::interventions_table(data));
    }
    if !data.scenarios.is_empty() {
        tables.push(scenarios_table(data));
        let mut used: Vec<String> = tables.iter().map(|t| t.name.clone()).collect();
        for scenario in &data.scenarios {
            let table = match &scenario.per_intervention {
                Some(plan) => plan::plan_table(data, scenario, plan, &used),
                None => scenario_table(data, scenario, &used),
            };
            used.push(table.name.clone());
            tables.push(table);
        }
    }
    tables.extend(origin::origin_table(data));
    tables
}

fn districts_table(data: &Dataset) -> Table {
    Table {
        name: "Wijken".to_owned(),
        file_stem: "wijken".to_owned(),
        columns: titles(&[
            "Wijk",
            "CBS-code",
            "Wijkplatforms",
            "Status",
            "Buurten",
            "Situatie",
            ID_COLUMN,
        ]),
        rows: data
            .districts
            .iter()
            .map(|d| {
                let status = data
                    .district_status(&d.id)
                    .map_or("geen wijkplatform", |s| s.label_nl());
                vec![
                    text(&d.name),
                    text(&d.id),
                    Cell::Whole(
                        i64::try_from(data.platforms_of(&d.id).count()).unwrap_or(i64::MAX),
                    ),
                    text(status),
                    text(d.neighbourhoods.join(", ")),
                    text(&d.situation),
                    text(&d.id),
                ]
            })
            .collect(),
    }
}

fn platforms_table(data: &Dataset, include_contacts: bool) -> Table {
    let mut columns: Vec<String> = titles(&[
        "Wijkplatform",
        "Wijk",
        "Status",
        field_names::LEGAL_FORM.label,
        field_names::MEMBERS.label,
        "Leden (zoals de bron het zegt)",
        "Ondersteuningsbudget",
        "Initiatievenfonds",
        field_names::REACH.label,
        field_names::ACTIVITIES.label,
        field_names::CHALLENGES.label,
        field_names::NEEDS.label,
        field_names::NEXT_STEPS.label,
    ]);
    if include_contacts {
        columns.push(field_names::CONTACTS.label.to_owned());
    }
    columns.push(ID_COLUMN.to_owned());
    // In the wijken's order (West, Noordwest, … Vleuten-De Meern), as the
    // Bijlage and the app list them; within a wijk in the register's order.
    let mut platforms: Vec<&crate::model::Platform> = data.platforms.iter().collect();
    platforms.sort_by_key(|p| {
        data.districts
            .iter()
            .position(|d| d.id == p.district)
            .unwrap_or(usize::MAX)
    });
    let rows = platforms
        .into_iter()
        .map(|p| {
            let district = data
                .district(&p.district)
                .map_or(p.district.as_str(), |d| &d.name);
            let reach: Vec<String> = p
                .reach
                .iter()
                .map(|r| format!("{} {}", format::count(&r.count), r.description))
                .collect();
            let mut row = vec![
                text(&p.name),
                text(district),
                text(p.status.label_nl()),
                text(p.legal_form.label_nl()),
                p.members.as_ref().map_or(Cell::Empty, |m| {
                    i64::try_from(m.value).map_or(Cell::Empty, Cell::Whole)
                }),
                p.members
                    .as_ref()
                    .map_or(Cell::Empty, |m| text(format::count(m))),
                yes_no(p.funding.support_budget),
                yes_no(p.funding.initiatives_fund),
                text(reach.join("; ")),
                text(p.activities.join(LIST_SEPARATOR)),
                text(p.challenges.join(LIST_SEPARATOR)),
                text(p.needs.join(LIST_SEPARATOR)),
                text(steps_text(&p.next_steps)),
            ];
            if include_contacts {
                let contacts: Vec<String> = p.contacts.iter().map(Contact::summary).collect();
                row.push(text(contacts.join("; ")));
            }
            row.push(text(&p.id));
            row
        })
        .collect();
    Table {
        name: "Wijkplatforms".to_owned(),
        file_stem: "wijkplatforms".to_owned(),
        columns,
        rows,
    }
}

fn indicators_table(data: &Dataset) -> Table {
    let mut rows = Vec::new();
    for indicator in &data.indicators {
        let district = data
            .district(&indicator.district)
            .map_or(indicator.district.as_str(), |d| &d.name);
        let value = |v: Option<f64>| match (v, &indicator.unit) {
            (None, _) => Cell::Empty,
            (Some(v), Unit::Percent) => Cell::Percent(v),
            (Some(v), _) => Cell::Decimal(v),
        };
        for entry in &indicator.values {
            let source = data
                .sources
                .iter()
                .find(|s| s.id == entry.source.document)
                .map_or_else(|| entry.source.section.clone(), |s| s.title.clone());
            rows.push(vec![
                text(&indicator.name),
                optional(indicator.ambition.map(i64::from), Cell::Whole),
                text(district),
                text(indicator.unit.label_nl()),
                Cell::Year(entry.year),
                value(entry.district),
                value(entry.utrecht),
                text(source),
                text(indicator_row_id(&indicator.id, entry.year)),
            ]);
        }
    }
    Table {
        name: "Indicatoren".to_owned(),
        file_stem: "indicatoren".to_owned(),
        columns: titles(&[
            "Indicator",
            "Ambitie",
            "Wijk",
            "Eenheid",
            "Jaar",
            "Waarde wijk",
            "Utrechts gemiddelde",
            "Bron",
            ID_COLUMN,
        ]),
        rows,
    }
}

fn budget_table(data: &Dataset) -> Table {
    let rows = budget_years(&data.budget)
        .iter()
        .map(|y| {
            vec![
                Cell::Year(y.year),
                Cell::Euro(y.structural_eur),
                Cell::Euro(y.cut_eur),
                Cell::Text(y.incidental_text()),
                Cell::Euro(y.known_eur),
                Cell::Text(y.total_text()),
                Cell::Euro(y.allocated_eur),
                Cell::Euro(y.unallocated_eur),
            ]
        })
        .collect();
    Table {
        name: "Budget".to_owned(),
        file_stem: "budget".to_owned(),
        columns: titles(&[
            "Jaar",
            "Structureel",
            "Bezuiniging",
            "Incidenteel",
            "Bekend per jaar",
            "Wat het jaar heeft",
            "Toegewezen aan ambities",
            "Niet toegewezen (van wat bekend is)",
        ]),
        rows,
    }
}

fn scenarios_table(data: &Dataset) -> Table {
    Table {
        name: "Scenario's".to_owned(),
        file_stem: "scenarios".to_owned(),
        columns: titles(&["Scenario", "Vastgesteld", "Toelichting"]),
        rows: data
            .scenarios
            .iter()
            .map(|s| {
                vec![
                    text(&s.name),
                    text(if s.adopted { "ja" } else { "nee" }),
                    text(&s.explanation),
                ]
            })
            .collect(),
    }
}

/// A scenario: per ambition its amount per year, then the totals, the
/// money available and what is left.
fn scenario_table(data: &Dataset, scenario: &Scenario, used: &[String]) -> Table {
    let years: Vec<i32> = data.budget.years().collect();
    let mut columns = vec!["Ambitie".to_owned()];
    columns.extend(years.iter().map(i32::to_string));
    columns.push(ID_COLUMN.to_owned());
    // The ambitions' amounts are read back by their row's id; the totals
    // below them are worked out, so they have none.
    let mut rows: Vec<Vec<Cell>> = data
        .ambitions
        .iter()
        .map(|a| {
            std::iter::once(text(format!("{}. {}", a.id, a.name)))
                .chain(
                    years
                        .iter()
                        .map(|y| optional(scenario.amount(*y, a.id), Cell::Euro)),
                )
                .chain(std::iter::once(text(scenario_row_id(&scenario.id, a.id))))
                .collect()
        })
        .collect();
    let totals = |label: &str, value: &dyn Fn(i32) -> Option<i64>| -> Vec<Cell> {
        std::iter::once(text(label))
            .chain(years.iter().map(|y| optional(value(*y), Cell::Euro)))
            .chain(std::iter::once(Cell::Empty))
            .collect()
    };
    let available = |y: i32| money_to_distribute(&data.budget, y);
    rows.push(totals("Totaal verdeeld", &|y| scenario.total_in_year(y)));
    rows.push(totals("Beschikbaar (structureel)", &available));
    rows.push(totals("Over (negatief: te veel verdeeld)", &|y| {
        available(y)?.checked_sub(scenario.total_in_year(y)?)
    }));
    Table {
        name: sheet_name(&format!("Scenario {}", scenario.name), used),
        file_stem: format!("scenario-{}", file_stem(&scenario.name)),
        columns,
        rows,
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`,
/// not starting or ending with `'`, and unique (case-insensitive).
fn sheet_name(wanted: &str, used: &[String]) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    let base: String = cleaned.chars().take(31).collect();
    let taken = |name: &str| used.iter().any(|u| u.to_lowercase() == name.to_lowercase());
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = 31 - suffix.chars().count();
            format!("{}{suffix}", base.chars().take(room).collect::<String>())
        })
        .find(|name| !taken(name))
        .unwrap_or_default()
}

/// A file name part: lower case letters, digits and dashes.
fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ï' | 'î' => 'i',
            'ó' | 'ö' | 'ô' => 'o',
            'ú' | 'ü' | 'û' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
    }
    stem.trim_matches('-').chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_hold_the_shipped_figures_and_contacts_only_when_asked() {
        let data = crate::model::shipped_for_tests();
        let tables = export_tables(&data, false);
        let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Wijken",
                "Wijkplatforms",
                "Indicatoren",
                "Budget",
                "Interventies"
            ]
        );
        assert_eq!(tables[4].rows.len(), data.interventions.len());
        assert_eq!(tables[0].rows.len(), 10);
        assert_eq!(tables[1].rows.len(), 11);
        assert!(!tables[1].columns.iter().any(|c| c == "Contactpersonen"));
        let budget_2026 = tables[3].rows.iter().find(|r| r[0] == Cell::Year(2026));
        assert_eq!(
            budget_2026.map(|r| r[1].clone()),
            Some(Cell::Euro(3_299_000))
        );
        assert_eq!(budget_2026.map(|r| r[2].clone()), Some(Cell::Euro(719_000)));
        for table in &tables {
            assert!(
                table.rows.iter().all(|r| r.len() == table.columns.len()),
                "{}",
                table.name
            );
        }
        let with = export_tables(&data, true);
        // The contacts before the id, which stays the last column.
        let columns = &with[1].columns;
        assert_eq!(columns[columns.len() - 2], "Contactpersonen");
        assert_eq!(columns.last().map(String::as_str), Some(ID_COLUMN));
    }

    #[test]
    fn the_platform_sheet_is_in_the_wijken_s_order() {
        let data = crate::model::shipped_for_tests();
        let tables = export_tables(&data, false);
        let sheet = tables
            .iter()
            .find(|t| t.name == "Wijkplatforms")
            .unwrap_or_else(|| panic!("the platform sheet"));
        let order: Vec<usize> = sheet
            .rows
            .iter()
            .map(|row| match &row[1] {
                Cell::Text(wijk) => data
                    .districts
                    .iter()
                    .position(|d| d.name == *wijk)
                    .unwrap_or(usize::MAX),
                _ => usize::MAX,
            })
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        assert_eq!(order.len(), data.platforms.len());
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let used = vec!["Wijken".to_owned(), "Scenario a".to_owned()];
        assert_eq!(sheet_name("Scenario a", &used), "Scenario a (2)");
        assert_eq!(
            sheet_name("Scenario a/b: [x]?", &used),
            "Scenario a-b- -x--"
        );
        let long = sheet_name(&"x".repeat(40), &used);
        assert_eq!(long.chars().count(), 31);
        assert_eq!(file_stem("Wonen draagt één keer!"), "wonen-draagt-een-keer");
    }
}
