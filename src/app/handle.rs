//! Every command is applied here, in one exhaustive match: a new command
//! does not compile until it is handled.

use super::state::WijkApp;
use crate::command::{AppCommand, PathPurpose, RecoveryAnswer, Replacement, UnsavedAnswer};
use crate::document::Edit;
use crate::ui::dialogs::Dialog;

impl WijkApp {
    /// Runs one command.
    pub fn run(&mut self, command: AppCommand, ctx: &egui::Context) {
        match command {
            AppCommand::Edit { edit, key } => {
                if self.document.apply(edit, key) {
                    self.after_change();
                }
            }
            AppCommand::Undo => {
                if self.document.undo() {
                    self.after_change();
                    self.set_status("Ongedaan gemaakt.", false);
                }
            }
            AppCommand::Redo => {
                if self.document.redo() {
                    self.after_change();
                    self.set_status("Opnieuw uitgevoerd.", false);
                }
            }
            AppCommand::SelectDistrict(id) => self.settings.selected_district = id,
            AppCommand::ShowView(view) => self.settings.view = view,
            AppCommand::New => self.replace_asking(Replacement::New),
            AppCommand::Open => self.choose_path(PathPurpose::Open),
            AppCommand::OpenPath(path) => self.replace_asking(Replacement::Open(path)),
            AppCommand::Import => self.choose_path(PathPurpose::Import),
            AppCommand::ImportPath(path) => self.read_import(path),
            AppCommand::ImportApply { merge } => self.apply_import(merge),
            AppCommand::ImportMap => self.choose_path(PathPurpose::Map),
            AppCommand::ImportMapPath(path) => self.read_map(path),
            AppCommand::ApplyMap => self.apply_map(),
            AppCommand::ShowMapKind(kind) => self.settings.map_kind = kind,
            AppCommand::Save => {
                if self.document.path().is_some() {
                    self.save_now(false);
                } else {
                    self.choose_path(PathPurpose::SaveAs);
                }
            }
            AppCommand::SaveAs => self.choose_path(PathPurpose::SaveAs),
            AppCommand::SaveAsPath(path) => self.save_as(path),
            AppCommand::Export(format) => self.show_dialog(Dialog::ExportOptions {
                format,
                include_personal: self.include_personal_in_export,
            }),
            AppCommand::ExportChosen {
                format,
                include_personal,
            } => {
                self.include_personal_in_export = include_personal;
                self.choose_path(PathPurpose::Export(format));
            }
            AppCommand::ExportPath { format, path } => self.export(format, path),
            AppCommand::ShowBackups => {
                let backups = self
                    .document
                    .path()
                    .map(crate::store::list_backups)
                    .unwrap_or_default();
                self.show_dialog(Dialog::Backups(backups));
            }
            AppCommand::RestoreBackup(path) => {
                self.replace_asking(Replacement::RestoreBackup(path));
            }
            AppCommand::ToggleTheme => {
                self.settings.dark_mode = !self.settings.dark_mode;
                ctx.set_theme(if self.settings.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            AppCommand::StartPresentation => self.start_presentation(ctx),
            AppCommand::StopPresentation => self.stop_presentation(ctx),
            AppCommand::ChooseSlides => self.show_dialog(Dialog::ChooseSlides),
            AppCommand::ExportImage => self.choose_path(PathPurpose::Image),
            AppCommand::ExportImagePath(path) => {
                let path = if path.extension().is_some() {
                    path
                } else {
                    path.with_extension("png")
                };
                let shot = super::capture::Shot { slide: None, path };
                self.capture = Some(super::capture::CaptureJob::new(vec![shot], false));
                ctx.request_repaint();
            }
            AppCommand::Quit => self.replace_asking(Replacement::Quit),
            AppCommand::AnswerUnsaved(answer) => self.answer_unsaved(answer),
            AppCommand::AnswerConflict(answer) => {
                self.close_dialog();
                self.resolve_conflict(answer);
            }
            AppCommand::AnswerRecovery(answer) => self.answer_recovery(answer),
            AppCommand::CloseDialog => {
                self.close_dialog();
            }
        }
        self.sync_lock();
        if self.quit_now {
            self.quit_now = false;
            self.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// After every change of the data.
    pub(super) fn after_change(&mut self) {
        self.ensure_selection();
    }

    /// Replaces the data in use, asking first when there are unsaved changes.
    pub(super) fn replace_asking(&mut self, then: Replacement) {
        if self.document.is_dirty() {
            let summary = self.document.unsaved_summary();
            self.show_dialog(Dialog::UnsavedChanges { then, summary });
        } else {
            self.replace(then);
        }
    }

    fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(Dialog::UnsavedChanges { then, .. }) = self.close_dialog() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::Discard => {
                if then == Replacement::Quit {
                    // The user chose to let these edits go: no recovery either.
                    self.remove_recovery_file();
                }
                self.replace(then);
            }
            UnsavedAnswer::Save => {
                self.persistence.after_save = Some(then);
                if self.document.path().is_some() {
                    self.save_now(false);
                } else {
                    self.choose_path(PathPurpose::SaveAs);
                }
            }
        }
    }

    fn answer_recovery(&mut self, answer: RecoveryAnswer) {
        let Some(Dialog::Recovery {
            path,
            data,
            of_file,
            ..
        }) = self.close_dialog()
        else {
            return;
        };
        match answer {
            RecoveryAnswer::Restore => {
                let edit = match of_file {
                    Some(_) => Edit::Replace(data),
                    None => Edit::ReplaceWithFile {
                        data,
                        binding: None,
                    },
                };
                if self.document.apply(edit, None) {
                    self.after_change();
                }
                self.set_status(
                    "Niet-opgeslagen wijzigingen hersteld (Ctrl+Z maakt dit ongedaan).",
                    false,
                );
            }
            RecoveryAnswer::Discard => match crate::store::set_aside_recovery(&path) {
                Ok(aside) => self.set_status(
                    format!(
                        "Herstelde wijzigingen niet gebruikt; bewaard als {}",
                        aside.display()
                    ),
                    false,
                ),
                Err(error) => self.set_status(
                    format!(
                        "Kan het herstelbestand '{}' niet apart zetten: {error}",
                        path.display()
                    ),
                    true,
                ),
            },
        }
    }
}
