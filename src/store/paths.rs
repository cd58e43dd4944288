use std::io::Write;
use std::path::{Path, PathBuf};

use super::{DEFAULT_DATA_RON, LoadError};

/// Environment variable that overrides the data folder (tests, demos).
pub const DATA_DIR_ENV: &str = "WIJKDASHBOARD_DATA_DIR";

/// The user's own data file: `<data folder>/wijkdashboard.ron`, in the
/// platform's data folder (e.g. `~/.local/share/wijkdashboard/` on Linux).
pub fn user_data_file() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV) {
        return Some(PathBuf::from(dir).join("wijkdashboard.ron"));
    }
    directories::ProjectDirs::from("nl", "Gemeente Utrecht", "Wijkdashboard")
        .map(|dirs| dirs.data_dir().join("wijkdashboard.ron"))
}

/// Makes sure the user's file exists, creating it from the embedded default on
/// the first start. Returns its path.
///
/// # Errors
/// [`LoadError::Read`] when no data folder can be found or created.
pub fn ensure_user_file() -> Result<PathBuf, LoadError> {
    let Some(path) = user_data_file() else {
        return Err(LoadError::Read {
            path: PathBuf::from("wijkdashboard.ron"),
            reason: "er is geen map voor gegevens gevonden (HOME ontbreekt)".to_owned(),
        });
    };
    ensure_file_at(&path)?;
    Ok(path)
}

/// Creates `path` from the embedded default if it does not exist yet; an
/// existing file is never touched. The new file appears whole or not at all.
///
/// # Errors
/// [`LoadError::Read`] when the folder or file cannot be created.
pub fn ensure_file_at(path: &Path) -> Result<(), LoadError> {
    if path.exists() {
        return Ok(());
    }
    let create = || -> std::io::Result<()> {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder)?;
        let mut temporary = tempfile::NamedTempFile::new_in(folder)?;
        temporary.write_all(DEFAULT_DATA_RON.as_bytes())?;
        temporary.as_file().sync_all()?;
        temporary.persist_noclobber(path).map_err(|e| e.error)?;
        Ok(())
    };
    create().map_err(|error| LoadError::Read {
        path: path.to_owned(),
        reason: super::error::io_reason(&error),
    })
}
