//! One frame: the close request, the keys, the views and the dialog, then
//! what the user asked for, the pictures and the background file work.

use egui::Ui;

use super::session::{Closing, Mode};
use super::wijk_app::WijkApp;
use crate::command::{CommandQueue, UiCommand, View, pressed_commands};
use crate::ui::shell::{DocumentState, MenuState, StatusBar};
use crate::ui::{self, ViewContext};

impl WijkApp {
    /// Draws one frame. Used by eframe and by the UI tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.fill_screen_once(&ctx);
        let mut queue = CommandQueue::default();
        self.close_request(&ctx, &mut queue);
        self.keys(&ctx, &mut queue);
        match &self.session.mode {
            Mode::Presenting(state) => {
                let state = state.clone();
                let zoom = self.slides_zoom(&ctx);
                let key_hints = self.key_hints();
                let mut view = ViewContext::new(&self.document, &self.session.settings, &mut queue);
                ui::presentation::presentation_ui(ui, &mut view, &state, zoom, key_hints);
            }
            Mode::Editing => self.editing_ui(ui, &mut queue),
        }
        if let Some(dialog) = self.dialogs.front_mut() {
            let document = DocumentState {
                data: self.document.data(),
                unsaved: self.document.is_dirty().then(|| {
                    (
                        self.document.unsaved_changes(),
                        self.document.unsaved_summary(),
                    )
                }),
            };
            ui::shell::dialog_ui(&ctx, dialog, &document, &mut queue);
        }
        self.poll_native_pick();
        if self.native_pick_open() {
            ui::shell::waiting_for_file_dialog_ui(&ctx);
        }
        self.place_slides(&ctx);
        self.presenter_window(&ctx, &mut queue);
        let actions = queue.take();
        if !actions.is_empty() && self.has_presenter_view() {
            // Paged from either window: both show the new slide at once.
            ctx.request_repaint_of(egui::ViewportId::ROOT);
        }
        for action in actions {
            self.apply(action, &ctx);
        }
        self.file_work(&ctx);
        self.step_capture(&ctx);
        self.update_title(&ctx);
    }

    fn editing_ui(&mut self, ui: &mut Ui, queue: &mut CommandQueue) {
        let menu = MenuState {
            can_undo: self.document.can_undo(),
            can_redo: self.document.can_redo(),
            view: self.session.settings.view,
            screens: &self.session.screens.names,
            slides_screen: self.screen_pair().map(|(audience, _)| audience),
        };
        egui::Panel::top("menu").show(ui, |ui| ui::shell::menu_bar_ui(ui, menu, queue));
        let bar = StatusBar {
            file: self.document.path().map_or_else(
                || "niet opgeslagen (naamloos)".to_owned(),
                |p| p.display().to_string(),
            ),
            saving: self.persistence.state_text(&self.document),
            problems: ui::widgets::pending::visible(ui.ctx(), self.document.problems()),
        };
        egui::Panel::bottom("status").show(ui, |ui| ui::shell::status_bar_ui(ui, &bar));
        self.message_ui(ui);
        let session = &mut self.session;
        let mut view = ViewContext::new(&self.document, &session.settings, queue);
        match session.settings.view {
            View::Wijken => ui::wijken::wijken_view_ui(ui, &mut view, &mut session.wijken),
            View::Indicatoren => ui::indicators::indicators_view_ui(ui, &mut view),
            View::Budget => {
                egui::CentralPanel::default()
                    .show(ui, |ui| ui::budget::budget_view_ui(ui, &mut view));
            }
            View::Scenarios => {
                ui::scenarios::scenarios_view_ui(ui, &mut view, &mut session.scenarios);
            }
            View::Voortgang => {
                ui::voortgang::voortgang_view_ui(ui, &mut view, &mut session.voortgang);
            }
        }
    }

    /// At the first start the window fills the screen. It asked to be
    /// maximised; where nothing maximised it (no window manager), it takes
    /// the monitor's size itself, once.
    fn fill_screen_once(&mut self, ctx: &egui::Context) {
        if !self.session.fill_screen || self.session.is_presenting() {
            return;
        }
        let (maximized, monitor, inner) = ctx.input(|i| {
            let viewport = i.viewport();
            (
                viewport.maximized,
                viewport.monitor_size,
                viewport.inner_rect,
            )
        });
        let (Some(monitor), Some(inner)) = (monitor, inner) else {
            return;
        };
        self.session.fill_screen = false;
        if maximized != Some(true) && inner.width() + 1.0 < monitor.x {
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(monitor));
        }
    }

    /// The last message while it lasts; it fades, and the window wakes only
    /// when it must change (never a repaint loop).
    fn message_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        let Some(status) = &mut self.session.status else {
            return;
        };
        let shown_at = *status.shown_at.get_or_insert(now);
        let age = now - shown_at;
        match status.opacity(age) {
            Some(opacity) => {
                ui::shell::message_ui(ui, status, opacity);
                let until_fade = status.lifetime() - 1.0 - age;
                let next = if until_fade > 0.0 {
                    until_fade
                } else {
                    1.0 / 30.0
                };
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(next));
            }
            None => self.session.status = None,
        }
    }

    /// The shortcuts of every command that can be given now; none while a
    /// dialog is open (it has its own keys).
    fn keys(&self, ctx: &egui::Context, queue: &mut CommandQueue) {
        if !self.dialogs.is_empty() || self.native_pick_open() {
            return;
        }
        let typing = ctx.text_edit_focused();
        let pressed = ctx.input_mut(|input| pressed_commands(input, |c| self.can_give(c), typing));
        for command in pressed {
            queue.command(command);
        }
    }

    /// A close from the window's title bar or the system asks first, as
    /// Bestand → Afsluiten does.
    fn close_request(&mut self, ctx: &egui::Context, queue: &mut CommandQueue) {
        if ctx.input(|i| i.viewport().close_requested()) && self.session.closing != Closing::Allowed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            queue.command(UiCommand::Quit);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        if self.capturing_for_command_line() {
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
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        if std::mem::take(&mut self.session.read_screens) {
            self.read_screens(frame);
        }
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.session.persist_settings {
            eframe::set_value(storage, ui::settings::STORAGE_KEY, &self.session.settings);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.exit_cleanly();
    }
}
