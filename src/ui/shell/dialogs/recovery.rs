//! "Niet-opgeslagen wijzigingen teruggevonden": restore them or set them aside.

use std::path::Path;

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, Message, RecoveryAnswer};

pub(super) fn recovery_ui(
    ui: &mut Ui,
    differences: &[String],
    last_edit: &str,
    path: &Path,
    queue: &mut CommandQueue,
) {
    ui.heading("Niet-opgeslagen wijzigingen teruggevonden");
    ui.label(format!(
        "Wijkdashboard is de vorige keer niet netjes afgesloten. Er zijn wijzigingen bewaard van {last_edit} die niet in het bestand staan:"
    ));
    for line in differences {
        ui.label(format!("• {line}"));
    }
    ui.add_space(6.0);
    ui.label("Herstellen zet ze terug (met Ctrl+Z ongedaan te maken). Weggooien laat het bestand zoals het is; de wijzigingen blijven bewaard in:");
    ui.weak(path.display().to_string());
    ui.add_space(8.0);
    buttons_ui(
        ui,
        &[
            (
                "Herstellen",
                Message::AnswerRecovery(RecoveryAnswer::Restore),
            ),
            (
                "Weggooien",
                Message::AnswerRecovery(RecoveryAnswer::Discard),
            ),
        ],
        queue,
    );
}
