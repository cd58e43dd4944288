//! What several views share: labelled fields, the number field, the
//! allocation grid, the status badge, the palette, the fonts and the charts'
//! text alternatives.

pub(crate) mod allocation_grid;
pub(crate) mod chart_description;
pub(crate) mod chart_legend;
pub(crate) mod comparison_dots;
pub(crate) mod fields;
pub mod fonts;
mod log_editor;
mod next_steps_editor;
pub(crate) mod number_field;
pub mod palette;
pub(crate) mod pending;
pub(crate) mod status_badge;

pub use allocation_grid::{AllocationGrid, allocation_grid_ui};
pub use chart_description::describe_chart;
pub use chart_legend::{LegendEntry, Swatch, chart_legend_ui};
pub use comparison_dots::{DotsStyle, comparison_dots_ui};
pub use fields::{
    ListEditor, Row, choice, multiline_field, problems_at, string_list, text_field, yes_no_unknown,
};
pub use log_editor::log_ui;
pub use next_steps_editor::next_steps_ui;
pub use number_field::{
    NumberOutcome, NumberRules, euro_cell, euro_field, number_field, optional_euro_field,
    year_field,
};
pub use status_badge::{intervention_badge, status_badge};
