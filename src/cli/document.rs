//! `wijkdashboard document bijlage|monitor|voortgang [--docx OUT] [--pdf OUT]
//! [--stand JJJJ-MM-DD] [--sinds JJJJ-MM-DD] [--contactpersonen]
//! [--contactpersonen-in-pdf] [FILE]`.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID, given_or_own, read};
use crate::publish::{ChangesSince, DocumentKind, DocumentOptions, Outputs, publish};

/// Which document, on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DocumentChoice {
    /// Bijlage 1. Stand van zaken wijkplatforms.
    Bijlage,
    /// De monitor van Samen voor Overvecht.
    Monitor,
    /// De Voortgang van Samen voor Overvecht: de interventies per ambitie.
    Voortgang,
}

impl From<DocumentChoice> for DocumentKind {
    fn from(choice: DocumentChoice) -> Self {
        match choice {
            DocumentChoice::Bijlage => Self::Bijlage,
            DocumentChoice::Monitor => Self::Monitor,
            DocumentChoice::Voortgang => Self::Voortgang,
        }
    }
}

/// The arguments of `document`.
#[derive(Clone, Debug, clap::Args)]
pub struct DocumentArgs {
    /// bijlage, monitor or voortgang.
    #[arg(value_enum)]
    pub kind: DocumentChoice,
    /// Write the Word document here.
    #[arg(long, value_name = "OUT.docx")]
    pub docx: Option<PathBuf>,
    /// Write the PDF here.
    #[arg(long, value_name = "OUT.pdf")]
    pub pdf: Option<PathBuf>,
    /// The date of the stand (default: today).
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = crate::model::format::parse_date)]
    pub stand: Option<NaiveDate>,
    /// Only log entries from this date on (default: all).
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = crate::model::format::parse_date)]
    pub sinds: Option<NaiveDate>,
    /// Include the contact persons (personal data; off unless asked).
    #[arg(long)]
    pub contactpersonen: bool,
    /// Include them in the PDF as well (a PDF is for publication).
    #[arg(long, requires = "contactpersonen")]
    pub contactpersonen_in_pdf: bool,
    /// The Bijlage gets a section "Wijzigingen sinds …": what changed from
    /// this earlier version (a backup) to FILE.
    #[arg(long, value_name = "OUD.ron")]
    pub wijzigingen_sinds: Option<PathBuf>,
    /// The data file (default: your own file).
    pub file: Option<PathBuf>,
}

/// The files to write: those asked for, or both in the current folder.
fn outputs(args: &DocumentArgs, stand: NaiveDate) -> Outputs {
    let (docx, pdf) = if args.docx.is_none() && args.pdf.is_none() {
        let stem = DocumentKind::from(args.kind).file_stem(stand);
        (
            Some(PathBuf::from(format!("{stem}.docx"))),
            Some(PathBuf::from(format!("{stem}.pdf"))),
        )
    } else {
        (args.docx.clone(), args.pdf.clone())
    };
    Outputs {
        word: docx,
        pdf,
        contacts_in_pdf: args.contactpersonen_in_pdf,
    }
}

/// Runs `document`; returns the exit code: 0 written, 1 a file could not be
/// made or written (nothing half-written is left), 2 the input cannot be read.
pub fn document(args: &DocumentArgs, today: NaiveDate, out: &mut dyn Write) -> u8 {
    let Some(file) = given_or_own(args.file.as_deref(), out) else {
        return EXIT_UNREADABLE;
    };
    let Some(data) = read(&file, out) else {
        return EXIT_UNREADABLE;
    };
    let stand = args.stand.unwrap_or(today);
    let changes = match &args.wijzigingen_sinds {
        None => None,
        Some(old_file) => match read(old_file, out) {
            Some(old) => {
                let changes = crate::model::changes::diff(&old, &data);
                let all: Vec<_> = changes.iter().collect();
                Some(ChangesSince {
                    since: old_file
                        .file_name()
                        .map_or_else(|| shown(old_file), |n| n.to_string_lossy().into_owned()),
                    groups: crate::model::changes::grouped_lines(&all),
                })
            }
            None => return EXIT_UNREADABLE,
        },
    };
    let options = DocumentOptions {
        stand,
        log_since: args.sinds,
        include_contacts: args.contactpersonen,
        changes,
    };
    let outputs = outputs(args, stand);
    let kind = DocumentKind::from(args.kind);
    let started = std::time::Instant::now();
    let mut progress = |p: crate::publish::Progress| {
        let _ = writeln!(out, "Stap {} van {}: {}", p.step, p.steps, p.what);
    };
    let result = publish(kind, &data, &options, &outputs, &mut progress);
    match result {
        Ok(files) => {
            let contacts = match (args.contactpersonen, args.contactpersonen_in_pdf) {
                (false, _) => "zonder contactpersonen",
                (true, false) if outputs.pdf.is_some() => {
                    "contactpersonen alleen in het Word-document"
                }
                (true, _) => "met contactpersonen",
            };
            for path in &files {
                let _ = writeln!(out, "{}: geschreven ({contacts}).", shown(path));
            }
            let _ = writeln!(out, "Klaar in {} ms.", started.elapsed().as_millis());
            EXIT_VALID
        }
        Err(error) => {
            let _ = writeln!(out, "{error}");
            EXIT_INVALID
        }
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}
