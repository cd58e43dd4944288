//! Wijkdashboard: the wijken of Utrecht, their wijkplatforms, and the indicators
//! and budget of Samen voor Overvecht, kept in a local RON file.
//!
//! Layers only look down: [`ui`] and [`app`] read the [`model`] and emit
//! commands; [`store`] reads and writes files and knows nothing of egui.

pub mod app;
pub mod cli;
pub mod format;
pub mod model;
pub mod store;
pub mod ui;
