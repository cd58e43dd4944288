//! Presentation mode for the raadsbijeenkomst: full screen, no editing, large
//! type on a light high-contrast theme, the chosen slides one after another.
//! Personal data (contact persons) is never drawn here. Paging and zoom are
//! commands (`UiCommand::NextSlide`, …) the app applies; a click on a wijk
//! of the overview map sends `Message::GoToSlide`.

mod budget_slide;
pub mod chooser;
mod district_slide;
mod footer;
mod indicator_slide;
mod overview_slide;
pub mod presenter;
mod scenario_slides;
pub mod style;

use egui::{Color32, RichText, Ui};

use crate::model::convert::margin_i8;
use crate::model::slides::{Slide, shown_slides};
use crate::ui::ViewContext;
use crate::ui::widgets::fonts;
use style::{INK, Sizes};

/// The slides shown and the one on screen.
pub(super) struct Deck {
    /// The shown slides, in order.
    pub(super) slides: Vec<Slide>,
    /// The index of the one on screen.
    pub(super) current: usize,
}

impl Deck {
    /// The shown slides, at `slide` (the last when past the end).
    fn at(data: &crate::model::Dataset, slide: usize) -> Self {
        let slides = shown_slides(data);
        let current = slide.min(slides.len().saturating_sub(1));
        Self { slides, current }
    }

    /// The slide on screen.
    fn slide(&self) -> Option<&Slide> {
        self.slides.get(self.current)
    }
}

/// Where the presentation is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PresentationState {
    /// Index into the shown slides.
    pub slide: usize,
}

/// Draws the slide at `state.slide` of the shown slides, at `zoom`.
pub fn presentation_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    state: &PresentationState,
    zoom: f32,
) {
    let deck = Deck::at(ctx.data(), state.slide);
    let sizes = Sizes::for_screen(ui.available_height(), zoom);
    egui::CentralPanel::default()
        .frame(page_frame(sizes))
        .show(ui, |ui| page_ui(ui, ctx, &deck, sizes));
}

/// The white page of a slide with its margins.
fn page_frame(sizes: Sizes) -> egui::Frame {
    egui::Frame::new()
        .fill(Color32::WHITE)
        .inner_margin(egui::Margin::symmetric(
            margin_i8(sizes.body * 1.5),
            margin_i8(sizes.body * 0.8),
        ))
}

/// A slide's content and its footer, in the room `ui` has.
fn page_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, deck: &Deck, sizes: Sizes) {
    slide_style(ui, sizes);
    let footer_height = sizes.small * 2.2;
    let content_height = ui.available_height() - footer_height;
    ui.allocate_ui(egui::vec2(ui.available_width(), content_height), |ui| {
        ui.set_min_height(content_height);
        slide_ui(ui, ctx, deck, sizes);
    });
    footer::footer_ui(ui, ctx.data(), deck, sizes);
}

/// Slide `index` of the shown slides drawn small, as the audience sees it,
/// in a 16:9 box `width` wide (the presenter view's current and next slide).
fn slide_box_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, index: usize, width: f32, zoom: f32) {
    let size = egui::vec2(width, width * 9.0 / 16.0);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().rect_stroke(
        rect,
        0.0,
        (1.0, Color32::from_gray(160)),
        egui::StrokeKind::Outside,
    );
    let deck = Deck::at(ctx.data(), index);
    let sizes = Sizes::for_preview(size.y, zoom);
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .id_salt(("slide box", index)),
    );
    child.set_clip_rect(rect);
    page_frame(sizes).show(&mut child, |ui| {
        ui.set_min_size(rect.size() - page_frame(sizes).total_margin().sum());
        page_ui(ui, ctx, &deck, sizes);
    });
}

/// The light, high-contrast look of every slide, in the slides' font.
fn slide_style(ui: &mut Ui, sizes: Sizes) {
    *ui.visuals_mut() = egui::Visuals::light();
    ui.visuals_mut().override_text_color = Some(INK);
    ui.visuals_mut().extreme_bg_color = Color32::WHITE;
    ui.spacing_mut().item_spacing.y = sizes.body * 0.3;
    // Plot axes and legends use the small and body styles: make them readable too.
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.family = fonts::slide_family();
    }
    style.text_styles.insert(
        egui::TextStyle::Small,
        egui::FontId::new(sizes.small * 0.8, fonts::slide_family()),
    );
    style.text_styles.insert(
        egui::TextStyle::Body,
        egui::FontId::new(sizes.small, fonts::slide_family()),
    );
}

fn slide_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, deck: &Deck, sizes: Sizes) {
    let (data, derived) = (ctx.data(), ctx.derived());
    match deck.slide() {
        Some(Slide::Overview) => overview_slide::overview_slide_ui(ui, ctx, deck, sizes),
        Some(Slide::District(code)) => {
            district_slide::district_slide_ui(ui, ctx, code, sizes);
        }
        Some(Slide::Indicators) => indicator_slide::indicators_slide_ui(ui, derived, sizes),
        Some(Slide::Budget) => budget_slide::budget_slide_ui(ui, data, derived, sizes),
        Some(Slide::Scenario(id)) => scenario_slides::scenario_slide_ui(ui, data, id, sizes),
        Some(Slide::Comparison) => scenario_slides::comparison_slide_ui(ui, data, sizes),
        None => {
            ui.label(
                RichText::new(
                    "Geen dia's gekozen. Druk op Esc en kies dia's via Beeld > Dia's kiezen…",
                )
                .size(sizes.body),
            );
        }
    }
}
