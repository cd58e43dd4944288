//! Presentation mode for the raadsbijeenkomst: full screen, no editing, large
//! type on a light high-contrast theme, the chosen slides one after another.
//! Personal data (contact persons) is never drawn here. Paging and zoom are
//! commands (`UiCommand::NextSlide`, …) the app applies; a click on a wijk
//! of the overview map sends `Message::GoToSlide`.

mod budget_slide;
pub(crate) mod chooser;
mod district_slide;
mod footer;
mod indicator_slide;
mod overview_slide;
pub(crate) mod presenter;
mod scenario_slides;
pub(crate) mod style;

use std::sync::Arc;

use egui::{Color32, RichText, Ui};

use crate::model::format::convert::margin_i8;
use crate::model::view::slide_pages::{self, SlidePage};
use crate::model::view::slides::Slide;
use crate::ui::ViewContext;
use crate::ui::widgets::fonts;
use style::{INK, Sizes, title_ui};

/// Whether a slide's footer names the keys ("▶ volgende   ◀ vorige   Esc
/// stoppen"): for the one who presents from this screen only, not on the
/// audience's screen beside a presenter view or in a picture of a slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KeyHints {
    /// The footer names the keys.
    Shown,
    /// The footer holds only how far the presentation is.
    Hidden,
}

/// The pages of the shown slides and the one on screen.
pub(super) struct Deck {
    /// The pages of the shown slides at this zoom, in order.
    pub(super) pages: Arc<Vec<SlidePage>>,
    /// The index of the one on screen.
    pub(super) current: usize,
    /// Whether its footer names the keys.
    pub(super) key_hints: KeyHints,
}

impl Deck {
    /// The pages at `zoom`, at page `slide` (the last when past the end).
    fn at(view: &ViewContext<'_>, slide: usize, zoom: f32, key_hints: KeyHints) -> Self {
        let pages = view.slide_pages(zoom);
        let current = slide.min(pages.len().saturating_sub(1));
        Self {
            pages,
            current,
            key_hints,
        }
    }

    /// The page on screen.
    fn page(&self) -> Option<&SlidePage> {
        self.pages.get(self.current)
    }
}

/// Where the presentation is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PresentationState {
    /// Index into the shown slides.
    pub slide: usize,
}

/// Draws the slide at `state.slide` of the shown slides, at `zoom`.
pub(crate) fn presentation_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    state: &PresentationState,
    zoom: f32,
    key_hints: KeyHints,
) {
    let deck = Deck::at(ctx, state.slide, zoom, key_hints);
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
            margin_i8(sizes.body * slide_pages::MARGIN_X_EM),
            margin_i8(sizes.body * slide_pages::MARGIN_Y_EM),
        ))
}

/// A slide's content and its footer, in the room `ui` has. The pages are
/// made to fit every projector; should one still not fit (a smaller window,
/// a very long text), its text is made smaller until it does, never cut.
fn page_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, deck: &Deck, sizes: Sizes) {
    let fit_id = egui::Id::unique((
        "slide fit",
        deck.current,
        sizes.body.to_bits(),
        ui.available_size().round().x.to_bits(),
        ui.available_size().round().y.to_bits(),
    ));
    let fit: f32 = ui.data(|d| d.get_temp(fit_id)).unwrap_or(1.0);
    let sizes = sizes.scaled_by(fit);
    slide_style(ui, sizes);
    let footer_height = sizes.body * slide_pages::FOOTER_EM;
    let content_height = ui.available_height() - footer_height;
    let used = ui
        .allocate_ui(egui::vec2(ui.available_width(), content_height), |ui| {
            ui.set_min_height(content_height);
            slide_ui(ui, ctx, deck, sizes);
        })
        .response
        .rect
        .height();
    if used > content_height + 1.0 && fit > MIN_FIT {
        let smaller = (fit * (content_height / used).max(0.9)).max(MIN_FIT);
        ui.data_mut(|d| d.insert_temp(fit_id, smaller));
        ui.ctx()
            .request_discard("a slide was too full for this screen");
    }
    footer::footer_ui(ui, ctx.data(), deck, sizes);
}

/// The text of a page that does not fit is made no smaller than this.
const MIN_FIT: f32 = 0.5;

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
    // A preview shows the slide as the audience sees it: without the keys.
    let deck = Deck::at(ctx, index, zoom, KeyHints::Hidden);
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
    match deck.page().map(|page| (&page.slide, page)) {
        Some((Slide::Overview, _)) => overview_slide::overview_slide_ui(ui, ctx, deck, sizes),
        Some((Slide::District(code), page)) => {
            district_slide::district_slide_ui(ui, ctx, code, page, sizes);
        }
        Some((Slide::Indicators, _)) => indicator_slide::indicators_slide_ui(ui, derived, sizes),
        Some((Slide::Ambition(_), page)) => flowing_slide_ui(ui, data, page, sizes),
        Some((Slide::Scenario(id), page))
            if crate::model::view::slide_pages::plan_of(data, id).is_some() =>
        {
            flowing_slide_ui(ui, data, page, sizes);
        }
        Some((Slide::Budget, _)) => budget_slide::budget_slide_ui(ui, data, derived, sizes),
        Some((Slide::Scenario(id), page)) => {
            scenario_slides::scenario_slide_ui(ui, data, id, page.part, sizes);
        }
        Some((Slide::Comparison, page)) => {
            scenario_slides::comparison_slide_ui(ui, data, page.part, sizes);
        }
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

/// A slide of flowing text under its title: an ambition's interventions, a
/// scenario per intervention.
fn flowing_slide_ui(
    ui: &mut Ui,
    data: &crate::model::Dataset,
    page: &crate::model::view::slide_pages::SlidePage,
    sizes: Sizes,
) {
    title_ui(ui, &page.title(data), sizes);
    ui.add_space(sizes.small * 0.5);
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    district_slide::columns_ui(ui, page, sizes);
}
