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
    /// Import a table (Excel or CSV).
    Table,
    /// The folder the documents (Word, PDF) go into.
    DocumentFolder,
    /// Another version of the data, to compare with.
    CompareWith,
    /// The change report as CSV.
    ChangesCsv,
    /// Another copy, to merge with.
    MergeWith,
    /// The slides as a PDF hand-out.
    SlidesPdf,
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
            Self::Table => "Tabel importeren",
            Self::DocumentFolder => "Map voor de documenten",
            Self::CompareWith => "Vergelijken met",
            Self::ChangesCsv => "Wijzigingen exporteren",
            Self::MergeWith => "Samenvoegen met",
            Self::SlidesPdf => "Dia's als PDF",
        }
    }

    /// The message that acts on the chosen path (`None` for an export or a
    /// document: the path goes into their dialog, which has the options too).
    pub fn message(self, path: PathBuf) -> Option<Message> {
        Some(match self {
            Self::Open => Message::OpenPath(path),
            Self::Import => Message::ImportPath(path),
            Self::SaveAs => Message::SaveAsPath(path),
            Self::Export(_) | Self::DocumentFolder | Self::ChangesCsv => return None,
            Self::CompareWith => Message::CompareWith(path),
            Self::MergeWith => Message::MergeWith(path),
            Self::Image => Message::ExportImagePath(path),
            Self::SlidesPdf => Message::ExportSlidesPdf(path),
            Self::Map => Message::ImportMapPath(path),
            Self::Table => Message::ImportTablePath(path),
        })
    }

    /// What the path names, in Dutch, for the prompt: "het Excel-bestand (.xlsx)".
    pub fn file_type_nl(self) -> &'static str {
        match self {
            Self::Open | Self::Import | Self::SaveAs | Self::Export(ExportFormat::Copy) => {
                "het Wijkdashboard-bestand (.ron)"
            }
            Self::Export(ExportFormat::Excel) => "het Excel-bestand (.xlsx)",
            Self::Export(ExportFormat::Csv) => "de map voor de CSV-bestanden",
            Self::Image => "de afbeelding (.png)",
            Self::Map => "het kaartbestand (.geojson of .json)",
            Self::Table => "de tabel (.xlsx of .csv)",
            Self::DocumentFolder => "de map voor de documenten",
            Self::CompareWith => "het Wijkdashboard-bestand om mee te vergelijken (.ron)",
            Self::ChangesCsv => "het CSV-bestand (.csv)",
            Self::MergeWith => "de andere kopie (.ron)",
            Self::SlidesPdf => "het PDF-bestand (.pdf)",
        }
    }

    /// The filter of the system's file dialog: its name and extensions
    /// (`None`: a folder).
    pub fn filter(self) -> Option<(&'static str, &'static [&'static str])> {
        match self {
            Self::Open
            | Self::Import
            | Self::SaveAs
            | Self::Export(ExportFormat::Copy)
            | Self::CompareWith
            | Self::MergeWith => Some(("Wijkdashboard-gegevens (RON)", &["ron"])),
            Self::ChangesCsv => Some(("CSV-bestand", &["csv"])),
            Self::Export(ExportFormat::Excel) => Some(("Excel-werkmap", &["xlsx"])),
            Self::Export(ExportFormat::Csv) | Self::DocumentFolder => None,
            Self::Image => Some(("PNG-afbeelding", &["png"])),
            Self::SlidesPdf => Some(("PDF-document", &["pdf"])),
            Self::Map => Some(("Kaart (GeoJSON)", &["geojson", "json"])),
            Self::Table => Some(("Tabel (Excel of CSV)", &["xlsx", "xlsm", "csv", "txt"])),
        }
    }

    /// Whether the path is of a file that exists already (open, import).
    pub fn picks_existing(self) -> bool {
        matches!(
            self,
            Self::Open
                | Self::Import
                | Self::Map
                | Self::Table
                | Self::CompareWith
                | Self::MergeWith
        )
    }

    /// Whether the path is of a folder (CSV export, documents).
    pub fn picks_folder(self) -> bool {
        self.filter().is_none()
    }

    /// The name to suggest for a file to write: "Wijkdashboard 2026-12-02.xlsx"
    /// (`None` for a file to pick).
    pub fn suggested_name(self, today: chrono::NaiveDate) -> Option<String> {
        let stem = format!("Wijkdashboard {}", today.format("%Y-%m-%d"));
        match self {
            Self::Open
            | Self::Import
            | Self::Map
            | Self::Table
            | Self::DocumentFolder
            | Self::CompareWith
            | Self::MergeWith => None,
            Self::ChangesCsv => Some(format!("Wijzigingen {}.csv", today.format("%Y-%m-%d"))),
            Self::SaveAs | Self::Export(ExportFormat::Copy) => Some(format!("{stem}.ron")),
            Self::Export(ExportFormat::Excel) => Some(format!("{stem}.xlsx")),
            Self::Export(ExportFormat::Csv) => Some(format!("{stem} (CSV)")),
            Self::Image => Some(format!("{stem}.png")),
            Self::SlidesPdf => Some(format!("Dia's {}.pdf", today.format("%Y-%m-%d"))),
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
    /// Merge the version on disk with mine, from what was last loaded or
    /// saved; the conflicts are asked.
    Merge,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_prompt_names_its_type_and_suggests_a_dated_name() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        let excel = PathPurpose::Export(ExportFormat::Excel);
        assert_eq!(
            excel.suggested_name(today).as_deref(),
            Some("Wijkdashboard 2026-12-02.xlsx")
        );
        assert!(excel.file_type_nl().contains(".xlsx"));
        assert!(!excel.file_type_nl().contains(".ron"));
        assert_eq!(PathPurpose::Open.suggested_name(today), None);
        assert!(PathPurpose::Image.file_type_nl().contains(".png"));
    }
}
