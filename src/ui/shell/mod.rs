//! The window's frame around the views: the menu bar with the view tabs,
//! the status bar, and the dialogs.

pub(crate) mod dialogs;
pub(crate) mod menu;
pub(crate) mod status_bar;

pub use dialogs::{
    BackupHistory, ChangeReport, ComparisonChoice, Dialog, DialogKind, DocumentForm, DocumentState,
    MergeDialog, TableImportForm, dialog_ui, waiting_for_file_dialog_ui,
};
pub use menu::{MenuState, menu_bar_ui};
pub use status_bar::{Status, StatusBar, message_ui, status_bar_ui};
