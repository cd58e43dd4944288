//! Saving what the window shows as PNG: one view or slide from the menu,
//! `--screenshot`, and `--export-slides`. Works through eframe's screenshot
//! command, so the picture is exactly what the window shows, at its resolution.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::state::WijkApp;

/// One picture to take.
#[derive(Clone, Debug)]
pub struct Shot {
    /// The slide to show first (index into the shown slides), or `None` for what is on screen.
    pub slide: Option<usize>,
    /// Where the PNG goes.
    pub path: PathBuf,
}

/// A series of pictures being taken.
#[derive(Debug, Default)]
pub struct CaptureJob {
    /// Pictures still to take.
    pub shots: VecDeque<Shot>,
    pending: Option<Shot>,
    frames_to_wait: u8,
    requested: bool,
    /// Close the window when done (command-line use).
    pub exit_when_done: bool,
    /// Errors so far, in Dutch.
    pub errors: Vec<String>,
    /// Files written so far.
    pub written: Vec<PathBuf>,
    /// Where the screenshot callback leaves the result of writing the PNG.
    arrived: Arc<Mutex<Option<Result<PathBuf, String>>>>,
}

impl CaptureJob {
    /// A job for these shots.
    pub fn new(shots: Vec<Shot>, exit_when_done: bool) -> Self {
        Self {
            shots: shots.into(),
            exit_when_done,
            ..Self::default()
        }
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

/// Writes an egui screenshot as PNG.
///
/// # Errors
/// A Dutch message when the file cannot be written.
pub fn save_png(path: &Path, image: &egui::ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let (Ok(width), Ok(height)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err("de afbeelding is te groot".to_owned());
    };
    let Some(buffer) = image::RgbaImage::from_raw(width, height, bytes) else {
        return Err("de schermafbeelding heeft een onverwacht formaat".to_owned());
    };
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("kan map '{}' niet maken: {e}", folder.display()))?;
    }
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| format!("kan '{}' niet schrijven: {e}", path.display()))
}

impl WijkApp {
    /// Advances a running capture job; called once per frame.
    pub(crate) fn step_capture(&mut self, ctx: &egui::Context) {
        let Some(mut job) = self.capture.take() else {
            return;
        };
        let arrived = job.arrived.lock().ok().and_then(|mut slot| slot.take());
        if let Some(result) = arrived {
            match result {
                Ok(path) => job.written.push(path),
                Err(error) => job.errors.push(error),
            }
            job.pending = None;
            job.requested = false;
        }
        if job.pending.is_none() {
            let Some(shot) = job.shots.pop_front() else {
                self.finish_capture(ctx, job);
                return;
            };
            // A slide that is not on screen yet needs one frame to be drawn.
            job.frames_to_wait = 0;
            if let Some(slide) = shot.slide
                && (!self.presenting || self.presentation.slide != slide)
            {
                self.presenting = true;
                self.presentation.slide = slide;
                job.frames_to_wait = 1;
            }
            job.pending = Some(shot);
        }
        if let Some(shot) = job.pending.as_ref().filter(|_| !job.requested) {
            if job.frames_to_wait == 0 {
                // The picture is of the frame just drawn; the PNG is written at once.
                let slot = Arc::clone(&job.arrived);
                let path = shot.path.clone();
                let repaint = ctx.clone();
                let command_line = job.exit_when_done;
                let last = job.shots.is_empty();
                let failed_flag = self.capture_failed_flag.clone();
                ctx.request_screenshot(move |image| {
                    let result = save_png(&path, &image).map(|()| path);
                    if command_line {
                        let failed = match &result {
                            Ok(path) => {
                                println!("{}", path.display());
                                false
                            }
                            Err(error) => {
                                eprintln!("Wijkdashboard: {error}");
                                true
                            }
                        };
                        if failed && let Some(flag) = &failed_flag {
                            flag.store(true, std::sync::atomic::Ordering::Relaxed);
                        }
                        if last {
                            // The last picture is written and nothing else is pending: the
                            // data file was only read and settings are not persisted in this
                            // mode. Closing the window through eframe costs two more frames,
                            // so end here, with the exit code of the whole job.
                            let any_failed = failed_flag.as_ref().is_some_and(|flag| {
                                flag.load(std::sync::atomic::Ordering::Relaxed)
                            });
                            let _ = std::io::Write::flush(&mut std::io::stdout());
                            std::process::exit(i32::from(any_failed));
                        }
                    }
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(result);
                    }
                    repaint.request_repaint();
                });
                job.requested = true;
            } else {
                job.frames_to_wait -= 1;
                ctx.request_repaint();
            }
        }
        self.capture = Some(job);
    }

    fn finish_capture(&mut self, ctx: &egui::Context, job: CaptureJob) {
        if job.exit_when_done {
            // Paths and errors were printed as each picture was written, and the
            // last picture's callback already closed the window.
            let _ = ctx;
        } else if let Some(error) = job.errors.first() {
            self.set_status(format!("Afbeelding niet opgeslagen: {error}"), true);
        } else if let Some(path) = job.written.first() {
            self.set_status(format!("Afbeelding opgeslagen: {}", path.display()), false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::slide_file_name;

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
}
