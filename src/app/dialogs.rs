//! The modal dialogs: unsaved changes on close, import choice, backups, an
//! in-app path field where no native file dialog is available, and errors.

use std::path::PathBuf;

use egui::{Id, Modal, RichText, Ui};

use super::AppCommand;
use crate::model::Dataset;
use crate::store::{Backup, ImportSummary};

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a file.
    Open,
    /// Import a file.
    Import,
    /// Save under a new name.
    SaveAs,
    /// Export a copy.
    Export,
    /// Save the view or slide as a PNG.
    Image,
}

impl PathPurpose {
    fn title(self) -> &'static str {
        match self {
            Self::Open => "Openen",
            Self::Import => "Importeren",
            Self::SaveAs => "Opslaan als",
            Self::Export => "Exporteren",
            Self::Image => "Afbeelding exporteren",
        }
    }

    /// The command that acts on the typed path.
    pub fn command(self, path: PathBuf) -> AppCommand {
        match self {
            Self::Open => AppCommand::OpenPath(path),
            Self::Import => AppCommand::ImportPath(path),
            Self::SaveAs => AppCommand::SaveAsPath(path),
            Self::Export => AppCommand::ExportPath(path),
            Self::Image => AppCommand::ExportImagePath(path),
        }
    }
}

/// The dialog on screen, if any.
pub enum Dialog {
    /// Closing with unsaved changes.
    ConfirmClose,
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
    ExportOptions,
    /// An error to read and dismiss.
    Error(String),
    /// Choose which slides the presentation shows, in which order.
    ChooseSlides,
}

/// What the user chose in a dialog.
pub enum DialogChoice {
    /// Nothing yet; keep the dialog open.
    Pending,
    /// Close the dialog without doing anything.
    Dismiss,
    /// Close and run these commands.
    Run(Vec<AppCommand>),
    /// Run these commands and keep the dialog open.
    Apply(Vec<AppCommand>),
    /// Close-dialog answers.
    SaveAndQuit,
    /// Quit without saving.
    QuitWithoutSaving,
    /// Import: replace everything.
    ImportReplace,
    /// Import: merge.
    ImportMerge,
    /// Export with or without personal data.
    ExportChosen {
        /// Include contact persons.
        include_personal: bool,
    },
}

/// Draws the dialog and returns the user's choice.
pub fn dialog_ui(
    ctx: &egui::Context,
    dialog: &mut Dialog,
    data: &Dataset,
    include_personal: &mut bool,
) -> DialogChoice {
    let mut choice = DialogChoice::Pending;
    let modal = Modal::new(Id::unique("wijkdashboard-dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        match dialog {
            Dialog::ConfirmClose => {
                ui.heading("Niet-opgeslagen wijzigingen");
                ui.label("Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan voordat u afsluit?");
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Opslaan").clicked() {
                        choice = DialogChoice::SaveAndQuit;
                    }
                    if ui.button("Niet opslaan").clicked() {
                        choice = DialogChoice::QuitWithoutSaving;
                    }
                    if ui.button("Annuleren").clicked() {
                        choice = DialogChoice::Dismiss;
                    }
                });
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
                ui.horizontal(|ui| {
                    if ui.button("Alles vervangen").clicked() {
                        choice = DialogChoice::ImportReplace;
                    }
                    if ui.button("Samenvoegen").clicked() {
                        choice = DialogChoice::ImportMerge;
                    }
                    if ui.button("Annuleren").clicked() {
                        choice = DialogChoice::Dismiss;
                    }
                });
            }
            Dialog::Backups(backups) => {
                ui.heading("Back-up terugzetten");
                if backups.is_empty() {
                    ui.label("Er zijn nog geen back-ups. Bij elke opslag wordt de vorige versie bewaard (de laatste 10).");
                }
                egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                    for backup in backups.iter() {
                        ui.horizontal(|ui| {
                            ui.label(backup.made.format("%d-%m-%Y %H:%M:%S").to_string());
                            if ui.button("Terugzetten").clicked() {
                                choice = DialogChoice::Run(vec![AppCommand::RestoreBackup(backup.path.clone())]);
                            }
                        });
                    }
                });
                ui.add_space(6.0);
                if ui.button("Sluiten").clicked() {
                    choice = DialogChoice::Dismiss;
                }
            }
            Dialog::Path { purpose, text } => {
                ui.heading(purpose.title());
                ui.label(if *purpose == PathPurpose::Image {
                    "Er is geen bestandskiezer beschikbaar op dit systeem. Typ het volledige pad van de afbeelding (.png)."
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
                        choice = DialogChoice::Run(vec![purpose.command(PathBuf::from(text.trim()))]);
                    }
                    if ui.button("Annuleren").clicked() {
                        choice = DialogChoice::Dismiss;
                    }
                });
            }
            Dialog::ExportOptions => {
                ui.heading("Exporteren");
                ui.label("Een export is een kopie van de gegevens om te delen.");
                ui.checkbox(include_personal, "Contactpersonen meenemen (persoonsgegevens, AVG)");
                ui.horizontal(|ui| {
                    if ui.button("Bestand kiezen…").clicked() {
                        choice = DialogChoice::ExportChosen { include_personal: *include_personal };
                    }
                    if ui.button("Annuleren").clicked() {
                        choice = DialogChoice::Dismiss;
                    }
                });
            }
            Dialog::ChooseSlides => {
                ui.heading("Dia's kiezen");
                ui.label("Vink aan welke dia's de presentatie toont en zet ze in volgorde. De keuze wordt met de gegevens opgeslagen.");
                if let Some(edit) = crate::ui::slide_chooser::slide_chooser_ui(ui, data) {
                    choice = DialogChoice::Apply(vec![edit]);
                }
                ui.add_space(6.0);
                if ui.button("Klaar").clicked() {
                    choice = DialogChoice::Dismiss;
                }
            }
            Dialog::Error(message) => {
                ui.heading(RichText::new("Er ging iets mis").color(crate::ui::theme::ERROR));
                ui.label(message.as_str());
                ui.add_space(8.0);
                if ui.button("OK").clicked() {
                    choice = DialogChoice::Dismiss;
                }
            }
        }
    });
    if matches!(choice, DialogChoice::Pending)
        && modal.should_close()
        && !matches!(dialog, Dialog::ConfirmClose)
    {
        choice = DialogChoice::Dismiss;
    }
    choice
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
