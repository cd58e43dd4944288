//! Keeping the document safe: the recovery file shortly after every edit,
//! the automatic save a few seconds after the last edit, retries after a
//! failed save, exports and pictures, and what the status bar says about it.
//!
//! [`Persistence`] is a state machine with private state. Every file is
//! written by its worker; the app hands over snapshots and, once per frame,
//! calls [`Persistence::tick`]. What the app must do in return (show a
//! message, ask a question, go on with a replacement) comes back as
//! [`Effect`]s.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use crate::command::Replacement;
use crate::document::{Document, FileJob, FileWorker, JobDone, SharedProgress};
use crate::publish::DocumentRequest;
use crate::store::{self, ExportFormat, SaveError, SaveOptions};

/// At most one recovery write per this interval, so that it lands within
/// about a second of every edit without writing at every keystroke.
const RECOVERY_INTERVAL: Duration = Duration::from_millis(500);

/// How long to wait before trying a failed save again.
const RETRY_AFTER: Duration = Duration::from_secs(10);

/// What the app must do after some file work.
#[derive(Debug)]
pub(super) enum Effect {
    /// Say this in the status bar.
    Status {
        /// The text.
        text: String,
        /// Whether it is a problem.
        is_error: bool,
    },
    /// Another program changed the file: ask what to do.
    ChangedOnDisk(PathBuf),
    /// Say this in an error dialog.
    ErrorDialog(String),
    /// A file could not be written: say so in a dialog.
    Failed {
        /// The file.
        path: PathBuf,
        /// Why, in Dutch.
        message: String,
    },
    /// The save that was to come first is done: go on with this.
    Replace(Replacement),
    /// The save that was to come first is done, but the data was edited
    /// again meanwhile: ask again rather than lose it.
    AskAgain(Replacement),
    /// A picture was written (or not).
    PngWritten(Result<PathBuf, String>),
    /// A document was made: its files, or why not.
    DocumentMade(Result<Vec<PathBuf>, String>),
    /// What changed after each backup of a file (for *Wat is er veranderd?*).
    BackupsDescribed {
        /// The data file.
        file: PathBuf,
        /// One line per backup, newest first.
        descriptions: Vec<String>,
    },
}

/// A file job that wrote `result`: what `say` makes of the path in the
/// status bar (nothing for `None`), or the failure in a dialog.
fn written(
    result: Result<PathBuf, SaveError>,
    say: impl FnOnce(&std::path::Path) -> Option<String>,
) -> Vec<Effect> {
    match result {
        Ok(path) => say(&path)
            .map(|text| Effect::Status {
                text,
                is_error: false,
            })
            .into_iter()
            .collect(),
        Err(error) => vec![Effect::Failed {
            path: error_path(&error),
            message: error.to_string(),
        }],
    }
}

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
pub(super) struct Persistence {
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
    /// The revision and dirtiness last handed to the crash guard.
    kept_for_crash: Option<(u64, bool)>,
    /// A running "Opslaan als…": the document moves to this file once written.
    rebind_to: Option<PathBuf>,
    /// What to do once the running save has succeeded (after "Opslaan" in
    /// the unsaved-changes question).
    after_save: Option<Replacement>,
}

impl Persistence {
    /// Starts the file worker, which repaints `ctx` when a job is done.
    pub(super) fn new(ctx: &egui::Context) -> Self {
        let ctx = ctx.clone();
        Self {
            worker: FileWorker::start(Arc::new(move || ctx.request_repaint())),
            autosave_delay: Duration::from_secs(3),
            state: SaveState::Idle,
            saving: None,
            save_again: false,
            writing_recovery: false,
            recovery_revision: None,
            last_recovery_at: None,
            rebind_to: None,
            unbound_recovery: store::unbound_recovery_path(),
            kept_for_crash: None,
            after_save: None,
        }
    }

    /// Sets the delay between the last edit and the automatic save.
    pub(super) fn set_autosave_delay(&mut self, delay: Duration) {
        self.autosave_delay = delay;
    }

    /// Where the edits of data not yet saved anywhere are kept.
    pub(super) fn set_unbound_recovery(&mut self, path: Option<PathBuf>) {
        self.unbound_recovery = path;
    }

    /// Goes on with `then` once the next save has succeeded.
    pub(super) fn then_after_save(&mut self, then: Replacement) {
        self.after_save = Some(then);
    }

    /// The save that `then_after_save` waited for will not come (the user
    /// cancelled "Opslaan als…").
    pub(super) fn forget_after_save(&mut self) {
        self.after_save = None;
    }

    /// The user answered the changed-on-disk question.
    pub(super) fn conflict_answered(&mut self) {
        self.state = SaveState::Idle;
    }

    /// Saves the document now (Ctrl+S, the question's "Opslaan", autosave).
    /// `overwrite`: do not compare with the file on disk.
    pub(super) fn save(&mut self, document: &mut Document, overwrite: bool) -> Vec<Effect> {
        let Some(binding) = document.binding() else {
            return Vec::new();
        };
        if self.saving.is_some() {
            self.save_again = true;
            return Vec::new();
        }
        let expected = if overwrite {
            None
        } else {
            binding.stamp().cloned()
        };
        let path = binding.path().to_owned();
        let (data, revision) = document.save_snapshot();
        let job = FileJob::Save {
            path,
            data,
            revision,
            options: SaveOptions {
                expected,
                ..SaveOptions::default()
            },
        };
        self.saving = Some(revision);
        self.state = SaveState::Idle;
        self.submit(job, document)
    }

    /// Saves under a new name; the document moves there once it is written.
    pub(super) fn save_as(&mut self, document: &mut Document, path: PathBuf) -> Vec<Effect> {
        let path = store::with_extension(path, "ron");
        let (data, revision) = document.save_snapshot();
        let job = FileJob::Save {
            path: path.clone(),
            data,
            revision,
            options: SaveOptions::default(),
        };
        self.saving = Some(revision);
        self.rebind_to = Some(path);
        self.state = SaveState::Idle;
        self.submit(job, document)
    }

    /// Sets a recovery file aside (renamed, never deleted).
    pub(super) fn set_aside_recovery(
        &mut self,
        document: &mut Document,
        path: PathBuf,
    ) -> Vec<Effect> {
        self.submit(FileJob::SetAsideRecovery { path }, document)
    }

    /// Writes an export of `data`.
    pub(super) fn export(
        &mut self,
        document: &mut Document,
        format: ExportFormat,
        path: PathBuf,
        include_personal: bool,
    ) -> Vec<Effect> {
        let job = FileJob::Export {
            format,
            path,
            data: document.snapshot(),
            include_personal,
        };
        self.submit(job, document)
    }

    /// Makes a document of the data as it is now, reporting to `progress`.
    pub(super) fn make_document(
        &mut self,
        document: &mut Document,
        request: DocumentRequest,
        progress: SharedProgress,
    ) -> Vec<Effect> {
        let job = FileJob::MakeDocument {
            request: Box::new(request),
            data: document.snapshot(),
            progress,
        };
        self.submit(job, document)
    }

    /// Writes a file someone asked for ([`FileJob::WriteFile`]).
    pub(super) fn write_file(&mut self, document: &mut Document, job: FileJob) -> Vec<Effect> {
        self.submit(job, document)
    }

    /// Writes the slides as a PDF hand-out.
    pub(super) fn write_handout(
        &mut self,
        document: &mut Document,
        path: PathBuf,
        title: String,
        slides: Vec<crate::document::HandoutSlide>,
    ) -> Vec<Effect> {
        let job = FileJob::WriteHandout {
            path,
            title,
            slides,
        };
        self.submit(job, document)
    }

    pub(super) fn write_png(
        &mut self,
        document: &mut Document,
        path: PathBuf,
        image: &egui::ColorImage,
    ) -> Vec<Effect> {
        let [width, height] = image.size;
        let (Ok(width), Ok(height)) = (u32::try_from(width), u32::try_from(height)) else {
            return vec![Effect::PngWritten(Err(
                "de afbeelding is te groot".to_owned()
            ))];
        };
        let rgba = image.pixels.iter().flat_map(|c| c.to_array()).collect();
        let job = FileJob::WritePng {
            path,
            width,
            height,
            rgba,
        };
        self.submit(job, document)
    }

    /// Removes the recovery file of the document (after a save, a clean exit
    /// or a choice to discard the edits).
    pub(super) fn remove_recovery(&mut self, document: &mut Document) -> Vec<Effect> {
        let Some(path) = self.recovery_path(document) else {
            return Vec::new();
        };
        self.recovery_revision = Some(document.revision());
        self.submit(FileJob::RemoveRecovery { path }, document)
    }

    /// Once per frame: takes finished file work, writes the recovery file and
    /// (with `autosave`) saves when it is time. Returns what the app must do,
    /// and when to wake up for the next step (never a repaint loop).
    pub(super) fn tick(
        &mut self,
        document: &mut Document,
        autosave: bool,
    ) -> (Vec<Effect>, Option<Duration>) {
        let mut effects = Vec::new();
        for done in self.worker.poll() {
            effects.extend(self.job_done(done, document));
        }
        self.keep_for_a_crash(document);
        if !autosave {
            return (effects, None);
        }
        let mut wake_in: Option<Duration> = None;
        let mut wake = |after: Duration| {
            wake_in = Some(wake_in.map_or(after, |w| w.min(after)));
        };
        effects.extend(self.write_recovery_when_due(document, &mut wake));
        effects.extend(self.autosave_when_due(document, &mut wake));
        (effects, wake_in)
    }

    /// Waits until all file work is done and takes its results (tests, and
    /// a clean exit).
    pub(super) fn finish(&mut self, document: &mut Document) -> Vec<Effect> {
        let mut effects = Vec::new();
        loop {
            let results = self.worker.wait();
            if results.is_empty() {
                return effects;
            }
            for done in results {
                effects.extend(self.job_done(done, document));
            }
        }
    }

    /// "opslaan…", "opgeslagen om 10:42:07", or the failure, for the status bar.
    pub(super) fn state_text(&self, document: &Document) -> (String, bool) {
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
            // With seconds: a second save within the minute looks new.
            SaveState::SavedAt(at) => (format!("✔ opgeslagen om {}", at.format("%H:%M:%S")), false),
            SaveState::Idle => ("✔ opgeslagen".to_owned(), false),
        }
    }

    fn recovery_path(&self, document: &Document) -> Option<PathBuf> {
        match document.path() {
            Some(path) => Some(store::recovery_path(path)),
            None => self.unbound_recovery.clone(),
        }
    }

    /// Hands a job to the worker; without a worker thread it ran at once.
    fn submit(&mut self, job: FileJob, document: &mut Document) -> Vec<Effect> {
        match self.worker.submit(job) {
            Some(done) => self.job_done(done, document),
            None => Vec::new(),
        }
    }

    /// Hands the unsaved state to the crash guard after each change (a
    /// shared pointer: no copy, no file work), so a panic writes it.
    fn keep_for_a_crash(&mut self, document: &Document) {
        let state = (document.revision(), document.is_dirty());
        if self.kept_for_crash == Some(state) {
            return;
        }
        self.kept_for_crash = Some(state);
        let unsaved = self
            .recovery_path(document)
            .filter(|_| document.is_dirty())
            .map(|path| super::crash_guard::Unsaved {
                path,
                of_file: document.path().map(ToOwned::to_owned),
                last_edit: document.last_edit().unwrap_or_else(Local::now),
                data: document.snapshot(),
            });
        super::crash_guard::remember(unsaved);
    }

    fn write_recovery_when_due(
        &mut self,
        document: &mut Document,
        wake: &mut impl FnMut(Duration),
    ) -> Vec<Effect> {
        let revision = document.revision();
        if !document.is_dirty() || self.writing_recovery || self.recovery_revision == Some(revision)
        {
            return Vec::new();
        }
        if let Some(last) = self.last_recovery_at {
            let since = last.elapsed();
            if since < RECOVERY_INTERVAL {
                wake(RECOVERY_INTERVAL - since);
                return Vec::new();
            }
        }
        let Some(path) = self.recovery_path(document) else {
            return Vec::new();
        };
        let job = FileJob::WriteRecovery {
            path,
            of_file: document.path().map(ToOwned::to_owned),
            last_edit: document.last_edit().unwrap_or_else(Local::now),
            data: document.snapshot(),
            revision,
        };
        self.writing_recovery = true;
        self.recovery_revision = Some(revision);
        self.last_recovery_at = Some(Instant::now());
        self.submit(job, document)
    }

    fn autosave_when_due(
        &mut self,
        document: &mut Document,
        wake: &mut impl FnMut(Duration),
    ) -> Vec<Effect> {
        if !document.is_dirty()
            || document.path().is_none()
            || self.saving.is_some()
            || self.state == SaveState::Conflict
        {
            return Vec::new();
        }
        if let SaveState::Failed {
            retry_at, revision, ..
        } = &self.state
        {
            match retry_at {
                Some(at) if *at > Instant::now() => {
                    wake(*at - Instant::now());
                    return Vec::new();
                }
                Some(_) => {}
                // Waits for the user: an edit since the failure tries again.
                None if *revision == document.revision() => return Vec::new(),
                None => {}
            }
        }
        let since_edit = document
            .last_edit()
            .and_then(|at| (Local::now() - at).to_std().ok())
            .unwrap_or_default();
        if since_edit < self.autosave_delay {
            wake(self.autosave_delay - since_edit);
            return Vec::new();
        }
        self.save(document, false)
    }

    /// Takes the result of one finished file job.
    fn job_done(&mut self, done: JobDone, document: &mut Document) -> Vec<Effect> {
        match done {
            JobDone::Saved {
                path,
                revision,
                result,
            } => self.save_done(document, path, revision, result),
            JobDone::RecoveryWritten { result, .. } => {
                self.writing_recovery = false;
                match result {
                    Ok(()) => Vec::new(),
                    Err(error) => vec![Effect::Status {
                        text: format!("Herstelbestand niet geschreven: {error}"),
                        is_error: true,
                    }],
                }
            }
            JobDone::RecoveryRemoved { result } => match result {
                Ok(()) => Vec::new(),
                Err(text) => vec![Effect::Status {
                    text,
                    is_error: true,
                }],
            },
            JobDone::RecoverySetAside { path, result } => vec![match result {
                Ok(aside) => Effect::Status {
                    text: format!(
                        "Herstelde wijzigingen niet gebruikt; bewaard als {}",
                        aside.display()
                    ),
                    is_error: false,
                },
                Err(error) => Effect::Status {
                    text: format!(
                        "Kan het herstelbestand '{}' niet apart zetten: {error}",
                        path.display()
                    ),
                    is_error: true,
                },
            }],
            JobDone::Exported { result } => written(result, |path| {
                Some(format!("Geëxporteerd naar {}", path.display()))
            }),
            JobDone::FolderMade { result } => written(result, |path| {
                Some(format!("Map gemaakt: {} — klik op Maken.", path.display()))
            }),
            // The merge log: said only when it failed, so the status keeps
            // what the user did.
            JobDone::Appended { result } => written(result, |_| None),
            JobDone::DocumentMade { result } => vec![Effect::DocumentMade(result)],
            JobDone::BackupsDescribed { file, descriptions } => {
                vec![Effect::BackupsDescribed { file, descriptions }]
            }
            JobDone::HandoutWritten { path, result } => vec![Effect::PngWritten(
                result.map(|()| path.clone()).map_err(|error| {
                    format!(
                        "De dia's konden niet als PDF worden bewaard in '{}': {error}",
                        path.display()
                    )
                }),
            )],
            JobDone::PngWritten { path, result } => vec![Effect::PngWritten(
                result.map(|()| path).map_err(|error| error.to_string()),
            )],
        }
    }

    fn save_done(
        &mut self,
        document: &mut Document,
        path: PathBuf,
        revision: u64,
        result: Result<store::Saved, SaveError>,
    ) -> Vec<Effect> {
        self.saving = None;
        let moved_to = self.rebind_to.take().filter(|to| *to == path);
        let still_bound = document.path() == Some(path.as_path());
        let mut effects = Vec::new();
        match result {
            Ok(saved) => {
                if let Some(to) = moved_to {
                    // The recovery file of the old place is no longer needed.
                    effects.extend(self.remove_recovery(document));
                    document.rebind(to, revision, saved.stamp);
                    effects.push(Effect::Status {
                        text: format!("Opgeslagen als {}", path.display()),
                        is_error: false,
                    });
                } else if still_bound {
                    document.mark_saved(revision, saved.stamp);
                }
                self.state = SaveState::SavedAt(Local::now());
                if let Some(warning) = saved.warning {
                    effects.push(Effect::Status {
                        text: warning,
                        is_error: true,
                    });
                }
                if !document.is_dirty() {
                    effects.extend(self.remove_recovery(document));
                }
                // With another save queued, the question's action waits for it.
                let then = if self.save_again {
                    None
                } else {
                    self.after_save.take()
                };
                if let Some(then) = then {
                    effects.push(if document.is_dirty() {
                        Effect::AskAgain(then)
                    } else {
                        Effect::Replace(then)
                    });
                }
            }
            Err(SaveError::ChangedOnDisk { path }) => {
                self.state = SaveState::Conflict;
                self.after_save = None;
                effects.push(Effect::ChangedOnDisk(path));
            }
            Err(error) => {
                // Data outside the limits waits for the user; I/O is retried.
                let retry_at = match error {
                    SaveError::OutOfLimits { .. } => None,
                    _ => Some(Instant::now() + RETRY_AFTER),
                };
                self.state = SaveState::Failed {
                    message: error.to_string(),
                    retry_at,
                    revision,
                };
                if let Some(then) = self.after_save.take() {
                    effects.push(Effect::ErrorDialog(format!(
                        "{error}\n\nEr is niets vervangen; uw wijzigingen zijn er nog (en in het herstelbestand). ({})",
                        then.description_nl()
                    )));
                }
            }
        }
        if std::mem::take(&mut self.save_again) && document.is_dirty() {
            effects.extend(self.save(document, false));
        }
        effects
    }
}

/// The file a save error is about.
fn error_path(error: &SaveError) -> PathBuf {
    match error {
        SaveError::Write { path, .. } | SaveError::ChangedOnDisk { path } => path.clone(),
        _ => PathBuf::new(),
    }
}
