//! What the views ask the app to do. Views push these; the app applies them
//! after drawing, in one place.

use std::path::PathBuf;

use super::edit::Edit;
use super::settings::View;

/// A user command.
#[derive(Clone, Debug)]
#[must_use]
pub enum AppCommand {
    /// Change the data (undoable). Edits with the same `key` in quick
    /// succession become one undo step.
    Edit {
        /// The change.
        edit: Edit,
        /// The field being typed in, if any.
        key: Option<String>,
    },
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Select a wijk (by CBS code).
    SelectDistrict(String),
    /// Switch the main view.
    ShowView(View),
    /// Bestand → Nieuw.
    New,
    /// Bestand → Openen…
    Open,
    /// Open this file (from the in-app path dialog or the command line).
    OpenPath(PathBuf),
    /// Bestand → Importeren…
    Import,
    /// Import this file.
    ImportPath(PathBuf),
    /// Bestand → Opslaan.
    Save,
    /// Bestand → Opslaan als…
    SaveAs,
    /// Save to this path and keep working there.
    SaveAsPath(PathBuf),
    /// Bestand → Exporteren…
    Export,
    /// Export to this path.
    ExportPath(PathBuf),
    /// Bestand → Back-up terugzetten…
    ShowBackups,
    /// Restore this backup (undoable).
    RestoreBackup(PathBuf),
    /// Switch between light and dark.
    ToggleTheme,
    /// Enter presentation mode.
    StartPresentation,
    /// Leave presentation mode.
    StopPresentation,
    /// Beeld → Dia's kiezen…
    ChooseSlides,
    /// Afbeelding exporteren…: save the current view or slide as a PNG.
    ExportImage,
    /// Save the next frame as a PNG at this path.
    ExportImagePath(PathBuf),
    /// Close the window (after the unsaved-changes question).
    Quit,
}
