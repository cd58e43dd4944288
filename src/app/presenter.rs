//! The presenter view: with a second screen attached, the slides go full
//! screen on the audience's screen (chosen in the Beeld menu, remembered)
//! and a presenter window opens full screen on the laptop — an egui
//! viewport of its own. Keys work from either window; Esc ends both. With
//! one screen, presenting is as it was.

use std::time::{Duration, Instant};

use super::session::{Mode, Screens};
use super::wijk_app::WijkApp;
use crate::command::{CommandQueue, UiCommand};
use crate::ui::ViewContext;
use crate::ui::presentation::KeyHints;
use crate::ui::presentation::presenter::{PresenterClock, presenter_ui};

impl WijkApp {
    /// Reads the screens from the window system — at the start and when a
    /// presentation starts, never in every frame.
    pub(super) fn read_screens(&mut self, frame: &eframe::Frame) {
        let Some(window) = frame.winit_window() else {
            return;
        };
        let monitors: Vec<_> = window.available_monitors().collect();
        let current = window.current_monitor();
        self.session.screens = Screens {
            names: monitors
                .iter()
                .enumerate()
                .map(|(index, m)| m.name().unwrap_or_else(|| format!("Scherm {}", index + 1)))
                .collect(),
            current: current.and_then(|c| monitors.iter().position(|m| *m == c)),
        };
    }

    /// The screens as a test sets them (kittest has no window system).
    pub fn set_screens(&mut self, names: &[&str], current: usize) {
        self.session.screens = Screens {
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            current: Some(current),
        };
    }

    /// Whether the presenter window is up: presenting with two screens.
    pub fn has_presenter_view(&self) -> bool {
        self.session.is_presenting() && self.screen_pair().is_some()
    }

    /// Whether the slides' footer names the keys: not beside the presenter
    /// window (the audience need not read them) and not in a picture for
    /// the hand-out or `--export-slides`.
    pub(super) fn key_hints(&self) -> KeyHints {
        if self.has_presenter_view() || self.capture.is_some() {
            KeyHints::Hidden
        } else {
            KeyHints::Shown
        }
    }

    /// (The audience's screen, the laptop's), when there are two.
    pub(super) fn screen_pair(&self) -> Option<(usize, usize)> {
        self.session
            .screens
            .pair(self.session.settings.slides_screen.as_deref())
    }

    /// The slides on the screen `index` from now on (Beeld → Dia's op scherm).
    pub(super) fn choose_slides_screen(&mut self, index: usize, ctx: &egui::Context) {
        let Some(name) = self.session.screens.names.get(index).cloned() else {
            return;
        };
        self.session.settings.slides_screen = Some(name.clone());
        self.session.slides_placed = false;
        self.place_slides(ctx);
        self.set_status(format!("De dia's gaan naar {name}."), false);
    }

    /// Sends the slides to the audience's screen, once per presentation.
    pub(super) fn place_slides(&mut self, ctx: &egui::Context) {
        if !self.session.is_presenting() || self.session.slides_placed {
            return;
        }
        if let Some((audience, _)) = self.screen_pair() {
            ctx.send_viewport_cmd(egui::ViewportCommand::SetMonitor(audience));
            self.session.slides_placed = true;
        }
    }

    /// The window back on the laptop's screen after presenting on two.
    pub(super) fn bring_window_back(&mut self, ctx: &egui::Context) {
        if self.session.slides_placed
            && let Some((_, laptop)) = self.screen_pair()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::SetMonitor(laptop));
        }
        self.session.slides_placed = false;
        self.session.presenting_since = None;
    }

    /// Draws the presenter window when presenting on two screens; called
    /// once per frame. What the user asks there goes into `queue`.
    pub(super) fn presenter_window(&mut self, ctx: &egui::Context, queue: &mut CommandQueue) {
        let Mode::Presenting(state) = &self.session.mode else {
            return;
        };
        let Some((_, laptop)) = self.screen_pair() else {
            return;
        };
        let slide = state.slide;
        let since = *self
            .session
            .presenting_since
            .get_or_insert_with(Instant::now);
        let clock = PresenterClock {
            elapsed: since.elapsed(),
            now: chrono::Local::now().time(),
        };
        let id = egui::ViewportId::from_hash_of("presentatorweergave");
        let builder = egui::ViewportBuilder::default()
            .with_title("Wijkdashboard — presentatorweergave")
            .with_inner_size([1280.0, 760.0])
            .with_monitor(laptop);
        let zoom = self.slides_zoom(ctx);
        let document = &self.document;
        let settings = &self.session.settings;
        let can_give = |command: UiCommand| command.scope() == crate::command::Scope::Presenting;
        let typing_free = self.dialogs.is_empty();
        ctx.show_viewport_immediate(id, builder, |ui, _class| {
            let viewport = ui.ctx().clone();
            if viewport.input(|i| i.viewport().close_requested()) {
                queue.command(UiCommand::StopPresentation);
            }
            if typing_free {
                let pressed =
                    viewport.input_mut(|i| crate::command::pressed_commands(i, can_give, false));
                for command in pressed {
                    queue.command(command);
                }
            }
            let mut view = ViewContext::new(document, settings, queue);
            presenter_ui(ui, &mut view, slide, zoom, clock);
        });
        // The clock ticks once a second while the presenter window is up.
        let to_next_second =
            1000 - u64::from(chrono::Local::now().timestamp_subsec_millis() % 1000);
        ctx.request_repaint_after_for(Duration::from_millis(to_next_second), id);
    }
}
