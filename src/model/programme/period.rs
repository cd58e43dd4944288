//! When an intervention runs: the period as the letter words it ("eind
//! 2024", "Q3 2025", "na de zomer van 2025") and, where the words give
//! one, a month to sort by and to draw on the timeline. The words are what
//! the council reads; the months are read from them, never guessed where
//! the words give no year.

use serde::{Deserialize, Serialize};

use crate::model::format::{YEARS, month_name, month_number};

/// A month of a year: what a period's words give at best.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct YearMonth {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
}

impl YearMonth {
    /// The month as a number of months since year 0, for drawing.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// "jul 2025".
    pub fn short_text(self) -> String {
        let name = month_name(u32::from(self.month.saturating_sub(1)));
        let short: String = name.chars().take(3).collect();
        format!("{short} {}", self.year)
    }

    /// Whether it is a month of a year the app knows (1900–2100, month 1–12).
    pub fn is_valid(self) -> bool {
        YEARS.contains(&self.year) && (1..=12).contains(&self.month)
    }
}

/// An intervention's period: the words, and the months read from them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// As the source words it: "eind 2024 opgeleverd", "na de zomer van 2025".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The first month the words give, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<YearMonth>,
    /// The last month the words give, if any (none: still running, or a
    /// single moment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<YearMonth>,
}

/// Why the words of a period give no month.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// No year in the words.
    #[error(
        "in ‘{0}’ staat geen jaartal; de interventie komt pas op de tijdlijn met een jaar erin, zoals ‘Q3 2025’, ‘eind 2024’ of ‘juni 2024 – 2026’."
    )]
    NoYear(String),
    /// A year outside 1900–2100.
    #[error("het jaar {0} ligt buiten 1900–2100; schrijf een jaartal zoals 2025.")]
    YearOutOfRange(i64),
    /// The end lies before the start.
    #[error("de periode eindigt ({end}) voordat ze begint ({start}); draai ze om.")]
    EndBeforeStart {
        /// The first month, in words.
        start: String,
        /// The last month, in words.
        end: String,
    },
}

impl Period {
    /// The period the words give: the months where there is a year in
    /// them. Words without a year are kept, with an error that says why
    /// there is no month (the text is still what the council reads).
    pub fn from_text(text: &str) -> Result<Self, PeriodError> {
        let (start, end) = read_months(text)?;
        Ok(Self {
            // As typed: trimming here would eat the space the user is typing.
            text: text.to_owned(),
            start,
            end,
        })
    }

    /// The words, or "–" where there are none.
    pub fn text_or_dash(&self) -> &str {
        if self.text.trim().is_empty() {
            "–"
        } else {
            &self.text
        }
    }

    /// The months as the timeline reads them: "jul 2025 – dec 2026",
    /// "vanaf jul 2025", or "geen datum".
    pub fn months_text(&self) -> String {
        match (self.start, self.end) {
            (Some(start), Some(end)) if start == end => start.short_text(),
            (Some(start), Some(end)) => format!("{} – {}", start.short_text(), end.short_text()),
            (Some(start), None) => format!("vanaf {}", start.short_text()),
            (None, Some(end)) => format!("tot {}", end.short_text()),
            (None, None) => "geen datum".to_owned(),
        }
    }

    /// The month to sort by: the start, else the end.
    pub fn sort_key(&self) -> Option<YearMonth> {
        self.start.or(self.end)
    }
}

/// One moment in the words: its year and the first and last month it
/// covers ("Q3 2025" is July to September).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Moment {
    first: YearMonth,
    last: YearMonth,
}

/// The months in `text`: one moment gives a start (and, for a span such
/// as a quarter, nothing more: the work starts then); two give a start and
/// an end.
fn read_months(text: &str) -> Result<(Option<YearMonth>, Option<YearMonth>), PeriodError> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '–' | '—' | '/'))
        .flat_map(split_year_range)
        .filter(|w| !w.is_empty())
        .collect();
    let mut moments = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let digits = word.trim_end_matches(['.', ':', ';']);
        if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let year: i64 = digits.parse().unwrap_or_default();
        let Ok(year) = i32::try_from(year) else {
            return Err(PeriodError::YearOutOfRange(year));
        };
        if !YEARS.contains(&year) {
            return Err(PeriodError::YearOutOfRange(i64::from(year)));
        }
        moments.push(moment(year, &words[..at]));
    }
    let (Some(first), last) = (moments.first().copied(), moments.last().copied()) else {
        return Err(PeriodError::NoYear(text.trim().to_owned()));
    };
    let end = last.filter(|_| moments.len() > 1).map(|m| m.last);
    if let Some(end) = end
        && end < first.first
    {
        return Err(PeriodError::EndBeforeStart {
            start: first.first.short_text(),
            end: end.short_text(),
        });
    }
    Ok((Some(first.first), end))
}

/// "2024-2026" is two years.
fn split_year_range(word: &str) -> Vec<&str> {
    match word.split_once('-') {
        Some((a, b)) if a.len() == 4 && b.len() == 4 => vec![a, b],
        _ => vec![word],
    }
}

/// The moment a year makes with the words just before it ("eind", "Q3",
/// "na de zomer van", "juni", "2e helft").
fn moment(year: i32, before: &[&str]) -> Moment {
    let at = |first: u8, last: u8| Moment {
        first: YearMonth { year, month: first },
        last: YearMonth { year, month: last },
    };
    let near: Vec<&str> = before.iter().rev().take(4).copied().collect();
    let previous = near.first().copied().unwrap_or("");
    if let Some(month) = month_number(previous) {
        return at(month, month);
    }
    let has = |word: &str| near.contains(&word);
    if let Some(quarter) = previous
        .strip_prefix('q')
        .and_then(|q| q.parse::<u8>().ok())
        .filter(|q| (1..=4).contains(q))
    {
        return at(quarter * 3 - 2, quarter * 3);
    }
    if has("helft") || has("halfjaar") {
        return if has("2e") || has("tweede") {
            at(7, 12)
        } else {
            at(1, 6)
        };
    }
    if has("zomer") {
        return if has("na") { at(9, 9) } else { at(7, 8) };
    }
    if has("najaar") {
        return at(9, 11);
    }
    if has("voorjaar") {
        return at(3, 5);
    }
    if has("eind") || has("einde") {
        return at(12, 12);
    }
    if has("begin") {
        return at(1, 1);
    }
    if has("medio") || has("midden") {
        return at(6, 6);
    }
    at(1, 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(text: &str) -> (Option<String>, Option<String>) {
        let period = Period::from_text(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (
            period.start.map(YearMonth::short_text),
            period.end.map(YearMonth::short_text),
        )
    }

    #[test]
    fn the_letters_words_give_the_months_they_mean() {
        let cases = [
            ("eind 2024 opgeleverd", ("dec 2024", None)),
            ("Q3 2025", ("jul 2025", None)),
            ("na de zomer van 2025", ("sep 2025", None)),
            ("zomer 2024", ("jul 2024", None)),
            ("in de zomer van 2024 van start", ("jul 2024", None)),
            ("gestart in januari 2024", ("jan 2024", None)),
            ("juni 2024", ("jun 2024", None)),
            ("2e helft van 2025", ("jul 2025", None)),
            ("in de tweede helft van 2025", ("jul 2025", None)),
            ("april 2024", ("apr 2024", None)),
            ("2024", ("jan 2024", None)),
            ("2024-2027", ("jan 2024", Some("dec 2027"))),
            ("juni 2024 – eind 2026", ("jun 2024", Some("dec 2026"))),
            ("sinds zomer 2024", ("jul 2024", None)),
            ("mei 2025", ("mei 2025", None)),
        ];
        for (text, (start, end)) in cases {
            assert_eq!(
                months(text),
                (Some(start.to_owned()), end.map(str::to_owned)),
                "{text}"
            );
        }
    }

    #[test]
    fn words_without_a_year_are_kept_and_say_why_there_is_no_month() {
        let error = Period::from_text("later dit jaar").unwrap_err();
        assert!(error.to_string().contains("geen jaartal"), "{error}");
        assert!(matches!(
            Period::from_text("Q3 2201"),
            Err(PeriodError::YearOutOfRange(2201))
        ));
        assert!(matches!(
            Period::from_text("Q1 0999"),
            Err(PeriodError::YearOutOfRange(999))
        ));
        // A long number is no year: the year beside it counts.
        let long = Period::from_text("99999999999 tot 2025").unwrap_or_default();
        assert_eq!(
            long.start.map(YearMonth::short_text).as_deref(),
            Some("jan 2025")
        );
        let backwards = Period::from_text("2026 tot 2024").unwrap_err();
        assert!(backwards.to_string().contains("draai ze om"), "{backwards}");
    }

    #[test]
    fn the_months_read_as_text() {
        let period = Period::from_text("juni 2024 – eind 2026").unwrap_or_default();
        assert_eq!(period.months_text(), "jun 2024 – dec 2026");
        assert_eq!(Period::default().months_text(), "geen datum");
        assert_eq!(Period::default().text_or_dash(), "–");
    }
}
