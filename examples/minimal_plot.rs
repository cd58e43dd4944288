//! The baseline for the start-up measurement: a minimal eframe window with one
//! plot that shows its first frame and closes. See docs/BENCHMARKS.md.
//!
//! `--app-fonts` gives it the app's fonts (Noto Sans and Inter, as on a
//! system without Segoe UI), so the measurement can tell the fonts' share
//! of the start apart from the rest.

use eframe::egui;
use egui_plot::{Line, Plot};

struct MinimalPlot {
    shown: bool,
}

impl eframe::App for MinimalPlot {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            Plot::new("plot").show(ui, |plot_ui| {
                plot_ui.line(Line::new("lijn", vec![[0.0, 1.0], [1.0, 2.0], [2.0, 1.5]]));
            });
        });
        if self.shown {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // Close after the first frame has been painted.
        self.shown = true;
        ui.ctx().request_repaint();
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1366.0, 768.0]),
        persist_window: false,
        // The renderer the app starts with (glow), so that the floor is
        // the same work: eframe's default here would be wgpu, which
        // starts about twice as slowly and flattered the app's ratio.
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "minimal",
        options,
        Box::new(|cc| {
            if std::env::args().any(|arg| arg == "--app-fonts") {
                let system = wijkdashboard::ui::widgets::fonts::SystemFonts::default();
                let (fonts, _) = wijkdashboard::ui::widgets::fonts::font_definitions(system);
                cc.egui_ctx.set_fonts(fonts);
            }
            Ok(Box::new(MinimalPlot { shown: false }))
        }),
    )
}
