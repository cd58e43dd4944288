//! *Bestand → Wat is er veranderd…*: compare the data with a backup (by its
//! date) or another file, then the changes per wijk with counts, a filter
//! per part of the register, and the report as CSV.

use std::path::PathBuf;

use egui::Ui;
use strum::IntoEnumIterator;

use super::backups::BackupHistory;
use super::{Choice, choice_ui};
use crate::command::{ChangesMessage, CommandQueue, Message, PathPurpose};
use crate::model::changes::{DatasetChange, Part, grouped_lines};
use crate::model::format::counted;
use crate::publish::ChangesSince;
use crate::store::Backup;

/// A change report on screen: since when, the changes, what is shown.
#[derive(Clone, Debug)]
pub struct ChangeReport {
    since: String,
    changes: Vec<DatasetChange>,
    hidden: Vec<Part>,
    csv_path: String,
}

impl ChangeReport {
    /// The changes since `since` ("de stand van 1-10-2026 10:42"), with the
    /// CSV suggested at `csv_path`.
    pub fn new(since: String, changes: Vec<DatasetChange>, csv_path: &std::path::Path) -> Self {
        Self {
            since,
            changes,
            hidden: Vec::new(),
            csv_path: csv_path.display().to_string(),
        }
    }

    /// Since when, in words.
    pub fn since(&self) -> &str {
        &self.since
    }

    /// The changes the filter shows.
    pub fn shown(&self) -> Vec<&DatasetChange> {
        self.changes
            .iter()
            .filter(|c| !self.hidden.contains(&c.part))
            .collect()
    }

    /// The changes the filter shows, grouped for a document.
    pub fn for_document(&self) -> ChangesSince {
        ChangesSince {
            since: self.since.clone(),
            groups: grouped_lines(&self.shown()),
        }
    }

    /// The CSV's path as typed.
    pub fn csv_path(&self) -> PathBuf {
        PathBuf::from(self.csv_path.trim())
    }

    /// Puts a path picked with the system's dialog into the field.
    pub fn set_csv_path(&mut self, path: &std::path::Path) {
        self.csv_path = path.display().to_string();
    }
}

/// *Wat is er veranderd?* before a choice: a date typed, the backups with
/// what changed after each (read by the file worker), or another file.
#[derive(Clone, Debug)]
pub struct ComparisonChoice {
    history: BackupHistory,
    since: String,
    since_error: Option<String>,
}

impl ComparisonChoice {
    /// The choice among the backups of `history`.
    pub fn new(history: BackupHistory) -> Self {
        Self {
            history,
            since: String::new(),
            since_error: None,
        }
    }

    /// The backups, with what changed after each.
    pub fn history_mut(&mut self) -> &mut BackupHistory {
        &mut self.history
    }

    /// The backups, newest first.
    pub fn backups(&self) -> &[Backup] {
        self.history.backups()
    }

    /// Why the date typed gave no comparison.
    pub fn set_since_error(&mut self, error: String) {
        self.since_error = Some(error);
    }
}

/// Which version to compare with: the stand of a date, a backup, or another file.
pub(super) fn choose_ui(ui: &mut Ui, choice: &mut ComparisonChoice, queue: &mut CommandQueue) {
    ui.heading("Wat is er veranderd?");
    ui.label(
        "Vergelijk de gegevens van nu met een eerdere stand: die van een datum, een back-up of een ander bestand.",
    );
    ui.add_space(4.0);
    let label = ui.label("Sinds (bijvoorbeeld 1-10-2026 of 1 oktober):");
    ui.horizontal(|ui| {
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut choice.since)
                    .hint_text("1 oktober")
                    .desired_width(120.0),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if field.changed() {
            choice.since_error = None;
        }
        if ui
            .button("Vergelijken met die datum")
            .on_hover_text("De stand aan het begin van die dag, uit de back-ups")
            .clicked()
            || entered
        {
            queue.message(Message::Changes(ChangesMessage::CompareSince(
                choice.since.clone(),
            )));
        }
    });
    if let Some(error) = &choice.since_error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    ui.add_space(6.0);
    if choice.backups().is_empty() {
        ui.label("Er zijn nog geen back-ups van dit bestand.");
    } else {
        ui.label(format!("Of een back-up ({}):", crate::store::KEEP_RULE_NL));
    }
    egui::ScrollArea::vertical()
        .max_height(300.0)
        .show(ui, |ui| {
            for (index, backup) in choice.history.backups().iter().enumerate() {
                ui.horizontal(|ui| {
                    let when = BackupHistory::stand_text(backup);
                    if ui
                        .button("Vergelijken")
                        .on_hover_text(format!("Wat er veranderd is sinds {}", when.to_lowercase()))
                        .accessible_name(format!("Vergelijken met {}", when.to_lowercase()))
                        .clicked()
                    {
                        queue.message(Message::Changes(ChangesMessage::CompareWith(
                            backup.path.clone(),
                        )));
                    }
                    ui.label(&when);
                    ui.weak(format!("— {}", choice.history.described(index)));
                });
            }
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button("Ander bestand…").clicked() {
            queue.message(Message::Changes(ChangesMessage::BrowseFile));
        }
        if ui.button("Annuleren").clicked() {
            queue.message(Message::CloseDialog);
        }
    });
}

/// The report: counts per part (a filter), the changes per wijk, and CSV.
pub(super) fn report_ui(ui: &mut Ui, report: &mut ChangeReport, queue: &mut CommandQueue) {
    ui.heading(format!("Wijzigingen sinds {}", report.since));
    if report.changes.is_empty() {
        ui.label("Er is niets veranderd.");
    } else {
        ui.label(format!(
            "{}. Toon:",
            counted(report.changes.len(), "wijziging", "wijzigingen")
        ));
        ui.horizontal_wrapped(|ui| {
            for part in Part::iter() {
                let count = report.changes.iter().filter(|c| c.part == part).count();
                if count == 0 {
                    continue;
                }
                let mut shown = !report.hidden.contains(&part);
                if ui
                    .checkbox(&mut shown, format!("{} ({count})", part.label_nl()))
                    .changed()
                {
                    report.hidden.retain(|p| *p != part);
                    if !shown {
                        report.hidden.push(part);
                    }
                }
            }
        });
    }
    egui::ScrollArea::vertical()
        .max_height(360.0)
        .id_salt("change-report")
        .show(ui, |ui| {
            for (group, lines) in grouped_lines(&report.shown()) {
                egui::CollapsingHeader::new(format!("{group} ({})", lines.len()))
                    .default_open(true)
                    .show(ui, |ui| {
                        for line in lines {
                            ui.label(line);
                        }
                    });
            }
        });
    ui.add_space(6.0);
    let label = ui.label(format!(
        "Als CSV: {}",
        PathPurpose::ChangesCsv.file_type_nl()
    ));
    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut report.csv_path).desired_width(360.0))
            .labelled_by(label.id);
        if ui.button("Bladeren…").clicked() {
            queue.message(Message::Changes(ChangesMessage::BrowseCsv));
        }
    });
    ui.add_space(6.0);
    match choice_ui(
        ui,
        &["Sluiten", "Exporteren als CSV", "In de Bijlage opnemen…"],
    ) {
        Choice::Button(1) => queue.message(Message::Changes(ChangesMessage::ExportCsv(
            report.csv_path(),
        ))),
        Choice::Button(2) => queue.message(Message::Changes(ChangesMessage::IntoBijlage)),
        Choice::Button(_) | Choice::Escape => queue.message(Message::CloseDialog),
        Choice::None => {}
    }
}
