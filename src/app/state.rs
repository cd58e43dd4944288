//! The app state and the frame: panels, shortcuts, dialogs, autosave.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Key, KeyboardShortcut, Modifiers, Ui};

use super::AppCommand;
use super::dialogs::{self, Dialog, DialogChoice};
use super::edit::History;
use super::settings::{UiSettings, View};
use crate::model::{Dataset, Derived, Problem, Severity, validate};
use crate::ui;

/// How file dialogs are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileDialogs {
    /// Native dialogs (rfd), with the in-app path field as fallback.
    Native,
    /// Always the in-app path field (tests, systems without a portal).
    InApp,
}

/// A short message in the status bar.
#[derive(Clone, Debug)]
pub struct Status {
    /// The text.
    pub text: String,
    /// Whether it is a problem.
    pub is_error: bool,
}

/// The whole app.
pub struct WijkApp {
    /// The data in use.
    pub data: Dataset,
    /// The file it is kept in (`None`: not yet saved anywhere).
    pub path: Option<PathBuf>,
    /// UI settings (persisted through eframe).
    pub settings: UiSettings,
    /// Undo/redo.
    pub(crate) history: History,
    /// Validation problems of `data`, recomputed after each change.
    pub problems: Vec<Problem>,
    /// Counts changes; compared with `saved_change` for the dirty marker.
    change: u64,
    saved_change: u64,
    last_edit: Option<Instant>,
    /// Delay between the last edit and the autosave.
    pub autosave_delay: Duration,
    /// The search text of the wijk list.
    pub search: String,
    /// The dialog on screen.
    pub dialog: Option<Dialog>,
    pub(crate) include_personal_in_export: bool,
    /// The last status message.
    pub status: Option<Status>,
    /// How file dialogs are shown.
    pub file_dialogs: FileDialogs,
    /// Set when the user chose to close; lets the close through.
    allow_close: bool,
    shown_title: String,
    /// Whether presentation mode is on.
    pub presenting: bool,
    /// Plot and table figures, derived once per change of the data.
    pub derived: Derived,
    /// Where the presentation is.
    pub presentation: ui::presentation::PresentationState,
    /// Pictures being taken (PNG export).
    pub capture: Option<super::capture::CaptureJob>,
    /// Set when a command-line capture failed (exit code 1).
    pub capture_failed_flag: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Whether UI settings are saved through eframe (off for captures).
    pub persist_settings: bool,
}

impl WijkApp {
    /// An app on `data`, kept in `path`.
    pub fn new(data: Dataset, path: Option<PathBuf>, settings: UiSettings) -> Self {
        let problems = validate(&data);
        let mut app = Self {
            data,
            path,
            settings,
            history: History::default(),
            problems,
            change: 0,
            saved_change: 0,
            last_edit: None,
            autosave_delay: Duration::from_secs(3),
            search: String::new(),
            dialog: None,
            include_personal_in_export: false,
            status: None,
            file_dialogs: FileDialogs::Native,
            allow_close: false,
            shown_title: String::new(),
            presenting: false,
            derived: Derived::default(),
            presentation: ui::presentation::PresentationState::default(),
            capture: None,
            capture_failed_flag: None,
            persist_settings: true,
        };
        app.refresh_derived();
        app.ensure_selection();
        app
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.change != self.saved_change
    }

    /// Whether the data has validation errors (it is then not saved).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The window title, with `*` for unsaved changes.
    pub fn title(&self) -> String {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "naamloos".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let marker = if self.is_dirty() { "● " } else { "" };
        format!("{marker}{name} — Wijkdashboard")
    }

    pub(crate) fn mark_changed(&mut self) {
        self.change += 1;
        self.last_edit = Some(Instant::now());
        self.problems = validate(&self.data);
        self.ensure_selection();
        self.refresh_derived();
    }

    /// Recomputes the plot figures if the data changed since they were derived.
    fn refresh_derived(&mut self) {
        if self.derived.change != self.change
            || self.derived.indicators.len() != self.data.indicators.len()
        {
            self.derived = Derived::from_data(&self.data, self.change);
        }
    }

    pub(crate) fn mark_saved(&mut self) {
        self.saved_change = self.change;
        self.last_edit = None;
    }

    /// Forgets history and dirty state after loading other data.
    pub(crate) fn replace_loaded(&mut self, data: Dataset, path: Option<PathBuf>) {
        self.data = data;
        self.path = path;
        self.history.clear();
        self.problems = validate(&self.data);
        self.change += 1;
        self.mark_saved();
        self.ensure_selection();
        self.refresh_derived();
    }

    fn ensure_selection(&mut self) {
        if self
            .data
            .district(&self.settings.selected_district)
            .is_none()
        {
            self.settings.selected_district = self
                .data
                .districts
                .first()
                .map(|d| d.id.clone())
                .unwrap_or_default();
        }
    }

    pub(crate) fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        self.status = Some(Status {
            text: text.into(),
            is_error,
        });
    }

    /// Draws one frame. Used by eframe and by the UI tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let mut commands = Vec::new();
        self.handle_close_request(&ctx);
        self.shortcuts(&ctx, &mut commands);
        if self.presenting {
            ui::presentation::presentation_ui(
                ui,
                &self.data,
                &self.derived,
                &mut self.presentation,
                &mut self.settings.presentation_zoom,
                &mut commands,
            );
        } else {
            self.main_ui(ui, &mut commands);
        }
        self.dialogs(&ctx, &mut commands);
        for command in commands {
            self.run(command, &ctx);
        }
        self.step_capture(&ctx);
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    fn main_ui(&mut self, ui: &mut Ui, commands: &mut Vec<AppCommand>) {
        egui::Panel::top("menu").show(ui, |ui| {
            ui::menu::menu_bar_ui(
                ui,
                self.history.can_undo(),
                self.history.can_redo(),
                self.settings.view,
                commands,
            );
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
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
                            &self.data,
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
                            &self.data,
                            &self.settings.selected_district,
                            &self.problems,
                            commands,
                        );
                    });
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.heading("Wijken van Utrecht");
                    ui.weak(
                        "Kleur: status van het wijkplatform. Klik op een wijk om die te kiezen.",
                    );
                    ui::map::map_ui(
                        ui,
                        &self.data,
                        &self.settings.selected_district,
                        &ui::map::MapStyle::default(),
                        commands,
                    );
                });
            }
            View::Indicatoren => {
                ui::indicators::indicators_view_ui(
                    ui,
                    &self.data,
                    &self.derived.indicators,
                    &self.problems,
                    &mut self.settings,
                    commands,
                );
            }
            View::Budget => {
                egui::CentralPanel::default().show(ui, |ui| {
                    ui::budget::budget_view_ui(
                        ui,
                        &self.data,
                        &self.derived.budget,
                        &self.derived.support,
                        &self.problems,
                        commands,
                    );
                });
            }
        }
    }

    fn status_bar_ui(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let file = self.path.as_ref().map_or_else(
                || "niet opgeslagen (naamloos)".to_owned(),
                |p| p.display().to_string(),
            );
            ui.label(format!("📄 {file}"));
            ui.separator();
            if self.is_dirty() {
                if self.has_errors() {
                    ui.colored_label(
                        ui::theme::ERROR,
                        "• niet opgeslagen: los eerst de fouten op",
                    );
                } else {
                    ui.colored_label(
                        ui::theme::WARNING,
                        "• niet-opgeslagen wijzigingen (automatisch opslaan volgt)",
                    );
                }
            } else {
                ui.label("✔ opgeslagen");
            }
            let errors = self
                .problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = self.problems.len() - errors;
            if errors + warnings > 0 {
                ui.separator();
                let text = format!("{errors} fout(en), {warnings} waarschuwing(en)");
                let colour = if errors > 0 {
                    ui::theme::ERROR
                } else {
                    ui::theme::WARNING
                };
                ui.colored_label(colour, text).on_hover_ui(|ui| {
                    for problem in self.problems.iter().take(20) {
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
        if self.dialog.is_some() {
            return;
        }
        let command = Modifiers::COMMAND;
        let pressed = |modifiers: Modifiers, key: Key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
        };
        if pressed(command, Key::E) {
            commands.push(AppCommand::ExportImage);
        }
        // Presentation mode has its own keys and no editing.
        if self.presenting {
            return;
        }
        if pressed(command | Modifiers::SHIFT, Key::Z) || pressed(command, Key::Y) {
            commands.push(AppCommand::Redo);
        } else if pressed(command, Key::Z) {
            commands.push(AppCommand::Undo);
        }
        if pressed(command, Key::S) {
            commands.push(AppCommand::Save);
        }
        if pressed(Modifiers::NONE, Key::F5) {
            commands.push(AppCommand::StartPresentation);
        }
        if self.settings.view == View::Wijken {
            if pressed(command, Key::F) {
                ctx.memory_mut(|m| m.request_focus(ui::district_list::search_id()));
            }
            if !ctx.text_edit_focused() {
                let step = if pressed(Modifiers::NONE, Key::ArrowDown) {
                    1
                } else if pressed(Modifiers::NONE, Key::ArrowUp) {
                    -1
                } else {
                    0
                };
                if step != 0 {
                    let visible = ui::district_list::visible_ids(&self.data, &self.search);
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
            }
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_dirty() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::ConfirmClose);
        }
    }

    fn dialogs(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let Some(dialog) = self.dialog.as_mut() else {
            return;
        };
        let choice = dialogs::dialog_ui(
            ctx,
            dialog,
            &self.data,
            &mut self.include_personal_in_export,
        );
        if matches!(choice, DialogChoice::Pending) {
            return;
        }
        if let DialogChoice::Apply(more) = choice {
            commands.extend(more);
            return;
        }
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match choice {
            DialogChoice::Pending | DialogChoice::Dismiss | DialogChoice::Apply(_) => {}
            DialogChoice::Run(more) => commands.extend(more),
            DialogChoice::SaveAndQuit => {
                if self.save_now() {
                    commands.push(AppCommand::Quit);
                }
            }
            DialogChoice::QuitWithoutSaving => commands.push(AppCommand::Quit),
            DialogChoice::ImportReplace | DialogChoice::ImportMerge => {
                if let Dialog::Import { imported, path, .. } = dialog {
                    let merge = matches!(choice, DialogChoice::ImportMerge);
                    self.finish_import(*imported, &path, merge);
                }
            }
            DialogChoice::ExportChosen { include_personal } => {
                self.include_personal_in_export = include_personal;
                self.choose_path(super::dialogs::PathPurpose::Export, commands);
            }
        }
    }

    /// Runs one command.
    pub fn run(&mut self, command: AppCommand, ctx: &egui::Context) {
        match command {
            AppCommand::Edit { edit, key } => {
                if self.history.apply(&mut self.data, edit, key) {
                    self.mark_changed();
                }
            }
            AppCommand::Undo => {
                if self.history.undo(&mut self.data) {
                    self.mark_changed();
                    self.set_status("Ongedaan gemaakt.", false);
                }
            }
            AppCommand::Redo => {
                if self.history.redo(&mut self.data) {
                    self.mark_changed();
                    self.set_status("Opnieuw uitgevoerd.", false);
                }
            }
            AppCommand::SelectDistrict(id) => self.settings.selected_district = id,
            AppCommand::ShowView(view) => self.settings.view = view,
            AppCommand::ToggleTheme => {
                self.settings.dark_mode = !self.settings.dark_mode;
                ctx.set_theme(if self.settings.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            AppCommand::StartPresentation => self.start_presentation(ctx),
            AppCommand::ChooseSlides => self.dialog = Some(Dialog::ChooseSlides),
            AppCommand::ExportImagePath(path) => {
                let path = if path.extension().is_some() {
                    path
                } else {
                    path.with_extension("png")
                };
                let shot = super::capture::Shot { slide: None, path };
                self.capture = Some(super::capture::CaptureJob::new(vec![shot], false));
                ctx.request_repaint();
            }
            AppCommand::StopPresentation => self.stop_presentation(ctx),
            AppCommand::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            file_command => self.run_file_command(file_command, ctx),
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(last_edit) = self.last_edit else {
            return;
        };
        if !self.is_dirty() || self.path.is_none() || self.has_errors() {
            return;
        }
        let elapsed = last_edit.elapsed();
        if elapsed >= self.autosave_delay {
            if self.save_now() {
                self.set_status("Automatisch opgeslagen.", false);
            } else {
                // Do not retry every frame; the next edit tries again.
                self.last_edit = None;
            }
        } else {
            // One wake-up when the delay is over, not a repaint loop.
            ctx.request_repaint_after(self.autosave_delay - elapsed);
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
}

impl eframe::App for WijkApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.persist_settings {
            eframe::set_value(storage, super::settings::STORAGE_KEY, &self.settings);
        }
    }
}

impl WijkApp {
    /// Enters presentation mode, fullscreen, at the first slide.
    pub fn start_presentation(&mut self, ctx: &egui::Context) {
        self.presenting = true;
        self.presentation.slide = 0;
        // Ctrl+plus/minus zoom the slides, not egui's whole UI.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves presentation mode.
    pub fn stop_presentation(&mut self, ctx: &egui::Context) {
        self.presenting = false;
        ctx.options_mut(|o| o.zoom_with_keyboard = true);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }
}
