//! Budget scenarios: a named distribution of the programme money over the
//! ambitions per year, with a short explanation; one may be the adopted one.

use serde::{Deserialize, Serialize};

use super::Allocation;

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
}

impl Scenario {
    /// The amount of one ambition in one year, if entered.
    pub fn amount(&self, year: i32, ambition: u8) -> Option<i64> {
        self.allocations
            .iter()
            .find(|a| a.year == year && a.ambition == ambition)
            .map(|a| a.amount_eur)
    }

    /// Everything distributed in a year; `None` when it does not fit a sum.
    pub fn total_in_year(&self, year: i32) -> Option<i64> {
        super::limits::checked_sum(
            self.allocations
                .iter()
                .filter(|a| a.year == year)
                .map(|a| a.amount_eur),
        )
    }
}
