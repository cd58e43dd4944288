//! The eframe app: state, commands applied in one place (undo/redo, dirty
//! flag, autosave), file commands and dialogs, and the persisted UI settings.

mod command;
mod dialogs;
mod edit;
mod files;
mod settings;
mod state;

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

/// Starts the window; returns the process exit code.
pub fn run(args: &Args) -> u8 {
    let (data, path, error) = load_initial(args.file.as_deref());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Wijkdashboard")
        .with_app_id("wijkdashboard")
        .with_inner_size([1366.0, 768.0])
        .with_min_inner_size([900.0, 560.0]);
    if args.present {
        viewport = viewport.with_fullscreen(true);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let present = args.present;
    let result = eframe::run_native(
        "Wijkdashboard",
        options,
        Box::new(move |cc| {
            let settings: UiSettings = cc
                .storage
                .and_then(|storage| eframe::get_value(storage, settings::STORAGE_KEY))
                .unwrap_or_default();
            cc.egui_ctx.set_theme(if settings.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            let mut app = WijkApp::new(data, path, settings);
            if let Some(error) = error {
                app.dialog = Some(Dialog::Error(error));
            }
            if present {
                app.start_presentation(&cc.egui_ctx);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("Wijkdashboard kon geen venster openen: {error}");
            1
        }
    }
}
