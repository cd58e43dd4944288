//! The documents the council receives, written from the register: the
//! *Bijlage: stand van zaken wijkplatforms*, the monitor of Samen voor
//! Overvecht and its *Voortgang* (the interventions per ambition), as Word (.docx) and as an accessible PDF (PDF/UA-1).
//!
//! [`compose`] turns the data into a [`Doc`] (plain text in blocks); the
//! writers [`docx_bytes`] and [`pdf_bytes`] lay it out; [`publish`] does all
//! of it and writes the files atomically.

mod bijlage;
mod doc;
mod docx;
mod figures;
mod handout;
mod monitor;
mod pdf;
mod sources;
mod voortgang;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use doc::{Block, Doc, Figure, Table, printable};
pub use docx::docx_bytes;
pub use handout::{HandoutPage, handout_pdf};
pub use pdf::pdf_bytes;

use crate::model::Dataset;
use crate::store::{SaveError, SaveOptions, write_bytes};

/// Which document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, strum::EnumIter)]
pub enum DocumentKind {
    /// *Bijlage 1. Stand van zaken wijkplatforms*.
    #[default]
    Bijlage,
    /// The monitor of Samen voor Overvecht.
    Monitor,
    /// The Voortgang of Samen voor Overvecht: the interventions per ambition.
    Voortgang,
}

impl DocumentKind {
    /// Its name in a sentence or a choice.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Bijlage => "Bijlage: stand van zaken wijkplatforms",
            Self::Monitor => "Monitor Samen voor Overvecht",
            Self::Voortgang => "Voortgang Samen voor Overvecht: de interventies per ambitie",
        }
    }

    /// A file name without extension: "Bijlage stand van zaken wijkplatforms 2026-12-02".
    pub fn file_stem(self, stand: NaiveDate) -> String {
        match self {
            Self::Bijlage => format!("Bijlage stand van zaken wijkplatforms {stand}"),
            Self::Monitor => format!("Monitor Samen voor Overvecht {stand}"),
            Self::Voortgang => format!("Voortgang Samen voor Overvecht {stand}"),
        }
    }
}

/// What goes into a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentOptions {
    /// The date of the stand: in the subtitle; log entries after it are left out.
    pub stand: NaiveDate,
    /// Only log entries from this date on (`None`: all).
    pub log_since: Option<NaiveDate>,
    /// Contact persons (names, e-mail, phone) in the document.
    pub include_contacts: bool,
    /// A section "Wijzigingen sinds …" in the Bijlage, if asked.
    pub changes: Option<ChangesSince>,
}

/// What changed since an earlier stand, grouped per wijk, for the Bijlage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangesSince {
    /// Since when, in words: "de stand van 1-10-2026 10:42".
    pub since: String,
    /// Per wijk (or part of the register) its changes, one line each.
    pub groups: Vec<(String, Vec<String>)>,
}

impl DocumentOptions {
    /// The stand of `stand`, the whole log, no contact persons.
    pub fn new(stand: NaiveDate) -> Self {
        Self {
            stand,
            log_since: None,
            include_contacts: false,
            changes: None,
        }
    }
}

/// Where the files go, and whether contact persons may go into the PDF.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    /// The Word file, if one is asked for.
    pub word: Option<PathBuf>,
    /// The PDF, if one is asked for.
    pub pdf: Option<PathBuf>,
    /// The second tick: a PDF is for publication, so contact persons go into
    /// it only when this is set as well as [`DocumentOptions::include_contacts`].
    pub contacts_in_pdf: bool,
}

/// Everything a document needs besides the data: which one, what goes in,
/// where it goes. The app's dialog and the command line both make one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentRequest {
    /// Which document.
    pub kind: DocumentKind,
    /// What goes into it.
    pub options: DocumentOptions,
    /// Where it goes.
    pub outputs: Outputs,
}

impl DocumentRequest {
    /// Makes and writes the document of `data` (see [`publish`]).
    ///
    /// # Errors
    /// As [`publish`].
    pub fn run(
        &self,
        data: &Dataset,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Vec<PathBuf>, PublishError> {
        publish(self.kind, data, &self.options, &self.outputs, progress)
    }
}

/// Where the making of a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The step now under way, from 1.
    pub step: usize,
    /// How many steps there are.
    pub steps: usize,
    /// What the step does: "PDF zetten".
    pub what: &'static str,
}

impl Progress {
    /// How far along, from 0 to 1.
    pub fn fraction(self) -> f32 {
        crate::model::format::convert::index_f32(self.step.saturating_sub(1))
            / crate::model::format::convert::index_f32(self.steps.max(1))
    }
}

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// Writing the Word package failed.
    #[error("Het Word-document kon niet worden opgebouwd: {0}. Meld dit bij de beheerder.")]
    Word(String),
    /// typst could not lay out or write the PDF.
    #[error("De PDF kon niet worden opgemaakt: {0}. Meld dit bij de beheerder.")]
    Pdf(String),
    /// Neither Word nor PDF was asked for.
    #[error("Kies Word, PDF of allebei.")]
    NoFormat,
    /// A file could not be written; nothing half-written is left.
    #[error("{0}")]
    Write(#[from] SaveError),
}

/// The document `kind` of `data`.
pub fn compose(kind: DocumentKind, data: &Dataset, options: &DocumentOptions) -> Doc {
    match kind {
        DocumentKind::Bijlage => bijlage::bijlage(data, options),
        DocumentKind::Monitor => monitor::monitor(data, options),
        DocumentKind::Voortgang => voortgang::voortgang(data, options),
    }
}

/// Makes the document as Word, PDF or both and writes the files, reporting
/// each step to `progress`. Both are made before either is written; each
/// is written atomically, so a failure leaves no half-written file.
///
/// # Errors
/// [`PublishError::NoFormat`] when `outputs` asks for nothing, else the
/// first failure of making or writing.
pub fn publish(
    kind: DocumentKind,
    data: &Dataset,
    options: &DocumentOptions,
    outputs: &Outputs,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, PublishError> {
    if outputs.word.is_none() && outputs.pdf.is_none() {
        return Err(PublishError::NoFormat);
    }
    let steps = 2 + usize::from(outputs.word.is_some()) + usize::from(outputs.pdf.is_some());
    let mut step = 0;
    let mut report = |what: &'static str| {
        step += 1;
        progress(Progress { step, steps, what });
    };
    report("Inhoud samenstellen");
    let doc = compose(kind, data, options);
    let pdf_doc = if options.include_contacts && !outputs.contacts_in_pdf {
        let without = DocumentOptions {
            include_contacts: false,
            ..options.clone()
        };
        compose(kind, data, &without)
    } else {
        doc.clone()
    };
    let mut files: Vec<(&Path, Vec<u8>)> = Vec::new();
    if let Some(path) = &outputs.word {
        report("Word-document schrijven");
        files.push((path, docx_bytes(&doc)?));
    }
    if let Some(path) = &outputs.pdf {
        report("PDF opmaken");
        files.push((path, pdf_bytes(&pdf_doc)?));
    }
    report("Opslaan");
    let no_backup = SaveOptions {
        make_backup: false,
        ..SaveOptions::default()
    };
    let mut written = Vec::new();
    for (path, bytes) in files {
        write_bytes(path, &bytes, &no_backup)?;
        written.push(path.to_owned());
    }
    Ok(written)
}
