//! The rules that fill a budget scenario: evenly over the ambitions, in
//! proportion to a chosen year, or a cut split over the ambitions by
//! percentage. Whole euros; the amounts of a year always add up exactly to
//! what was distributed (largest-remainder rounding); never wraps.

/// An amount per ambition: (ambition number, whole euros).
pub(super) type Shares = Vec<(u8, i64)>;

/// Why a rule cannot be applied, in Dutch.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// There are no ambitions to distribute over.
    #[error("er zijn geen ambities om het geld over te verdelen")]
    NoAmbitions,
    /// The reference year has nothing to be in proportion to.
    #[error("het gekozen jaar heeft geen verdeling (alles 0); kies een jaar met bedragen")]
    NothingToFollow,
    /// The percentages of a cut do not add up to 100.
    #[error("de percentages tellen op tot {total}% in plaats van 100%; pas ze aan")]
    PercentagesNot100 {
        /// Their sum, shown Dutch style ("95,5").
        total: String,
    },
    /// A negative weight or percentage.
    #[error("een aandeel is negatief; gebruik 0 of meer")]
    Negative,
    /// The amounts are too large to add up.
    #[error("de bedragen zijn te groot om te verdelen")]
    TooLarge,
    /// An ambition would lose more than it has.
    #[error(
        "ambitie {ambition} zou in {year} meer verliezen dan ze heeft; verlaag haar percentage"
    )]
    BelowZero {
        /// The ambition.
        ambition: u8,
        /// The first year it goes below zero.
        year: i32,
    },
    /// The scenario to start from no longer exists.
    #[error("het scenario om van uit te gaan bestaat niet meer; kies een ander")]
    UnknownScenario,
}

/// `total` split evenly; the euros left over go one each to the first
/// ambitions, so the parts add up to `total` exactly.
///
/// # Errors
/// [`RuleError::NoAmbitions`] without ambitions.
pub(super) fn split_evenly(total: i64, ambitions: &[u8]) -> Result<Shares, RuleError> {
    let weights: Vec<(u8, i64)> = ambitions.iter().map(|a| (*a, 1)).collect();
    split_in_proportion(total, &weights)
}

/// `total` split in proportion to `weights`, by the largest-remainder
/// method: the parts add up to `total` exactly.
///
/// # Errors
/// No ambitions, all weights 0, a negative weight, or amounts too large.
pub(super) fn split_in_proportion(total: i64, weights: &[(u8, i64)]) -> Result<Shares, RuleError> {
    if weights.is_empty() {
        return Err(RuleError::NoAmbitions);
    }
    if weights.iter().any(|(_, w)| *w < 0) {
        return Err(RuleError::Negative);
    }
    let sum: i128 = weights.iter().map(|(_, w)| i128::from(*w)).sum();
    if sum == 0 {
        return Err(RuleError::NothingToFollow);
    }
    let total = i128::from(total);
    // Floor of each exact share, and its remainder for the leftover euros.
    let mut parts: Vec<(u8, i128, i128)> = weights
        .iter()
        .map(|(ambition, weight)| {
            let exact = total * i128::from(*weight);
            (*ambition, exact.div_euclid(sum), exact.rem_euclid(sum))
        })
        .collect();
    let given: i128 = parts.iter().map(|(_, part, _)| part).sum();
    let left = usize::try_from(total - given).map_err(|_| RuleError::TooLarge)?;
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // Largest remainder first; ties go to the earlier ambition.
    order.sort_by(|a, b| parts[*b].2.cmp(&parts[*a].2).then(a.cmp(b)));
    for index in order.into_iter().take(left) {
        parts[index].1 += 1;
    }
    parts
        .into_iter()
        .map(|(ambition, part, _)| {
            i64::try_from(part)
                .map(|part| (ambition, part))
                .map_err(|_| RuleError::TooLarge)
        })
        .collect()
}

/// What one ambition gets after a cut, and what it loses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AfterCut {
    /// The ambition.
    pub ambition: u8,
    /// What it had.
    pub before_eur: i64,
    /// What it loses.
    pub loss_eur: i64,
    /// What it keeps.
    pub after_eur: i64,
}

/// Applies a cut of `cut_eur` to the distribution `before`, split over the
/// ambitions by `percent_hundredths` (12,5% is 1250; together 10.000). The
/// losses add up to the cut exactly.
///
/// # Errors
/// Percentages that do not add up to 100, negative ones, or no ambitions.
pub(super) fn apply_cut(
    before: &[(u8, i64)],
    cut_eur: i64,
    percent_hundredths: &[(u8, i64)],
) -> Result<Vec<AfterCut>, RuleError> {
    if percent_hundredths.iter().any(|(_, p)| *p < 0) {
        return Err(RuleError::Negative);
    }
    let total: i64 = percent_hundredths.iter().map(|(_, p)| *p).sum();
    if total != 10_000 {
        return Err(RuleError::PercentagesNot100 {
            total: crate::model::format::decimal(
                crate::model::format::convert::exact_f64(total) / 100.0,
                2,
            ),
        });
    }
    let losses = split_in_proportion(cut_eur, percent_hundredths)?;
    before
        .iter()
        .map(|(ambition, before_eur)| {
            let loss_eur = losses
                .iter()
                .find(|(a, _)| a == ambition)
                .map_or(0, |(_, loss)| *loss);
            let after_eur = before_eur
                .checked_sub(loss_eur)
                .ok_or(RuleError::TooLarge)?;
            Ok(AfterCut {
                ambition: *ambition,
                before_eur: *before_eur,
                loss_eur,
                after_eur,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const AMBITIONS: [u8; 5] = [1, 2, 3, 4, 5];

    #[test]
    fn the_2026_money_split_evenly_adds_up_exactly() {
        let shares = split_evenly(3_299_000, &AMBITIONS).unwrap_or_default();
        assert_eq!(
            shares,
            [
                (1, 659_800),
                (2, 659_800),
                (3, 659_800),
                (4, 659_800),
                (5, 659_800)
            ]
        );
        let odd = split_evenly(4_018_003, &AMBITIONS).unwrap_or_default();
        assert_eq!(odd.iter().map(|(_, a)| a).sum::<i64>(), 4_018_003);
        assert_eq!(odd[0].1, 803_601);
        assert_eq!(odd[4].1, 803_600);
        assert_eq!(split_evenly(1, &[]), Err(RuleError::NoAmbitions));
    }

    #[test]
    fn in_proportion_to_a_year_follows_its_shares() {
        let year_2025 = [
            (1, 2_000_000),
            (2, 1_000_000),
            (3, 1_018_000),
            (4, 0),
            (5, 0),
        ];
        let shares = split_in_proportion(3_299_000, &year_2025).unwrap_or_default();
        assert_eq!(shares.iter().map(|(_, a)| a).sum::<i64>(), 3_299_000);
        assert_eq!(shares[3].1, 0);
        assert!(shares[0].1 > shares[1].1);
        assert_eq!(
            split_in_proportion(1, &[(1, 0), (2, 0)]),
            Err(RuleError::NothingToFollow)
        );
    }

    #[test]
    fn a_cut_by_percentage_says_what_each_ambition_loses() {
        let before = [
            (1, 1_000_000),
            (2, 1_000_000),
            (3, 1_000_000),
            (4, 518_000),
            (5, 500_000),
        ];
        let percent = [(1, 4000), (2, 2500), (3, 2500), (4, 1000), (5, 0)];
        let after = apply_cut(&before, 719_000, &percent).unwrap_or_default();
        let losses: Vec<i64> = after.iter().map(|a| a.loss_eur).collect();
        assert_eq!(losses, [287_600, 179_750, 179_750, 71_900, 0]);
        assert_eq!(
            after.iter().map(|a| a.after_eur).sum::<i64>(),
            4_018_000 - 719_000
        );
        let wrong = apply_cut(&before, 719_000, &[(1, 5000), (2, 4550)]);
        assert_eq!(
            wrong.map_err(|e| e.to_string()),
            Err("de percentages tellen op tot 95,5% in plaats van 100%; pas ze aan".to_owned())
        );
    }

    proptest! {
        #[test]
        fn parts_always_add_up_to_the_total(
            total in -1_000_000_000_000_i64..1_000_000_000_000,
            weights in prop::collection::vec(0_i64..1_000_000_000_000, 1..8),
        ) {
            let weights: Vec<(u8, i64)> = weights.into_iter().enumerate().map(|(i, w)| (u8::try_from(i).unwrap_or(u8::MAX), w)).collect();
            if let Ok(shares) = split_in_proportion(total, &weights) {
                prop_assert_eq!(shares.iter().map(|(_, a)| i128::from(*a)).sum::<i128>(), i128::from(total));
            }
        }
    }
}
