//! Keeping the document safe: the recovery file shortly after every edit,
//! the automatic save a few seconds after the last edit, retries after a
//! failed save, and what the status bar says about it. All writing happens on
//! the file worker; the frame only hands over snapshots and polls.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use super::state::WijkApp;
use crate::command::{ConflictAnswer, Replacement};
use crate::document::{Document, FileJob, FileWorker, JobDone};
use crate::store::{self, SaveError, SaveOptions};
use crate::ui::dialogs::Dialog;

/// At most one recovery write per this interval, so that it lands within
/// about a second of every edit without writing at every keystroke.
const RECOVERY_INTERVAL: Duration = Duration::from_millis(500);

/// How long to wait before trying a failed save again.
const RETRY_AFTER: Duration = Duration::from_secs(10);

/// Where the saving stands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum SaveState {
    /// Nothing happened yet.
    Idle,
    /// Saved at this time.
    SavedAt(DateTime<Local>),
    /// The save of `revision` failed; tried again at `retry_at` (`None`: only
    /// after the next edit or an explicit save).
    Failed {
        message: String,
        retry_at: Option<Instant>,
        revision: u64,
    },
    /// Another program changed the file; nothing is saved until the user chose.
    Conflict,
}

/// The saving machinery of the app.
pub struct Persistence {
    worker: FileWorker,
    autosave_delay: Duration,
    state: SaveState,
    /// The revision being saved, if a save is under way.
    saving: Option<u64>,
    /// A save was asked while one was under way: save again when it is done.
    save_again: bool,
    /// Whether a recovery write is under way.
    writing_recovery: bool,
    /// The revision last handed to a recovery write.
    recovery_revision: Option<u64>,
    last_recovery_at: Option<Instant>,
    /// The recovery file of data not yet saved anywhere.
    unbound_recovery: Option<PathBuf>,
    /// A running "Opslaan als…": the document moves to this file once written.
    rebind_to: Option<PathBuf>,
    /// What to do once the running save has succeeded (after "Opslaan" in
    /// the unsaved-changes question).
    pub(super) after_save: Option<Replacement>,
}

impl Persistence {
    /// Starts the file worker, which repaints `ctx` when a job is done.
    pub fn new(ctx: &egui::Context) -> Self {
        let ctx = ctx.clone();
        Self {
            worker: FileWorker::start(std::sync::Arc::new(move || ctx.request_repaint())),
            autosave_delay: Duration::from_secs(3),
            state: SaveState::Idle,
            saving: None,
            save_again: false,
            writing_recovery: false,
            recovery_revision: None,
            last_recovery_at: None,
            rebind_to: None,
            unbound_recovery: store::unbound_recovery_path(),
            after_save: None,
        }
    }

    /// Sets the delay between the last edit and the automatic save.
    pub fn set_autosave_delay(&mut self, delay: Duration) {
        self.autosave_delay = delay;
    }

    /// Starts an "Opslaan als…" save; the result may come at once when there
    /// is no worker thread.
    pub fn save_as(&mut self, path: PathBuf, job: FileJob) -> Option<JobDone> {
        if let FileJob::Save { revision, .. } = &job {
            self.saving = Some(*revision);
        }
        self.rebind_to = Some(path);
        self.state = SaveState::Idle;
        self.worker.submit(job)
    }

    /// Waits for the queued file work and returns its results.
    pub fn wait(&mut self) -> Vec<JobDone> {
        self.worker.wait()
    }

    /// "opslaan…", "opgeslagen om 10:42", or the failure, for the status bar.
    pub fn state_text(&self, document: &Document) -> (String, bool) {
        if self.saving.is_some() {
            return ("💾 opslaan…".to_owned(), false);
        }
        match &self.state {
            SaveState::Failed {
                message, retry_at, ..
            } => {
                let retry = if retry_at.is_some() {
                    " Nieuwe poging volgt."
                } else {
                    ""
                };
                (format!("⚠ niet opgeslagen: {message}{retry}"), true)
            }
            SaveState::Conflict => (
                "⚠ niet opgeslagen: het bestand is elders gewijzigd".to_owned(),
                true,
            ),
            _ if document.is_dirty() && document.path().is_none() => (
                "• niet opgeslagen: kies Bestand > Opslaan als…".to_owned(),
                false,
            ),
            _ if document.is_dirty() => (
                "• niet-opgeslagen wijzigingen (automatisch opslaan volgt)".to_owned(),
                false,
            ),
            SaveState::SavedAt(at) => (format!("✔ opgeslagen om {}", at.format("%H:%M")), false),
            SaveState::Idle => ("✔ opgeslagen".to_owned(), false),
        }
    }

    /// Where the edits of data not yet saved anywhere are kept.
    pub fn set_unbound_recovery(&mut self, path: Option<PathBuf>) {
        self.unbound_recovery = path;
    }

    fn recovery_path(&self, document: &Document) -> Option<PathBuf> {
        match document.path() {
            Some(path) => Some(store::recovery_path(path)),
            None => self.unbound_recovery.clone(),
        }
    }
}

impl WijkApp {
    /// Asks for a save of the document now (Ctrl+S, the question's
    /// "Opslaan"). `overwrite`: do not compare with the file on disk.
    pub(super) fn save_now(&mut self, overwrite: bool) {
        let Some(binding) = self.document.binding() else {
            return;
        };
        let persistence = &mut self.persistence;
        if persistence.saving.is_some() {
            persistence.save_again = true;
            return;
        }
        let expected = if overwrite {
            None
        } else {
            binding.stamp().cloned()
        };
        let job = FileJob::Save {
            path: binding.path().to_owned(),
            data: self.document.snapshot(),
            revision: self.document.revision(),
            options: SaveOptions {
                expected,
                ..SaveOptions::default()
            },
        };
        persistence.saving = Some(self.document.revision());
        persistence.state = SaveState::Idle;
        if let Some(done) = persistence.worker.submit(job) {
            self.file_job_done(done);
        }
    }

    /// Once per frame: takes finished file work, writes the recovery file and
    /// saves automatically when it is time, and wakes up once for the next
    /// step (never a repaint loop).
    pub(super) fn file_work(&mut self, ctx: &egui::Context) {
        let finished = self.persistence.worker.poll();
        for done in finished {
            self.file_job_done(done);
        }
        if self.capture.as_ref().is_some_and(|job| job.exit_when_done) {
            return;
        }
        let mut wake_in: Option<Duration> = None;
        let mut wake = |after: Duration| {
            wake_in = Some(wake_in.map_or(after, |w| w.min(after)));
        };
        self.write_recovery_when_due(&mut wake);
        self.autosave_when_due(&mut wake);
        if let Some(after) = wake_in {
            ctx.request_repaint_after(after);
        }
    }

    fn write_recovery_when_due(&mut self, wake: &mut impl FnMut(Duration)) {
        let revision = self.document.revision();
        let p = &mut self.persistence;
        if !self.document.is_dirty() || p.writing_recovery || p.recovery_revision == Some(revision)
        {
            return;
        }
        if let Some(last) = p.last_recovery_at {
            let since = last.elapsed();
            if since < RECOVERY_INTERVAL {
                wake(RECOVERY_INTERVAL - since);
                return;
            }
        }
        let Some(path) = p.recovery_path(&self.document) else {
            return;
        };
        let job = FileJob::WriteRecovery {
            path,
            of_file: self.document.path().map(ToOwned::to_owned),
            last_edit: self.document.last_edit().unwrap_or_else(Local::now),
            data: self.document.snapshot(),
            revision,
        };
        p.writing_recovery = true;
        p.recovery_revision = Some(revision);
        p.last_recovery_at = Some(Instant::now());
        if let Some(done) = p.worker.submit(job) {
            self.file_job_done(done);
        }
    }

    fn autosave_when_due(&mut self, wake: &mut impl FnMut(Duration)) {
        let p = &self.persistence;
        if !self.document.is_dirty()
            || self.document.path().is_none()
            || p.saving.is_some()
            || p.state == SaveState::Conflict
        {
            return;
        }
        if let SaveState::Failed {
            retry_at, revision, ..
        } = &p.state
        {
            match retry_at {
                Some(at) if *at > Instant::now() => {
                    wake(*at - Instant::now());
                    return;
                }
                Some(_) => {}
                // Waits for the user: an edit since the failure tries again.
                None if *revision == self.document.revision() => return,
                None => {}
            }
        }
        let since_edit = self
            .document
            .last_edit()
            .and_then(|at| (Local::now() - at).to_std().ok())
            .unwrap_or_default();
        if since_edit < p.autosave_delay {
            wake(p.autosave_delay - since_edit);
            return;
        }
        self.save_now(false);
    }

    /// Takes the result of one finished file job.
    pub(super) fn file_job_done(&mut self, done: JobDone) {
        match done {
            JobDone::Saved {
                path,
                revision,
                result,
            } => self.save_done(path, revision, result),
            JobDone::RecoveryWritten { result, .. } => {
                self.persistence.writing_recovery = false;
                if let Err(error) = result {
                    self.set_status(format!("Herstelbestand niet geschreven: {error}"), true);
                }
            }
            JobDone::RecoveryRemoved { result } => {
                if let Err(message) = result {
                    self.set_status(message, true);
                }
            }
        }
    }

    fn save_done(&mut self, path: PathBuf, revision: u64, result: Result<store::Saved, SaveError>) {
        self.persistence.saving = None;
        let moved_to = self.persistence.rebind_to.take().filter(|to| *to == path);
        let still_bound = self.document.path() == Some(path.as_path());
        match result {
            Ok(saved) => {
                if let Some(to) = moved_to {
                    // The recovery file of the old place is no longer needed.
                    self.remove_recovery_file();
                    self.document.rebind(to, revision, saved.stamp);
                    self.set_status(format!("Opgeslagen als {}", path.display()), false);
                } else if still_bound {
                    self.document.mark_saved(revision, saved.stamp);
                }
                self.persistence.state = SaveState::SavedAt(Local::now());
                if let Some(warning) = saved.warning {
                    self.set_status(warning, true);
                }
                if !self.document.is_dirty() {
                    self.remove_recovery_file();
                }
                // With another save queued, the question's action waits for it.
                let then = if self.persistence.save_again {
                    None
                } else {
                    self.persistence.after_save.take()
                };
                if let Some(then) = then {
                    if self.document.is_dirty() {
                        // Edited again meanwhile: ask again rather than lose it.
                        self.replace_asking(then);
                    } else {
                        self.replace(then);
                    }
                }
            }
            Err(SaveError::ChangedOnDisk { path }) => {
                self.persistence.state = SaveState::Conflict;
                self.persistence.after_save = None;
                self.show_dialog(Dialog::ChangedOnDisk { path });
            }
            Err(error) => {
                // Data outside the limits waits for the user; I/O is retried.
                let retry_at = match error {
                    SaveError::OutOfLimits { .. } => None,
                    _ => Some(Instant::now() + RETRY_AFTER),
                };
                self.persistence.state = SaveState::Failed {
                    message: error.to_string(),
                    retry_at,
                    revision,
                };
                if let Some(then) = self.persistence.after_save.take() {
                    self.show_dialog(Dialog::error(format!(
                        "{error}\n\nEr is niets vervangen; uw wijzigingen zijn er nog (en in het herstelbestand). ({})",
                        then.description_nl()
                    )));
                }
            }
        }
        if std::mem::take(&mut self.persistence.save_again) && self.document.is_dirty() {
            self.save_now(false);
        }
    }

    /// A conflict was answered.
    pub(super) fn resolve_conflict(&mut self, answer: ConflictAnswer) {
        self.persistence.state = SaveState::Idle;
        match answer {
            ConflictAnswer::Overwrite => self.save_now(true),
            ConflictAnswer::SaveMineAs => self.choose_path(crate::command::PathPurpose::SaveAs),
            ConflictAnswer::OpenTheirs => self.open_theirs(),
        }
    }

    /// Removes the recovery file of the document (after a save, a clean exit
    /// or a choice to discard the edits).
    pub(super) fn remove_recovery_file(&mut self) {
        if let Some(path) = self.persistence.recovery_path(&self.document) {
            let p = &mut self.persistence;
            p.recovery_revision = Some(self.document.revision());
            if let Some(done) = p.worker.submit(FileJob::RemoveRecovery { path }) {
                self.file_job_done(done);
            }
        }
    }

    /// Called when the window closes: waits for the file work; the recovery
    /// file goes only when nothing is left unsaved or the user chose so.
    pub(super) fn exit_cleanly(&mut self) {
        self.finish_file_work();
        if !self.document.is_dirty() || self.allow_close {
            self.remove_recovery_file();
            self.finish_file_work();
        }
    }
}
