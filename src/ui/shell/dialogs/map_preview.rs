//! "Kaart importeren": what a map file holds, before anything changes.

use std::path::Path;

use egui::Ui;

use super::buttons_ui;
use crate::command::{CommandQueue, MapImportMessage, Message};
use crate::store::MapImport;

pub(super) fn map_preview_ui(
    ui: &mut Ui,
    path: &Path,
    import: &MapImport,
    queue: &mut CommandQueue,
) {
    ui.heading("Kaart importeren");
    ui.label(format!("Bestand: {}", path.display()));
    ui.add_space(6.0);
    for line in import.summary_lines() {
        ui.label(line);
    }
    ui.add_space(6.0);
    ui.label("Toepassen vervangt de wijkgrenzen in uw gegevens (met Ctrl+Z ongedaan te maken). Wijken zonder grens blijven op de tegelkaart.");
    ui.add_space(8.0);
    buttons_ui(
        ui,
        &[
            ("Toepassen", Message::MapImport(MapImportMessage::Apply)),
            ("Annuleren", Message::CloseDialog),
        ],
        queue,
    );
}
