//! Filling a new scenario for every budget year by one of the rules: empty,
//! a copy, evenly, in proportion to a scenario's year, or the cut split over
//! the ambitions by percentage. The money of a year is the structural
//! municipal money (see `scenario`).

use super::rules::{AfterCut, RuleError, apply_cut, split_evenly, split_in_proportion};
use crate::model::{Allocation, Budget, Dataset, Scenario};

/// How a new scenario is filled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioRule {
    /// No amounts yet.
    Empty,
    /// The amounts of this scenario (by id).
    CopyOf(String),
    /// Each year's money evenly over the ambitions.
    Evenly,
    /// Each year's money in proportion to a scenario's amounts in one year.
    InProportion {
        /// The scenario followed (by id).
        base: String,
        /// Its year whose shares are followed.
        year: i32,
    },
    /// The reference year's distribution, less each year's cut split over
    /// the ambitions by percentage.
    Cut {
        /// The scenario whose reference year is the start (by id); `None`:
        /// the reference year's money evenly.
        base: Option<String>,
        /// The year before the cut.
        reference_year: i32,
        /// Share of the cut per ambition, in hundredths of a percent (together 10.000).
        percent_hundredths: Vec<(u8, i64)>,
    },
}

/// The money a scenario distributes in a year: the structural municipal money.
pub fn money_to_distribute(budget: &Budget, year: i32) -> Option<i64> {
    budget.structural_in_year(year)
}

/// The amounts of the scenario the rule makes, for every budget year.
///
/// # Errors
/// What the rule cannot do, in Dutch: no ambitions, nothing to follow,
/// percentages that do not make 100, an ambition that would go below zero.
pub fn build_allocations(
    data: &Dataset,
    rule: &ScenarioRule,
) -> Result<Vec<Allocation>, RuleError> {
    let ambitions: Vec<u8> = data.ambitions.iter().map(|a| a.id).collect();
    let mut allocations = Vec::new();
    let mut push = |year: i32, shares: Vec<(u8, i64)>| {
        allocations.extend(shares.into_iter().map(|(ambition, amount_eur)| Allocation {
            year,
            ambition,
            amount_eur,
        }));
    };
    match rule {
        ScenarioRule::Empty => {}
        ScenarioRule::CopyOf(id) => return Ok(scenario(data, id)?.allocations.clone()),
        ScenarioRule::Evenly => {
            for year in data.budget.years() {
                push(year, split_evenly(money(&data.budget, year)?, &ambitions)?);
            }
        }
        ScenarioRule::InProportion { base, year } => {
            let base = scenario(data, base)?;
            let weights = shares_in_year(base, *year, &ambitions);
            for target in data.budget.years() {
                push(
                    target,
                    split_in_proportion(money(&data.budget, target)?, &weights)?,
                );
            }
        }
        ScenarioRule::Cut { .. } => {
            for (year, after) in cut_per_year(data, rule)? {
                push(
                    year,
                    after.iter().map(|a| (a.ambition, a.after_eur)).collect(),
                );
            }
        }
    }
    Ok(allocations)
}

/// For the cut rule: per budget year what each ambition had in the
/// reference year, loses, and keeps. The loss of a year is how much less
/// money there is than in the reference year.
///
/// # Errors
/// As [`build_allocations`]; also when `rule` is not a cut.
pub fn cut_per_year(
    data: &Dataset,
    rule: &ScenarioRule,
) -> Result<Vec<(i32, Vec<AfterCut>)>, RuleError> {
    let ScenarioRule::Cut {
        base,
        reference_year,
        percent_hundredths,
    } = rule
    else {
        return Err(RuleError::NothingToFollow);
    };
    let ambitions: Vec<u8> = data.ambitions.iter().map(|a| a.id).collect();
    let reference_money = money(&data.budget, *reference_year)?;
    let before = match base {
        Some(id) => shares_in_year(scenario(data, id)?, *reference_year, &ambitions),
        None => split_evenly(reference_money, &ambitions)?,
    };
    if before.iter().all(|(_, amount)| *amount == 0) {
        return Err(RuleError::NothingToFollow);
    }
    data.budget
        .years()
        .map(|year| {
            let cut = reference_money
                .checked_sub(money(&data.budget, year)?)
                .ok_or(RuleError::TooLarge)?;
            let after = apply_cut(&before, cut, percent_hundredths)?;
            if let Some(short) = after.iter().find(|a| a.after_eur < 0) {
                return Err(RuleError::BelowZero {
                    ambition: short.ambition,
                    year,
                });
            }
            Ok((year, after))
        })
        .collect()
}

fn money(budget: &Budget, year: i32) -> Result<i64, RuleError> {
    money_to_distribute(budget, year).ok_or(RuleError::TooLarge)
}

fn scenario<'a>(data: &'a Dataset, id: &str) -> Result<&'a Scenario, RuleError> {
    data.scenarios
        .iter()
        .find(|s| s.id == id)
        .ok_or(RuleError::UnknownScenario)
}

/// A scenario's amount per ambition in a year (missing amounts are 0).
fn shares_in_year(scenario: &Scenario, year: i32, ambitions: &[u8]) -> Vec<(u8, i64)> {
    ambitions
        .iter()
        .map(|a| (*a, scenario.amount(year, *a).unwrap_or(0).max(0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Dataset {
        crate::model::shipped_for_tests()
    }

    fn total(allocations: &[Allocation], year: i32) -> i64 {
        allocations
            .iter()
            .filter(|a| a.year == year)
            .map(|a| a.amount_eur)
            .sum()
    }

    #[test]
    fn evenly_distributes_each_years_structural_money_exactly() {
        let data = shipped();
        let allocations = build_allocations(&data, &ScenarioRule::Evenly).unwrap_or_default();
        assert_eq!(total(&allocations, 2025), 4_018_000);
        assert_eq!(total(&allocations, 2026), 3_299_000);
        assert_eq!(allocations.len(), 5 * data.budget.years().count());
        assert_eq!(
            build_allocations(&data, &ScenarioRule::Empty),
            Ok(Vec::new())
        );
    }

    #[test]
    fn the_cut_rule_says_what_each_ambition_loses_and_adds_up() {
        let data = shipped();
        let rule = ScenarioRule::Cut {
            base: None,
            reference_year: 2025,
            percent_hundredths: vec![(1, 4000), (2, 3000), (3, 2000), (4, 1000), (5, 0)],
        };
        let per_year = cut_per_year(&data, &rule).unwrap_or_default();
        let (_, in_2026) = per_year
            .iter()
            .find(|(y, _)| *y == 2026)
            .cloned()
            .unwrap_or_default();
        let losses: Vec<i64> = in_2026.iter().map(|a| a.loss_eur).collect();
        assert_eq!(losses, [287_600, 215_700, 143_800, 71_900, 0]);
        let (_, in_2025) = per_year
            .iter()
            .find(|(y, _)| *y == 2025)
            .cloned()
            .unwrap_or_default();
        assert!(in_2025.iter().all(|a| a.loss_eur == 0));
        let allocations = build_allocations(&data, &rule).unwrap_or_default();
        assert_eq!(total(&allocations, 2026), 3_299_000);
        assert_eq!(total(&allocations, 2030), 3_299_000);
    }

    #[test]
    fn a_cut_larger_than_an_ambition_has_is_refused() {
        let mut data = shipped();
        data.scenarios.push(Scenario {
            id: "s1".into(),
            name: "Scheef".into(),
            allocations: vec![
                Allocation {
                    year: 2025,
                    ambition: 1,
                    amount_eur: 4_000_000,
                },
                Allocation {
                    year: 2025,
                    ambition: 2,
                    amount_eur: 18_000,
                },
            ],
            ..Scenario::default()
        });
        let rule = ScenarioRule::Cut {
            base: Some("s1".into()),
            reference_year: 2025,
            percent_hundredths: vec![(1, 5000), (2, 5000)],
        };
        assert_eq!(
            build_allocations(&data, &rule),
            Err(RuleError::BelowZero {
                ambition: 2,
                year: 2026
            })
        );
    }

    #[test]
    fn in_proportion_follows_a_scenarios_year_and_copy_copies() {
        let mut data = shipped();
        data.scenarios.push(Scenario {
            id: "s1".into(),
            name: "Basis".into(),
            allocations: vec![
                Allocation {
                    year: 2025,
                    ambition: 1,
                    amount_eur: 3,
                },
                Allocation {
                    year: 2025,
                    ambition: 2,
                    amount_eur: 1,
                },
            ],
            ..Scenario::default()
        });
        let rule = ScenarioRule::InProportion {
            base: "s1".into(),
            year: 2025,
        };
        let allocations = build_allocations(&data, &rule).unwrap_or_default();
        let in_2026: Vec<i64> = allocations
            .iter()
            .filter(|a| a.year == 2026)
            .map(|a| a.amount_eur)
            .collect();
        assert_eq!(in_2026, [2_474_250, 824_750, 0, 0, 0]);
        let copy = build_allocations(&data, &ScenarioRule::CopyOf("s1".into())).unwrap_or_default();
        assert_eq!(copy, data.scenarios[0].allocations);
        assert_eq!(
            build_allocations(&data, &ScenarioRule::CopyOf("nope".into())),
            Err(RuleError::UnknownScenario)
        );
    }
}
