//! "Bestand gewijzigd door een ander programma": merge theirs with mine,
//! open theirs, save mine elsewhere, or overwrite.

use std::path::Path;

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, ConflictAnswer, Message};

pub(super) fn changed_on_disk_ui(ui: &mut Ui, path: &Path, queue: &mut CommandQueue) {
    ui.heading("Bestand gewijzigd door een ander programma");
    ui.label(format!(
        "'{}' is gewijzigd sinds u het opende, door een ander venster of programma (bijvoorbeeld een gesynchroniseerde kopie van een collega). Uw versie is nog niet opgeslagen, zodat de andere niet verloren gaat.",
        path.display()
    ));
    ui.label("Samenvoegen neemt hun wijzigingen en de uwe samen; waar u allebei hetzelfde veld anders wijzigde, kiest u zelf. Samenvoegen en hun versie openen kunt u met Ctrl+Z ongedaan maken.");
    ui.add_space(8.0);
    buttons_ui(
        ui,
        &[
            (
                "Samenvoegen…",
                Message::AnswerConflict(ConflictAnswer::Merge),
            ),
            (
                "Hun versie openen",
                Message::AnswerConflict(ConflictAnswer::OpenTheirs),
            ),
            (
                "Mijn versie opslaan als…",
                Message::AnswerConflict(ConflictAnswer::SaveMineAs),
            ),
            (
                "Toch overschrijven",
                Message::AnswerConflict(ConflictAnswer::Overwrite),
            ),
        ],
        queue,
    );
}
