//! How the app reaches files: native dialogs (on a thread of their own, so
//! no frame waits on one) or the in-app path field, the export's last
//! choice, the lock of the file in use, and opening a file or folder with
//! the system's own program.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, mpsc};
use std::time::{Duration, Instant};

use crate::command::PathPurpose;
use crate::store::FileLock;

/// A native dialog that returns faster than this was never shown; a
/// person cancelling takes longer.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(150);

/// What a system file dialog is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileDialogRequest {
    /// What it is for ("Tabel importeren").
    pub purpose: PathPurpose,
    /// The folder it starts in.
    pub folder: Option<PathBuf>,
    /// The file name it suggests (for a file to write).
    pub file_name: Option<String>,
}

/// Shows a system file dialog and waits for the user (on the dialog's own
/// thread): `Some(path)`, or `None` when cancelled or none could be shown.
pub type NativeDialog = Arc<dyn Fn(&FileDialogRequest) -> Option<PathBuf> + Send + Sync>;

/// What the system's file dialog gave.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown.
    NoDialog,
}

/// Where the answer of a native dialog goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PickFor {
    /// The command that asked (open, import, save as…).
    Command,
    /// The path field of the dialog on screen ("Bladeren…").
    DialogField,
}

/// A native dialog open on its own thread.
pub(super) struct OpenPick {
    pub(super) purpose: PathPurpose,
    pub(super) target: PickFor,
    answer: mpsc::Receiver<Picked>,
}

impl OpenPick {
    /// Shows the dialog of `request` on a thread; `wake` repaints the
    /// window when the answer is there.
    pub(super) fn start(
        dialog: NativeDialog,
        request: FileDialogRequest,
        target: PickFor,
        wake: Option<egui::Context>,
    ) -> Self {
        let (send, answer) = mpsc::channel();
        let purpose = request.purpose;
        // Without a thread the sender is dropped, and the answer reads as
        // "no dialog": the in-app field comes instead.
        let _ = std::thread::Builder::new()
            .name("bestandskiezer".to_owned())
            .spawn(move || {
                let picked = if system_has_file_dialog() {
                    let started = Instant::now();
                    match dialog(&request) {
                        Some(path) => Picked::Path(path),
                        None if started.elapsed() < NO_DIALOG_THRESHOLD => Picked::NoDialog,
                        None => Picked::Cancelled,
                    }
                } else {
                    Picked::NoDialog
                };
                let _ = send.send(picked);
                if let Some(ctx) = wake {
                    ctx.request_repaint();
                }
            });
        Self {
            purpose,
            target,
            answer,
        }
    }

    /// The answer, once the user gave it (never waits).
    pub(super) fn answer(&self) -> Option<Picked> {
        match self.answer.try_recv() {
            Ok(picked) => Some(picked),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Picked::NoDialog),
        }
    }
}

/// The system's file dialog (rfd), as the app asks for it.
fn rfd_dialog(request: &FileDialogRequest) -> Option<PathBuf> {
    let purpose = request.purpose;
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title());
    if let Some((name, extensions)) = purpose.filter() {
        dialog = dialog.add_filter(name, extensions);
    }
    if let Some(folder) = request.folder.as_deref().filter(|f| f.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    if purpose.picks_existing() {
        dialog.pick_file()
    } else if purpose.picks_folder() {
        dialog.pick_folder()
    } else {
        dialog.save_file()
    }
}

/// Whether the system can show a file dialog at all: always on Windows;
/// on Linux a desktop portal that is running or can be started (asked of
/// the session bus, once), or zenity, which rfd falls back to. Runs on the
/// dialog's thread, never in a frame.
fn system_has_file_dialog() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    static PORTAL: OnceLock<bool> = OnceLock::new();
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    };
    *PORTAL.get_or_init(portal_on_session_bus) || on_path("zenity")
}

/// Whether the session bus has the desktop portal, running or to be
/// started. Without a bus: no. Without `dbus-send` to ask: assumed yes
/// (rfd then finds out itself, on this thread).
fn portal_on_session_bus() -> bool {
    const PORTAL_NAME: &str = "org.freedesktop.portal.Desktop";
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return false;
    }
    let names = |method: &str| {
        std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--reply-timeout=1000",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                &format!("org.freedesktop.DBus.{method}"),
            ])
            .output()
    };
    match (names("ListNames"), names("ListActivatableNames")) {
        (Ok(running), Ok(activatable)) => [running, activatable].iter().any(|output| {
            output.status.success() && String::from_utf8_lossy(&output.stdout).contains(PORTAL_NAME)
        }),
        _ => true,
    }
}

/// How file dialogs are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum FileDialogs {
    /// Native dialogs (rfd), with the in-app path field as fallback.
    #[default]
    Native,
    /// Always the in-app path field (tests, systems without a portal).
    InApp,
}

/// How the app reaches files: its file dialogs, the export's last choice,
/// and the lock of the file in use.
#[derive(Default)]
pub(super) struct FileAccess {
    dialogs: FileDialogs,
    /// The native dialog on screen, if any.
    pub(super) open_pick: Option<OpenPick>,
    /// Shows native dialogs (rfd; a stand-in in tests).
    native: Option<NativeDialog>,
    /// Wakes the window when a native dialog answers.
    wake: Option<egui::Context>,
    include_personal_in_export: bool,
    /// The lock of the file in use, if taken.
    pub(super) lock: Option<FileLock>,
    /// The lock file another window holds (asked once).
    pub(super) lock_refused: Option<PathBuf>,
    /// `Some`: files to open are listed here instead of opened (tests).
    recorded_opens: Option<Vec<PathBuf>>,
}

impl FileAccess {
    /// File access that wakes `ctx` when a native dialog answers.
    pub(super) fn new(ctx: &egui::Context) -> Self {
        Self {
            wake: Some(ctx.clone()),
            ..Self::default()
        }
    }

    /// Shows native dialogs with `dialog` instead of rfd (tests).
    pub(super) fn set_native_dialog(&mut self, dialog: NativeDialog) {
        self.dialogs = FileDialogs::Native;
        self.native = Some(dialog);
    }

    /// Opens the native dialog of `request` on its own thread.
    pub(super) fn start_pick(&mut self, request: FileDialogRequest, target: PickFor) {
        let dialog = self.native.clone().unwrap_or_else(|| Arc::new(rfd_dialog));
        self.open_pick = Some(OpenPick::start(dialog, request, target, self.wake.clone()));
    }

    /// Uses the in-app path field from now on.
    pub(super) fn use_in_app_dialogs(&mut self) {
        self.dialogs = FileDialogs::InApp;
    }

    /// How file dialogs are shown.
    pub(super) fn dialogs(&self) -> FileDialogs {
        self.dialogs
    }

    /// Whether the last export included the contact persons.
    pub(super) fn include_personal_in_export(&self) -> bool {
        self.include_personal_in_export
    }

    /// Lists files and folders to open instead of opening them (tests).
    pub(super) fn record_system_opens(&mut self) {
        self.recorded_opens.get_or_insert_with(Vec::new);
    }

    /// What would have been opened since [`Self::record_system_opens`].
    pub(super) fn recorded_opens(&self) -> &[PathBuf] {
        self.recorded_opens.as_deref().unwrap_or_default()
    }

    /// Opens a file or folder with the program the system has for it
    /// (Word, the PDF reader, Explorer), without waiting for it. Returns a
    /// Dutch message when the system has none.
    pub(super) fn open_with_system(&mut self, path: &Path) -> Result<(), String> {
        if let Some(recorded) = &mut self.recorded_opens {
            recorded.push(path.to_owned());
            return Ok(());
        }
        open::that_detached(path).map_err(|error| {
            format!(
                "'{}' kon niet worden geopend: {error}. Open het bestand zelf vanuit de map.",
                path.display()
            )
        })
    }

    /// Remembers the export's choice for the next export.
    pub(super) fn set_include_personal_in_export(&mut self, include: bool) {
        self.include_personal_in_export = include;
    }
}
