//! One indicator's chart on screen: lines over the years against Utrecht,
//! or two bars for a single year. What it draws comes from `model::view::charts`;
//! the overview of all indicators is `widgets::comparison_dots`.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, HoverPosition, Line, LineStyle, Plot, PlotUi, Points};

use crate::model::format::convert::axis_index;
use crate::model::view::charts::{ChartBar, IndicatorChart, IndicatorShape};
use crate::ui::widgets::{LegendEntry, Swatch, chart_legend_ui, describe_chart, palette};

/// Labels on whole numbers of the x axis only (years, bar positions).
fn whole(value: f64) -> Option<f64> {
    let nearest = value.round();
    ((value - nearest).abs() < 0.01).then_some(nearest)
}

fn egui_bar(bar: &ChartBar, colour: Color32) -> Bar {
    Bar::new(bar.x, bar.value)
        .width(0.6)
        .fill(colour)
        .name(&bar.label)
}

/// The legend of one indicator's chart: the wijk, Utrecht, the target.
fn legend_entries(chart: &IndicatorChart) -> Vec<LegendEntry> {
    let colour = palette::trend_colour(chart.trend);
    let mut entries = Vec::new();
    let (district, utrecht, swatches) = match &chart.shape {
        IndicatorShape::SingleYear {
            year,
            district,
            utrecht,
        } => (
            district
                .as_ref()
                .map(|_| format!("{} ({year})", chart.district_name)),
            utrecht
                .as_ref()
                .map(|_| format!("Utrecht gemiddeld ({year})")),
            (Swatch::Bar, Swatch::Bar),
        ),
        IndicatorShape::Lines { district, utrecht } => (
            (!district.is_empty()).then(|| chart.district_name.clone()),
            (!utrecht.is_empty()).then(|| "Utrecht gemiddeld".to_owned()),
            (Swatch::Line, Swatch::Dashed),
        ),
    };
    if let Some(name) = district {
        entries.push(LegendEntry {
            colour,
            swatch: swatches.0,
            name,
        });
    }
    if let Some(name) = utrecht {
        entries.push(LegendEntry {
            colour: palette::UTRECHT,
            swatch: swatches.1,
            name,
        });
    }
    if let Some(target) = &chart.target {
        // A line across the bars, a diamond among the lines.
        let swatch = match chart.shape {
            IndicatorShape::SingleYear { .. } => Swatch::Dashed,
            IndicatorShape::Lines { .. } => Swatch::Diamond,
        };
        entries.push(LegendEntry {
            colour: palette::TARGET,
            swatch,
            name: target.label.clone(),
        });
    }
    entries
}

/// Draws one indicator's chart, its legend in a row above it.
pub(crate) fn indicator_plot_ui(ui: &mut Ui, chart: &IndicatorChart, height: f32) {
    chart_legend_ui(ui, &legend_entries(chart));
    let unit = chart.unit.clone();
    let plot = Plot::new(("indicator-plot", &chart.id))
        .height(height)
        .show_grid([false, true])
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .y_axis_formatter(move |mark, _| unit.value_text(mark.value))
        .include_y(0.0)
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(chart.tooltip(plot_name, position.x, position.y)),
            HoverPosition::Elsewhere { .. } => None,
        });
    let colour = palette::trend_colour(chart.trend);
    let response = match &chart.shape {
        IndicatorShape::SingleYear {
            year,
            district,
            utrecht,
        } => {
            let labels = [chart.district_name.clone(), "Utrecht".to_owned()];
            plot.x_axis_formatter(move |mark, _| {
                axis_index(mark.value)
                    .and_then(|i| labels.get(i).cloned())
                    .unwrap_or_default()
            })
            .include_x(-0.6)
            .include_x(1.6)
            .show(ui, |plot_ui| {
                if let Some(bar) = district {
                    let name = format!("{} ({year})", chart.district_name);
                    plot_ui
                        .bar_chart(BarChart::new(name, vec![egui_bar(bar, colour)]).color(colour));
                }
                if let Some(bar) = utrecht {
                    let name = format!("Utrecht gemiddeld ({year})");
                    let bars = vec![egui_bar(bar, palette::UTRECHT)];
                    plot_ui.bar_chart(BarChart::new(name, bars).color(palette::UTRECHT));
                }
                if let Some(target) = &chart.target {
                    plot_ui.hline(
                        egui_plot::HLine::new(&target.label, target.value)
                            .color(palette::TARGET)
                            .style(LineStyle::dashed_loose()),
                    );
                }
            })
        }
        IndicatorShape::Lines { district, utrecht } => plot
            .x_axis_formatter(|mark, _| {
                whole(mark.value).map_or_else(String::new, |year| format!("{year:.0}"))
            })
            .show(ui, |plot_ui| {
                lines_ui(plot_ui, &chart.district_name, district, colour, false);
                if !utrecht.is_empty() {
                    lines_ui(
                        plot_ui,
                        "Utrecht gemiddeld",
                        utrecht,
                        palette::UTRECHT,
                        true,
                    );
                }
                if let Some(target) = &chart.target {
                    plot_ui.points(
                        Points::new(
                            format!("Doel {:.0}", target.year),
                            vec![[target.year, target.value]],
                        )
                        .color(palette::TARGET)
                        .radius(7.0)
                        .shape(egui_plot::MarkerShape::Diamond),
                    );
                }
            }),
    };
    describe_chart(&response.response, &chart.description);
}

/// A series as a line with a dot at each value; the Utrecht average dashed.
fn lines_ui(
    plot_ui: &mut PlotUi<'_>,
    name: &str,
    points: &[[f64; 2]],
    colour: Color32,
    dashed: bool,
) {
    let (width, radius) = if dashed { (2.0, 4.0) } else { (3.0, 5.0) };
    let mut line = Line::new(name, points.to_vec()).color(colour).width(width);
    if dashed {
        line = line.style(LineStyle::dashed_dense());
    }
    plot_ui.line(line);
    plot_ui.points(
        Points::new(name, points.to_vec())
            .color(colour)
            .radius(radius),
    );
}
