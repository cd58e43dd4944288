use std::path::PathBuf;

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
    if !path.exists() {
        let create = || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, DEFAULT_DATA_RON)
        };
        create().map_err(|error| LoadError::Read {
            path: path.clone(),
            reason: super::error::io_reason(&error),
        })?;
    }
    Ok(path)
}
