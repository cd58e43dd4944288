//! The interventions over the years: a bar per intervention from the first
//! to the last month its words give, coloured by status; a running one
//! without an end runs to today; one with a single moment is a mark. Those
//! whose words give no year are listed apart, never placed on a guess.

use crate::model::{Dataset, InterventionFilter, InterventionStatus, YearMonth};

/// One intervention on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TimelineRow {
    /// Its place in `Dataset::interventions`.
    pub index: usize,
    /// Its name.
    pub name: String,
    /// Its ambition.
    pub ambition: u8,
    /// How far it is.
    pub status: InterventionStatus,
    /// The first month, as a month index ([`YearMonth::index`]).
    pub start: i64,
    /// The month after the last one (a bar of one month ends at start + 1).
    pub end: i64,
    /// Runs to today because it is still running and the words give no end.
    pub to_today: bool,
    /// A single moment (a delivery, a start date), drawn as a mark.
    pub moment: bool,
    /// What it says: "Jongerenpunt — voorbereiding, na de zomer van 2025".
    pub text: String,
}

/// The timeline of the interventions a filter keeps.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct TimelineChart {
    /// The rows, per ambition, earliest first.
    pub rows: Vec<TimelineRow>,
    /// The first month shown (a January).
    pub first: i64,
    /// The month after the last one shown (a January).
    pub last: i64,
    /// This month.
    pub today: i64,
    /// Interventions kept by the filter whose words give no year, by name.
    pub undated: Vec<String>,
}

impl TimelineChart {
    /// The years whose January lies on the axis.
    pub(crate) fn years(&self) -> impl Iterator<Item = i64> + '_ {
        (self.first.div_euclid(12)..=self.last.div_euclid(12)).filter(move |y| y * 12 < self.last)
    }

    /// What the timeline shows, as sentences for a screen reader.
    pub(crate) fn text(&self) -> String {
        let mut lines = vec![format!(
            "Tijdlijn van {} interventies; vandaag is {}.",
            self.rows.len(),
            month_text(self.today)
        )];
        lines.extend(self.rows.iter().map(|row| format!("{}.", row.text)));
        if !self.undated.is_empty() {
            lines.push(format!(
                "Zonder jaartal in de periode, niet op de tijdlijn: {}.",
                self.undated.join(", ")
            ));
        }
        lines.join(" ")
    }
}

fn month_text(index: i64) -> String {
    let year = i32::try_from(index.div_euclid(12)).unwrap_or_default();
    let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    YearMonth { year, month }.short_text()
}

/// The timeline of `data`'s interventions that `filter` keeps, with `today`
/// marked.
pub(crate) fn timeline(
    data: &Dataset,
    filter: &InterventionFilter,
    today: YearMonth,
) -> TimelineChart {
    let today = today.index();
    let mut rows = Vec::new();
    let mut undated = Vec::new();
    for (index, intervention) in data.interventions.iter().enumerate() {
        if !filter.keeps(data, intervention) {
            continue;
        }
        let period = &intervention.period;
        let (Some(first), last) = (period.sort_key(), period.end) else {
            undated.push(intervention.name.clone());
            continue;
        };
        let start = first.index();
        let running = intervention.status.is_running();
        let (end, to_today, moment) = match last {
            Some(last) if period.start.is_some() => (last.index() + 1, false, false),
            _ if running && today > start => (today + 1, true, false),
            _ => (start + 1, false, true),
        };
        let when = if period.text.trim().is_empty() {
            period.months_text()
        } else {
            format!("{} ({})", period.text.trim(), period.months_text())
        };
        rows.push(TimelineRow {
            index,
            name: intervention.name.clone(),
            ambition: intervention.ambition,
            status: intervention.status,
            start,
            end,
            to_today,
            moment,
            text: format!(
                "{} — {}, {when}{}",
                intervention.name,
                intervention.status.label_nl(),
                if to_today { ", loopt nog" } else { "" }
            ),
        });
    }
    rows.sort_by_key(|row| (row.ambition, row.start, row.end));
    let earliest = rows.iter().map(|r| r.start).min().unwrap_or(today);
    let latest = rows.iter().map(|r| r.end).max().unwrap_or(today + 1);
    let first = earliest.min(today).div_euclid(12) * 12;
    let last = (latest.max(today + 1) + 11).div_euclid(12) * 12;
    TimelineChart {
        rows,
        first,
        last,
        today,
        undated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::shipped_for_tests;

    const TODAY: YearMonth = YearMonth {
        year: 2026,
        month: 12,
    };

    #[test]
    fn bars_follow_the_words_and_running_work_reaches_today() {
        let data = shipped_for_tests();
        let chart = timeline(&data, &InterventionFilter::default(), TODAY);
        let row = |name: &str| {
            chart
                .rows
                .iter()
                .find(|r| r.name == name)
                .unwrap_or_else(|| panic!("{name} on the timeline"))
        };
        // "zomer 2024 van start", in uitvoering: from July 2024 to today.
        let oke = row("Ouder en Kind informatiecentrum OKé");
        assert_eq!(
            oke.start,
            YearMonth {
                year: 2024,
                month: 7
            }
            .index()
        );
        assert!(oke.to_today && oke.end == TODAY.index() + 1);
        // "eind 2024 opgeleverd": a mark in December 2024.
        let mix = row("De Mix");
        assert!(mix.moment);
        assert!(mix.text.contains("eind 2024 opgeleverd"), "{}", mix.text);
        assert!(chart.first <= mix.start && chart.last >= TODAY.index());
        // Words without a year are listed apart, not placed.
        assert!(chart.undated.iter().any(|n| n == "Groene Lint"));
        assert!(chart.text().contains("Zonder jaartal"));
        let placed = chart.rows.len() + chart.undated.len();
        assert_eq!(placed, data.interventions.len());
    }

    #[test]
    fn the_filter_decides_what_is_drawn() {
        let data = shipped_for_tests();
        let filter = InterventionFilter {
            search: "Jongerenpunt".into(),
            ..InterventionFilter::default()
        };
        let chart = timeline(&data, &filter, TODAY);
        assert_eq!(chart.rows.len(), 1);
        assert!(
            chart.rows[0]
                .text
                .contains("na de zomer van 2025 (vanaf sep 2025)")
        );
        let empty = timeline(&Dataset::default(), &filter, TODAY);
        assert!(empty.rows.is_empty());
        assert!(empty.first <= empty.today && empty.today < empty.last);
        assert!(empty.years().count() >= 1);
    }
}
