//! The modal dialogs: unsaved changes, a file changed on disk, recovery of
//! unsaved edits, the import choice, backups, an in-app path field where no
//! native file dialog is available, and errors. They emit commands.

use std::path::PathBuf;

use egui::{Id, Modal, RichText, Ui};

use crate::command::{
    AppCommand, ConflictAnswer, ExportFormat, PathPurpose, RecoveryAnswer, Replacement,
    UnsavedAnswer,
};
use crate::model::Dataset;
use crate::store::{Backup, ImportSummary, MapImport};

/// The dialog on screen, if any.
pub enum Dialog {
    /// Unsaved changes would be replaced: save first?
    UnsavedChanges {
        /// What is about to happen.
        then: Replacement,
        /// "4 wijzigingen sinds 10:42".
        summary: String,
    },
    /// The file was changed by another program; my version is not saved.
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
    /// Edits of a session that did not end cleanly were found.
    Recovery {
        /// The recovery file.
        path: PathBuf,
        /// The data file the edits belong to (`None`: never saved).
        of_file: Option<PathBuf>,
        /// The recovered data.
        data: Box<Dataset>,
        /// What differs from the file, one line per kind.
        differences: Vec<String>,
        /// When the last edit was made, as shown.
        last_edit: String,
    },
    /// A map file was read: what it holds, before anything changes.
    MapPreview {
        /// The file.
        path: PathBuf,
        /// What it holds.
        import: Box<MapImport>,
    },
    /// An import was read; replace or merge?
    Import {
        /// The file.
        path: PathBuf,
        /// Its data.
        imported: Box<Dataset>,
        /// What it would change.
        summary: ImportSummary,
    },
    /// The list of backups.
    Backups(Vec<Backup>),
    /// Type a path (no native dialog available).
    Path {
        /// What it is for.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
    },
    /// Export options before choosing the file.
    ExportOptions {
        /// What to write.
        format: ExportFormat,
        /// Include contact persons.
        include_personal: bool,
    },
    /// A message to read and dismiss.
    Message {
        /// The heading.
        title: String,
        /// The text.
        text: String,
    },
    /// Choose which slides the presentation shows, in which order.
    ChooseSlides,
}

impl Dialog {
    /// An error to read and dismiss.
    pub fn error(text: impl Into<String>) -> Self {
        Self::Message {
            title: "Er ging iets mis".to_owned(),
            text: text.into(),
        }
    }

    /// Whether Escape or a click outside may close it without an answer.
    fn closes_on_escape(&self) -> bool {
        !matches!(
            self,
            Self::UnsavedChanges { .. } | Self::ChangedOnDisk { .. } | Self::Recovery { .. }
        )
    }
}

/// Draws the dialog; the user's answer comes out as commands.
pub fn dialog_ui(
    ctx: &egui::Context,
    dialog: &mut Dialog,
    data: &Dataset,
    commands: &mut Vec<AppCommand>,
) {
    let before = commands.len();
    let modal = Modal::new(Id::unique("wijkdashboard-dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        dialog_content_ui(ui, dialog, data, commands);
    });
    if commands.len() == before && modal.should_close() && dialog.closes_on_escape() {
        commands.push(AppCommand::CloseDialog);
    }
}

/// A dialog that hands over to another command (a path typed, a backup
/// chosen) closes itself first, so the command may open the next dialog.
fn hand_over(commands: &mut Vec<AppCommand>, command: AppCommand) {
    commands.push(AppCommand::CloseDialog);
    commands.push(command);
}

fn buttons_ui(ui: &mut Ui, buttons: &[(&str, AppCommand)], commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        for (label, command) in buttons {
            if ui.button(*label).clicked() {
                commands.push(command.clone());
            }
        }
    });
}

fn dialog_content_ui(
    ui: &mut Ui,
    dialog: &mut Dialog,
    data: &Dataset,
    commands: &mut Vec<AppCommand>,
) {
    match dialog {
        Dialog::UnsavedChanges { then, summary } => {
            ui.heading("Niet-opgeslagen wijzigingen");
            ui.label(format!(
                "U heeft {summary} die nog niet in het bestand staan. Wilt u ze opslaan voordat u {}?",
                then.description_nl()
            ));
            ui.add_space(8.0);
            buttons_ui(
                ui,
                &[
                    ("Opslaan", AppCommand::AnswerUnsaved(UnsavedAnswer::Save)),
                    (
                        "Niet opslaan",
                        AppCommand::AnswerUnsaved(UnsavedAnswer::Discard),
                    ),
                    (
                        "Annuleren",
                        AppCommand::AnswerUnsaved(UnsavedAnswer::Cancel),
                    ),
                ],
                commands,
            );
        }
        Dialog::ChangedOnDisk { path } => {
            ui.heading("Bestand gewijzigd door een ander programma");
            ui.label(format!(
                "'{}' is gewijzigd sinds u het opende, door een ander venster of programma (bijvoorbeeld een gesynchroniseerde kopie van een collega). Uw versie is nog niet opgeslagen, zodat de andere niet verloren gaat.",
                path.display()
            ));
            ui.label("Hun versie openen kunt u met Ctrl+Z ongedaan maken.");
            ui.add_space(8.0);
            buttons_ui(
                ui,
                &[
                    (
                        "Hun versie openen",
                        AppCommand::AnswerConflict(ConflictAnswer::OpenTheirs),
                    ),
                    (
                        "Mijn versie opslaan als…",
                        AppCommand::AnswerConflict(ConflictAnswer::SaveMineAs),
                    ),
                    (
                        "Toch overschrijven",
                        AppCommand::AnswerConflict(ConflictAnswer::Overwrite),
                    ),
                ],
                commands,
            );
        }
        Dialog::Recovery {
            differences,
            last_edit,
            path,
            ..
        } => {
            ui.heading("Niet-opgeslagen wijzigingen teruggevonden");
            ui.label(format!(
                "Wijkdashboard is de vorige keer niet netjes afgesloten. Er zijn wijzigingen bewaard van {last_edit} die niet in het bestand staan:"
            ));
            for line in differences.iter() {
                ui.label(format!("• {line}"));
            }
            ui.add_space(6.0);
            ui.label("Herstellen zet ze terug (met Ctrl+Z ongedaan te maken). Weggooien laat het bestand zoals het is; de wijzigingen blijven bewaard in:");
            ui.weak(path.display().to_string());
            ui.add_space(8.0);
            buttons_ui(
                ui,
                &[
                    (
                        "Herstellen",
                        AppCommand::AnswerRecovery(RecoveryAnswer::Restore),
                    ),
                    (
                        "Weggooien",
                        AppCommand::AnswerRecovery(RecoveryAnswer::Discard),
                    ),
                ],
                commands,
            );
        }
        Dialog::MapPreview { path, import } => {
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
                    ("Toepassen", AppCommand::ApplyMap),
                    ("Annuleren", AppCommand::CloseDialog),
                ],
                commands,
            );
        }
        Dialog::Import { path, summary, .. } => {
            ui.heading("Importeren");
            ui.label(format!("Bestand: {}", path.display()));
            ui.add_space(6.0);
            import_summary_ui(ui, summary);
            ui.add_space(6.0);
            ui.label("Alles vervangen: uw huidige gegevens worden vervangen door het bestand.");
            ui.label("Samenvoegen: nieuwe items worden toegevoegd en items met dezelfde id overschreven; niets wordt verwijderd, uw budget blijft.");
            ui.weak("Beide zijn ongedaan te maken met Ctrl+Z.");
            ui.add_space(8.0);
            buttons_ui(
                ui,
                &[
                    ("Alles vervangen", AppCommand::ImportApply { merge: false }),
                    ("Samenvoegen", AppCommand::ImportApply { merge: true }),
                    ("Annuleren", AppCommand::CloseDialog),
                ],
                commands,
            );
        }
        Dialog::Backups(backups) => {
            ui.heading("Back-up terugzetten");
            if backups.is_empty() {
                ui.label("Er zijn nog geen back-ups. Bij elke opslag wordt de vorige versie bewaard: de laatste 10, en van de afgelopen 30 dagen de eerste van elke dag.");
            }
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for backup in backups.iter() {
                        ui.horizontal(|ui| {
                            ui.label(backup.made.format("%d-%m-%Y %H:%M:%S").to_string());
                            if ui.button("Terugzetten").clicked() {
                                hand_over(commands, AppCommand::RestoreBackup(backup.path.clone()));
                            }
                        });
                    }
                });
            ui.add_space(6.0);
            if ui.button("Sluiten").clicked() {
                commands.push(AppCommand::CloseDialog);
            }
        }
        Dialog::Path { purpose, text } => {
            ui.heading(purpose.title());
            ui.label(if *purpose == PathPurpose::Image {
                "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van de afbeelding (.png)."
            } else if *purpose == PathPurpose::Map {
                "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van het kaartbestand (.geojson of .json)."
            } else {
                "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van het bestand (.ron)."
            });
            let label = ui.label("Pad");
            let response = ui
                .add(egui::TextEdit::singleline(text).desired_width(480.0))
                .labelled_by(label.id);
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if (ui.button(purpose.title()).clicked() || entered) && !text.trim().is_empty() {
                    hand_over(commands, purpose.command(PathBuf::from(text.trim())));
                }
                if ui.button("Annuleren").clicked() {
                    commands.push(AppCommand::CloseDialog);
                }
            });
        }
        Dialog::ExportOptions {
            format,
            include_personal,
        } => {
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
                    let chosen = AppCommand::ExportChosen {
                        format: *format,
                        include_personal: *include_personal,
                    };
                    hand_over(commands, chosen);
                }
                if ui.button("Annuleren").clicked() {
                    commands.push(AppCommand::CloseDialog);
                }
            });
        }
        Dialog::ChooseSlides => {
            ui.heading("Dia's kiezen");
            ui.label("Vink aan welke dia's de presentatie toont en zet ze in volgorde. De keuze wordt met de gegevens opgeslagen.");
            if let Some(edit) = crate::ui::slide_chooser::slide_chooser_ui(ui, data) {
                commands.push(edit);
            }
            ui.add_space(6.0);
            if ui.button("Klaar").clicked() {
                commands.push(AppCommand::CloseDialog);
            }
        }
        Dialog::Message { title, text } => {
            ui.heading(RichText::new(title.as_str()).color(crate::ui::theme::ERROR));
            ui.label(text.as_str());
            ui.add_space(8.0);
            if ui.button("OK").clicked() {
                commands.push(AppCommand::CloseDialog);
            }
        }
    }
}

fn import_summary_ui(ui: &mut Ui, summary: &ImportSummary) {
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
