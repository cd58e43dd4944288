use std::io::Write;
use std::path::Path;

use super::backup;
use super::disk::DiskStamp;
use super::error::{SaveError, io_reason};
use crate::model::Dataset;
use crate::model::limits::limit_problems;

/// How a save behaves.
#[derive(Clone, Debug)]
pub struct SaveOptions {
    /// Keep the replaced version as a backup beside the file.
    pub make_backup: bool,
    /// What the file held when it was last loaded or saved; when the file no
    /// longer matches, the save stops with [`SaveError::ChangedOnDisk`].
    /// `None`: do not compare (a new file, or the user chose to overwrite).
    pub expected: Option<DiskStamp>,
    /// Test hook: fail after the temporary file is written, before the rename.
    #[doc(hidden)]
    pub fail_before_rename: bool,
}

impl Default for SaveOptions {
    fn default() -> Self {
        Self {
            make_backup: true,
            expected: None,
            fail_before_rename: false,
        }
    }
}

/// A successful save.
#[derive(Clone, Debug)]
pub struct Saved {
    /// What the file now holds.
    pub stamp: DiskStamp,
    /// A problem that did not stop the save (an old backup not removed).
    pub warning: Option<String>,
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

/// Saves atomically with the default options (a backup, no comparison).
///
/// # Errors
/// See [`save_with`].
pub fn save(path: &Path, data: &Dataset) -> Result<Saved, SaveError> {
    save_with(path, data, &SaveOptions::default())
}

/// Saves atomically: data outside the limits is refused (it could not be
/// loaded again); other validation problems do not stop a save, so that no
/// edit is lost. See [`write_text`].
///
/// # Errors
/// [`SaveError::OutOfLimits`], or any error of [`write_text`].
pub fn save_with(path: &Path, data: &Dataset, options: &SaveOptions) -> Result<Saved, SaveError> {
    let problems = limit_problems(data);
    if let Some(first) = problems.first() {
        return Err(SaveError::OutOfLimits {
            count: problems.len(),
            first: first.to_string(),
        });
    }
    write_text(path, &to_ron(data)?, options)
}

/// Writes `text` atomically: compares the file with what was expected, writes
/// a temporary file in the same folder, flushes and syncs it, keeps a backup
/// of the old file, renames the temporary file over it and syncs the folder.
/// Any failure before the rename leaves the old file intact; failing to prune
/// old backups only gives a warning.
///
/// # Errors
/// [`SaveError::ChangedOnDisk`] when another program changed the file,
/// [`SaveError::Write`] for I/O.
pub fn write_text(path: &Path, text: &str, options: &SaveOptions) -> Result<Saved, SaveError> {
    write_bytes(path, text.as_bytes(), options)
}

/// Writes `bytes` atomically, as [`write_text`] does (exports use it too).
///
/// # Errors
/// As [`write_text`].
pub fn write_bytes(path: &Path, bytes: &[u8], options: &SaveOptions) -> Result<Saved, SaveError> {
    let write_error = |at: &Path, error: &std::io::Error| SaveError::Write {
        path: at.to_owned(),
        reason: io_reason(error),
    };
    if let Some(expected) = &options.expected
        && !expected
            .matches_file(path)
            .map_err(|e| write_error(path, &e))?
    {
        return Err(SaveError::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => std::env::current_dir().map_err(|e| write_error(path, &e))?,
    };
    std::fs::create_dir_all(&folder).map_err(|e| write_error(&folder, &e))?;

    let mut builder = tempfile::Builder::new();
    builder.prefix(".wijkdashboard-").suffix(".tmp");
    let kept_mode = ordinary_permissions(&mut builder, path);
    let mut temporary = builder
        .tempfile_in(&folder)
        .map_err(|e| write_error(&folder, &e))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.flush())
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|e| write_error(temporary.path(), &e))?;

    let backed_up = options.make_backup && path.exists();
    if backed_up {
        backup::keep_backup(path).map_err(|e| write_error(path, &e))?;
    }
    if options.fail_before_rename {
        return Err(SaveError::Write {
            path: path.to_owned(),
            reason: "opzettelijk afgebroken (test)".to_owned(),
        });
    }
    let file = temporary
        .persist(path)
        .map_err(|e| write_error(path, &e.error))?;
    if let Some(mode) = kept_mode {
        // The umask may have narrowed the new file: give back what it had.
        let _ = file.set_permissions(mode);
    }
    let metadata = file.metadata().map_err(|e| write_error(path, &e))?;
    drop(file);
    // Make the rename itself durable; not every platform can open a folder.
    if let Ok(dir) = std::fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    let warning = if backed_up {
        backup::prune_backups(path)
    } else {
        None
    };
    Ok(Saved {
        stamp: DiskStamp::of(bytes, &metadata),
        warning,
    })
}

/// A file the app writes gets the permissions of any file the user saves:
/// read and write for all, less the user's umask (a temporary file would be
/// the owner's only, and a colleague on a shared drive could not open the
/// Bijlage just made). A file that is replaced keeps the permissions it had;
/// those are returned to set again after the rename.
#[cfg(unix)]
fn ordinary_permissions(
    builder: &mut tempfile::Builder<'_, '_>,
    path: &Path,
) -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
    let mode = existing.as_ref().map_or(0o666, |p| p.mode() & 0o777);
    builder.permissions(std::fs::Permissions::from_mode(mode));
    existing
}

/// Elsewhere (Windows) a new file takes its folder's rights; nothing to do.
#[cfg(not(unix))]
fn ordinary_permissions(
    _builder: &mut tempfile::Builder<'_, '_>,
    _path: &Path,
) -> Option<std::fs::Permissions> {
    None
}
