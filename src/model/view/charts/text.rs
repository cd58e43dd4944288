//! Text alternatives of the charts (WCAG 1.1.1): every figure a chart
//! paints, as sentences a screen reader reads. The views put them on the
//! chart's node in the accessibility tree.

use crate::model::format;
use crate::model::{BudgetYear, Comparison, IndicatorSeries, Unit, left_text};

fn points(values: &[[f64; 2]], unit: &Unit) -> String {
    values
        .iter()
        .map(|[year, value]| format!("{year:.0}: {}", unit.value_text(*value)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One indicator: its values per year for the wijk and for Utrecht, the
/// target and the direction.
pub(crate) fn indicator_text(series: &IndicatorSeries, district_name: &str) -> String {
    let mut parts = vec![format!("Grafiek {}", series.name)];
    if !series.district.is_empty() {
        parts.push(format!(
            "{district_name}: {}",
            points(&series.district, &series.unit)
        ));
    }
    if !series.utrecht.is_empty() {
        parts.push(format!(
            "Utrecht gemiddeld: {}",
            points(&series.utrecht, &series.unit)
        ));
    }
    if let Some([year, value]) = series.target {
        parts.push(format!("doel {year:.0}: {}", series.unit.value_text(value)));
    }
    parts.push(series.trend.label_nl().to_owned());
    format!("{}.", parts.join(". "))
}

/// The overview: per indicator the wijk against the figure it is compared
/// with.
pub(crate) fn overview_text(all: &[IndicatorSeries]) -> String {
    let rows: Vec<String> = all
        .iter()
        .filter_map(|series| {
            let gap = series.gap?;
            let group = &series.comparison;
            Some(format!(
                "{}: wijk {} tegen {} {}; {}; {} ({})",
                series.name,
                series.unit.value_text(gap.district),
                group,
                series.unit.value_text(gap.utrecht),
                gap.year_text(),
                gap.phrase(&series.unit),
                if gap.worse {
                    "slechter"
                } else {
                    "beter of gelijk"
                }
            ))
        })
        .collect();
    format!(
        "Grafiek: per indicator de wijk en het cijfer waarmee zij vergeleken wordt, op één schaal per eenheid. {}.",
        rows.join("; ")
    )
}

/// The budget: per year the structural money, the cut, what is known of
/// incidental money, and what the year's money includes.
pub(crate) fn budget_text(years: &[BudgetYear]) -> String {
    let rows: Vec<String> = years
        .iter()
        .map(|year| {
            let mut parts = vec![format!("structureel {}", format::euro(year.structural_eur))];
            if year.cut_eur > 0 {
                parts.push(format!("bezuiniging {}", format::euro(year.cut_eur)));
            }
            parts.push(format!("incidenteel {}", year.incidental_text()));
            parts.push(format!("samen {}", year.total_text()));
            format!("{}: {}", year.year, parts.join(", "))
        })
        .collect();
    format!("Grafiek budget per jaar. {}.", rows.join("; "))
}

/// Scenarios side by side: per scenario its amount per ambition, the
/// change against the reference year, and what is left.
pub(crate) fn comparison_text(comparison: &Comparison) -> String {
    let rows: Vec<String> = comparison
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, scenario)| {
            let amounts: Vec<String> = comparison
                .ambitions
                .iter()
                .filter_map(|row| {
                    let amount = row.amounts.get(index)?;
                    Some(format!(
                        "ambitie {} {}: {}, {}",
                        row.ambition,
                        row.name,
                        amount
                            .amount_eur
                            .map_or_else(|| "geen bedrag".to_owned(), format::euro),
                        amount.change_text()
                    ))
                })
                .collect();
            format!(
                "{}: {}; totaal {}, {}",
                scenario.name,
                amounts.join("; "),
                scenario
                    .distributed
                    .amount_eur
                    .map_or_else(|| "geen bedrag".to_owned(), format::euro),
                left_text(scenario.left_eur)
            )
        })
        .collect();
    format!(
        "Grafiek scenario's in {} tegen {}. {}.",
        comparison.year,
        comparison.reference_year,
        rows.join(". ")
    )
}

/// How an indicator with more than one year developed: "Naam: van 29%
/// (2019) naar 22% (2025) — gunstig"; `None` for a single year.
pub(crate) fn development_text(series: &IndicatorSeries) -> Option<String> {
    let (first, last) = (series.district.first()?, series.district.last()?);
    (series.district.len() > 1).then(|| {
        format!(
            "{}: van {} ({:.0}) naar {} ({:.0}) — {}",
            series.name,
            series.unit.value_text(first[1]),
            first[0],
            series.unit.value_text(last[1]),
            last[0],
            series.trend.label_nl()
        )
    })
}

/// The indicators' groups: each ambition ("Ambitie 2: Perspectief voor de
/// jeugd versterken"), then those without one.
pub(crate) fn ambition_groups(data: &crate::model::Dataset) -> Vec<(Option<u8>, String)> {
    data.ambitions
        .iter()
        .map(|a| (Some(a.id), format!("Ambitie {}: {}", a.id, a.name)))
        .chain(std::iter::once((None, "Zonder ambitie".to_owned())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget_years;
    use crate::model::view::Derived;

    #[test]
    fn the_texts_hold_the_figures_of_the_charts() {
        let data = crate::model::shipped_for_tests();
        let derived = Derived::from_data(&data, 0);
        let overview = overview_text(&derived.indicators);
        assert!(
            overview.contains("Huishoudens op of onder de Utrechtse armoedegrens"),
            "{overview}"
        );
        assert!(overview.contains("wijk 29%"), "{overview}");
        let budget = budget_text(&budget_years(&data.budget));
        assert!(
            budget.contains("2026: structureel € 3.299.000, bezuiniging € 719.000, incidenteel Regiodeal vitale wijken 2.0 (Rijk): deel van € 10.000.000 voor 2025–2028"),
            "{budget}"
        );
        assert!(
            budget.contains("2024: structureel € 4.018.000, incidenteel niet bekend"),
            "{budget}"
        );
    }
}
