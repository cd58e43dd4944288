//! *Document maken…* in the app: the dialog with its choices, the work
//! handed to the file worker with a progress dialog, and at the end the
//! files to open or their folder to show.

use std::path::{Path, PathBuf};

use crate::app::wijk_app::WijkApp;
use crate::command::{DocumentMessage, PathPurpose};
use crate::document::SharedProgress;
use crate::publish::DocumentRequest;
use crate::ui::shell::{Dialog, DialogKind, DocumentForm};

impl WijkApp {
    /// Handles a message of *Document maken…*.
    pub(in crate::app) fn on_document(&mut self, message: DocumentMessage) {
        match message {
            DocumentMessage::Make(request) => self.make_document(*request),
            DocumentMessage::BrowseFolder => self.browse_document_folder(),
            DocumentMessage::MakeFolder(path) => {
                let job = crate::document::FileJob::MakeFolder { path };
                let effects = self.persistence.write_file(&mut self.document, job);
                self.apply_effects(effects);
            }
            DocumentMessage::Open(path) => self.open_with_system(&path),
            DocumentMessage::ShowInFolder(path) => self.show_in_folder(&path),
        }
    }

    /// Shows the choices: the Bijlage as it stands today, in the Documents folder.
    pub(in crate::app) fn ask_document_options(&mut self) {
        let folder = self.suggested_path(PathPurpose::DocumentFolder);
        let today = chrono::Local::now().date_naive();
        self.dialogs
            .show(Dialog::Document(Box::new(DocumentForm::new(
                today, &folder,
            ))));
    }

    /// "Bladeren…" in the document dialog: the system's folder dialog.
    pub(in crate::app) fn browse_document_folder(&mut self) {
        let Some(Dialog::Document(form)) = self.dialogs.front() else {
            return;
        };
        let current = form.folder();
        self.browse_for_dialog(PathPurpose::DocumentFolder, &current);
    }

    /// Hands the document to the file worker and shows its progress.
    pub(in crate::app) fn make_document(&mut self, request: DocumentRequest) {
        // The folder chosen is proposed next time.
        if let Some(folder) = request
            .outputs
            .word
            .as_ref()
            .or(request.outputs.pdf.as_ref())
            .and_then(|file| file.parent())
        {
            self.remember_folder(PathPurpose::DocumentFolder, folder);
        }
        let progress = SharedProgress::default();
        let kind = request.kind;
        self.dialogs.show(Dialog::DocumentProgress {
            kind,
            progress: progress.clone(),
        });
        let effects = self
            .persistence
            .make_document(&mut self.document, request, progress);
        self.apply_effects(effects);
    }

    /// The worker is done: the files to open, or why not.
    pub(in crate::app) fn document_made(&mut self, result: Result<Vec<PathBuf>, String>) {
        if matches!(self.dialogs.front(), Some(Dialog::DocumentProgress { .. })) {
            let _ = self.take_dialog(DialogKind::DocumentProgress);
        }
        match result {
            Ok(files) => {
                let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
                self.set_status(format!("Document gemaakt: {}", names.join(", ")), false);
                self.dialogs.show(Dialog::DocumentReady(files));
            }
            Err(message) => self.dialogs.show(Dialog::error(format!(
                "Het document is niet gemaakt. {message}"
            ))),
        }
    }

    /// Opens a made document with the system's program.
    pub(in crate::app) fn open_with_system(&mut self, path: &Path) {
        if let Err(message) = self.files.open_with_system(path) {
            self.set_status(message, true);
        }
    }

    /// Shows the folder of a made document.
    pub(in crate::app) fn show_in_folder(&mut self, path: &Path) {
        let folder = path.parent().unwrap_or(path).to_owned();
        self.open_with_system(&folder);
    }
}
