use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

/// One kept backup of a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// The backup file.
    pub path: PathBuf,
    /// When the backup was made (the moment the version it holds was replaced).
    pub made: DateTime<Local>,
}

/// The folder beside `file` that holds its backups: `utrecht.ron` → `utrecht.ron.backups/`.
pub fn backup_dir(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".backups");
    file.with_file_name(name)
}

const STAMP: &str = "%Y%m%d-%H%M%S%.3f";

/// Copies the current `file` into its backup folder and removes the oldest
/// backups so that at most `keep` remain.
pub(crate) fn keep_backup(file: &Path, keep: usize) -> std::io::Result<()> {
    if keep == 0 {
        return Ok(());
    }
    let dir = backup_dir(file);
    std::fs::create_dir_all(&dir)?;
    let stem = file
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let stamp = Local::now().format(STAMP).to_string();
    let mut target = dir.join(format!("{stem}-{stamp}.ron"));
    let mut extra = 1;
    while target.exists() {
        target = dir.join(format!("{stem}-{stamp}-{extra}.ron"));
        extra += 1;
    }
    std::fs::copy(file, &target)?;
    let backups = list_backups(file);
    for old in backups.iter().skip(keep) {
        std::fs::remove_file(&old.path)?;
    }
    Ok(())
}

/// The backups of `file`, newest first.
pub fn list_backups(file: &Path) -> Vec<Backup> {
    let Ok(entries) = std::fs::read_dir(backup_dir(file)) else {
        return Vec::new();
    };
    let mut backups: Vec<Backup> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .filter_map(|path| {
            let made = std::fs::metadata(&path).ok()?.modified().ok()?;
            Some(Backup {
                made: DateTime::<Local>::from(made),
                path,
            })
        })
        .collect();
    // Names carry a sortable time stamp; sort by name so that equal mtimes keep order.
    backups.sort_by(|a, b| b.path.cmp(&a.path));
    backups
}
