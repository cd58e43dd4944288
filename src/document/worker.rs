//! The file worker: one background thread that writes every file the app
//! writes (saves, recovery files, exports, pictures, the council's
//! documents), so the UI thread never
//! waits for a disk. The frame only polls for results; the worker wakes the
//! UI when one is ready.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Local};

use crate::model::Dataset;
use crate::publish::{DocumentRequest, Progress};
use crate::store::{self, ExportFormat, SaveError, SaveOptions, Saved};

/// Work for the file worker.
#[derive(Debug)]
pub enum FileJob {
    /// Save `data` (revision `revision`) to `path`.
    Save {
        /// The file.
        path: PathBuf,
        /// The data as it was when the save was asked.
        data: Arc<Dataset>,
        /// Its revision.
        revision: u64,
        /// Backup and comparison with what the file should hold.
        options: SaveOptions,
    },
    /// Write the recovery file `path` for `data` (revision `revision`).
    WriteRecovery {
        /// The recovery file.
        path: PathBuf,
        /// The data file it belongs to.
        of_file: Option<PathBuf>,
        /// When the last edit was made.
        last_edit: DateTime<Local>,
        /// The data.
        data: Arc<Dataset>,
        /// Its revision.
        revision: u64,
    },
    /// Remove the recovery file `path` (after a save).
    RemoveRecovery {
        /// The recovery file.
        path: PathBuf,
    },
    /// Set the recovery file `path` aside (the user chose not to restore
    /// it): renamed, never deleted.
    SetAsideRecovery {
        /// The recovery file.
        path: PathBuf,
    },
    /// Export `data` as `format` to `path` (a folder for CSV).
    Export {
        /// What to write.
        format: ExportFormat,
        /// Where (the extension is added when there is none).
        path: PathBuf,
        /// The data as it was when the export was asked.
        data: Arc<Dataset>,
        /// Include the contact persons.
        include_personal: bool,
    },
    /// Make a document (Word, PDF or both) of `data` and write it,
    /// reporting each step in `progress`.
    MakeDocument {
        /// Which document, what goes in, where it goes.
        request: Box<DocumentRequest>,
        /// The data as it was when the document was asked.
        data: Arc<Dataset>,
        /// Where the work stands, for the progress dialog.
        progress: SharedProgress,
    },
    /// Make a folder the user asked for (and the folders above it).
    MakeFolder {
        /// The folder.
        path: PathBuf,
    },
    /// Read the backups of `file` and say what changed after each (for
    /// *Wat is er veranderd?*).
    DescribeBackups {
        /// The data file.
        file: PathBuf,
        /// Its backups, newest first.
        backups: Vec<crate::store::Backup>,
    },
    /// Add `text` to the end of the text file `path` (the merge log).
    AppendFile {
        /// The file (made when it is not there).
        path: PathBuf,
        /// What to add.
        text: String,
    },
    /// Write a file someone asked for (the change report as CSV).
    WriteFile {
        /// Where.
        path: PathBuf,
        /// What.
        bytes: Vec<u8>,
    },
    /// Write the slides as a PDF hand-out.
    WriteHandout {
        /// Where.
        path: PathBuf,
        /// The hand-out's title.
        title: String,
        /// Each slide's words and picture (RGBA pixels, not yet PNG).
        slides: Vec<HandoutSlide>,
    },
    /// Write a picture of the window as PNG.
    WritePng {
        /// Where.
        path: PathBuf,
        /// Its width in pixels.
        width: u32,
        /// Its height in pixels.
        height: u32,
        /// Its pixels, 4 bytes (RGBA) each.
        rgba: Vec<u8>,
    },
}

/// One slide for [`FileJob::WriteHandout`].
#[derive(Debug)]
pub struct HandoutSlide {
    /// Its words.
    pub text: crate::model::view::slide_text::SlideText,
    /// Its picture.
    pub image: Arc<egui::ColorImage>,
}

/// What the worker did.
#[derive(Debug)]
pub enum JobDone {
    /// A save finished.
    Saved {
        /// The file.
        path: PathBuf,
        /// The revision written.
        revision: u64,
        /// The outcome.
        result: Result<Saved, SaveError>,
    },
    /// A recovery file was written (or not).
    RecoveryWritten {
        /// The revision written.
        revision: u64,
        /// The outcome.
        result: Result<(), SaveError>,
    },
    /// A recovery file was removed (or not).
    RecoveryRemoved {
        /// The outcome, as a Dutch message on failure.
        result: Result<(), String>,
    },
    /// A recovery file was set aside (or not).
    RecoverySetAside {
        /// The recovery file.
        path: PathBuf,
        /// Where it went, or why it could not.
        result: Result<PathBuf, String>,
    },
    /// An export was written (or not).
    Exported {
        /// The outcome: where it went.
        result: Result<PathBuf, SaveError>,
    },
    /// A folder was made (or not).
    FolderMade {
        /// The outcome: the folder.
        result: Result<PathBuf, SaveError>,
    },
    /// The backups of `file` were read: what changed after each, in order.
    BackupsDescribed {
        /// The data file.
        file: PathBuf,
        /// One line per backup.
        descriptions: Vec<String>,
    },
    /// Lines were added to a log beside the data (the merge log), or not:
    /// said only when it failed, so the status keeps what the user did.
    Appended {
        /// The outcome: the log's path.
        result: Result<PathBuf, SaveError>,
    },
    /// A document was made (or not).
    DocumentMade {
        /// The files written, or why not (Dutch).
        result: Result<Vec<PathBuf>, String>,
    },
    /// The hand-out was written (or not).
    HandoutWritten {
        /// Where it was to go.
        path: PathBuf,
        /// The outcome, as a Dutch message on failure.
        result: Result<(), String>,
    },
    /// A picture was written (or not).
    PngWritten {
        /// Where it was to go.
        path: PathBuf,
        /// The outcome.
        result: Result<(), SaveError>,
    },
}

/// Where a long job stands, shared between the worker (which sets it) and
/// the UI (which shows it).
#[derive(Clone, Debug, Default)]
pub struct SharedProgress(Arc<Mutex<Option<Progress>>>);

impl SharedProgress {
    /// The step under way (`None`: not begun).
    pub fn get(&self) -> Option<Progress> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn set(&self, progress: Progress) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(progress);
    }
}

/// The handle of the worker thread. Dropping it finishes the queued jobs.
pub struct FileWorker {
    wake: Waker,
    jobs: Option<Sender<FileJob>>,
    done: Receiver<JobDone>,
    thread: Option<std::thread::JoinHandle<()>>,
    busy: usize,
}

/// Called by the worker after each job, e.g. to repaint the UI.
pub(super) type Waker = Arc<dyn Fn() + Send + Sync>;

impl FileWorker {
    /// Starts the worker; `wake` is called after every finished job.
    pub fn start(wake: Waker) -> Self {
        let (jobs, incoming) = channel::<FileJob>();
        let (finished, done) = channel();
        let worker_wake = Arc::clone(&wake);
        let thread = std::thread::Builder::new()
            .name("wijkdashboard-bestanden".into())
            .spawn(move || {
                for job in incoming {
                    if finished.send(run(job, &worker_wake)).is_err() {
                        break;
                    }
                    worker_wake();
                }
            })
            .ok();
        Self {
            wake,
            jobs: Some(jobs),
            done,
            thread,
            busy: 0,
        }
    }

    /// Queues a job. Without a worker thread (it could not start) the job
    /// runs here, so nothing is lost.
    pub fn submit(&mut self, job: FileJob) -> Option<JobDone> {
        let job = match (&self.thread, &self.jobs) {
            (Some(_), Some(jobs)) => match jobs.send(job) {
                Ok(()) => {
                    self.busy += 1;
                    return None;
                }
                Err(error) => error.0,
            },
            _ => job,
        };
        Some(run(job, &self.wake))
    }

    /// The results that are ready.
    pub fn poll(&mut self) -> Vec<JobDone> {
        let results: Vec<JobDone> = self.done.try_iter().collect();
        self.busy = self.busy.saturating_sub(results.len());
        results
    }

    /// Waits for every queued job and returns the results (at exit, in tests).
    pub fn wait(&mut self) -> Vec<JobDone> {
        let mut results = Vec::new();
        while self.busy > 0 {
            match self.done.recv() {
                Ok(result) => {
                    self.busy -= 1;
                    results.push(result);
                }
                Err(_) => break,
            }
        }
        results
    }
}

impl Drop for FileWorker {
    fn drop(&mut self) {
        // Closing the channel ends the thread once the queue is done.
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Adds `text` to the end of `path`, synced to disk.
fn append(path: &std::path::Path, text: &str) -> Result<(), SaveError> {
    use std::io::Write as _;
    let error = |e: std::io::Error| SaveError::Write {
        path: path.to_owned(),
        reason: crate::store::io_reason(&e),
    };
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(error)?;
    file.write_all(text.as_bytes()).map_err(error)?;
    file.sync_all().map_err(error)
}

/// Does one job; `wake` tells the UI of progress within a long one.
fn run(job: FileJob, wake: &Waker) -> JobDone {
    match job {
        FileJob::Save {
            path,
            data,
            revision,
            options,
        } => {
            let result = store::save_with(&path, &data, &options);
            JobDone::Saved {
                path,
                revision,
                result,
            }
        }
        FileJob::WriteRecovery {
            path,
            of_file,
            last_edit,
            data,
            revision,
        } => JobDone::RecoveryWritten {
            revision,
            result: store::write_recovery(&path, of_file.as_deref(), last_edit, &data),
        },
        FileJob::SetAsideRecovery { path } => JobDone::RecoverySetAside {
            result: store::set_aside_recovery(&path).map_err(|error| error.to_string()),
            path,
        },
        FileJob::Export {
            format,
            path,
            data,
            include_personal,
        } => JobDone::Exported {
            result: store::export(format, path, &data, include_personal),
        },
        FileJob::MakeFolder { path } => JobDone::FolderMade {
            result: std::fs::create_dir_all(&path)
                .map(|()| path.clone())
                .map_err(|e| SaveError::Write {
                    path,
                    reason: crate::store::io_reason(&e),
                }),
        },
        FileJob::DescribeBackups { file, backups } => JobDone::BackupsDescribed {
            descriptions: store::describe_backups(&file, &backups),
            file,
        },
        FileJob::AppendFile { path, text } => JobDone::Appended {
            result: append(&path, &text).map(|()| path),
        },
        FileJob::WriteFile { path, bytes } => {
            let options = SaveOptions {
                make_backup: false,
                ..SaveOptions::default()
            };
            JobDone::Exported {
                result: store::write_bytes(&path, &bytes, &options).map(|_| path),
            }
        }
        FileJob::MakeDocument {
            request,
            data,
            progress,
        } => {
            let mut report = |step: Progress| {
                progress.set(step);
                wake();
            };
            JobDone::DocumentMade {
                result: request
                    .run(&data, &mut report)
                    .map_err(|error| error.to_string()),
            }
        }
        FileJob::WritePng {
            path,
            width,
            height,
            rgba,
        } => JobDone::PngWritten {
            result: store::write_png(&path, width, height, rgba),
            path,
        },
        FileJob::WriteHandout {
            path,
            title,
            slides,
        } => JobDone::HandoutWritten {
            result: write_handout(&path, &title, &slides),
            path,
        },
        FileJob::RemoveRecovery { path } => JobDone::RecoveryRemoved {
            result: store::remove_recovery(&path).map_err(|error| {
                format!(
                    "Kan het herstelbestand '{}' niet verwijderen: {error}",
                    path.display()
                )
            }),
        },
    }
}

/// Encodes each slide's picture, typesets the hand-out and writes it atomically.
fn write_handout(
    path: &std::path::Path,
    title: &str,
    slides: &[HandoutSlide],
) -> Result<(), String> {
    let pages = slides
        .iter()
        .map(|slide| {
            let [width, height] = slide.image.size.map(|n| u32::try_from(n).unwrap_or(0));
            let rgba: Vec<u8> = slide
                .image
                .pixels
                .iter()
                .flat_map(|p| p.to_array())
                .collect();
            Ok(crate::publish::HandoutPage {
                text: slide.text.clone(),
                png: store::png_bytes(width, height, rgba)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let pdf = crate::publish::handout_pdf(title, &pages).map_err(|e| e.to_string())?;
    let options = store::SaveOptions {
        make_backup: false,
        ..store::SaveOptions::default()
    };
    store::write_bytes(path, &pdf, &options)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
