//! A panic anywhere ends the app the same way as a failed start: first the
//! unsaved edits are written to the recovery file (offered again at the
//! next start), then the log and the Dutch message box. The app keeps the
//! latest unsaved state here after every change — a shared pointer, no
//! copy and no file work in the frame.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Local};

use super::failure_report::FailureReport;
use crate::model::Dataset;

/// The unsaved state to write when the app panics.
pub(super) struct Unsaved {
    /// The recovery file.
    pub path: PathBuf,
    /// The data file it belongs to, if any.
    pub of_file: Option<PathBuf>,
    /// When the last edit was made.
    pub last_edit: DateTime<Local>,
    /// The data as it is now.
    pub data: Arc<Dataset>,
}

static UNSAVED: Mutex<Option<Unsaved>> = Mutex::new(None);

/// Keeps `unsaved` (or, with `None`, nothing: the data is in its file) for a panic.
pub(super) fn remember(unsaved: Option<Unsaved>) {
    if let Ok(mut slot) = UNSAVED.lock() {
        *slot = unsaved;
    }
}

/// Installs the panic hook of the real app (never in tests: there a panic
/// is how a test fails). The default hook still prints the panic.
pub(super) fn install() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        let recovered = write_recovery();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "onbekende fout".to_owned());
        let place = info
            .location()
            .map_or_else(String::new, |l| format!(" ({}:{})", l.file(), l.line()));
        let kept = match &recovered {
            Some(Ok(path)) => format!(
                "Uw niet-opgeslagen wijzigingen zijn bewaard in {}; bij de volgende start biedt Wijkdashboard ze aan.",
                path.display()
            ),
            Some(Err(error)) => format!(
                "Uw niet-opgeslagen wijzigingen konden niet worden bewaard ({error}); het bestand zelf is niet aangeraakt."
            ),
            None => "Er waren geen niet-opgeslagen wijzigingen; uw bestand is niet aangeraakt."
                .to_owned(),
        };
        FailureReport {
            title: "Wijkdashboard is onverwacht gestopt".to_owned(),
            message: format!(
                "Er ging iets mis in het programma en het moest stoppen.\n\n{kept}\n\nStart Wijkdashboard opnieuw. Gebeurt het weer, geef dan het logbestand aan de servicedesk."
            ),
            details: format!(
                "panic: {what}{place}\n{}",
                std::backtrace::Backtrace::force_capture()
            ),
        }
        .tell();
        // Threads other than the window's would leave a half-working app.
        std::process::exit(101);
    }));
}

/// Writes the remembered unsaved state; `None` when there was none.
fn write_recovery() -> Option<Result<PathBuf, String>> {
    // A panic while the slot is held (in `remember`) must not deadlock.
    let slot = UNSAVED.try_lock().ok()?;
    let unsaved = slot.as_ref()?;
    Some(
        crate::store::write_recovery(
            &unsaved.path,
            unsaved.of_file.as_deref(),
            unsaved.last_edit,
            &unsaved.data,
        )
        .map(|()| unsaved.path.clone())
        .map_err(|error| error.to_string()),
    )
}

/// Environment variable of the test hook [`PanicAfterEdit`].
pub(super) const TEST_PANIC_ENV: &str = "WIJKDASHBOARD_TEST_PANIC";

/// Test hook for `scripts/check-startup.sh` (set [`TEST_PANIC_ENV`]): the
/// app makes an unsaved edit in its first frame (the programme's name gets
/// " (test)") and panics in its fourth, so the script sees the recovery
/// file, the log and the message box of a real panic.
pub(super) struct PanicAfterEdit {
    app: super::WijkApp,
    frames: u32,
}

impl PanicAfterEdit {
    /// Wraps the app when the environment asks for the test panic.
    pub(super) fn wrap(app: super::WijkApp) -> Box<dyn eframe::App> {
        if std::env::var_os(TEST_PANIC_ENV).is_some() {
            Box::new(Self { app, frames: 0 })
        } else {
            Box::new(app)
        }
    }
}

impl eframe::App for PanicAfterEdit {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.frames += 1;
        let ctx = ui.ctx().clone();
        if self.frames == 1 {
            let mut budget = self.app.data().budget.clone();
            budget.programme.push_str(" (test)");
            let edit = crate::command::Message::Edit {
                edit: crate::document::Edit::Budget(Box::new(budget)),
                key: None,
            };
            self.app.handle(edit, &ctx);
        }
        assert!(self.frames < 4, "testpaniek ({TEST_PANIC_ENV})");
        ctx.request_repaint();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }
}
