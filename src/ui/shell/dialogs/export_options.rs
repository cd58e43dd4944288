//! An export in one dialog: with or without the contact persons, and where
//! it goes — a suggested name in the Documents folder, typed over or picked
//! with "Bladeren…".

use std::path::PathBuf;

use egui::Ui;

use super::{Choice, choice_ui, hand_over};
use crate::command::{CommandQueue, ExportMessage, Message, PathPurpose};
use crate::store::ExportFormat;

pub(super) fn export_options_ui(
    ui: &mut Ui,
    format: ExportFormat,
    include_personal: &mut bool,
    path: &mut String,
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
    ui.add_space(6.0);
    let purpose = PathPurpose::Export(format);
    let label = ui.label(format!("Waar: {}", purpose.file_type_nl()));
    let mut entered = false;
    ui.horizontal(|ui| {
        let field = ui
            .add(egui::TextEdit::singleline(path).desired_width(400.0))
            .labelled_by(label.id);
        entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui
            .button("Bladeren…")
            .on_hover_text("Kies de plaats met de bestandskiezer van het systeem")
            .clicked()
        {
            queue.message(Message::Export(ExportMessage::Browse));
        }
    });
    ui.add_space(8.0);
    let choice = choice_ui(ui, &["Exporteren", "Annuleren"]);
    let export = entered || choice == Choice::Button(0);
    if export && !path.trim().is_empty() {
        let message = Message::Export(ExportMessage::Write {
            format,
            path: PathBuf::from(path.trim()),
            include_personal: *include_personal,
        });
        hand_over(queue, message);
    } else if matches!(choice, Choice::Button(1) | Choice::Escape) {
        queue.message(Message::CloseDialog);
    }
}
