//! One whole frame of the app without a window, for the benchmarks and the
//! measurement examples: build the UI through `egui::Context` at 1366×768
//! and tessellate it.

use wijkdashboard::app::WijkApp;

/// A context with the fonts the app uses where there are no system fonts
/// (Noto Sans, Inter SemiBold on slides), so frames cost what users see.
pub(crate) fn app_context() -> egui::Context {
    let ctx = egui::Context::default();
    let (fonts, _) = wijkdashboard::ui::widgets::fonts::font_definitions(
        wijkdashboard::ui::widgets::fonts::SystemFonts::default(),
    );
    ctx.set_fonts(fonts);
    ctx
}

fn input(frame: u32) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1366.0, 768.0),
        )),
        time: Some(f64::from(frame) / 60.0),
        ..Default::default()
    }
}

/// Runs frame number `number` and returns how many meshes it tessellated.
pub(crate) fn run_frame(ctx: &egui::Context, app: &mut WijkApp, number: u32) -> usize {
    let output = ctx.run_ui(input(number), |ui| app.show(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}
