//! The plots of the indicators: a time series against Utrecht, a pair of bars
//! for a single year, and the overview of distances to the Utrecht average.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, HoverPosition, Legend, Line, LineStyle, Plot, Points};

use crate::model::format;
use crate::model::{Dataset, IndicatorSeries, Trend, Unit};

/// Colour of the wijk when it moves the right way.
pub const BETTER: Color32 = Color32::from_rgb(0x1B, 0x7A, 0x3A);
/// Colour of the wijk when it moves the wrong way.
pub const WORSE: Color32 = Color32::from_rgb(0xB0, 0x2A, 0x1E);
/// Colour of the wijk without a trend yet.
pub const NEUTRAL: Color32 = Color32::from_rgb(0x15, 0x5F, 0xB0);
/// Colour of the Utrecht average.
pub const UTRECHT: Color32 = Color32::from_rgb(0x55, 0x55, 0x55);
/// Colour of a target.
pub const TARGET: Color32 = Color32::from_rgb(0x8A, 0x4F, 0x00);

/// The colour of the wijk's line for a trend.
pub fn trend_colour(trend: Trend) -> Color32 {
    match trend {
        Trend::Better => BETTER,
        Trend::Worse => WORSE,
        Trend::Flat | Trend::Unknown => NEUTRAL,
    }
}

/// The source of an indicator's value in a year, for the tooltip.
fn source_of(data: &Dataset, index: usize, year: i32) -> String {
    data.indicators
        .get(index)
        .and_then(|indicator| indicator.values.iter().find(|v| v.year == year))
        .map(|value| value.source.describe(&data.sources))
        .unwrap_or_default()
}

/// Draws one indicator: a line plot, or bars when it has one year only.
pub fn indicator_plot_ui(
    ui: &mut Ui,
    data: &Dataset,
    series: &IndicatorSeries,
    district_name: &str,
    height: f32,
) {
    let unit = series.unit.clone();
    let index = series.index;
    let district_label = district_name.to_owned();
    let tooltip = move |position: &HoverPosition<'_>| -> Option<String> {
        let HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } = position
        else {
            return None;
        };
        let year = position.x.round() as i32;
        let source = source_of(data, index, year);
        let value = format::with_unit(position.y, &unit);
        Some(if source.is_empty() {
            format!("{plot_name}\n{year}: {value}")
        } else {
            format!("{plot_name}\n{year}: {value}\nBron: {source}")
        })
    };
    let description = super::chart_text::indicator_text(series, district_name);
    let unit_for_axis = series.unit.clone();
    let plot = Plot::new(("indicator-plot", &series.id))
        .height(height)
        .show_grid([false, true])
        .legend(Legend::default().text_style(egui::TextStyle::Body))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .y_axis_formatter(move |mark, _| format::with_unit(mark.value, &unit_for_axis))
        .include_y(0.0)
        .label_formatter(tooltip);
    let response = if series.year_count() <= 1 {
        let year = series
            .district
            .first()
            .or(series.utrecht.first())
            .map_or(0.0, |p| p[0]);
        let bars = |value: Option<f64>, x: f64, colour: Color32, name: &str| {
            value.map(|v| {
                Bar::new(x, v)
                    .width(0.6)
                    .fill(colour)
                    .name(format!("{name} {}", format::with_unit(v, &series.unit)))
            })
        };
        let district_bar = bars(
            series.district.first().map(|p| p[1]),
            0.0,
            trend_colour(series.trend),
            &district_label,
        );
        let utrecht_bar = bars(
            series.utrecht.first().map(|p| p[1]),
            1.0,
            UTRECHT,
            "Utrecht",
        );
        let labels = [district_label.clone(), "Utrecht".to_owned()];
        plot.x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 0.01 {
                return String::new();
            }
            labels.get(i as usize).cloned().unwrap_or_default()
        })
        .include_x(-0.6)
        .include_x(1.6)
        .show(ui, |plot_ui| {
            if let Some(bar) = district_bar {
                plot_ui.bar_chart(
                    BarChart::new(format!("{district_label} ({year:.0})"), vec![bar])
                        .color(trend_colour(series.trend)),
                );
            }
            if let Some(bar) = utrecht_bar {
                plot_ui.bar_chart(
                    BarChart::new(format!("Utrecht gemiddeld ({year:.0})"), vec![bar])
                        .color(UTRECHT),
                );
            }
            if let Some([target_year, target]) = series.target {
                plot_ui.hline(
                    egui_plot::HLine::new(
                        format!(
                            "Doel {}: {}",
                            target_year,
                            format::with_unit(target, &series.unit)
                        ),
                        target,
                    )
                    .color(TARGET)
                    .style(LineStyle::dashed_loose()),
                );
            }
        })
    } else {
        plot.x_axis_formatter(|mark, _| {
            if (mark.value - mark.value.round()).abs() < 0.01 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .show(ui, |plot_ui| {
            let colour = trend_colour(series.trend);
            plot_ui.line(
                Line::new(district_label.clone(), series.district.clone())
                    .color(colour)
                    .width(3.0),
            );
            plot_ui.points(
                Points::new(district_label.clone(), series.district.clone())
                    .color(colour)
                    .radius(5.0),
            );
            if !series.utrecht.is_empty() {
                plot_ui.line(
                    Line::new("Utrecht gemiddeld", series.utrecht.clone())
                        .color(UTRECHT)
                        .width(2.0)
                        .style(LineStyle::dashed_dense()),
                );
                plot_ui.points(
                    Points::new("Utrecht gemiddeld", series.utrecht.clone())
                        .color(UTRECHT)
                        .radius(4.0),
                );
            }
            if let Some(target) = series.target {
                plot_ui.points(
                    Points::new(format!("Doel {:.0}", target[0]), vec![target])
                        .color(TARGET)
                        .radius(7.0)
                        .shape(egui_plot::MarkerShape::Diamond),
                );
            }
        })
    };
    super::chart_text::describe_chart(&response.response, &description);
}

/// The overview: how far the wijk is from the Utrecht average, per indicator.
pub fn overview_plot_ui(
    ui: &mut Ui,
    all: &[IndicatorSeries],
    height: f32,
    label_size: f32,
    interactive: bool,
) {
    let with_gap: Vec<&IndicatorSeries> = all.iter().filter(|s| s.gap.is_some()).collect();
    if with_gap.is_empty() {
        ui.label(
            "Nog geen indicator met zowel een waarde voor de wijk als het Utrechtse gemiddelde.",
        );
        return;
    }
    let names: Vec<String> = with_gap.iter().map(|s| s.name.clone()).collect();
    let bars: Vec<Bar> = with_gap
        .iter()
        .enumerate()
        .filter_map(|(row, s)| {
            let gap = s.gap?;
            let colour = if gap.worse {
                super::indicator_plot::WORSE
            } else {
                BETTER
            };
            let text = format!(
                "{}: {} tegen {} in Utrecht ({}{}%, {})",
                s.name,
                format::with_unit(gap.district, &s.unit),
                format::with_unit(gap.utrecht, &s.unit),
                if gap.relative_percent >= 0.0 { "+" } else { "" },
                format::decimal(gap.relative_percent, 0),
                gap.year
            );
            Some(
                Bar::new(row as f64, gap.relative_percent)
                    .horizontal()
                    .width(0.6)
                    .fill(colour)
                    .name(text),
            )
        })
        .collect();
    let rows = names.len();
    let max_gap = with_gap
        .iter()
        .filter_map(|s| s.gap)
        .map(|g| g.relative_percent)
        .fold(0.0, f64::max);
    let value_labels: Vec<egui_plot::Text> = with_gap
        .iter()
        .enumerate()
        .filter_map(|(row, s)| {
            let gap = s.gap?;
            let sign = if gap.relative_percent >= 0.0 { "+" } else { "" };
            let text = format!(
                "{sign}{}%  ({} tegen {})",
                format::decimal(gap.relative_percent, 0),
                format::with_unit(gap.district, &s.unit),
                format::with_unit(gap.utrecht, &s.unit)
            );
            let x = gap.relative_percent.max(0.0) + max_gap * 0.02;
            Some(
                egui_plot::Text::new(
                    "",
                    egui_plot::PlotPoint::new(x, row as f64),
                    egui::RichText::new(text).size(label_size).strong(),
                )
                .anchor(egui::Align2::LEFT_CENTER)
                .color(ui.visuals().strong_text_color()),
            )
        })
        .collect();
    let description = super::chart_text::overview_text(all);
    let response = Plot::new("indicator-overview")
        .height(height)
        .show_x(interactive)
        .show_y(interactive)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .show_grid([true, false])
        .include_x(0.0)
        .include_y(-0.6)
        .include_y(rows as f64 - 0.4)
        .x_axis_formatter(|mark, _| format!("{}%", format::decimal(mark.value, 0)))
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 0.01 || i < 0.0 {
                return String::new();
            }
            names.get(i as usize).cloned().unwrap_or_default()
        })
        .y_axis_min_width(260.0)
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint { position, .. } => Some(format!(
                "{}% afstand tot Utrecht",
                format::decimal(position.x, 0)
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .include_x(max_gap * 1.5)
        .show(ui, |plot_ui| {
            for label in value_labels {
                plot_ui.text(label);
            }
            plot_ui.bar_chart(
                BarChart::new("Afstand tot het Utrechtse gemiddelde", bars)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            plot_ui.vline(
                egui_plot::VLine::new("Utrecht gemiddeld", 0.0)
                    .color(UTRECHT)
                    .width(2.0),
            );
        });
    super::chart_text::describe_chart(&response.response, &description);
}

/// A unit's short name for column headers.
pub fn unit_header(unit: &Unit) -> String {
    match unit {
        Unit::Percent => "%".to_owned(),
        Unit::Years => "jaar".to_owned(),
        Unit::Count(noun) => noun.clone(),
    }
}
