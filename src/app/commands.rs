//! Every [`UiCommand`] is applied here, in one exhaustive match: a new
//! command does not compile until it is handled. A command that cannot be
//! given now (an edit while presenting) is reported, not dropped in silence.

use super::session::Mode;
use super::wijk_app::WijkApp;
use crate::command::{Action, MapKind, PathPurpose, Replacement, Scope, UiCommand, View};
use crate::model::view::slide_pages::{SlidePage, first_page_of};
use crate::store::ExportFormat;
use crate::ui::presentation::PresentationState;
use crate::ui::shell::Dialog;

/// The largest and smallest text zoom of the slides.
const ZOOM_RANGE: (f32, f32) = (0.5, 3.0);

impl WijkApp {
    /// Whether `command` can be given now.
    pub fn can_give(&self, command: UiCommand) -> bool {
        let presenting = self.session.is_presenting();
        match command.scope() {
            Scope::Everywhere => true,
            Scope::Editing => !presenting,
            Scope::WijkenView => !presenting && self.session.settings.view == View::Wijken,
            Scope::Presenting => presenting,
        }
    }

    /// Applies a command or a message, and what it led to.
    pub fn apply(&mut self, action: impl Into<Action>, ctx: &egui::Context) {
        match action.into() {
            Action::Command(command) => self.run(command, ctx),
            Action::Message(message) => self.handle(message, ctx),
        }
        // Work done while applying (a picked path) asks for more.
        while !self.queued.is_empty() {
            for action in self.queued.take() {
                match action {
                    Action::Command(command) => self.run(command, ctx),
                    Action::Message(message) => self.handle(message, ctx),
                }
            }
        }
        self.after_action(ctx);
    }

    /// Runs one command.
    pub fn run(&mut self, command: UiCommand, ctx: &egui::Context) {
        if !self.can_give(command) {
            self.set_status(
                format!(
                    "‘{}’ kan nu niet: {}.",
                    command.text(),
                    if self.session.is_presenting() {
                        "stop eerst de presentatie (Esc)"
                    } else {
                        "dat kan alleen tijdens de presentatie of in het tabblad Wijken"
                    }
                ),
                true,
            );
            return;
        }
        match command {
            UiCommand::New => self.replace_asking(Replacement::New),
            UiCommand::Open => self.choose_path(PathPurpose::Open),
            UiCommand::Import => self.choose_path(PathPurpose::Import),
            UiCommand::ImportMap => self.choose_path(PathPurpose::Map),
            UiCommand::ImportTable => self.choose_path(PathPurpose::Table),
            UiCommand::Save => {
                // A save shows every problem, also of fields just added.
                crate::ui::widgets::pending::clear(ctx);
                if self.document.path().is_some() {
                    self.save_now(false);
                } else {
                    self.choose_path(PathPurpose::SaveAs);
                }
            }
            UiCommand::SaveAs => self.choose_path(PathPurpose::SaveAs),
            UiCommand::ShowBackups => {
                let history = self.backup_history();
                self.dialogs.show(Dialog::Backups(Box::new(history)));
            }
            UiCommand::ExportExcel => self.ask_export_options(ExportFormat::Excel),
            UiCommand::ExportCsv => self.ask_export_options(ExportFormat::Csv),
            UiCommand::ExportCopy => self.ask_export_options(ExportFormat::Copy),
            UiCommand::MakeDocument => self.ask_document_options(),
            UiCommand::ShowChanges => self.ask_comparison(),
            UiCommand::MergeWith => self.ask_merge(),
            UiCommand::Quit => self.replace_asking(Replacement::Quit),
            UiCommand::Undo => {
                if let Some(what) = self.document.undo() {
                    self.after_change();
                    self.set_status(format!("Ongedaan gemaakt: {what}."), false);
                }
            }
            UiCommand::Redo => {
                if let Some(what) = self.document.redo() {
                    self.after_change();
                    self.set_status(format!("Opnieuw uitgevoerd: {what}."), false);
                }
            }
            UiCommand::ShowWijken => self.session.settings.view = View::Wijken,
            UiCommand::ShowIndicatoren => self.session.settings.view = View::Indicatoren,
            UiCommand::ShowBudget => self.session.settings.view = View::Budget,
            UiCommand::ShowScenarios => self.session.settings.view = View::Scenarios,
            UiCommand::ShowVoortgang => self.session.settings.view = View::Voortgang,
            UiCommand::NextView => {
                self.session.settings.view = self.session.settings.view.stepped(1);
            }
            UiCommand::PreviousView => {
                self.session.settings.view = self.session.settings.view.stepped(-1);
            }
            UiCommand::ShowRealMap => self.session.settings.map_kind = MapKind::Kaart,
            UiCommand::ShowTiles => self.session.settings.map_kind = MapKind::Tegels,
            UiCommand::ToggleTheme => {
                let settings = &mut self.session.settings;
                settings.dark_mode = !settings.dark_mode;
                ctx.set_theme(if settings.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            UiCommand::StartPresentation => self.start_presentation(ctx),
            UiCommand::StopPresentation => self.stop_presentation(ctx),
            UiCommand::ChooseSlides => self.dialogs.show(Dialog::ChooseSlides),
            UiCommand::ShowHelp => self.dialogs.show(Dialog::Help),
            UiCommand::ShowAbout => self.dialogs.show(Dialog::About {
                data_file: self.document.path().map(std::path::Path::to_owned),
                error_log: super::failure_report::log_file(),
            }),
            UiCommand::ExportImage => self.choose_path(PathPurpose::Image),
            UiCommand::ExportSlidesPdf => self.choose_path(PathPurpose::SlidesPdf),
            UiCommand::FocusSearch => {
                ctx.memory_mut(|m| m.request_focus(crate::ui::wijken::search_id()));
            }
            UiCommand::NextDistrict => self.step_district(1),
            UiCommand::PreviousDistrict => self.step_district(-1),
            UiCommand::NextSlide => self.page(ctx, |slide, last| (slide + 1).min(last)),
            UiCommand::PreviousSlide => self.page(ctx, |slide, _| slide.saturating_sub(1)),
            UiCommand::FirstSlide => self.page(ctx, |_, _| 0),
            UiCommand::LastSlide => self.page(ctx, |_, last| last),
            UiCommand::ZoomIn => self.zoom(1.1, ctx),
            UiCommand::ZoomOut => self.zoom(1.0 / 1.1, ctx),
        }
    }

    /// Enters presentation mode, full screen, at the first slide.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context) {
        self.present_slide(0);
        // Which screens are attached now (a beamer may just be plugged in).
        self.session.read_screens = true;
        self.session.slides_placed = false;
        self.session.presenting_since = Some(std::time::Instant::now());
        // Ctrl+plus/minus zoom the slides, not egui's whole UI.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Shows `slide` of the shown slides (presenting from now on).
    pub(super) fn present_slide(&mut self, slide: usize) {
        self.session.mode = Mode::Presenting(PresentationState { slide });
    }

    /// Leaves presentation mode.
    fn stop_presentation(&mut self, ctx: &egui::Context) {
        self.bring_window_back(ctx);
        self.session.mode = Mode::Editing;
        ctx.options_mut(|o| o.zoom_with_keyboard = true);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// Moves to the slide `to(current, last)` gives.
    fn page(&mut self, ctx: &egui::Context, to: impl Fn(usize, usize) -> usize) {
        let last = self.slide_pages(ctx).len().saturating_sub(1);
        if let Mode::Presenting(state) = &mut self.session.mode {
            state.slide = to(state.slide.min(last), last);
        }
    }

    /// Changes the slides' zoom on this screen. The slide reflows onto more
    /// or fewer pages; the one on screen stays on the slide it shows.
    fn zoom(&mut self, factor: f32, ctx: &egui::Context) {
        let before = self.slide_pages(ctx);
        let screen = slides_screen_size(ctx);
        self.session
            .settings
            .change_zoom(screen, factor, ZOOM_RANGE);
        let after = self.slide_pages(ctx);
        if let Mode::Presenting(state) = &mut self.session.mode
            && let Some(page) = before.get(state.slide)
            && let Some(first) = first_page_of(&after, &page.slide)
        {
            let parts = after[first].parts;
            state.slide = first + page.part.min(parts.saturating_sub(1));
        }
    }

    /// The slides' zoom: the one chosen for this screen; a command-line
    /// export always uses the normal size.
    pub(super) fn slides_zoom(&self, ctx: &egui::Context) -> f32 {
        if self.capturing_for_command_line() {
            return 1.0;
        }
        self.session.settings.zoom_for(slides_screen_size(ctx))
    }

    /// The pages of the chosen slides at the slides' zoom (worked out once
    /// per revision and zoom, by the document).
    pub(super) fn slide_pages(&self, ctx: &egui::Context) -> std::sync::Arc<Vec<SlidePage>> {
        self.document.slide_pages(self.slides_zoom(ctx))
    }

    /// Selects the wijk `step` places further in the (searched) list.
    fn step_district(&mut self, step: isize) {
        let visible =
            crate::ui::wijken::visible_ids(self.document.data(), &self.session.wijken.search);
        let current = visible
            .iter()
            .position(|id| *id == self.session.settings.selected_district);
        let next = match current {
            Some(i) => i
                .saturating_add_signed(step)
                .min(visible.len().saturating_sub(1)),
            None => 0,
        };
        if let Some(id) = visible.get(next) {
            self.session.settings.selected_district.clone_from(id);
        }
    }

    fn ask_export_options(&mut self, format: ExportFormat) {
        let path = self.suggested_path(PathPurpose::Export(format));
        self.dialogs.show(Dialog::ExportOptions {
            format,
            include_personal: self.files.include_personal_in_export(),
            path: path.display().to_string(),
        });
    }
}

/// The size of the screen the slides are on (the root window's monitor).
pub(super) fn slides_screen_size(ctx: &egui::Context) -> Option<egui::Vec2> {
    ctx.input_for(egui::ViewportId::ROOT, |i| i.viewport().monitor_size)
}
