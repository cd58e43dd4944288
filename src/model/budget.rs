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

/// Incidental money for a number of years, such as the Regiodeal: one
/// amount for the whole period, as the sources give it.
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
    /// The amounts per year where the user entered them (schema 7). The
    /// sources give the Regiodeal for its four years together, so the
    /// shipped data has none: a year without an entry is "niet bekend",
    /// never an even share.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub per_year: Vec<YearAmount>,
}

/// An amount of money in one year, as the user entered it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearAmount {
    /// The year.
    pub year: i32,
    /// Whole euros.
    pub amount_eur: i64,
}

/// What is known of incidental money in one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearShare {
    /// The year lies outside the money's period.
    Outside,
    /// The user entered this year's amount.
    Entered(i64),
    /// The year lies in the period, but only the amount for the whole
    /// period is known (or not even that).
    NotKnown,
}

impl IncidentalFunding {
    /// What is known of the money in `year`. Never an even split of the
    /// total: the sources do not give one.
    pub fn share_in_year(&self, year: i32) -> YearShare {
        if year < self.first_year || year > self.last_year {
            return YearShare::Outside;
        }
        self.per_year
            .iter()
            .find(|entry| entry.year == year)
            .map_or(YearShare::NotKnown, |entry| {
                YearShare::Entered(entry.amount_eur)
            })
    }

    /// The period in words: "2025–2028", or "2025" for one year.
    pub fn period_text(&self) -> String {
        if self.first_year == self.last_year {
            self.first_year.to_string()
        } else {
            format!("{}–{}", self.first_year, self.last_year)
        }
    }

    /// The amount for the whole period in words: "€ 10.000.000 voor
    /// 2025–2028", or "bedrag niet bekend".
    pub fn total_text(&self) -> String {
        match self.total_eur {
            Some(total) => format!("{} voor {}", super::format::euro(total), self.period_text()),
            None => format!("bedrag niet bekend ({})", self.period_text()),
        }
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
    /// The first year of a structural change (2026, the cut), else the
    /// first year shown: the year the scenarios and the cut per
    /// intervention start from.
    pub fn first_cut_year(&self) -> i32 {
        self.structural_changes
            .iter()
            .map(|c| c.from_year)
            .min()
            .unwrap_or(self.first_year)
    }

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

    /// The money of a year that is known to the euro: structural money and
    /// the confirmed incidental amounts the user entered for that year.
    /// Incidental money known only for its whole period is not in it.
    pub fn known_in_year(&self, year: i32) -> Option<i64> {
        let entered = self
            .incidental
            .iter()
            .filter(|funding| funding.confirmed)
            .filter_map(|funding| match funding.share_in_year(year) {
                YearShare::Entered(amount) => Some(amount),
                YearShare::Outside | YearShare::NotKnown => None,
            });
        checked_sum(std::iter::once(self.structural_in_year(year)?).chain(entered))
    }

    /// The most a year can have: what is known, plus the whole amount of
    /// confirmed money known only for its period (none of it may go to
    /// this year, or all of it). `None` when a confirmed amount is not
    /// known at all, or the sum does not fit.
    pub fn most_in_year(&self, year: i32) -> Option<i64> {
        let mut most = self.known_in_year(year)?;
        for funding in self.incidental.iter().filter(|f| f.confirmed) {
            if funding.share_in_year(year) == YearShare::NotKnown {
                let entered: i64 = checked_sum(funding.per_year.iter().map(|e| e.amount_eur))?;
                most = most.checked_add(funding.total_eur?.checked_sub(entered)?.max(0))?;
            }
        }
        Some(most)
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
    fn the_regiodeal_is_one_amount_for_its_period_never_split_evenly() {
        let budget = overvecht_budget();
        let regiodeal = &budget.incidental[0];
        assert_eq!(regiodeal.share_in_year(2024), YearShare::Outside);
        assert_eq!(regiodeal.share_in_year(2026), YearShare::NotKnown);
        assert_eq!(regiodeal.total_text(), "€ 10.000.000 voor 2025–2028");
        assert_eq!(budget.known_in_year(2026), Some(3_299_000));
        assert_eq!(budget.most_in_year(2026), Some(3_299_000 + 10_000_000));
        assert_eq!(budget.most_in_year(2024), Some(4_018_000));
    }

    #[test]
    fn a_split_the_user_entered_counts_as_theirs() {
        let mut budget = overvecht_budget();
        budget.incidental[0].per_year = vec![YearAmount {
            year: 2026,
            amount_eur: 4_000_000,
        }];
        assert_eq!(
            budget.incidental[0].share_in_year(2026),
            YearShare::Entered(4_000_000)
        );
        assert_eq!(budget.known_in_year(2026), Some(7_299_000));
        assert_eq!(budget.most_in_year(2027), Some(3_299_000 + 6_000_000));
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
        assert_eq!(budget.known_in_year(2026), None);
        assert_eq!(budget.most_in_year(2026), None);
        assert_eq!(
            budget.incidental[0].share_in_year(2025),
            YearShare::NotKnown
        );
    }
}
