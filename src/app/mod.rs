//! The eframe app: holds the document and the UI session, applies what the
//! user asks for (commands and messages, each in one exhaustive match),
//! keeps the data safe in the background, and starts the window.
//!
//! - [`wijk_app`](WijkApp): the state and what outsiders read of it.
//! - `frame`: one frame, from the keys to the file work.
//! - `commands`, `messages`: applying what the views asked for.
//! - `persistence` (the state machine of saving) and `saving` (the app's
//!   side of it); `files` and `file_dialogs`: opening, importing, paths.
//! - `capture`, `capturing`: pictures as PNG.
//! - `launch`, `startup`: starting, with the file, the recovery and the lock;
//!   `failure_report` and `crash_guard`: a failed start or a panic is told in
//!   a message box and a log, after the unsaved edits are kept.

mod capture;
mod capturing;
mod commands;
mod crash_guard;
mod dialog_stack;
mod failure_report;
mod file_access;
mod file_dialogs;
mod files;
mod frame;
mod launch;
mod messages;
mod persistence;
mod presenter;
mod saving;
mod session;
mod startup;
mod system_fonts;
mod wijk_app;
mod workflows;

pub use capture::{Shot, slide_file_name};
pub use file_access::{FileDialogRequest, NativeDialog};
pub use launch::{Launch, RunOptions, run};
pub use startup::Startup;
pub use wijk_app::WijkApp;
