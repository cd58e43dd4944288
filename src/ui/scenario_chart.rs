//! Scenarios side by side: grouped bars per ambition and the table with
//! amounts, changes against the reference year and what is left. Used in
//! the scenario view and on the scenario and comparison slides.

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, HoverPosition, Legend, Plot};

use crate::model::format;
use crate::model::{ComparedAmount, Comparison};
use crate::ui::chart_text;

/// One colour per compared scenario; told apart by people with the common
/// colour-vision deficiencies (Okabe–Ito blue, vermilion, bluish green).
pub const SCENARIO_COLOURS: [Color32; 3] = [
    Color32::from_rgb(0x00, 0x5A, 0xB5),
    Color32::from_rgb(0xC8, 0x4B, 0x00),
    Color32::from_rgb(0x00, 0x85, 0x60),
];

fn colour(index: usize) -> Color32 {
    SCENARIO_COLOURS[index % SCENARIO_COLOURS.len()]
}

/// Grouped bars: per ambition one bar per scenario, in the compared year.
/// With `value_size`, each bar carries its amount in that text size (when
/// there is room: at most two scenarios).
pub fn comparison_plot_ui(
    ui: &mut Ui,
    comparison: &Comparison,
    height: f32,
    value_size: Option<f32>,
    interactive: bool,
) {
    let count = comparison.scenarios.len().max(1);
    let width = 0.8 / count as f64;
    let charts: Vec<BarChart> = comparison
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, scenario)| {
            let offset = (index as f64 - (count as f64 - 1.0) / 2.0) * width;
            let bars = comparison
                .ambitions
                .iter()
                .map(|row| {
                    let amount = row
                        .amounts
                        .get(index)
                        .and_then(|a| a.amount_eur)
                        .unwrap_or(0);
                    Bar::new(f64::from(row.ambition) + offset, amount as f64)
                        .width(width * 0.92)
                        .fill(colour(index))
                        .name(format!(
                            "{}\nAmbitie {}: {}",
                            scenario.name,
                            row.ambition,
                            format::euro(amount)
                        ))
                })
                .collect();
            BarChart::new(scenario.name.clone(), bars)
                .color(colour(index))
                .element_formatter(Box::new(|bar: &Bar, _: &BarChart| bar.name.clone()))
                .allow_hover(interactive)
        })
        .collect();
    let highest = comparison
        .ambitions
        .iter()
        .flat_map(|row| row.amounts.iter().filter_map(|a| a.amount_eur))
        .max()
        .unwrap_or(0)
        .max(1);
    let ambitions: Vec<u8> = comparison.ambitions.iter().map(|a| a.ambition).collect();
    // "Ambitie 3" under each group where it fits, else just "3" with the axis named.
    let text_size = egui::TextStyle::Body.resolve(ui.style()).size;
    let per_group = ui.available_width() / (ambitions.len().max(1) as f32 + 1.0);
    let short_labels = per_group < text_size * 6.0;
    let value_colour = ui.visuals().text_color();
    let mut plot = Plot::new(("scenario-comparison", comparison.year))
        .height(height)
        .show_grid([false, true])
        .show_x(false)
        .show_y(false);
    if short_labels {
        plot = plot.x_axis_label("Ambitie");
    }
    // On slides the table's coloured headers are the legend; in the view the
    // chart has its own.
    if interactive {
        plot = plot.legend(
            Legend::default()
                .text_style(egui::TextStyle::Body)
                .position(egui_plot::Corner::RightTop)
                .follow_insertion_order(true),
        );
    }
    let response = plot
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        // Headroom for the legend (a row per scenario) and the amounts.
        .include_y(
            highest as f64
                * if interactive {
                    1.2 + 0.12 * count as f64
                } else {
                    1.15
                },
        )
        .include_x(0.4)
        .include_x(f64::from(ambitions.last().copied().unwrap_or(5)) + 0.6)
        .x_axis_formatter(move |mark, _| {
            let nearest = mark.value.round();
            let is_ambition = ambitions.iter().any(|a| f64::from(*a) == nearest);
            if (mark.value - nearest).abs() < 0.01 && is_ambition {
                if short_labels {
                    format!("{nearest:.0}")
                } else {
                    format!("Ambitie {nearest:.0}")
                }
            } else {
                String::new()
            }
        })
        .y_axis_formatter(|mark, _| format::euro(mark.value.round() as i64))
        .y_axis_min_width(90.0)
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint { .. } => None,
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
            let Some(size) = value_size.filter(|_| count <= 2) else {
                return;
            };
            for (index, _) in comparison.scenarios.iter().enumerate() {
                let offset = (index as f64 - (count as f64 - 1.0) / 2.0) * width;
                for row in &comparison.ambitions {
                    let Some(amount) = row.amounts.get(index).and_then(|a| a.amount_eur) else {
                        continue;
                    };
                    plot_ui.text(
                        egui_plot::Text::new(
                            "",
                            egui_plot::PlotPoint::new(
                                f64::from(row.ambition) + offset,
                                amount as f64,
                            ),
                            RichText::new(format::euro(amount)).size(size).strong(),
                        )
                        .anchor(egui::Align2::CENTER_BOTTOM)
                        .color(value_colour),
                    );
                }
            }
        });
    chart_text::describe_chart(&response.response, &chart_text::comparison_text(comparison));
}

/// "-€ 143.800 (-17,9%)", or "geen bedrag" / "nieuw" where there is nothing to compare.
pub fn change_text(amount: &ComparedAmount) -> String {
    match (amount.change_eur, amount.change_percent) {
        (Some(change), Some(percent)) => {
            format!(
                "{} ({})",
                format::euro_change(change),
                format::percent_change(percent)
            )
        }
        (Some(change), None) => format::euro_change(change),
        (None, _) if amount.amount_eur.is_none() => "geen bedrag".to_owned(),
        (None, _) => "nieuw (geen bedrag in het referentiejaar)".to_owned(),
    }
}

fn amount_text(amount: Option<i64>) -> String {
    amount.map_or_else(|| "geen bedrag".to_owned(), format::euro)
}

/// What is left: "€ 100.000 niet verdeeld", "€ 1.000 te veel verdeeld" or "alles verdeeld".
pub fn left_text(left_eur: Option<i64>) -> String {
    match left_eur {
        Some(0) => "alles verdeeld".to_owned(),
        Some(left) if left > 0 => format!("{} niet verdeeld", format::euro(left)),
        Some(left) => format!("{} te veel verdeeld", format::euro(left.saturating_abs())),
        None => "onbekend".to_owned(),
    }
}

/// The height [`comparison_table_ui`] takes at `text_size`, to size the chart
/// above it on a slide.
pub fn comparison_table_height(ui: &Ui, comparison: &Comparison, text_size: f32) -> f32 {
    let line = |size: f32| {
        ui.ctx()
            .fonts_mut(|f| f.row_height(&egui::FontId::proportional(size)))
    };
    let spacing = text_size * 0.3;
    // Header, ambitions and "Totaal verdeeld" have two lines; two one-line rows follow.
    let two_line_rows = comparison.ambitions.len() as f32 + 2.0;
    two_line_rows * (line(text_size) + line(text_size * 0.85) + spacing)
        + 2.0 * (line(text_size) + spacing)
}

/// The table: per ambition and scenario the amount with its change
/// beneath, then the totals, the money available and what is left. Two
/// lines per cell keep three scenarios within a 1366-pixel-wide screen.
pub fn comparison_table_ui(ui: &mut Ui, comparison: &Comparison, text_size: f32) {
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
                        .color(colour(index)),
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
                        change_text(amount),
                    );
                }
                ui.end_row();
            }
            ui.label(sized("Totaal verdeeld".to_owned()).strong());
            for scenario in &comparison.scenarios {
                two_lines(
                    ui,
                    sized(amount_text(scenario.distributed.amount_eur)).strong(),
                    change_text(&scenario.distributed),
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
                    ui.label(text.color(super::theme::ERROR).strong());
                } else {
                    ui.label(text);
                }
            }
            ui.end_row();
        });
}
