//! *Bestand → Document maken…*: which document, the date of the stand, the
//! log since a date, contact persons (off, and in the PDF only with a
//! second tick), Word, PDF or both, and the folder. Then the progress while
//! the worker makes it, and at the end "openen" and "Map tonen".

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::Ui;
use strum::IntoEnumIterator;

use super::{Choice, choice_ui, hand_over};
use crate::command::{CommandQueue, DocumentMessage, Message, PathPurpose};
use crate::document::SharedProgress;
use crate::model::format::{date_short_nl, parse_date};
use crate::publish::{ChangesSince, DocumentKind, DocumentOptions, DocumentRequest, Outputs};

/// The choices of *Document maken…*, as the user fills them in.
#[derive(Clone, Debug)]
pub struct DocumentForm {
    kind: DocumentKind,
    stand: String,
    since: String,
    contacts: bool,
    contacts_in_pdf: bool,
    word: bool,
    pdf: bool,
    folder: String,
    /// Why "Maken" did not go ahead, shown under the choices.
    problem: Option<String>,
    /// The folder typed that does not exist: offered to be made.
    missing_folder: Option<PathBuf>,
    /// The files that exist already and were shown: a second "Maken" replaces them.
    confirmed_replace: Vec<PathBuf>,
    /// A change report brought along for the Bijlage, and whether it goes in.
    changes: Option<ChangesSince>,
    include_changes: bool,
}

impl DocumentForm {
    /// The Bijlage, as it stands `today`, the whole log, no contact persons,
    /// Word and PDF, in `folder`.
    pub fn new(today: NaiveDate, folder: &Path) -> Self {
        Self {
            kind: DocumentKind::Bijlage,
            stand: date_short_nl(today),
            since: String::new(),
            contacts: false,
            contacts_in_pdf: false,
            word: true,
            pdf: true,
            folder: folder.display().to_string(),
            problem: None,
            missing_folder: None,
            confirmed_replace: Vec::new(),
            changes: None,
            include_changes: false,
        }
    }

    /// The Bijlage with a section "Wijzigingen sinds …" of `changes`.
    pub fn with_changes(mut self, changes: ChangesSince) -> Self {
        self.kind = DocumentKind::Bijlage;
        self.changes = Some(changes);
        self.include_changes = true;
        self
    }

    /// The folder as typed.
    pub fn folder(&self) -> PathBuf {
        PathBuf::from(self.folder.trim())
    }

    /// Puts a folder picked with the system's dialog into the field.
    pub fn set_folder(&mut self, folder: &Path) {
        self.folder = folder.display().to_string();
    }

    /// The request the choices make, or what is wrong with them (Dutch,
    /// naming the field). Reads nothing from disk.
    pub fn request(&self) -> Result<DocumentRequest, String> {
        let stand = parse_date(&self.stand).map_err(|e| format!("Datum van de stand: {e}."))?;
        let log_since = if self.since.trim().is_empty() {
            None
        } else {
            let since = parse_date(&self.since).map_err(|e| format!("Logboek sinds: {e}."))?;
            if since > stand {
                return Err(format!(
                    "Logboek sinds: {} ligt na de datum van de stand; kies een eerdere datum of laat het veld leeg.",
                    date_short_nl(since)
                ));
            }
            Some(since)
        };
        if !self.word && !self.pdf {
            return Err("Kies Word, PDF of allebei.".to_owned());
        }
        let folder = self.folder();
        if folder.as_os_str().is_empty() {
            return Err("Waar: kies de map waarin de documenten komen.".to_owned());
        }
        let stem = self.kind.file_stem(stand);
        let file = |extension: &str| folder.join(format!("{stem}.{extension}"));
        Ok(DocumentRequest {
            kind: self.kind,
            options: DocumentOptions {
                stand,
                log_since,
                include_contacts: self.contacts,
                changes: self
                    .changes
                    .clone()
                    .filter(|_| self.include_changes && self.kind == DocumentKind::Bijlage),
            },
            outputs: Outputs {
                word: self.word.then(|| file("docx")),
                pdf: self.pdf.then(|| file("pdf")),
                contacts_in_pdf: self.contacts && self.contacts_in_pdf,
            },
        })
    }

    /// "Maken": checks the request and the folder, asks once before
    /// replacing files, and hands the request over.
    fn make(&mut self, queue: &mut CommandQueue) {
        let request = match self.request() {
            Ok(request) => request,
            Err(problem) => {
                self.problem = Some(problem);
                return;
            }
        };
        // Only at the click: the frame reads nothing from disk.
        let folder = self.folder();
        if !folder.is_dir() {
            self.problem = Some(format!(
                "Waar: de map '{}' bestaat niet; maak haar, of kies een andere met Bladeren…",
                folder.display()
            ));
            self.missing_folder = Some(folder);
            return;
        }
        let existing: Vec<PathBuf> = [&request.outputs.word, &request.outputs.pdf]
            .into_iter()
            .flatten()
            .filter(|path| path.exists())
            .cloned()
            .collect();
        if !existing.is_empty() && existing != self.confirmed_replace {
            let names: Vec<String> = existing.iter().map(|p| file_name(p)).collect();
            self.problem = Some(format!(
                "Er staat al: {}. Klik nogmaals op Maken om te vervangen.",
                names.join(" en ")
            ));
            self.confirmed_replace = existing;
            return;
        }
        hand_over(
            queue,
            Message::Document(DocumentMessage::Make(Box::new(request))),
        );
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The choices of *Document maken…*.
pub(super) fn document_form_ui(ui: &mut Ui, form: &mut DocumentForm, queue: &mut CommandQueue) {
    let before = form.request().ok();
    ui.heading("Document maken");
    ui.label("Een document voor de raad, geschreven uit het register.");
    ui.add_space(4.0);
    ui.label("Welk document");
    ui.vertical(|ui| {
        for kind in DocumentKind::iter() {
            ui.radio_value(&mut form.kind, kind, kind.label_nl());
        }
    });
    ui.add_space(4.0);
    egui::Grid::new("document-dates")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("Datum van de stand");
            ui.add(egui::TextEdit::singleline(&mut form.stand).desired_width(120.0))
                .labelled_by(label.id)
                .on_hover_text("dag-maand-jaar, bijvoorbeeld 2-12-2026");
            ui.end_row();
            let label = ui.label("Logboek sinds");
            ui.add(
                egui::TextEdit::singleline(&mut form.since)
                    .desired_width(120.0)
                    .hint_text("alles"),
            )
            .labelled_by(label.id)
            .on_hover_text("Leeg: het hele logboek tot de stand");
            ui.end_row();
        });
    if let Some(changes) = &form.changes {
        let count: usize = changes.groups.iter().map(|(_, lines)| lines.len()).sum();
        ui.add_enabled_ui(form.kind == DocumentKind::Bijlage, |ui| {
            ui.checkbox(
                &mut form.include_changes,
                format!("Met de wijzigingen sinds {} ({count})", changes.since),
            );
        });
    }
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.checkbox(&mut form.word, "Word (.docx)");
        ui.checkbox(&mut form.pdf, "PDF");
    });
    ui.checkbox(
        &mut form.contacts,
        "Contactpersonen opnemen (persoonsgegevens, AVG)",
    );
    ui.add_enabled_ui(form.contacts && form.pdf, |ui| {
        ui.indent("contacts-in-pdf", |ui| {
            ui.checkbox(
                &mut form.contacts_in_pdf,
                "Ook in de PDF (een PDF wordt vaak gepubliceerd)",
            );
        });
    });
    if !form.contacts {
        form.contacts_in_pdf = false;
    }
    ui.add_space(6.0);
    let label = ui.label(format!(
        "Waar: {}",
        PathPurpose::DocumentFolder.file_type_nl()
    ));
    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(400.0))
            .labelled_by(label.id);
        if ui
            .button("Bladeren…")
            .on_hover_text("Kies de map met de bestandskiezer van het systeem")
            .clicked()
        {
            queue.message(Message::Document(DocumentMessage::BrowseFolder));
        }
    });
    if let Ok(request) = form.request() {
        let names: Vec<String> = [&request.outputs.word, &request.outputs.pdf]
            .into_iter()
            .flatten()
            .map(|p| file_name(p))
            .collect();
        ui.weak(format!("Wordt: {}", names.join(" en ")));
    }
    // A changed choice takes back the last problem and the replace question.
    if form.request().ok() != before {
        form.problem = None;
        form.missing_folder = None;
        form.confirmed_replace.clear();
    }
    if let Some(problem) = &form.problem {
        ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {problem}"));
    }
    if let Some(folder) = form.missing_folder.clone()
        && ui.button("Map maken").clicked()
    {
        queue.message(Message::Document(DocumentMessage::MakeFolder(folder)));
        form.problem = None;
        form.missing_folder = None;
    }
    ui.add_space(8.0);
    match choice_ui(ui, &["Maken", "Annuleren"]) {
        Choice::Button(0) => form.make(queue),
        Choice::Button(_) | Choice::Escape => queue.message(Message::CloseDialog),
        Choice::None => {}
    }
}

/// While the worker makes the document: which step, and a bar.
pub(super) fn document_progress_ui(ui: &mut Ui, kind: DocumentKind, progress: &SharedProgress) {
    ui.heading("Document maken");
    ui.label(kind.label_nl());
    let (fraction, text) = progress.get().map_or((0.0, "Beginnen…".to_owned()), |p| {
        (
            p.fraction(),
            format!("Stap {} van {}: {}", p.step, p.steps, p.what),
        )
    });
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(&text);
    });
    ui.add(egui::ProgressBar::new(fraction).desired_width(400.0));
}

/// The document is made: open a file, show the folder, or close.
pub(super) fn document_ready_ui(ui: &mut Ui, files: &[PathBuf], queue: &mut CommandQueue) {
    ui.heading("Document gemaakt");
    for path in files {
        ui.label(format!("✔ {}", file_name(path)));
    }
    if let Some(folder) = files.first().and_then(|p| p.parent()) {
        ui.weak(format!("in {}", folder.display()));
    }
    ui.add_space(8.0);
    let mut labels: Vec<&str> = files
        .iter()
        .map(|path| match path.extension().and_then(|e| e.to_str()) {
            Some("pdf") => "PDF openen",
            _ => "Word openen",
        })
        .collect();
    labels.extend(["Map tonen", "Sluiten"]);
    match choice_ui(ui, &labels) {
        Choice::Button(index) => match (files.get(index), files.first()) {
            (Some(path), _) => {
                queue.message(Message::Document(DocumentMessage::Open(path.clone())))
            }
            (None, Some(first)) if index == files.len() => {
                queue.message(Message::Document(DocumentMessage::ShowInFolder(
                    first.clone(),
                )));
            }
            (None, _) => queue.message(Message::CloseDialog),
        },
        Choice::Escape => queue.message(Message::CloseDialog),
        Choice::None => {}
    }
}
