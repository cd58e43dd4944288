//! *Kaart importeren…*: the boundaries of the wijken from a GeoJSON file,
//! shown first, then applied as one undoable edit.

use std::path::PathBuf;

use crate::app::wijk_app::WijkApp;
use crate::command::MapImportMessage;
use crate::document::Edit;
use crate::store;
use crate::ui::shell::{Dialog, DialogKind};

impl WijkApp {
    /// Handles a message of *Kaart importeren…*.
    pub(in crate::app) fn on_map_import(&mut self, message: MapImportMessage) {
        match message {
            MapImportMessage::Read(path) => self.read_map(path),
            MapImportMessage::Apply => self.apply_map(),
        }
    }

    /// Reads a map file and shows what it holds; nothing changes yet.
    fn read_map(&mut self, path: PathBuf) {
        match store::read_map(&path, &self.document.data().districts) {
            Ok(import) => self.dialogs.show(Dialog::MapPreview {
                path,
                import: Box::new(import),
            }),
            Err(error) => self.show_error(&path, &error.to_string()),
        }
    }

    /// Applies the map on screen as one undoable edit.
    fn apply_map(&mut self) {
        let Some(Dialog::MapPreview { path, import }) = self.take_dialog(DialogKind::MapPreview)
        else {
            return;
        };
        if self
            .document
            .apply(Edit::Boundaries(import.boundaries_from_file(&path)), None)
        {
            self.after_change();
        }
        self.session.settings.map_kind = crate::command::MapKind::Kaart;
        self.set_status(
            format!(
                "Kaart geïmporteerd uit {}: {} wijken — Ctrl+Z maakt dit ongedaan.",
                path.display(),
                import.matched.len()
            ),
            false,
        );
    }
}
