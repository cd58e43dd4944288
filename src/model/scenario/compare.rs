//! The figures of scenarios side by side: per ambition the amount in a
//! year and its change against a reference year (euros and percent), and
//! per scenario the total against the money available.

use super::build::money_to_distribute;
use crate::model::format;
use crate::model::format::convert::exact_f64;
use crate::model::{Dataset, Scenario};

/// One scenario's amount for one ambition, and its change.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparedAmount {
    /// The amount in the compared year (`None`: not entered).
    pub amount_eur: Option<i64>,
    /// The amount in the reference year.
    pub reference_eur: Option<i64>,
    /// Amount − reference, when both are known.
    pub change_eur: Option<i64>,
    /// The change in percent of the reference, when that is not 0.
    pub change_percent: Option<f64>,
}

impl ComparedAmount {
    /// "-€ 143.800 (-17,9%)", or "geen bedrag" / "nieuw" where there is
    /// nothing to compare.
    pub fn change_text(&self) -> String {
        match (self.change_eur, self.change_percent) {
            (Some(change), Some(percent)) => {
                format!(
                    "{} ({})",
                    format::euro_change(change),
                    format::percent_change(percent)
                )
            }
            (Some(change), None) => format::euro_change(change),
            (None, _) if self.amount_eur.is_none() => "geen bedrag".to_owned(),
            (None, _) => "nieuw (geen bedrag in het referentiejaar)".to_owned(),
        }
    }

    fn new(amount_eur: Option<i64>, reference_eur: Option<i64>) -> Self {
        let change_eur = amount_eur
            .zip(reference_eur)
            .and_then(|(a, r)| a.checked_sub(r));
        let change_percent = change_eur
            .zip(reference_eur)
            .filter(|(_, r)| *r != 0)
            .map(|(change, r)| exact_f64(change) / exact_f64(r) * 100.0);
        Self {
            amount_eur,
            reference_eur,
            change_eur,
            change_percent,
        }
    }
}

/// One ambition across the compared scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct AmbitionComparison {
    /// Ambition number.
    pub ambition: u8,
    /// Ambition name.
    pub name: String,
    /// Its short name ("Jeugd"), for the chart's axis.
    pub short_name: String,
    /// Per compared scenario, in order.
    pub amounts: Vec<ComparedAmount>,
}

/// One scenario's totals in the compared year.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioTotals {
    /// Scenario id.
    pub id: String,
    /// Scenario name.
    pub name: String,
    /// Whether it is the adopted one.
    pub adopted: bool,
    /// Everything distributed, and its change against the reference year.
    pub distributed: ComparedAmount,
    /// The money available (structural municipal money) in the year.
    pub available_eur: Option<i64>,
    /// Available − distributed: positive is left unallocated, negative over-allocated.
    pub left_eur: Option<i64>,
}

/// Scenarios side by side for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The compared year.
    pub year: i32,
    /// The year changes are measured against.
    pub reference_year: i32,
    /// Per scenario, in order.
    pub scenarios: Vec<ScenarioTotals>,
    /// Per ambition.
    pub ambitions: Vec<AmbitionComparison>,
}

/// What is left: "€ 100.000 niet verdeeld", "€ 1.000 te veel verdeeld" or
/// "alles verdeeld".
pub fn left_text(left_eur: Option<i64>) -> String {
    match left_parts(left_eur) {
        (amount, Some(words)) => format!("{amount} {words}"),
        (words, None) => words,
    }
}

/// [`left_text`] in two parts, for a narrow column: the amount and what it
/// is ("€ 3.600", "niet verdeeld"); "alles verdeeld" and "onbekend" alone.
pub fn left_parts(left_eur: Option<i64>) -> (String, Option<&'static str>) {
    match left_eur {
        Some(0) => ("alles verdeeld".to_owned(), None),
        Some(left) if left > 0 => (format::euro(left), Some("niet verdeeld")),
        Some(left) => (
            format::euro(left.saturating_abs()),
            Some("te veel verdeeld"),
        ),
        None => ("onbekend".to_owned(), None),
    }
}

/// "geen bedrag" for an amount that is not entered.
pub fn amount_text(amount_eur: Option<i64>) -> String {
    amount_eur.map_or_else(|| "geen bedrag".to_owned(), format::euro)
}

/// Compares `scenarios` in `year` against `reference_year`.
pub fn compare(
    data: &Dataset,
    scenarios: &[&Scenario],
    year: i32,
    reference_year: i32,
) -> Comparison {
    let available_eur = money_to_distribute(&data.budget, year);
    // A scenario per intervention compares by the ambition totals its
    // interventions leave (derived here, never stored, so they follow the
    // amounts as the user enters them).
    let derived: Vec<Scenario> = scenarios
        .iter()
        .map(|scenario| match &scenario.per_intervention {
            Some(plan) => Scenario {
                allocations: crate::model::plan_allocations(data, plan),
                ..(*scenario).clone()
            },
            None => (*scenario).clone(),
        })
        .collect();
    let scenarios: Vec<&Scenario> = derived.iter().collect();
    let ambitions: Vec<u8> = data.ambitions.iter().map(|a| a.id).collect();
    let totals = scenarios
        .iter()
        .map(|scenario| {
            // A scenario per intervention knows an ambition's money only
            // when each of its interventions has an amount: its total is
            // unknown while one ambition is (never a sum of the known ones).
            let total = |y: i32| {
                let complete = scenario.per_intervention.is_none()
                    || ambitions.iter().all(|a| scenario.amount(y, *a).is_some());
                complete.then(|| entered_total(scenario, y)).flatten()
            };
            let in_year = total(year);
            let distributed = ComparedAmount::new(in_year, total(reference_year));
            let left_eur = match (&scenario.per_intervention, in_year) {
                (Some(_), None) => None,
                _ => available_eur.and_then(|a| a.checked_sub(in_year.unwrap_or(0))),
            };
            ScenarioTotals {
                id: scenario.id.clone(),
                name: scenario.name.clone(),
                adopted: scenario.adopted,
                left_eur,
                distributed,
                available_eur,
            }
        })
        .collect();
    let ambitions = data
        .ambitions
        .iter()
        .map(|ambition| AmbitionComparison {
            ambition: ambition.id,
            name: ambition.name.clone(),
            short_name: ambition.short().to_owned(),
            amounts: scenarios
                .iter()
                .map(|s| {
                    ComparedAmount::new(
                        s.amount(year, ambition.id),
                        s.amount(reference_year, ambition.id),
                    )
                })
                .collect(),
        })
        .collect();
    Comparison {
        year,
        reference_year,
        scenarios: totals,
        ambitions,
    }
}

/// The total of a year, `None` when nothing is entered for it (or it does not fit).
fn entered_total(scenario: &Scenario, year: i32) -> Option<i64> {
    scenario
        .allocations
        .iter()
        .any(|a| a.year == year)
        .then(|| scenario.total_in_year(year))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Allocation, ScenarioRule, build_allocations};

    #[test]
    fn two_scenarios_side_by_side_give_amounts_changes_and_what_is_left() {
        let mut data = crate::model::shipped_for_tests();
        let evenly = build_allocations(&data, &ScenarioRule::Evenly).unwrap_or_default();
        let mut short = evenly.clone();
        // Ambition 1 gets € 100.000 less in 2026 than the even split: unallocated.
        for a in short
            .iter_mut()
            .filter(|a| a.year == 2026 && a.ambition == 1)
        {
            a.amount_eur -= 100_000;
        }
        short.push(Allocation {
            year: 2031,
            ambition: 1,
            amount_eur: 1,
        });
        data.scenarios = vec![
            Scenario {
                id: "a".into(),
                name: "Gelijk".into(),
                allocations: evenly,
                ..Scenario::default()
            },
            Scenario {
                id: "b".into(),
                name: "Minder".into(),
                allocations: short,
                adopted: true,
                ..Scenario::default()
            },
        ];
        let chosen: Vec<&Scenario> = data.scenarios.iter().collect();
        let comparison = compare(&data, &chosen, 2026, 2025);
        let first = &comparison.ambitions[0];
        assert_eq!(first.amounts[0].amount_eur, Some(659_800));
        assert_eq!(first.amounts[0].reference_eur, Some(803_600));
        assert_eq!(first.amounts[0].change_eur, Some(-143_800));
        let percent = first.amounts[0].change_percent.unwrap_or_default();
        assert!((percent - -17.894_474).abs() < 1e-4, "{percent}");
        assert_eq!(first.amounts[1].amount_eur, Some(559_800));
        let [gelijk, minder] = comparison.scenarios.as_slice() else {
            panic!("two scenarios expected");
        };
        assert_eq!(gelijk.distributed.amount_eur, Some(3_299_000));
        assert_eq!(gelijk.distributed.change_eur, Some(-719_000));
        assert_eq!(gelijk.available_eur, Some(3_299_000));
        assert_eq!(gelijk.left_eur, Some(0));
        assert_eq!(minder.left_eur, Some(100_000));
        assert!(minder.adopted);
        // A year without amounts: nothing distributed, everything left.
        let empty_year = compare(&data, &chosen, 2031, 2025);
        assert_eq!(empty_year.scenarios[0].distributed.amount_eur, None);
        assert_eq!(empty_year.ambitions[1].amounts[0].change_percent, None);
    }

    #[test]
    fn over_allocation_shows_as_negative_left() {
        let mut data = crate::model::shipped_for_tests();
        data.scenarios = vec![Scenario {
            id: "a".into(),
            name: "Te veel".into(),
            allocations: vec![Allocation {
                year: 2026,
                ambition: 2,
                amount_eur: 3_300_000,
            }],
            ..Scenario::default()
        }];
        let chosen: Vec<&Scenario> = data.scenarios.iter().collect();
        let comparison = compare(&data, &chosen, 2026, 2025);
        assert_eq!(comparison.scenarios[0].left_eur, Some(-1_000));
        assert_eq!(
            comparison.ambitions[1].amounts[0].change_percent, None,
            "no reference amount"
        );
    }
}
