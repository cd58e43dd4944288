//! Files: reading and writing datasets as RON, atomically, with backups,
//! schema migrations and Dutch error messages. Knows nothing of egui.

mod backup;
mod error;
mod import;
mod load;
mod migrate;
mod paths;
mod save;

pub use backup::{Backup, backup_dir, list_backups};
pub use error::{LoadError, SaveError};
pub use import::{Changes, ImportSummary, merge, without_personal_data};
pub use load::{load, parse};
pub use paths::{DATA_DIR_ENV, ensure_file_at, ensure_user_file, user_data_file};
pub use save::{SaveOptions, save, save_with, to_ron};

use crate::model::Dataset;

/// The shipped Utrecht dataset, embedded so that a first start needs no file.
pub const DEFAULT_DATA_RON: &str = include_str!("../../data/utrecht.ron");

/// The shipped Utrecht dataset, parsed.
///
/// # Errors
/// Only if the embedded file is broken, which the test suite rules out.
pub fn default_dataset() -> Result<Dataset, LoadError> {
    parse(DEFAULT_DATA_RON.as_bytes())
}
