//! The export's options before choosing where it goes: with or without the
//! contact persons.

use egui::Ui;

use super::hand_over;
use crate::command::{CommandQueue, Message};
use crate::store::ExportFormat;

pub(super) fn export_options_ui(
    ui: &mut Ui,
    format: ExportFormat,
    include_personal: &mut bool,
    queue: &mut CommandQueue,
) {
    ui.heading(format.title());
    ui.label(match format {
        ExportFormat::Copy => "Een kopie van het gegevensbestand, om te delen.",
        ExportFormat::Excel => "Een Excel-werkmap met een tabblad voor de wijken, de wijkplatforms, de indicatoren, het budget en elk scenario.",
        ExportFormat::Csv => "Een map met een CSV-bestand per tabel (puntkomma's, UTF-8), dat Excel zonder importhulp opent.",
    });
    ui.checkbox(
        include_personal,
        "Contactpersonen meenemen (persoonsgegevens, AVG)",
    );
    ui.horizontal(|ui| {
        let choose = match format {
            ExportFormat::Csv => "Map kiezen…",
            ExportFormat::Copy | ExportFormat::Excel => "Bestand kiezen…",
        };
        if ui.button(choose).clicked() {
            let chosen = Message::ChooseExportTarget {
                format,
                include_personal: *include_personal,
            };
            hand_over(queue, chosen);
        }
        if ui.button("Annuleren").clicked() {
            queue.message(Message::CloseDialog);
        }
    });
}
