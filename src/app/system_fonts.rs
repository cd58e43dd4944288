//! Reading the system's UI fonts at start-up (Windows: Segoe UI and Segoe UI
//! Semibold from the fonts folder). Elsewhere the fonts shipped in the
//! binary are used, so Linux builds, tests and pictures look the same.

use crate::ui::widgets::fonts::SystemFonts;

/// The system fonts to use, if any. Two direct file reads: no font scan, so
/// start-up stays quick.
pub(super) fn read_system_fonts() -> SystemFonts {
    #[cfg(windows)]
    {
        let folder = std::env::var_os("WINDIR")
            .map_or_else(
                || std::path::PathBuf::from(r"C:\Windows"),
                std::path::PathBuf::from,
            )
            .join("Fonts");
        let read = |file: &str, name: &str| {
            std::fs::read(folder.join(file))
                .ok()
                .map(|bytes| (name.to_owned(), bytes))
        };
        SystemFonts {
            regular: read("segoeui.ttf", "Segoe UI"),
            semibold: read("seguisb.ttf", "Segoe UI Semibold"),
        }
    }
    #[cfg(not(windows))]
    {
        SystemFonts::default()
    }
}
