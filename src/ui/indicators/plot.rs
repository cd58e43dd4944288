//! The indicator charts on screen: one indicator against Utrecht (lines, or
//! two bars for a single year), and the overview of distances to the
//! Utrecht average. What they draw comes from `model::charts`.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, HoverPosition, Line, LineStyle, Plot, PlotUi, Points};

use crate::model::charts::{ChartBar, IndicatorChart, IndicatorShape, OverviewChart};
use crate::model::convert::{axis_index, index_f64};
use crate::model::format;
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
pub fn indicator_plot_ui(ui: &mut Ui, chart: &IndicatorChart, height: f32) {
    chart_legend_ui(ui, &legend_entries(chart));
    let unit = chart.unit.clone();
    let plot = Plot::new(("indicator-plot", &chart.id))
        .height(height)
        .show_grid([false, true])
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .y_axis_formatter(move |mark, _| format::with_unit(mark.value, &unit))
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

/// How the overview is drawn.
pub struct OverviewStyle {
    /// Its height in points.
    pub height: f32,
    /// The size of the values beside the bars.
    pub label_size: f32,
    /// Whether it reacts to the mouse and shows its axes (not on slides).
    pub interactive: bool,
}

/// The overview: per indicator a bar of its distance to the Utrecht average.
pub fn overview_plot_ui(ui: &mut Ui, chart: &OverviewChart, style: &OverviewStyle) {
    if chart.rows.is_empty() {
        ui.label(
            "Nog geen indicator met zowel een waarde voor de wijk als het Utrechtse gemiddelde.",
        );
        return;
    }
    let names: Vec<String> = chart.rows.iter().map(|r| r.name.clone()).collect();
    let text_colour = ui.visuals().strong_text_color();
    // The axis is as wide as the longest name in the axis font, so no name
    // is cut off; at most half the chart.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest_name = names
        .iter()
        .map(|name| {
            ui.fonts_mut(|f| f.layout_no_wrap(name.clone(), font.clone(), text_colour))
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let axis_width = (widest_name + font.size).clamp(120.0, ui.available_width() * 0.5);
    // Room right of the bars for the longest value text beside its bar: with
    // the plot `w` points wide showing 0..x_max, a text of `t` points after a
    // bar ending at `gap` needs x_max ≥ gap / (1 − t / w).
    let value_font = egui::FontId::new(style.label_size, font.family.clone());
    let plot_width = (ui.available_width() - axis_width - 20.0).max(100.0);
    let x_max = chart
        .rows
        .iter()
        .map(|row| {
            let text =
                ui.fonts_mut(|f| {
                    f.layout_no_wrap(row.value_label.clone(), value_font.clone(), text_colour)
                })
                .size()
                .x + style.label_size;
            let share = f64::from((text / plot_width).min(0.8));
            (row.relative_percent.max(0.0) + chart.max_gap * 0.02) / (1.0 - share)
        })
        .fold(chart.max_gap * 1.1, f64::max);
    let response = Plot::new("indicator-overview")
        .height(style.height)
        .show_x(style.interactive)
        .show_y(style.interactive)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .show_grid([true, false])
        .include_x(0.0)
        .include_x(x_max)
        .include_y(-0.6)
        .include_y(index_f64(chart.rows.len()) - 0.4)
        .x_axis_formatter(|mark, _| format!("{}%", format::decimal(mark.value, 0)))
        .y_axis_formatter(move |mark, _| {
            axis_index(mark.value)
                .and_then(|i| names.get(i).cloned())
                .unwrap_or_default()
        })
        .y_axis_min_width(axis_width)
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint { position, .. } => Some(format!(
                "{}% afstand tot Utrecht",
                format::decimal(position.x, 0)
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for (row, entry) in chart.rows.iter().enumerate() {
                let x = entry.relative_percent.max(0.0) + chart.max_gap * 0.02;
                plot_ui.text(
                    egui_plot::Text::new(
                        "",
                        egui_plot::PlotPoint::new(x, index_f64(row)),
                        egui::RichText::new(&entry.value_label)
                            .size(style.label_size)
                            .strong(),
                    )
                    .anchor(egui::Align2::LEFT_CENTER)
                    .color(text_colour),
                );
            }
            let bars = chart
                .rows
                .iter()
                .enumerate()
                .map(|(row, entry)| {
                    let colour = if entry.worse {
                        palette::RED
                    } else {
                        palette::GREEN
                    };
                    Bar::new(index_f64(row), entry.relative_percent)
                        .horizontal()
                        .width(0.6)
                        .fill(colour)
                        .name(&entry.hover)
                })
                .collect();
            plot_ui.bar_chart(
                BarChart::new("Afstand tot het Utrechtse gemiddelde", bars)
                    .element_formatter(Box::new(|bar, _| bar.name.clone())),
            );
            plot_ui.vline(
                egui_plot::VLine::new("Utrecht gemiddeld", 0.0)
                    .color(palette::UTRECHT)
                    .width(2.0),
            );
        });
    describe_chart(&response.response, &chart.description);
}
