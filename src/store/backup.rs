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

const STAMP: &str = "%Y%m%d-%H%M%S-%3f";

/// How many of the most recent backups are always kept.
pub const KEEP_RECENT: usize = 10;

/// For how many days the first backup of each day is kept as well.
pub const KEEP_DAYS: i64 = 30;

/// Copies the current `file` into its backup folder. The name carries the
/// time to the millisecond and a sequence number, so two backups within one
/// millisecond get different names (the name is taken without replacing).
///
/// # Errors
/// When the folder or the copy cannot be made; the save then stops before
/// the old file is replaced.
pub(crate) fn keep_backup(file: &Path) -> std::io::Result<PathBuf> {
    let dir = backup_dir(file);
    std::fs::create_dir_all(&dir)?;
    let stem = file
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let stamp = Local::now().format(STAMP).to_string();
    // Copied to a temporary file first, so that a crash during the copy
    // never leaves a truncated backup under a backup's name.
    let mut copy = tempfile::Builder::new()
        .prefix(".wijkdashboard-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    std::io::copy(&mut std::fs::File::open(file)?, copy.as_file_mut())?;
    copy.as_file().sync_all()?;
    for sequence in 0..10_000_u32 {
        let target = dir.join(format!("{stem}-{stamp}-{sequence:04}.ron"));
        match copy.persist_noclobber(&target) {
            Ok(_) => return Ok(target),
            Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => {
                copy = error.file;
            }
            Err(error) => return Err(error.error),
        }
    }
    Err(std::io::Error::other(
        "te veel back-ups in één milliseconde",
    ))
}

/// The backups that the retention rule drops: all but the newest
/// [`KEEP_RECENT`] and the first backup of each of the last [`KEEP_DAYS`] days.
pub fn backups_to_prune(backups: &[Backup], now: DateTime<Local>) -> Vec<PathBuf> {
    let mut newest_first: Vec<&Backup> = backups.iter().collect();
    newest_first.sort_by(|a, b| b.made.cmp(&a.made).then_with(|| b.path.cmp(&a.path)));
    let oldest_day = now.date_naive() - chrono::Days::new(KEEP_DAYS.unsigned_abs() - 1);
    let mut first_of_day: std::collections::BTreeMap<chrono::NaiveDate, &Backup> =
        std::collections::BTreeMap::new();
    for backup in &newest_first {
        let day = backup.made.date_naive();
        if day >= oldest_day {
            // Newest first: the last one seen for a day is its first.
            first_of_day.insert(day, backup);
        }
    }
    newest_first
        .iter()
        .skip(KEEP_RECENT)
        .filter(|backup| !first_of_day.values().any(|kept| kept.path == backup.path))
        .map(|backup| backup.path.clone())
        .collect()
}

/// Removes the backups the retention rule drops. Returns a Dutch warning
/// when one could not be removed; that never fails a save.
pub(crate) fn prune_backups(file: &Path) -> Option<String> {
    let failed: Vec<String> = backups_to_prune(&list_backups(file), Local::now())
        .into_iter()
        .filter_map(|path| {
            std::fs::remove_file(&path)
                .err()
                .map(|error| format!("{}: {}", path.display(), super::error::io_reason(&error)))
        })
        .collect();
    (!failed.is_empty()).then(|| {
        format!(
            "Oude back-ups konden niet worden opgeruimd ({}); het opslaan is wel gelukt.",
            failed.join("; ")
        )
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn backup(name: &str, made: DateTime<Local>) -> Backup {
        Backup {
            path: PathBuf::from(name),
            made,
        }
    }

    #[test]
    fn backups_within_one_millisecond_get_their_own_names() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("data.ron");
        std::fs::write(&file, "inhoud").unwrap_or_else(|e| panic!("{e}"));
        let names: std::collections::HashSet<PathBuf> = (0..50)
            .map(|_| keep_backup(&file).unwrap_or_else(|e| panic!("{e}")))
            .collect();
        assert_eq!(names.len(), 50);
        assert_eq!(list_backups(&file).len(), 50);
    }

    #[test]
    fn the_last_ten_and_the_first_of_each_of_thirty_days_are_kept() {
        let now = Local
            .with_ymd_and_hms(2026, 11, 22, 12, 0, 0)
            .single()
            .unwrap_or_else(Local::now);
        let mut backups = Vec::new();
        // 40 days with three saves each, oldest first.
        for day in (0..40_u64).rev() {
            for hour in [9, 13, 17] {
                let made = now - chrono::Days::new(day) - chrono::TimeDelta::hours(12 - hour);
                backups.push(backup(&format!("d{day:02}-h{hour}"), made));
            }
        }
        let pruned = backups_to_prune(&backups, now);
        let kept: Vec<_> = backups
            .iter()
            .filter(|b| !pruned.contains(&b.path))
            .map(|b| b.path.display().to_string())
            .collect();
        // Today's three plus the newest seven of the days before (10), and
        // the 9-o'clock backup of each of the other 27 days of the 30.
        assert_eq!(kept.len(), 10 + 27, "{kept:?}");
        assert!(kept.contains(&"d29-h9".to_owned()));
        assert!(!kept.contains(&"d30-h9".to_owned()), "older than 30 days");
        assert!(!kept.contains(&"d05-h13".to_owned()));
    }
}
