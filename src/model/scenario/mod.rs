//! Budget scenarios: a named distribution of the programme money over the
//! ambitions per year, with a short explanation; one may be the adopted one.
//!
//! Decision: a scenario distributes the *structural* municipal money of a
//! year (€ 4.018.000, from 2026 € 3.299.000): that is the money the cut is
//! about and the council decides on. Incidental money (the Regiodeal) has
//! its own purposes and stays outside the scenarios.

mod build;
mod compare;
mod rules;

pub use build::{ScenarioRule, build_allocations, cut_per_year, money_to_distribute};
pub use compare::{
    AmbitionComparison, ComparedAmount, Comparison, ScenarioTotals, amount_text, compare,
    left_parts, left_text,
};
pub use rules::{AfterCut, RuleError};

use serde::{Deserialize, Serialize};

use crate::model::Allocation;

/// One scenario for the money per ambition per year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable id.
    pub id: String,
    /// Name, e.g. "Evenredig minder".
    pub name: String,
    /// Why this distribution, in a few sentences.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// Whether this is the adopted scenario (at most one is).
    #[serde(default)]
    pub adopted: bool,
    /// Amount per ambition per year, whole euros.
    #[serde(default)]
    pub allocations: Vec<Allocation>,
    /// A scenario per intervention: what becomes of each from a year on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_intervention: Option<crate::model::InterventionPlan>,
}

impl Scenario {
    /// The amount of one ambition in one year, if entered.
    pub fn amount(&self, year: i32, ambition: u8) -> Option<i64> {
        crate::model::budget::amount_of(&self.allocations, year, ambition)
    }

    /// Everything distributed in a year; `None` when it does not fit a sum.
    pub fn total_in_year(&self, year: i32) -> Option<i64> {
        crate::model::budget::total_in_year(&self.allocations, year)
    }
}

/// A new id that no scenario in `existing` has: `scenario-1`, `scenario-2`, …
pub fn new_scenario_id(existing: &[Scenario]) -> String {
    crate::model::ids::numbered_id("scenario", 1, |id| existing.iter().any(|s| s.id == id))
}

/// Marks the scenario with `id` as the adopted one (or none when `adopted`
/// is false); at most one scenario is adopted.
pub fn set_adopted(scenarios: &mut [Scenario], id: &str, adopted: bool) {
    for scenario in scenarios {
        if scenario.id == id {
            scenario.adopted = adopted;
        } else if adopted {
            scenario.adopted = false;
        }
    }
}

/// Which scenarios are compared, for which year, against which reference
/// year: chosen in the scenario view, shown on the comparison slide.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioComparison {
    /// Ids of the compared scenarios (two or three; one shows just that one).
    pub scenarios: Vec<String>,
    /// The year compared.
    pub year: i32,
    /// The year the changes are measured against (usually 2025, before the cut).
    pub reference_year: i32,
}

impl ScenarioComparison {
    /// At most this many scenarios side by side: more do not fit a slide.
    pub const MAX_SCENARIOS: usize = 3;

    /// Nothing chosen yet (not written to the file).
    pub fn is_unset(&self) -> bool {
        *self == Self::default()
    }

    /// The compared scenarios that exist, in the chosen order.
    pub fn chosen<'a>(&'a self, scenarios: &'a [Scenario]) -> impl Iterator<Item = &'a Scenario> {
        self.scenarios
            .iter()
            .filter_map(|id| scenarios.iter().find(|s| s.id == *id))
            .take(Self::MAX_SCENARIOS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_new_and_only_one_scenario_is_adopted() {
        let mut scenarios = vec![
            Scenario {
                id: "scenario-1".into(),
                adopted: true,
                ..Scenario::default()
            },
            Scenario {
                id: "scenario-3".into(),
                ..Scenario::default()
            },
        ];
        assert_eq!(new_scenario_id(&scenarios), "scenario-2");
        set_adopted(&mut scenarios, "scenario-3", true);
        assert_eq!(
            scenarios.iter().map(|s| s.adopted).collect::<Vec<_>>(),
            [false, true]
        );
        set_adopted(&mut scenarios, "scenario-3", false);
        assert!(scenarios.iter().all(|s| !s.adopted));
    }
}
