use std::io::Write;
use std::path::Path;

use super::backup;
use super::error::{SaveError, io_reason};
use crate::model::{Dataset, Severity, validate};

/// How a save behaves.
#[derive(Clone, Debug)]
pub struct SaveOptions {
    /// How many earlier versions are kept as backups beside the file.
    pub backups_kept: usize,
    /// Refuse to save data with validation errors (warnings are fine).
    pub require_valid: bool,
    /// Test hook: fail after the temporary file is written, before the rename.
    #[doc(hidden)]
    pub fail_before_rename: bool,
}

impl Default for SaveOptions {
    fn default() -> Self {
        Self {
            backups_kept: 10,
            require_valid: true,
            fail_before_rename: false,
        }
    }
}

/// The dataset as pretty-printed RON with a stable field order, so that a diff
/// of two versions is readable.
///
/// # Errors
/// [`SaveError::Serialize`] if serde fails (it does not for valid data).
pub fn to_ron(data: &Dataset) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .indentor("    ".to_owned())
        .new_line("\n".to_owned());
    let mut text = ron::Options::default()
        .to_string_pretty(data, config)
        .map_err(|error| SaveError::Serialize(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Saves atomically with the default options (10 backups, valid data only).
///
/// # Errors
/// See [`save_with`].
pub fn save(path: &Path, data: &Dataset) -> Result<(), SaveError> {
    save_with(path, data, &SaveOptions::default())
}

/// Saves atomically: writes a temporary file in the same folder, flushes and
/// syncs it, keeps a backup of the old file, then renames the temporary file
/// over the old one. Any failure before the rename leaves the old file intact.
///
/// # Errors
/// [`SaveError::Invalid`] for data with errors, [`SaveError::Write`] for I/O.
pub fn save_with(path: &Path, data: &Dataset, options: &SaveOptions) -> Result<(), SaveError> {
    if options.require_valid {
        let errors: Vec<_> = validate(data)
            .into_iter()
            .filter(|problem| problem.severity == Severity::Error)
            .collect();
        if let Some(first) = errors.first() {
            return Err(SaveError::Invalid {
                count: errors.len(),
                first: first.to_string(),
            });
        }
    }
    let text = to_ron(data)?;
    let write_error = |at: &Path, error: &std::io::Error| SaveError::Write {
        path: at.to_owned(),
        reason: io_reason(error),
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => std::env::current_dir().map_err(|e| write_error(path, &e))?,
    };
    std::fs::create_dir_all(&folder).map_err(|e| write_error(&folder, &e))?;

    let mut temporary = tempfile::Builder::new()
        .prefix(".wijkdashboard-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| write_error(&folder, &e))?;
    temporary
        .write_all(text.as_bytes())
        .and_then(|()| temporary.flush())
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|e| write_error(temporary.path(), &e))?;

    if path.exists() {
        backup::keep_backup(path, options.backups_kept).map_err(|e| write_error(path, &e))?;
    }
    if options.fail_before_rename {
        return Err(SaveError::Write {
            path: path.to_owned(),
            reason: "opzettelijk afgebroken (test)".to_owned(),
        });
    }
    temporary
        .persist(path)
        .map_err(|e| write_error(path, &e.error))?;
    // Make the rename itself durable; not every platform can open a folder.
    if let Ok(dir) = std::fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}
