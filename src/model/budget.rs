use serde::{Deserialize, Serialize};

use super::SourceRef;
use super::limits::{bounded_years, checked_sum};

/// A structural change of the yearly municipal money from a year on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructuralChange {
    /// First year the change applies.
    pub from_year: i32,
    /// Change in whole euros per year (negative for a cut).
    pub amount_eur: i64,
    /// What the change is, e.g. "structurele bezuiniging".
    pub description: String,
    /// Where it is decided.
    pub source: SourceRef,
}

/// Incidental money for a number of years, such as the Regiodeal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentalFunding {
    /// Stable id.
    pub id: String,
    /// Name, e.g. "Regiodeal (vitale wijken 2.0)".
    pub name: String,
    /// Total over all its years in whole euros (`None`: amount not known).
    pub total_eur: Option<i64>,
    /// First year.
    pub first_year: i32,
    /// Last year (inclusive).
    pub last_year: i32,
    /// Whether the money is granted; unconfirmed money is shown apart.
    pub confirmed: bool,
    /// Where it comes from.
    pub source: SourceRef,
}

impl IncidentalFunding {
    /// The amount in one year: the total spread evenly over the years, the
    /// remainder in the first year so that the years add up to the total.
    /// `None` when the amount is not known.
    pub fn amount_in_year(&self, year: i32) -> Option<i64> {
        let total = self.total_eur?;
        if year < self.first_year || year > self.last_year {
            return Some(0);
        }
        // In i64: a range of i32 years always fits, and is at least 1 here.
        let years = (i64::from(self.last_year) - i64::from(self.first_year) + 1).max(1);
        let share = total / years;
        let remainder = total % years;
        Some(if year == self.first_year {
            share + remainder
        } else {
            share
        })
    }
}

/// Money the user allocated to an ambition in a year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation {
    /// The year.
    pub year: i32,
    /// The ambition (1–5).
    pub ambition: u8,
    /// Whole euros.
    pub amount_eur: i64,
}

/// Sets the amount of an ambition in a year in `allocations`: changes the
/// entry, adds one, or removes it when `amount` is `None` (unknown).
pub fn set_allocation(
    allocations: &mut Vec<Allocation>,
    year: i32,
    ambition: u8,
    amount: Option<i64>,
) {
    let existing = allocations
        .iter()
        .position(|a| a.year == year && a.ambition == ambition);
    match (existing, amount) {
        (Some(i), Some(amount_eur)) => allocations[i].amount_eur = amount_eur,
        (Some(i), None) => {
            allocations.remove(i);
        }
        (None, Some(amount_eur)) => allocations.push(Allocation {
            year,
            ambition,
            amount_eur,
        }),
        (None, None) => {}
    }
}

/// The budget of the programme.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Name of the programme.
    pub programme: String,
    /// First year shown.
    pub first_year: i32,
    /// Last year shown.
    pub last_year: i32,
    /// Structural municipal money per year before any change, in whole euros.
    pub structural_eur: i64,
    /// Where the structural amount comes from.
    pub structural_source: SourceRef,
    /// Structural changes from a year on (the 2026 cut).
    pub structural_changes: Vec<StructuralChange>,
    /// Incidental money.
    pub incidental: Vec<IncidentalFunding>,
    /// Allocation per ambition per year, where the user has entered it.
    #[serde(default)]
    pub allocations: Vec<Allocation>,
    /// Standard yearly support budget per wijkplatform in whole euros.
    pub platform_support_eur: i64,
    /// Where the support budget comes from.
    pub platform_support_source: SourceRef,
}

impl Budget {
    /// The years shown, first to last, bounded to 1900–2100 and at most 100
    /// years whatever the file says.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        bounded_years(self.first_year, self.last_year)
    }

    /// Structural municipal money in a year, after every change in force;
    /// `None` when the amounts do not fit in a sum.
    pub fn structural_in_year(&self, year: i32) -> Option<i64> {
        checked_sum(
            std::iter::once(self.structural_eur).chain(
                self.structural_changes
                    .iter()
                    .filter(|change| change.from_year <= year)
                    .map(|change| change.amount_eur),
            ),
        )
    }

    /// Confirmed incidental money in a year (unknown amounts count as 0).
    pub fn confirmed_incidental_in_year(&self, year: i32) -> Option<i64> {
        checked_sum(
            self.incidental
                .iter()
                .filter(|funding| funding.confirmed)
                .filter_map(|funding| funding.amount_in_year(year)),
        )
    }

    /// What a year has: structural plus confirmed incidental money.
    pub fn available_in_year(&self, year: i32) -> Option<i64> {
        self.structural_in_year(year)?
            .checked_add(self.confirmed_incidental_in_year(year)?)
    }

    /// Money allocated to ambitions in a year.
    pub fn allocated_in_year(&self, year: i32) -> Option<i64> {
        total_in_year(&self.allocations, year)
    }

    /// The allocation of one ambition in one year, if entered.
    pub fn allocation(&self, year: i32, ambition: u8) -> Option<i64> {
        amount_of(&self.allocations, year, ambition)
    }
}

/// The amount of one ambition in one year in `allocations`, if entered.
pub fn amount_of(allocations: &[Allocation], year: i32, ambition: u8) -> Option<i64> {
    allocations
        .iter()
        .find(|allocation| allocation.year == year && allocation.ambition == ambition)
        .map(|allocation| allocation.amount_eur)
}

/// Everything in `allocations` for a year; `None` when it does not fit a sum.
pub fn total_in_year(allocations: &[Allocation], year: i32) -> Option<i64> {
    checked_sum(
        allocations
            .iter()
            .filter(|allocation| allocation.year == year)
            .map(|allocation| allocation.amount_eur),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overvecht_budget() -> Budget {
        Budget {
            first_year: 2024,
            last_year: 2030,
            structural_eur: 4_018_000,
            structural_changes: vec![StructuralChange {
                from_year: 2026,
                amount_eur: -719_000,
                ..StructuralChange::default()
            }],
            incidental: vec![IncidentalFunding {
                total_eur: Some(10_000_000),
                first_year: 2025,
                last_year: 2028,
                confirmed: true,
                ..IncidentalFunding::default()
            }],
            ..Budget::default()
        }
    }

    #[test]
    fn the_cut_applies_from_2026() {
        let budget = overvecht_budget();
        assert_eq!(budget.structural_in_year(2025), Some(4_018_000));
        assert_eq!(budget.structural_in_year(2026), Some(3_299_000));
        assert_eq!(budget.structural_in_year(2030), Some(3_299_000));
    }

    #[test]
    fn incidental_money_adds_up_to_its_total() {
        let budget = overvecht_budget();
        let sum: i64 = budget
            .years()
            .filter_map(|y| budget.confirmed_incidental_in_year(y))
            .sum();
        assert_eq!(sum, 10_000_000);
        assert_eq!(budget.confirmed_incidental_in_year(2024), Some(0));
        assert_eq!(budget.available_in_year(2026), Some(3_299_000 + 2_500_000));
    }

    #[test]
    fn extreme_amounts_never_wrap() {
        let budget = Budget {
            first_year: 2024,
            last_year: 2030,
            structural_eur: i64::MAX,
            structural_changes: vec![StructuralChange {
                from_year: 2026,
                amount_eur: 1,
                ..StructuralChange::default()
            }],
            incidental: vec![IncidentalFunding {
                total_eur: Some(i64::MIN),
                first_year: i32::MIN,
                last_year: i32::MAX,
                confirmed: true,
                ..IncidentalFunding::default()
            }],
            ..Budget::default()
        };
        assert_eq!(budget.structural_in_year(2025), Some(i64::MAX));
        assert_eq!(budget.structural_in_year(2026), None);
        assert_eq!(budget.available_in_year(2026), None);
        assert!(budget.confirmed_incidental_in_year(2025).is_some());
    }

    #[test]
    fn uneven_totals_put_the_remainder_in_the_first_year() {
        let funding = IncidentalFunding {
            total_eur: Some(10),
            first_year: 2025,
            last_year: 2027,
            ..IncidentalFunding::default()
        };
        assert_eq!(funding.amount_in_year(2025), Some(4));
        assert_eq!(funding.amount_in_year(2026), Some(3));
    }
}
