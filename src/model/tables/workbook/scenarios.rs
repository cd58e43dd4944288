//! A scenario's sheet of the app's own workbook read back: per ambition
//! (its row, found by the id "scenario/ambitie") the amount in each year's
//! column. The totals under them are worked out and not read. An emptied
//! cell means no amount for that year, as in the app.

use super::{Columns, MissingRow, WorkbookImport, rows_by_id};
use crate::model::format::convert::rounded_i64;
use crate::model::tables::ID_COLUMN;
use crate::model::tables::scenario_row_id;
use crate::model::tables::sheet::{Percentages, Sheet};
use crate::model::{Dataset, set_allocation};

/// Whether `sheet` is a scenario's sheet (or CSV file) of the app's export.
pub(super) fn is_scenario_sheet(sheet: &Sheet) -> bool {
    let name = sheet.name.to_lowercase();
    name.starts_with("scenario ") || name.starts_with("scenario-")
}

/// Reads a scenario's amounts from `sheet` into the import's data.
pub(super) fn scenario_amounts(import: &mut WorkbookImport, data: &Dataset, sheet: &Sheet) {
    let columns = Columns::of(sheet);
    let Some(id_column) = columns.at(ID_COLUMN) else {
        import.problems.push(format!(
            "{}: de kolom '{ID_COLUMN}' ontbreekt; lees de werkmap in zoals de app haar schreef.",
            sheet.name
        ));
        return;
    };
    // A year's column by its title ("2026", or "2026 (€)" in the CSV files).
    let years: Vec<(usize, i32)> = data
        .budget
        .years()
        .filter_map(|year| Some((columns.at(&year.to_string())?, year)))
        .collect();
    let mut scenario_of_sheet = None;
    let mut present = std::collections::BTreeSet::new();
    let mut has_totals = false;
    for (row, row_id, _) in rows_by_id(import, sheet, id_column) {
        if row_id.is_empty() {
            has_totals = true; // worked out from the amounts, not read
            continue;
        }
        let target = row_id.rsplit_once('/').and_then(|(scenario, ambition)| {
            let scenario = data.scenarios.iter().position(|s| s.id == scenario)?;
            let ambition = ambition.parse::<u8>().ok()?;
            data.ambitions
                .iter()
                .any(|a| a.id == ambition)
                .then_some((scenario, ambition))
        });
        let Some((scenario, ambition)) = target else {
            import.problems.push(format!(
                "{}: deze rij kent de app niet ({row_id}); is het scenario of de ambitie in de app verwijderd?",
                sheet.row_place(row)
            ));
            continue;
        };
        scenario_of_sheet = Some(scenario);
        present.insert(row_id.clone());
        for &(column, year) in &years {
            match amount(sheet, row, column) {
                Ok(amount) => set_allocation(
                    &mut import.data.scenarios[scenario].allocations,
                    year,
                    ambition,
                    amount,
                ),
                Err(problem) => import.problems.push(problem),
            }
        }
    }
    if has_totals {
        import.skipped.push(format!(
            "{}: de totalen onder de ambities worden uitgerekend, niet ingelezen.",
            sheet.name
        ));
    }
    // An ambition's row taken out of the sheet: a question, never a deletion
    // on its own.
    if let Some(index) = scenario_of_sheet {
        let scenario = &data.scenarios[index];
        for ambition in &data.ambitions {
            let id = scenario_row_id(&scenario.id, ambition.id);
            let has_amounts = scenario
                .allocations
                .iter()
                .any(|a| a.ambition == ambition.id);
            if has_amounts && !present.contains(&id) {
                import.missing.push(MissingRow {
                    sheet: "Scenario's".to_owned(),
                    id,
                    label: format!(
                        "de bedragen van ambitie {}. {} in scenario {}",
                        ambition.id, ambition.name, scenario.name
                    ),
                });
            }
        }
    }
}

/// The amount in whole euros a cell holds; empty is no amount. (How large
/// a number may be, `Sheet::number` says.)
fn amount(sheet: &Sheet, row: usize, column: usize) -> Result<Option<i64>, String> {
    let place = sheet.place(row, column);
    let Some(value) = sheet.number(row, column, Percentages::No)? else {
        return Ok(None);
    };
    if value.fract() != 0.0 {
        return Err(format!(
            "{place}: {} is geen bedrag in hele euro's; rond het af.",
            crate::model::format::decimal(value, 2)
        ));
    }
    Ok(Some(rounded_i64(value)))
}
