//! Figures derived from the dataset for the plots and tables: computed once
//! per change of the data, not every frame.

use super::limits::checked_sum;
use super::{Budget, Dataset, Direction, Unit, YearShare};

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
    /// The source names no year for these figures (`year` is its report's).
    pub year_from_report: bool,
}

impl Gap {
    /// The year as the source gives it: "2024", or "jaar niet genoemd
    /// (bron uit 2025)".
    pub fn year_text(&self) -> String {
        super::format::stated_year(self.year, self.year_from_report)
    }

    /// The difference in words a council member reads right: percentages
    /// in percentage points ("15 procentpunt hoger: 29% tegen 14%"), years
    /// in years, other counts in percent of the average.
    pub fn phrase(&self, unit: &Unit) -> String {
        let both = format!(
            "{} tegen {}",
            unit.value_text(self.district),
            unit.value_text(self.utrecht)
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
            // One way of writing a percentage everywhere: format::percent.
            Unit::Count(_) => super::format::percent(self.relative_percent.abs()),
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
    /// What the second figure is: "Utrecht gemiddeld", or the source's own
    /// group ("gemiddeld in andere wijken van Utrecht").
    pub comparison: String,
    /// The year of the wijk's latest value as the source gives it ("2023",
    /// "jaar niet genoemd (bron uit 2025)"); empty without a value.
    pub latest_year_text: String,
}

impl IndicatorSeries {
    /// Number of distinct years with any value.
    pub fn year_count(&self) -> usize {
        let mut years: Vec<i64> = self
            .district
            .iter()
            .chain(&self.utrecht)
            .map(|[year, _]| super::format::convert::rounded_i64(*year))
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
                    year_from_report: v.year_from_report,
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
                comparison: indicator.comparison_label().to_owned(),
                latest_year_text: values
                    .iter()
                    .rev()
                    .find(|v| v.district.is_some())
                    .map(|v| v.year_text())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Incidental money in one year of its period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncidentalYear {
    /// Its name: "Regiodeal vitale wijken 2.0 (Rijk)".
    pub name: String,
    /// Whether it is granted.
    pub confirmed: bool,
    /// What is known of it in this year.
    pub share: YearShare,
    /// The amount for its whole period, if known.
    pub total_eur: Option<i64>,
    /// Its period: "2025–2028".
    pub period: String,
}

impl IncidentalYear {
    /// In words, for a table cell: "€ 2.000.000 (eigen verdeling)", or
    /// "deel van € 10.000.000 voor 2025–2028", or "bedrag niet bekend".
    pub fn text(&self) -> String {
        match (self.share, self.total_eur) {
            (YearShare::Entered(amount), _) => {
                format!("{} (eigen verdeling)", super::format::euro(amount))
            }
            (_, Some(total)) => format!(
                "deel van {} voor {}",
                super::format::euro(total),
                self.period
            ),
            (_, None) => "bedrag niet bekend".to_owned(),
        }
    }
}

/// The money of one year, for the chart and the table: what is known to
/// the euro, and what is known only for a longer period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetYear {
    /// The year.
    pub year: i32,
    /// Structural municipal money after changes.
    pub structural_eur: i64,
    /// Structural money lost to cuts in force (positive), 0 before the cut.
    pub cut_eur: i64,
    /// Incidental money whose period holds this year, confirmed or not.
    pub incidental: Vec<IncidentalYear>,
    /// Structural money plus the confirmed incidental amounts entered for
    /// this year: the part of the year's money known to the euro.
    pub known_eur: i64,
    /// Allocated to ambitions.
    pub allocated_eur: i64,
    /// `known_eur` minus what is allocated (negative when more is
    /// allocated than is known; see `most_eur`).
    pub unallocated_eur: i64,
    /// The most the year can have (money known only for its period
    /// counted whole); `None` when an amount is not known at all.
    pub most_eur: Option<i64>,
}

impl BudgetYear {
    /// Whether confirmed incidental money lies in this year whose yearly
    /// amount is not known: then `known_eur` is not the year's total.
    pub fn incomplete(&self) -> bool {
        self.incidental
            .iter()
            .any(|i| i.confirmed && !matches!(i.share, YearShare::Entered(_)))
    }

    /// Whether the allocations exceed the most the year can have.
    pub fn over_allocated(&self) -> bool {
        self.most_eur.is_some_and(|most| self.allocated_eur > most)
    }

    /// The incidental money of the year in words, for a table cell: each
    /// source as known ("deel van € 10.000.000 voor 2025–2028"), or "niet
    /// bekend" where the sources name none for this year (never € 0).
    pub fn incidental_text(&self) -> String {
        if self.incidental.is_empty() {
            return "niet bekend".to_owned();
        }
        self.incidental
            .iter()
            .map(|i| {
                let unconfirmed = if i.confirmed { "" } else { ", niet bevestigd" };
                format!("{}: {}{unconfirmed}", i.name, i.text())
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The year's money in words, saying what it includes: "€ 3.299.000",
    /// or "€ 3.299.000 + deel van de Regiodeal" where a share is not known.
    pub fn total_text(&self) -> String {
        let unknown: Vec<&str> = self
            .incidental
            .iter()
            .filter(|i| i.confirmed && !matches!(i.share, YearShare::Entered(_)))
            .map(|i| i.name.as_str())
            .collect();
        if unknown.is_empty() {
            super::format::euro(self.known_eur)
        } else {
            format!(
                "{} + deel van {}",
                super::format::euro(self.known_eur),
                unknown.join(" en ")
            )
        }
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
    let incidental = budget
        .incidental
        .iter()
        .filter_map(|f| {
            let share = f.share_in_year(year);
            (share != YearShare::Outside).then(|| IncidentalYear {
                name: f.name.clone(),
                confirmed: f.confirmed,
                share,
                total_eur: f.total_eur,
                period: f.period_text(),
            })
        })
        .collect();
    let known_eur = budget.known_in_year(year)?;
    let allocated_eur = budget.allocated_in_year(year)?;
    Some(BudgetYear {
        year,
        structural_eur,
        cut_eur,
        incidental,
        known_eur,
        allocated_eur,
        unallocated_eur: known_eur.checked_sub(allocated_eur)?,
        most_eur: budget.most_in_year(year),
    })
}

/// A total over the period of incidental money that is known only as one
/// amount: "2025–2028: structureel € 13.915.000 en Regiodeal € 10.000.000,
/// samen € 23.915.000" — a sum of what the sources give, no split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodTotal {
    /// The period: "2025–2028".
    pub period: String,
    /// The incidental money's name.
    pub name: String,
    /// Structural money over the period's years.
    pub structural_eur: i64,
    /// The incidental money for the period.
    pub incidental_eur: i64,
    /// Both together.
    pub total_eur: i64,
}

impl PeriodTotal {
    /// One sentence: "2025–2028 samen: € 23.915.000 (structureel
    /// € 13.915.000 en Regiodeal vitale wijken 2.0 (Rijk) € 10.000.000)."
    pub fn sentence(&self) -> String {
        format!(
            "{} samen: {} (structureel {} en {} {}).",
            self.period,
            super::format::euro(self.total_eur),
            super::format::euro(self.structural_eur),
            self.name,
            super::format::euro(self.incidental_eur)
        )
    }
}

/// Per confirmed incidental money with a known total that the user did not
/// split over its years: the period's total of structural and that money.
pub fn period_totals(budget: &Budget) -> Vec<PeriodTotal> {
    budget
        .incidental
        .iter()
        .filter(|f| f.confirmed && f.per_year.is_empty())
        .filter_map(|f| {
            let incidental_eur = f.total_eur?;
            let structural: Option<Vec<i64>> =
                super::limits::bounded_years(f.first_year, f.last_year)
                    .map(|year| budget.structural_in_year(year))
                    .collect();
            let structural_eur = checked_sum(structural?)?;
            Some(PeriodTotal {
                period: f.period_text(),
                name: f.name.clone(),
                structural_eur,
                incidental_eur,
                total_eur: structural_eur.checked_add(incidental_eur)?,
            })
        })
        .collect()
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
    fn a_relative_difference_is_written_like_every_other_percentage() {
        let gap = Gap {
            year: 2024,
            district: 1_642.0,
            utrecht: 2_000.0,
            relative_percent: -17.9,
            worse: false,
            year_from_report: false,
        };
        let phrase = gap.phrase(&crate::model::Unit::Count("gezinnen".to_owned()));
        assert!(phrase.starts_with("17,9% lager"), "{phrase}");
        assert!(phrase.contains(&super::super::format::percent(17.9)));
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
        // The Regiodeal is € 10 mln for 2025–2028 together: no yearly
        // share is made up, and the year says what it holds.
        assert_eq!(y2026.known_eur, 3_299_000);
        assert!(y2026.incomplete());
        assert_eq!(
            y2026.total_text(),
            "€ 3.299.000 + deel van Regiodeal vitale wijken 2.0 (Rijk)"
        );
        assert!(
            y2026
                .incidental_text()
                .contains("deel van € 10.000.000 voor 2025–2028"),
            "{}",
            y2026.incidental_text()
        );
        // Nothing is known of incidental money in 2024 or 2029: not € 0.
        assert_eq!(years[0].incidental_text(), "niet bekend");
        assert_eq!(years[5].incidental_text(), "niet bekend");
        assert!(!years[0].incomplete());
        assert!(
            y2025
                .incidental
                .iter()
                .any(|i| i.name.contains("SPUK") && !i.confirmed && i.total_eur.is_none())
        );
    }

    #[test]
    fn the_regiodeal_period_total_adds_what_the_sources_give() {
        let totals = period_totals(&shipped().budget);
        assert_eq!(totals.len(), 1);
        assert_eq!(totals[0].period, "2025–2028");
        assert_eq!(totals[0].structural_eur, 4_018_000 + 3 * 3_299_000);
        assert_eq!(totals[0].total_eur, 4_018_000 + 3 * 3_299_000 + 10_000_000);
        assert_eq!(
            totals[0].sentence(),
            "2025–2028 samen: € 23.915.000 (structureel € 13.915.000 en Regiodeal vitale wijken 2.0 (Rijk) € 10.000.000)."
        );
    }

    #[test]
    fn a_two_billion_year_derives_quickly_and_bounded() {
        let mut data = shipped();
        data.budget.last_year = 2_000_000_000;
        data.budget.structural_eur = i64::MAX;
        assert!(budget_years(&data.budget).len() <= 100);
        data.budget.structural_eur = 4_018_000;
        assert_eq!(
            budget_years(&data.budget).last().map(|y| y.year),
            Some(2100)
        );
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
