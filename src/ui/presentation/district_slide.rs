//! A wijk's slide: its status and situation beside a small map, then its
//! platforms (what goes well, challenges, next steps) and key figures.
//! Never its contact persons.

use egui::{Color32, RichText, Ui};

use super::style::{Sizes, bullet_list_ui, title_ui};
use crate::model::format;
use crate::ui::ViewContext;
use crate::ui::widgets::palette;
use crate::ui::wijken::boundary_map::{BoundaryMapStyle, boundary_map_ui};
use crate::ui::wijken::map_style::MapStyle;

/// One wijk: its status, situation, platforms and key figures.
pub(super) fn district_slide_ui(ui: &mut Ui, ctx: &ViewContext<'_>, code: &str, sizes: Sizes) {
    let (data, derived) = (ctx.data(), ctx.derived());
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
                        .fill(palette::status_fill(status))
                        .corner_radius(6.0)
                        .inner_margin(egui::Margin::symmetric(12, 4))
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(palette::status_label(status))
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
                let style = BoundaryMapStyle {
                    map: MapStyle {
                        name_size: sizes.small,
                        tooltips: false,
                    },
                    highlight: Some(code),
                    names: false,
                    legend: false,
                };
                // The small map only shows where the wijk is; a click does nothing.
                let _ = boundary_map_ui(ui, data, shapes, code, &style);
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
    ui.label(RichText::new(crate::model::slide_text::platform_facts(platform)).size(sizes.small));
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
                .color(palette::BLUE),
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
