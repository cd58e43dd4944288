//! The Indicatoren view: a list grouped by ambition on the left, and the
//! chosen indicator (its chart and its values) or the overview of distances
//! to the Utrecht average.

mod detail;
pub(crate) mod editor;
pub(crate) mod plot;

use egui::{RichText, Ui};

use crate::command::Message;
use crate::model::{IndicatorSeries, OVERVECHT, Trend};
use crate::ui::ViewContext;
use crate::ui::widgets::palette;

/// The id the list uses for the overview entry.
pub(crate) const OVERVIEW: &str = "";

/// Draws the Indicatoren view.
pub(crate) fn indicators_view_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    egui::Panel::left("indicator-list")
        .resizable(true)
        .default_size(320.0)
        .min_size(220.0)
        .max_size(480.0)
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            egui::ScrollArea::vertical()
                .id_salt("indicatoren-lijst")
                .auto_shrink([false, false])
                .show(ui, |ui| indicator_list_ui(ui, ctx));
        });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("indicatoren-rechts")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let series = &ctx.derived().indicators;
                let selected = &ctx.settings().selected_indicator;
                match series.iter().find(|s| s.id == *selected) {
                    Some(selected) => detail::indicator_detail_ui(ui, ctx, selected),
                    None => detail::overview_ui(ui, series),
                }
            });
    });
}

fn indicator_list_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>) {
    let data = ctx.data();
    let series = &ctx.derived().indicators;
    let selected = ctx.settings().selected_indicator.as_str();
    let choose = |ctx: &mut ViewContext<'_>, id: &str| {
        if id != selected {
            ctx.message(Message::SelectIndicator(id.to_owned()));
        }
    };
    if ui
        .selectable_label(
            selected == OVERVIEW,
            RichText::new("Overzicht: vergeleken").strong(),
        )
        .clicked()
    {
        choose(ctx, OVERVIEW);
    }
    ui.separator();
    let groups: Vec<(Option<u8>, String)> = crate::model::view::charts::ambition_groups(data);
    for (ambition, title) in groups {
        let members: Vec<&IndicatorSeries> =
            series.iter().filter(|s| s.ambition == ambition).collect();
        // An ambition without indicators says so (the monitor has none for
        // it yet); only the "Zonder ambitie" group is left out when empty.
        if members.is_empty() && ambition.is_none() {
            continue;
        }
        ui.label(RichText::new(title).strong());
        if members.is_empty() {
            ui.weak("Nog geen indicatoren bij deze ambitie.");
        }
        for s in members {
            ui.horizontal(|ui| {
                let mark = match s.trend {
                    Trend::Better => "✔",
                    Trend::Worse => "⚠",
                    Trend::Flat | Trend::Unknown => "•",
                };
                ui.colored_label(palette::trend_colour(s.trend), mark)
                    .on_hover_text(s.trend.label_nl());
                if ui.selectable_label(selected == s.id, &s.name).clicked() {
                    choose(ctx, &s.id);
                }
            });
        }
        ui.add_space(4.0);
    }
    ui.separator();
    if ui.button("+ Indicator toevoegen").clicked() {
        let district = data
            .district(OVERVECHT)
            .or(data.districts.first())
            .map(|d| d.id.clone())
            .unwrap_or_default();
        let indicator = editor::new_indicator(data, &district);
        let id = indicator.id.clone();
        ctx.edit(
            crate::document::Edit::InsertIndicator {
                index: data.indicators.len(),
                indicator: Box::new(indicator),
            },
            None,
        );
        ctx.message(Message::SelectIndicator(id));
    }
}
