//! The presenter view on the laptop while the beamer shows the slide: the
//! current slide small, the next one, the speaker notes in large text, the
//! time since the start and the clock, and the list of slides to jump to.
//! The notes are drawn here only, never on the audience's screen.

use egui::{Color32, RichText, Ui};

use super::slide_box_ui;
use crate::command::{Message, UiCommand};
use crate::model::view::slides::speaker_notes;
use crate::ui::ViewContext;

/// The times the presenter view shows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PresenterClock {
    /// Since the presentation started.
    pub elapsed: std::time::Duration,
    /// The time of day.
    pub now: chrono::NaiveTime,
}

/// "12:03" (minutes:seconds), or "1:02:03" past an hour.
fn elapsed_text(elapsed: std::time::Duration) -> String {
    let seconds = elapsed.as_secs();
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// The presenter view of slide `current`.
pub(crate) fn presenter_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    current: usize,
    zoom: f32,
    clock: PresenterClock,
) {
    let data = ctx.data();
    let pages = ctx.slide_pages(zoom);
    let count = pages.len();
    let current = current.min(count.saturating_sub(1));
    let title = pages
        .get(current)
        .map(|page| page.footer_title(data))
        .unwrap_or_default();
    // A slide's continuation pages share its notes.
    let notes = pages
        .get(current)
        .map(|page| speaker_notes(data, &page.slide).to_owned())
        .unwrap_or_default();
    egui::Panel::top("presenter bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(format!("Dia {} van {count} · {title}", current + 1));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Stoppen (Esc)").clicked() {
                    ctx.command(UiCommand::StopPresentation);
                }
                ui.label(RichText::new(format!("Klok {}", clock.now.format("%H:%M"))).size(22.0));
                ui.label(
                    RichText::new(format!("Verstreken {}", elapsed_text(clock.elapsed)))
                        .size(22.0)
                        .strong(),
                );
            });
        });
    });
    egui::Panel::right("presenter side")
        .resizable(false)
        .exact_size(ui.available_width() * 0.36)
        .show(ui, |ui| {
            ui.label(RichText::new("Volgende dia").strong());
            if current + 1 < count {
                let width = ui.available_width();
                slide_box_ui(ui, ctx, current + 1, width, zoom);
            } else {
                ui.label("Dit is de laatste dia.");
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(current > 0, egui::Button::new("◀ Vorige dia"))
                    .clicked()
                {
                    ctx.command(UiCommand::PreviousSlide);
                }
                if ui
                    .add_enabled(current + 1 < count, egui::Button::new("Volgende dia ▶"))
                    .clicked()
                {
                    ctx.command(UiCommand::NextSlide);
                }
            });
            ui.add_space(8.0);
            ui.label(RichText::new("Alle dia's").strong());
            egui::ScrollArea::vertical()
                .id_salt("presenter slides")
                .show(ui, |ui| {
                    for (index, page) in pages.iter().enumerate() {
                        let text = format!("{}. {}", index + 1, page.title(data));
                        if ui.selectable_label(index == current, text).clicked() {
                            ctx.message(Message::GoToSlide(index));
                        }
                    }
                });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let width = ui
            .available_width()
            .min(ui.available_height() * 0.55 * 16.0 / 9.0);
        slide_box_ui(ui, ctx, current, width, zoom);
        ui.add_space(8.0);
        ui.label(RichText::new("Sprekersnotities").strong());
        egui::ScrollArea::vertical()
            .id_salt("presenter notes")
            .show(ui, |ui| {
                if notes.trim().is_empty() {
                    ui.label(
                        RichText::new(
                            "Geen notities bij deze dia (schrijf ze in Beeld → Dia's kiezen…).",
                        )
                        .size(20.0)
                        .color(Color32::from_gray(110)),
                    );
                } else {
                    ui.label(RichText::new(notes).size(28.0));
                }
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_since_the_start_reads_as_a_clock() {
        assert_eq!(elapsed_text(std::time::Duration::from_secs(0)), "0:00");
        assert_eq!(elapsed_text(std::time::Duration::from_secs(723)), "12:03");
        assert_eq!(
            elapsed_text(std::time::Duration::from_secs(3723)),
            "1:02:03"
        );
    }
}
