//! The menu bar: Bestand, Bewerken, Beeld, the view tabs and the
//! presentation button. Texts, tooltips and shortcuts come from
//! [`UiCommand`], the same place the key handling reads.

use egui::Ui;

use crate::command::{CommandQueue, Message, UiCommand, View};

/// What the menus need to know about the document.
#[derive(Clone, Copy, Debug)]
pub struct MenuState<'a> {
    /// Whether there is something to undo.
    pub can_undo: bool,
    /// Whether there is something to redo.
    pub can_redo: bool,
    /// The view shown.
    pub view: View,
    /// The screens attached, by name.
    pub screens: &'a [String],
    /// The screen the slides go to, when there are two.
    pub slides_screen: Option<usize>,
}

impl MenuState<'_> {
    fn enabled(self, command: UiCommand) -> bool {
        match command {
            UiCommand::Undo => self.can_undo,
            UiCommand::Redo => self.can_redo,
            _ => true,
        }
    }
}

fn menu_item_ui(ui: &mut Ui, command: UiCommand, state: MenuState, queue: &mut CommandQueue) {
    let mut button = egui::Button::new(command.text());
    if let Some(shortcut) = command.primary_shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui
        .add_enabled(state.enabled(command), button)
        .on_hover_text(command.tooltip())
        .clicked()
    {
        queue.command(command);
    }
}

/// Draws the menu bar, the view tabs and the presentation button.
pub fn menu_bar_ui(ui: &mut Ui, state: MenuState, queue: &mut CommandQueue) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("Bestand", |ui| {
            for entry in UiCommand::FILE_MENU {
                match entry {
                    Some(command) => menu_item_ui(ui, command, state, queue),
                    None => {
                        ui.separator();
                    }
                }
            }
        });
        ui.menu_button("Bewerken", |ui| {
            for command in UiCommand::EDIT_MENU {
                menu_item_ui(ui, command, state, queue);
            }
        });
        ui.menu_button("Beeld", |ui| {
            for command in UiCommand::VIEW_MENU {
                menu_item_ui(ui, command, state, queue);
            }
            // A beamer may be plugged in after the start: look again.
            queue.message(Message::ReadScreens);
            if state.screens.len() >= 2 {
                ui.separator();
                ui.label("Dia's op scherm (de laptop krijgt de presentatorweergave):");
                for (index, name) in state.screens.iter().enumerate() {
                    if ui
                        .radio(
                            state.slides_screen == Some(index),
                            format!("{}. {name}", index + 1),
                        )
                        .clicked()
                    {
                        queue.message(Message::SlidesScreen(index));
                        ui.close();
                    }
                }
            }
        });
        ui.menu_button("Help", |ui| {
            for command in UiCommand::HELP_MENU {
                menu_item_ui(ui, command, state, queue);
            }
        });
        ui.separator();
        for view in View::ALL {
            let command = view.command();
            if ui
                .selectable_label(state.view == view, command.text())
                .on_hover_text(command.tooltip_with_shortcut(ui.ctx()))
                .clicked()
                && state.view != view
            {
                queue.command(command);
            }
        }
        ui.separator();
        let present = UiCommand::StartPresentation;
        if ui
            .button(present.text())
            .on_hover_text(present.tooltip_with_shortcut(ui.ctx()))
            .clicked()
        {
            queue.command(present);
        }
    });
}
