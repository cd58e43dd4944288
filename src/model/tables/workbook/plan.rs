//! A scenario per intervention's sheet read back: per intervention (its
//! row, found by the id "scenario#interventie") the decision, the new
//! amount when it is reduced, and whether it is locked. The amount, what
//! it gives up and the saving are worked out and not read.

use super::{Columns, WorkbookImport, rows_by_id};
use crate::model::format::convert::rounded_i64;
use crate::model::tables::ID_COLUMN;
use crate::model::tables::plan::columns;
use crate::model::tables::sheet::{Percentages, Sheet};
use crate::model::{Dataset, Decision};

/// Whether `sheet` is a scenario per intervention's sheet.
pub(super) fn is_plan_sheet(sheet: &Sheet) -> bool {
    let columns = Columns::of(sheet);
    columns.at(columns::DECISION).is_some() && columns.at(ID_COLUMN).is_some()
}

/// Reads the decisions of `sheet` into the import's data.
pub(super) fn plan_decisions(import: &mut WorkbookImport, data: &Dataset, sheet: &Sheet) {
    let columns = Columns::of(sheet);
    let (Some(id_column), Some(decision_column)) =
        (columns.at(ID_COLUMN), columns.at(columns::DECISION))
    else {
        return;
    };
    let amount_column = columns.at(columns::NEW_AMOUNT);
    let locked_column = columns.at(columns::LOCKED);
    let mut worked_out = false;
    for (row, row_id, _) in rows_by_id(import, sheet, id_column) {
        if row_id.is_empty() {
            worked_out = true; // the saving and the cut: worked out
            continue;
        }
        let target = row_id.split_once('#').and_then(|(scenario, intervention)| {
            let scenario = data
                .scenarios
                .iter()
                .position(|s| s.id == scenario && s.per_intervention.is_some())?;
            data.interventions
                .iter()
                .any(|i| i.id == intervention)
                .then(|| (scenario, intervention.to_owned()))
        });
        let Some((scenario, intervention)) = target else {
            import.problems.push(format!(
                "{}: deze rij kent de app niet ({row_id}); is het scenario of de interventie in de app verwijderd?",
                sheet.row_place(row)
            ));
            continue;
        };
        let decision = match decision(sheet, row, decision_column, amount_column) {
            Ok(decision) => decision,
            Err(problem) => {
                import.problems.push(problem);
                continue;
            }
        };
        let locked = match locked_column.map(|c| (c, sheet.cell(row, c).text())) {
            None => None,
            Some((column, word)) => match word.trim().to_lowercase().as_str() {
                "ja" => Some(true),
                "nee" | "" => Some(false),
                other => {
                    import.problems.push(format!(
                        "{}: '{other}' is geen ja of nee; vul ja (vast) of nee in.",
                        sheet.place(row, column)
                    ));
                    continue;
                }
            },
        };
        if let Some(plan) = import.data.scenarios[scenario].per_intervention.as_mut() {
            if plan.decision(&intervention) != decision {
                plan.set_decision(&intervention, decision);
            }
            if let Some(locked) = locked
                && plan.is_locked(&intervention) != locked
            {
                plan.set_locked(&intervention, locked);
            }
        }
    }
    if worked_out {
        import.skipped.push(format!(
            "{}: de besparing en de bezuiniging eronder worden uitgerekend, niet ingelezen.",
            sheet.name
        ));
    }
}

fn decision(
    sheet: &Sheet,
    row: usize,
    column: usize,
    amount_column: Option<usize>,
) -> Result<Decision, String> {
    let word = sheet.cell(row, column).text().trim().to_lowercase();
    match word.as_str() {
        "houden" | "" => Ok(Decision::Houden),
        "stoppen" => Ok(Decision::Stoppen),
        "verlagen" => {
            let place = amount_column.map_or_else(|| sheet.row_place(row), |c| sheet.place(row, c));
            let value = amount_column
                .map(|c| sheet.number(row, c, Percentages::No))
                .transpose()?
                .flatten()
                .ok_or_else(|| {
                    format!("{place}: verlagen zonder nieuw bedrag; vul het bedrag in dat de interventie houdt.")
                })?;
            if value.fract() != 0.0 || value < 0.0 {
                return Err(format!(
                    "{place}: {} is geen bedrag in hele euro's van 0 of meer.",
                    crate::model::format::decimal(value, 2)
                ));
            }
            Ok(Decision::Verlagen(rounded_i64(value)))
        }
        other => Err(format!(
            "{}: besluit '{other}' kent de app niet; vul houden, verlagen of stoppen in.",
            sheet.place(row, column)
        )),
    }
}
