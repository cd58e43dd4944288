//! Figures derived from the dataset for the plots and tables: computed once
//! per change of the data, not every frame.

use super::limits::checked_sum;
use super::{Budget, Dataset, Direction, Unit};

/// Whether the wijk moves the right way between its last two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    /// The last value is better than the one before.
    Better,
    /// The last value is worse than the one before.
    Worse,
    /// No change.
    Flat,
    /// Fewer than two values.
    Unknown,
}

impl Trend {
    /// Dutch label.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Better => "gaat de goede kant op",
            Self::Worse => "gaat de verkeerde kant op",
            Self::Flat => "gelijk gebleven",
            Self::Unknown => "nog geen ontwikkeling (één meting)",
        }
    }
}

/// How far the wijk is from the Utrecht average in the latest year with both.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    /// The year.
    pub year: i32,
    /// The wijk's value.
    pub district: f64,
    /// The Utrecht average.
    pub utrecht: f64,
    /// (wijk − Utrecht) / Utrecht, in percent.
    pub relative_percent: f64,
    /// Whether the wijk is on the worse side of the average.
    pub worse: bool,
}

impl Gap {
    /// The difference in words a council member reads right: percentages
    /// in percentage points ("15 procentpunt hoger: 29% tegen 14%"), years
    /// in years, other counts in percent of the average.
    pub fn phrase(&self, unit: &Unit) -> String {
        let both = format!(
            "{} tegen {}",
            super::format::with_unit(self.district, unit),
            super::format::with_unit(self.utrecht, unit)
        );
        let difference = self.district - self.utrecht;
        if difference.abs() < f64::EPSILON {
            return format!("gelijk: {both}");
        }
        let (higher, lower) = match unit {
            Unit::Years => ("langer", "korter"),
            Unit::Percent | Unit::Count(_) => ("hoger", "lager"),
        };
        let way = if difference > 0.0 { higher } else { lower };
        let size = match unit {
            Unit::Percent => format!(
                "{} procentpunt",
                super::format::decimal(difference.abs(), 1)
            ),
            Unit::Years => format!("{} jaar", super::format::decimal(difference.abs(), 1)),
            Unit::Count(_) => format!(
                "{}%",
                super::format::decimal(self.relative_percent.abs(), 0)
            ),
        };
        format!("{size} {way}: {both}")
    }
}

/// One indicator, ready to plot.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorSeries {
    /// Position in `Dataset::indicators`.
    pub index: usize,
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Ambition number.
    pub ambition: Option<u8>,
    /// Unit.
    pub unit: Unit,
    /// Which way is better.
    pub direction: Direction,
    /// (year, value) of the wijk, by year.
    pub district: Vec<[f64; 2]>,
    /// (year, value) of the Utrecht average, by year.
    pub utrecht: Vec<[f64; 2]>,
    /// (year, value) of the target.
    pub target: Option<[f64; 2]>,
    /// Direction of the last change.
    pub trend: Trend,
    /// Distance to Utrecht in the latest year with both values.
    pub gap: Option<Gap>,
}

impl IndicatorSeries {
    /// Number of distinct years with any value.
    pub fn year_count(&self) -> usize {
        let mut years: Vec<i64> = self
            .district
            .iter()
            .chain(&self.utrecht)
            .map(|[year, _]| super::convert::rounded_i64(*year))
            .collect();
        years.sort_unstable();
        years.dedup();
        years.len()
    }
}

/// Every indicator of the dataset as a series.
pub fn indicator_series(data: &Dataset) -> Vec<IndicatorSeries> {
    data.indicators
        .iter()
        .enumerate()
        .map(|(index, indicator)| {
            let mut values: Vec<_> = indicator.values.iter().collect();
            values.sort_by_key(|value| value.year);
            let district: Vec<[f64; 2]> = values
                .iter()
                .filter_map(|v| v.district.map(|d| [f64::from(v.year), d]))
                .collect();
            let utrecht: Vec<[f64; 2]> = values
                .iter()
                .filter_map(|v| v.utrecht.map(|u| [f64::from(v.year), u]))
                .collect();
            let better = |newer: f64, older: f64| match indicator.direction {
                Direction::HigherIsBetter => newer > older,
                Direction::LowerIsBetter => newer < older,
            };
            let trend = match district.as_slice() {
                [.., [_, older], [_, newer]] if (newer - older).abs() < f64::EPSILON => Trend::Flat,
                [.., [_, older], [_, newer]] if better(*newer, *older) => Trend::Better,
                [.., _, _] => Trend::Worse,
                _ => Trend::Unknown,
            };
            let gap = values.iter().rev().find_map(|v| {
                let (district, utrecht) = (v.district?, v.utrecht?);
                let relative_percent = if utrecht.abs() > f64::EPSILON {
                    (district - utrecht) / utrecht * 100.0
                } else {
                    0.0
                };
                Some(Gap {
                    year: v.year,
                    district,
                    utrecht,
                    relative_percent,
                    worse: (district - utrecht).abs() > f64::EPSILON && !better(district, utrecht),
                })
            });
            IndicatorSeries {
                index,
                id: indicator.id.clone(),
                name: indicator.name.clone(),
                ambition: indicator.ambition,
                unit: indicator.unit.clone(),
                direction: indicator.direction,
                district,
                utrecht,
                target: indicator
                    .target
                    .as_ref()
                    .map(|t| [f64::from(t.year), t.value]),
                trend,
                gap,
            }
        })
        .collect()
}

/// The money of one year, split for the stacked bars and the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetYear {
    /// The year.
    pub year: i32,
    /// Structural municipal money after changes.
    pub structural_eur: i64,
    /// Structural money lost to cuts in force (positive), 0 before the cut.
    pub cut_eur: i64,
    /// Confirmed incidental money per source: (name, amount).
    pub confirmed: Vec<(String, i64)>,
    /// Unconfirmed incidental money: (name, amount if known).
    pub unconfirmed: Vec<(String, Option<i64>)>,
    /// Structural plus confirmed incidental.
    pub total_eur: i64,
    /// Allocated to ambitions.
    pub allocated_eur: i64,
    /// What is not allocated (negative when over-allocated).
    pub unallocated_eur: i64,
}

impl BudgetYear {
    /// Whether the allocations exceed what the year has.
    pub fn over_allocated(&self) -> bool {
        self.unallocated_eur < 0
    }
}

/// The budget per year, first to last. A year whose amounts do not fit in a
/// sum is left out (validation reports it); nothing wraps or panics.
pub fn budget_years(budget: &Budget) -> Vec<BudgetYear> {
    budget
        .years()
        .filter_map(|year| budget_year(budget, year))
        .collect()
}

fn budget_year(budget: &Budget, year: i32) -> Option<BudgetYear> {
    let structural_eur = budget.structural_in_year(year)?;
    let cut_eur = checked_sum(
        budget
            .structural_changes
            .iter()
            .filter(|c| c.from_year <= year && c.amount_eur < 0)
            .map(|c| c.amount_eur),
    )?
    .checked_neg()?;
    let in_year = |f: &&super::IncidentalFunding| f.first_year <= year && year <= f.last_year;
    let confirmed: Vec<(String, i64)> = budget
        .incidental
        .iter()
        .filter(|f| f.confirmed)
        .filter(in_year)
        .filter_map(|f| Some((f.name.clone(), f.amount_in_year(year)?)))
        .collect();
    let unconfirmed = budget
        .incidental
        .iter()
        .filter(|f| !f.confirmed)
        .filter(in_year)
        .map(|f| (f.name.clone(), f.amount_in_year(year)))
        .collect();
    let total_eur = structural_eur.checked_add(checked_sum(confirmed.iter().map(|(_, a)| *a))?)?;
    let allocated_eur = budget.allocated_in_year(year)?;
    Some(BudgetYear {
        year,
        structural_eur,
        cut_eur,
        confirmed,
        unconfirmed,
        total_eur,
        allocated_eur,
        unallocated_eur: total_eur.checked_sub(allocated_eur)?,
    })
}

/// The support budgets of the wijkplatforms of one wijk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportRow {
    /// CBS code.
    pub district_id: String,
    /// Wijk name.
    pub district_name: String,
    /// Number of platforms.
    pub platforms: usize,
    /// Platforms known to receive the standard budget.
    pub receiving: usize,
    /// Platforms for which it is not known.
    pub unknown: usize,
    /// `receiving` × the standard amount.
    pub amount_eur: i64,
}

/// Support budgets per wijk.
pub fn support_rows(data: &Dataset) -> Vec<SupportRow> {
    data.districts
        .iter()
        .map(|district| {
            let platforms: Vec<_> = data.platforms_of(&district.id).map(|(_, p)| p).collect();
            let receiving = platforms
                .iter()
                .filter(|p| p.funding.support_budget == Some(true))
                .count();
            let unknown = platforms
                .iter()
                .filter(|p| p.funding.support_budget.is_none())
                .count();
            SupportRow {
                district_id: district.id.clone(),
                district_name: district.name.clone(),
                platforms: platforms.len(),
                receiving,
                unknown,
                // Out of range only for amounts outside the limits; shown as 0 then.
                amount_eur: i64::try_from(receiving)
                    .ok()
                    .and_then(|count| count.checked_mul(data.budget.platform_support_eur))
                    .unwrap_or(0),
            }
        })
        .collect()
}

/// Everything the plots need, with the change it was derived from.
#[derive(Clone, Debug, Default)]
pub struct Derived {
    /// Change counter of the data these figures belong to.
    pub change: u64,
    /// Indicator series.
    pub indicators: Vec<IndicatorSeries>,
    /// Budget per year.
    pub budget: Vec<BudgetYear>,
    /// Support budgets per wijk.
    pub support: Vec<SupportRow>,
    /// The real map, when boundaries are imported.
    pub map: Option<std::sync::Arc<super::MapShapes>>,
    /// The boundaries `map` was made from, to redo it only when they change.
    map_source: Vec<super::Boundary>,
}

impl Derived {
    /// Derives everything from `data`.
    pub fn from_data(data: &Dataset, change: u64) -> Self {
        Self {
            change,
            indicators: indicator_series(data),
            budget: budget_years(&data.budget),
            support: support_rows(data),
            map: super::MapShapes::from_data(data).map(std::sync::Arc::new),
            map_source: data.boundaries.clone(),
        }
    }

    /// Derives everything again after a change, keeping the map when the
    /// boundaries did not change (triangulation is the costly part).
    pub fn update(&mut self, data: &Dataset, change: u64) {
        let map = if self.map_source == data.boundaries {
            self.map.take()
        } else {
            super::MapShapes::from_data(data).map(std::sync::Arc::new)
        };
        *self = Self {
            change,
            indicators: indicator_series(data),
            budget: budget_years(&data.budget),
            support: support_rows(data),
            map,
            map_source: data.boundaries.clone(),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Dataset {
        crate::model::shipped_for_tests()
    }

    #[test]
    fn fewer_families_at_the_buurtteam_is_the_right_way() {
        let series = indicator_series(&shipped());
        let families = series
            .iter()
            .find(|s| s.id == "gezinnen-buurtteam")
            .map(|s| (s.trend, s.district.clone()));
        assert_eq!(
            families,
            Some((Trend::Better, vec![[2019.0, 349.0], [2023.0, 282.0]]))
        );
    }

    #[test]
    fn gaps_are_told_in_percentage_points_or_years() {
        let series = indicator_series(&shipped());
        let phrase = |id: &str| {
            series
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| Some(s.gap?.phrase(&s.unit)))
                .unwrap_or_default()
        };
        assert_eq!(
            phrase("armoedegrens"),
            "15 procentpunt hoger: 29% tegen 14%"
        );
        assert!(
            phrase("duur-bijstand").starts_with("1,1 jaar langer"),
            "{}",
            phrase("duur-bijstand")
        );
    }

    #[test]
    fn poverty_is_far_above_the_utrecht_average() {
        let series = indicator_series(&shipped());
        let gap = series
            .iter()
            .find(|s| s.id == "armoedegrens")
            .and_then(|s| s.gap);
        let gap = gap.unwrap_or_else(|| panic!("gap"));
        assert!(gap.worse);
        assert!((gap.relative_percent - (29.0 - 14.0) / 14.0 * 100.0).abs() < 1e-9);
    }

    #[test]
    fn the_budget_shows_the_cut_from_2026() {
        let years = budget_years(&shipped().budget);
        let y2025 = &years[1];
        let y2026 = &years[2];
        assert_eq!(
            (y2025.year, y2025.structural_eur, y2025.cut_eur),
            (2025, 4_018_000, 0)
        );
        assert_eq!(
            (y2026.year, y2026.structural_eur, y2026.cut_eur),
            (2026, 3_299_000, 719_000)
        );
        assert_eq!(y2026.total_eur, 3_299_000 + 2_500_000);
        assert_eq!(years[0].total_eur, 4_018_000, "no Regiodeal in 2024");
        assert!(
            y2025
                .unconfirmed
                .iter()
                .any(|(name, amount)| name.contains("SPUK") && amount.is_none())
        );
    }

    #[test]
    fn a_two_billion_year_derives_quickly_and_bounded() {
        let mut data = shipped();
        data.budget.last_year = 2_000_000_000;
        data.budget.structural_eur = i64::MAX;
        let derived = Derived::from_data(&data, 1);
        assert!(derived.budget.len() <= 100);
        data.budget.structural_eur = 4_018_000;
        let derived = Derived::from_data(&data, 2);
        assert_eq!(derived.budget.last().map(|y| y.year), Some(2100));
    }

    #[test]
    fn support_budgets_count_known_platforms_only() {
        let rows = support_rows(&shipped());
        let overvecht = rows
            .iter()
            .find(|r| r.district_name == "Overvecht")
            .cloned();
        assert_eq!(
            overvecht.map(|r| (r.platforms, r.receiving, r.amount_eur)),
            Some((1, 1, 5_300))
        );
        let zuid = rows.iter().find(|r| r.district_name == "Zuid").cloned();
        assert_eq!(
            zuid.map(|r| (r.platforms, r.unknown, r.amount_eur)),
            Some((2, 2, 0))
        );
    }
}
