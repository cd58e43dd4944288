//! A scenario per intervention as a sheet: a row per intervention with its
//! amount in the plan's year, the decision (houden, verlagen, stoppen), the
//! new amount, whether it is locked, and what it gives up; the saving
//! against the cut under it (worked out, not read back).

use super::{Cell, ID_COLUMN, Table, file_stem, optional, sheet_name, text};
use crate::model::{Dataset, Decision, InterventionPlan, Scenario, cut_outcome};

/// The titles of the decision and lock columns, shared with the read-back.
pub(crate) mod columns {
    /// The decision.
    pub(crate) const DECISION: &str = "Besluit";
    /// The amount a reduced intervention keeps.
    pub(crate) const NEW_AMOUNT: &str = "Nieuw bedrag";
    /// Locked.
    pub(crate) const LOCKED: &str = "Vast";
}

/// The id of an intervention's row in a scenario's sheet: "per#jongerenpunt".
pub(crate) fn plan_row_id(scenario: &str, intervention: &str) -> String {
    format!("{scenario}#{intervention}")
}

/// The decision as a word in the sheet.
pub(crate) fn decision_word(decision: Decision) -> &'static str {
    match decision {
        Decision::Houden => "houden",
        Decision::Verlagen(_) => "verlagen",
        Decision::Stoppen => "stoppen",
    }
}

/// The sheet of `scenario`'s `plan`.
pub(super) fn plan_table(
    data: &Dataset,
    scenario: &Scenario,
    plan: &InterventionPlan,
    used: &[String],
) -> Table {
    let outcome = cut_outcome(data, plan);
    let columns = vec![
        "Interventie".to_owned(),
        "Ambitie".to_owned(),
        format!("Bedrag {}", plan.from_year),
        columns::DECISION.to_owned(),
        columns::NEW_AMOUNT.to_owned(),
        columns::LOCKED.to_owned(),
        "Levert in".to_owned(),
        ID_COLUMN.to_owned(),
    ];
    let mut rows: Vec<Vec<Cell>> = outcome
        .interventions
        .iter()
        .map(|planned| {
            let new_amount = match planned.decision {
                Decision::Verlagen(to) => Cell::Euro(to),
                _ => Cell::Empty,
            };
            vec![
                text(planned.name.clone()),
                Cell::Whole(i64::from(planned.ambition)),
                optional(planned.amount, Cell::Euro),
                text(decision_word(planned.decision)),
                new_amount,
                text(if planned.locked { "ja" } else { "nee" }),
                Cell::Euro(planned.loses),
                text(plan_row_id(&scenario.id, &planned.id)),
            ]
        })
        .collect();
    let footer = |label: String, value: Option<i64>| {
        let mut row = vec![Cell::Empty; 8];
        row[0] = text(label);
        row[6] = optional(value, Cell::Euro);
        row
    };
    rows.push(footer("Besparing".to_owned(), outcome.saving));
    rows.push(footer(
        format!("Bezuiniging {}", outcome.year),
        outcome.target,
    ));
    Table {
        name: sheet_name(&format!("Scenario {}", scenario.name), used),
        file_stem: format!("scenario-{}", file_stem(&scenario.name)),
        columns,
        rows,
    }
}
