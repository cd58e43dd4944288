//! The overview slide: the wijken on the map, coloured by the status of
//! their platforms.

use egui::{RichText, Ui};

use super::Deck;
use super::style::{Sizes, title_ui};
use crate::command::Message;
use crate::model::PlatformStatus;
use crate::model::slides::Slide;
use crate::ui::ViewContext;
use crate::ui::wijken::boundary_map::{BoundaryMapStyle, boundary_map_ui};
use crate::ui::wijken::map_style::MapStyle;
use crate::ui::wijken::tile_map::tile_map_ui;

/// The city: the map coloured by status, with the counts per status. A
/// click on a wijk goes to its slide.
pub(super) fn overview_slide_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, deck: &Deck, sizes: Sizes) {
    let slides = &deck.slides;
    let (data, derived) = (ctx.data(), ctx.derived());
    title_ui(ui, "Wijkplatforms in de tien wijken van Utrecht", sizes);
    let mut counts: Vec<String> = PlatformStatus::ALL
        .iter()
        .filter_map(|status| {
            let n = data
                .platforms
                .iter()
                .filter(|p| p.status == *status)
                .count();
            (n > 0).then(|| format!("{n} {}", status.label_nl()))
        })
        .collect();
    let without = data
        .districts
        .iter()
        .filter(|d| data.platforms_of(&d.id).next().is_none())
        .count();
    if without > 0 {
        counts.push(format!("{without} wijk zonder wijkplatform"));
    }
    ui.label(
        RichText::new(format!(
            "{} wijkplatforms: {}",
            data.platforms.len(),
            counts.join(" · ")
        ))
        .size(sizes.body),
    );
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
        && let Some(index) = slides
            .iter()
            .position(|s| *s == Slide::District(code.clone()))
    {
        ctx.message(Message::GoToSlide(index));
    }
}
