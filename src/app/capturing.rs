//! The app's side of a [`CaptureJob`]: showing the slide, asking for the
//! picture, handing it to the file worker, and ending a command-line job.

use std::path::PathBuf;

use super::capture::{CaptureJob, CaptureStep, Shot};
use super::wijk_app::WijkApp;
use crate::document::HandoutSlide;
use crate::model::view::slide_text::slide_text;

impl WijkApp {
    /// Whether the app runs only to take the pictures the command line asked
    /// for (`--screenshot`, `--export-slides`): then it reads the data at
    /// the normal zoom, saves nothing and closes when done.
    pub(super) fn capturing_for_command_line(&self) -> bool {
        self.capture
            .as_ref()
            .is_some_and(super::capture::CaptureJob::exits_when_done)
    }

    /// Saves what the window shows in the next frame as a PNG at `path`.
    pub(super) fn capture_view(&mut self, path: PathBuf, ctx: &egui::Context) {
        let path = crate::store::with_extension(path, "png");
        self.capture = Some(CaptureJob::new(vec![Shot { slide: None, path }], false));
        ctx.request_repaint();
    }

    /// *Dia's als PDF…*: shows every chosen slide in turn, takes its
    /// picture and writes them as one PDF, then goes back to editing.
    pub(super) fn capture_handout(&mut self, path: PathBuf, ctx: &egui::Context) {
        let path = crate::store::with_extension(path, "pdf");
        let slides = self.slide_pages(ctx).len();
        if slides == 0 {
            self.set_status("Er zijn geen dia's gekozen (Beeld → Dia's kiezen…).", true);
            return;
        }
        let mut job = CaptureJob::handout(slides, path, false);
        if !self.session.is_presenting() {
            job = job.stopping_presentation();
        }
        self.capture = Some(job);
        self.set_status(
            format!("De {slides} dia's worden vastgelegd voor de PDF…"),
            false,
        );
        ctx.request_repaint();
    }

    /// Advances a running capture job; called once per frame.
    pub(super) fn step_capture(&mut self, ctx: &egui::Context) {
        loop {
            let shown = self.session.presentation().map(|p| p.slide);
            let Some(job) = self.capture.as_mut() else {
                return;
            };
            match job.step(shown) {
                CaptureStep::Wait => return,
                CaptureStep::ShowSlide(slide) => {
                    self.present_slide(slide);
                    ctx.request_repaint();
                    return;
                }
                CaptureStep::TakePicture => {
                    job.take_picture(ctx);
                    return;
                }
                CaptureStep::Write(path, image) => {
                    let command_line = job.exits_when_done();
                    let effects = self.persistence.write_png(&mut self.document, path, &image);
                    self.apply_effects(effects);
                    if command_line {
                        // Nothing else runs in this mode: wait for the file.
                        self.finish_file_work();
                    }
                }
                CaptureStep::WriteHandout(path, pictures) => {
                    let command_line = job.exits_when_done();
                    let slides = self.handout_slides(pictures, ctx);
                    let title = format!("Dia's — {}", self.document.data().title);
                    let effects =
                        self.persistence
                            .write_handout(&mut self.document, path, title, slides);
                    self.apply_effects(effects);
                    if command_line {
                        self.finish_file_work();
                    }
                }
                CaptureStep::Done => {
                    self.finish_capture();
                    return;
                }
            }
        }
    }

    /// A picture was written (or not).
    pub(super) fn png_written(&mut self, result: Result<PathBuf, String>) {
        if let Some(job) = self.capture.as_mut() {
            job.written(result);
        }
    }

    /// The pictures with each slide's words.
    fn handout_slides(
        &self,
        pictures: Vec<(usize, std::sync::Arc<egui::ColorImage>)>,
        ctx: &egui::Context,
    ) -> Vec<HandoutSlide> {
        let data = self.document.data();
        let pages = self.slide_pages(ctx);
        pictures
            .into_iter()
            .filter_map(|(index, image)| {
                let page = pages.get(index)?;
                Some(HandoutSlide {
                    text: slide_text(data, self.document.derived(), page),
                    image,
                })
            })
            .collect()
    }

    fn finish_capture(&mut self) {
        let Some(job) = self.capture.take() else {
            return;
        };
        if job.stops_presentation() {
            self.session.mode = super::session::Mode::Editing;
        }
        if job.exits_when_done() {
            // The data file was only read and settings are not kept in this
            // mode; closing through eframe would cost two more frames.
            let _ = std::io::Write::flush(&mut std::io::stdout());
            std::process::exit(job.exit_code());
        }
        match job.outcome() {
            Some(Err(error)) if job.is_handout() => {
                self.set_status(
                    format!("De PDF met de dia's is niet opgeslagen: {error}"),
                    true,
                );
            }
            Some(Err(error)) => {
                self.set_status(format!("Afbeelding niet opgeslagen: {error}"), true);
            }
            Some(Ok(path)) if job.is_handout() => {
                self.set_status(
                    format!("De dia's zijn als PDF opgeslagen: {}", path.display()),
                    false,
                );
            }
            Some(Ok(path)) => {
                self.set_status(format!("Afbeelding opgeslagen: {}", path.display()), false);
            }
            None => {}
        }
    }
}
