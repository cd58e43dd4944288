//! The colours of the statuses and the budget, as RGB, in one place: the
//! app draws with them (`ui::widgets::palette`) and so do the council's
//! documents. Chosen to stay apart for colour-blind viewers and on a
//! washed-out projector, and dark enough for white text on them.

use crate::model::PlatformStatus;
use crate::model::view::charts::BudgetPart;

/// A colour as red, green, blue.
pub(crate) type Rgb = [u8; 3];

/// Green: going well (an active platform, a good trend, confirmed money).
pub(crate) const GREEN: Rgb = [0x1B, 0x7A, 0x3A];
/// Blue: under way (a platform in opbouw, structural money, no trend yet).
pub(crate) const BLUE: Rgb = [0x15, 0x5F, 0xB0];
/// Brown: exploring, and targets.
pub(crate) const BROWN: Rgb = [0x8A, 0x4F, 0x00];
/// Red: stopping, a bad trend, the cut.
pub(crate) const RED: Rgb = [0xB0, 0x2A, 0x1E];
/// Dark grey: ended platforms, the Utrecht average.
pub(crate) const DARK_GREY: Rgb = [0x55, 0x55, 0x55];
/// Grey: a wijk without a platform.
const GREY: Rgb = [0x8C, 0x8C, 0x8C];
/// Light grey: money that is not confirmed.
const LIGHT_GREY: Rgb = [0xA0, 0xA0, 0xA0];

/// The fill of a platform status (`None`: no platform).
pub(crate) fn status_colour(status: Option<PlatformStatus>) -> Rgb {
    match status {
        Some(PlatformStatus::Actief) => GREEN,
        Some(PlatformStatus::InOpbouw) => BLUE,
        Some(PlatformStatus::Verkennend) => BROWN,
        Some(PlatformStatus::Stopt) => RED,
        Some(PlatformStatus::Opgeheven) => DARK_GREY,
        None => GREY,
    }
}

/// Dutch label for a wijk's status, including "geen wijkplatform".
pub(crate) fn status_label(status: Option<PlatformStatus>) -> &'static str {
    status.map_or("geen wijkplatform", PlatformStatus::label_nl)
}

/// Every status a legend shows, in order, and "no platform" last.
pub(crate) fn legend_statuses() -> impl Iterator<Item = Option<PlatformStatus>> {
    PlatformStatus::ALL
        .into_iter()
        .map(Some)
        .chain(std::iter::once(None))
}

/// The colour of an intervention's status: green running, blue being
/// prepared, brown explored, dark grey done, red stopped, grey unknown.
pub(crate) fn intervention_colour(status: crate::model::InterventionStatus) -> Rgb {
    use crate::model::InterventionStatus as S;
    match status {
        S::InUitvoering | S::Pilot => GREEN,
        S::Voorbereiding => BLUE,
        S::Verkenning => BROWN,
        S::Afgerond => DARK_GREY,
        S::Gestopt => RED,
        S::NietGenoemd => GREY,
    }
}

/// The colour of a layer of the budget chart.
pub(crate) fn budget_colour(part: BudgetPart) -> Rgb {
    match part {
        BudgetPart::Structural => BLUE,
        BudgetPart::Incidental => GREEN,
        BudgetPart::Unconfirmed => LIGHT_GREY,
    }
}

/// `#1b7a3a`, for SVG.
pub(crate) fn hex(colour: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", colour[0], colour[1], colour[2])
}
