//! The right-hand side of the Indicatoren view: one indicator with its
//! chart and editor, or the overview of all of them.

use egui::{RichText, Ui};

use super::{editor, plot};
use crate::model::IndicatorSeries;
use crate::model::view::charts::{indicator_chart, overview_chart};
use crate::ui::ViewContext;
use crate::ui::widgets::{DotsStyle, comparison_dots_ui, palette};

/// The chosen indicator: its facts, its chart and the editor of its values.
pub(super) fn indicator_detail_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    series: &IndicatorSeries,
) {
    let data = ctx.data();
    let chart = indicator_chart(data, series);
    let district_name = chart.district_name.as_str();
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
                "{district_name} {}: {} — {} {}",
                gap.year_text(),
                series.unit.value_text(gap.district),
                series.comparison,
                series.unit.value_text(gap.utrecht)
            ))
            .size(18.0),
        );
    }
    if let Some([year, value]) = series.target {
        ui.label(
            RichText::new(format!(
                "Doel voor {year:.0}: {}",
                series.unit.value_text(value)
            ))
            .color(palette::TARGET),
        );
    }
    if series.district.is_empty() && series.utrecht.is_empty() {
        ui.label("Nog geen waarden: voeg hieronder een jaar toe.");
    } else {
        plot::indicator_plot_ui(ui, &chart, 300.0);
    }
    ui.add_space(8.0);
    ui.separator();
    ui.label(RichText::new("Waarden bewerken").strong());
    editor::indicator_editor_ui(ui, ctx, series.index);
}

/// The overview: how far Overvecht is from the Utrecht average.
pub(super) fn overview_ui(ui: &mut Ui, series: &[IndicatorSeries]) {
    ui.heading(RichText::new("Overvecht vergeleken").size(22.0).strong());
    ui.label("Per indicator de wijk en het cijfer waarmee zij vergeleken wordt (meestal het Utrechtse gemiddelde), op één schaal per eenheid: de afstand tussen de punten is het verschil.");
    let style = DotsStyle {
        body: 15.0,
        small: 12.5,
        family: egui::FontFamily::Proportional,
        ink: ui.visuals().strong_text_color(),
        rule: ui.visuals().weak_text_color(),
    };
    comparison_dots_ui(ui, &overview_chart(series), &style);
    ui.add_space(8.0);
    egui::Grid::new("overview-table")
        .striped(true)
        .show(ui, |ui| {
            ui.strong("Indicator");
            ui.strong("Wijk");
            ui.strong("Ter vergelijking");
            ui.strong("Jaar");
            ui.strong("Ontwikkeling");
            ui.end_row();
            for s in series {
                ui.label(&s.name);
                let last = s
                    .district
                    .last()
                    .map_or_else(|| "onbekend".to_owned(), |p| s.unit.value_text(p[1]));
                ui.label(last);
                let utrecht = s
                    .utrecht
                    .last()
                    .map_or_else(|| "—".to_owned(), |p| s.unit.value_text(p[1]));
                ui.label(utrecht);
                ui.label(&s.latest_year_text);
                ui.colored_label(palette::trend_colour(s.trend), s.trend.label_nl());
                ui.end_row();
            }
        });
}
