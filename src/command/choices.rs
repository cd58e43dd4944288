//! The small choices that commands and messages carry: the main view, the
//! kind of map, what a path is for, what would replace the data in use, and
//! the answers to the app's questions.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::workflow::{
    ChangesMessage, ImportMessage, MapImportMessage, MergeMessage, TableImportMessage,
};
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
    /// The interventions per ambition, their progress and timeline.
    Voortgang,
}

impl View {
    /// All views, in tab order.
    pub const ALL: [Self; 5] = [
        Self::Wijken,
        Self::Indicatoren,
        Self::Budget,
        Self::Scenarios,
        Self::Voortgang,
    ];

    /// The view `steps` tabs on from this one, round at either end.
    pub fn stepped(self, steps: isize) -> Self {
        let here = Self::ALL.iter().position(|v| *v == self).unwrap_or(0);
        let count = Self::ALL.len().cast_signed();
        let index = (here.cast_signed() + steps).rem_euclid(count);
        Self::ALL[index.cast_unsigned()]
    }

    /// The command that shows this view (its tab).
    pub fn command(self) -> UiCommand {
        match self {
            Self::Wijken => UiCommand::ShowWijken,
            Self::Indicatoren => UiCommand::ShowIndicatoren,
            Self::Budget => UiCommand::ShowBudget,
            Self::Scenarios => UiCommand::ShowScenarios,
            Self::Voortgang => UiCommand::ShowVoortgang,
        }
    }
}

/// What the Voortgang view shows on the right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum VoortgangPane {
    /// The chosen ambition's overview or the chosen intervention's panel.
    #[default]
    PerAmbitie,
    /// The timeline of the interventions the filters keep.
    Tijdlijn,
    /// The beoordelingskader and the interventions' scores in one table.
    Beoordeling,
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

/// Everything the app knows of a purpose, in one row: adding a file choice
/// is one row here and one variant above.
struct PurposeSpec {
    /// The dialog's title and button.
    title: &'static str,
    /// What the path names, for the prompt.
    file_type: &'static str,
    /// The system dialog's filter: its name and extensions; `None`: a folder.
    filter: Option<(&'static str, &'static [&'static str])>,
    /// Whether it picks a file that exists (open, import).
    existing: bool,
    /// The name to suggest for a file to write, from today's date.
    suggested: Option<fn(&str) -> String>,
    /// The message that acts on the chosen path (`None`: the path goes into
    /// the dialog that asked, which has the options too).
    message: Option<fn(PathBuf) -> Message>,
}

const RON: Option<(&str, &[&str])> = Some(("Wijkdashboard-gegevens (RON)", &["ron"]));

impl PathPurpose {
    /// This purpose's row.
    fn spec(self) -> PurposeSpec {
        let row = |title, file_type, filter, existing, suggested, message| PurposeSpec {
            title,
            file_type,
            filter,
            existing,
            suggested,
            message,
        };
        const DATA_FILE: &str = "het Wijkdashboard-bestand (.ron)";
        match self {
            Self::Open => row(
                "Openen",
                DATA_FILE,
                RON,
                true,
                None,
                Some(Message::OpenPath),
            ),
            Self::Import => row(
                "Importeren",
                DATA_FILE,
                RON,
                true,
                None,
                Some(|path| Message::Import(ImportMessage::Read(path))),
            ),
            Self::SaveAs => row(
                "Opslaan als",
                DATA_FILE,
                RON,
                false,
                Some(|day| format!("Wijkdashboard {day}.ron")),
                Some(Message::SaveAsPath),
            ),
            Self::Export(format) => {
                let (file_type, filter, suggested): (_, _, fn(&str) -> String) = match format {
                    ExportFormat::Copy => {
                        (DATA_FILE, RON, |day| format!("Wijkdashboard {day}.ron"))
                    }
                    ExportFormat::Excel => (
                        "het Excel-bestand (.xlsx)",
                        Some(("Excel-werkmap", &["xlsx"][..])),
                        |day| format!("Wijkdashboard {day}.xlsx"),
                    ),
                    ExportFormat::Csv => ("de map voor de CSV-bestanden", None, |day| {
                        format!("Wijkdashboard {day} (CSV)")
                    }),
                };
                row(
                    format.title(),
                    file_type,
                    filter,
                    false,
                    Some(suggested),
                    None,
                )
            }
            Self::Image => row(
                "Afbeelding exporteren",
                "de afbeelding (.png)",
                Some(("PNG-afbeelding", &["png"])),
                false,
                Some(|day| format!("Wijkdashboard {day}.png")),
                Some(Message::ExportImagePath),
            ),
            Self::Map => row(
                "Kaart importeren",
                "het kaartbestand (.geojson of .json)",
                Some(("Kaart (GeoJSON)", &["geojson", "json"])),
                true,
                None,
                Some(|path| Message::MapImport(MapImportMessage::Read(path))),
            ),
            Self::Table => row(
                "Tabel importeren",
                "de tabel (.xlsx of .csv)",
                Some(("Tabel (Excel of CSV)", &["xlsx", "xlsm", "csv", "txt"])),
                true,
                None,
                Some(|path| Message::TableImport(TableImportMessage::Read(path))),
            ),
            Self::DocumentFolder => row(
                "Map voor de documenten",
                "de map voor de documenten",
                None,
                false,
                None,
                None,
            ),
            Self::CompareWith => row(
                "Vergelijken met",
                "het Wijkdashboard-bestand om mee te vergelijken (.ron)",
                RON,
                true,
                None,
                Some(|path| Message::Changes(ChangesMessage::CompareWith(path))),
            ),
            Self::ChangesCsv => row(
                "Wijzigingen exporteren",
                "het CSV-bestand (.csv)",
                Some(("CSV-bestand", &["csv"])),
                false,
                Some(|day| format!("Wijzigingen {day}.csv")),
                None,
            ),
            Self::MergeWith => row(
                "Samenvoegen met",
                "de andere kopie (.ron)",
                RON,
                true,
                None,
                Some(|path| Message::Merge(MergeMessage::Read(path))),
            ),
            Self::SlidesPdf => row(
                "Dia's als PDF",
                "het PDF-bestand (.pdf)",
                Some(("PDF-document", &["pdf"])),
                false,
                Some(|day| format!("Dia's {day}.pdf")),
                Some(Message::ExportSlidesPdf),
            ),
        }
    }

    /// Dutch title of the dialog and its button.
    pub fn title(self) -> &'static str {
        self.spec().title
    }

    /// The message that acts on the chosen path (`None` for an export or a
    /// document: the path goes into their dialog, which has the options too).
    pub fn message(self, path: PathBuf) -> Option<Message> {
        self.spec().message.map(|message| message(path))
    }

    /// What the path names, in Dutch, for the prompt: "het Excel-bestand (.xlsx)".
    pub fn file_type_nl(self) -> &'static str {
        self.spec().file_type
    }

    /// The filter of the system's file dialog: its name and extensions
    /// (`None`: a folder).
    pub fn filter(self) -> Option<(&'static str, &'static [&'static str])> {
        self.spec().filter
    }

    /// Whether the path is of a file that exists already (open, import).
    pub fn picks_existing(self) -> bool {
        self.spec().existing
    }

    /// Whether the path is of a folder (CSV export, documents).
    pub fn picks_folder(self) -> bool {
        self.filter().is_none()
    }

    /// The name to suggest for a file to write: "Wijkdashboard 2026-12-02.xlsx"
    /// (`None` for a file to pick).
    pub fn suggested_name(self, today: chrono::NaiveDate) -> Option<String> {
        let day = today.format("%Y-%m-%d").to_string();
        self.spec().suggested.map(|name| name(&day))
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

    #[test]
    fn every_purpose_is_whole() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        let all = [
            PathPurpose::Open,
            PathPurpose::Import,
            PathPurpose::SaveAs,
            PathPurpose::Export(ExportFormat::Copy),
            PathPurpose::Export(ExportFormat::Excel),
            PathPurpose::Export(ExportFormat::Csv),
            PathPurpose::Image,
            PathPurpose::Map,
            PathPurpose::Table,
            PathPurpose::DocumentFolder,
            PathPurpose::CompareWith,
            PathPurpose::ChangesCsv,
            PathPurpose::MergeWith,
            PathPurpose::SlidesPdf,
        ];
        for purpose in all {
            // A file to pick is acted on; a file to write gets a dated name
            // with the filter's extension.
            if purpose.picks_existing() {
                assert!(purpose.message(PathBuf::from("x")).is_some(), "{purpose:?}");
                assert_eq!(purpose.suggested_name(today), None, "{purpose:?}");
            }
            if let (Some(name), Some((_, extensions))) =
                (purpose.suggested_name(today), purpose.filter())
            {
                assert!(name.contains("2026-12-02"), "{name}");
                assert!(
                    extensions.iter().any(|e| name.ends_with(&format!(".{e}"))),
                    "{purpose:?}: {name}"
                );
            }
        }
    }
}
