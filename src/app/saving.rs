//! The app's side of [`super::persistence::Persistence`]: asking it to save,
//! export and clean up, and doing what its effects ask.

use std::path::PathBuf;

use super::wijk_app::WijkApp;

impl WijkApp {
    /// Saves the document now (Ctrl+S, the question's "Opslaan").
    /// `overwrite`: do not compare with the file on disk.
    pub(super) fn save_now(&mut self, overwrite: bool) {
        let effects = self.persistence.save(&mut self.document, overwrite);
        self.apply_effects(effects);
    }

    /// Saves under a new name, in the background; the document moves there
    /// once the file is written.
    pub(super) fn save_as(&mut self, path: PathBuf) {
        let effects = self.persistence.save_as(&mut self.document, path);
        self.apply_effects(effects);
    }

    /// Once per frame: the results of file work, the recovery file and the
    /// automatic save; wakes the window once for the next step.
    pub(super) fn file_work(&mut self, ctx: &egui::Context) {
        // A command-line picture only reads the data: no saving then.
        let autosave = !self.capturing_for_command_line();
        let (effects, wake_in) = self.persistence.tick(&mut self.document, autosave);
        self.apply_effects(effects);
        if let Some(after) = wake_in {
            ctx.request_repaint_after(after);
        }
    }

    /// Removes the recovery file of the document (after a save, a clean exit
    /// or a choice to discard the edits).
    pub(super) fn remove_recovery_file(&mut self) {
        let effects = self.persistence.remove_recovery(&mut self.document);
        self.apply_effects(effects);
    }

    /// Called when the window closes: waits for the file work; the recovery
    /// file goes only when nothing is left unsaved or the user chose so.
    pub(super) fn exit_cleanly(&mut self) {
        self.finish_file_work();
        let chose_to_close = self.session.closing != super::session::Closing::Running;
        if !self.document.is_dirty() || chose_to_close {
            self.remove_recovery_file();
            self.finish_file_work();
        }
    }
}
