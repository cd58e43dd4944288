//! The indicators view: a list grouped by ambition, the plot of the chosen
//! indicator (or the overview of distances to Utrecht), and its table.

use egui::{RichText, Ui};

use crate::command::AppCommand;
use crate::model::format;
use crate::model::{Dataset, IndicatorSeries, Problem};
use crate::ui::settings::UiSettings;
use crate::ui::{indicator_plot, indicator_table};

/// The id the list uses for the overview entry.
pub const OVERVIEW: &str = "";

/// Draws the indicators view.
pub fn indicators_view_ui(
    ui: &mut Ui,
    data: &Dataset,
    series: &[IndicatorSeries],
    problems: &[Problem],
    settings: &mut UiSettings,
    commands: &mut Vec<AppCommand>,
) {
    egui::Panel::left("indicator-list")
        .resizable(true)
        .default_size(320.0)
        .min_size(220.0)
        .max_size(480.0)
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    indicator_list_ui(ui, data, series, settings, commands);
                });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                match series.iter().find(|s| s.id == settings.selected_indicator) {
                    Some(selected) => indicator_detail_ui(ui, data, selected, problems, commands),
                    None => overview_ui(ui, series),
                }
            });
    });
}

fn indicator_list_ui(
    ui: &mut Ui,
    data: &Dataset,
    series: &[IndicatorSeries],
    settings: &mut UiSettings,
    commands: &mut Vec<AppCommand>,
) {
    if ui
        .selectable_label(
            settings.selected_indicator == OVERVIEW,
            RichText::new("Overzicht: afstand tot Utrecht").strong(),
        )
        .clicked()
    {
        settings.selected_indicator = OVERVIEW.to_owned();
    }
    ui.separator();
    let groups: Vec<(Option<u8>, String)> = data
        .ambitions
        .iter()
        .map(|a| (Some(a.id), format!("Ambitie {}: {}", a.id, a.name)))
        .chain(std::iter::once((None, "Zonder ambitie".to_owned())))
        .collect();
    for (ambition, title) in groups {
        let members: Vec<&IndicatorSeries> =
            series.iter().filter(|s| s.ambition == ambition).collect();
        if members.is_empty() {
            continue;
        }
        ui.label(RichText::new(title).strong());
        for s in members {
            ui.horizontal(|ui| {
                let (mark, colour) = match s.trend {
                    crate::model::Trend::Better => ("✔", indicator_plot::BETTER),
                    crate::model::Trend::Worse => ("⚠", indicator_plot::WORSE),
                    _ => ("•", indicator_plot::NEUTRAL),
                };
                ui.colored_label(colour, mark)
                    .on_hover_text(s.trend.label_nl());
                if ui
                    .selectable_label(settings.selected_indicator == s.id, &s.name)
                    .clicked()
                {
                    settings.selected_indicator = s.id.clone();
                }
            });
        }
        ui.add_space(4.0);
    }
    ui.separator();
    if ui.button("+ Indicator toevoegen").clicked() {
        let district = data
            .district("WK034403")
            .or(data.districts.first())
            .map(|d| d.id.clone())
            .unwrap_or_default();
        commands.push(indicator_table::add_indicator(data, &district));
        settings.selected_indicator = format!("nieuwe-indicator-{}", pending_number(data));
    }
}

/// The number `add_indicator` will use next, so the new one gets selected.
fn pending_number(data: &Dataset) -> usize {
    (1..)
        .find(|n| {
            data.indicators
                .iter()
                .all(|i| i.id != format!("nieuwe-indicator-{n}"))
        })
        .unwrap_or(1)
}

fn indicator_detail_ui(
    ui: &mut Ui,
    data: &Dataset,
    series: &IndicatorSeries,
    problems: &[Problem],
    commands: &mut Vec<AppCommand>,
) {
    let district_name = data
        .indicators
        .get(series.index)
        .and_then(|i| data.district(&i.district))
        .map_or("Wijk", |d| d.name.as_str());
    ui.heading(RichText::new(&series.name).size(22.0).strong());
    let mut facts = vec![
        series.direction.label_nl().to_owned(),
        series.trend.label_nl().to_owned(),
    ];
    if let Some(ambition) = series.ambition {
        facts.insert(
            0,
            format!("ambitie {ambition}: {}", data.ambition_name(ambition)),
        );
    }
    ui.label(facts.join(" · "));
    if let Some(gap) = series.gap {
        ui.label(
            RichText::new(format!(
                "{district_name} {}: {} — Utrecht gemiddeld {}",
                gap.year,
                format::with_unit(gap.district, &series.unit),
                format::with_unit(gap.utrecht, &series.unit)
            ))
            .size(18.0),
        );
    }
    if let Some([year, value]) = series.target {
        ui.label(
            RichText::new(format!(
                "Doel voor {year:.0}: {}",
                format::with_unit(value, &series.unit)
            ))
            .color(indicator_plot::TARGET),
        );
    }
    if series.district.is_empty() && series.utrecht.is_empty() {
        ui.label("Nog geen waarden: voeg hieronder een jaar toe.");
    } else {
        indicator_plot::indicator_plot_ui(ui, data, series, district_name, 300.0);
    }
    ui.add_space(8.0);
    ui.separator();
    ui.label(RichText::new("Waarden bewerken").strong());
    indicator_table::indicator_editor_ui(ui, data, series.index, problems, commands);
}

fn overview_ui(ui: &mut Ui, series: &[IndicatorSeries]) {
    ui.heading(
        RichText::new("Overvecht tegen het Utrechtse gemiddelde")
            .size(22.0)
            .strong(),
    );
    ui.label("Hoe ver de wijk van het Utrechtse gemiddelde af ligt, per indicator (rood: aan de ongunstige kant).");
    let rows = series.iter().filter(|s| s.gap.is_some()).count();
    indicator_plot::overview_plot_ui(
        ui,
        series,
        (rows as f32 * 48.0).clamp(160.0, 420.0),
        14.0,
        true,
    );
    ui.add_space(8.0);
    egui::Grid::new("overview-table")
        .striped(true)
        .show(ui, |ui| {
            ui.strong("Indicator");
            ui.strong("Wijk");
            ui.strong("Utrecht");
            ui.strong("Jaar");
            ui.strong("Ontwikkeling");
            ui.end_row();
            for s in series {
                ui.label(&s.name);
                let last = s.district.last().map_or_else(
                    || "onbekend".to_owned(),
                    |p| format::with_unit(p[1], &s.unit),
                );
                ui.label(last);
                let utrecht = s
                    .utrecht
                    .last()
                    .map_or_else(|| "—".to_owned(), |p| format::with_unit(p[1], &s.unit));
                ui.label(utrecht);
                ui.label(
                    s.district
                        .last()
                        .map_or_else(String::new, |p| format!("{:.0}", p[0])),
                );
                ui.colored_label(indicator_plot::trend_colour(s.trend), s.trend.label_nl());
                ui.end_row();
            }
        });
}
