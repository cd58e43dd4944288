//! "Importeren": what a file would add and change; replace everything or merge.

use std::path::Path;

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, ImportMessage, Message};
use crate::store::ImportSummary;

pub(super) fn import_ui(
    ui: &mut Ui,
    path: &Path,
    summary: &ImportSummary,
    queue: &mut CommandQueue,
) {
    ui.heading("Importeren");
    ui.label(format!("Bestand: {}", path.display()));
    ui.add_space(6.0);
    summary_ui(ui, summary);
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

fn summary_ui(ui: &mut Ui, summary: &ImportSummary) {
    egui::Grid::new("import-summary")
        .striped(true)
        .show(ui, |ui| {
            ui.strong("");
            ui.strong("nieuw");
            ui.strong("gewijzigd");
            ui.end_row();
            for (name, changes) in [
                ("Wijken", summary.districts),
                ("Wijkplatforms", summary.platforms),
                ("Indicatoren", summary.indicators),
                ("Kerncijfers", summary.key_figures),
            ] {
                ui.label(name);
                ui.label(changes.added.to_string());
                ui.label(changes.changed.to_string());
                ui.end_row();
            }
        });
    if summary.budget_differs {
        ui.label("Het budget in het bestand verschilt van het uwe.");
    }
}
