//! The eframe app: state, commands applied in one place (undo/redo, dirty
//! flag, autosave), file commands and dialogs, and the persisted UI settings.

mod capture;
mod command;
mod dialogs;
mod edit;
mod files;
mod settings;
mod state;

pub use capture::{CaptureJob, Shot, save_png, slide_file_name};
pub use command::AppCommand;
pub use dialogs::{Dialog, PathPurpose};
pub use edit::{Edit, History};
pub use settings::{UiSettings, View};
pub use state::{FileDialogs, Status, WijkApp};

use crate::cli::Args;
use crate::store;

/// Loads the data for the app: the given file, or the user's own file
/// (created from the shipped data on the first start). When it cannot be
/// loaded, the shipped data is shown unbound to any file, with the error, so
/// that nothing overwrites the broken file.
pub fn load_initial(
    file: Option<&std::path::Path>,
) -> (
    crate::model::Dataset,
    Option<std::path::PathBuf>,
    Option<String>,
) {
    let path = match file {
        Some(file) => Ok(file.to_owned()),
        None => store::ensure_user_file(),
    };
    let loaded = path.map_err(|e| e.to_string()).and_then(|path| {
        store::load(&path)
            .map(|data| (data, path.clone()))
            .map_err(|e| format!("{}:{e}", path.display()))
    });
    match loaded {
        Ok((data, path)) => (data, Some(path), None),
        Err(message) => {
            let data = store::default_dataset().unwrap_or_default();
            let text = format!(
                "{message}\n\nDe ingebouwde Utrecht-gegevens worden getoond; uw bestand is niet gewijzigd. Kies Bestand → Back-up terugzetten… of Openen… om verder te gaan."
            );
            (data, None, Some(text))
        }
    }
}

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

/// Starts the window; returns the process exit code.
pub fn run(args: &Args) -> u8 {
    let (data, path, error) = load_initial(args.file.as_deref());
    let shots = match command_line_shots(args, &data) {
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
    let present = args.present;
    let failed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let failed_in_app = std::sync::Arc::clone(&failed);
    let result = eframe::run_native(
        "Wijkdashboard",
        options,
        Box::new(move |cc| {
            let settings: UiSettings = if capturing {
                UiSettings::default()
            } else {
                cc.storage
                    .and_then(|storage| eframe::get_value(storage, settings::STORAGE_KEY))
                    .unwrap_or_default()
            };
            cc.egui_ctx.set_theme(if settings.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            let mut app = WijkApp::new(data, path, settings);
            if let Some(error) = error {
                if capturing {
                    eprintln!("Wijkdashboard: {error}");
                    failed_in_app.store(true, std::sync::atomic::Ordering::Relaxed);
                } else {
                    app.dialog = Some(Dialog::Error(error));
                }
            }
            if present && !capturing {
                app.start_presentation(&cc.egui_ctx);
            }
            if capturing {
                app.persist_settings = false;
                // Show the first slide in the very first frame: no frame is wasted.
                if let Some(slide) = shots.first().and_then(|shot| shot.slide) {
                    app.presenting = true;
                    app.presentation.slide = slide;
                }
                app.capture = Some(CaptureJob::new(shots, true));
                app.capture_failed_flag = Some(failed_in_app);
            }
            Ok(Box::new(app))
        }),
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
