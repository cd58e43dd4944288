//! The messages of each workflow, nested under [`super::Message`] so that a
//! workflow's messages stand together and one file in `app/workflows/`
//! handles them: *Importeren…*, *Kaart importeren…*, *Tabel importeren…*,
//! *Exporteren…*, *Document maken…*, *Wat is er veranderd?* and
//! *Samenvoegen met…*.

use std::path::PathBuf;

use crate::publish::DocumentRequest;
use crate::store::ExportFormat;

/// *Importeren…*: another Wijkdashboard file, merged or in place of this one.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportMessage {
    /// Read this file and ask how to import it.
    Read(PathBuf),
    /// Apply the import on screen: merge, or replace everything.
    Apply {
        /// Merge instead of replacing.
        merge: bool,
    },
}

/// *Kaart importeren…*: the boundaries of the wijken from a map file.
#[derive(Clone, Debug, PartialEq)]
pub enum MapImportMessage {
    /// Read this map file and show what it holds.
    Read(PathBuf),
    /// Apply the map on screen (one undoable edit).
    Apply,
}

/// *Tabel importeren…*: a table from Excel or CSV.
#[derive(Clone, Debug, PartialEq)]
pub enum TableImportMessage {
    /// Read this table and show its mapping and what it would change.
    Read(PathBuf),
    /// Apply the table on screen as one undoable edit.
    Apply,
}

/// *Exporteren naar Excel… / CSV… / een kopie…*.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportMessage {
    /// Write the data to this path (a folder for CSV).
    Write {
        /// What to write.
        format: ExportFormat,
        /// Where.
        path: PathBuf,
        /// Include the contact persons (personal data).
        include_personal: bool,
    },
    /// Pick the file or folder with the system's file dialog.
    Browse,
}

/// *Document maken…*: the Bijlage or the monitor as Word and PDF.
#[derive(Clone, Debug, PartialEq)]
pub enum DocumentMessage {
    /// Make it (in the background, with progress).
    Make(Box<DocumentRequest>),
    /// Pick the folder with the system's file dialog.
    BrowseFolder,
    /// Make the folder the user typed, which does not exist yet.
    MakeFolder(PathBuf),
    /// Open this made file with the program the system has for it.
    Open(PathBuf),
    /// Show the folder holding this made file.
    ShowInFolder(PathBuf),
}

/// *Wat is er veranderd?*: the data against an earlier version.
#[derive(Clone, Debug, PartialEq)]
pub enum ChangesMessage {
    /// Compare with this file (a backup or another copy).
    CompareWith(PathBuf),
    /// Compare with the stand of this date, as typed ("1-10-2026").
    CompareSince(String),
    /// Pick the file to compare with.
    BrowseFile,
    /// Pick the report's CSV file with the system's file dialog.
    BrowseCsv,
    /// Write the report on screen (as filtered) as CSV here.
    ExportCsv(PathBuf),
    /// Open *Document maken…* for the Bijlage with the report on screen as
    /// its section "Wijzigingen sinds …".
    IntoBijlage,
}

/// *Samenvoegen met…*: another copy of the register.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeMessage {
    /// Read this copy and show the merge with it.
    Read(PathBuf),
    /// Apply the merge on screen (every conflict decided): one undoable edit.
    Apply,
}
