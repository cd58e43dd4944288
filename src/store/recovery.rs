//! Crash recovery: shortly after every edit the whole dataset, valid or not,
//! is written beside the user's file (`wijkdashboard.ron.herstel`). A save or
//! a clean exit removes it; at the next start a recovery file newer than the
//! data file is offered back. Setting one aside renames it, never deletes it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

use super::error::{LoadError, SaveError, io_reason};
use super::save::{SaveOptions, write_text};
use crate::model::{CURRENT_SCHEMA_VERSION, Dataset};

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// Schema version of `data`.
    pub schema_version: u32,
    /// The data file these edits belong to (`None`: not yet saved anywhere).
    pub of_file: Option<PathBuf>,
    /// When the last edit was made.
    pub last_edit: DateTime<Local>,
    /// The whole dataset as it was then.
    pub data: Dataset,
}

const SUFFIX: &str = ".herstel";

/// The recovery file of `file`: `wijkdashboard.ron` → `wijkdashboard.ron.herstel`.
pub fn recovery_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(SUFFIX);
    file.with_file_name(name)
}

/// The recovery file of data not yet saved anywhere, in the data folder.
pub fn unbound_recovery_path() -> Option<PathBuf> {
    super::user_data_file().map(|file| file.with_file_name(format!("naamloos.ron{SUFFIX}")))
}

/// The fields of [`Recovery`], borrowed, so the data need not be copied.
#[derive(Serialize)]
struct RecoveryRef<'a> {
    schema_version: u32,
    of_file: Option<&'a Path>,
    last_edit: DateTime<Local>,
    data: &'a Dataset,
}

/// Writes a recovery file atomically (no backup, no comparison).
///
/// # Errors
/// [`SaveError`] when it cannot be serialised or written.
pub fn write_recovery(
    path: &Path,
    of_file: Option<&Path>,
    last_edit: DateTime<Local>,
    data: &Dataset,
) -> Result<(), SaveError> {
    let recovery = RecoveryRef {
        schema_version: CURRENT_SCHEMA_VERSION,
        of_file,
        last_edit,
        data,
    };
    // Compact: written often, read only after a crash.
    let text = ron::Options::default()
        .to_string(&recovery)
        .map_err(|error| SaveError::Serialize(error.to_string()))?;
    let options = SaveOptions {
        make_backup: false,
        ..SaveOptions::default()
    };
    write_text(path, &text, &options).map(|_| ())
}

/// Reads a recovery file with the same checks as a data file.
///
/// # Errors
/// A [`LoadError`] for a broken, foreign or out-of-limits file.
pub fn read_recovery(path: &Path) -> Result<Recovery, LoadError> {
    let bytes = std::fs::read(path).map_err(|error| LoadError::Read {
        path: path.to_owned(),
        reason: io_reason(&error),
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| LoadError::NotText {
        line: 1,
        column: 1,
        hint: String::new(),
    })?;
    let recovery: Recovery = ron::Options::default()
        .from_str(text)
        .map_err(|error| super::load::syntax_error(&error, text))?;
    if recovery.schema_version != CURRENT_SCHEMA_VERSION {
        return Err(LoadError::NewerVersion {
            found: recovery.schema_version,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    let data = super::load::within_limits(recovery.data)?;
    Ok(Recovery { data, ..recovery })
}

/// Whether `recovery` exists and is newer than `file` (or `file` is gone).
pub fn recovery_is_newer(recovery: &Path, file: Option<&Path>) -> bool {
    let modified = |path: &Path| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    match (modified(recovery), file.and_then(modified)) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(recovery), Some(file)) => recovery >= file,
    }
}

/// Sets a recovery file aside under a dated name beside it
/// (`wijkdashboard.ron.herstel-20261122-104200`); returns the new name.
///
/// # Errors
/// I/O errors of the rename.
pub fn set_aside_recovery(path: &Path) -> std::io::Result<PathBuf> {
    let stamp = Local::now().format("%Y%m%d-%H%M%S");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!("-{stamp}"));
    let target = path.with_file_name(name);
    std::fs::rename(path, &target)?;
    Ok(target)
}

/// Removes a recovery file after a save or a clean exit; a missing one is fine.
///
/// # Errors
/// I/O errors other than "not found".
pub fn remove_recovery(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_file_round_trips_and_is_set_aside_not_deleted() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("data.ron");
        let path = recovery_path(&file);
        assert!(path.ends_with("data.ron.herstel"));
        let recovery = Recovery {
            schema_version: CURRENT_SCHEMA_VERSION,
            of_file: Some(file.clone()),
            last_edit: Local::now(),
            data: super::super::default_dataset().unwrap_or_default(),
        };
        write_recovery(&path, Some(&file), recovery.last_edit, &recovery.data)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(recovery_is_newer(&path, Some(&file)), "no data file yet");
        let read = read_recovery(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.data, recovery.data);
        assert_eq!(read.of_file, recovery.of_file);
        let aside = set_aside_recovery(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(!path.exists() && aside.exists());
        assert!(remove_recovery(&path).is_ok(), "missing is fine");
    }
}
