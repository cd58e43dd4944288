//! The text fonts. egui's built-in Ubuntu-Light is thin and washes out on a
//! projector, so:
//!
//! - the app uses the system's UI font where there is one (Segoe UI on
//!   Windows), else Noto Sans Regular (the `notosans` crate, SIL OFL);
//! - slides use a semibold face in their own family: Segoe UI Semibold on
//!   Windows, else Inter SemiBold (the `ttf-inter` crate, SIL OFL);
//! - egui's built-in fonts stay behind both as the last fallback (and for
//!   symbols such as ▶ and the emoji icons).
//!
//! Reading the system font files is the app's job at start-up; this module
//! only turns bytes into egui's font definitions.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// The name of the slides' font family.
const SLIDE_FAMILY: &str = "dia";

/// The slides' font family.
pub fn slide_family() -> FontFamily {
    FontFamily::Name(SLIDE_FAMILY.into())
}

/// Font files found on the system (empty where there are none).
#[derive(Clone, Debug, Default)]
pub struct SystemFonts {
    /// The regular UI font (Segoe UI), with its name.
    pub regular: Option<(String, Vec<u8>)>,
    /// The semibold UI font (Segoe UI Semibold), with its name.
    pub semibold: Option<(String, Vec<u8>)>,
}

/// Which fonts are used, by name, for the log and the README.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FontsInUse {
    /// The app's text font.
    pub app: String,
    /// The slides' text font.
    pub slides: String,
}

const NOTO_SANS: &str = "Noto Sans Regular";
const INTER_SEMIBOLD: &str = "Inter SemiBold";

/// egui's font definitions with the system's fonts first, then the fonts
/// shipped in the binary, then egui's own.
pub fn font_definitions(system: SystemFonts) -> (FontDefinitions, FontsInUse) {
    let mut fonts = FontDefinitions::default();
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut add = |name: &str, data: FontData| {
        fonts.font_data.insert(name.to_owned(), Arc::new(data));
        name.to_owned()
    };
    // The shipped fonts are used in place, without a copy.
    let shipped_regular = add(NOTO_SANS, FontData::from_static(notosans::REGULAR_TTF));
    let shipped_semibold = add(INTER_SEMIBOLD, FontData::from_static(ttf_inter::REGULAR));
    let app = system
        .regular
        .map_or(shipped_regular.clone(), |(name, bytes)| {
            add(&name, FontData::from_owned(bytes))
        });
    let slides = system
        .semibold
        .map_or(shipped_semibold.clone(), |(name, bytes)| {
            add(&name, FontData::from_owned(bytes))
        });
    let family = |first: &str, second: &str| {
        let mut list = vec![first.to_owned()];
        if second != first {
            list.push(second.to_owned());
        }
        list.extend(defaults.iter().cloned());
        list
    };
    let app_family = family(&app, &shipped_regular);
    let slide_family_list = family(&slides, &shipped_semibold);
    fonts.families.insert(FontFamily::Proportional, app_family);
    fonts.families.insert(slide_family(), slide_family_list);
    (fonts, FontsInUse { app, slides })
}

/// The font family of body text where `ui` draws: the slides' family in
/// presentation mode, the app's elsewhere. For text painted directly.
pub fn body_family(ui: &egui::Ui) -> FontFamily {
    egui::TextStyle::Body.resolve(ui.style()).family
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_system_fonts_the_shipped_ones_come_first() {
        let (fonts, in_use) = font_definitions(SystemFonts::default());
        assert_eq!(in_use.app, NOTO_SANS);
        assert_eq!(in_use.slides, INTER_SEMIBOLD);
        let app = &fonts.families[&FontFamily::Proportional];
        assert_eq!(app[0], NOTO_SANS);
        assert!(app.len() > 2, "egui's fonts stay as fallbacks: {app:?}");
        assert_eq!(fonts.families[&slide_family()][0], INTER_SEMIBOLD);
    }

    #[test]
    fn system_fonts_go_first_with_the_shipped_ones_behind() {
        let system = SystemFonts {
            regular: Some(("Segoe UI".into(), notosans::REGULAR_TTF.to_vec())),
            semibold: Some(("Segoe UI Semibold".into(), ttf_inter::REGULAR.to_vec())),
        };
        let (fonts, in_use) = font_definitions(system);
        assert_eq!(in_use.app, "Segoe UI");
        let app = &fonts.families[&FontFamily::Proportional];
        assert_eq!(app[..2], ["Segoe UI".to_owned(), NOTO_SANS.to_owned()]);
        assert_eq!(fonts.families[&slide_family()][0], "Segoe UI Semibold");
    }
}
