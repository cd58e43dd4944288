//! The indicator charts: one indicator over the years against the Utrecht
//! average (or two bars when it has one year), and the overview of how far
//! the wijk is from the average per indicator.

use super::{ChartBar, indicator_text, overview_text};
use crate::model::format;
use crate::model::{Dataset, IndicatorSeries, Trend, Unit};

/// How one indicator is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorShape {
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
pub struct TargetMark {
    /// "Doel 2030: 20%".
    pub label: String,
    /// The year.
    pub year: f64,
    /// The value.
    pub value: f64,
}

/// One indicator's chart.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorChart {
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
    pub fn tooltip(&self, series_name: &str, x: f64, y: f64) -> String {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "years on the axis lie within 1900–2100"
        )]
        let year = x.round() as i32;
        let value = format::with_unit(y, &self.unit);
        match self.sources.iter().find(|(y, _)| *y == year) {
            Some((_, source)) if !source.is_empty() => {
                format!("{series_name}\n{year}: {value}\nBron: {source}")
            }
            _ => format!("{series_name}\n{year}: {value}"),
        }
    }
}

/// The chart of one indicator of `data`.
pub fn indicator_chart(data: &Dataset, series: &IndicatorSeries) -> IndicatorChart {
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
                label: format!("{name} {}", format::with_unit(*value, &series.unit)),
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
        label: format!("Doel {year:.0}: {}", format::with_unit(value, &series.unit)),
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

/// One row of the overview: an indicator and its distance to Utrecht.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewRow {
    /// The indicator's name (the row's axis label).
    pub name: String,
    /// The distance to the Utrecht average, in percent of it.
    pub relative_percent: f64,
    /// Whether the wijk is on the worse side.
    pub worse: bool,
    /// The bar's tooltip.
    pub hover: String,
    /// The text beside the bar.
    pub value_label: String,
}

/// The overview of every indicator with both a wijk value and the average.
#[derive(Clone, Debug, PartialEq)]
pub struct OverviewChart {
    /// One row per indicator, top row first (y = its index).
    pub rows: Vec<OverviewRow>,
    /// The largest distance (for the room right of the bars).
    pub max_gap: f64,
    /// The chart's text alternative.
    pub description: String,
}

/// The overview chart of `all`.
pub fn overview_chart(all: &[IndicatorSeries]) -> OverviewChart {
    let rows: Vec<OverviewRow> = all
        .iter()
        .filter_map(|s| {
            let gap = s.gap?;
            let phrase = gap.phrase(&s.unit);
            Some(OverviewRow {
                name: s.name.clone(),
                relative_percent: gap.relative_percent,
                worse: gap.worse,
                hover: format!("{}: {phrase} in Utrecht ({})", s.name, gap.year),
                value_label: phrase,
            })
        })
        .collect();
    let max_gap = rows.iter().map(|r| r.relative_percent).fold(0.0, f64::max);
    OverviewChart {
        rows,
        max_gap,
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
        let poverty = overview
            .rows
            .iter()
            .find(|r| r.name.contains("armoedegrens"))
            .unwrap_or_else(|| panic!("poverty"));
        assert!(poverty.worse);
        assert_eq!(poverty.value_label, "15 procentpunt hoger: 29% tegen 14%");
        assert!(overview.max_gap >= poverty.relative_percent);
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
