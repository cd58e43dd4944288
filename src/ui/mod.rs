//! The views and widgets. They read the model and push [`crate::command::AppCommand`]s;
//! they never write files.

pub mod allocation_grid;
pub mod budget;
pub mod budget_plot;
pub mod chart_text;
pub mod dialogs;
pub mod district_list;
pub mod fonts;
pub mod indicator_plot;
pub mod indicator_table;
pub mod indicators;
pub mod map;
pub mod map_view;
pub mod menu;
pub mod platform_editor;
pub mod platform_panel;
pub mod presentation;
pub mod real_map;
pub mod scenario_chart;
pub mod scenario_form;
mod scenario_slides;
pub mod scenarios;
pub mod settings;
pub mod slide_chooser;
pub mod theme;
pub mod widgets;
