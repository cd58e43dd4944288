//! The status bar: the file, how saving stands, the number of problems
//! (their list on hover); and the last message, in a box above the bar that
//! wraps (never cut off) and fades after a few seconds.

use egui::Ui;

use crate::model::format::counted;
use crate::model::{Problem, Severity};
use crate::ui::widgets::palette;

/// A short message for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// Whether it is a problem.
    pub is_error: bool,
    /// When it was first shown (egui's clock, in seconds).
    pub shown_at: Option<f64>,
}

impl Status {
    /// How long it shows, in seconds: a problem longer than news.
    pub fn lifetime(&self) -> f64 {
        if self.is_error { 12.0 } else { 6.0 }
    }

    /// How visible it is `age` seconds after it was first shown: whole,
    /// then fading out over its last second; `None` once it is gone.
    pub fn opacity(&self, age: f64) -> Option<f32> {
        let left = self.lifetime() - age;
        if left <= 0.0 {
            None
        } else {
            Some(crate::model::format::convert::drawing_f32(left.min(1.0)))
        }
    }
}

/// What the status bar shows.
pub struct StatusBar<'a> {
    /// The file in use, or that there is none.
    pub file: String,
    /// How saving stands: "opgeslagen om 10:42", and whether that is a problem.
    pub saving: (String, bool),
    /// The validation problems of the data that show now.
    pub problems: Vec<&'a Problem>,
}

fn coloured_ui(ui: &mut Ui, text: &str, is_error: bool) {
    if is_error {
        ui.colored_label(palette::ERROR, text);
    } else {
        ui.label(text);
    }
}

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut Ui, bar: &StatusBar<'_>) {
    ui.horizontal(|ui| {
        ui.label(format!("📄 {}", bar.file));
        ui.separator();
        coloured_ui(ui, &bar.saving.0, bar.saving.1);
        let errors = bar
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let warnings = bar.problems.len() - errors;
        if errors + warnings > 0 {
            ui.separator();
            let text = format!(
                "{}, {}",
                counted(errors, "fout", "fouten"),
                counted(warnings, "waarschuwing", "waarschuwingen")
            );
            let colour = if errors > 0 {
                palette::ERROR
            } else {
                palette::WARNING
            };
            ui.colored_label(colour, text).on_hover_ui(|ui| {
                for problem in bar.problems.iter().take(20) {
                    ui.label(problem.to_string());
                }
            });
        }
    });
}

/// The last message, in a box at the bottom right above the status bar,
/// wrapped at a width that fits the window, at `opacity`.
pub fn message_ui(ctx: &egui::Context, status: &Status, opacity: f32) {
    egui::Area::new(egui::Id::unique("wijkdashboard-melding"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -40.0))
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ctx, |ui| {
            ui.set_opacity(opacity);
            let width = (ctx.content_rect().width() * 0.5).clamp(240.0, 560.0);
            ui.set_max_width(width);
            let stroke = if status.is_error {
                palette::ERROR
            } else {
                ui.visuals().widgets.inactive.bg_stroke.color
            };
            egui::Frame::popup(ui.style())
                .stroke(egui::Stroke::new(1.5, stroke))
                .show(ui, |ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    coloured_ui(ui, &status.text, status.is_error);
                });
        });
}
