//! The modal dialogs, one file per kind: unsaved changes, a file changed
//! on disk, recovery of unsaved edits, the import choice, the map preview,
//! backups, the export options, an in-app path field where no native file
//! dialog is available, the slide chooser, and messages. They answer with
//! [`Message`]s.

mod backups;
mod changed_on_disk;
mod changes;
mod choose_slides;
mod document;
mod export_options;
mod help;
mod import;
mod import_table;
mod letter_offer;
mod map_preview;
mod merge;
mod message;
mod path;
mod recovery;
mod unsaved;

use std::path::PathBuf;

use egui::{Id, Modal, Ui};

pub use backups::BackupHistory;
pub use changes::{ChangeReport, ComparisonChoice};
pub use document::DocumentForm;
pub use import_table::TableImportForm;
pub use merge::MergeDialog;
pub use path::waiting_for_file_dialog_ui;

use crate::command::{CommandQueue, Message, PathPurpose, Replacement};
use crate::document::SharedProgress;
use crate::model::{Dataset, LetterOffer};
use crate::publish::DocumentKind;
use crate::store::{ExportFormat, MapImport};

/// A dialog: a question, a choice or a message, shown one at a time. Its
/// kind ([`DialogKind`], to tell whether an answer belongs to the dialog on
/// screen) is derived from it, never kept by hand.
#[derive(strum::EnumDiscriminants)]
#[strum_discriminants(name(DialogKind), derive(Hash))]
#[strum_discriminants(doc = "The kind of a [`Dialog`], without its contents.")]
pub enum Dialog {
    /// Unsaved changes would be replaced: save first?
    UnsavedChanges {
        /// What is about to happen.
        then: Replacement,
    },
    /// The file was changed by another program; my version is not saved.
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// Edits of a session that did not end cleanly were found.
    Recovery {
        /// The recovery file.
        path: PathBuf,
        /// The data file the edits belong to (`None`: never saved).
        of_file: Option<PathBuf>,
        /// The recovered data.
        data: Box<Dataset>,
        /// What differs from the file, one line per kind.
        differences: Vec<String>,
        /// When the last edit was made, as shown.
        last_edit: String,
    },
    /// A map file was read: what it holds, before anything changes.
    MapPreview {
        /// The file.
        path: PathBuf,
        /// What it holds.
        import: Box<MapImport>,
    },
    /// An import was read; replace or merge?
    Import {
        /// The file.
        path: PathBuf,
        /// Its data.
        imported: Box<Dataset>,
        /// The data with the file merged in.
        merged: Box<Dataset>,
        /// How many changes each way makes, per group of the change
        /// report: (group, replacing everything, merging).
        counts: Vec<(String, usize, usize)>,
    },
    /// A table (Excel or CSV) was read: its mapping and what it would change.
    ImportTable(Box<TableImportForm>),
    /// The list of backups.
    Backups(Box<BackupHistory>),
    /// Which version to compare with: a backup or another file.
    ChooseComparison(Box<ComparisonChoice>),
    /// What changed since a version.
    ChangeReport(Box<ChangeReport>),
    /// A merge with another copy: what comes in, and the conflicts.
    Merge(Box<MergeDialog>),
    /// Type a path (no native dialog available).
    Path {
        /// What it is for.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
    },
    /// Export options before choosing the file.
    ExportOptions {
        /// What to write.
        format: ExportFormat,
        /// Include contact persons.
        include_personal: bool,
        /// Where, as typed or picked.
        path: String,
    },
    /// *Document maken…*: the choices.
    Document(Box<DocumentForm>),
    /// A document is being made.
    DocumentProgress {
        /// Which.
        kind: DocumentKind,
        /// Where the worker is.
        progress: SharedProgress,
    },
    /// A document was made: open it or its folder.
    DocumentReady(Vec<PathBuf>),
    /// A message to read and dismiss.
    Message {
        /// The heading.
        title: String,
        /// The text.
        text: String,
    },
    /// Choose which slides the presentation shows, in which order.
    ChooseSlides,
    /// A file from before the interventions: add the council letter's?
    LetterOffer(Box<LetterOffer>),
    /// The shortcuts.
    Help,
    /// Version, licence, the data file and the error log.
    About {
        /// The data file, if saved.
        data_file: Option<PathBuf>,
        /// The error log.
        error_log: PathBuf,
    },
}

impl DialogKind {
    /// What it is, in Dutch: "de vraag over niet-opgeslagen wijzigingen".
    pub fn name_nl(self) -> &'static str {
        match self {
            Self::UnsavedChanges => "de vraag over niet-opgeslagen wijzigingen",
            Self::ChangedOnDisk => "de vraag over het elders gewijzigde bestand",
            Self::Recovery => "de vraag over teruggevonden wijzigingen",
            Self::MapPreview => "het voorbeeld van de kaart",
            Self::Import => "de keuze bij importeren",
            Self::Backups => "de lijst met back-ups",
            Self::ChooseComparison => "de keuze waarmee te vergelijken",
            Self::ChangeReport => "het overzicht van de wijzigingen",
            Self::ImportTable => "het importeren van een tabel",
            Self::Merge => "het samenvoegen",
            Self::Path => "het padveld",
            Self::ExportOptions => "de keuzes bij exporteren",
            Self::Document => "de keuzes voor het document",
            Self::DocumentProgress => "de voortgang van het document",
            Self::DocumentReady => "de melding dat het document klaar is",
            Self::Message => "een melding",
            Self::ChooseSlides => "het kiezen van de dia's",
            Self::LetterOffer => "de vraag over de interventies uit de raadsbrief",
            Self::Help => "de sneltoetsen",
            Self::About => "Over Wijkdashboard",
        }
    }
}

impl Dialog {
    /// An error to read and dismiss.
    pub fn error(text: impl Into<String>) -> Self {
        Self::Message {
            title: "Er ging iets mis".to_owned(),
            text: text.into(),
        }
    }

    /// Its kind.
    pub fn kind(&self) -> DialogKind {
        DialogKind::from(self)
    }

    /// Whether Escape or a click outside may close it without an answer.
    fn closes_on_escape(&self) -> bool {
        !matches!(
            self,
            Self::UnsavedChanges { .. }
                | Self::ChangedOnDisk { .. }
                | Self::Recovery { .. }
                | Self::LetterOffer(_)
                | Self::DocumentProgress { .. }
        )
    }
}

/// Draws the dialog; the user's answer comes out as messages.
pub fn dialog_ui(
    ctx: &egui::Context,
    dialog: &mut Dialog,
    document: &DocumentState<'_>,
    queue: &mut CommandQueue,
) {
    let before = queue.len();
    // Anchored by its top: a dialog that grows (a group opened in the
    // merge) grows downwards and keeps its place, so the next click lands
    // where the user aims.
    let id = Id::unique("wijkdashboard-dialog");
    let area = Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 56.0));
    let modal = Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_max_width(560.0);
        content_ui(ui, dialog, document, queue);
    });
    if queue.len() == before && modal.should_close() && dialog.closes_on_escape() {
        queue.message(Message::CloseDialog);
    }
}

/// What the dialogs read of the document, as it is in this frame.
pub struct DocumentState<'a> {
    /// The data.
    pub data: &'a Dataset,
    /// How many changes are not in the file and "2 wijzigingen sinds 10:42";
    /// `None` when everything is in the file.
    pub unsaved: Option<(u64, String)>,
}

fn content_ui(
    ui: &mut Ui,
    dialog: &mut Dialog,
    document: &DocumentState<'_>,
    queue: &mut CommandQueue,
) {
    let data = document.data;
    match dialog {
        Dialog::UnsavedChanges { then } => {
            unsaved::unsaved_ui(ui, then, document.unsaved.as_ref(), queue);
        }
        Dialog::ChangedOnDisk { path } => changed_on_disk::changed_on_disk_ui(ui, path, queue),
        Dialog::Recovery {
            differences,
            last_edit,
            path,
            ..
        } => recovery::recovery_ui(ui, differences, last_edit, path, queue),
        Dialog::MapPreview { path, import } => map_preview::map_preview_ui(ui, path, import, queue),
        Dialog::Import { path, counts, .. } => import::import_ui(ui, path, counts, queue),
        Dialog::Backups(history) => backups::backups_ui(ui, history, queue),
        Dialog::ChooseComparison(choice) => changes::choose_ui(ui, choice, queue),
        Dialog::ChangeReport(report) => changes::report_ui(ui, report, queue),
        Dialog::ImportTable(form) => import_table::import_table_ui(ui, form, data, queue),
        Dialog::Merge(merge) => merge::merge_ui(ui, merge, queue),
        Dialog::Path { purpose, text } => path::path_ui(ui, *purpose, text, queue),
        Dialog::ExportOptions {
            format,
            include_personal,
            path,
        } => export_options::export_options_ui(ui, *format, include_personal, path, queue),
        Dialog::Document(form) => document::document_form_ui(ui, form, queue),
        Dialog::DocumentProgress { kind, progress } => {
            document::document_progress_ui(ui, *kind, progress);
        }
        Dialog::DocumentReady(files) => document::document_ready_ui(ui, files, queue),
        Dialog::ChooseSlides => choose_slides::choose_slides_ui(ui, data, queue),
        Dialog::Message { title, text } => message::message_ui(ui, title, text, queue),
        Dialog::LetterOffer(offer) => letter_offer::letter_offer_ui(ui, offer, queue),
        Dialog::Help => help::help_ui(ui, queue),
        Dialog::About {
            data_file,
            error_log,
        } => help::about_ui(ui, data_file.as_deref(), error_log, queue),
    }
}

/// A dialog that hands over to another message (a path typed, a backup
/// chosen) closes itself first, so the message may open the next dialog.
fn hand_over(queue: &mut CommandQueue, message: Message) {
    queue.message(Message::CloseDialog);
    queue.message(message);
}

/// A row of buttons, each sending its message.
fn buttons_ui(ui: &mut Ui, buttons: &[(&str, Message)], queue: &mut CommandQueue) {
    ui.horizontal(|ui| {
        for (label, message) in buttons {
            if ui.button(*label).clicked() {
                queue.message(message.clone());
            }
        }
    });
}

/// What the user did with a question's buttons this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    /// Nothing yet.
    None,
    /// The button at this index (Enter chooses the default, the first).
    Button(usize),
    /// Esc: cancel.
    Escape,
}

/// A question's buttons as the platform's dialogs have them: the first is
/// the default (it has the keyboard, so Enter chooses it; Tab moves on),
/// and Esc cancels.
fn choice_ui(ui: &mut Ui, labels: &[&str]) -> Choice {
    let mut choice = Choice::None;
    ui.horizontal(|ui| {
        for (index, label) in labels.iter().enumerate() {
            let response = ui.button(*label);
            if index == 0 && ui.memory(|m| m.focused().is_none()) {
                response.request_focus();
            }
            if response.clicked() {
                choice = Choice::Button(index);
            }
        }
    });
    if choice == Choice::None && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        choice = Choice::Escape;
    }
    choice
}
