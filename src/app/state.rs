//! The app: the document, the UI session, and the frame (panels, shortcuts,
//! dialogs, then the commands and the background file work).

use std::time::Duration;

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::persistence::Persistence;
use crate::command::{AppCommand, View};
use crate::document::Document;
use crate::model::{Dataset, Severity};
use crate::ui;
use crate::ui::dialogs::Dialog;
use crate::ui::settings::UiSettings;

/// How file dialogs are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDialogs {
    /// Native dialogs (rfd), with the in-app path field as fallback.
    Native,
    /// Always the in-app path field (tests, systems without a portal).
    InApp,
}

/// A short message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// Whether it is a problem.
    pub is_error: bool,
}

/// The whole app: the open document and the UI session around it.
pub struct WijkApp {
    pub(super) document: Document,
    pub(super) settings: UiSettings,
    pub(super) persistence: Persistence,
    pub(super) search: String,
    /// The scenario view's selection and new-scenario form.
    pub(super) scenario_view: ui::scenarios::ScenarioViewState,
    /// Dialogs waiting their turn; the first is on screen.
    pub(super) dialogs: std::collections::VecDeque<Dialog>,
    pub(super) status: Option<Status>,
    pub(super) file_dialogs: FileDialogs,
    pub(super) include_personal_in_export: bool,
    /// Set when the user chose to close; lets the close through.
    pub(super) allow_close: bool,
    shown_title: String,
    pub(super) presenting: bool,
    pub(super) presentation: ui::presentation::PresentationState,
    pub(super) capture: Option<super::capture::CaptureJob>,
    pub(super) capture_failed_flag: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    pub(super) persist_settings: bool,
    /// Commands that come from work done while applying another (a picked path).
    pub(super) queued: Vec<AppCommand>,
    /// Set when the window may close now.
    pub(super) quit_now: bool,
    /// The lock of the file in use, if taken.
    pub(super) lock: Option<crate::store::FileLock>,
    /// The lock file another window holds (asked once).
    pub(super) lock_refused: Option<std::path::PathBuf>,
}

impl WijkApp {
    /// An app on `document`, with `settings`. Files are written by a
    /// background worker that wakes `ctx` when it is done.
    pub fn new(document: Document, settings: UiSettings, ctx: &egui::Context) -> Self {
        let mut app = Self {
            document,
            settings,
            persistence: Persistence::new(ctx),
            search: String::new(),
            scenario_view: ui::scenarios::ScenarioViewState::default(),
            dialogs: std::collections::VecDeque::new(),
            status: None,
            file_dialogs: FileDialogs::Native,
            include_personal_in_export: false,
            allow_close: false,
            shown_title: String::new(),
            presenting: false,
            presentation: ui::presentation::PresentationState::default(),
            capture: None,
            capture_failed_flag: None,
            persist_settings: true,
            queued: Vec::new(),
            quit_now: false,
            lock: None,
            lock_refused: None,
        };
        app.ensure_selection();
        app
    }

    /// Uses the in-app path field instead of native file dialogs.
    pub fn use_in_app_file_dialogs(&mut self) {
        self.file_dialogs = FileDialogs::InApp;
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
        &self.settings
    }

    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting
    }

    /// The slide shown (index into the shown slides).
    pub fn current_slide(&self) -> usize {
        self.presentation.slide
    }

    /// The dialog on screen, if any.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialogs.front()
    }

    /// The last status message.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.document.is_dirty()
    }

    /// Waits until the background file work is done and takes its results
    /// (tests, and a clean exit).
    pub fn finish_file_work(&mut self) {
        let results = self.persistence.wait();
        for result in results {
            self.file_job_done(result);
        }
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

    pub(super) fn ensure_selection(&mut self) {
        let data = self.document.data();
        if data.district(&self.settings.selected_district).is_none() {
            self.settings.selected_district = data
                .districts
                .first()
                .map(|d| d.id.clone())
                .unwrap_or_default();
        }
    }

    pub(super) fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        self.status = Some(Status {
            text: text.into(),
            is_error,
        });
    }

    /// Shows a dialog; one that is already open keeps its turn.
    pub(super) fn show_dialog(&mut self, dialog: Dialog) {
        self.dialogs.push_back(dialog);
    }

    /// Replaces the dialog on screen (an answer that leads to another question).
    pub(super) fn close_dialog(&mut self) -> Option<Dialog> {
        self.dialogs.pop_front()
    }

    /// Draws one frame. Used by eframe and by the UI tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        self.handle_close_request(&ctx, &mut commands);
        self.shortcuts(&ctx, &mut commands);
        if self.presenting {
            ui::presentation::presentation_ui(
                ui,
                self.document.data(),
                self.document.derived(),
                &mut self.presentation,
                &mut self.settings.presentation_zoom,
                &mut commands,
            );
        } else {
            self.main_ui(ui, &mut commands);
        }
        if let Some(dialog) = self.dialogs.front_mut() {
            ui::dialogs::dialog_ui(&ctx, dialog, self.document.data(), &mut commands);
        }
        for command in commands {
            self.run(command, &ctx);
            while !self.queued.is_empty() {
                for command in std::mem::take(&mut self.queued) {
                    self.run(command, &ctx);
                }
            }
        }
        self.step_capture(&ctx);
        self.file_work(&ctx);
        self.update_title(&ctx);
    }

    fn main_ui(&mut self, ui: &mut Ui, commands: &mut Vec<AppCommand>) {
        let menu = ui::menu::MenuState {
            can_undo: self.document.can_undo(),
            can_redo: self.document.can_redo(),
            view: self.settings.view,
        };
        egui::Panel::top("menu").show(ui, |ui| ui::menu::menu_bar_ui(ui, menu, commands));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
        let data = self.document.data();
        let problems = self.document.problems();
        let derived = self.document.derived();
        match self.settings.view {
            View::Wijken => {
                egui::Panel::left("wijken")
                    .resizable(true)
                    .default_size(270.0)
                    .min_size(200.0)
                    .show(ui, |ui| {
                        ui.add_space(4.0);
                        ui::district_list::district_list_ui(
                            ui,
                            data,
                            &self.settings.selected_district,
                            &mut self.search,
                            commands,
                        );
                    });
                egui::Panel::right("detail")
                    .resizable(true)
                    .default_size(540.0)
                    .min_size(320.0)
                    .show(ui, |ui| {
                        ui::platform_panel::platform_panel_ui(
                            ui,
                            data,
                            &self.settings.selected_district,
                            problems,
                            commands,
                        );
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    ui::map_view::map_view_ui(
                        ui,
                        data,
                        derived.map.as_deref(),
                        &self.settings,
                        commands,
                    );
                });
            }
            View::Indicatoren => {
                ui::indicators::indicators_view_ui(
                    ui,
                    data,
                    &derived.indicators,
                    problems,
                    &mut self.settings,
                    commands,
                );
            }
            View::Scenarios => {
                ui::scenarios::scenarios_view_ui(
                    ui,
                    data,
                    problems,
                    &mut self.scenario_view,
                    commands,
                );
            }
            View::Budget => {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui::budget::budget_view_ui(
                        ui,
                        data,
                        &derived.budget,
                        &derived.support,
                        problems,
                        commands,
                    );
                });
            }
        }
    }

    fn status_bar_ui(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let file = self.document.path().map_or_else(
                || "niet opgeslagen (naamloos)".to_owned(),
                |p| p.display().to_string(),
            );
            ui.label(format!("📄 {file}"));
            ui.separator();
            let (text, is_error) = self.persistence.state_text(&self.document);
            if is_error {
                ui.colored_label(ui::theme::ERROR, text);
            } else {
                ui.label(text);
            }
            let problems = self.document.problems();
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = problems.len() - errors;
            if errors + warnings > 0 {
                ui.separator();
                let text = format!("{errors} fout(en), {warnings} waarschuwing(en)");
                let colour = if errors > 0 {
                    ui::theme::ERROR
                } else {
                    ui::theme::WARNING
                };
                ui.colored_label(colour, text).on_hover_ui(|ui| {
                    for problem in problems.iter().take(20) {
                        ui.label(problem.to_string());
                    }
                });
            }
            if let Some(status) = &self.status {
                ui.separator();
                if status.is_error {
                    ui.colored_label(ui::theme::ERROR, &status.text);
                } else {
                    ui.label(&status.text);
                }
            }
        });
    }

    fn shortcuts(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        if !self.dialogs.is_empty() {
            return;
        }
        let pressed = |shortcut: &KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut));
        // Ctrl+Shift+Z is the other redo; checked before Ctrl+Z takes it.
        if !self.presenting
            && pressed(&KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Z,
            ))
        {
            commands.push(AppCommand::Redo);
        }
        for command in AppCommand::WITH_SHORTCUTS {
            // Presentation mode has its own keys and no editing.
            if self.presenting && !command.works_while_presenting() {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && pressed(&shortcut)
            {
                commands.push(command);
            }
        }
        if self.presenting || self.settings.view != View::Wijken {
            return;
        }
        if pressed(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)) {
            ctx.memory_mut(|m| m.request_focus(ui::district_list::search_id()));
        }
        if ctx.text_edit_focused() {
            return;
        }
        let step = if pressed(&KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown)) {
            1
        } else if pressed(&KeyboardShortcut::new(Modifiers::NONE, Key::ArrowUp)) {
            -1
        } else {
            return;
        };
        let visible = ui::district_list::visible_ids(self.document.data(), &self.search);
        let current = visible
            .iter()
            .position(|id| *id == self.settings.selected_district);
        let next = match current {
            Some(i) => i
                .saturating_add_signed(step)
                .min(visible.len().saturating_sub(1)),
            None => 0,
        };
        if let Some(id) = visible.get(next) {
            commands.push(AppCommand::SelectDistrict(id.clone()));
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            commands.push(AppCommand::Quit);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        if self.capture.as_ref().is_some_and(|job| job.exit_when_done) {
            // A command-line picture has no one to read the title.
            return;
        }
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Enters presentation mode, fullscreen, at the first slide.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context) {
        self.presenting = true;
        self.presentation.slide = 0;
        // Ctrl+plus/minus zoom the slides, not egui's whole UI.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves presentation mode.
    pub(super) fn stop_presentation(&mut self, ctx: &egui::Context) {
        self.presenting = false;
        ctx.options_mut(|o| o.zoom_with_keyboard = true);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }
}

impl eframe::App for WijkApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.persist_settings {
            eframe::set_value(storage, ui::settings::STORAGE_KEY, &self.settings);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.exit_cleanly();
    }
}
