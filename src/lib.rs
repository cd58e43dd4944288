//! Wijkdashboard: the wijken of Utrecht, their wijkplatforms, and the indicators,
//! budget and interventions of Samen voor Overvecht, kept in a local RON file.
//!
//! Layers only look down: [`model`] → [`store`] → [`document`] →
//! [`command`] → [`ui`] → [`app`] → [`cli`] and [`entry`]. The views read
//! the document and emit commands; the app applies them; the store reads
//! and writes files and knows nothing of egui.
//!
//! What the library offers, and to whom:
//! - the binary (`src/main.rs`) calls [`entry::main`]: the window, or a
//!   command (`check`, `format`, `document`, `changes`, `merge`,
//!   `import-table`, …) when one is given;
//! - the tests, benchmarks and the example use the register ([`model`]),
//!   the files ([`store`]), the documents ([`publish`]), the command
//!   vocabulary ([`command`]) and the app as a user starts it
//!   ([`app::WijkApp`], [`app::Launch`]), so that every test goes through
//!   the real start-up.
//!
//! Everything else is `pub(crate)` or private, so the compiler reports
//! what nothing uses.

pub mod app;
pub mod cli;
pub mod command;
pub mod document;
pub mod entry;
pub mod model;
pub mod publish;
pub mod store;
pub mod ui;
