//! Pictures of what the window shows, as PNG: one view or slide from the
//! menu, `--screenshot`, and `--export-slides`. eframe's screenshot command
//! gives the picture exactly as the window shows it; the file worker writes
//! it. [`CaptureJob`] keeps track of a series of pictures.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// One picture to take.
#[derive(Clone, Debug)]
pub struct Shot {
    /// The slide to show first (index into the shown slides), or `None` for what is on screen.
    pub slide: Option<usize>,
    /// Where the PNG goes.
    pub path: PathBuf,
}

/// What the job needs next.
#[derive(Debug, PartialEq)]
pub(super) enum CaptureStep {
    /// Nothing now.
    Wait,
    /// Show this slide (presenting); the picture follows a frame later.
    ShowSlide(usize),
    /// Ask eframe for a picture of the frame just drawn.
    TakePicture,
    /// Write this picture here.
    Write(PathBuf, Arc<egui::ColorImage>),
    /// Every picture is taken and written.
    Done,
}

/// A series of pictures being taken.
#[derive(Debug)]
pub struct CaptureJob {
    shots: VecDeque<Shot>,
    pending: Option<Shot>,
    frames_to_wait: u8,
    requested: bool,
    /// Pictures handed to the file worker and not yet written.
    writing: usize,
    /// Close the program when done (command-line use).
    exit_when_done: bool,
    errors: Vec<String>,
    written: Vec<PathBuf>,
    /// Where the screenshot callback leaves the picture.
    arrived: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
    /// Set when a command-line picture failed (exit code 1).
    failed: Option<Arc<AtomicBool>>,
}

impl CaptureJob {
    /// A job for these shots. `exit_when_done`: a command-line job, which
    /// prints each file written and ends the program after the last.
    pub fn new(shots: Vec<Shot>, exit_when_done: bool) -> Self {
        Self {
            shots: shots.into(),
            pending: None,
            frames_to_wait: 0,
            requested: false,
            writing: 0,
            exit_when_done,
            errors: Vec::new(),
            written: Vec::new(),
            arrived: Arc::default(),
            failed: None,
        }
    }

    /// Reports failures through `flag` as well (the exit code).
    pub fn with_failure_flag(mut self, flag: Option<Arc<AtomicBool>>) -> Self {
        self.failed = flag;
        self
    }

    /// Whether this is a command-line job.
    pub fn exits_when_done(&self) -> bool {
        self.exit_when_done
    }

    /// The next step; `shown_slide` is the slide on screen now, if presenting.
    pub(super) fn step(&mut self, shown_slide: Option<usize>) -> CaptureStep {
        let arrived = self.arrived.lock().ok().and_then(|mut slot| slot.take());
        if let Some(image) = arrived
            && let Some(shot) = self.pending.take()
        {
            self.requested = false;
            self.writing += 1;
            return CaptureStep::Write(shot.path, image);
        }
        if self.pending.is_none() {
            let Some(shot) = self.shots.pop_front() else {
                return if self.writing == 0 {
                    CaptureStep::Done
                } else {
                    CaptureStep::Wait
                };
            };
            self.frames_to_wait = 0;
            let slide = shot.slide;
            self.pending = Some(shot);
            // A slide that is not on screen yet needs one frame to be drawn.
            if let Some(slide) = slide
                && shown_slide != Some(slide)
            {
                self.frames_to_wait = 1;
                return CaptureStep::ShowSlide(slide);
            }
        }
        if self.requested {
            return CaptureStep::Wait;
        }
        if self.frames_to_wait > 0 {
            self.frames_to_wait -= 1;
            return CaptureStep::Wait;
        }
        self.requested = true;
        CaptureStep::TakePicture
    }

    /// Asks eframe for a picture of the frame just drawn; it arrives by the
    /// next frame.
    pub(super) fn take_picture(&self, ctx: &egui::Context) {
        let slot = Arc::clone(&self.arrived);
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            if let Ok(mut slot) = slot.lock() {
                *slot = Some(image);
            }
            repaint.request_repaint();
        });
    }

    /// Records a written (or failed) picture; on the command line it says
    /// so on standard output or standard error.
    pub(super) fn written(&mut self, result: Result<PathBuf, String>) {
        self.writing = self.writing.saturating_sub(1);
        match result {
            Ok(path) => {
                if self.exit_when_done {
                    println!("{}", path.display());
                }
                self.written.push(path);
            }
            Err(error) => {
                if self.exit_when_done {
                    eprintln!("Wijkdashboard: {error}");
                }
                if let Some(flag) = &self.failed {
                    flag.store(true, Ordering::Relaxed);
                }
                self.errors.push(error);
            }
        }
    }

    /// What to tell the user when the job is done: the first error, or the
    /// first file written.
    pub(super) fn outcome(&self) -> Option<Result<&PathBuf, &String>> {
        match (self.errors.first(), self.written.first()) {
            (Some(error), _) => Some(Err(error)),
            (None, Some(path)) => Some(Ok(path)),
            (None, None) => None,
        }
    }

    /// The exit code of a command-line job: 1 when a picture failed or the
    /// data could not be loaded.
    pub(super) fn exit_code(&self) -> i32 {
        let failed = self
            .failed
            .as_ref()
            .is_some_and(|flag| flag.load(Ordering::Relaxed));
        i32::from(failed || !self.errors.is_empty())
    }
}

/// File name of a slide in an export: `dia-03-wijk-overvecht.png`.
pub fn slide_file_name(number: usize, title: &str) -> String {
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("dia-{number:02}-{slug}.png")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slide_files_are_numbered_and_readable() {
        assert_eq!(
            slide_file_name(3, "Wijk Vleuten-De Meern"),
            "dia-03-wijk-vleuten-de-meern.png"
        );
        assert_eq!(
            slide_file_name(12, "Budget en bezuiniging"),
            "dia-12-budget-en-bezuiniging.png"
        );
    }

    #[test]
    fn a_job_shows_the_slide_then_takes_and_writes_its_picture() {
        let shot = |slide| Shot {
            slide: Some(slide),
            path: PathBuf::from(format!("dia-{slide}.png")),
        };
        let mut job = CaptureJob::new(vec![shot(2), shot(3)], false);
        assert_eq!(job.step(None), CaptureStep::ShowSlide(2));
        assert_eq!(job.step(Some(2)), CaptureStep::Wait, "one frame to draw it");
        assert_eq!(job.step(Some(2)), CaptureStep::TakePicture);
        assert_eq!(
            job.step(Some(2)),
            CaptureStep::Wait,
            "the picture is on its way"
        );
        let picture = Arc::new(egui::ColorImage::filled([2, 2], egui::Color32::WHITE));
        if let Ok(mut slot) = job.arrived.lock() {
            *slot = Some(Arc::clone(&picture));
        }
        assert!(matches!(
            job.step(Some(2)),
            CaptureStep::Write(path, _) if path.as_os_str() == "dia-2.png"
        ));
        assert_eq!(job.step(Some(2)), CaptureStep::ShowSlide(3));
        job.written(Ok(PathBuf::from("dia-2.png")));
        assert_eq!(job.outcome(), Some(Ok(&PathBuf::from("dia-2.png"))));
        assert_eq!(job.exit_code(), 0);
    }
}
