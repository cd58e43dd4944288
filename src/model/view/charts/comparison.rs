//! Scenarios side by side as grouped bars: per ambition one bar per
//! scenario, in the compared year.

use super::{ChartBar, comparison_text, euros};
use crate::model::Comparison;
use crate::model::format;

/// One scenario's bars.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ComparisonSeries {
    /// The scenario's name (its legend entry).
    pub name: String,
    /// One bar per ambition, at the ambition's number plus this scenario's
    /// offset in the group (0 high where no amount is entered).
    pub bars: Vec<ChartBar>,
    /// The amount on each bar, where it is entered: (x, value, "€ 659.800").
    pub amounts: Vec<(f64, f64, String)>,
}

/// The grouped bars of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ComparisonChart {
    /// The compared year.
    pub year: i32,
    /// Per scenario, in the order compared.
    pub series: Vec<ComparisonSeries>,
    /// The ambitions, in order: their numbers (the x axis) and short names.
    pub ambitions: Vec<(u8, String)>,
    /// The width of one bar.
    pub bar_width: f64,
    /// The highest amount (at least 1).
    pub highest: f64,
    /// The chart's text alternative.
    pub description: String,
}

/// The chart of `comparison`.
pub(crate) fn comparison_chart(comparison: &Comparison) -> ComparisonChart {
    let count = comparison.scenarios.len().max(1);
    #[expect(
        clippy::cast_precision_loss,
        reason = "at most three scenarios are compared"
    )]
    let (count_f, width) = (count as f64, 0.8 / count as f64);
    let series = comparison
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, scenario)| {
            #[expect(clippy::cast_precision_loss, reason = "index < 3")]
            let offset = (index as f64 - (count_f - 1.0) / 2.0) * width;
            let bars = comparison
                .ambitions
                .iter()
                .map(|row| {
                    let amount = row.amounts.get(index).and_then(|a| a.amount_eur);
                    ChartBar {
                        x: f64::from(row.ambition) + offset,
                        value: euros(amount.unwrap_or(0)),
                        label: format!(
                            "{}\n{}: {}",
                            scenario.name,
                            row.short_name,
                            format::euro(amount.unwrap_or(0))
                        ),
                    }
                })
                .collect();
            let amounts = comparison
                .ambitions
                .iter()
                .filter_map(|row| {
                    let amount = row.amounts.get(index)?.amount_eur?;
                    let x = f64::from(row.ambition) + offset;
                    Some((x, euros(amount), format::euro(amount)))
                })
                .collect();
            ComparisonSeries {
                name: scenario.name.clone(),
                bars,
                amounts,
            }
        })
        .collect();
    let highest = comparison
        .ambitions
        .iter()
        .flat_map(|row| row.amounts.iter().filter_map(|a| a.amount_eur))
        .max()
        .unwrap_or(0)
        .max(1);
    ComparisonChart {
        year: comparison.year,
        series,
        ambitions: comparison
            .ambitions
            .iter()
            .map(|a| (a.ambition, a.short_name.clone()))
            .collect(),
        bar_width: width,
        highest: euros(highest),
        description: comparison_text(comparison),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Scenario, ScenarioRule, build_allocations, compare};

    #[test]
    fn two_scenarios_stand_side_by_side_per_ambition() {
        let mut data = crate::model::shipped_for_tests();
        let evenly = build_allocations(&data, &ScenarioRule::Evenly).unwrap_or_default();
        data.scenarios = vec![
            Scenario {
                id: "a".into(),
                name: "Gelijk".into(),
                allocations: evenly.clone(),
                ..Scenario::default()
            },
            Scenario {
                id: "b".into(),
                name: "Ook gelijk".into(),
                allocations: evenly,
                ..Scenario::default()
            },
        ];
        let chosen: Vec<&Scenario> = data.scenarios.iter().collect();
        let chart = comparison_chart(&compare(&data, &chosen, 2026, 2025));
        let names: Vec<&str> = chart.ambitions.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            ["Wonen", "Jeugd", "Veilige buurten", "Zorg", "Meedoen"]
        );
        assert!(chart.series[0].bars[1].label.contains("Jeugd: € 659.800"));
        assert_eq!(chart.series.len(), 2);
        let [first, second] = [&chart.series[0].bars[0], &chart.series[1].bars[0]];
        assert!(first.x < 1.0 && second.x > 1.0, "{} {}", first.x, second.x);
        assert!((second.x - first.x - chart.bar_width).abs() < 1e-9);
        assert_eq!(first.value, 659_800.0);
        assert_eq!(chart.series[0].amounts[0].2, "€ 659.800");
        assert!(chart.description.contains("Gelijk"));
    }
}
