//! "Dia's kiezen": which slides the presentation shows, in which order.

use egui::Ui;

use crate::command::{CommandQueue, Message};
use crate::model::Dataset;
use crate::ui::presentation::chooser::slide_chooser_ui;

pub(super) fn choose_slides_ui(ui: &mut Ui, data: &Dataset, queue: &mut CommandQueue) {
    ui.heading("Dia's kiezen");
    ui.label("Vink aan welke dia's de presentatie toont en zet ze in volgorde. De sprekersnotities ziet alleen u, in de presentatorweergave op de laptop; nooit het publiek. De keuze wordt met de gegevens opgeslagen.");
    if let Some((edit, key)) = slide_chooser_ui(ui, data) {
        queue.edit(edit, key);
    }
    ui.add_space(6.0);
    if ui.button("Klaar").clicked() {
        queue.message(Message::CloseDialog);
    }
}
