//! One harness factory for all UI tests.

#![allow(dead_code)] // Each test binary uses a different part.
#![allow(clippy::expect_used)] // A test helper fails by panicking.

use std::path::PathBuf;

use egui_kittest::Harness;
use wijkdashboard::app::{FileDialogs, UiSettings, WijkApp};
use wijkdashboard::store;

/// The app on the shipped data, saved in a fresh temporary folder, with the
/// in-app path dialog instead of native dialogs and `selected` chosen.
pub fn app_in_temp_dir(selected: &str) -> (WijkApp, tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("wijkdashboard.ron");
    store::ensure_file_at(&path).expect("creates the file");
    let data = store::load(&path).expect("loads");
    let settings = UiSettings {
        selected_district: selected.to_owned(),
        ..UiSettings::default()
    };
    let mut app = WijkApp::new(data, Some(path.clone()), settings);
    app.file_dialogs = FileDialogs::InApp;
    (app, dir, path)
}

/// A harness of laptop size around the app.
pub fn harness(app: WijkApp) -> Harness<'static, WijkApp> {
    let mut harness = Harness::builder()
        .with_size([1366.0, 768.0])
        .build_ui_state(|ui, app: &mut WijkApp| app.show(ui), app);
    harness.run();
    harness
}

/// Replaces the text of the field labelled `label`, as a user would: focus,
/// select all, type.
pub fn replace_text(harness: &mut Harness<'_, WijkApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Clicks the view tab with this label ("📈 Indicatoren", "💶 Budget").
pub fn open_view(harness: &mut Harness<'_, WijkApp>, tab: &str) {
    use egui_kittest::kittest::Queryable;
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, tab)
        .click();
    harness.run();
}
