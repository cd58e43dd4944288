//! An ambition's money as its interventions give it: the sum of their
//! structural amounts in a year, beside the ambition's budget line where
//! one is set ("€ 1.020.000 aan interventies, € 180.000 niet toegewezen"),
//! and the interventions without an amount named (never counted as € 0).

use super::amount_in;
use crate::model::Dataset;
use crate::model::budget::amount_of;
use crate::model::limits::checked_sum;

/// An ambition's money in a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmbitionMoney {
    /// The year.
    pub year: i32,
    /// The sum of the amounts entered; `None` when it does not fit.
    pub in_interventions: Option<i64>,
    /// How many interventions have an amount.
    pub with_amount: usize,
    /// The interventions without an amount, by name.
    pub without_amount: Vec<String>,
    /// The ambition's budget line for the year, where the user set one.
    pub budget_line: Option<i64>,
}

impl AmbitionMoney {
    /// What the budget line holds beyond the interventions (negative: the
    /// interventions ask more); `None` without a line, or while an
    /// intervention lacks its amount (the rest would be a guess).
    pub fn unassigned(&self) -> Option<i64> {
        if !self.without_amount.is_empty() {
            return None;
        }
        self.budget_line?.checked_sub(self.in_interventions?)
    }

    /// In words: "€ 1.020.000 aan interventies (3 zonder bedrag);
    /// begroting € 1.200.000, € 180.000 niet toegewezen".
    pub fn text(&self) -> String {
        use crate::model::format::{counted, euro};
        let mut text = if self.with_amount == 0 {
            format!("Nog geen bedragen voor {}", self.year)
        } else {
            format!(
                "{}: {} aan interventies",
                self.year,
                self.in_interventions
                    .map_or_else(|| "te groot om op te tellen".to_owned(), euro)
            )
        };
        if !self.without_amount.is_empty() {
            text.push_str(&format!(
                " ({} zonder bedrag)",
                counted(self.without_amount.len(), "interventie", "interventies")
            ));
        }
        if let Some(line) = self.budget_line {
            text.push_str(&format!("; begroting {}", euro(line)));
            match self.unassigned() {
                Some(rest) if rest >= 0 => {
                    text.push_str(&format!(", {} niet toegewezen", euro(rest)));
                }
                Some(rest) => text.push_str(&format!(
                    ", {} meer aan interventies dan begroot",
                    euro(rest.saturating_neg())
                )),
                None => {}
            }
        }
        text
    }
}

/// The money of `ambition` in `year`.
pub fn ambition_money(data: &Dataset, ambition: u8, year: i32) -> AmbitionMoney {
    let own = || data.interventions.iter().filter(|i| i.ambition == ambition);
    AmbitionMoney {
        year,
        in_interventions: checked_sum(own().filter_map(|i| amount_in(i, year))),
        with_amount: own().filter(|i| amount_in(i, year).is_some()).count(),
        without_amount: own()
            .filter(|i| amount_in(i, year).is_none())
            .map(|i| i.name.clone())
            .collect(),
        budget_line: amount_of(&data.budget.allocations, year, ambition),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Allocation, YearAmount, shipped_for_tests};

    #[test]
    fn the_sum_beside_the_budget_line_and_no_rest_while_an_amount_is_missing() {
        let mut data = shipped_for_tests();
        let safety: Vec<usize> = (0..data.interventions.len())
            .filter(|&i| data.interventions[i].ambition == 3)
            .collect();
        let money = ambition_money(&data, 3, 2026);
        assert_eq!(money.with_amount, 0);
        assert_eq!(money.without_amount.len(), safety.len());
        assert_eq!(
            money.text(),
            format!(
                "Nog geen bedragen voor 2026 ({} interventies zonder bedrag)",
                safety.len()
            )
        );
        data.budget.allocations.push(Allocation {
            year: 2026,
            ambition: 3,
            amount_eur: 1_200_000,
        });
        for (n, &index) in safety.iter().enumerate() {
            data.interventions[index].amounts = vec![YearAmount {
                year: 2026,
                amount_eur: if n == 0 { 1_020_000 } else { 0 },
            }];
        }
        let money = ambition_money(&data, 3, 2026);
        assert_eq!(money.unassigned(), Some(180_000));
        assert_eq!(
            money.text(),
            "2026: € 1.020.000 aan interventies; begroting € 1.200.000, € 180.000 niet toegewezen"
        );
        data.interventions[safety[1]].amounts.clear();
        assert_eq!(ambition_money(&data, 3, 2026).unassigned(), None);
    }
}
