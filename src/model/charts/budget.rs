//! The budget chart: stacked bars per year (structural money, each source
//! of confirmed incidental money, unconfirmed money) and the line of the
//! structural cut with its label.

use super::{ChartBar, budget_text, euros};
use crate::model::BudgetYear;
use crate::model::format;

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

/// One layer of the stacked bars, over all years.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetStack {
    /// Its legend entry.
    pub name: String,
    /// What it is.
    pub part: BudgetPart,
    /// One bar per year.
    pub bars: Vec<ChartBar>,
}

/// The structural cut: a dashed line at the level before it, over the years
/// it applies to, and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct CutLine {
    /// Its legend entry: "Bezuiniging vanaf 2026".
    pub name: String,
    /// Where the line starts and ends on the x axis.
    pub from_x: f64,
    /// See `from_x`.
    pub to_x: f64,
    /// The structural money before the cut.
    pub level: f64,
    /// "−€ 719.000 per jaar\nvanaf 2026".
    pub label: String,
    /// Where the label's bottom centre goes: over the last years, where
    /// only the lowered structural bars stand.
    pub label_at: [f64; 2],
}

/// The whole budget chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetChart {
    /// The layers, bottom first; each stacks on all before it.
    pub stacks: Vec<BudgetStack>,
    /// The cut, when there is one.
    pub cut: Option<CutLine>,
    /// The top of the y axis: room above the highest total for the label.
    pub top: f64,
    /// The chart's text alternative.
    pub description: String,
}

/// The chart of `years`.
pub fn budget_chart(years: &[BudgetYear]) -> BudgetChart {
    let bar = |year: i32, amount: i64, label: String| ChartBar {
        x: f64::from(year),
        value: euros(amount),
        label,
    };
    let mut stacks = vec![BudgetStack {
        name: "Structureel gemeentelijk geld".to_owned(),
        part: BudgetPart::Structural,
        bars: years
            .iter()
            .map(|y| {
                let label = format!("{}: structureel {}", y.year, format::euro(y.structural_eur));
                bar(y.year, y.structural_eur, label)
            })
            .collect(),
    }];
    let mut incidental_names: Vec<&str> = Vec::new();
    for (name, _) in years.iter().flat_map(|y| &y.confirmed) {
        if !incidental_names.contains(&name.as_str()) {
            incidental_names.push(name);
        }
    }
    for name in incidental_names {
        let bars = years
            .iter()
            .map(|y| {
                let amount = y
                    .confirmed
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(0, |(_, a)| *a);
                bar(
                    y.year,
                    amount,
                    format!("{}: {name} {}", y.year, format::euro(amount)),
                )
            })
            .collect();
        stacks.push(BudgetStack {
            name: format!("{name} (incidenteel)"),
            part: BudgetPart::Incidental,
            bars,
        });
    }
    let unconfirmed: Vec<ChartBar> = years
        .iter()
        .filter_map(|y| {
            let amount: i64 = y.unconfirmed.iter().filter_map(|(_, a)| *a).sum();
            (amount > 0).then(|| {
                let label = format!("{}: niet bevestigd {}", y.year, format::euro(amount));
                bar(y.year, amount, label)
            })
        })
        .collect();
    if !unconfirmed.is_empty() {
        stacks.push(BudgetStack {
            name: "Niet bevestigd (incidenteel)".to_owned(),
            part: BudgetPart::Unconfirmed,
            bars: unconfirmed,
        });
    }
    let highest = euros(years.iter().map(|y| y.total_eur).max().unwrap_or(0));
    BudgetChart {
        stacks,
        cut: cut_line(years, highest),
        top: highest * 1.15,
        description: budget_text(years),
    }
}

fn cut_line(years: &[BudgetYear], highest: f64) -> Option<CutLine> {
    let first_cut = years.iter().find(|y| y.cut_eur > 0)?;
    let before = euros(years.iter().find(|y| y.cut_eur == 0)?.structural_eur);
    let last = years.last().map_or(first_cut.year, |y| y.year);
    Some(CutLine {
        name: format!("Bezuiniging vanaf {}", first_cut.year),
        from_x: f64::from(first_cut.year) - 0.45,
        to_x: f64::from(last) + 0.45,
        level: before,
        label: format!(
            "−{} per jaar\nvanaf {}",
            format::euro(first_cut.cut_eur),
            first_cut.year
        ),
        label_at: [f64::from(last) - 0.5, before + highest * 0.03],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget_years;

    #[test]
    fn the_shipped_budget_stacks_structural_money_regiodeal_and_the_cut() {
        let data = crate::model::shipped_for_tests();
        let chart = budget_chart(&budget_years(&data.budget));
        let parts: Vec<BudgetPart> = chart.stacks.iter().map(|s| s.part).collect();
        assert_eq!(parts[0], BudgetPart::Structural);
        assert!(parts.contains(&BudgetPart::Incidental), "the Regiodeal");
        let structural = &chart.stacks[0].bars;
        let in_2026 = structural.iter().find(|b| b.x == 2026.0);
        assert_eq!(in_2026.map(|b| b.value), Some(3_299_000.0));
        assert_eq!(
            in_2026.map(|b| b.label.as_str()),
            Some("2026: structureel € 3.299.000")
        );
        let cut = chart.cut.unwrap_or_else(|| panic!("the cut from 2026"));
        assert_eq!(cut.level, 4_018_000.0);
        assert_eq!(cut.label, "−€ 719.000 per jaar\nvanaf 2026");
        assert!(cut.from_x > 2025.0 && cut.from_x < 2026.0);
        assert!(chart.top > cut.label_at[1], "the label fits under the top");
        // Every layer has a bar in every year, so the stacks line up.
        for stack in chart
            .stacks
            .iter()
            .filter(|s| s.part != BudgetPart::Unconfirmed)
        {
            assert_eq!(stack.bars.len(), structural.len(), "{}", stack.name);
        }
    }

    #[test]
    fn without_a_cut_there_is_no_line_and_no_years_no_bars() {
        let chart = budget_chart(&[]);
        assert!(chart.cut.is_none());
        assert!(chart.stacks[0].bars.is_empty());
        assert_eq!(chart.top, 0.0);
    }
}
