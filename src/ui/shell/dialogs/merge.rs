//! *Bestand → Samenvoegen met…*: first what comes in by itself (per wijk,
//! each change listed), then each conflict with the common version's value,
//! "mijn" and "hun" (and "zelf invullen" for text). Nothing is chosen in
//! advance; *Toepassen* only when every conflict is decided.

use std::path::{Path, PathBuf};

use egui::Ui;

use crate::command::{CommandQueue, MergeMessage, Message};
use crate::model::changes::{Decision, Merge, grouped_lines};
use crate::model::format::counted;
use crate::store::DiskStamp;

/// A merge on screen: the other copy, the common version in words, the
/// merge and the user's own texts for conflicts.
#[derive(Clone, Debug)]
pub struct MergeDialog {
    other: PathBuf,
    base: String,
    merge: Merge,
    own_texts: Vec<String>,
    /// When the other copy is the data file itself as another program
    /// changed it: what it held when read for this merge.
    replaces: Option<DiskStamp>,
}

impl MergeDialog {
    /// A merge with the copy at `other`; `base` says which version both
    /// come from ("de stand van 1-10-2026 10:42", or that there is none).
    pub fn new(other: &Path, base: String, merge: Merge) -> Self {
        let own_texts = vec![String::new(); merge.conflicts().len()];
        Self {
            other: other.to_owned(),
            base,
            merge,
            own_texts,
            replaces: None,
        }
    }

    /// The other copy is the data file as another program left it (holding
    /// `stamp`): the merged data will be saved over it.
    #[must_use]
    pub fn replacing_file(mut self, stamp: DiskStamp) -> Self {
        self.replaces = Some(stamp);
        self
    }

    /// What the data file held when read for the merge, when the merge
    /// replaces it.
    pub fn replaces_file(&self) -> Option<&DiskStamp> {
        self.replaces.as_ref()
    }

    /// The other copy.
    pub fn other(&self) -> &Path {
        &self.other
    }

    /// The merge, with the decisions so far.
    pub fn merge(&self) -> &Merge {
        &self.merge
    }
}

/// The merge dialog.
pub(super) fn merge_ui(ui: &mut Ui, dialog: &mut MergeDialog, queue: &mut CommandQueue) {
    let name = dialog.other.file_name().map_or_else(
        || dialog.other.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if dialog.replaces.is_some() {
        ui.heading(format!(
            "{name} samenvoegen met de versie van het andere programma"
        ));
    } else {
        ui.heading(format!("Samenvoegen met {name}"));
    }
    ui.label(format!("Gemeenschappelijke versie: {}", dialog.base));
    let incoming = dialog.merge.incoming();
    let conflicts = dialog.merge.conflicts().len();
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .id_salt("merge")
        .show(ui, |ui| {
            // The questions first: they are what the user must do.
            if conflicts > 0 {
                ui.strong(format!("Conflicten: {conflicts}. Kies bij elk wat blijft."));
            }
            for index in 0..conflicts {
                conflict_ui(ui, dialog, index);
            }
            ui.add_space(8.0);
            ui.strong(format!(
                "Komt er vanzelf bij: {}",
                counted(incoming.len(), "wijziging", "wijzigingen")
            ));
            let all: Vec<_> = incoming.iter().collect();
            for (group, lines) in grouped_lines(&all) {
                egui::CollapsingHeader::new(format!("{group} ({})", lines.len()))
                    .id_salt(("incoming", &group))
                    .show(ui, |ui| {
                        for line in lines {
                            ui.label(line);
                        }
                    });
            }
        });
    ui.add_space(8.0);
    let decided = dialog.merge.is_decided();
    ui.horizontal(|ui| {
        let apply = ui
            .add_enabled(decided, egui::Button::new("Toepassen"))
            .on_disabled_hover_text("Kies eerst bij elk conflict wat blijft.");
        if apply.clicked() {
            queue.message(Message::Merge(MergeMessage::Apply));
        }
        if ui.button("Annuleren").clicked() {
            queue.message(Message::CloseDialog);
        }
    });
    if !decided {
        let open = (0..conflicts)
            .filter(|i| dialog.merge.decision(*i).is_none())
            .count();
        ui.weak(format!(
            "Nog {} te beslissen.",
            counted(open, "conflict", "conflicten")
        ));
    }
}

fn conflict_ui(ui: &mut Ui, dialog: &mut MergeDialog, index: usize) {
    let Some(text) = dialog.merge.conflict_text(index) else {
        return;
    };
    ui.group(|ui| {
        // Every conflict as wide as the dialog, so they read as one list.
        ui.set_min_width(ui.available_width());
        ui.label(egui::RichText::new(&text.place).strong());
        ui.label(format!("In de gemeenschappelijke versie: {}", text.base));
        let current = dialog.merge.decision(index).cloned();
        let mut chosen = None;
        if ui
            .radio(
                matches!(current, Some(Decision::Mine)),
                format!("Mijn: {}", text.mine),
            )
            .clicked()
        {
            chosen = Some(Decision::Mine);
        }
        if ui
            .radio(
                matches!(current, Some(Decision::Theirs)),
                format!("Hun: {}", text.theirs),
            )
            .clicked()
        {
            chosen = Some(Decision::Theirs);
        }
        if text.is_text {
            let own = matches!(current, Some(Decision::Own(_)));
            ui.horizontal(|ui| {
                let radio = ui.radio(own, "Zelf invullen:");
                if radio.clicked() {
                    chosen = Some(Decision::Own(dialog.own_texts[index].clone()));
                }
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut dialog.own_texts[index])
                            .desired_width(320.0),
                    )
                    .labelled_by(radio.id);
                if field.changed() {
                    chosen = Some(Decision::Own(dialog.own_texts[index].clone()));
                }
            });
        }
        if let Some(decision) = chosen {
            dialog.merge.decide(index, decision);
        }
    });
}
