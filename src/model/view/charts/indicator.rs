//! The indicator charts: one indicator over the years against the Utrecht
//! average (or two bars when it has one year), and the overview of how far
//! the wijk is from the average per indicator.

use super::{ChartBar, indicator_text, overview_text};
use crate::model::{Dataset, IndicatorSeries, Trend, Unit};

/// How one indicator is drawn.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum IndicatorShape {
    /// One year only: a bar for the wijk (x = 0) and one for Utrecht (x = 1).
    SingleYear {
        /// The year.
        year: i32,
        /// The wijk's bar.
        district: Option<ChartBar>,
        /// The Utrecht average's bar.
        utrecht: Option<ChartBar>,
    },
    /// Lines over the years: (year, value).
    Lines {
        /// The wijk.
        district: Vec<[f64; 2]>,
        /// The Utrecht average.
        utrecht: Vec<[f64; 2]>,
    },
}

/// A target drawn in the chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TargetMark {
    /// "Doel 2030: 20%".
    pub label: String,
    /// The year.
    pub year: f64,
    /// The value.
    pub value: f64,
}

/// One indicator's chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct IndicatorChart {
    /// The indicator's stable id (the chart keeps its place by it).
    pub id: String,
    /// The wijk's name, for its series.
    pub district_name: String,
    /// Bars or lines.
    pub shape: IndicatorShape,
    /// The target, if any.
    pub target: Option<TargetMark>,
    /// Which way the wijk moves (its colour).
    pub trend: Trend,
    /// The unit of the values (for the axis).
    pub unit: Unit,
    /// The source of each year's values, for the tooltip.
    pub sources: Vec<(i32, String)>,
    /// The chart's text alternative.
    pub description: String,
}

impl IndicatorChart {
    /// The tooltip at a point of the series `series_name`: the value, the
    /// year and where it comes from.
    pub(crate) fn tooltip(&self, series_name: &str, x: f64, y: f64) -> String {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "years on the axis lie within 1900–2100"
        )]
        let year = x.round() as i32;
        let value = self.unit.value_text(y);
        match self.sources.iter().find(|(y, _)| *y == year) {
            Some((_, source)) if !source.is_empty() => {
                format!("{series_name}\n{year}: {value}\nBron: {source}")
            }
            _ => format!("{series_name}\n{year}: {value}"),
        }
    }
}

/// The chart of one indicator of `data`.
pub(crate) fn indicator_chart(data: &Dataset, series: &IndicatorSeries) -> IndicatorChart {
    let indicator = data.indicators.get(series.index);
    let district_name = indicator
        .and_then(|i| data.district(&i.district))
        .map_or("Wijk", |d| d.name.as_str())
        .to_owned();
    let sources = indicator
        .map(|i| {
            i.values
                .iter()
                .map(|v| (v.year, v.source.describe(&data.sources)))
                .collect()
        })
        .unwrap_or_default();
    let shape = if series.year_count() <= 1 {
        let first = series.district.first().or(series.utrecht.first());
        #[expect(
            clippy::cast_possible_truncation,
            reason = "years come from i32 values"
        )]
        let year = first.map_or(0, |p| p[0] as i32);
        let bar = |point: Option<&[f64; 2]>, x: f64, name: &str| {
            point.map(|[_, value]| ChartBar {
                x,
                value: *value,
                label: format!("{name} {}", series.unit.value_text(*value)),
            })
        };
        IndicatorShape::SingleYear {
            year,
            district: bar(series.district.first(), 0.0, &district_name),
            utrecht: bar(series.utrecht.first(), 1.0, "Utrecht"),
        }
    } else {
        IndicatorShape::Lines {
            district: series.district.clone(),
            utrecht: series.utrecht.clone(),
        }
    };
    let target = series.target.map(|[year, value]| TargetMark {
        label: format!("Doel {year:.0}: {}", series.unit.value_text(value)),
        year,
        value,
    });
    IndicatorChart {
        id: series.id.clone(),
        description: indicator_text(series, &district_name),
        district_name,
        shape,
        target,
        trend: series.trend,
        unit: series.unit.clone(),
        sources,
    }
}

/// One row of the overview: an indicator's figure for the wijk and the
/// figure it is compared with, both as positions on the same scale.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewRow {
    /// The indicator's name.
    pub name: String,
    /// The wijk's value (its position on the scale).
    pub district: f64,
    /// "29%".
    pub district_text: String,
    /// The value it is compared with.
    pub comparison: f64,
    /// "14%".
    pub comparison_text: String,
    /// What it is compared with: "Utrecht gemiddeld".
    pub comparison_label: String,
    /// Whether the wijk is on the worse side.
    pub worse: bool,
    /// The difference in words: "15 procentpunt hoger: 29% tegen 14%".
    pub value_label: String,
    /// The row's tooltip.
    pub hover: String,
}

/// Indicators of one unit, on one scale from 0: a percentage and a
/// percentage are comparable at a glance, a percentage and a number of
/// years are not, so they never share an axis.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewScale {
    /// "Percentages" or "Jaren" or "Aantal gezinnen".
    pub title: String,
    /// The end of the scale (it starts at 0), a round number above the
    /// largest value.
    pub max: f64,
    /// The marks along the scale, with their text: "0%", "20%", ….
    pub ticks: Vec<(f64, String)>,
    /// Its indicators, in the order of the register.
    pub rows: Vec<OverviewRow>,
}

/// The overview of every indicator with both a wijk value and a value to
/// compare with: per unit a scale, per indicator the two values as dots
/// on it — the distance between them is the difference itself.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewChart {
    /// One scale per unit.
    pub scales: Vec<OverviewScale>,
    /// The chart's text alternative.
    pub description: String,
}

impl OverviewChart {
    /// How many indicators it shows.
    pub fn row_count(&self) -> usize {
        self.scales.iter().map(|s| s.rows.len()).sum()
    }
}

/// A round end for a scale: the next 1, 2, 2,5 or 5 times a power of ten
/// at or above `largest` (a percentage scale ends at 100 at most).
fn scale_end(largest: f64, unit: &Unit) -> f64 {
    if !(largest.is_finite() && largest > 0.0) {
        return 1.0;
    }
    let power = 10_f64.powf(largest.log10().floor());
    let end = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|end| *end >= largest)
        .unwrap_or(power * 10.0);
    let end = if end / largest > 1.6 {
        // A tighter end where the jump would waste much of the scale.
        (largest / (power / 2.0)).ceil() * (power / 2.0)
    } else {
        end
    };
    match unit {
        Unit::Percent if largest <= 100.0 => end.min(100.0),
        _ => end,
    }
}

/// The overview chart of `all`, each compared with the group it names.
pub(crate) fn overview_chart(all: &[IndicatorSeries]) -> OverviewChart {
    let mut scales: Vec<(Unit, Vec<OverviewRow>)> = Vec::new();
    for series in all {
        let Some(gap) = series.gap else { continue };
        let comparison_label = series.comparison.clone();
        let phrase = gap.phrase(&series.unit);
        let row = OverviewRow {
            name: series.name.clone(),
            district: gap.district,
            district_text: series.unit.value_text(gap.district),
            comparison: gap.utrecht,
            comparison_text: series.unit.value_text(gap.utrecht),
            hover: format!("{}: {phrase} ({comparison_label})", series.name),
            comparison_label,
            worse: gap.worse,
            value_label: phrase,
        };
        match scales.iter_mut().find(|(unit, _)| *unit == series.unit) {
            Some((_, rows)) => rows.push(row),
            None => scales.push((series.unit.clone(), vec![row])),
        }
    }
    let scales = scales
        .into_iter()
        .map(|(unit, rows)| {
            let largest = rows
                .iter()
                .flat_map(|r| [r.district, r.comparison])
                .fold(0.0, f64::max);
            let max = scale_end(largest, &unit);
            let step = max / 4.0;
            let ticks = (0..=4)
                .map(|i| {
                    let at = step * f64::from(i);
                    (at, unit.value_text(at))
                })
                .collect();
            let title = match &unit {
                Unit::Percent => "Percentages".to_owned(),
                Unit::Years => "Jaren".to_owned(),
                Unit::Count(noun) => format!("Aantal {noun}"),
            };
            OverviewScale {
                title,
                max,
                ticks,
                rows,
            }
        })
        .collect();
    OverviewChart {
        scales,
        description: overview_text(all),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::indicator_series;

    #[test]
    fn families_at_the_buurtteam_are_a_line_and_poverty_a_row_of_the_overview() {
        let data = crate::model::shipped_for_tests();
        let series = indicator_series(&data);
        let families = series
            .iter()
            .find(|s| s.id == "gezinnen-buurtteam")
            .unwrap_or_else(|| panic!("families"));
        let chart = indicator_chart(&data, families);
        assert_eq!(chart.district_name, "Overvecht");
        assert_eq!(
            chart.shape,
            IndicatorShape::Lines {
                district: vec![[2019.0, 349.0], [2023.0, 282.0]],
                utrecht: Vec::new(),
            }
        );
        assert!(chart.tooltip("Overvecht", 2023.0, 282.0).contains("Bron: "));
        let overview = overview_chart(&series);
        let percentages = &overview.scales[0];
        assert_eq!(percentages.title, "Percentages");
        let poverty = percentages
            .rows
            .iter()
            .find(|r| r.name.contains("armoedegrens"))
            .unwrap_or_else(|| panic!("poverty"));
        assert!(poverty.worse);
        assert_eq!(poverty.value_label, "15 procentpunt hoger: 29% tegen 14%");
        // Both values are positions on one scale: sociale huur's gap of 32
        // points is longer than armoede's 15, as the words say.
        let housing = percentages
            .rows
            .iter()
            .find(|r| r.name.contains("sociale huur"))
            .unwrap_or_else(|| panic!("housing"));
        assert!(housing.district - housing.comparison > poverty.district - poverty.comparison);
        assert!(
            percentages.max >= 65.0 && percentages.max <= 100.0,
            "{}",
            percentages.max
        );
        // Years never share an axis with percentages.
        let years = overview
            .scales
            .iter()
            .find(|s| s.title == "Jaren")
            .unwrap_or_else(|| panic!("years"));
        assert_eq!(years.rows.len(), 1);
        assert_eq!(
            years.rows[0].comparison_label,
            "gemiddeld in andere wijken van Utrecht"
        );
    }

    #[test]
    fn a_scale_ends_at_a_round_number_above_the_largest_value() {
        assert_eq!(scale_end(65.0, &Unit::Percent), 100.0);
        assert_eq!(scale_end(41.0, &Unit::Percent), 50.0);
        assert_eq!(scale_end(8.3, &Unit::Years), 10.0);
        assert_eq!(scale_end(3.5, &Unit::Percent), 5.0);
        assert_eq!(scale_end(99.0, &Unit::Percent), 100.0);
        assert_eq!(scale_end(0.0, &Unit::Percent), 1.0);
        assert_eq!(scale_end(f64::NAN, &Unit::Years), 1.0);
    }

    #[test]
    fn an_indicator_of_one_year_is_two_bars() {
        let data = crate::model::shipped_for_tests();
        let series = indicator_series(&data);
        let Some(single) = series.iter().find(|s| s.year_count() == 1) else {
            return;
        };
        let chart = indicator_chart(&data, single);
        let IndicatorShape::SingleYear {
            district, utrecht, ..
        } = &chart.shape
        else {
            panic!("bars expected: {:?}", chart.shape);
        };
        assert!(district.is_some() || utrecht.is_some());
        assert!(utrecht.as_ref().is_none_or(|bar| bar.x == 1.0));
    }
}
