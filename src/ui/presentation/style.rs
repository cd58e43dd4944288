//! How slides look: text sizes scaled to the screen and the zoom, the
//! near-black ink, titles and bullet lists.

use egui::{Color32, RichText, Ui};

/// Text sizes of one slide, scaled to the screen and the zoom.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Slide titles.
    pub title: f32,
    /// Body text.
    pub body: f32,
    /// Smaller text: details, axes, the footer.
    pub small: f32,
}

impl Sizes {
    /// The sizes on a screen `height` points high at `zoom`.
    pub fn for_screen(height: f32, zoom: f32) -> Self {
        Self::scaled(height, zoom, 12.0)
    }

    /// The sizes of a slide drawn small (the presenter view's current and
    /// next slide): the same proportions as on the beamer, however small,
    /// so the preview shows the slide's layout as the audience sees it.
    pub fn for_preview(height: f32, zoom: f32) -> Self {
        Self::scaled(height, zoom, 3.0)
    }

    fn scaled(height: f32, zoom: f32, smallest: f32) -> Self {
        // 34 pt body text on a 1080-pixel-high projector, scaled with the screen.
        let body = (height / 1080.0 * 34.0 * zoom).clamp(smallest, 90.0);
        Self {
            title: body * 1.5,
            body,
            small: body * 0.8,
        }
    }
}

/// Text colour of presentation mode: near-black on white survives a
/// washed-out projector.
pub const INK: Color32 = Color32::from_rgb(0x10, 0x10, 0x10);

/// A slide's title.
pub fn title_ui(ui: &mut Ui, text: &str, sizes: Sizes) {
    ui.label(RichText::new(text).size(sizes.title).strong());
}

/// A titled list of at most `limit` items, with "… en nog N" below.
pub fn bullet_list_ui(ui: &mut Ui, title: &str, items: &[String], sizes: Sizes, limit: usize) {
    if items.is_empty() {
        return;
    }
    ui.label(RichText::new(title).size(sizes.body).strong());
    for item in items.iter().take(limit) {
        ui.label(RichText::new(format!("• {item}")).size(sizes.small));
    }
    if items.len() > limit {
        ui.label(
            RichText::new(format!("… en nog {}", items.len() - limit))
                .size(sizes.small * 0.9)
                .italics(),
        );
    }
}
