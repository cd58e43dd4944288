//! Presentation mode for the raadsbijeenkomst: full screen, no editing, large
//! type on a light high-contrast theme, a sequence of the chosen slides.
//! Personal data (contact persons) is never drawn here.

use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText, Ui};

use crate::command::AppCommand;
use crate::model::format;
use crate::model::slides::{Slide, shown_slides};
use crate::model::{Dataset, Derived, PlatformStatus};
use crate::ui::real_map::{RealMapStyle, real_map_ui};
use crate::ui::{budget_plot, fonts, indicator_plot, map, scenario_slides, theme};

/// Where the presentation is.
#[derive(Clone, Debug, Default)]
pub struct PresentationState {
    /// Index into the shown slides.
    pub slide: usize,
}

/// Text sizes of one slide, scaled to the screen and the zoom.
#[derive(Clone, Copy)]
pub(super) struct Sizes {
    pub(super) title: f32,
    pub(super) body: f32,
    pub(super) small: f32,
}

impl Sizes {
    fn for_screen(height: f32, zoom: f32) -> Self {
        // 34 pt body text on a 1080-pixel-high projector, scaled with the screen.
        let body = (height / 1080.0 * 34.0 * zoom).clamp(12.0, 90.0);
        Self {
            title: body * 1.5,
            body,
            small: body * 0.8,
        }
    }
}

/// Text colour of presentation mode: near-black on white survives a washed-out projector.
const INK: Color32 = Color32::from_rgb(0x10, 0x10, 0x10);

/// Handles the presentation keys; returns the commands they give.
pub fn presentation_keys(
    ui: &Ui,
    state: &mut PresentationState,
    slide_count: usize,
    zoom: &mut f32,
    commands: &mut Vec<AppCommand>,
) {
    let last = slide_count.saturating_sub(1);
    ui.input_mut(|input| {
        let mut pressed = |key: Key| input.consume_key(Modifiers::NONE, key);
        if pressed(Key::ArrowRight) || pressed(Key::PageDown) || pressed(Key::Space) {
            state.slide = (state.slide + 1).min(last);
        }
        if pressed(Key::ArrowLeft) || pressed(Key::PageUp) {
            state.slide = state.slide.saturating_sub(1);
        }
        if pressed(Key::Home) {
            state.slide = 0;
        }
        if pressed(Key::End) {
            state.slide = last;
        }
        if pressed(Key::Escape) {
            commands.push(AppCommand::StopPresentation);
        }
        for key in [Key::Plus, Key::Equals] {
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)) {
                *zoom = (*zoom * 1.1).min(3.0);
            }
        }
        if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus)) {
            *zoom = (*zoom / 1.1).max(0.5);
        }
    });
}

/// Draws presentation mode.
pub fn presentation_ui(
    ui: &mut Ui,
    data: &Dataset,
    derived: &Derived,
    state: &mut PresentationState,
    zoom: &mut f32,
    commands: &mut Vec<AppCommand>,
) {
    let slides = shown_slides(data);
    presentation_keys(ui, state, slides.len(), zoom, commands);
    state.slide = state.slide.min(slides.len().saturating_sub(1));
    let sizes = Sizes::for_screen(ui.available_height(), *zoom);
    let frame = egui::Frame::new()
        .fill(Color32::WHITE)
        .inner_margin(egui::Margin::symmetric(
            (sizes.body * 1.5) as i8,
            (sizes.body * 0.8) as i8,
        ));
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        *ui.visuals_mut() = egui::Visuals::light();
        ui.visuals_mut().override_text_color = Some(INK);
        ui.visuals_mut().extreme_bg_color = Color32::WHITE;
        ui.spacing_mut().item_spacing.y = sizes.body * 0.3;
        // Plot axes and legends use the small and body styles: make them readable too.
        // Every slide text is in the slides' semibold family.
        let style = ui.style_mut();
        for font in style.text_styles.values_mut() {
            font.family = fonts::slide_family();
        }
        style.text_styles.insert(egui::TextStyle::Small, egui::FontId::new(sizes.small * 0.8, fonts::slide_family()));
        style.text_styles.insert(egui::TextStyle::Body, egui::FontId::new(sizes.small, fonts::slide_family()));
        let footer_height = sizes.small * 2.2;
        let content_height = ui.available_height() - footer_height;
        ui.allocate_ui(egui::vec2(ui.available_width(), content_height), |ui| {
            ui.set_min_height(content_height);
            match slides.get(state.slide) {
                Some(Slide::Overview) => overview_slide_ui(ui, data, derived, sizes, state, &slides),
                Some(Slide::District(code)) => district_slide_ui(ui, data, derived, code, sizes),
                Some(Slide::Indicators) => indicators_slide_ui(ui, derived, sizes),
                Some(Slide::Budget) => budget_slide_ui(ui, data, derived, sizes),
                Some(Slide::Scenario(id)) => scenario_slides::scenario_slide_ui(ui, data, id, sizes),
                Some(Slide::Comparison) => scenario_slides::comparison_slide_ui(ui, data, sizes),
                None => {
                    ui.label(RichText::new("Geen dia's gekozen. Druk op Esc en kies dia's via Beeld > Dia's kiezen…").size(sizes.body));
                }
            }
        });
        footer_ui(ui, data, &slides, state.slide, sizes);
    });
}

pub(super) fn title_ui(ui: &mut Ui, text: &str, sizes: Sizes) {
    ui.label(RichText::new(text).size(sizes.title).strong());
}

fn footer_ui(ui: &mut Ui, data: &Dataset, slides: &[Slide], current: usize, sizes: Sizes) {
    let total = slides.len().max(1);
    let progress = (current + 1) as f32 / total as f32;
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), sizes.small * 0.35),
        egui::Sense::hover(),
    );
    ui.painter().rect_filled(rect, 2.0, Color32::from_gray(220));
    let mut done = rect;
    done.set_width(rect.width() * progress);
    ui.painter().rect_filled(
        done,
        2.0,
        theme::status_fill(Some(PlatformStatus::InOpbouw)),
    );
    ui.horizontal(|ui| {
        let title = slides
            .get(current)
            .map(|s| s.title(data))
            .unwrap_or_default();
        ui.label(
            RichText::new(format!("Dia {} van {}", current + 1, slides.len()))
                .size(sizes.small)
                .strong(),
        );
        ui.label(RichText::new(format!("· {title}")).size(sizes.small));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(
                RichText::new("▶ volgende   ◀ vorige   Esc stoppen")
                    .size(sizes.small * 0.8)
                    .color(Color32::from_gray(90)),
            );
        });
    });
}

fn overview_slide_ui(
    ui: &mut Ui,
    data: &Dataset,
    derived: &Derived,
    sizes: Sizes,
    state: &mut PresentationState,
    slides: &[Slide],
) {
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
    let mut clicks = Vec::new();
    let style = map::MapStyle {
        name_size: sizes.body * 1.2,
        tooltips: false,
    };
    match derived.map.as_deref() {
        // The real map when the boundaries are imported.
        Some(shapes) => {
            let style = RealMapStyle {
                map: style,
                highlight: None,
                names: true,
                legend: true,
            };
            real_map_ui(ui, data, shapes, "", &style, &mut clicks);
        }
        None => map::map_ui(ui, data, "", &style, &mut clicks),
    }
    for command in clicks {
        if let AppCommand::SelectDistrict(code) = command
            && let Some(index) = slides
                .iter()
                .position(|s| *s == Slide::District(code.clone()))
        {
            state.slide = index;
        }
    }
}

fn bullet_list_ui(ui: &mut Ui, title: &str, items: &[String], sizes: Sizes, limit: usize) {
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

fn district_slide_ui(ui: &mut Ui, data: &Dataset, derived: &Derived, code: &str, sizes: Sizes) {
    let Some(district) = data.district(code) else {
        return;
    };
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    let platforms: Vec<_> = data.platforms_of(code).map(|(_, p)| p).collect();
    let names: Vec<&str> = platforms.iter().map(|p| p.name.as_str()).collect();
    let show_situation = district.situation != names.join(", ") && platforms.len() != 1;
    // The small city map sits top right; the title and the situation use the
    // room beside it, so the platforms below get the height.
    let map_size = derived.map.as_deref().map(|shapes| {
        let height = sizes.title * 3.2;
        egui::vec2(height * shapes.size[0] / shapes.size[1].max(0.001), height)
    });
    ui.horizontal_top(|ui| {
        let beside_map = ui.available_width()
            - map_size.map_or(0.0, |size| size.x + ui.spacing().item_spacing.x);
        ui.allocate_ui_with_layout(
            egui::vec2(beside_map, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_min_width(beside_map);
                ui.horizontal(|ui| {
                    title_ui(ui, &format!("Wijk {}", district.name), sizes);
                    ui.add_space(sizes.body);
                    let status = data.district_status(code);
                    egui::Frame::new()
                        .fill(theme::status_fill(status))
                        .corner_radius(6.0)
                        .inner_margin(egui::Margin::symmetric(12, 4))
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(theme::status_label(status))
                                    .size(sizes.body)
                                    .color(Color32::WHITE),
                            );
                        });
                });
                if show_situation {
                    ui.label(RichText::new(&district.situation).size(sizes.body));
                }
            },
        );
        // A small map of the city with this wijk highlighted.
        if let (Some(shapes), Some(size)) = (derived.map.as_deref(), map_size) {
            ui.allocate_ui(size, |ui| {
                let style = RealMapStyle {
                    map: map::MapStyle {
                        name_size: sizes.small,
                        tooltips: false,
                    },
                    highlight: Some(code),
                    names: false,
                    legend: false,
                };
                real_map_ui(ui, data, shapes, code, &style, &mut Vec::new());
            });
        }
    });
    ui.add_space(sizes.small * 0.5);
    let figures: Vec<&crate::model::KeyFigure> = data
        .key_figures
        .iter()
        .filter(|k| k.district == code)
        .collect();
    // Columns justify text by default; slide text reads better ragged.
    let ragged = egui::Layout::top_down(egui::Align::Min);
    // One platform and no key figures: its plans fill the right-hand column.
    let split_single = platforms.len() == 1 && figures.is_empty();
    ui.columns(2, |columns| {
        let (left, right) = columns.split_at_mut(1);
        left[0].with_layout(ragged, |ui| match platforms.first() {
            None => bullet_list_ui(ui, "Stand van zaken", &district.notes, sizes, 6),
            Some(first) if split_single => platform_summary_ui(ui, first, sizes, 4),
            Some(first) => {
                platform_summary_ui(ui, first, sizes, 3);
                platform_plans_ui(ui, first, sizes, 3);
            }
        });
        right[0].with_layout(ragged, |ui| {
            if let (true, Some(first)) = (split_single, platforms.first()) {
                platform_plans_ui(ui, first, sizes, 4);
            }
            for other in platforms.iter().skip(1) {
                platform_summary_ui(ui, other, sizes, 3);
                platform_plans_ui(ui, other, sizes, 3);
            }
            if platforms.len() < 2 && !figures.is_empty() {
                key_figures_ui(ui, &figures, sizes, 6);
            }
        });
    });
    if !platforms.is_empty() && (platforms.len() >= 2 || figures.is_empty()) {
        bullet_list_ui(ui, "Overige buurten", &district.notes, sizes, 3);
    }
}

/// A platform's name, facts, reach and what goes well. Never its contact persons.
fn platform_summary_ui(ui: &mut Ui, platform: &crate::model::Platform, sizes: Sizes, limit: usize) {
    ui.label(RichText::new(&platform.name).size(sizes.body * 1.15));
    let mut facts = vec![platform.status.label_nl().to_owned()];
    if platform.legal_form != crate::model::LegalForm::Onbekend {
        facts.push(platform.legal_form.label_nl().to_owned());
    }
    if let Some(members) = &platform.members {
        facts.push(format!("{} leden", format::count(members)));
    }
    ui.label(RichText::new(facts.join(" · ")).size(sizes.small));
    for reach in &platform.reach {
        ui.label(
            RichText::new(format!(
                "{} {}",
                format::count(&reach.count),
                reach.description
            ))
            .size(sizes.small),
        );
    }
    bullet_list_ui(ui, "Wat goed gaat", &platform.activities, sizes, limit);
}

/// A platform's challenges and next steps.
fn platform_plans_ui(ui: &mut Ui, platform: &crate::model::Platform, sizes: Sizes, limit: usize) {
    bullet_list_ui(ui, "Uitdagingen", &platform.challenges, sizes, limit);
    bullet_list_ui(ui, "Volgende stappen", &platform.next_steps, sizes, limit);
}

/// Key figures as large numbers with their label.
fn key_figures_ui(ui: &mut Ui, figures: &[&crate::model::KeyFigure], sizes: Sizes, limit: usize) {
    ui.label(RichText::new("Kerncijfers").size(sizes.body));
    for figure in figures.iter().take(limit) {
        ui.label(
            RichText::new(format!("{} {}", format::count(&figure.count), figure.unit))
                .size(sizes.body * 1.1)
                .color(theme::status_fill(Some(PlatformStatus::InOpbouw))),
        );
        ui.label(RichText::new(&figure.label).size(sizes.small * 0.9));
    }
    if figures.len() > limit {
        ui.label(
            RichText::new(format!("… en nog {} kerncijfers", figures.len() - limit))
                .size(sizes.small * 0.9)
                .italics(),
        );
    }
}

fn indicators_slide_ui(ui: &mut Ui, derived: &Derived, sizes: Sizes) {
    title_ui(ui, "Overvecht tegen het Utrechtse gemiddelde", sizes);
    ui.label(
        RichText::new("Hoe ver Overvecht van het Utrechtse gemiddelde af ligt (rood: ongunstig).")
            .size(sizes.small),
    );
    let height = ui.available_height() * 0.55;
    indicator_plot::overview_plot_ui(ui, &derived.indicators, height, sizes.small, false);
    let developments: Vec<String> = derived
        .indicators
        .iter()
        .filter(|s| s.district.len() > 1)
        .filter_map(|s| {
            let first = s.district.first()?;
            let last = s.district.last()?;
            Some(format!(
                "{}: van {} ({:.0}) naar {} ({:.0}) — {}",
                s.name,
                format::with_unit(first[1], &s.unit),
                first[0],
                format::with_unit(last[1], &s.unit),
                last[0],
                s.trend.label_nl()
            ))
        })
        .collect();
    bullet_list_ui(ui, "Ontwikkeling", &developments, sizes, 4);
}

fn budget_slide_ui(ui: &mut Ui, data: &Dataset, derived: &Derived, sizes: Sizes) {
    title_ui(
        ui,
        &format!(
            "Budget {}: de bezuiniging vanaf 2026",
            data.budget.programme
        ),
        sizes,
    );
    let cut = derived.budget.iter().find(|y| y.cut_eur > 0);
    let before = derived.budget.iter().find(|y| y.cut_eur == 0);
    if let (Some(cut), Some(before)) = (cut, before) {
        ui.label(
            RichText::new(format!(
                "Structureel {} per jaar; vanaf {} {} minder: {}.",
                format::euro(before.structural_eur),
                cut.year,
                format::euro(cut.cut_eur),
                format::euro(cut.structural_eur)
            ))
            .size(sizes.body),
        );
    }
    let height = ui.available_height() - sizes.small * 2.5;
    budget_plot::budget_plot_ui(ui, &derived.budget, height.max(100.0), sizes.small, false);
    ui.label(RichText::new("Incidenteel: Regiodeal € 10 mln over vier jaar (hier gelijk verdeeld); SPUK Kansrijke Wijk mogelijk, bedrag onbekend.").size(sizes.small * 0.85));
}
