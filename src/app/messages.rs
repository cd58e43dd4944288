//! Every [`Message`] is handled here, in one exhaustive match. An answer to
//! a dialog that is not on screen is reported in the status bar.

use super::session::Closing;
use super::wijk_app::WijkApp;
use crate::command::{
    ConflictAnswer, Message, PathPurpose, RecoveryAnswer, Replacement, UnsavedAnswer,
};
use crate::document::Edit;
use crate::ui::shell::{Dialog, DialogKind};

impl WijkApp {
    /// Handles one message.
    pub fn handle(&mut self, message: Message, ctx: &egui::Context) {
        match message {
            Message::Edit { edit, key } => {
                if self.document.apply(edit, key) {
                    self.after_change();
                }
            }
            Message::SelectDistrict(id) => self.session.settings.selected_district = id,
            Message::SelectIndicator(id) => self.session.settings.selected_indicator = id,
            Message::ShowMapKind(kind) => self.session.settings.map_kind = kind,
            Message::ShowVoortgangPane(pane) => self.session.settings.voortgang_pane = pane,
            Message::RememberFolder(purpose, folder) => self.remember_folder(purpose, &folder),
            Message::GoToSlide(slide) => {
                if self.session.is_presenting() {
                    self.present_slide(slide);
                }
            }
            Message::OpenPath(path) => self.replace_asking(Replacement::Open(path)),
            Message::Import(message) => self.on_import(message),
            Message::MapImport(message) => self.on_map_import(message),
            Message::TableImport(message) => self.on_table_import(message),
            Message::SaveAsPath(path) => self.save_as(path),
            Message::Export(message) => self.on_export(message),
            Message::Document(message) => self.on_document(message),
            Message::Changes(message) => self.on_changes(message),
            Message::Merge(message) => self.on_merge(message),
            Message::ExportImagePath(path) => self.capture_view(path, ctx),
            Message::ExportSlidesPdf(path) => self.capture_handout(path, ctx),
            Message::RestoreBackup(path) => {
                self.replace_asking(Replacement::RestoreBackup(path));
            }
            Message::AnswerUnsaved(answer) => self.answer_unsaved(answer),
            Message::AnswerConflict(answer) => {
                if self.take_dialog(DialogKind::ChangedOnDisk).is_some() {
                    self.resolve_conflict(answer);
                }
            }
            Message::AnswerRecovery(answer) => self.answer_recovery(answer),
            Message::AnswerLetterOffer(add) => self.answer_letter_offer(add),
            Message::ReadScreens => self.session.read_screens = true,
            Message::SlidesScreen(index) => self.choose_slides_screen(index, ctx),
            Message::CloseDialog => {
                self.dialogs.close();
            }
        }
    }

    /// After every command and message: the lock of the file in use, and
    /// the close the user chose.
    pub(super) fn after_action(&mut self, ctx: &egui::Context) {
        self.sync_lock();
        if self.session.closing == Closing::Requested {
            self.session.closing = Closing::Allowed;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// After every change of the data.
    pub(super) fn after_change(&mut self) {
        self.ensure_selection();
    }

    /// The dialog on screen when it is of `kind`; else says in the status
    /// bar that the answer came for a question that is not open.
    pub(super) fn take_dialog(&mut self, kind: DialogKind) -> Option<Dialog> {
        match self.dialogs.answer(kind) {
            Ok(dialog) => Some(dialog),
            Err(refused) => {
                self.set_status(refused.message_nl(), true);
                None
            }
        }
    }

    /// Replaces the data in use, asking first when there are unsaved changes.
    pub(super) fn replace_asking(&mut self, then: Replacement) {
        if self.document.is_dirty() {
            self.dialogs.show(Dialog::UnsavedChanges { then });
        } else {
            self.replace(then);
        }
    }

    fn answer_unsaved(&mut self, answer: UnsavedAnswer) {
        let Some(Dialog::UnsavedChanges { then, .. }) =
            self.take_dialog(DialogKind::UnsavedChanges)
        else {
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
                self.persistence.then_after_save(then);
                if self.document.path().is_some() {
                    self.save_now(false);
                } else {
                    self.choose_path(PathPurpose::SaveAs);
                }
            }
        }
    }

    fn resolve_conflict(&mut self, answer: ConflictAnswer) {
        if answer == ConflictAnswer::Merge {
            // Saving waits until the merge is applied; closing the merge
            // leaves the question open (Ctrl+S asks it again).
            self.merge_with_disk();
            return;
        }
        self.persistence.conflict_answered();
        match answer {
            ConflictAnswer::Merge => {}
            ConflictAnswer::Overwrite => self.save_now(true),
            ConflictAnswer::SaveMineAs => self.choose_path(PathPurpose::SaveAs),
            ConflictAnswer::OpenTheirs => self.open_theirs(),
        }
    }

    fn answer_recovery(&mut self, answer: RecoveryAnswer) {
        let Some(Dialog::Recovery {
            path,
            data,
            of_file,
            ..
        }) = self.take_dialog(DialogKind::Recovery)
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
            RecoveryAnswer::Discard => {
                let effects = self
                    .persistence
                    .set_aside_recovery(&mut self.document, path);
                self.apply_effects(effects);
            }
        }
    }

    /// The user chose to close (the unsaved question is answered).
    pub(super) fn close_now(&mut self) {
        self.session.closing = Closing::Requested;
    }
}
