//! Starting the window: what the command line asks (a file, presenting,
//! pictures), the app as `main` and the UI tests build it, and eframe.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::capture::{CaptureJob, Shot, slide_file_name};
use super::startup::Startup;
use super::system_fonts;
use super::wijk_app::WijkApp;
use crate::model::Dataset;
use crate::model::slides::shown_slides;
use crate::ui::settings::{STORAGE_KEY, UiSettings};
use crate::ui::widgets::fonts;

/// What the command line asks of the window.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// The data file (default: the user's own).
    pub file: Option<PathBuf>,
    /// Start in presentation mode.
    pub present: bool,
    /// Write one view or slide to this PNG and exit.
    pub screenshot: Option<PathBuf>,
    /// With `screenshot`: the slide number, from 1.
    pub slide: Option<usize>,
    /// Write every chosen slide into this folder and exit.
    pub export_slides: Option<PathBuf>,
}

/// How the window starts, beside the document: presentation mode, pictures
/// to take and exit.
#[derive(Default)]
pub struct Launch {
    /// Start in presentation mode.
    pub present: bool,
    /// Pictures to take, then exit (command line).
    pub shots: Vec<Shot>,
    /// Set when a command-line picture failed (exit code 1).
    pub failed: Option<Arc<AtomicBool>>,
}

/// The pictures the command line asks for (`--screenshot`, `--export-slides`).
fn command_line_shots(options: &RunOptions, data: &Dataset) -> Result<Vec<Shot>, String> {
    if let Some(dir) = &options.export_slides {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("kan map '{}' niet maken: {e}", dir.display()))?;
        return Ok(shown_slides(data)
            .iter()
            .enumerate()
            .map(|(index, slide)| Shot {
                slide: Some(index),
                path: dir.join(slide_file_name(index + 1, &slide.title(data))),
            })
            .collect());
    }
    let Some(out) = &options.screenshot else {
        return Ok(Vec::new());
    };
    let slide = match options.slide {
        Some(0) => return Err("--slide telt vanaf 1".to_owned()),
        Some(number) => {
            let count = shown_slides(data).len();
            if number > count {
                return Err(format!(
                    "er zijn {count} dia's; --slide {number} bestaat niet"
                ));
            }
            Some(number - 1)
        }
        None => None,
    };
    Ok(vec![Shot {
        slide,
        path: out.clone(),
    }])
}

impl WijkApp {
    /// The app as `main` starts it: remembered UI settings, the startup
    /// questions (recovery, lock, a broken file), presentation or capture.
    /// The UI tests build the app through this same function.
    pub fn launch(cc: &eframe::CreationContext<'_>, startup: Startup, launch: Launch) -> Self {
        let capturing = !launch.shots.is_empty();
        let settings: UiSettings = if capturing {
            UiSettings::default()
        } else {
            cc.storage
                .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
                .unwrap_or_default()
        };
        let (font_definitions, _in_use) =
            fonts::font_definitions(system_fonts::read_system_fonts());
        cc.egui_ctx.set_fonts(font_definitions);
        crate::ui::widgets::palette::apply_visuals(&cc.egui_ctx);
        cc.egui_ctx.set_theme(if settings.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // No remembered window yet: this is the first start on this computer.
        let first_start = !capturing
            && cc
                .storage
                .and_then(|storage| storage.get_string("window"))
                .is_none();
        let failed_to_load = startup.failed();
        let message = startup.first_message();
        let (document, dialogs, unbound_recovery) = startup.into_parts();
        let mut app = WijkApp::new(document, settings, &cc.egui_ctx);
        app.persistence.set_unbound_recovery(unbound_recovery);
        if capturing {
            if failed_to_load {
                eprintln!("Wijkdashboard: {}", message.unwrap_or_default());
                if let Some(flag) = &launch.failed {
                    flag.store(true, Ordering::Relaxed);
                }
            }
            app.session.persist_settings = false;
            // Show the first slide in the very first frame: no frame is wasted.
            if let Some(slide) = launch.shots.first().and_then(|shot| shot.slide) {
                app.present_slide(slide);
            }
            app.capture =
                Some(CaptureJob::new(launch.shots, true).with_failure_flag(launch.failed));
            return app;
        }
        app.session.fill_screen = first_start;
        for dialog in dialogs {
            app.dialogs.show(dialog);
        }
        app.sync_lock();
        if launch.present {
            app.start_presentation(&cc.egui_ctx);
        }
        app
    }
}

/// How the window opens. The first time maximised, like the platform's own
/// programs; after that eframe puts it back where and as large as the user
/// left it (on the primary screen when that screen is gone). Pictures are
/// taken at a fixed size and remember nothing.
fn native_options(options: &RunOptions, shots: &[Shot]) -> eframe::NativeOptions {
    let capturing = !shots.is_empty();
    let slides = shots.iter().any(|shot| shot.slide.is_some());
    let size = if slides {
        [1920.0, 1080.0]
    } else {
        [1366.0, 768.0]
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Wijkdashboard")
        .with_app_id("wijkdashboard")
        .with_inner_size(size)
        .with_min_inner_size([900.0, 560.0]);
    // The icon is embedded; a broken one would only cost the window its icon.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    if !capturing {
        // Remembered window settings override this from the second start on.
        viewport = viewport.with_maximized(true);
        if options.present {
            viewport = viewport.with_fullscreen(true);
        }
    }
    eframe::NativeOptions {
        viewport,
        // Captures are reproducible: no remembered window size or settings.
        persist_window: !capturing,
        ..Default::default()
    }
}

/// Starts the window; returns the process exit code.
pub fn run(options: &RunOptions) -> u8 {
    let startup = Startup::prepare(options.file.as_deref());
    let shots = match command_line_shots(options, startup.data()) {
        Ok(shots) => shots,
        Err(message) => {
            eprintln!("Wijkdashboard: {message}");
            return 2;
        }
    };
    let native = native_options(options, &shots);
    let failed = Arc::new(AtomicBool::new(false));
    let launch = Launch {
        present: options.present,
        shots,
        failed: Some(Arc::clone(&failed)),
    };
    let result = eframe::run_native(
        "Wijkdashboard",
        native,
        Box::new(move |cc| Ok(Box::new(WijkApp::launch(cc, startup, launch)))),
    );
    match result {
        Ok(()) if failed.load(Ordering::Relaxed) => 1,
        Ok(()) => 0,
        Err(error) => {
            eprintln!("Wijkdashboard kon geen venster openen: {error}");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_opens_maximised_and_remembers_unless_it_takes_pictures() {
        let window = native_options(&RunOptions::default(), &[]);
        assert_eq!(window.viewport.maximized, Some(true));
        assert!(window.persist_window, "eframe keeps its size and place");
        let shot = Shot {
            slide: Some(0),
            path: PathBuf::from("dia.png"),
        };
        let picture = native_options(&RunOptions::default(), &[shot]);
        assert_ne!(picture.viewport.maximized, Some(true));
        assert_eq!(
            picture.viewport.inner_size,
            Some(egui::vec2(1920.0, 1080.0))
        );
        assert!(!picture.persist_window);
    }

    #[test]
    fn the_window_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png"));
        assert!(icon.is_ok_and(|icon| icon.width == 256 && icon.height == 256));
    }
}
