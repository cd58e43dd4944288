//! "Back-up terugzetten": the backups of the file, newest first.

use egui::Ui;

use super::hand_over;
use crate::command::{CommandQueue, Message};
use crate::store::Backup;

pub(super) fn backups_ui(ui: &mut Ui, backups: &[Backup], queue: &mut CommandQueue) {
    ui.heading("Back-up terugzetten");
    if backups.is_empty() {
        ui.label(format!(
            "Er zijn nog geen back-ups. Bij elke opslag wordt de vorige versie bewaard: {}.",
            crate::store::KEEP_RULE_NL
        ));
    }
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            for backup in backups {
                ui.horizontal(|ui| {
                    ui.label(backup.made.format("%d-%m-%Y %H:%M:%S").to_string());
                    if ui.button("Terugzetten").clicked() {
                        hand_over(queue, Message::RestoreBackup(backup.path.clone()));
                    }
                });
            }
        });
    ui.add_space(6.0);
    if ui.button("Sluiten").clicked() {
        queue.message(Message::CloseDialog);
    }
}
