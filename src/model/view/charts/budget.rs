//! The budget chart: per year the structural money as a bar, with the part
//! the cut takes away drawn as an open segment on top of it in every year
//! it applies; incidental amounts the user entered per year as bars beside
//! it; and money the sources give only for a whole period (the Regiodeal:
//! € 10 miljoen for 2025–2028) as a band over its years with that one
//! amount — never split into yearly bars the sources do not give.

use super::{ChartBar, budget_text, euros};
use crate::model::format;
use crate::model::{BudgetYear, YearShare};

/// What a stack of bars is made of (it decides the colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetPart {
    /// Structural municipal money.
    Structural,
    /// Confirmed incidental money (one source).
    Incidental,
    /// Incidental money that is not confirmed.
    Unconfirmed,
}

/// One layer of bars, over the years it has a value in.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BudgetStack {
    /// Its legend entry.
    pub name: String,
    /// What it is.
    pub part: BudgetPart,
    /// One bar per year; their `x` is the year's place, shifted when the
    /// year has incidental bars beside the structural one.
    pub bars: Vec<ChartBar>,
    /// Where each bar starts (the stacks below it), in the order of `bars`.
    pub bases: Vec<f64>,
}

/// The cut in every year it applies: an open segment from the lowered
/// structural money up to what it was; its name in the legend says how
/// much and from when.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CutSegments {
    /// Its legend entry: "Bezuiniging: € 719.000 per jaar minder".
    pub name: String,
    /// One segment per year of the cut (value: the amount cut).
    pub bars: Vec<ChartBar>,
    /// Where each segment starts: the structural money after the cut.
    pub bases: Vec<f64>,
}

/// Money known only for a whole period, drawn as a band over its years.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PeriodBand {
    /// "Regiodeal vitale wijken 2.0 (Rijk): € 10.000.000 voor 2025–2028
    /// samen; verdeling per jaar niet bekend".
    pub label: String,
    /// Where the band starts and ends on the x axis.
    pub from_x: f64,
    /// See `from_x`.
    pub to_x: f64,
    /// Where it starts in the chart: a place above the bars, not an amount.
    pub level: f64,
    /// How high it is drawn (a place, not an amount).
    pub height: f64,
    /// Whether the money is granted (else drawn lighter).
    pub confirmed: bool,
}

/// The whole budget chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BudgetChart {
    /// The layers of bars: the structural money first.
    pub stacks: Vec<BudgetStack>,
    /// The cut, when there is one.
    pub cut: Option<CutSegments>,
    /// Money known only for its period, each a band above the bars.
    pub periods: Vec<PeriodBand>,
    /// The width of a bar (narrower when a year has two columns).
    pub bar_width: f64,
    /// The top of the highest bar (with the cut's open part): amounts on
    /// an axis stop here, the bands above are no amounts.
    pub bars_top: f64,
    /// The top of the y axis: room above the bars for the labels and bands.
    pub top: f64,
    /// The chart's text alternative.
    pub description: String,
}

/// How far apart the bands stand, in parts of the highest bar: room for a
/// band and its two lines of words.
const BAND_STEP: f64 = 0.3;

/// How far beside the year the two columns stand when a year has incidental
/// bars: the structural money left, the incidental money right.
const COLUMN_SHIFT: f64 = 0.2;

/// The chart of `years`.
pub(crate) fn budget_chart(years: &[BudgetYear]) -> BudgetChart {
    let entered = |y: &BudgetYear| {
        y.incidental
            .iter()
            .any(|i| matches!(i.share, YearShare::Entered(_)))
    };
    let two_columns = years.iter().any(entered);
    let (left, right) = if two_columns {
        (-COLUMN_SHIFT, COLUMN_SHIFT)
    } else {
        (0.0, 0.0)
    };
    let mut stacks = vec![BudgetStack {
        name: "Structureel gemeentelijk geld".to_owned(),
        part: BudgetPart::Structural,
        bars: years
            .iter()
            .map(|y| ChartBar {
                x: f64::from(y.year) + left,
                value: euros(y.structural_eur),
                label: format!("{}: structureel {}", y.year, format::euro(y.structural_eur)),
            })
            .collect(),
        bases: vec![0.0; years.len()],
    }];
    stacks.extend(entered_stacks(years, right));
    let highest = years
        .iter()
        .flat_map(|y| {
            let incidental: i64 = y
                .incidental
                .iter()
                .filter_map(|i| match i.share {
                    YearShare::Entered(amount) => Some(amount.max(0)),
                    YearShare::Outside | YearShare::NotKnown => None,
                })
                .fold(0_i64, i64::saturating_add);
            [
                euros(y.structural_eur.saturating_add(y.cut_eur.max(0))),
                euros(incidental),
            ]
        })
        .fold(0.0, f64::max);
    let cut = cut_segments(years, left);
    let label_room = 0.04;
    let periods = period_bands(years, highest, label_room);
    let bands = crate::model::format::convert::index_f64(periods.len());
    BudgetChart {
        stacks,
        cut,
        periods,
        bar_width: if two_columns { 0.36 } else { 0.7 },
        bars_top: highest,
        top: highest * (1.0 + label_room + BAND_STEP * bands + 0.02),
        description: budget_text(years),
    }
}

/// The incidental amounts the user entered, one stack per source, beside
/// the structural bars.
fn entered_stacks(years: &[BudgetYear], shift: f64) -> Vec<BudgetStack> {
    let mut names: Vec<(&str, bool)> = Vec::new();
    for incidental in years.iter().flat_map(|y| &y.incidental) {
        if matches!(incidental.share, YearShare::Entered(_))
            && !names.iter().any(|(n, _)| *n == incidental.name)
        {
            names.push((&incidental.name, incidental.confirmed));
        }
    }
    let mut below = vec![0.0_f64; years.len()];
    let mut stacks = Vec::new();
    for (name, confirmed) in names {
        let mut bars = Vec::new();
        let mut bases = Vec::new();
        for (index, year) in years.iter().enumerate() {
            let amount = year.incidental.iter().find_map(|i| match i.share {
                YearShare::Entered(amount) if i.name == name => Some(amount),
                _ => None,
            });
            if let Some(amount) = amount {
                bars.push(ChartBar {
                    x: f64::from(year.year) + shift,
                    value: euros(amount),
                    label: format!(
                        "{}: {name} {} (eigen verdeling)",
                        year.year,
                        format::euro(amount)
                    ),
                });
                bases.push(below[index]);
                below[index] += euros(amount);
            }
        }
        let (part, kind) = if confirmed {
            (BudgetPart::Incidental, "eigen verdeling")
        } else {
            (BudgetPart::Unconfirmed, "eigen verdeling, niet bevestigd")
        };
        stacks.push(BudgetStack {
            name: format!("{name} ({kind})"),
            part,
            bars,
            bases,
        });
    }
    stacks
}

fn cut_segments(years: &[BudgetYear], shift: f64) -> Option<CutSegments> {
    let cut_years: Vec<&BudgetYear> = years.iter().filter(|y| y.cut_eur > 0).collect();
    let first = cut_years.first()?;
    let same_every_year = cut_years.iter().all(|y| y.cut_eur == first.cut_eur);
    let name = if same_every_year {
        format!(
            "Bezuiniging: {} per jaar minder vanaf {}",
            format::euro(first.cut_eur),
            first.year
        )
    } else {
        format!("Bezuiniging vanaf {}", first.year)
    };
    Some(CutSegments {
        name,
        bars: cut_years
            .iter()
            .map(|y| ChartBar {
                x: f64::from(y.year) + shift,
                value: euros(y.cut_eur),
                label: format!(
                    "{}: {} minder door de bezuiniging",
                    y.year,
                    format::euro(y.cut_eur)
                ),
            })
            .collect(),
        bases: cut_years.iter().map(|y| euros(y.structural_eur)).collect(),
    })
}

/// A band per incidental money of which a year's amount is not known,
/// over the years of its period that the chart shows, one above the other.
fn period_bands(years: &[BudgetYear], highest: f64, label_room: f64) -> Vec<PeriodBand> {
    let mut bands: Vec<PeriodBand> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for incidental in years.iter().flat_map(|y| &y.incidental) {
        if incidental.share != YearShare::NotKnown || seen.contains(&incidental.name.as_str()) {
            continue;
        }
        seen.push(&incidental.name);
        let shown: Vec<i32> = years
            .iter()
            .filter(|y| {
                y.incidental
                    .iter()
                    .any(|i| i.name == incidental.name && i.share == YearShare::NotKnown)
            })
            .map(|y| y.year)
            .collect();
        let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
            continue;
        };
        // Two lines: what and how much; then what is not known.
        let (amount, details) = match incidental.total_eur {
            Some(total) => (
                format!("{} voor {}", format::euro(total), incidental.period),
                "samen; verdeling per jaar niet bekend",
            ),
            None => (format!("bedrag niet bekend ({})", incidental.period), ""),
        };
        let unconfirmed = match (incidental.confirmed, details.is_empty()) {
            (true, _) => details.to_owned(),
            (false, true) => "niet bevestigd".to_owned(),
            (false, false) => format!("{details}; niet bevestigd"),
        };
        let level = highest
            * (1.0
                + label_room
                + 0.03
                + BAND_STEP * crate::model::format::convert::index_f64(bands.len()));
        bands.push(PeriodBand {
            label: format!("{}: {amount}\n{unconfirmed}", incidental.name)
                .trim_end()
                .to_owned(),
            from_x: f64::from(*first) - 0.4,
            to_x: f64::from(*last) + 0.4,
            level,
            height: highest * 0.035,
            confirmed: incidental.confirmed,
        });
    }
    bands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget_years;

    #[test]
    fn the_shipped_budget_shows_the_cut_in_every_year_and_the_regiodeal_as_one_amount() {
        let data = crate::model::shipped_for_tests();
        let chart = budget_chart(&budget_years(&data.budget));
        // Only the structural money is drawn as bars: nothing of the
        // Regiodeal is split into years.
        assert_eq!(chart.stacks.len(), 1);
        assert_eq!(chart.stacks[0].part, BudgetPart::Structural);
        let structural = &chart.stacks[0].bars;
        let in_2026 = structural.iter().find(|b| b.x == 2026.0);
        assert_eq!(in_2026.map(|b| b.value), Some(3_299_000.0));
        assert_eq!(
            in_2026.map(|b| b.label.as_str()),
            Some("2026: structureel € 3.299.000")
        );
        let cut = chart.cut.unwrap_or_else(|| panic!("the cut from 2026"));
        let cut_years: Vec<f64> = cut.bars.iter().map(|b| b.x).collect();
        assert_eq!(cut_years, vec![2026.0, 2027.0, 2028.0, 2029.0, 2030.0]);
        assert!(cut.bars.iter().all(|b| b.value == 719_000.0));
        assert!(cut.bases.iter().all(|b| *b == 3_299_000.0));
        assert_eq!(
            cut.name,
            "Bezuiniging: € 719.000 per jaar minder vanaf 2026"
        );
        let regiodeal = chart
            .periods
            .iter()
            .find(|band| band.label.starts_with("Regiodeal"))
            .unwrap_or_else(|| panic!("the Regiodeal band: {:?}", chart.periods));
        assert_eq!(
            regiodeal.label,
            "Regiodeal vitale wijken 2.0 (Rijk): € 10.000.000 voor 2025–2028\nsamen; verdeling per jaar niet bekend"
        );
        assert_eq!((regiodeal.from_x, regiodeal.to_x), (2024.6, 2028.4));
        assert!(regiodeal.level > 4_018_000.0, "the band above the bars");
        assert!(chart.top > chart.periods.iter().map(|b| b.level).fold(0.0, f64::max));
    }

    #[test]
    fn amounts_the_user_entered_per_year_stand_beside_the_structural_bars() {
        let mut data = crate::model::shipped_for_tests();
        data.budget.incidental[0].per_year = vec![crate::model::YearAmount {
            year: 2025,
            amount_eur: 1_000_000,
        }];
        let chart = budget_chart(&budget_years(&data.budget));
        assert_eq!(chart.stacks.len(), 2);
        assert_eq!(chart.stacks[1].part, BudgetPart::Incidental);
        assert!(chart.stacks[1].name.contains("eigen verdeling"));
        assert_eq!(chart.stacks[1].bars[0].x, 2025.0 + COLUMN_SHIFT);
        // The other years of the Regiodeal are still not known: a band.
        assert!(
            chart
                .periods
                .iter()
                .any(|b| b.label.starts_with("Regiodeal"))
        );
    }

    #[test]
    fn without_years_there_are_no_bars_and_no_cut() {
        let chart = budget_chart(&[]);
        assert!(chart.cut.is_none());
        assert!(chart.stacks[0].bars.is_empty());
        assert_eq!(chart.top, 0.0);
    }
}
