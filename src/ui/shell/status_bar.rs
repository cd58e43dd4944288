//! The status bar: the file, how saving stands, the number of problems
//! (their list on hover); and the last message, in a strip above the bar
//! that wraps (never cut off), covers nothing and fades after a few seconds.

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

/// The last message, in a strip of its own just above the status bar,
/// wrapped (never cut off), at `opacity`. A panel, not a box over the
/// window: it takes its line from the views and covers nothing the user
/// is editing.
pub fn message_ui(ui: &mut Ui, status: &Status, opacity: f32) {
    let stroke = if status.is_error {
        palette::ERROR
    } else {
        ui.visuals().widgets.inactive.bg_stroke.color
    };
    egui::Panel::bottom("wijkdashboard-melding")
        .frame(
            egui::Frame::side_top_panel(ui.style())
                .stroke(egui::Stroke::new(1.5, stroke))
                .inner_margin(egui::Margin::symmetric(10, 6)),
        )
        .show(ui, |ui| {
            ui.set_opacity(opacity);
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            coloured_ui(ui, &status.text, status.is_error);
        });
}
