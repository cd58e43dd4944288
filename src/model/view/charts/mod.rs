//! What the charts draw, worked out from the derived figures by pure
//! functions: the bars and lines with their hover texts, the labels, and the
//! text alternative a screen reader reads. The views only put these on
//! screen (egui_plot); everything here is tested without egui.

mod budget;
mod comparison;
mod indicator;
mod text;
mod timeline;

pub(crate) use budget::{BudgetChart, BudgetPart, CutSegments, PeriodBand, budget_chart};
pub(crate) use comparison::{ComparisonChart, comparison_chart};
pub(crate) use indicator::{
    IndicatorChart, IndicatorShape, OverviewChart, OverviewScale, indicator_chart, overview_chart,
};
pub(crate) use text::{
    ambition_groups, budget_text, comparison_text, development_text, indicator_text, overview_text,
};
pub(crate) use timeline::{TimelineChart, timeline};

/// One bar: where it stands, how high it is, and what hovering it says.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ChartBar {
    /// Its place on the x axis (a year, an ambition).
    pub x: f64,
    /// Its height.
    pub value: f64,
    /// What it is, for the tooltip: "2026: structureel € 3.299.000".
    pub label: String,
}

/// Whole euros as a chart value (exact: amounts lie within the limits).
pub(crate) fn euros(amount_eur: i64) -> f64 {
    crate::model::format::convert::exact_f64(amount_eur)
}
