//! The domain model: plain Rust and serde, no egui.
//!
//! A [`Dataset`] holds everything the wijkmanager keeps: the ten wijken, their
//! wijkplatforms, the ambitions and indicators of Samen voor Overvecht, key
//! figures (reach of approaches, housing targets) and the budget. Every figure
//! carries a [`SourceRef`] to the document it comes from.

mod boundary;
mod budget;
pub mod changes;
pub mod charts;
pub mod colours;
pub mod convert;
mod dataset;
mod derived;
mod district;
pub mod field_names;
pub mod format;
pub mod geo;
mod indicator;
pub mod limits;
pub mod lineage;
mod map_shapes;
mod platform;
mod quantity;
mod scenario;
mod scenario_build;
mod scenario_compare;
pub mod scenario_rules;
pub mod sheet;
pub mod slide_pages;
pub mod slide_text;
pub mod slides;
mod source;
pub mod stress;
pub mod table_mapping;
pub mod tables;
pub mod tile_layout;
mod validation;
pub mod workbook_import;

pub use boundary::{Boundary, Ring, UNITS_PER_DEGREE, simplify_ring};
pub use budget::{
    Allocation, Budget, IncidentalFunding, StructuralChange, YearAmount, YearShare, amount_of,
    set_allocation, total_in_year,
};
pub use dataset::{
    Ambition, CURRENT_SCHEMA_VERSION, Dataset, KeyFigure, KeyFigureCategory, SlideChoice,
};
pub use derived::{
    BudgetYear, Derived, Gap, IncidentalYear, IndicatorSeries, PeriodTotal, SupportRow, Trend,
    budget_years, indicator_series, period_totals, support_rows,
};
pub use district::{District, OVERVECHT};
pub use indicator::{Direction, Indicator, IndicatorValue, Target, Unit, comparison_label};
pub use lineage::Lineage;
pub use map_shapes::{DistrictShape, MapShapes};
pub use platform::{
    Contact, DatePrecision, Funding, LegalForm, LogEntry, Platform, PlatformStatus, Reach,
};
pub use quantity::{Count, Qualifier};
pub use scenario::{Scenario, ScenarioComparison, new_scenario_id, set_adopted};
pub use scenario_build::{ScenarioRule, build_allocations, cut_per_year, money_to_distribute};
pub use scenario_compare::{
    AmbitionComparison, ComparedAmount, Comparison, ScenarioTotals, amount_text, compare, left_text,
};
pub use source::{SourceDocument, SourceRef};
pub use validation::{Problem, Severity, errors as validation_errors, validate};

/// The shipped dataset for the model's own tests, parsed here without the
/// store (which lies above the model).
#[cfg(test)]
pub(crate) fn shipped_for_tests() -> Dataset {
    ron::from_str(include_str!("../../data/utrecht.ron"))
        .unwrap_or_else(|error| panic!("data/utrecht.ron: {error}"))
}
