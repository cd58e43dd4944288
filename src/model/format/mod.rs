//! Dutch numbers, money and dates: `€ 4.018.000`, `3,5%`, `bijna 200`, `2
//! december 2026`, and reading them back; the counted figure as a source
//! words it ([`Count`]); lossless conversions between number types
//! ([`convert`]). The lowest room of the model: it knows no register type.

pub mod convert;
mod quantity;

/// Every year the app holds, reads or lets a user type: 1900–2100. The one
/// rule: the file's limits, a table's year column, a typed date and the
/// year fields all ask it.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

pub use quantity::{Count, Qualifier};

/// The Dutch name of a month (0 is januari).
pub fn month_name(month0: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    MONTHS.get(month0 as usize).copied().unwrap_or("")
}

/// "juni" → 6 (also "jun" and "sept"; lower case, as Dutch writes months).
pub fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    (1..=12_u8).find(|&month| month_name(u32::from(month - 1)).starts_with(word))
}

/// A date as a user says it for "since": everything [`parse_date`] reads,
/// and "1 oktober" or "1 okt 2026" (without a year: the last such day
/// up to `today`).
///
/// # Errors
/// A Dutch message with an example when the text is no date.
pub fn parse_date_words(text: &str, today: chrono::NaiveDate) -> Result<chrono::NaiveDate, String> {
    use chrono::Datelike;
    if let Ok(date) = parse_date(text) {
        return Ok(date);
    }
    let lower = text.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (day, month, year) = match words.as_slice() {
        [day, month] => (day, month, None),
        [day, month, year] => (day, month, Some(year)),
        _ => (&"", &"", None),
    };
    let day = day.parse::<u32>().ok();
    let month = month_number(month).map(u32::from);
    let year = match year {
        Some(year) => year.parse::<i32>().ok().filter(|y| YEARS.contains(y)),
        None => Some(today.year()),
    };
    let date = match (day, month, year) {
        (Some(day), Some(month), Some(year)) => chrono::NaiveDate::from_ymd_opt(year, month, day),
        _ => None,
    };
    match date {
        // Without a year, "1 oktober" in December is this year's; in
        // September it is last year's.
        Some(date) if words.len() == 2 && date > today => date
            .with_year(date.year() - 1)
            .ok_or_else(|| format!("'{}' is geen datum", text.trim())),
        Some(date) => Ok(date),
        None => Err(format!(
            "'{}' is geen datum; schrijf bijvoorbeeld 1-10-2026 of 1 oktober",
            text.trim()
        )),
    }
}

/// A date in words: "2 december 2026".
pub fn date_nl(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month0()),
        date.year()
    )
}

/// A figure's year as the source gives it: "2024"; where the source names
/// no year and `year` is only the year of its report, "jaar niet genoemd
/// (bron uit 2025)" — never a year printed as a fact the source does not state.
pub fn stated_year(year: i32, from_report: bool) -> String {
    if from_report {
        format!("jaar niet genoemd (bron uit {year})")
    } else {
        year.to_string()
    }
}

/// A number with its noun in Dutch, singular for one: "1 wijziging",
/// "3 wijzigingen", "0 conflicten".
pub fn counted(count: usize, one: &str, more: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {more}")
    }
}

/// A whole number with dots between thousands: `4018000` → `4.018.000`.
pub fn thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        grouped.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    grouped
}

/// Whole euros Dutch style: `€ 4.018.000`, `-€ 719.000`.
pub fn euro(amount_eur: i64) -> String {
    if amount_eur < 0 {
        format!("-€ {}", thousands(amount_eur.saturating_abs()))
    } else {
        format!("€ {}", thousands(amount_eur))
    }
}

/// A number with at most `max_decimals` decimals, a decimal comma and
/// thousands dots, without trailing zeros: `3.5` → `3,5`, `55500.0` → `55.500`.
pub fn decimal(value: f64, max_decimals: usize) -> String {
    if !value.is_finite() {
        return "onbekend".to_owned();
    }
    let text = format!("{:.*}", max_decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let fraction = fraction.trim_end_matches('0');
    let whole: i64 = whole.parse().unwrap_or(0);
    let negative = value < 0.0 && (whole != 0 || !fraction.is_empty());
    let mut result = String::new();
    if negative {
        result.push('-');
    }
    result.push_str(&thousands(whole));
    if !fraction.is_empty() {
        result.push(',');
        result.push_str(fraction);
    }
    result
}

/// A change with its sign: `+€ 12.000`, `-€ 719.000`, `€ 0`.
pub fn euro_change(amount_eur: i64) -> String {
    if amount_eur > 0 {
        format!("+{}", euro(amount_eur))
    } else {
        euro(amount_eur)
    }
}

/// A change in percent with its sign: `+1,5%`, `-17,9%`.
pub fn percent_change(value: f64) -> String {
    if value > 0.0 {
        format!("+{}", percent(value))
    } else {
        percent(value)
    }
}

/// A percentage: `3.5` → `3,5%`.
pub fn percent(value: f64) -> String {
    format!("{}%", decimal(value, 1))
}

/// A counted figure as the source words it: `bijna 200`, `50 tot 60`.
pub fn count(value: &Count) -> String {
    let mut text = String::new();
    let qualifier = value.qualifier.label_nl();
    if value.qualifier != Qualifier::Exact {
        text.push_str(qualifier);
        text.push(' ');
    }
    text.push_str(&thousands(i64::try_from(value.value).unwrap_or(i64::MAX)));
    if let Some(upper) = value.up_to {
        text.push_str(" tot ");
        text.push_str(&thousands(i64::try_from(upper).unwrap_or(i64::MAX)));
    }
    text
}

/// Parses a Dutch number as typed: `3,5`, `4.018.000`, `-719.000`, `12`.
///
/// A dot followed by exactly three digits is a thousands separator; a comma is
/// the decimal sign. Returns a Dutch message on failure.
pub fn parse_number(text: &str) -> Result<f64, String> {
    let trimmed = text
        .trim()
        .trim_start_matches('€')
        .trim()
        .trim_end_matches('%')
        .trim();
    if trimmed.is_empty() {
        return Err("vul een getal in".to_owned());
    }
    let groups: Vec<&str> = trimmed.split('.').collect();
    let dots_are_thousands = groups.len() > 1
        && groups[1..].iter().all(|group| {
            let digits = group.split(',').next().unwrap_or("");
            digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit())
        });
    let normalised = if dots_are_thousands {
        trimmed.replace('.', "").replace(',', ".")
    } else if trimmed.contains(',') {
        trimmed.replace(',', ".")
    } else {
        trimmed.to_owned()
    };
    normalised
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
        .ok_or_else(|| {
            format!(
                "'{}' is geen getal; schrijf bijvoorbeeld 3,5 of 4.018.000",
                text.trim()
            )
        })
}

/// A number read from a cell of a table from elsewhere (CBS, a research
/// department, a colleague's Excel sheet).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableNumber {
    /// The value: `29` for "29%".
    pub value: f64,
    /// Whether the cell wrote it as a percentage ("29%").
    pub percent: bool,
}

/// The cells that mean "no figure" in Dutch tables: empty, `-`, `–`, `.`
/// (CBS: not available), `x` (CBS: secret) and `?`.
const MISSING: [&str; 6] = ["", "-", "–", ".", "x", "?"];

/// Parses a table cell the Dutch way: `3,5`, `29%`, `1.234`, `€ 4.018.000`,
/// `-719.000` (also with the minus sign `−`); `Ok(None)` for a cell that
/// holds no figure (see `MISSING`). The same rules as [`parse_number`].
///
/// # Errors
/// A Dutch message for text that is not a number: "'drie' is geen getal; …".
pub fn parse_table_number(text: &str) -> Result<Option<TableNumber>, String> {
    // Spaces of every kind (a non-breaking space after €) count as space.
    let cleaned: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let trimmed = cleaned.trim();
    if MISSING.contains(&trimmed.to_lowercase().as_str()) {
        return Ok(None);
    }
    let percent = trimmed.ends_with('%');
    let signed = trimmed.replacen('−', "-", 1);
    // "- 719.000" and "€ -719.000" and "-€ 719.000" are all minus 719.000.
    let (negative, rest) = match signed.trim_start_matches('€').trim().strip_prefix('-') {
        Some(rest) => (true, rest.trim().trim_start_matches('€').trim().to_owned()),
        None => (false, signed.clone()),
    };
    if negative && rest.starts_with(['-', '+']) {
        return Err(format!("'{}' is geen getal", text.trim()));
    }
    let value = parse_number(&rest).map_err(|_| {
        format!(
            "'{}' is geen getal; schrijf bijvoorbeeld 3,5, 29% of 4.018.000",
            text.trim()
        )
    })?;
    Ok(Some(TableNumber {
        value: if negative { -value } else { value },
        percent,
    }))
}

/// A date short and Dutch, as the user types it: "2-12-2026".
pub fn date_short_nl(date: chrono::NaiveDate) -> String {
    date.format("%-d-%-m-%Y").to_string()
}

/// Parses a date as typed: Dutch `2-12-2026` (also with `/` or `.`) or
/// `2026-12-02`, in the years 1900 to 2200. Returns a Dutch message otherwise.
pub fn parse_date(text: &str) -> Result<chrono::NaiveDate, String> {
    let trimmed = text.trim();
    let parts: Vec<&str> = trimmed.split(['-', '/', '.']).collect();
    let number = |part: &str| {
        (!part.is_empty() && part.len() <= 4 && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let date = match parts.as_slice() {
        [year, month, day] if year.len() == 4 => (number(year), number(month), number(day)),
        [day, month, year] if year.len() == 4 => (number(year), number(month), number(day)),
        _ => (None, None, None),
    };
    match date {
        (Some(year), Some(month), Some(day)) => i32::try_from(year)
            .ok()
            .filter(|year| YEARS.contains(year))
            .and_then(|year| chrono::NaiveDate::from_ymd_opt(year, month, day)),
        _ => None,
    }
    .ok_or_else(|| {
        format!("'{trimmed}' is geen datum; schrijf bijvoorbeeld 2-12-2026 (dag-maand-jaar)")
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    fn table(text: &str) -> Option<f64> {
        parse_table_number(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .map(|n| n.value)
    }

    #[test]
    fn table_cells_read_the_dutch_way() {
        assert_eq!(table("3,5"), Some(3.5));
        assert_eq!(table("1.234"), Some(1234.0));
        assert_eq!(table("€ 4.018.000"), Some(4_018_000.0));
        assert_eq!(table("€\u{a0}4.018.000"), Some(4_018_000.0));
        assert_eq!(table("-719.000"), Some(-719_000.0));
        assert_eq!(table("−719.000"), Some(-719_000.0));
        assert_eq!(table("- € 719.000"), Some(-719_000.0));
        assert_eq!(table("12"), Some(12.0));
        let percent = parse_table_number(" 29% ").ok().flatten();
        assert_eq!(
            percent,
            Some(TableNumber {
                value: 29.0,
                percent: true
            })
        );
        for missing in ["", " ", "-", "–", ".", "x", "X", "?"] {
            assert_eq!(table(missing), None, "{missing:?} is no figure");
        }
        for wrong in ["drie", "--5", "-+5", "3,5,1", "1.2.3", "NaN", "inf", "€"] {
            let error = parse_table_number(wrong).expect_err(wrong);
            assert!(error.contains("geen getal"), "{wrong}: {error}");
        }
    }

    proptest! {
        /// Every number the app writes the Dutch way reads back as itself.
        #[test]
        fn a_number_written_the_dutch_way_reads_back(whole in -1_000_000_000_i64..1_000_000_000, hundredths in 0_i64..100) {
            let sign = if whole < 0 { -1.0 } else { 1.0 };
            // Both well within f64's exact range.
            let (whole_f, hundredths_f) = (f64::from(i32::try_from(whole).unwrap_or(0)), f64::from(i32::try_from(hundredths).unwrap_or(0)));
            let value = whole_f + sign * hundredths_f / 100.0;
            let written = decimal(value, 2);
            let read = table(&written).unwrap_or(f64::NAN);
            prop_assert!((read - value).abs() < 1e-6, "{written} read as {read}, not {value}");
            prop_assert_eq!(table(&euro(whole)), Some(whole_f));
            prop_assert_eq!(table(&thousands(whole)), Some(whole_f));
        }

        /// No text makes the parser panic, and what it accepts is finite.
        #[test]
        fn any_text_gives_a_number_none_or_a_message(text in "\\PC{0,24}") {
            match parse_table_number(&text) {
                Ok(Some(number)) => prop_assert!(number.value.is_finite()),
                Ok(None) => {}
                Err(message) => prop_assert!(message.contains("geen getal")),
            }
        }
    }

    use super::*;

    #[test]
    fn a_date_in_words_is_the_last_such_day_up_to_today() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let today = day(2026, 12, 6);
        assert_eq!(parse_date_words("1 oktober", today), Ok(day(2026, 10, 1)));
        assert_eq!(
            parse_date_words(" 1 Okt 2025 ", today),
            Ok(day(2025, 10, 1))
        );
        assert_eq!(
            parse_date_words("31 december", today),
            Ok(day(2025, 12, 31))
        );
        assert_eq!(parse_date_words("6 december", today), Ok(today));
        assert_eq!(parse_date_words("2-12-2026", today), Ok(day(2026, 12, 2)));
        for bad in [
            "31 februari",
            "1 brumaire",
            "oktober",
            "1 oktober 20000",
            "",
        ] {
            let error = parse_date_words(bad, today).err().unwrap_or_default();
            assert!(error.contains("is geen datum"), "{bad}: {error}");
        }
    }

    #[test]
    fn dates_are_read_as_the_user_writes_them() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        for text in [
            "2-12-2026",
            "02-12-2026",
            " 2/12/2026 ",
            "2.12.2026",
            "2026-12-02",
        ] {
            assert_eq!(parse_date(text), Ok(date), "{text}");
        }
        assert_eq!(date_short_nl(date), "2-12-2026");
        assert_eq!(parse_date(&date_short_nl(date)), Ok(date));
        for bad in [
            "",
            "31-2-2026",
            "2-12-26",
            "2-12-2000000000",
            "12-2026",
            "a-b-cdef",
            "1-1-1800",
            "+2-12-2026",
        ] {
            let message = parse_date(bad).unwrap_err();
            assert!(message.contains("geen datum"), "{bad}: {message}");
        }
    }

    #[test]
    fn thousands_get_dots() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1.000");
        assert_eq!(thousands(4_018_000), "4.018.000");
        assert_eq!(thousands(-719_000), "-719.000");
        assert_eq!(thousands(i64::MIN), "-9.223.372.036.854.775.808");
    }

    #[test]
    fn euros_are_dutch() {
        assert_eq!(euro(4_018_000), "€ 4.018.000");
        assert_eq!(euro(3_299_000), "€ 3.299.000");
        assert_eq!(euro(0), "€ 0");
        assert_eq!(euro(-719_000), "-€ 719.000");
        assert_eq!(euro(10_000_000_000), "€ 10.000.000.000");
    }

    #[test]
    fn decimals_use_a_comma() {
        assert_eq!(percent(3.5), "3,5%");
        assert_eq!(percent(29.0), "29%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(decimal(55_500.0, 1), "55.500");
        assert_eq!(decimal(-2.25, 2), "-2,25");
        assert_eq!(decimal(-0.01, 1), "0");
        assert_eq!(decimal(1.0e12, 1), "1.000.000.000.000");
        assert_eq!(decimal(f64::NAN, 1), "onbekend");
    }

    #[test]
    fn counts_keep_their_qualifier() {
        let nearly = Count {
            value: 200,
            up_to: None,
            qualifier: Qualifier::Nearly,
        };
        assert_eq!(count(&nearly), "bijna 200");
        let range = Count {
            value: 50,
            up_to: Some(60),
            qualifier: Qualifier::About,
        };
        assert_eq!(count(&range), "ongeveer 50 tot 60");
        assert_eq!(count(&Count::exact(2000)), "2.000");
    }

    #[test]
    fn typed_numbers_parse_back() {
        assert_eq!(parse_number("3,5"), Ok(3.5));
        assert_eq!(parse_number("4.018.000"), Ok(4_018_000.0));
        assert_eq!(parse_number("1.234,5"), Ok(1234.5));
        assert_eq!(parse_number("3.5"), Ok(3.5));
        assert_eq!(parse_number(" 12 % "), Ok(12.0));
        assert!(parse_number("abc").is_err());
        assert!(parse_number("").is_err());
    }
}
