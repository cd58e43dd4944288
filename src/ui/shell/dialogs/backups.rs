//! "Back-up terugzetten": the backups of the file, newest first, each with
//! what changed after it.

use egui::Ui;

use super::hand_over;
use crate::command::{CommandQueue, Message};
use crate::store::Backup;

/// The backups of the file in use, newest first, with what changed after
/// each once the file worker has read them.
#[derive(Clone, Debug)]
pub struct BackupHistory {
    backups: Vec<Backup>,
    described: Option<Vec<String>>,
}

impl BackupHistory {
    /// The backups (newest first); what each changed follows.
    pub fn new(backups: Vec<Backup>) -> Self {
        Self {
            backups,
            described: None,
        }
    }

    /// The backups, newest first.
    pub fn backups(&self) -> &[Backup] {
        &self.backups
    }

    /// What changed after each backup, as the worker found (ignored when
    /// it does not fit the list).
    pub fn set_described(&mut self, described: Vec<String>) {
        if described.len() == self.backups.len() {
            self.described = Some(described);
        }
    }

    /// What changed after backup `index`, or that it is being read.
    pub(super) fn described(&self, index: usize) -> &str {
        self.described
            .as_ref()
            .and_then(|lines| lines.get(index))
            .map_or("wordt gelezen…", String::as_str)
    }

    /// "De stand van 5-12-2026 14:02:11".
    pub(super) fn stand_text(backup: &Backup) -> String {
        format!("De stand van {}", crate::store::stand_time_nl(backup.made))
    }
}

pub(super) fn backups_ui(ui: &mut Ui, history: &BackupHistory, queue: &mut CommandQueue) {
    ui.heading("Back-up terugzetten");
    if history.backups.is_empty() {
        ui.label(format!(
            "Er zijn nog geen back-ups. Bij elke opslag wordt de vorige versie bewaard: {}.",
            crate::store::KEEP_RULE_NL
        ));
    }
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .show(ui, |ui| {
            for (index, backup) in history.backups.iter().enumerate() {
                ui.horizontal(|ui| {
                    let stand = BackupHistory::stand_text(backup);
                    if ui
                        .button("Terugzetten")
                        .accessible_name(format!("{stand} terugzetten"))
                        .clicked()
                    {
                        hand_over(queue, Message::RestoreBackup(backup.path.clone()));
                    }
                    ui.label(&stand);
                    ui.weak(format!("— {}", history.described(index)));
                });
            }
        });
    ui.add_space(6.0);
    if ui.button("Sluiten").clicked() {
        queue.message(Message::CloseDialog);
    }
}
