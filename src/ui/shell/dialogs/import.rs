//! "Importeren": what a file would add and change; replace everything or merge.

use std::path::Path;

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, ImportMessage, Message};

pub(super) fn import_ui(
    ui: &mut Ui,
    path: &Path,
    counts: &[(String, usize, usize)],
    queue: &mut CommandQueue,
) {
    ui.heading("Importeren");
    ui.label(format!("Bestand: {}", path.display()));
    ui.add_space(6.0);
    counts_ui(ui, counts);
    ui.add_space(6.0);
    ui.label("Alles vervangen: uw huidige gegevens worden vervangen door het bestand.");
    ui.label("Samenvoegen: nieuwe items worden toegevoegd en items met dezelfde id overschreven; niets wordt verwijderd, uw budget blijft.");
    ui.weak("Beide zijn ongedaan te maken met Ctrl+Z.");
    ui.add_space(8.0);
    buttons_ui(
        ui,
        &[
            (
                "Alles vervangen",
                Message::Import(ImportMessage::Apply { merge: false }),
            ),
            (
                "Samenvoegen",
                Message::Import(ImportMessage::Apply { merge: true }),
            ),
            ("Annuleren", Message::CloseDialog),
        ],
        queue,
    );
}

/// Per group of the change report (the wijken, then the programme) how
/// many changes each choice makes.
fn counts_ui(ui: &mut Ui, counts: &[(String, usize, usize)]) {
    if counts.is_empty() {
        ui.label("Het bestand is gelijk aan uw gegevens: importeren verandert niets.");
        return;
    }
    egui::Grid::new("import-summary")
        .striped(true)
        .show(ui, |ui| {
            ui.strong("Wijzigingen");
            ui.strong("bij alles vervangen");
            ui.strong("bij samenvoegen");
            ui.end_row();
            for (group, replace, merge) in counts {
                ui.label(group);
                ui.label(replace.to_string());
                ui.label(merge.to_string());
                ui.end_row();
            }
        });
}
