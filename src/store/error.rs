use std::path::PathBuf;

/// Why a file could not be loaded. Every message is Dutch and says what is
/// wrong, where (line:column where there is one) and what to do.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("Kan '{path}' niet lezen: {reason}.")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why, in Dutch.
        reason: String,
    },
    /// The file is empty.
    #[error("Het bestand is leeg. Kies een ander bestand of zet een back-up terug.")]
    Empty,
    /// The file is far larger than any dataset.
    #[error(
        "Het bestand is te groot ({size_mb} MB; een gegevensbestand is hooguit {max_mb} MB). Kies het .ron-bestand van Wijkdashboard."
    )]
    TooLarge {
        /// Size of the file in MB.
        size_mb: u64,
        /// The limit in MB.
        max_mb: u64,
    },
    /// The file is not UTF-8 text.
    #[error(
        "{line}:{column}: het bestand is geen tekst (UTF-8).{hint} Kies een .ron-bestand dat Wijkdashboard heeft opgeslagen."
    )]
    NotText {
        /// Line of the first byte that is not text (1-based).
        line: usize,
        /// Column of that byte (1-based).
        column: usize,
        /// What the file looks like, e.g. " Het lijkt een afbeelding (PNG)."
        hint: String,
    },
    /// The text is not a valid dataset.
    #[error("{line}:{column}: {message}.{hint}")]
    Syntax {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
        /// What is wrong, in Dutch.
        message: String,
        /// What the file looks like and what to do.
        hint: String,
    },
    /// The file has no schema version.
    #[error(
        "Het bestand heeft geen geldige schemaversie (veld 'schema_version'). Is dit wel een bestand van Wijkdashboard?"
    )]
    MissingVersion,
    /// The file is readable but holds values outside the limits (a year of
    /// two billion, money beyond € 1.000.000.000.000).
    #[error(
        "Het bestand bevat waarden buiten de grenzen van Wijkdashboard:\n{}\nVerbeter deze waarden (bijvoorbeeld met een teksteditor), of zet een back-up terug. Het bestand is niet gewijzigd.",
        list_problems(problems)
    )]
    OutOfLimits {
        /// Each problem with its place, e.g. `budget.last_year: fout: …`.
        problems: Vec<String>,
    },
    /// The file was written by a newer Wijkdashboard.
    #[error(
        "Dit bestand heeft schemaversie {found}, van een nieuwere Wijkdashboard; deze versie leest tot en met versie {supported}. Werk Wijkdashboard bij om het te openen; het bestand is niet gewijzigd."
    )]
    NewerVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
}

impl LoadError {
    /// Line and column of the problem, where there is one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotText { line, column, .. } | Self::Syntax { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }
}

/// Why a save failed. The old file is then left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The data could not be turned into RON.
    #[error("Kan de gegevens niet omzetten naar RON: {0}.")]
    Serialize(String),
    /// Writing failed.
    #[error(
        "Kan '{path}' niet opslaan: {reason}. Het oude bestand is niet gewijzigd; kies een andere map of maak ruimte vrij."
    )]
    Write {
        /// The file or folder involved.
        path: PathBuf,
        /// Why, in Dutch.
        reason: String,
    },
    /// The data is outside the limits and could not be loaded again.
    #[error(
        "De gegevens vallen buiten de grenzen ({}) en worden niet in het bestand opgeslagen; het herstelbestand bewaart ze wel. Eerste: {first}",
        crate::model::format::counted(*.count, "probleem", "problemen")
    )]
    OutOfLimits {
        /// Number of problems.
        count: usize,
        /// The first problem.
        first: String,
    },
    /// Another program changed the file since it was loaded or saved.
    #[error(
        "'{path}' is gewijzigd door een ander programma of venster sinds u het opende. Uw versie is niet opgeslagen, zodat de andere versie niet verloren gaat."
    )]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
}

/// At most 20 problems, one per line, and how many more there are.
fn list_problems(problems: &[String]) -> String {
    let mut text: Vec<String> = problems.iter().take(20).map(|p| format!("• {p}")).collect();
    if problems.len() > 20 {
        text.push(format!("… en nog {} meer.", problems.len() - 20));
    }
    text.join("\n")
}

/// A Dutch reason for an I/O error.
pub(crate) fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => "het bestand of de map bestaat niet".to_owned(),
        ErrorKind::PermissionDenied => "geen toegang (rechten)".to_owned(),
        ErrorKind::IsADirectory => "dit is een map, geen bestand".to_owned(),
        ErrorKind::StorageFull => "de schijf is vol".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "de schijf is alleen-lezen".to_owned(),
        _ => format!("{error}"),
    }
}
