//! [`Message`]: what a view or dialog sends the app with a payload (an edit,
//! a chosen wijk or slide, a path, the answer to a question). Unlike a
//! [`super::UiCommand`] it has no menu text or shortcut.

use std::path::PathBuf;

use super::{ConflictAnswer, MapKind, RecoveryAnswer, UnsavedAnswer};
use crate::document::Edit;
use crate::publish::DocumentRequest;
use crate::store::ExportFormat;

/// A message from a view or dialog to the app.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Message {
    /// Change the data (undoable). Edits with the same `key` in quick
    /// succession become one undo step.
    Edit {
        /// The change.
        edit: Edit,
        /// The field being typed in, if any.
        key: Option<String>,
    },
    /// Select a wijk (by CBS code).
    SelectDistrict(String),
    /// Show an indicator in the Indicatoren view ("" for the overview).
    SelectIndicator(String),
    /// Show the map of this kind.
    ShowMapKind(MapKind),
    /// Go to the slide at this index of the shown slides.
    GoToSlide(usize),
    /// Open this file.
    OpenPath(PathBuf),
    /// Import this file: read it and ask how.
    ImportPath(PathBuf),
    /// Apply the import on screen: merge, or replace everything.
    ApplyImport {
        /// Merge instead of replacing.
        merge: bool,
    },
    /// Read this map file and show what it holds.
    ImportMapPath(PathBuf),
    /// Read this table (Excel or CSV) and show the import dialog.
    ImportTablePath(PathBuf),
    /// Apply the table import on screen as one undoable edit.
    ApplyTableImport,
    /// Apply the map on screen (one undoable edit).
    ApplyMap,
    /// Save to this path and keep working there.
    SaveAsPath(PathBuf),
    /// Export the data to this path (a folder for CSV).
    Export {
        /// What to write.
        format: ExportFormat,
        /// Where.
        path: PathBuf,
        /// Include the contact persons (personal data).
        include_personal: bool,
    },
    /// Pick the export's file or folder with the system's file dialog.
    BrowseExportPath,
    /// Make a document (in the background, with progress).
    MakeDocument(Box<DocumentRequest>),
    /// Pick the documents' folder with the system's file dialog.
    BrowseDocumentFolder,
    /// Open this file with the program the system has for it.
    OpenWithSystem(PathBuf),
    /// Show the folder holding this file in the system's file manager.
    ShowInFolder(PathBuf),
    /// Compare the data with this file (a backup or another copy).
    CompareWith(PathBuf),
    /// Pick the file to compare with.
    BrowseCompareFile,
    /// Pick the change report's CSV file with the system's file dialog.
    BrowseChangesCsv,
    /// Write the change report on screen (as filtered) as CSV here.
    ExportChanges(PathBuf),
    /// Read this copy and show the merge with it.
    MergeWith(PathBuf),
    /// Apply the merge on screen (every conflict decided): one undoable edit.
    ApplyMerge,
    /// Open *Document maken…* for the Bijlage with the change report on
    /// screen as its section "Wijzigingen sinds …".
    BijlageWithChanges,
    /// Save the next frame as a PNG at this path.
    ExportImagePath(PathBuf),
    /// Write every chosen slide as a page of a PDF hand-out at this path.
    ExportSlidesPdf(PathBuf),
    /// Restore this backup (undoable).
    RestoreBackup(PathBuf),
    /// The answer to "unsaved changes?".
    AnswerUnsaved(UnsavedAnswer),
    /// The answer to "the file was changed by another program".
    AnswerConflict(ConflictAnswer),
    /// The answer to "recover unsaved edits?".
    AnswerRecovery(RecoveryAnswer),
    /// Close the dialog on screen.
    CloseDialog,
    /// Read which screens are attached (the Beeld menu is open).
    ReadScreens,
    /// Show the slides on screen `index` (Beeld → Dia's op scherm).
    SlidesScreen(usize),
}
