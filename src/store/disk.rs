//! What is known about a file on disk: its size, modification time and a hash
//! of its bytes, to tell whether another program changed it since we read or
//! wrote it.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::SystemTime;

/// The state of a file as last loaded or saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, where the system gives one.
    pub modified: Option<SystemTime>,
    /// Hash of the bytes.
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of `bytes` as they are now in `path`.
    pub fn of(bytes: &[u8], metadata: &std::fs::Metadata) -> Self {
        Self {
            size: bytes.len() as u64,
            modified: metadata.modified().ok(),
            hash: hash_bytes(bytes),
        }
    }

    /// Whether the file at `path` still holds what this stamp describes. A
    /// file that is gone counts as unchanged: writing it loses nothing. An
    /// equal size and time are trusted; otherwise the bytes are compared by
    /// hash, so that a touch without a change is no conflict.
    ///
    /// # Errors
    /// I/O errors other than "not found".
    pub fn matches_file(&self, path: &Path) -> std::io::Result<bool> {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(true),
            Err(error) => return Err(error),
        };
        if metadata.len() != self.size {
            return Ok(false);
        }
        if self.modified.is_some() && metadata.modified().ok() == self.modified {
            return Ok(true);
        }
        Ok(hash_bytes(&std::fs::read(path)?) == self.hash)
    }
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    // Only compared within one process, so the std hasher's lack of a stable
    // output across versions does not matter.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_file_no_longer_matches_and_a_touched_one_does() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("f.ron");
        std::fs::write(&path, "een").unwrap_or_else(|e| panic!("{e}"));
        let metadata = std::fs::metadata(&path).unwrap_or_else(|e| panic!("{e}"));
        let stamp = DiskStamp::of(b"een", &metadata);
        assert!(stamp.matches_file(&path).unwrap_or(false));
        let mut touched = stamp.clone();
        touched.modified = None;
        assert!(touched.matches_file(&path).unwrap_or(false), "same bytes");
        std::fs::write(&path, "twee").unwrap_or_else(|e| panic!("{e}"));
        assert!(!stamp.matches_file(&path).unwrap_or(true));
        std::fs::write(&path, "tw3").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !touched.matches_file(&path).unwrap_or(true),
            "same size, other bytes"
        );
        std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(stamp.matches_file(&path).unwrap_or(false), "gone");
    }
}
