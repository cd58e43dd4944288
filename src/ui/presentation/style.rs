//! How slides look: text sizes scaled to the screen and the zoom, the
//! near-black ink, titles and bullet lists.

use egui::{Color32, RichText, Ui};

use crate::model::view::slide_pages::{BODY_PER_SCREEN_HEIGHT, SMALLEST_TEXT_SCREEN_HEIGHT};

/// Text sizes of one slide, scaled to the screen and the zoom.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sizes {
    /// Slide titles.
    pub title: f32,
    /// Body text.
    pub body: f32,
    /// Smaller text: details, axes, the footer.
    pub small: f32,
}

impl Sizes {
    /// The sizes on a screen `height` points high at `zoom`; on a screen
    /// lower than 1366×768 the text keeps the size it has there.
    pub(crate) fn for_screen(height: f32, zoom: f32) -> Self {
        Self::scaled(height.max(SMALLEST_TEXT_SCREEN_HEIGHT), zoom, 12.0)
    }

    /// The sizes of a slide drawn small (the presenter view's current and
    /// next slide): the same proportions as on the beamer, however small,
    /// so the preview shows the slide's layout as the audience sees it.
    pub(crate) fn for_preview(height: f32, zoom: f32) -> Self {
        Self::scaled(height, zoom, 3.0)
    }

    /// These sizes times `factor`.
    pub(crate) fn scaled_by(self, factor: f32) -> Self {
        Self {
            title: self.title * factor,
            body: self.body * factor,
            small: self.small * factor,
        }
    }

    fn scaled(height: f32, zoom: f32, smallest: f32) -> Self {
        let body = (height * BODY_PER_SCREEN_HEIGHT * zoom).clamp(smallest, 90.0);
        Self {
            title: body * 1.5,
            body,
            small: body * 0.8,
        }
    }
}

/// Text colour of presentation mode: near-black on white survives a
/// washed-out projector.
pub(crate) const INK: Color32 = Color32::from_rgb(0x10, 0x10, 0x10);

/// A slide's title.
pub(crate) fn title_ui(ui: &mut Ui, text: &str, sizes: Sizes) {
    ui.label(RichText::new(text).size(sizes.title).strong());
}

/// A titled list with every item.
pub(crate) fn bullet_list_ui(ui: &mut Ui, title: &str, items: &[String], sizes: Sizes) {
    if items.is_empty() {
        return;
    }
    ui.label(RichText::new(title).size(sizes.body).strong());
    for item in items {
        ui.label(RichText::new(format!("• {item}")).size(sizes.small));
    }
}
