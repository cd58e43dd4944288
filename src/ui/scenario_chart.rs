//! Scenarios side by side: grouped bars per ambition and the table with
//! amounts, changes against the reference year and what is left. Used in
//! the scenario view and on the scenario and comparison slides.

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, HoverPosition, Legend, Plot};

use crate::format;
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
pub fn comparison_plot_ui(ui: &mut Ui, comparison: &Comparison, height: f32, interactive: bool) {
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
    let response = Plot::new(("scenario-comparison", comparison.year))
        .height(height)
        .show_grid([false, true])
        .show_x(false)
        .show_y(false)
        .legend(
            Legend::default()
                .text_style(egui::TextStyle::Body)
                .position(egui_plot::Corner::RightTop),
        )
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .include_y(0.0)
        .include_y(highest as f64 * 1.25)
        .include_x(0.4)
        .include_x(f64::from(ambitions.last().copied().unwrap_or(5)) + 0.6)
        .x_axis_formatter(move |mark, _| {
            let nearest = mark.value.round();
            let is_ambition = ambitions.iter().any(|a| f64::from(*a) == nearest);
            if (mark.value - nearest).abs() < 0.01 && is_ambition {
                format!("Ambitie {nearest:.0}")
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
        (None, _) => format!("nieuw (geen bedrag in het referentiejaar)"),
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

/// The table: per ambition and scenario the amount and its change, then
/// the totals, the money available and what is left.
pub fn comparison_table_ui(ui: &mut Ui, comparison: &Comparison, text_size: f32) {
    let sized = |text: String| RichText::new(text).size(text_size);
    let reference = comparison.reference_year;
    egui::Grid::new(("scenario-table", comparison.year))
        .striped(true)
        .spacing([text_size * 0.9, text_size * 0.3])
        .show(ui, |ui| {
            ui.label(sized(format!("Ambitie ({})", comparison.year)).strong());
            for (index, scenario) in comparison.scenarios.iter().enumerate() {
                let adopted = if scenario.adopted {
                    " (vastgesteld)"
                } else {
                    ""
                };
                ui.label(
                    sized(format!("{}{adopted}", scenario.name))
                        .strong()
                        .color(colour(index)),
                );
                ui.label(sized(format!("t.o.v. {reference}")).strong());
            }
            ui.end_row();
            for row in &comparison.ambitions {
                ui.label(sized(format!("{}. {}", row.ambition, row.name)));
                for amount in &row.amounts {
                    ui.label(sized(amount_text(amount.amount_eur)));
                    ui.label(sized(change_text(amount)));
                }
                ui.end_row();
            }
            ui.label(sized("Totaal verdeeld".to_owned()).strong());
            for scenario in &comparison.scenarios {
                ui.label(sized(amount_text(scenario.distributed.amount_eur)).strong());
                ui.label(sized(change_text(&scenario.distributed)));
            }
            ui.end_row();
            ui.label(sized("Beschikbaar (structureel)".to_owned()));
            for scenario in &comparison.scenarios {
                ui.label(sized(amount_text(scenario.available_eur)));
                ui.label("");
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
                ui.label("");
            }
            ui.end_row();
        });
}
