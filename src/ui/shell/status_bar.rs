//! The status bar: the file, how saving stands, the number of problems
//! (their list on hover), and the last message.

use egui::Ui;

use crate::model::{Problem, Severity};
use crate::ui::widgets::palette;

/// A short message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// The text.
    pub text: String,
    /// Whether it is a problem.
    pub is_error: bool,
}

/// What the status bar shows.
pub struct StatusBar<'a> {
    /// The file in use, or that there is none.
    pub file: String,
    /// How saving stands: "opgeslagen om 10:42", and whether that is a problem.
    pub saving: (String, bool),
    /// The validation problems of the data that show now.
    pub problems: Vec<&'a Problem>,
    /// The last message.
    pub message: Option<&'a Status>,
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
            let text = format!("{errors} fout(en), {warnings} waarschuwing(en)");
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
        if let Some(status) = bar.message {
            ui.separator();
            coloured_ui(ui, &status.text, status.is_error);
        }
    });
}
