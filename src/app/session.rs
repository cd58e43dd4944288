//! The UI session: what the window shows around the document. Settings that
//! persist between sessions, the views' own state, whether the user edits
//! or presents, and whether the window may close.

use crate::ui::presentation::PresentationState;
use crate::ui::scenarios::ScenarioViewState;
use crate::ui::settings::UiSettings;
use crate::ui::shell::Status;
use crate::ui::wijken::WijkenState;

/// Editing, or presenting at a slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// The views and menus.
    Editing,
    /// Full screen slides.
    Presenting(PresentationState),
}

/// Whether the window may close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Closing {
    /// Running; a close request is a question first.
    Running,
    /// The user chose to close: send the window its close command.
    Requested,
    /// The close command is sent: let it through.
    Allowed,
}

/// The UI session.
pub(super) struct UiSession {
    /// Remembered between sessions (through eframe's storage).
    pub settings: UiSettings,
    /// Whether `settings` are written back (not for command-line pictures).
    pub persist_settings: bool,
    /// The Wijken view's search.
    pub wijken: WijkenState,
    /// The scenario view's selection and new-scenario form.
    pub scenarios: ScenarioViewState,
    /// The Voortgang view's filters, choice and caches.
    pub voortgang: crate::ui::voortgang::VoortgangState,
    /// Editing or presenting.
    pub mode: Mode,
    /// The last message of the status bar.
    pub status: Option<Status>,
    /// Whether the window may close.
    pub closing: Closing,
    /// The first start on this computer: the window is to fill the screen
    /// (asked as "maximised"; where no window manager does that, by size).
    pub fill_screen: bool,
    /// The screens attached, as last read.
    pub screens: Screens,
    /// Read the screens again at the next frame (a presentation starts).
    pub read_screens: bool,
    /// When the presentation started, for the presenter view's clock.
    pub presenting_since: Option<std::time::Instant>,
    /// Whether the slides were sent to the audience's screen.
    pub slides_placed: bool,
}

/// The screens attached to the computer, by name, and which one the
/// window is on (the laptop's, when presenting starts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Screens {
    /// Their names, in the system's order.
    pub names: Vec<String>,
    /// The one the window is on.
    pub current: Option<usize>,
}

impl Screens {
    /// With two screens or more: (the audience's, the presenter's), the
    /// audience's being `wanted` when attached, else the first that is not
    /// the one the window is on.
    pub(super) fn pair(&self, wanted: Option<&str>) -> Option<(usize, usize)> {
        if self.names.len() < 2 {
            return None;
        }
        let laptop = self.current.unwrap_or(0).min(self.names.len() - 1);
        let audience = wanted
            .and_then(|name| self.names.iter().position(|n| n == name))
            .filter(|index| *index != laptop)
            .unwrap_or_else(|| usize::from(laptop == 0));
        Some((audience, laptop))
    }
}

impl UiSession {
    /// A session with `settings`, editing.
    pub(super) fn new(settings: UiSettings) -> Self {
        Self {
            settings,
            persist_settings: true,
            wijken: WijkenState::default(),
            scenarios: ScenarioViewState::default(),
            voortgang: crate::ui::voortgang::VoortgangState::default(),
            mode: Mode::Editing,
            screens: Screens::default(),
            read_screens: false,
            presenting_since: None,
            slides_placed: false,
            status: None,
            closing: Closing::Running,
            fill_screen: false,
        }
    }

    /// The slide shown, when presenting.
    pub(super) fn presentation(&self) -> Option<&PresentationState> {
        match &self.mode {
            Mode::Presenting(state) => Some(state),
            Mode::Editing => None,
        }
    }

    /// Whether the user presents.
    pub(super) fn is_presenting(&self) -> bool {
        matches!(self.mode, Mode::Presenting(_))
    }

    /// Sets the status bar's message.
    pub(super) fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        self.status = Some(Status {
            text: text.into(),
            is_error,
            shown_at: None,
        });
    }
}
