//! [`Message`]: what a view or dialog sends the app with a payload (an edit,
//! a chosen wijk or slide, a path, the answer to a question). Unlike a
//! [`super::UiCommand`] it has no menu text or shortcut.

use std::path::PathBuf;

use super::workflow::{
    ChangesMessage, DocumentMessage, ExportMessage, ImportMessage, MapImportMessage, MergeMessage,
    TableImportMessage,
};
use super::{ConflictAnswer, MapKind, RecoveryAnswer, UnsavedAnswer, VoortgangPane};
use crate::document::Edit;

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
    /// Show this on the right of the Voortgang view.
    ShowVoortgangPane(VoortgangPane),
    /// The folder a path for this purpose was chosen in: proposed next time.
    RememberFolder(super::PathPurpose, std::path::PathBuf),
    /// Go to the slide at this index of the shown slides.
    GoToSlide(usize),
    /// Open this file.
    OpenPath(PathBuf),
    /// *Importeren…*.
    Import(ImportMessage),
    /// *Kaart importeren…*.
    MapImport(MapImportMessage),
    /// *Tabel importeren…*.
    TableImport(TableImportMessage),
    /// Save to this path and keep working there.
    SaveAsPath(PathBuf),
    /// *Exporteren…*.
    Export(ExportMessage),
    /// *Document maken…*.
    Document(DocumentMessage),
    /// *Wat is er veranderd?*.
    Changes(ChangesMessage),
    /// *Samenvoegen met…*.
    Merge(MergeMessage),
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
    /// The answer to "add the council letter's interventions?" (`true`: add).
    AnswerLetterOffer(bool),
    /// Close the dialog on screen.
    CloseDialog,
    /// Read which screens are attached (the Beeld menu is open).
    ReadScreens,
    /// Show the slides on screen `index` (Beeld → Dia's op scherm).
    SlidesScreen(usize),
}
