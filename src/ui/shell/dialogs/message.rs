//! A message to read and dismiss (usually an error).

use egui::{RichText, Ui};

use crate::command::{CommandQueue, Message};
use crate::ui::widgets::palette;

pub(super) fn message_ui(ui: &mut Ui, title: &str, text: &str, queue: &mut CommandQueue) {
    ui.heading(RichText::new(title).color(palette::ERROR));
    ui.label(text);
    ui.add_space(8.0);
    if ui.button("OK").clicked() {
        queue.message(Message::CloseDialog);
    }
}
