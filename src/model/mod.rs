//! The domain: plain Rust and serde, no egui, no files.
//!
//! The register is this module itself: a [`Dataset`] holds everything the
//! wijkmanager keeps — the ten wijken, their wijkplatforms, the ambitions
//! and indicators of Samen voor Overvecht, key figures and the budget, with
//! its scenarios — and every figure carries a [`SourceRef`] to the document
//! it comes from. Its files are private; their items are used as
//! `model::Dataset`, `model::validate`, ….
//!
//! Around it stand the rooms, each a public module used by its path and a
//! layer of its own (ARCHITECTURE.md): [`format`] below the register (Dutch
//! numbers, money and dates), and above it [`geo`] (the map),
//! [`tables`] (tables out to Excel and CSV, and back in), [`changes`]
//! (what changed, merging two copies) and [`view`] (what is shown, without
//! egui: charts, slides, derived figures).

mod boundary;
mod budget;
mod dataset;
mod derived;
mod district;
pub(crate) mod field_names;
pub(crate) mod ids;
mod indicator;
pub(crate) mod limits;
pub(crate) mod lineage;
mod next_step;
mod platform;
mod programme;
mod scenario;
mod source;
mod validation;

pub mod changes;
pub mod format;
pub mod geo;
pub mod tables;
pub mod view;

pub use boundary::{Boundary, LonLat, Ring, UNITS_PER_DEGREE};
pub use budget::{
    Allocation, Budget, IncidentalFunding, StructuralChange, YearAmount, YearShare, amount_of,
    set_allocation, total_in_year,
};
pub use dataset::{
    Ambition, CURRENT_SCHEMA_VERSION, Dataset, KeyFigure, KeyFigureCategory, SlideChoice,
};
pub use derived::{
    BudgetYear, Gap, IncidentalYear, IndicatorSeries, PeriodTotal, SupportRow, Trend, budget_years,
    indicator_series, period_totals, support_rows,
};
pub use district::{District, OVERVECHT};
pub use format::{Count, Qualifier};
pub use indicator::{Direction, Indicator, IndicatorValue, Target, Unit, comparison_label};
pub use lineage::Lineage;
pub use next_step::{NextStep, names_a_contact, step_lines};
pub use platform::{
    Contact, DatePrecision, Funding, LegalForm, LogEntry, Platform, PlatformStatus, Reach,
};
pub use programme::{
    AmbitionLoss, AmbitionMoney, AmbitionOverview, Buurtaanpak, Criterion, CutOutcome, Decision,
    Goal, GoalLeft, Intervention, InterventionArea, InterventionFilter, InterventionPlan,
    InterventionStatus, LetterOffer, MoneySource, Partner, PartnerLoss, Period, PeriodError,
    PlanChoice, PlannedIntervention, SCORES, SavingState, Score, WeightedScore, YearMonth,
    ambition_money, ambition_overview, amount_in, cut_outcome, cut_target, letter_offer,
    plan_allocations, voorstel,
};
pub use scenario::{
    AfterCut, AmbitionComparison, ComparedAmount, Comparison, RuleError, Scenario,
    ScenarioComparison, ScenarioRule, ScenarioTotals, amount_text, build_allocations, compare,
    cut_per_year, left_parts, left_text, money_to_distribute, new_scenario_id, set_adopted,
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
