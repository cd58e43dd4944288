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
    /// Where the screenshot callback leaves the picture.
    arrived: Arc<Mutex<Option<Arc<egui::ColorImage>>>>,
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
        let screenshot = job.arrived.lock().ok().and_then(|mut slot| slot.take());
        if let (Some(image), Some(shot)) = (screenshot, job.pending.as_ref())
            && job.requested
        {
            match save_png(&shot.path, &image) {
                Ok(()) => job.written.push(shot.path.clone()),
                Err(error) => job.errors.push(error),
            }
            job.pending = None;
            job.requested = false;
        }
        if job.pending.is_none() {
            match job.shots.pop_front() {
                Some(shot) => {
                    if let Some(slide) = shot.slide {
                        self.presenting = true;
                        self.presentation.slide = slide;
                    }
                    job.pending = Some(shot);
                    // Let the layout settle for two frames before the picture.
                    job.frames_to_wait = 2;
                }
                None => {
                    self.finish_capture(ctx, job);
                    return;
                }
            }
        } else if !job.requested {
            if job.frames_to_wait == 0 {
                let slot = Arc::clone(&job.arrived);
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(image);
                    }
                    repaint.request_repaint();
                });
                job.requested = true;
            } else {
                job.frames_to_wait -= 1;
            }
        }
        // Bounded: the job ends when its shots are taken.
        ctx.request_repaint();
        self.capture = Some(job);
    }

    fn finish_capture(&mut self, ctx: &egui::Context, job: CaptureJob) {
        if job.exit_when_done {
            for path in &job.written {
                println!("{}", path.display());
            }
            for error in &job.errors {
                eprintln!("Wijkdashboard: {error}");
            }
            if !job.errors.is_empty()
                && let Some(flag) = &self.capture_failed_flag
            {
                flag.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            self.run(super::AppCommand::Quit, ctx);
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
