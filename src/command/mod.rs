//! What the user asks the app for.
//!
//! - [`UiCommand`]: every menu item, toolbar button and shortcut, a `Copy`
//!   enum with its Dutch text, tooltip and shortcuts in exhaustive matches;
//!   [`pressed_commands`] turns key presses into commands.
//! - [`Message`]: what a view or dialog sends with a payload: an edit, a
//!   chosen wijk, a path, the answer to a question; a workflow's messages
//!   nested under it (`Message::TableImport(…)`, in `workflow.rs`).
//! - [`CommandQueue`]: where the views put both while a frame is drawn; the
//!   app applies them afterwards, each in one exhaustive match.

mod choices;
mod keys;
mod message;
mod queue;
mod ui_command;
mod workflow;

pub use choices::{
    ConflictAnswer, MapKind, PathPurpose, RecoveryAnswer, Replacement, UnsavedAnswer, View,
    VoortgangPane,
};
pub use keys::pressed_commands;
pub use message::Message;
pub use queue::{Action, CommandQueue};
pub use ui_command::{Scope, UiCommand};
pub use workflow::{
    ChangesMessage, DocumentMessage, ExportMessage, ImportMessage, MapImportMessage, MergeMessage,
    TableImportMessage,
};
