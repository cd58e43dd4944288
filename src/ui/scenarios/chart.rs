//! Scenarios side by side: grouped bars per ambition and the table with
//! amounts, changes against the reference year and what is left. Used in
//! the scenario view and on the scenario and comparison slides.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};

use crate::model::format;
use crate::model::format::convert::{drawing_f32, rounded_i64};
use crate::model::view::charts::ComparisonChart;
use crate::model::{Comparison, amount_text, left_text};
use crate::ui::widgets::{LegendEntry, Swatch, chart_legend_ui, describe_chart, palette};

/// How the grouped bars are drawn.
pub(crate) struct ComparisonPlotStyle {
    /// Height in points.
    pub height: f32,
    /// The size of the amounts on the bars (`None`: no amounts); shown only
    /// when there is room, with at most two scenarios.
    pub value_size: Option<f32>,
    /// Whether it reacts to the mouse and has its own legend (not on
    /// slides, where the table's coloured headers are the legend).
    pub interactive: bool,
}

/// The width of the axis of amounts, "€ 300.000" wide.
const Y_AXIS_WIDTH: f32 = 90.0;

/// The ambitions' short names under their groups; where one is wider than
/// its group, each name of more words goes on two lines. egui_plot leaves
/// out a label that would touch its neighbour, and "Veilige buurten" did at
/// 1024 pixels; on a wide slide the names stay on one line.
fn names_that_fit(ui: &Ui, ambitions: &[(u8, String)]) -> Vec<(u8, String)> {
    // The plot shows the groups 0,4 to n + 0,6 beside the axis of amounts.
    let groups = crate::model::format::convert::index_f32(ambitions.len().max(1)) + 0.2;
    let per_group = (ui.available_width() - Y_AXIS_WIDTH) / groups;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let widest = ambitions
        .iter()
        .map(|(_, name)| {
            ui.fonts_mut(|fonts| fonts.layout_no_wrap(name.clone(), font.clone(), colour))
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    // Some room between neighbours.
    let fits = widest <= per_group * 0.85;
    ambitions
        .iter()
        .map(|(id, name)| {
            let name = if fits {
                name.clone()
            } else {
                name.replacen(' ', "\n", 1)
            };
            (*id, name)
        })
        .collect()
}

/// Grouped bars: per ambition one bar per scenario, in the compared year.
pub(crate) fn comparison_plot_ui(
    ui: &mut Ui,
    chart: &ComparisonChart,
    style: &ComparisonPlotStyle,
) {
    let count = chart.series.len().max(1);
    let bars: Vec<BarChart> = chart
        .series
        .iter()
        .enumerate()
        .map(|(index, series)| {
            let colour = palette::scenario_colour(index);
            let bars = series
                .bars
                .iter()
                .map(|bar| {
                    Bar::new(bar.x, bar.value)
                        .width(chart.bar_width * 0.92)
                        .fill(colour)
                        .name(&bar.label)
                })
                .collect();
            BarChart::new(series.name.clone(), bars)
                .color(colour)
                .element_formatter(Box::new(|bar: &Bar, _: &BarChart| bar.name.clone()))
                .allow_hover(style.interactive)
        })
        .collect();
    // The legend in a row above the chart, in the view and on slides (there
    // the table with its coloured headers is on the next page).
    let entries: Vec<LegendEntry> = chart
        .series
        .iter()
        .enumerate()
        .map(|(index, series)| LegendEntry {
            colour: palette::scenario_colour(index),
            swatch: Swatch::Bar,
            name: series.name.clone(),
        })
        .collect();
    let top = ui.cursor().top();
    chart_legend_ui(ui, &entries);
    let height = (style.height - (ui.cursor().top() - top)).max(60.0);
    let ambitions = names_that_fit(ui, &chart.ambitions);
    let value_colour = ui.visuals().text_color();
    // With the amounts on the bars an axis of amounts only crowds the chart.
    let amounts_on_bars = style.value_size.is_some() && count <= 2 && !style.interactive;
    let plot = Plot::new(("scenario-comparison", chart.year))
        .height(height)
        .show_grid([false, !amounts_on_bars])
        .show_axes([true, !amounts_on_bars])
        .show_x(false)
        .show_y(false);
    // Headroom for the amounts on the bars (two lines of them where
    // neighbouring amounts would meet).
    let headroom = if count > 1 { 1.3 } else { 1.15 };
    let last_ambition = f64::from(ambitions.last().map_or(5, |(id, _)| *id));
    let response = plot
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(chart.highest * headroom)
        .include_x(0.4)
        .include_x(last_ambition + 0.6)
        // Each group under the ambition's short name: "Jeugd", not "Ambitie 2".
        .x_axis_formatter(move |mark, _| {
            let nearest = mark.value.round();
            if (mark.value - nearest).abs() >= 0.01 {
                return String::new();
            }
            ambitions
                .iter()
                .find(|(id, _)| f64::from(*id) == nearest)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        })
        .y_axis_formatter(|mark, _| format::euro(rounded_i64(mark.value)))
        .y_axis_min_width(Y_AXIS_WIDTH)
        .label_formatter(|_| None)
        .show(ui, |plot_ui| {
            for layer in bars {
                plot_ui.bar_chart(layer);
            }
            let Some(size) = style.value_size.filter(|_| count <= 2) else {
                return;
            };
            // Where an amount is wider than its bar, neighbouring amounts
            // would print over each other ("€ 659.8€0659.800"): the second
            // scenario's amounts then stand a line higher, in its colour.
            let transform = plot_ui.transform();
            let bar_pixels = drawing_f32(chart.bar_width * transform.dpos_dvalue_x().abs());
            let font = egui::FontId::proportional(size);
            let widest = chart
                .series
                .iter()
                .flat_map(|s| &s.amounts)
                .map(|(_, _, text)| {
                    plot_ui
                        .ctx()
                        .fonts_mut(|f| f.layout_no_wrap(text.clone(), font.clone(), value_colour))
                        .size()
                        .x
                })
                .fold(0.0, f32::max);
            let stagger = widest > bar_pixels * 0.95;
            let line =
                f64::from(size * 1.25) / transform.dpos_dvalue_y().abs().max(f64::MIN_POSITIVE);
            for (index, series) in chart.series.iter().enumerate() {
                let raise = if stagger {
                    line * crate::model::format::convert::index_f64(index)
                } else {
                    0.0
                };
                let colour = if stagger {
                    palette::scenario_colour(index)
                } else {
                    value_colour
                };
                for (x, y, text) in &series.amounts {
                    plot_ui.text(
                        egui_plot::Text::new(
                            "",
                            egui_plot::PlotPoint::new(*x, *y + raise),
                            RichText::new(text).size(size).strong(),
                        )
                        .anchor(egui::Align2::CENTER_BOTTOM)
                        .color(colour),
                    );
                }
            }
        });
    describe_chart(&response.response, &chart.description);
}

/// The table: per ambition and scenario the amount with its change
/// beneath, then the totals, the money available and what is left. Two
/// lines per cell keep three scenarios within a 1366-pixel-wide screen.
pub(crate) fn comparison_table_ui(ui: &mut Ui, comparison: &Comparison, text_size: f32) {
    let sized = |text: String| RichText::new(text).size(text_size);
    let two_lines = |ui: &mut Ui, first: RichText, second: String| {
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = 0.0;
            ui.label(first);
            ui.label(RichText::new(second).size(text_size * 0.85));
        });
    };
    let reference = comparison.reference_year;
    // Cells size to their text; the grid never squeezes an amount onto two lines.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    egui::Grid::new(("scenario-table", comparison.year))
        .striped(true)
        .spacing([text_size * 1.2, text_size * 0.3])
        .show(ui, |ui| {
            two_lines(
                ui,
                sized(format!("Ambitie in {}", comparison.year)).strong(),
                format!("verschil met {reference}"),
            );
            for (index, scenario) in comparison.scenarios.iter().enumerate() {
                let adopted = if scenario.adopted { "vastgesteld" } else { "" };
                // The coloured square ties the column to its bars.
                two_lines(
                    ui,
                    sized(format!("■ {}", scenario.name))
                        .strong()
                        .color(palette::scenario_colour(index)),
                    adopted.to_owned(),
                );
            }
            ui.end_row();
            for row in &comparison.ambitions {
                ui.label(sized(format!("{}. {}", row.ambition, row.name)));
                for amount in &row.amounts {
                    two_lines(
                        ui,
                        sized(amount_text(amount.amount_eur)),
                        amount.change_text(),
                    );
                }
                ui.end_row();
            }
            ui.label(sized("Totaal verdeeld".to_owned()).strong());
            for scenario in &comparison.scenarios {
                two_lines(
                    ui,
                    sized(amount_text(scenario.distributed.amount_eur)).strong(),
                    scenario.distributed.change_text(),
                );
            }
            ui.end_row();
            ui.label(sized("Beschikbaar (structureel)".to_owned()));
            for scenario in &comparison.scenarios {
                ui.label(sized(amount_text(scenario.available_eur)));
            }
            ui.end_row();
            ui.label(sized("Over".to_owned()));
            for scenario in &comparison.scenarios {
                let text = sized(left_text(scenario.left_eur));
                if scenario.left_eur.is_some_and(|left| left < 0) {
                    ui.label(text.color(palette::ERROR).strong());
                } else {
                    ui.label(text);
                }
            }
            ui.end_row();
        });
}
