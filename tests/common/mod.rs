//! One harness factory for all UI tests: the app as `main` builds it
//! (`WijkApp::launch` inside eframe's creation context), on a file in a
//! fresh temporary folder.

#![allow(dead_code)] // Each test binary uses a different part.
#![allow(clippy::expect_used)] // A test helper fails by panicking.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use wijkdashboard::app::{Launch, Startup, WijkApp};
use wijkdashboard::command::{Action, Message};
use wijkdashboard::model::Dataset;
use wijkdashboard::store;

/// The app's harness type.
pub(crate) type AppHarness = Harness<'static, WijkApp>;

/// The app on the shipped data, saved in a fresh temporary folder, with the
/// in-app path dialog instead of native dialogs and `selected` chosen.
pub(crate) fn app_in_temp_dir(selected: &str) -> (AppHarness, tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("wijkdashboard.ron");
    store::ensure_file_at(&path).expect("creates the file");
    let harness = open_file(&path, selected);
    (harness, dir, path)
}

/// The app on `data`, saved first in a fresh temporary folder.
pub(crate) fn app_on_data(
    data: &Dataset,
    selected: &str,
) -> (AppHarness, tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("wijkdashboard.ron");
    store::save(&path, data).expect("saves");
    let harness = open_file(&path, selected);
    (harness, dir, path)
}

/// The app as started with `wijkdashboard FILE`, at laptop size. New data
/// that is never saved keeps its recovery file beside `path`, not in the
/// user's data folder.
pub(crate) fn open_file(path: &Path, selected: &str) -> AppHarness {
    open_file_with(path, selected, Harness::builder())
}

/// The app on `data`, in the light theme users see, rendering its pictures
/// on the CPU (wgpu), for image snapshots. The file lies in a folder named
/// after `name` (the status bar shows its path, so it may not be random).
pub(crate) fn rendered_app_on_data(
    data: &Dataset,
    selected: &str,
    name: &str,
) -> (AppHarness, PathBuf) {
    let dir = std::env::temp_dir()
        .join("wijkdashboard-snapshots")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("snapshot folder");
    let path = dir.join("wijkdashboard.ron");
    store::save(&path, data).expect("saves");
    let builder = Harness::builder().with_theme(egui::Theme::Light).wgpu();
    let harness = open_file_with(&path, selected, builder);
    (harness, path)
}

fn open_file_with(
    path: &Path,
    selected: &str,
    builder: egui_kittest::HarnessBuilder<WijkApp>,
) -> AppHarness {
    let path = path.to_owned();
    let unbound = path.with_file_name("naamloos.ron.herstel");
    // Background file work wakes the UI when it is done; on a busy machine
    // that can take a few more frames to settle than egui_kittest's default 4.
    let mut harness = builder
        .with_size([1366.0, 768.0])
        .with_max_steps(12)
        .build_eframe(move |cc| {
            WijkApp::launch(
                cc,
                Startup::prepare_with(Some(&path), Some(unbound)),
                Launch::default(),
            )
        });
    harness.state_mut().use_in_app_file_dialogs();
    run_command(&mut harness, Message::SelectDistrict(selected.to_owned()));
    harness
}

/// Applies a command or message as the views would send it, and draws.
pub(crate) fn run_command(harness: &mut AppHarness, action: impl Into<Action>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(action, &ctx);
    harness.run();
}

/// Replaces the text of the field labelled `label`, as a user would: focus,
/// select all, type.
pub(crate) fn replace_text(harness: &mut AppHarness, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Retypes the field labelled `label`, as a user would: focus, select
/// all, delete, type.
pub(crate) fn retype(harness: &mut AppHarness, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.key_press(egui::Key::Backspace);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Clicks the view tab with this label ("📈 Indicatoren", "💶 Budget").
pub(crate) fn open_view(harness: &mut AppHarness, tab: &str) {
    use egui_kittest::kittest::Queryable;
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, tab)
        .click();
    harness.run();
}

/// Opens a menu and clicks one of its items.
pub(crate) fn click_menu(harness: &mut AppHarness, menu: &str, item: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label_contains(item).click();
    harness.run();
}

/// The members of Wijkcoöperatie Oost voor Elkaar, the platform the
/// editing tests change.
pub(crate) fn oost_members(harness: &AppHarness) -> Option<u64> {
    oost_members_in(harness.state().data())
}

/// The members of Wijkcoöperatie Oost voor Elkaar in `data` (a file read back).
pub(crate) fn oost_members_in(data: &Dataset) -> Option<u64> {
    data.platforms
        .iter()
        .find(|p| p.id == "oost-voor-elkaar")
        .and_then(|p| p.members)
        .map(|m| m.value)
}

/// Presses Ctrl+Z until the data is `original` again (at most 80 times);
/// returns how many steps it took.
pub(crate) fn undo_all(
    harness: &mut AppHarness,
    original: &wijkdashboard::model::Dataset,
) -> usize {
    let mut steps = 0;
    while harness.state().data() != original && steps < 80 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
        steps += 1;
    }
    steps
}

/// Presses Ctrl+S as a user would and waits until the background save is done.
pub(crate) fn press_save(harness: &mut AppHarness) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    settle(harness);
}

/// Waits for the background file work and draws.
pub(crate) fn settle(harness: &mut AppHarness) {
    harness.state_mut().finish_file_work();
    harness.run();
}

/// The shipped data with two scenarios (evenly, and the cut mostly on
/// ambition 1), both compared for 2026 against 2025.
pub(crate) fn with_two_scenarios() -> wijkdashboard::model::Dataset {
    let mut data = wijkdashboard::store::default_dataset().expect("shipped data and rules work");
    let evenly =
        wijkdashboard::model::build_allocations(&data, &wijkdashboard::model::ScenarioRule::Evenly)
            .expect("shipped data and rules work");
    let cut = wijkdashboard::model::build_allocations(
        &data,
        &wijkdashboard::model::ScenarioRule::Cut {
            base: None,
            reference_year: 2025,
            percent_hundredths: vec![(1, 10_000), (2, 0), (3, 0), (4, 0), (5, 0)],
        },
    )
    .expect("shipped data and rules work");
    data.scenarios = vec![
        wijkdashboard::model::Scenario {
            id: "gelijk".into(),
            name: "Gelijk verdeeld".into(),
            allocations: evenly,
            ..Default::default()
        },
        wijkdashboard::model::Scenario {
            id: "wonen".into(),
            name: "Wonen levert in".into(),
            allocations: cut,
            ..Default::default()
        },
    ];
    data.comparison = wijkdashboard::model::ScenarioComparison {
        scenarios: vec!["gelijk".into(), "wonen".into()],
        year: 2026,
        reference_year: 2025,
    };
    data
}

/// How long a step may take before a test calls it a hang. A guard against
/// an endless loop on bad input, not a claim about speed: speed is measured
/// in the benchmarks (CONTRIBUTING.md), never asserted in a test.
pub(crate) const HANG_GUARD: std::time::Duration = std::time::Duration::from_secs(30);
