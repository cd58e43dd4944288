//! The eframe app: holds the document and the UI session, applies commands
//! in one place, saves in the background, and starts the window.

mod capture;
mod files;
mod handle;
mod persistence;
mod startup;
mod state;
mod system_fonts;

pub use capture::{CaptureJob, Shot, save_png, slide_file_name};
pub use startup::Startup;
pub use state::{FileDialogs, Status, WijkApp};

use crate::cli::Args;
use crate::ui::settings::UiSettings;

/// The pictures the command line asks for (`--screenshot`, `--export-slides`).
fn command_line_shots(args: &Args, data: &crate::model::Dataset) -> Result<Vec<Shot>, String> {
    if let Some(dir) = &args.export_slides {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("kan map '{}' niet maken: {e}", dir.display()))?;
        let slides = crate::model::slides::shown_slides(data);
        return Ok(slides
            .iter()
            .enumerate()
            .map(|(index, slide)| Shot {
                slide: Some(index),
                path: dir.join(slide_file_name(index + 1, &slide.title(data))),
            })
            .collect());
    }
    if let Some(out) = &args.screenshot {
        let slide = match args.slide {
            Some(0) => return Err("--slide telt vanaf 1".to_owned()),
            Some(number) => {
                let count = crate::model::slides::shown_slides(data).len();
                if number > count {
                    return Err(format!(
                        "er zijn {count} dia's; --slide {number} bestaat niet"
                    ));
                }
                Some(number - 1)
            }
            None => None,
        };
        return Ok(vec![Shot {
            slide,
            path: out.clone(),
        }]);
    }
    Ok(Vec::new())
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
    pub failed: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
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
                .and_then(|storage| eframe::get_value(storage, crate::ui::settings::STORAGE_KEY))
                .unwrap_or_default()
        };
        let (fonts, _in_use) =
            crate::ui::fonts::font_definitions(system_fonts::read_system_fonts());
        cc.egui_ctx.set_fonts(fonts);
        cc.egui_ctx.set_theme(if settings.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        let failed_to_load = startup.failed();
        let message = startup.first_message();
        let mut app = WijkApp::new(startup.document, settings, &cc.egui_ctx);
        app.persistence
            .set_unbound_recovery(startup.unbound_recovery);
        if capturing {
            if failed_to_load {
                eprintln!("Wijkdashboard: {}", message.unwrap_or_default());
                if let Some(flag) = &launch.failed {
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            app.persist_settings = false;
            // Show the first slide in the very first frame: no frame is wasted.
            if let Some(slide) = launch.shots.first().and_then(|shot| shot.slide) {
                app.presenting = true;
                app.presentation.slide = slide;
            }
            app.capture = Some(CaptureJob::new(launch.shots, true));
            app.capture_failed_flag = launch.failed;
            return app;
        }
        for dialog in startup.dialogs {
            app.show_dialog(dialog);
        }
        app.sync_lock();
        if launch.present {
            app.start_presentation(&cc.egui_ctx);
        }
        app
    }
}

/// Starts the window; returns the process exit code.
pub fn run(args: &Args) -> u8 {
    let startup = Startup::prepare(args.file.as_deref());
    let shots = match command_line_shots(args, startup.data()) {
        Ok(shots) => shots,
        Err(message) => {
            eprintln!("Wijkdashboard: {message}");
            return 2;
        }
    };
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
    if args.present && !capturing {
        viewport = viewport.with_fullscreen(true);
    }
    let options = eframe::NativeOptions {
        viewport,
        // Captures are reproducible: no remembered window size or settings.
        persist_window: !capturing,
        ..Default::default()
    };
    let failed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let launch = Launch {
        present: args.present,
        shots,
        failed: Some(std::sync::Arc::clone(&failed)),
    };
    let result = eframe::run_native(
        "Wijkdashboard",
        options,
        Box::new(move |cc| Ok(Box::new(WijkApp::launch(cc, startup, launch)))),
    );
    match result {
        Ok(()) if failed.load(std::sync::atomic::Ordering::Relaxed) => 1,
        Ok(()) => 0,
        Err(error) => {
            eprintln!("Wijkdashboard kon geen venster openen: {error}");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png"));
        assert!(icon.is_ok_and(|icon| icon.width == 256 && icon.height == 256));
    }
}
