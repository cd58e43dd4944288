//! [`UiCommand`]: everything a user can ask for by a menu item, a toolbar
//! button or a key, with its Dutch text, its tooltip and its shortcuts. This
//! is the only place they are written down: the menus, the buttons, the
//! tooltips and the key handling all read them from here.

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::{EnumIter, IntoEnumIterator};

/// A command without a payload: a menu item, a toolbar button or a shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum UiCommand {
    /// Bestand → Nieuw.
    New,
    /// Bestand → Openen…
    Open,
    /// Bestand → Importeren…
    Import,
    /// Bestand → Kaart importeren…
    ImportMap,
    /// Bestand → Tabel importeren… (Excel or CSV).
    ImportTable,
    /// Bestand → Opslaan.
    Save,
    /// Bestand → Opslaan als…
    SaveAs,
    /// Bestand → Back-up terugzetten…
    ShowBackups,
    /// Bestand → Wat is er veranderd…: the change report against a backup or a file.
    ShowChanges,
    /// Bestand → Samenvoegen met…: a three-way merge with another copy.
    MergeWith,
    /// Bestand → Exporteren naar Excel…
    ExportExcel,
    /// Bestand → Exporteren naar CSV…
    ExportCsv,
    /// Bestand → Kopie exporteren…
    ExportCopy,
    /// Bestand → Document maken…: the Bijlage or the monitor as Word and PDF.
    MakeDocument,
    /// Bestand → Afsluiten (asks first when there are unsaved changes).
    Quit,
    /// Bewerken → Ongedaan maken.
    Undo,
    /// Bewerken → Opnieuw.
    Redo,
    /// The Wijken tab: map, list and platform panel.
    ShowWijken,
    /// The Indicatoren tab.
    ShowIndicatoren,
    /// The Budget tab.
    ShowBudget,
    /// The Scenario's tab.
    ShowScenarios,
    /// The Voortgang tab: the interventions per ambition.
    ShowVoortgang,
    /// The next tab (after the last: the first).
    NextView,
    /// The tab before (before the first: the last).
    PreviousView,
    /// The real map of the wijken (when there are boundaries).
    ShowRealMap,
    /// The tile map: every wijk the same size.
    ShowTiles,
    /// Beeld → Licht/donker thema.
    ToggleTheme,
    /// The shortcuts, from this vocabulary.
    ShowHelp,
    /// Version, licence, where the data and the error log are.
    ShowAbout,
    /// Beeld → Presenteren, and the toolbar button.
    StartPresentation,
    /// Beeld → Dia's kiezen…
    ChooseSlides,
    /// Beeld → Afbeelding exporteren…: the view or slide as a PNG.
    ExportImage,
    /// Beeld → Dia's als PDF…: the chosen slides as a hand-out.
    ExportSlidesPdf,
    /// Put the keyboard in the search box of the Wijken view.
    FocusSearch,
    /// The next wijk in the list.
    NextDistrict,
    /// The previous wijk in the list.
    PreviousDistrict,
    /// Leave presentation mode.
    StopPresentation,
    /// The next slide.
    NextSlide,
    /// The previous slide.
    PreviousSlide,
    /// The first slide.
    FirstSlide,
    /// The last slide.
    LastSlide,
    /// Larger text on the slides.
    ZoomIn,
    /// Smaller text on the slides.
    ZoomOut,
}

/// Where a command can be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// While editing (not presenting).
    Editing,
    /// While editing, in the Wijken view.
    WijkenView,
    /// While presenting.
    Presenting,
    /// Always.
    Everywhere,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl UiCommand {
    /// The commands of the Bestand menu, in order (`None`: a separator).
    pub const FILE_MENU: [Option<Self>; 19] = [
        Some(Self::New),
        Some(Self::Open),
        Some(Self::Import),
        Some(Self::ImportMap),
        Some(Self::ImportTable),
        None,
        Some(Self::Save),
        Some(Self::SaveAs),
        Some(Self::ShowBackups),
        Some(Self::ShowChanges),
        Some(Self::MergeWith),
        None,
        Some(Self::ExportExcel),
        Some(Self::ExportCsv),
        Some(Self::ExportCopy),
        None,
        Some(Self::MakeDocument),
        None,
        Some(Self::Quit),
    ];

    /// The commands of the Bewerken menu.
    pub const EDIT_MENU: [Self; 2] = [Self::Undo, Self::Redo];

    /// The commands of the Beeld menu.
    pub const VIEW_MENU: [Self; 5] = [
        Self::StartPresentation,
        Self::ChooseSlides,
        Self::ExportSlidesPdf,
        Self::ExportImage,
        Self::ToggleTheme,
    ];

    /// The commands of the Help menu.
    pub const HELP_MENU: [Self; 2] = [Self::ShowHelp, Self::ShowAbout];

    /// Every command.
    pub fn all() -> impl Iterator<Item = Self> {
        Self::iter()
    }

    /// The Dutch text of its menu item or button.
    pub fn text(self) -> &'static str {
        match self {
            Self::New => "Nieuw",
            Self::Open => "Openen…",
            Self::Import => "Importeren…",
            Self::ImportMap => "Kaart importeren…",
            Self::ImportTable => "Tabel importeren…",
            Self::Save => "Opslaan",
            Self::SaveAs => "Opslaan als…",
            Self::ShowBackups => "Back-up terugzetten…",
            Self::ExportExcel => "Exporteren naar Excel…",
            Self::ExportCsv => "Exporteren naar CSV…",
            Self::ExportCopy => "Kopie exporteren…",
            Self::MakeDocument => "Document maken…",
            Self::ShowChanges => "Wat is er veranderd…",
            Self::MergeWith => "Samenvoegen met…",
            Self::Quit => "Afsluiten",
            Self::Undo => "Ongedaan maken",
            Self::Redo => "Opnieuw",
            Self::ShowWijken => "🗺 Wijken",
            Self::ShowIndicatoren => "📈 Indicatoren",
            Self::ShowBudget => "💶 Budget",
            Self::ShowScenarios => "📊 Scenario's",
            Self::ShowVoortgang => "🎯 Voortgang",
            Self::NextView => "Volgend tabblad",
            Self::PreviousView => "Vorig tabblad",
            Self::ShowRealMap => "Kaart",
            Self::ShowTiles => "Tegels",
            Self::ToggleTheme => "Licht/donker thema",
            Self::ShowHelp => "Sneltoetsen",
            Self::ShowAbout => "Over Wijkdashboard",
            Self::StartPresentation => "▶ Presenteren",
            Self::ChooseSlides => "Dia's kiezen…",
            Self::ExportImage => "Afbeelding exporteren…",
            Self::ExportSlidesPdf => "Dia's als PDF…",
            Self::FocusSearch => "Zoeken",
            Self::NextDistrict => "Volgende wijk",
            Self::PreviousDistrict => "Vorige wijk",
            Self::StopPresentation => "Presentatie stoppen",
            Self::NextSlide => "Volgende dia",
            Self::PreviousSlide => "Vorige dia",
            Self::FirstSlide => "Eerste dia",
            Self::LastSlide => "Laatste dia",
            Self::ZoomIn => "Tekst groter",
            Self::ZoomOut => "Tekst kleiner",
        }
    }

    /// What it does, in a sentence, for its tooltip.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::New => "Begin met lege gegevens (dezelfde wijken en ambities)",
            Self::Open => "Een ander gegevensbestand openen",
            Self::Import => "Gegevens uit een ander bestand toevoegen of alles vervangen",
            Self::ImportMap => {
                "De wijkgrenzen uit een GeoJSON-bestand van CBS, PDOK of de gemeente lezen"
            }
            Self::ImportTable => {
                "Monitorcijfers uit Excel of CSV lezen, of de werkmap van de app terug na bewerken in Excel"
            }
            Self::Save => "De gegevens nu opslaan (dat gebeurt ook vanzelf)",
            Self::SaveAs => "De gegevens in een nieuw bestand opslaan en daar verder werken",
            Self::ShowBackups => "Een eerdere versie van het bestand terugzetten",
            Self::ExportExcel => "Een Excel-werkmap met een tabblad per tabel",
            Self::ExportCsv => "Een map met een CSV-bestand per tabel",
            Self::ExportCopy => "Een kopie van het gegevensbestand om te delen",
            Self::ShowChanges => "Vergelijk de gegevens met een back-up of met een ander bestand",
            Self::MergeWith => {
                "Voeg een andere kopie van het register samen met deze, veld voor veld; u beslist de conflicten"
            }
            Self::MakeDocument => {
                "De Bijlage (stand van zaken wijkplatforms) of de monitor als Word-document en PDF"
            }
            Self::Quit => "Wijkdashboard sluiten",
            Self::Undo => "De laatste wijziging ongedaan maken",
            Self::Redo => "De ongedaan gemaakte wijziging opnieuw uitvoeren",
            Self::ShowWijken => "Kaart, lijst en wijkplatforms",
            Self::ShowIndicatoren => "De monitor: Overvecht tegen het Utrechtse gemiddelde",
            Self::ShowBudget => "Het budget per jaar, met de bezuiniging",
            Self::ShowScenarios => "Scenario's voor de bezuiniging naast elkaar",
            Self::ShowVoortgang => {
                "Wat het programma doet: de interventies per ambitie, met hun voortgang"
            }
            Self::NextView => "Naar het volgende tabblad (na Voortgang weer Wijken)",
            Self::PreviousView => "Naar het vorige tabblad",
            Self::ShowRealMap => "De echte wijkgrenzen",
            Self::ShowTiles => "Elke wijk even groot",
            Self::ToggleTheme => "Wisselen tussen een licht en een donker scherm",
            Self::ShowHelp => "Alle sneltoetsen van de app",
            Self::ShowAbout => "Versie, licentie, en waar de gegevens en het foutenlog staan",
            Self::StartPresentation => "Presentatiemodus voor de raadsbijeenkomst",
            Self::ChooseSlides => "Kiezen welke dia's de presentatie toont, in welke volgorde",
            Self::ExportImage => "Wat u nu ziet als PNG-afbeelding bewaren",
            Self::ExportSlidesPdf => {
                "Elke gekozen dia als pagina van een PDF, om vooraf aan de raad en de griffie te sturen"
            }
            Self::FocusSearch => "Zoeken op wijk, buurt of wijkplatform",
            Self::NextDistrict => "De volgende wijk in de lijst kiezen",
            Self::PreviousDistrict => "De vorige wijk in de lijst kiezen",
            Self::StopPresentation => "Terug naar het bewerken",
            Self::NextSlide => "Naar de volgende dia",
            Self::PreviousSlide => "Naar de vorige dia",
            Self::FirstSlide => "Naar de eerste dia",
            Self::LastSlide => "Naar de laatste dia",
            Self::ZoomIn => "De tekst op de dia's groter maken",
            Self::ZoomOut => "De tekst op de dia's kleiner maken",
        }
    }

    /// Its shortcuts, the one shown in menus first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Self::New => const { &[ctrl(Key::N)] },
            Self::Open => const { &[ctrl(Key::O)] },
            Self::Import => const { &[ctrl(Key::I)] },
            Self::Save => const { &[ctrl(Key::S)] },
            Self::SaveAs => const { &[ctrl_shift(Key::S)] },
            Self::Undo => const { &[ctrl(Key::Z)] },
            Self::Redo => const { &[ctrl(Key::Y), ctrl_shift(Key::Z)] },
            Self::StartPresentation => const { &[key(Key::F5)] },
            Self::ExportImage => const { &[ctrl(Key::E)] },
            Self::FocusSearch => const { &[ctrl(Key::F)] },
            Self::NextDistrict => const { &[key(Key::ArrowDown)] },
            Self::PreviousDistrict => const { &[key(Key::ArrowUp)] },
            Self::StopPresentation => const { &[key(Key::Escape)] },
            // A presentation clicker sends Page Down / Page Up.
            Self::NextSlide => {
                const { &[key(Key::ArrowRight), key(Key::PageDown), key(Key::Space)] }
            }
            Self::PreviousSlide => const { &[key(Key::ArrowLeft), key(Key::PageUp)] },
            Self::FirstSlide => const { &[key(Key::Home)] },
            Self::LastSlide => const { &[key(Key::End)] },
            // "+" is Shift+= on many keyboards: both count.
            Self::ZoomIn => const { &[ctrl(Key::Plus), ctrl(Key::Equals)] },
            Self::ZoomOut => const { &[ctrl(Key::Minus)] },
            // The tabs in their order, as browsers do.
            Self::ShowWijken => const { &[ctrl(Key::Num1)] },
            Self::ShowIndicatoren => const { &[ctrl(Key::Num2)] },
            Self::ShowBudget => const { &[ctrl(Key::Num3)] },
            Self::ShowScenarios => const { &[ctrl(Key::Num4)] },
            Self::ShowVoortgang => const { &[ctrl(Key::Num5)] },
            Self::NextView => const { &[ctrl(Key::Tab)] },
            Self::PreviousView => const { &[ctrl_shift(Key::Tab)] },
            Self::ShowHelp => const { &[key(Key::F1)] },
            Self::ImportMap
            | Self::ImportTable
            | Self::ShowBackups
            | Self::ExportExcel
            | Self::ExportCsv
            | Self::ExportCopy
            | Self::MakeDocument
            | Self::ShowChanges
            | Self::MergeWith
            | Self::Quit
            | Self::ShowAbout
            | Self::ShowRealMap
            | Self::ShowTiles
            | Self::ToggleTheme
            | Self::ChooseSlides
            | Self::ExportSlidesPdf => &[],
        }
    }

    /// The shortcut shown in menus and tooltips.
    pub fn primary_shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Where the command can be given.
    pub fn scope(self) -> Scope {
        match self {
            Self::New
            | Self::Open
            | Self::Import
            | Self::ImportMap
            | Self::ImportTable
            | Self::Save
            | Self::SaveAs
            | Self::ShowBackups
            | Self::ExportExcel
            | Self::ExportCsv
            | Self::ExportCopy
            | Self::MakeDocument
            | Self::ShowChanges
            | Self::MergeWith
            | Self::Quit
            | Self::Undo
            | Self::Redo
            | Self::ShowWijken
            | Self::ShowIndicatoren
            | Self::ShowBudget
            | Self::ShowScenarios
            | Self::ShowVoortgang
            | Self::NextView
            | Self::PreviousView
            | Self::ToggleTheme
            | Self::ShowHelp
            | Self::ShowAbout
            | Self::StartPresentation
            | Self::ChooseSlides
            | Self::ExportSlidesPdf => Scope::Editing,
            Self::ShowRealMap
            | Self::ShowTiles
            | Self::FocusSearch
            | Self::NextDistrict
            | Self::PreviousDistrict => Scope::WijkenView,
            Self::StopPresentation
            | Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::ZoomIn
            | Self::ZoomOut => Scope::Presenting,
            Self::ExportImage => Scope::Everywhere,
        }
    }

    /// The tooltip with the shortcut: "De gegevens nu opslaan … (Ctrl+S)".
    pub fn tooltip_with_shortcut(self, ctx: &egui::Context) -> String {
        match self.primary_shortcut() {
            Some(shortcut) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(&shortcut)),
            None => self.tooltip().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_text_and_a_tooltip() {
        for command in UiCommand::all() {
            assert!(!command.text().is_empty(), "{command:?}");
            assert!(!command.tooltip().is_empty(), "{command:?}");
        }
    }

    #[test]
    fn no_shortcut_belongs_to_two_commands_that_can_be_given_at_once() {
        let all: Vec<(UiCommand, KeyboardShortcut)> = UiCommand::all()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
            .collect();
        for (index, (command, shortcut)) in all.iter().enumerate() {
            for (other, other_shortcut) in &all[index + 1..] {
                let together = command.scope() == other.scope()
                    || [command.scope(), other.scope()].contains(&Scope::Everywhere)
                    || (command.scope() == Scope::Editing && other.scope() == Scope::WijkenView)
                    || (command.scope() == Scope::WijkenView && other.scope() == Scope::Editing);
                assert!(
                    !(together && shortcut == other_shortcut),
                    "{command:?} and {other:?} share {shortcut:?}"
                );
            }
        }
    }

    #[test]
    fn every_menu_entry_and_tab_is_a_command_of_its_scope() {
        let tabs = crate::command::View::ALL.map(crate::command::View::command);
        let menus = UiCommand::FILE_MENU
            .iter()
            .flatten()
            .chain(&UiCommand::EDIT_MENU)
            .chain(&UiCommand::VIEW_MENU)
            .chain(&UiCommand::HELP_MENU)
            .chain(&tabs);
        for command in menus {
            assert_eq!(
                command.scope(),
                match command {
                    UiCommand::ExportImage => Scope::Everywhere,
                    _ => Scope::Editing,
                }
            );
        }
    }
}
