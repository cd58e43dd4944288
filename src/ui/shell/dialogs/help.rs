//! Help: every shortcut the commands have, read from the command
//! vocabulary (never a hand-kept list), and *Over Wijkdashboard*: version,
//! licence, where the data and the error log are, with buttons to open them.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::command::{CommandQueue, DocumentMessage, Message, Scope, UiCommand};

/// Where a command's shortcut works, in Dutch.
fn scope_nl(scope: Scope) -> &'static str {
    match scope {
        Scope::Editing => "bij het bewerken",
        Scope::WijkenView => "in Wijken",
        Scope::Presenting => "tijdens de presentatie",
        Scope::Everywhere => "overal",
    }
}

/// The shortcuts, grouped by where they work.
pub(super) fn help_ui(ui: &mut Ui, queue: &mut CommandQueue) {
    ui.heading("Sneltoetsen");
    let ctx = ui.ctx().clone();
    egui::ScrollArea::vertical()
        .max_height(460.0)
        .show(ui, |ui| {
            for scope in [
                Scope::Editing,
                Scope::WijkenView,
                Scope::Presenting,
                Scope::Everywhere,
            ] {
                let commands: Vec<UiCommand> = UiCommand::all()
                    .filter(|c| c.scope() == scope && !c.shortcuts().is_empty())
                    .collect();
                if commands.is_empty() {
                    continue;
                }
                ui.add_space(6.0);
                ui.label(RichText::new(format!("Werkt {}", scope_nl(scope))).strong());
                egui::Grid::new(("sneltoetsen", scope_nl(scope)))
                    .num_columns(2)
                    .spacing([24.0, 4.0])
                    .show(ui, |ui| {
                        for command in commands {
                            let keys: Vec<String> = command
                                .shortcuts()
                                .iter()
                                .map(|s| ctx.format_shortcut(s))
                                .collect();
                            ui.label(RichText::new(keys.join(" of ")).monospace());
                            ui.label(command.text());
                            ui.end_row();
                        }
                    });
            }
        });
    ui.add_space(8.0);
    if ui.button("Sluiten").clicked() {
        queue.message(Message::CloseDialog);
    }
}

/// Version, licence, the data file and the error log.
pub(super) fn about_ui(
    ui: &mut Ui,
    data_file: Option<&Path>,
    error_log: &Path,
    queue: &mut CommandQueue,
) {
    ui.heading("Over Wijkdashboard");
    ui.label(format!("Versie {}", env!("CARGO_PKG_VERSION")));
    ui.label(format!(
        "Licentie: {} (European Union Public Licence)",
        env!("CARGO_PKG_LICENSE")
    ));
    ui.label("Voor de wijkmanagers van de gemeente Utrecht: de wijken, de wijkplatforms en Samen voor Overvecht.");
    ui.add_space(8.0);
    let folder_of = |path: &Path| -> PathBuf {
        path.parent()
            .map_or_else(|| path.to_owned(), Path::to_owned)
    };
    match data_file {
        Some(file) => {
            ui.label(format!("Gegevens: {}", file.display()));
            if ui.button("Map met de gegevens openen").clicked() {
                queue.message(Message::Document(DocumentMessage::Open(folder_of(file))));
            }
        }
        None => {
            ui.label("Gegevens: nog niet opgeslagen.");
        }
    }
    ui.add_space(4.0);
    ui.label(format!("Foutenlog: {}", error_log.display()));
    if error_log.exists() {
        if ui.button("Foutenlog openen").clicked() {
            queue.message(Message::Document(DocumentMessage::Open(
                error_log.to_owned(),
            )));
        }
    } else {
        ui.weak("Er is nog niets misgegaan: het foutenlog bestaat (nog) niet.");
    }
    ui.add_space(8.0);
    if ui.button("Sluiten").clicked() {
        queue.message(Message::CloseDialog);
    }
}
