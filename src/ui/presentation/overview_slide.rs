//! The overview slide: the wijken on the map, coloured by the status of
//! their platforms.

use egui::{RichText, Ui};

use super::Deck;
use super::style::{Sizes, title_ui};
use crate::command::Message;
use crate::model::view::slide_pages::first_page_of;
use crate::model::view::slide_text;
use crate::model::view::slides::Slide;
use crate::ui::ViewContext;
use crate::ui::wijken::boundary_map::{BoundaryMapStyle, boundary_map_ui};
use crate::ui::wijken::map_style::MapStyle;
use crate::ui::wijken::tile_map::tile_map_ui;

/// The city: the map coloured by status, with the counts per status. A
/// click on a wijk goes to its slide.
pub(super) fn overview_slide_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, deck: &Deck, sizes: Sizes) {
    let (data, derived) = (ctx.data(), ctx.derived());
    title_ui(ui, slide_text::OVERVIEW_TITLE, sizes);
    ui.label(RichText::new(slide_text::overview_counts(data)).size(sizes.body));
    let style = MapStyle {
        name_size: sizes.body * 1.2,
        tooltips: false,
    };
    let clicked = match derived.map.as_deref() {
        // The real map where there are boundaries.
        Some(shapes) => {
            let style = BoundaryMapStyle {
                map: style,
                highlight: None,
                names: true,
                legend: true,
            };
            boundary_map_ui(ui, data, shapes, "", &style)
        }
        None => tile_map_ui(ui, data, "", &style),
    };
    if let Some(code) = clicked
        && let Some(index) = first_page_of(&deck.pages, &Slide::District(code))
    {
        ctx.message(Message::GoToSlide(index));
    }
}
