//! Files: reading and writing datasets as RON, atomically, with backups,
//! schema migrations and Dutch error messages. Knows nothing of egui.

mod backup;
mod disk;
mod error;
mod export;
mod history;
mod image;
mod import;
mod lineage;
mod load;
mod lock;
mod map_import;
mod migrate;
mod paths;
mod recovery;
mod save;
mod sheet_read;
mod table_read;

pub use backup::{
    Backup, KEEP_RECENT, KEEP_RULE_NL, backup_dir, backups_to_prune, list_backups, stand_time_nl,
};
pub use disk::DiskStamp;
pub(crate) use error::io_reason;
pub use error::{LoadError, SaveError};
pub use export::{
    ExportFormat, csv_bytes, export, with_extension, workbook_bytes, write_csv_folder, write_xlsx,
};
pub use history::{StandAt, describe_backups, stand_at};
pub use image::{png_bytes, write_png};
pub use import::without_personal_data;
pub use lineage::{FoundVersion, find_version, stamp_new_version, version_of};
pub use load::{load, load_with_stamp, parse};
pub use lock::{FileLock, LockError, LockHolder, lock_path};
pub use map_import::{
    CoordinateSystem, ImportedBoundary, MapError, MapImport, parse_map, read_map,
};
pub use paths::{DATA_DIR_ENV, ensure_file_at, ensure_user_file, user_data_file};
pub use recovery::{
    Recovery, read_recovery, recovery_is_newer, recovery_path, remove_recovery, set_aside_recovery,
    unbound_recovery_path, write_recovery,
};
pub use save::{SaveOptions, Saved, save, save_with, to_ron, write_bytes, write_text};
pub use sheet_read::{SheetReadError, read_sheets};
pub use table_read::{CsvTable, MAX_TABLE_BYTES, TextEncoding, read_csv};

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
