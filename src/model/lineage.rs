//! Where a file comes from: the id of the document, made once, and the ids
//! of its last saved versions. Two copies of one register share the id and
//! the versions saved before they were parted, so a merge can find the
//! newest version both descend from (schema version 6).

use serde::{Deserialize, Serialize};

/// How many version ids a file keeps: enough for months of daily saves
/// between two merges, small enough to keep the file readable.
const KEPT_VERSIONS: usize = 50;

/// The longest id a file may hold; ours are 36 characters.
pub(crate) const MAX_ID_CHARS: usize = 64;

/// The document id and the ids of its last saved versions, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lineage {
    /// Made at the first save; a copy keeps it.
    document: String,
    /// The last [`KEPT_VERSIONS`] saved versions, oldest first; the last one
    /// is the version the file holds.
    versions: Vec<String>,
}

impl Lineage {
    /// Whether the file carries no lineage (older files, the shipped data).
    pub fn is_empty(&self) -> bool {
        self.document.is_empty() && self.versions.is_empty()
    }

    /// The document id ("" before the first save).
    pub fn document(&self) -> &str {
        &self.document
    }

    /// The saved versions, oldest first.
    pub fn versions(&self) -> &[String] {
        &self.versions
    }

    /// The version the file holds, if it was saved with a lineage.
    pub fn current(&self) -> Option<&str> {
        self.versions.last().map(String::as_str)
    }

    /// Records a save as `version`; `new_document` gives the document id
    /// when there is none yet.
    pub fn record_save(&mut self, version: String, new_document: impl FnOnce() -> String) {
        if self.document.is_empty() {
            self.document = new_document();
        }
        self.versions.retain(|known| *known != version);
        self.versions.push(version);
        self.keep_last();
    }

    /// The versions this lineage shares with `other`, newest first (in this
    /// lineage's order); none when they are different documents.
    pub fn common_versions<'a>(&'a self, other: &'a Self) -> Vec<&'a str> {
        if self.document.is_empty() || self.document != other.document {
            return Vec::new();
        }
        self.versions
            .iter()
            .rev()
            .filter(|version| other.versions.contains(version))
            .map(String::as_str)
            .collect()
    }

    /// The lineage of a merge of this copy with `other`: this copy's
    /// versions, then those of the other not yet in it, so that a later
    /// merge with either finds what both already share.
    #[must_use]
    pub fn joined(&self, other: &Self) -> Self {
        let mut joined = self.clone();
        if joined.document.is_empty() {
            joined.document.clone_from(&other.document);
        }
        if joined.document == other.document {
            for version in &other.versions {
                if !joined.versions.contains(version) {
                    joined.versions.push(version.clone());
                }
            }
        }
        joined.keep_last();
        joined
    }

    fn keep_last(&mut self) {
        let extra = self.versions.len().saturating_sub(KEPT_VERSIONS);
        self.versions.drain(..extra);
    }

    /// Every id, for the limits check.
    pub(crate) fn ids(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.document.as_str()).chain(self.versions.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(versions: &[&str]) -> Lineage {
        let mut lineage = Lineage::default();
        for version in versions {
            lineage.record_save((*version).to_owned(), || "doc".to_owned());
        }
        lineage
    }

    #[test]
    fn a_save_adds_its_version_and_keeps_the_last_fifty() {
        let mut lineage = Lineage::default();
        assert!(lineage.is_empty());
        for n in 0..60 {
            lineage.record_save(format!("v{n}"), || "doc".to_owned());
        }
        assert_eq!(lineage.document(), "doc");
        assert_eq!(lineage.versions().len(), KEPT_VERSIONS);
        assert_eq!(lineage.versions()[0], "v10");
        assert_eq!(lineage.current(), Some("v59"));
    }

    #[test]
    fn two_copies_share_the_versions_before_they_parted() {
        let mine = saved(&["v1", "v2", "a1", "a2"]);
        let theirs = saved(&["v1", "v2", "b1"]);
        assert_eq!(mine.common_versions(&theirs), vec!["v2", "v1"]);
        let mut other_document = theirs.clone();
        other_document.document = "ander".to_owned();
        assert!(mine.common_versions(&other_document).is_empty());
        assert!(Lineage::default().common_versions(&theirs).is_empty());
    }

    #[test]
    fn a_merge_knows_the_versions_of_both() {
        let mine = saved(&["v1", "a1"]);
        let theirs = saved(&["v1", "b1"]);
        let joined = mine.joined(&theirs);
        assert_eq!(joined.versions(), ["v1", "a1", "b1"]);
        assert_eq!(joined.common_versions(&theirs), vec!["b1", "v1"]);
        assert_eq!(Lineage::default().joined(&theirs), theirs);
    }
}
