//! The menu bar: Bestand, Bewerken, Beeld, and the view tabs.

use egui::Ui;

use crate::app::{AppCommand, View};

/// Draws the menu bar and the view tabs.
pub fn menu_bar_ui(
    ui: &mut Ui,
    can_undo: bool,
    can_redo: bool,
    view: View,
    commands: &mut Vec<AppCommand>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("Bestand", |ui| {
            for (label, command) in [
                ("Nieuw", AppCommand::New),
                ("Openen…", AppCommand::Open),
                ("Importeren…", AppCommand::Import),
                ("Opslaan (Ctrl+S)", AppCommand::Save),
                ("Opslaan als…", AppCommand::SaveAs),
                ("Exporteren…", AppCommand::Export),
                ("Back-up terugzetten…", AppCommand::ShowBackups),
            ] {
                if ui.button(label).clicked() {
                    commands.push(command);
                }
            }
            ui.separator();
            if ui.button("Afsluiten").clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
        ui.menu_button("Bewerken", |ui| {
            if ui
                .add_enabled(can_undo, egui::Button::new("Ongedaan maken (Ctrl+Z)"))
                .clicked()
            {
                commands.push(AppCommand::Undo);
            }
            if ui
                .add_enabled(
                    can_redo,
                    egui::Button::new("Opnieuw (Ctrl+Shift+Z / Ctrl+Y)"),
                )
                .clicked()
            {
                commands.push(AppCommand::Redo);
            }
        });
        ui.menu_button("Beeld", |ui| {
            if ui.button("Presentatie (F5)").clicked() {
                commands.push(AppCommand::StartPresentation);
            }
            if ui.button("Dia's kiezen…").clicked() {
                commands.push(AppCommand::ChooseSlides);
            }
            if ui.button("Afbeelding exporteren…").clicked() {
                commands.push(AppCommand::ExportImage);
            }
            if ui.button("Licht/donker thema").clicked() {
                commands.push(AppCommand::ToggleTheme);
            }
        });
        ui.separator();
        for tab in View::ALL {
            if ui.selectable_label(view == tab, tab.label_nl()).clicked() && view != tab {
                commands.push(AppCommand::ShowView(tab));
            }
        }
        ui.separator();
        if ui
            .button("▶ Presenteren")
            .on_hover_text("Presentatiemodus voor de raadsbijeenkomst (F5)")
            .clicked()
        {
            commands.push(AppCommand::StartPresentation);
        }
    });
}
