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

/// When a stand was replaced, to the second, as every dialog and report
/// says it: "5-11-2026 14:00:00". One editing session makes several
/// backups within a minute, and they must not read alike.
pub fn stand_time_nl(made: DateTime<Local>) -> String {
    made.format("%-d-%-m-%Y %H:%M:%S").to_string()
}

/// How many of the most recent backups are always kept.
pub const KEEP_RECENT: usize = 10;

/// The thinning rule in words, for the dialogs and the README.
pub const KEEP_RULE_NL: &str = "de laatste 10, en daarnaast de stand aan het begin van elk uur \
vandaag, van elke dag deze maand en van elke maand daarvoor";

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

/// The period a backup made at `made` stands for, seen `now`: its hour
/// today, its day this month, its month before that. A backup holds the
/// version that was replaced at `made`, so the first one made in a period
/// holds the stand at the start of that period (= the end of the one before).
fn thinning_period(made: DateTime<Local>, now: DateTime<Local>) -> (i32, u32, u32, u32) {
    use chrono::{Datelike, Timelike};
    let date = made.date_naive();
    if date == now.date_naive() {
        (date.year(), date.month(), date.day(), made.hour())
    } else if (date.year(), date.month()) == (now.year(), now.month()) {
        (date.year(), date.month(), date.day(), 24)
    } else {
        (date.year(), date.month(), 0, 24)
    }
}

/// The backups that the retention rule drops: all but the newest
/// [`KEEP_RECENT`] and the first backup made in each hour today, each day
/// this month and each month before (see [`KEEP_RULE_NL`]). So a long
/// session never pushes the day before out, and "sinds 1 oktober" finds
/// the stand of that moment.
pub fn backups_to_prune(backups: &[Backup], now: DateTime<Local>) -> Vec<PathBuf> {
    let mut newest_first: Vec<&Backup> = backups.iter().collect();
    newest_first.sort_by(|a, b| b.made.cmp(&a.made).then_with(|| b.path.cmp(&a.path)));
    let mut first_of_period: std::collections::BTreeMap<(i32, u32, u32, u32), &Backup> =
        std::collections::BTreeMap::new();
    for backup in &newest_first {
        // Newest first: the last one seen for a period is its first.
        first_of_period.insert(thinning_period(backup.made, now), backup);
    }
    newest_first
        .iter()
        .skip(KEEP_RECENT)
        .filter(|backup| {
            !first_of_period
                .values()
                .any(|kept| kept.path == backup.path)
        })
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
    use chrono::{Datelike, TimeZone};

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

    fn kept_after_thinning(backups: &[Backup], now: DateTime<Local>) -> Vec<String> {
        let pruned = backups_to_prune(backups, now);
        backups
            .iter()
            .filter(|b| !pruned.contains(&b.path))
            .map(|b| b.path.display().to_string())
            .collect()
    }

    fn at(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> DateTime<Local> {
        Local
            .with_ymd_and_hms(year, month, day, hour, minute, 0)
            .single()
            .unwrap_or_else(|| panic!("{year}-{month}-{day} {hour}:{minute} is geen tijd"))
    }

    #[test]
    fn thinning_keeps_each_hour_today_each_day_this_month_and_each_month() {
        let now = at(2026, 11, 22, 18, 0);
        let mut backups = Vec::new();
        // Three saves on each day from 1 August to 21 November.
        let mut day = at(2026, 8, 1, 12, 0).date_naive();
        while day < now.date_naive() {
            for hour in [9, 13, 17] {
                let made = at(2026, day.month(), day.day(), hour, 30);
                backups.push(backup(&format!("{}-h{hour}", day.format("%m%d")), made));
            }
            day = day.succ_opt().unwrap_or(day);
        }
        // A long session today: a save every minute from 9:00 to 17:59.
        for minute in 0..(9 * 60) {
            let made = at(2026, 11, 22, 9 + minute / 60, minute % 60);
            backups.push(backup(&format!("1122-{minute:03}"), made));
        }
        let kept = kept_after_thinning(&backups, now);
        // Today: the newest ten and the first of each of the nine hours.
        for hour in 0..9 {
            assert!(
                kept.contains(&format!("1122-{:03}", hour * 60)),
                "uur {hour}"
            );
        }
        assert!(kept.contains(&"1122-539".to_owned()));
        assert!(!kept.contains(&"1122-061".to_owned()));
        // The day before is not pushed out by today's session.
        assert!(kept.contains(&"1121-h9".to_owned()));
        assert!(!kept.contains(&"1121-h13".to_owned()));
        assert!(kept.contains(&"1101-h9".to_owned()));
        // Earlier months: their first backup only.
        assert!(kept.contains(&"1001-h9".to_owned()));
        assert!(kept.contains(&"0801-h9".to_owned()));
        assert!(!kept.contains(&"1002-h9".to_owned()));
        // The last ten minutes, the first of each of the nine hours, the
        // first of each of the 21 days before today, and August to October.
        assert_eq!(kept.len(), 10 + 9 + 21 + 3, "{kept:?}");
    }
}
