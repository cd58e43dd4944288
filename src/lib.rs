//! Wijkdashboard: the wijken of Utrecht, their wijkplatforms, and the indicators
//! and budget of Samen voor Overvecht, kept in a local RON file.
//!
//! Layers only look down: [`model`] → [`store`] → [`document`] →
//! [`command`] → [`ui`] → [`app`]. The views read the document and emit
//! commands; the app applies them; the store reads and writes files and
//! knows nothing of egui.

pub mod app;
pub mod cli;
pub mod command;
pub mod document;
pub mod entry;
pub mod model;
pub mod publish;
pub mod store;
pub mod ui;
