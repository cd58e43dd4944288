//! The views, grouped by feature. They read the document through a
//! [`ViewContext`] and put what the user asks for in its command queue; they
//! never write files and never import the app.
//!
//! - [`shell`]: the menu bar, the status bar and the dialogs.
//! - [`wijken`]: the list of wijken, the detail panel with the platform
//!   editor, the tile map and the real map.
//! - [`indicators`], [`budget`], [`scenarios`]: the other main views.
//! - [`voortgang`]: what the programme does: the interventions per
//!   ambition, their overview and timeline.
//! - [`presentation`]: the slides and the slide chooser.
//! - [`widgets`]: what several views share: fields, palette, fonts, the
//!   allocation grid, chart descriptions.

pub(crate) mod budget;
mod context;
pub(crate) mod indicators;
pub(crate) mod presentation;
pub(crate) mod scenarios;
pub mod settings;
pub mod shell;
pub(crate) mod voortgang;
pub mod widgets;
pub(crate) mod wijken;

pub use context::{ViewContext, today};
