//! [`WijkApp`]: the open document and the UI session around it, with what
//! the app reads from outside (tests, benchmarks, `main`).

use std::time::Duration;

use super::capture::CaptureJob;
use super::dialog_stack::DialogStack;
use super::file_access::FileAccess;
use super::persistence::{Effect, Persistence};
use super::session::UiSession;
use crate::command::CommandQueue;
use crate::document::Document;
use crate::model::Dataset;
use crate::ui::settings::UiSettings;
use crate::ui::shell::{Dialog, Status};

/// The whole app: the open document and the UI session around it.
pub struct WijkApp {
    pub(super) document: Document,
    pub(super) session: UiSession,
    pub(super) dialogs: DialogStack,
    pub(super) persistence: Persistence,
    pub(super) files: FileAccess,
    pub(super) capture: Option<CaptureJob>,
    /// What comes from work done while applying something else (a picked path).
    pub(super) queued: CommandQueue,
    /// The window title last sent, to send it only when it changes.
    pub(super) shown_title: String,
}

impl WijkApp {
    /// An app on `document`, with `settings`. Files are written by a
    /// background worker that wakes `ctx` when it is done.
    pub fn new(document: Document, settings: UiSettings, ctx: &egui::Context) -> Self {
        let mut app = Self {
            document,
            session: UiSession::new(settings),
            dialogs: DialogStack::default(),
            persistence: Persistence::new(ctx),
            files: FileAccess::new(ctx),
            capture: None,
            queued: CommandQueue::default(),
            shown_title: String::new(),
        };
        app.ensure_selection();
        app
    }

    /// Uses the in-app path field instead of native file dialogs.
    pub fn use_in_app_file_dialogs(&mut self) {
        self.files.use_in_app_dialogs();
    }

    /// Shows "native" file dialogs with `dialog`, on their own thread as
    /// rfd's would be (UI tests: a slow dialog, a user who cancels).
    pub fn use_native_file_dialog(&mut self, dialog: crate::app::NativeDialog) {
        self.files.set_native_dialog(dialog);
    }

    /// Lists the files the app would open with the system's programs
    /// instead of opening them (UI tests).
    pub fn record_system_opens(&mut self) {
        self.files.record_system_opens();
    }

    /// What the app would have opened since [`Self::record_system_opens`].
    pub fn recorded_opens(&self) -> &[std::path::PathBuf] {
        self.files.recorded_opens()
    }

    /// Sets the delay between the last edit and the automatic save.
    pub fn set_autosave_delay(&mut self, delay: Duration) {
        self.persistence.set_autosave_delay(delay);
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The data in use.
    pub fn data(&self) -> &Dataset {
        self.document.data()
    }

    /// The UI settings.
    pub fn settings(&self) -> &UiSettings {
        &self.session.settings
    }

    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.session.is_presenting()
    }

    /// The slide shown (index into the shown slides), 0 when not presenting.
    pub fn current_slide(&self) -> usize {
        self.session.presentation().map_or(0, |p| p.slide)
    }

    /// Whether the user chose to close the window.
    pub fn is_closing(&self) -> bool {
        self.session.closing != super::session::Closing::Running
    }

    /// The dialog on screen, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialogs.front()
    }

    /// The last status message.
    pub fn status(&self) -> Option<&Status> {
        self.session.status.as_ref()
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.document.is_dirty()
    }

    /// Waits until the background file work is done and takes its results
    /// (tests, and a clean exit).
    pub fn finish_file_work(&mut self) {
        let effects = self.persistence.finish(&mut self.document);
        self.apply_effects(effects);
    }

    /// The window title, with ● for unsaved changes.
    pub fn title(&self) -> String {
        let name = self
            .document
            .path()
            .and_then(|p| p.file_name())
            .map_or_else(
                || "naamloos".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
        let marker = if self.is_dirty() { "● " } else { "" };
        format!("{marker}{name} — Wijkdashboard")
    }

    /// Keeps the selected wijk one that exists.
    pub(super) fn ensure_selection(&mut self) {
        let data = self.document.data();
        let settings = &mut self.session.settings;
        if data.district(&settings.selected_district).is_none() {
            settings.selected_district = data
                .districts
                .first()
                .map(|d| d.id.clone())
                .unwrap_or_default();
        }
    }

    /// Sets the status bar's message.
    pub(super) fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        self.session.set_status(text, is_error);
    }

    /// Does what the file work asks.
    pub(super) fn apply_effects(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Status { text, is_error } => self.set_status(text, is_error),
                Effect::ChangedOnDisk(path) => self.dialogs.show(Dialog::ChangedOnDisk { path }),
                Effect::ErrorDialog(text) => self.dialogs.show(Dialog::error(text)),
                Effect::Failed { path, message } => self.show_error(&path, &message),
                Effect::Replace(then) => self.replace(then),
                Effect::AskAgain(then) => self.replace_asking(then),
                Effect::PngWritten(result) => self.png_written(result),
                Effect::DocumentMade(result) => self.document_made(result),
                Effect::BackupsDescribed { file, descriptions } => {
                    self.backups_described(&file, descriptions);
                }
            }
        }
    }
}
