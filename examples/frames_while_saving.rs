//! The longest UI frame while the stress dataset (about 11,6 MB) is saved:
//! `cargo run --release --example frames_while_saving`.
//!
//! The app runs headless (egui::Context, frames of the Wijken view at 60 Hz)
//! on a file in a temporary folder. One platform is renamed, then Ctrl+S is
//! given; every frame until the background save is done is timed (building
//! the UI and tessellating it), as is the frame of the edit itself.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use stress::{StressSize, stress_dataset};
use wijkdashboard::app::WijkApp;
use wijkdashboard::command::{Message, UiCommand};
use wijkdashboard::document::{Document, Edit, FileBinding};
use wijkdashboard::store;
use wijkdashboard::ui::settings::UiSettings;

#[path = "../benches/support/headless.rs"]
mod headless;
#[path = "../benches/support/stress.rs"]
mod stress;

/// One frame, timed.
fn frame(ctx: &egui::Context, app: &mut WijkApp, number: u32) -> Duration {
    let started = Instant::now();
    let _ = headless::run_frame(ctx, app, number);
    started.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groot.ron");
    let base = store::default_dataset().unwrap();
    let data = stress_dataset(&base, StressSize::BENCHMARK);
    let saved = store::save(&path, &data).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    let document = Document::new(
        data,
        Some(FileBinding::new(path.clone(), Some(saved.stamp))),
    );
    let settings = UiSettings {
        selected_district: "WK900000".to_owned(),
        ..UiSettings::default()
    };
    let ctx = headless::app_context();
    let mut app = WijkApp::new(document, settings, &ctx);
    app.set_autosave_delay(Duration::from_secs(3600));
    let mut number = 0;
    for _ in 0..5 {
        number += 1;
        frame(&ctx, &mut app, number);
    }
    let mut edit_frames = Vec::new();
    let mut save_frames = Vec::new();
    let mut save_wall = Vec::new();
    for round in 0..5 {
        // The edit: applied as the views apply it, then one frame.
        let started = Instant::now();
        let mut platform = app.data().platforms[0].clone();
        platform.name = format!("Hernoemd {round}");
        app.apply(
            Message::Edit {
                edit: Edit::Platform {
                    index: 0,
                    platform: Box::new(platform),
                },
                key: None,
            },
            &ctx,
        );
        number += 1;
        frame(&ctx, &mut app, number);
        edit_frames.push(started.elapsed());
        // Ctrl+S, then frames at 60 Hz until the save is done.
        let save_started = Instant::now();
        app.apply(UiCommand::Save, &ctx);
        loop {
            number += 1;
            save_frames.push(frame(&ctx, &mut app, number));
            if !app.is_dirty() {
                break;
            }
            std::thread::sleep(Duration::from_millis(16));
        }
        save_wall.push(save_started.elapsed());
    }
    app.finish_file_work();
    let longest = save_frames.iter().max().copied().unwrap_or_default();
    println!(
        "file: {:.1} MB",
        wijkdashboard::model::format::convert::count_f64(size) / 1_000_000.0
    );
    println!(
        "edit (apply, validate, derive, one frame): median {:.1} ms, max {:.1} ms",
        median(edit_frames.clone()).as_secs_f64() * 1000.0,
        edit_frames.iter().max().unwrap().as_secs_f64() * 1000.0
    );
    println!(
        "frames while saving: {} frames, median {:.1} ms, longest {:.1} ms",
        save_frames.len(),
        median(save_frames.clone()).as_secs_f64() * 1000.0,
        longest.as_secs_f64() * 1000.0
    );
    println!(
        "save in the background (Ctrl+S to saved): median {:.0} ms",
        median(save_wall).as_secs_f64() * 1000.0
    );
}
