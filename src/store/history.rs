//! The history kept in the backups, for *Wat is er veranderd?*: what
//! changed after each backup, and the stand of a given moment.

use std::path::Path;

use chrono::{DateTime, Local};

use super::backup::Backup;
use crate::model::changes::{diff, summary_nl};

/// What changed after each backup (newest first, as `backups`): from its
/// stand to the next one kept, or to the file itself for the newest.
/// Reads every backup once; called by the file worker, never per frame.
pub fn describe_backups(file: &Path, backups: &[Backup]) -> Vec<String> {
    let mut next = super::load::load(file).ok();
    backups
        .iter()
        .map(|backup| match super::load::load(&backup.path) {
            Ok(stand) => {
                let text = next.as_ref().map_or_else(
                    || "het bestand zelf is niet te lezen".to_owned(),
                    |newer| format!("daarna {}", summary_nl(&diff(&stand, newer))),
                );
                next = Some(stand);
                text
            }
            Err(error) => format!("niet te lezen: {error}"),
        })
        .collect()
}

/// Which stand held at a moment, as far as the backups know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StandAt<'a> {
    /// The first backup made after the moment: the stand that held then
    /// (or, where older backups were thinned, the first one kept after it).
    Backup(&'a Backup),
    /// Nothing was saved since the moment: the file itself holds it.
    File,
    /// Every backup kept is from after the moment; this is the oldest.
    OlderThanAll(&'a Backup),
}

/// The stand of `moment`. A backup holds the version that was replaced
/// when it was made, so the first one made after the moment holds what
/// stood at that moment.
pub fn stand_at(backups: &[Backup], moment: DateTime<Local>) -> StandAt<'_> {
    let after = backups
        .iter()
        .filter(|backup| backup.made > moment)
        .min_by(|a, b| a.made.cmp(&b.made).then_with(|| a.path.cmp(&b.path)));
    match after {
        None => StandAt::File,
        Some(first) if backups.iter().any(|backup| backup.made <= moment) => StandAt::Backup(first),
        Some(first) => StandAt::OlderThanAll(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use std::path::PathBuf;

    fn at(day: u32, hour: u32) -> DateTime<Local> {
        Local
            .with_ymd_and_hms(2026, 10, day, hour, 0, 0)
            .single()
            .unwrap_or_else(|| panic!("{day} {hour}"))
    }

    fn backup(name: &str, made: DateTime<Local>) -> Backup {
        Backup {
            path: PathBuf::from(name),
            made,
        }
    }

    #[test]
    fn the_stand_of_a_moment_is_the_first_backup_made_after_it() {
        let backups = vec![
            backup("c", at(3, 9)),
            backup("b", at(2, 14)),
            backup("a", at(1, 9)),
        ];
        assert_eq!(stand_at(&backups, at(2, 0)), StandAt::Backup(&backups[1]));
        assert_eq!(stand_at(&backups, at(3, 9)), StandAt::File);
        assert_eq!(stand_at(&backups, at(4, 0)), StandAt::File);
        assert_eq!(
            stand_at(&backups, at(1, 0)),
            StandAt::OlderThanAll(&backups[2])
        );
    }

    #[test]
    fn each_backup_is_described_by_what_changed_after_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("data.ron");
        let mut data = crate::store::default_dataset().unwrap_or_else(|e| panic!("{e}"));
        let write = |data: &crate::model::Dataset| {
            super::super::save::save_with(&file, data, &super::super::save::SaveOptions::default())
                .unwrap_or_else(|e| panic!("{e}"));
        };
        write(&data);
        data.districts[0]
            .notes
            .push("Nieuw overleg gepland.".to_owned());
        write(&data);
        write(&data);
        let backups = super::super::backup::list_backups(&file);
        assert_eq!(backups.len(), 2);
        let described = describe_backups(&file, &backups);
        assert_eq!(described[0], "daarna geen wijzigingen");
        assert!(
            described[1].starts_with("daarna 1 wijziging ("),
            "{described:?}"
        );
    }
}
