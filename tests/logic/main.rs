//! The tests of the library and the command line, without a window: one
//! test binary (one link), a module per area. Run one area with
//! `cargo test --test logic documents::`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests may panic: that is how they fail.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod cli_changes;
mod documents;
mod export;
mod fidelity;
mod fuzz_load;
mod layers;
mod map_import;
mod shipped_data;
mod store;
mod table_import;
mod validation;
