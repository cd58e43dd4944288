//! The user commands: everything the views and dialogs ask the app to do,
//! in one type. Each command that the menus show has its Dutch label and its
//! shortcut here, and nowhere else; the menus and the key handling both read
//! them. The app applies commands after drawing, in one exhaustive match.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};

use crate::document::Edit;
use crate::model::Dataset;

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

    /// Dutch tab label.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Wijken => "🗺 Wijken",
            Self::Indicatoren => "📈 Indicatoren",
            Self::Budget => "💶 Budget",
            Self::Scenarios => "📊 Scenario's",
        }
    }
}

/// How the wijken are drawn: the real map from imported boundaries, or
/// equal tiles in their rough positions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapKind {
    /// The boundaries, when imported.
    #[default]
    Kaart,
    /// The tile map (also an equal-area view).
    Tegels,
}

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A copy of the data file (RON), to share.
    Copy,
    /// An Excel workbook, a sheet per table.
    Excel,
    /// A folder with a CSV file per table.
    Csv,
}

impl ExportFormat {
    /// Dutch title of the export.
    pub fn title(self) -> &'static str {
        match self {
            Self::Copy => "Kopie exporteren",
            Self::Excel => "Exporteren naar Excel",
            Self::Csv => "Exporteren naar CSV",
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

    /// The command that acts on the chosen path.
    pub fn command(self, path: PathBuf) -> AppCommand {
        match self {
            Self::Open => AppCommand::OpenPath(path),
            Self::Import => AppCommand::ImportPath(path),
            Self::SaveAs => AppCommand::SaveAsPath(path),
            Self::Export(format) => AppCommand::ExportPath { format, path },
            Self::Image => AppCommand::ExportImagePath(path),
            Self::Map => AppCommand::ImportMapPath(path),
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

/// A user command.
#[derive(Clone, Debug, PartialEq)]
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
    /// Open this file.
    OpenPath(PathBuf),
    /// Bestand → Importeren…
    Import,
    /// Import this file: read it and ask how.
    ImportPath(PathBuf),
    /// Apply the import on screen: merge, or replace everything.
    ImportApply {
        /// Merge instead of replacing.
        merge: bool,
    },
    /// Bestand → Kaart importeren…
    ImportMap,
    /// Read this map file and show what it holds.
    ImportMapPath(PathBuf),
    /// Apply the map on screen (one undoable edit).
    ApplyMap,
    /// Beeld: the real map or the tiles.
    ShowMapKind(MapKind),
    /// Bestand → Opslaan.
    Save,
    /// Bestand → Opslaan als…
    SaveAs,
    /// Save to this path and keep working there.
    SaveAsPath(PathBuf),
    /// Bestand → Kopie exporteren… / Exporteren naar Excel… / CSV…
    Export(ExportFormat),
    /// Export options chosen: pick the file or folder.
    ExportChosen {
        /// What to write.
        format: ExportFormat,
        /// Include contact persons (personal data).
        include_personal: bool,
    },
    /// Export to this path (a folder for CSV).
    ExportPath {
        /// What to write.
        format: ExportFormat,
        /// Where.
        path: PathBuf,
    },
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
    /// Bestand → Afsluiten (asks first when there are unsaved changes).
    Quit,
    /// The answer to "unsaved changes?".
    AnswerUnsaved(UnsavedAnswer),
    /// The answer to "the file was changed by another program".
    AnswerConflict(ConflictAnswer),
    /// The answer to "recover unsaved edits?".
    AnswerRecovery(RecoveryAnswer),
    /// Close the dialog on screen.
    CloseDialog,
}

impl AppCommand {
    /// The commands of the Bestand menu, in order (`None`: a separator).
    pub const FILE_MENU: [Option<Self>; 14] = [
        Some(Self::New),
        Some(Self::Open),
        Some(Self::Import),
        Some(Self::ImportMap),
        None,
        Some(Self::Save),
        Some(Self::SaveAs),
        Some(Self::ShowBackups),
        None,
        Some(Self::Export(ExportFormat::Excel)),
        Some(Self::Export(ExportFormat::Csv)),
        Some(Self::Export(ExportFormat::Copy)),
        None,
        Some(Self::Quit),
    ];

    /// The commands of the Bewerken menu.
    pub const EDIT_MENU: [Self; 2] = [Self::Undo, Self::Redo];

    /// The commands of the Beeld menu.
    pub const VIEW_MENU: [Self; 4] = [
        Self::StartPresentation,
        Self::ChooseSlides,
        Self::ExportImage,
        Self::ToggleTheme,
    ];

    /// Every command that has a shortcut, for the key handling. Those with
    /// more modifiers come first: egui lets Ctrl+S match Ctrl+Shift+S too.
    pub const WITH_SHORTCUTS: [Self; 9] = [
        Self::SaveAs,
        Self::New,
        Self::Open,
        Self::Import,
        Self::Save,
        Self::Undo,
        Self::Redo,
        Self::StartPresentation,
        Self::ExportImage,
    ];

    /// The Dutch label in menus, for commands that have one.
    pub fn label_nl(&self) -> Option<&'static str> {
        Some(match self {
            Self::New => "Nieuw",
            Self::Open => "Openen…",
            Self::Import => "Importeren…",
            Self::ImportMap => "Kaart importeren…",
            Self::Save => "Opslaan",
            Self::SaveAs => "Opslaan als…",
            Self::Export(ExportFormat::Copy) => "Kopie exporteren…",
            Self::Export(ExportFormat::Excel) => "Exporteren naar Excel…",
            Self::Export(ExportFormat::Csv) => "Exporteren naar CSV…",
            Self::ShowBackups => "Back-up terugzetten…",
            Self::Quit => "Afsluiten",
            Self::Undo => "Ongedaan maken",
            Self::Redo => "Opnieuw",
            Self::StartPresentation => "Presentatie",
            Self::ChooseSlides => "Dia's kiezen…",
            Self::ExportImage => "Afbeelding exporteren…",
            Self::ToggleTheme => "Licht/donker thema",
            Self::Edit { .. }
            | Self::SelectDistrict(_)
            | Self::ShowView(_)
            | Self::OpenPath(_)
            | Self::ImportPath(_)
            | Self::ImportApply { .. }
            | Self::ImportMapPath(_)
            | Self::ApplyMap
            | Self::ShowMapKind(_)
            | Self::SaveAsPath(_)
            | Self::ExportChosen { .. }
            | Self::ExportPath { .. }
            | Self::RestoreBackup(_)
            | Self::StopPresentation
            | Self::ExportImagePath(_)
            | Self::AnswerUnsaved(_)
            | Self::AnswerConflict(_)
            | Self::AnswerRecovery(_)
            | Self::CloseDialog => return None,
        })
    }

    /// The keyboard shortcut, for commands that have one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        Some(match self {
            Self::New => command(Key::N),
            Self::Open => command(Key::O),
            Self::Import => command(Key::I),
            Self::Save => command(Key::S),
            Self::SaveAs => KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
            Self::Undo => command(Key::Z),
            Self::Redo => command(Key::Y),
            Self::StartPresentation => KeyboardShortcut::new(Modifiers::NONE, Key::F5),
            Self::ExportImage => command(Key::E),
            _ => return None,
        })
    }

    /// Whether the command works while presenting (no editing there).
    pub fn works_while_presenting(&self) -> bool {
        matches!(self, Self::ExportImage)
    }

    /// "Opslaan (Ctrl+S)": the label with the shortcut, for menus and tooltips.
    pub fn label_with_shortcut(&self, ctx: &egui::Context) -> Option<String> {
        let label = self.label_nl()?;
        Some(match self.shortcut() {
            Some(shortcut) => format!("{label} ({})", ctx.format_shortcut(&shortcut)),
            None => label.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_command_has_a_label_and_shortcuts_are_unique() {
        let menus = AppCommand::FILE_MENU
            .iter()
            .flatten()
            .chain(&AppCommand::EDIT_MENU)
            .chain(&AppCommand::VIEW_MENU);
        for command in menus {
            assert!(command.label_nl().is_some(), "{command:?}");
        }
        let shortcuts: Vec<_> = AppCommand::WITH_SHORTCUTS
            .iter()
            .map(|c| c.shortcut())
            .collect();
        for (index, shortcut) in shortcuts.iter().enumerate() {
            assert!(shortcut.is_some());
            assert!(!shortcuts[index + 1..].contains(shortcut), "{shortcut:?}");
        }
    }
}
