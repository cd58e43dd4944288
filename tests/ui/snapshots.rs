//! Tests that see the picture: the main window with the real map and four
//! slides, rendered on the CPU (wgpu; lavapipe or llvmpipe here) at
//! 1366×768 and compared with the images in `tests/snapshots/`.
//!
//! They catch a label that runs over a bar, a legend on top of the data, a
//! table pushed off a slide. After a change you meant, look at the new
//! pictures and take them: `UPDATE_SNAPSHOTS=1 cargo test --test ui snapshots::`
//! (see CONTRIBUTING.md).

use egui_kittest::SnapshotOptions;
use egui_kittest::kittest::Queryable;
use wijkdashboard::command::{Message, UiCommand};
use wijkdashboard::model::Dataset;
use wijkdashboard::model::view::slide_pages::{first_page_of, slide_pages};
use wijkdashboard::model::view::slides::Slide;

use crate::common::{AppHarness, rendered_app_on_data, run_command};

/// A pixel may differ a little (font hinting, rounding in the rasteriser),
/// and a few hundred pixels of the million may differ more: enough for
/// antialiasing at glyph edges, far too few for a moved label or bar.
fn options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(1.2).max_failed_pixels(300)
}

fn shipped() -> Dataset {
    wijkdashboard::store::default_dataset().unwrap()
}

/// Presents `slide` of the shown slides.
fn present(harness: &mut AppHarness, slide: &Slide) {
    let data = harness.state().data().clone();
    let index = first_page_of(&slide_pages(&data, 1.0), slide)
        .unwrap_or_else(|| panic!("{slide:?} is not shown"));
    run_command(harness, UiCommand::StartPresentation);
    run_command(harness, Message::GoToSlide(index));
    assert_eq!(harness.state().current_slide(), index);
}

#[test]
fn the_main_window_with_the_real_map() {
    let (mut harness, _) = rendered_app_on_data(&shipped(), "WK034403", "hoofdvenster");
    harness.run();
    harness.snapshot_options("hoofdvenster-kaart", &options());
}

#[test]
fn the_budget_slide() {
    let (mut harness, _) = rendered_app_on_data(&shipped(), "WK034403", "budget");
    present(&mut harness, &Slide::Budget);
    harness.snapshot_options("dia-budget", &options());
}

#[test]
fn the_indicator_slide() {
    let (mut harness, _) = rendered_app_on_data(&shipped(), "WK034403", "indicatoren");
    present(&mut harness, &Slide::Indicators);
    harness.snapshot_options("dia-indicatoren", &options());
}

#[test]
fn an_ambition_slide_with_its_goals_and_interventions_by_status() {
    let (mut harness, _) = rendered_app_on_data(&shipped(), "WK034403", "ambitie");
    present(&mut harness, &Slide::Ambition(3));
    harness.snapshot_options("dia-ambitie-veilige-buurten", &options());
}

#[test]
fn the_scenario_comparison_slide() {
    let data = crate::common::with_two_scenarios();
    let (mut harness, _) = rendered_app_on_data(&data, "WK034403", "vergelijking");
    present(&mut harness, &Slide::Comparison);
    harness.snapshot_options("dia-scenarios-vergeleken", &options());
}

#[test]
fn the_table_import_with_its_mapping_and_preview() {
    let (mut harness, path) = rendered_app_on_data(&shipped(), "WK034403", "tabel-importeren");
    // A monitor table as a research department sends it: a column per year,
    // CBS codes in lower case, the city's row by its name.
    let table = path.with_file_name("monitor 2026.csv");
    std::fs::write(
        &table,
        "Wijken;2025;2026\nwk034403;29;31%\nGemeente Utrecht;14;13,5\nWK034401;10;11\nBuitengebied;3;4\n",
    )
    .unwrap();
    run_command(
        &mut harness,
        Message::TableImport(wijkdashboard::command::TableImportMessage::Read(table)),
    );
    // The table names no indicator: the user picks it.
    harness.get_by_label("Indicator").click();
    harness.run();
    harness
        .get_by_label("Huishoudens op of onder de Utrechtse armoedegrens (Overvecht)")
        .click();
    harness.run();
    harness.snapshot_options("tabel-importeren", &options());
}
