//! Pictures of what the window shows, as PNG: one view or slide from the
//! menu, `--screenshot`, and `--export-slides`; or every chosen slide
//! collected for the PDF hand-out (*Dia's als PDF…*, `--export-slides-pdf`). eframe's screenshot command
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
    /// Every slide is taken: write them (slide index, picture) as the
    /// hand-out at this path.
    WriteHandout(PathBuf, Vec<(usize, Arc<egui::ColorImage>)>),
    /// Every picture is taken and written.
    Done,
}

/// A series of pictures being taken.
#[derive(Debug)]
pub(super) struct CaptureJob {
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
    /// The hand-out the pictures are collected for, if any.
    handout: Option<Handout>,
    /// Leave presentation mode when done (the hand-out from the menu).
    stop_presenting: bool,
}

/// The pictures of a hand-out being collected.
#[derive(Debug)]
struct Handout {
    path: PathBuf,
    pictures: Vec<(usize, Arc<egui::ColorImage>)>,
    handed_over: bool,
}

impl CaptureJob {
    /// A job for these shots. `exit_when_done`: a command-line job, which
    /// prints each file written and ends the program after the last.
    pub(super) fn new(shots: Vec<Shot>, exit_when_done: bool) -> Self {
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
            handout: None,
            stop_presenting: false,
        }
    }

    /// A job that takes slides `0..slides` and writes them as one PDF
    /// hand-out at `path`.
    pub(super) fn handout(slides: usize, path: PathBuf, exit_when_done: bool) -> Self {
        let shots = (0..slides)
            .map(|slide| Shot {
                slide: Some(slide),
                path: path.clone(),
            })
            .collect();
        Self {
            handout: Some(Handout {
                path,
                pictures: Vec::new(),
                handed_over: false,
            }),
            ..Self::new(shots, exit_when_done)
        }
    }

    /// Leaves presentation mode when done: it was started for the job.
    pub(super) fn stopping_presentation(mut self) -> Self {
        self.stop_presenting = true;
        self
    }

    /// Whether the job makes the PDF hand-out.
    pub(super) fn is_handout(&self) -> bool {
        self.handout.is_some()
    }

    /// Whether presentation mode is to be left when done.
    pub(super) fn stops_presentation(&self) -> bool {
        self.stop_presenting
    }

    /// Reports failures through `flag` as well (the exit code).
    pub(super) fn with_failure_flag(mut self, flag: Option<Arc<AtomicBool>>) -> Self {
        self.failed = flag;
        self
    }

    /// Whether this is a command-line job.
    pub(super) fn exits_when_done(&self) -> bool {
        self.exit_when_done
    }

    /// The next step; `shown_slide` is the slide on screen now, if presenting.
    pub(super) fn step(&mut self, shown_slide: Option<usize>) -> CaptureStep {
        let arrived = self.arrived.lock().ok().and_then(|mut slot| slot.take());
        if let Some(image) = arrived
            && let Some(shot) = self.pending.take()
        {
            self.requested = false;
            match &mut self.handout {
                Some(handout) => handout.pictures.push((shot.slide.unwrap_or(0), image)),
                None => {
                    self.writing += 1;
                    return CaptureStep::Write(shot.path, image);
                }
            }
        }
        if self.pending.is_none() {
            let Some(shot) = self.shots.pop_front() else {
                if let Some(handout) = &mut self.handout
                    && !handout.handed_over
                {
                    handout.handed_over = true;
                    self.writing += 1;
                    return CaptureStep::WriteHandout(
                        handout.path.clone(),
                        std::mem::take(&mut handout.pictures),
                    );
                }
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
    fn a_hand_out_collects_every_slide_then_writes_them_once() {
        let mut job = CaptureJob::handout(2, PathBuf::from("dias.pdf"), false);
        let picture = Arc::new(egui::ColorImage::filled([2, 2], egui::Color32::WHITE));
        for slide in 0..2 {
            assert_eq!(job.step(None), CaptureStep::ShowSlide(slide));
            assert_eq!(job.step(Some(slide)), CaptureStep::Wait);
            assert_eq!(job.step(Some(slide)), CaptureStep::TakePicture);
            if let Ok(mut slot) = job.arrived.lock() {
                *slot = Some(Arc::clone(&picture));
            }
            if slide == 0 {
                // Collected, not written: the next slide is shown at once.
                assert_eq!(job.step(Some(0)), CaptureStep::ShowSlide(1));
                assert_eq!(job.step(Some(1)), CaptureStep::Wait);
                assert_eq!(job.step(Some(1)), CaptureStep::TakePicture);
                if let Ok(mut slot) = job.arrived.lock() {
                    *slot = Some(Arc::clone(&picture));
                }
                break;
            }
        }
        match job.step(Some(1)) {
            CaptureStep::WriteHandout(path, pictures) => {
                assert_eq!(path, PathBuf::from("dias.pdf"));
                assert_eq!(pictures.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1]);
            }
            other => panic!("expected the hand-out, got {other:?}"),
        }
        assert_eq!(job.step(Some(1)), CaptureStep::Wait, "being written");
        job.written(Ok(PathBuf::from("dias.pdf")));
        assert_eq!(job.step(Some(1)), CaptureStep::Done);
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
