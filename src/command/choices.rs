//! The small choices that commands and messages carry: the main view, the
//! kind of map, what a path is for, what would replace the data in use, and
//! the answers to the app's questions.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{Message, UiCommand};
use crate::model::Dataset;
use crate::store::ExportFormat;

/// The main views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// Map, list and platform panel.
    #[default]
    Wijken,
    /// Indicator plots and table.
    Indicatoren,
    /// Budget plots and table.
    Budget,
    /// Budget scenarios and their comparison.
    Scenarios,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [Self; 4] = [
        Self::Wijken,
        Self::Indicatoren,
        Self::Budget,
        Self::Scenarios,
    ];

    /// The command that shows this view (its tab).
    pub fn command(self) -> UiCommand {
        match self {
            Self::Wijken => UiCommand::ShowWijken,
            Self::Indicatoren => UiCommand::ShowIndicatoren,
            Self::Budget => UiCommand::ShowBudget,
            Self::Scenarios => UiCommand::ShowScenarios,
        }
    }

    /// Dutch tab label (the command's text).
    pub fn label_nl(self) -> &'static str {
        self.command().text()
    }
}

/// How the wijken are drawn: the real map from the boundaries, or equal
/// tiles in their rough positions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapKind {
    /// The boundaries, when there are any.
    #[default]
    Kaart,
    /// The tile map (also an equal-area view).
    Tegels,
}

impl MapKind {
    /// The command that shows this kind of map.
    pub fn command(self) -> UiCommand {
        match self {
            Self::Kaart => UiCommand::ShowRealMap,
            Self::Tegels => UiCommand::ShowTiles,
        }
    }
}

/// What a typed or picked path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a file.
    Open,
    /// Import a file.
    Import,
    /// Save under a new name.
    SaveAs,
    /// Export (a file, or a folder for CSV).
    Export(ExportFormat),
    /// Save the view or slide as a PNG.
    Image,
    /// Import the boundaries of the wijken from a GeoJSON file.
    Map,
}

impl PathPurpose {
    /// Dutch title of the dialog and its button.
    pub fn title(self) -> &'static str {
        match self {
            Self::Open => "Openen",
            Self::Import => "Importeren",
            Self::SaveAs => "Opslaan als",
            Self::Export(format) => format.title(),
            Self::Image => "Afbeelding exporteren",
            Self::Map => "Kaart importeren",
        }
    }

    /// The message that acts on the chosen path.
    pub fn message(self, path: PathBuf) -> Message {
        match self {
            Self::Open => Message::OpenPath(path),
            Self::Import => Message::ImportPath(path),
            Self::SaveAs => Message::SaveAsPath(path),
            Self::Export(format) => Message::ExportPath { format, path },
            Self::Image => Message::ExportImagePath(path),
            Self::Map => Message::ImportMapPath(path),
        }
    }
}

/// Something that replaces the data in use, and so asks first when there
/// are unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Replacement {
    /// Bestand → Nieuw.
    New,
    /// Open this file.
    Open(PathBuf),
    /// Import this data, replacing everything.
    Import {
        /// The file it came from.
        path: PathBuf,
        /// Its data.
        data: Box<Dataset>,
    },
    /// Restore this backup.
    RestoreBackup(PathBuf),
    /// Close the window.
    Quit,
}

impl Replacement {
    /// What is about to happen, for the question: "voordat u …".
    pub fn description_nl(&self) -> &'static str {
        match self {
            Self::New => "met nieuwe gegevens begint",
            Self::Open(_) => "een ander bestand opent",
            Self::Import { .. } => "alles vervangt door het geïmporteerde bestand",
            Self::RestoreBackup(_) => "een back-up terugzet",
            Self::Quit => "afsluit",
        }
    }
}

/// The three answers to "unsaved changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save first, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// The answers when the file was changed by another program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictAnswer {
    /// Load the version on disk (undoable: Ctrl+Z brings back mine).
    OpenTheirs,
    /// Save my version under another name.
    SaveMineAs,
    /// Overwrite the file with my version.
    Overwrite,
}

/// The answers to "recover the edits of a session that did not end cleanly?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    /// Take the recovered data (undoable).
    Restore,
    /// Keep the file as it is; the recovery file is set aside, not deleted.
    Discard,
}
