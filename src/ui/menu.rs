//! The menu bar: Bestand, Bewerken, Beeld, and the view tabs. Labels and
//! shortcuts come from [`AppCommand`], the same place the key handling reads.

use egui::Ui;

use crate::command::{AppCommand, View};

/// What the menus need to know about the document.
#[derive(Clone, Copy, Debug)]
pub struct MenuState {
    /// Whether there is something to undo.
    pub can_undo: bool,
    /// Whether there is something to redo.
    pub can_redo: bool,
    /// The view shown.
    pub view: View,
}

fn command_button(
    ui: &mut Ui,
    command: &AppCommand,
    enabled: bool,
    commands: &mut Vec<AppCommand>,
) {
    let Some(label) = command.label_nl() else {
        return;
    };
    let mut button = egui::Button::new(label);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command.clone());
    }
}

/// Draws the menu bar and the view tabs.
pub fn menu_bar_ui(ui: &mut Ui, state: MenuState, commands: &mut Vec<AppCommand>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("Bestand", |ui| {
            for entry in &AppCommand::FILE_MENU {
                match entry {
                    Some(command) => command_button(ui, command, true, commands),
                    None => {
                        ui.separator();
                    }
                }
            }
        });
        ui.menu_button("Bewerken", |ui| {
            for command in &AppCommand::EDIT_MENU {
                let enabled = match command {
                    AppCommand::Undo => state.can_undo,
                    AppCommand::Redo => state.can_redo,
                    _ => true,
                };
                command_button(ui, command, enabled, commands);
            }
        });
        ui.menu_button("Beeld", |ui| {
            for command in &AppCommand::VIEW_MENU {
                command_button(ui, command, true, commands);
            }
        });
        ui.separator();
        for tab in View::ALL {
            if ui
                .selectable_label(state.view == tab, tab.label_nl())
                .clicked()
                && state.view != tab
            {
                commands.push(AppCommand::ShowView(tab));
            }
        }
        ui.separator();
        let present = AppCommand::StartPresentation;
        if ui
            .button("▶ Presenteren")
            .on_hover_text(format!(
                "Presentatiemodus voor de raadsbijeenkomst ({})",
                present
                    .shortcut()
                    .map(|s| ui.ctx().format_shortcut(&s))
                    .unwrap_or_default()
            ))
            .clicked()
        {
            commands.push(present);
        }
    });
}
