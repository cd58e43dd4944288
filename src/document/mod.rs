//! The open document: the data, the file it is kept in and what is known of
//! that file on disk, the undo history, the revision counters, the derived
//! figures and the validation problems. Every change goes through one of its
//! methods, so these always agree. A background worker writes files.

mod describe;
mod edit;
mod worker;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Local};

pub use edit::{Edit, History, StateId, steps_between};
pub use worker::{FileJob, FileWorker, HandoutSlide, JobDone, SharedProgress};

use crate::model::{Dataset, Problem, validate};

use crate::model::view::Derived;
use crate::model::view::slide_pages::{SlidePage, SlidePageCache};
use crate::store::DiskStamp;

/// The file a document is kept in, and what it held when last loaded or saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileBinding {
    path: PathBuf,
    stamp: Option<DiskStamp>,
}

impl FileBinding {
    /// A binding to `path`, whose content was `stamp` (`None`: not yet read
    /// or written by us, so it is not compared before the first save).
    pub fn new(path: PathBuf, stamp: Option<DiskStamp>) -> Self {
        Self { path, stamp }
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What the file held when last loaded or saved.
    pub fn stamp(&self) -> Option<&DiskStamp> {
        self.stamp.as_ref()
    }
}

/// The open document.
pub struct Document {
    data: Arc<Dataset>,
    binding: Option<FileBinding>,
    history: History,
    /// Counts every change of the data; never goes back.
    revision: u64,
    /// The revision that is in the file.
    saved_revision: u64,
    /// When the first change after the last save was made.
    first_unsaved_edit: Option<DateTime<Local>>,
    /// When the last change was made.
    last_edit: Option<DateTime<Local>>,
    problems: Vec<Problem>,
    derived: Derived,
    /// The slide pages of the current revision, worked out once.
    slide_pages: SlidePageCache,
    /// The history's path at the state that is in the file.
    saved_path: Vec<StateId>,
    /// Each save under way: its revision, the history's path and the data.
    saving: Vec<SaveUnderWay>,
    /// The data as the file held it when last loaded or saved: the common
    /// version when another program changes the file (to merge with it).
    saved_data: Arc<Dataset>,
}

/// A save handed to the file worker and not yet confirmed.
struct SaveUnderWay {
    revision: u64,
    path: Vec<StateId>,
    data: Arc<Dataset>,
}

impl Document {
    /// A document on `data`, as just loaded from (or not yet saved to) a file.
    pub fn new(data: Dataset, binding: Option<FileBinding>) -> Self {
        let problems = validate(&data);
        let derived = Derived::from_data(&data, 0);
        let history = History::default();
        let data = Arc::new(data);
        Self {
            saved_path: history.path(),
            saving: Vec::new(),
            saved_data: Arc::clone(&data),
            data,
            binding,
            history,
            revision: 0,
            saved_revision: 0,
            first_unsaved_edit: None,
            last_edit: None,
            problems,
            derived,
            slide_pages: SlidePageCache::default(),
        }
    }

    /// The data.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// A cheap shared copy of the data as it is now (recovery, exports).
    pub fn snapshot(&self) -> Arc<Dataset> {
        Arc::clone(&self.data)
    }

    /// The data to save, with its revision, stamped with a new version id
    /// (the lineage is where the file comes from, not an edit: no undo step,
    /// no new revision). The state it is in counts as saved once
    /// [`Document::mark_saved`] says so; typing on starts a new undo step.
    pub fn save_snapshot(&mut self) -> (Arc<Dataset>, u64) {
        self.history.seal();
        crate::store::stamp_new_version(Arc::make_mut(&mut self.data));
        self.saving.retain(|save| save.revision != self.revision);
        self.saving.push(SaveUnderWay {
            revision: self.revision,
            path: self.history.path(),
            data: Arc::clone(&self.data),
        });
        // Only saves under way are kept; a handful at most.
        if self.saving.len() > 8 {
            self.saving.remove(0);
        }
        (Arc::clone(&self.data), self.revision)
    }

    /// The data as the file held it when last loaded or saved.
    pub fn saved_data(&self) -> Arc<Dataset> {
        Arc::clone(&self.saved_data)
    }

    /// The file the data is kept in, if any.
    pub fn binding(&self) -> Option<&FileBinding> {
        self.binding.as_ref()
    }

    /// The path of the file, if any.
    pub fn path(&self) -> Option<&Path> {
        self.binding.as_ref().map(FileBinding::path)
    }

    /// Validation problems of the data.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Plot and table figures, derived once per change.
    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    /// The pages of the chosen slides at `zoom`, worked out once per
    /// revision and zoom.
    pub fn slide_pages(&self, zoom: f32) -> std::sync::Arc<Vec<SlidePage>> {
        self.slide_pages.pages(&self.data, self.revision, zoom)
    }

    /// The cache behind [`Self::slide_pages`], for the views.
    pub fn slide_page_cache(&self) -> &SlidePageCache {
        &self.slide_pages
    }

    /// The revision: counts every change.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether there are changes not in the file.
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// How many undo steps lie between the file and the data: typing in one
    /// field is one change, and undoing it again is none.
    pub fn unsaved_changes(&self) -> u64 {
        if !self.is_dirty() {
            return 0;
        }
        let steps = steps_between(&self.saved_path, &self.history.path());
        // Data that differs from the file is at least one change.
        u64::try_from(steps).unwrap_or(u64::MAX).max(1)
    }

    /// When the first unsaved change was made.
    fn first_unsaved_edit(&self) -> Option<DateTime<Local>> {
        self.first_unsaved_edit.filter(|_| self.is_dirty())
    }

    /// When the last change was made.
    pub fn last_edit(&self) -> Option<DateTime<Local>> {
        self.last_edit
    }

    /// "4 wijzigingen sinds 10:42": what would be lost, in Dutch.
    pub fn unsaved_summary(&self) -> String {
        let count = self.unsaved_changes();
        let noun = if count == 1 {
            "wijziging"
        } else {
            "wijzigingen"
        };
        match self.first_unsaved_edit() {
            Some(at) => format!("{count} {noun} sinds {}", at.format("%H:%M")),
            None => format!("{count} {noun}"),
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Applies an edit as one undo step (or part of the step of the same
    /// `key` typed just before); returns whether anything changed.
    pub fn apply(&mut self, edit: Edit, key: Option<String>) -> bool {
        let known = self.binding.clone();
        let label = edit.describe(&self.data, key.as_deref());
        let data = Arc::make_mut(&mut self.data);
        let changed = self
            .history
            .apply(data, &mut self.binding, edit, key, label);
        if changed {
            self.keep_disk_knowledge(known);
            self.changed();
        }
        changed
    }

    /// Undoes the last step; returns what it changed, if there was one.
    pub fn undo(&mut self) -> Option<String> {
        let known = self.binding.clone();
        let data = Arc::make_mut(&mut self.data);
        let label = self.history.undo(data, &mut self.binding)?;
        self.keep_disk_knowledge(known);
        self.changed();
        Some(label)
    }

    /// Redoes the last undone step; returns what it changed, if there was one.
    pub fn redo(&mut self) -> Option<String> {
        let known = self.binding.clone();
        let data = Arc::make_mut(&mut self.data);
        let label = self.history.redo(data, &mut self.binding)?;
        self.keep_disk_knowledge(known);
        self.changed();
        Some(label)
    }

    /// Replaces everything by a file just opened: history is forgotten and
    /// the document is clean.
    pub fn open(&mut self, data: Dataset, binding: FileBinding) {
        *self = Self {
            revision: self.revision + 1,
            saved_revision: self.revision + 1,
            ..Self::new(data, Some(binding))
        };
        self.derived = Derived::from_data(&self.data, self.revision);
    }

    /// Keeps the data in another file from now on (Opslaan als…), after it
    /// was written there as `revision` with `stamp`.
    pub fn rebind(&mut self, path: PathBuf, revision: u64, stamp: DiskStamp) {
        self.binding = Some(FileBinding::new(path, None));
        self.mark_saved(revision, stamp);
    }

    /// Records that `revision` was written to the bound file, which now holds
    /// `stamp`. A later revision stays unsaved.
    pub fn mark_saved(&mut self, revision: u64, stamp: DiskStamp) {
        if let Some(binding) = &mut self.binding {
            binding.stamp = Some(stamp);
        }
        self.saved_revision = revision;
        (self.saved_path, self.saved_data) = match self
            .saving
            .iter()
            .position(|save| save.revision == revision)
        {
            Some(index) => {
                let save = self.saving.remove(index);
                (save.path, save.data)
            }
            // Saved as it is now (the other program's version opened).
            None => (self.history.path(), Arc::clone(&self.data)),
        };
        self.saving.retain(|save| save.revision > revision);
        if !self.is_dirty() {
            self.first_unsaved_edit = None;
        }
    }

    /// The bound file now holds `stamp`, which the data in use already
    /// takes in (merged with it): the next save may replace it. The data
    /// stays unsaved.
    pub fn know_file_holds(&mut self, stamp: DiskStamp) {
        if let Some(binding) = &mut self.binding {
            binding.stamp = Some(stamp);
        }
    }

    /// What is known of a file on disk is a fact, not part of the undo
    /// history: undo that returns to the same file keeps the latest stamp.
    fn keep_disk_knowledge(&mut self, known: Option<FileBinding>) {
        if let (Some(now), Some(known)) = (&mut self.binding, known)
            && now.path == known.path
        {
            now.stamp = known.stamp;
        }
    }

    fn changed(&mut self) {
        if !self.is_dirty() {
            self.first_unsaved_edit = Some(Local::now());
        }
        self.revision += 1;
        self.last_edit = Some(Local::now());
        self.problems = validate(&self.data);
        self.derived.update(&self.data, self.revision);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Platform;

    fn rename(doc: &Document, name: &str) -> Edit {
        let mut platform = doc.data().platforms[0].clone();
        platform.name = name.into();
        Edit::Platform {
            index: 0,
            platform: Box::new(platform),
        }
    }

    fn document() -> Document {
        let data = Dataset {
            platforms: vec![Platform {
                name: "A".into(),
                ..Platform::default()
            }],
            ..Dataset::default()
        };
        let binding = FileBinding::new(PathBuf::from("a.ron"), None);
        Document::new(data, Some(binding))
    }

    #[test]
    fn edits_count_as_unsaved_until_marked_saved() {
        let mut doc = document();
        assert!(!doc.is_dirty());
        assert!(doc.apply(rename(&doc, "B"), None));
        assert!(doc.apply(rename(&doc, "C"), None));
        assert_eq!(doc.unsaved_changes(), 2);
        assert!(doc.unsaved_summary().starts_with("2 wijzigingen sinds "));
        let saved_at = doc.revision();
        assert!(doc.apply(rename(&doc, "D"), None));
        doc.mark_saved(saved_at, DiskStamp::of(b"", &dummy_metadata()));
        assert!(
            doc.is_dirty(),
            "the edit after the snapshot is still unsaved"
        );
        assert_eq!(doc.unsaved_summary().split(' ').next(), Some("1"));
    }

    #[test]
    fn undo_of_a_new_document_brings_back_the_file() {
        let mut doc = document();
        let edit = Edit::ReplaceWithFile {
            data: Box::default(),
            binding: None,
        };
        assert!(doc.apply(edit, None));
        assert_eq!(doc.path(), None);
        assert!(doc.data().platforms.is_empty());
        assert!(doc.undo().is_some());
        assert_eq!(doc.path(), Some(Path::new("a.ron")));
        assert_eq!(doc.data().platforms[0].name, "A");
    }

    fn dummy_metadata() -> std::fs::Metadata {
        std::fs::metadata(std::env::temp_dir()).unwrap_or_else(|e| panic!("{e}"))
    }
}
