//! The app's colours as egui draws them: the statuses and the charts (their
//! RGB values are in `model::view::colours`, shared with the council's documents)
//! and the messages.

use egui::Color32;

use crate::model::view::charts::BudgetPart;
use crate::model::view::colours;
use crate::model::{InterventionStatus, PlatformStatus, Trend};

const fn rgb(c: colours::Rgb) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Green: going well (an active platform, a good trend, confirmed money).
pub const GREEN: Color32 = rgb(colours::GREEN);
/// Blue: under way (a platform in opbouw, structural money, no trend yet).
pub const BLUE: Color32 = rgb(colours::BLUE);
/// Brown: exploring, and targets.
pub const BROWN: Color32 = rgb(colours::BROWN);
/// Red: stopping, a bad trend, the cut.
pub const RED: Color32 = rgb(colours::RED);
/// Dark grey: ended platforms, the Utrecht average.
pub const DARK_GREY: Color32 = rgb(colours::DARK_GREY);

/// Colour of error messages beside fields.
pub const ERROR: Color32 = Color32::from_rgb(0xC6, 0x28, 0x28);
/// Colour of warnings.
pub const WARNING: Color32 = Color32::from_rgb(0xB2, 0x6A, 0x00);
/// Colour that marks personal data.
pub const PERSONAL_DATA: Color32 = Color32::from_rgb(0x6A, 0x1B, 0x9A);

/// The Utrecht average in the indicator charts.
pub const UTRECHT: Color32 = DARK_GREY;
/// A target in the indicator charts.
pub const TARGET: Color32 = BROWN;

/// One colour per compared scenario, told apart by people with the common
/// colour-vision deficiencies (Okabe–Ito blue, vermilion, bluish green).
const SCENARIO_COLOURS: [Color32; 3] = [
    Color32::from_rgb(0x00, 0x5A, 0xB5),
    Color32::from_rgb(0xC8, 0x4B, 0x00),
    Color32::from_rgb(0x00, 0x85, 0x60),
];

/// The colour of the scenario at `index` of a comparison.
pub fn scenario_colour(index: usize) -> Color32 {
    SCENARIO_COLOURS[index % SCENARIO_COLOURS.len()]
}

/// Fill colour for a platform status (`None`: no platform).
pub fn status_fill(status: Option<PlatformStatus>) -> Color32 {
    rgb(colours::status_colour(status))
}

/// Text colour on a status fill.
pub fn status_text(_status: Option<PlatformStatus>) -> Color32 {
    Color32::WHITE
}

/// Dutch label for a wijk's status, including "geen wijkplatform".
pub fn status_label(status: Option<PlatformStatus>) -> &'static str {
    colours::status_label(status)
}

/// The fill of an intervention's status and the text on it: white on the
/// dark colours, black on the grey of "status niet genoemd".
pub fn intervention_colours(status: InterventionStatus) -> (Color32, Color32) {
    let fill = rgb(colours::intervention_colour(status));
    let text = if status == InterventionStatus::NietGenoemd {
        Color32::BLACK
    } else {
        Color32::WHITE
    };
    (fill, text)
}

/// Every legend entry, in order.
pub fn legend_entries() -> impl Iterator<Item = Option<PlatformStatus>> {
    colours::legend_statuses()
}

/// The colour of the wijk's line for a trend.
pub fn trend_colour(trend: Trend) -> Color32 {
    match trend {
        Trend::Better => GREEN,
        Trend::Worse => RED,
        Trend::Flat | Trend::Unknown => BLUE,
    }
}

/// The colour of a layer of the budget chart.
pub fn budget_colour(part: BudgetPart) -> Color32 {
    rgb(colours::budget_colour(part))
}

/// The colour of the structural cut.
pub const CUT: Color32 = RED;

/// Grey borders of inputs and buttons: 3:1 or more against the panels and
/// the fields' own fill (WCAG 1.4.11), so that an empty field is seen.
const LIGHT_BORDER: Color32 = Color32::from_gray(118);
const DARK_BORDER: Color32 = Color32::from_gray(150);

/// Gives inputs and buttons a border that can be seen, in both themes.
pub fn apply_visuals(ctx: &egui::Context) {
    for (theme, border) in [
        (egui::Theme::Light, LIGHT_BORDER),
        (egui::Theme::Dark, DARK_BORDER),
    ] {
        ctx.style_mut_of(theme, |style| {
            style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, border);
        });
    }
}

/// The contrast ratio of two opaque colours (WCAG 2): 1 to 21.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_borders_stand_out_three_to_one_in_both_themes() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        let light = egui::Visuals::light();
        assert!(contrast_ratio(LIGHT_BORDER, light.panel_fill) >= 3.0);
        assert!(contrast_ratio(LIGHT_BORDER, light.extreme_bg_color) >= 3.0);
        let dark = egui::Visuals::dark();
        assert!(contrast_ratio(DARK_BORDER, dark.panel_fill) >= 3.0);
        assert!(contrast_ratio(DARK_BORDER, dark.extreme_bg_color) >= 3.0);
    }
}
