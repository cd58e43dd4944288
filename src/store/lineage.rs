//! The lineage on disk: a new version id for every save, and finding the
//! file or backup that holds a given version (to merge two copies from the
//! newest version both descend from).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::Deserialize;

use super::backup::list_backups;
use crate::model::{Dataset, Lineage};

/// Records a save of `data`: a new version id, and a document id at the
/// first save. Called for every write of the data file, not for exports or
/// the recovery file.
pub fn stamp_new_version(data: &mut Dataset) {
    data.lineage.record_save(new_id(), new_id);
}

/// A random id (UUID version 4): unique without a central register, so
/// two laptops offline never make the same one.
fn new_id() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}

/// Only the lineage of a file, read without keeping the rest.
#[derive(Deserialize)]
struct LineageProbe {
    #[serde(default)]
    lineage: Lineage,
}

/// The version a data file holds (`None`: unreadable, or saved before
/// files carried their lineage).
pub fn version_of(path: &Path) -> Option<String> {
    let bytes = super::load::read_bounded(path).ok()?;
    let text = std::str::from_utf8(&bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: LineageProbe = ron::Options::default().from_str(text).ok()?;
    probe.lineage.current().map(str::to_owned)
}

/// A file that holds a wanted version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundVersion {
    /// The version id.
    pub version: String,
    /// The file or backup that holds it.
    pub path: PathBuf,
    /// When the backup was made; `None`: it is one of the files themselves.
    pub backup_made: Option<DateTime<Local>>,
}

impl FoundVersion {
    /// In words, for the merge: "de back-up van 1-10-2026 14:02:11", "het bestand utrecht.ron".
    pub fn describe_nl(&self) -> String {
        match self.backup_made {
            Some(made) => format!("de back-up van {}", super::backup::stand_time_nl(made)),
            None => format!(
                "het bestand {}",
                self.path.file_name().map_or_else(
                    || self.path.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
            ),
        }
    }
}

/// The first of `wanted` (newest first) that `files` or their backups hold.
/// Each candidate is read once, whatever the number of wanted versions.
pub fn find_version(files: &[&Path], wanted: &[&str]) -> Option<FoundVersion> {
    if wanted.is_empty() {
        return None;
    }
    let mut held: Vec<FoundVersion> = Vec::new();
    for file in files {
        let candidates = std::iter::once(((*file).to_owned(), None)).chain(
            list_backups(file)
                .into_iter()
                .map(|backup| (backup.path, Some(backup.made))),
        );
        for (path, backup_made) in candidates {
            if let Some(version) = version_of(&path)
                && wanted.contains(&version.as_str())
            {
                held.push(FoundVersion {
                    version,
                    path,
                    backup_made,
                });
            }
        }
    }
    wanted
        .iter()
        .find_map(|version| held.iter().find(|found| found.version == *version))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_save_gets_its_own_version_in_one_document() {
        let mut data = Dataset::default();
        stamp_new_version(&mut data);
        let document = data.lineage.document().to_owned();
        let first = data.lineage.current().map(str::to_owned);
        stamp_new_version(&mut data);
        assert_eq!(data.lineage.document(), document);
        assert_ne!(data.lineage.current().map(str::to_owned), first);
        assert_eq!(data.lineage.versions().len(), 2);
        assert_eq!(document.len(), 36);
    }

    #[test]
    fn a_version_is_found_in_the_file_or_its_backups() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let file = dir.path().join("data.ron");
        let mut data = crate::store::default_dataset().unwrap_or_else(|e| panic!("{e}"));
        let mut versions = Vec::new();
        for _ in 0..3 {
            stamp_new_version(&mut data);
            versions.push(data.lineage.current().unwrap_or_default().to_owned());
            crate::store::save(&file, &data).unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(version_of(&file).as_deref(), Some(versions[2].as_str()));
        let found = find_version(&[&file], &[&versions[1], &versions[0]])
            .unwrap_or_else(|| panic!("version 2 is a backup"));
        assert_eq!(found.version, versions[1]);
        assert!(found.backup_made.is_some());
        assert!(found.describe_nl().starts_with("de back-up van "));
        let current = find_version(&[&file], &[&versions[2]]).unwrap_or_else(|| panic!("the file"));
        assert_eq!(current.path, file);
        assert_eq!(current.describe_nl(), "het bestand data.ron");
        assert_eq!(find_version(&[&file], &["onbekend"]), None);
    }
}
