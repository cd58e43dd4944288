use serde::{Deserialize, Serialize};

use super::SourceRef;

/// The unit of an indicator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Unit {
    /// A percentage 0–100.
    #[default]
    Percent,
    /// A number of years, e.g. years on welfare.
    Years,
    /// A count of something, with its plural noun ("gezinnen").
    Count(String),
}

impl Unit {
    /// A value in this unit: `3,5%`, `8,3 jaar`, `349 gezinnen`.
    pub fn value_text(&self, value: f64) -> String {
        use super::format::{decimal, percent};
        match self {
            Self::Percent => percent(value),
            Self::Years => format!("{} jaar", decimal(value, 1)),
            Self::Count(noun) => format!("{} {noun}", decimal(value, 1)),
        }
    }

    /// Dutch label for a choice.
    pub fn label_nl(&self) -> String {
        match self {
            Self::Percent => "procent".to_owned(),
            Self::Years => "jaar".to_owned(),
            Self::Count(noun) => format!("aantal {noun}"),
        }
    }
}

/// Which direction of an indicator is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// A higher value is better.
    HigherIsBetter,
    /// A lower value is better.
    #[default]
    LowerIsBetter,
}

impl Direction {
    /// Dutch label.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::HigherIsBetter => "hoger is beter",
            Self::LowerIsBetter => "lager is beter",
        }
    }
}

/// One year of an indicator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorValue {
    /// The year.
    pub year: i32,
    /// The wijk's value (`None`: not measured).
    pub district: Option<f64>,
    /// The Utrecht average (`None`: not given).
    pub utrecht: Option<f64>,
    /// Where the values come from.
    pub source: SourceRef,
    /// The source names no year: `year` is the year of its report, and the
    /// documents say so instead of printing it as a fact (schema 7).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub year_from_report: bool,
}

impl IndicatorValue {
    /// The year as the source gives it: "2024", or "jaar niet genoemd
    /// (bron uit 2025)" where the source names none.
    pub fn year_text(&self) -> String {
        super::format::stated_year(self.year, self.year_from_report)
    }
}

/// A target value for a year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The value aimed for.
    pub value: f64,
    /// By which year.
    pub year: i32,
    /// Where the target is set.
    pub source: SourceRef,
}

/// A monitor indicator for one wijk against the Utrecht average.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id.
    pub id: String,
    /// Name, e.g. "Huishoudens op of onder de armoedegrens".
    pub name: String,
    /// Unit of the values.
    pub unit: Unit,
    /// Which direction is better.
    pub direction: Direction,
    /// The ambition it belongs to (1–5), if any.
    #[serde(default)]
    pub ambition: Option<u8>,
    /// The wijk it is measured for.
    pub district: String,
    /// Values per year, oldest first.
    pub values: Vec<IndicatorValue>,
    /// A target, if set.
    #[serde(default)]
    pub target: Option<Target>,
    /// What the second figure is compared with, as the source words it
    /// ("gemiddelde van de andere wijken"); empty: the Utrecht average
    /// (schema 7).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comparison: String,
}

impl Indicator {
    /// The name of the figure the wijk is compared with: "Utrecht
    /// gemiddeld", or the source's own group.
    pub fn comparison_label(&self) -> &str {
        comparison_label(&self.comparison)
    }
}

/// The name of a comparison group: `comparison`, or "Utrecht gemiddeld"
/// when it is empty.
pub fn comparison_label(comparison: &str) -> &str {
    match comparison.trim() {
        "" => "Utrecht gemiddeld",
        group => group,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_written_in_its_unit() {
        assert_eq!(Unit::Years.value_text(8.3), "8,3 jaar");
        assert_eq!(
            Unit::Count("gezinnen".into()).value_text(349.0),
            "349 gezinnen"
        );
        assert_eq!(Unit::Percent.value_text(3.5), "3,5%");
    }
}
