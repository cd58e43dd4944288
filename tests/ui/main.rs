//! The app as a user drives it (egui_kittest, by role and label), its
//! pictures, and real crashes: one test binary (one link), a module per
//! area. Run one area with `cargo test --test ui scenarios::`; take new
//! image snapshots with `UPDATE_SNAPSHOTS=1 cargo test --test ui snapshots::`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic: that is how they fail.

#[path = "../common/mod.rs"]
mod common;
#[path = "../../benches/support/stress.rs"]
mod stress;

mod change_report;
mod crash;
mod cut;
mod daily_flow;
mod document;
mod main_window;
mod make_document;
mod map;
mod merge;
mod next_steps;
mod plots;
mod presentation;
mod presenter;
mod projector_sizes;
mod scenarios;
mod snapshots;
mod table_import;
mod voortgang;
