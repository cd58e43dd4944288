//! The budget as stacked bars per year, with the 2026 cut marked.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, HoverPosition, Legend, LineStyle, Plot, PlotPoint, Text};

use crate::model::format;
use crate::model::BudgetYear;

/// Colour of structural municipal money.
pub const STRUCTURAL: Color32 = Color32::from_rgb(0x15, 0x5F, 0xB0);
/// Colour of confirmed incidental money.
pub const INCIDENTAL: Color32 = Color32::from_rgb(0x1B, 0x7A, 0x3A);
/// Colour of unconfirmed incidental money.
pub const UNCONFIRMED: Color32 = Color32::from_rgb(0xA0, 0xA0, 0xA0);
/// Colour of the cut.
pub const CUT: Color32 = Color32::from_rgb(0xB0, 0x2A, 0x1E);

/// Draws the stacked bars; `text_size` scales the cut's label. Without
/// `interactive` (presentation, pictures) nothing reacts to the mouse.
pub fn budget_plot_ui(
    ui: &mut Ui,
    years: &[BudgetYear],
    height: f32,
    text_size: f32,
    interactive: bool,
) {
    let structural: Vec<Bar> = years
        .iter()
        .map(|y| {
            Bar::new(f64::from(y.year), y.structural_eur as f64)
                .width(0.7)
                .fill(STRUCTURAL)
                .name(format!(
                    "{}: structureel {}",
                    y.year,
                    format::euro(y.structural_eur)
                ))
        })
        .collect();
    let euro_label = |bar: &Bar, _: &BarChart| bar.name.clone();
    let structural_chart = BarChart::new("Structureel gemeentelijk geld", structural)
        .color(STRUCTURAL)
        .element_formatter(Box::new(euro_label))
        .allow_hover(interactive);
    let mut incidental_names: Vec<String> = Vec::new();
    for y in years {
        for (name, _) in &y.confirmed {
            if !incidental_names.contains(name) {
                incidental_names.push(name.clone());
            }
        }
    }
    let mut stacked: Vec<BarChart> = Vec::new();
    for name in &incidental_names {
        let bars: Vec<Bar> = years
            .iter()
            .map(|y| {
                let amount = y
                    .confirmed
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or(0, |(_, a)| *a);
                Bar::new(f64::from(y.year), amount as f64)
                    .width(0.7)
                    .fill(INCIDENTAL)
                    .name(format!("{}: {name} {}", y.year, format::euro(amount)))
            })
            .collect();
        let below: Vec<&BarChart> = std::iter::once(&structural_chart)
            .chain(stacked.iter())
            .collect();
        let chart = BarChart::new(format!("{name} (incidenteel)"), bars)
            .color(INCIDENTAL)
            .element_formatter(Box::new(euro_label))
            .allow_hover(interactive)
            .stack_on(&below);
        stacked.push(chart);
    }
    let unconfirmed_bars: Vec<Bar> = years
        .iter()
        .filter_map(|y| {
            let amount: i64 = y.unconfirmed.iter().filter_map(|(_, a)| *a).sum();
            (amount > 0).then(|| {
                Bar::new(f64::from(y.year), amount as f64)
                    .width(0.7)
                    .name(format!(
                        "{}: niet bevestigd {}",
                        y.year,
                        format::euro(amount)
                    ))
            })
        })
        .collect();
    let unconfirmed_chart = (!unconfirmed_bars.is_empty()).then(|| {
        let below: Vec<&BarChart> = std::iter::once(&structural_chart)
            .chain(stacked.iter())
            .collect();
        BarChart::new("Niet bevestigd (incidenteel)", unconfirmed_bars)
            .color(UNCONFIRMED)
            .element_formatter(Box::new(euro_label))
            .allow_hover(interactive)
            .stack_on(&below)
    });
    let cut_from = years.iter().find(|y| y.cut_eur > 0);
    let before_cut = years
        .iter()
        .find(|y| y.cut_eur == 0)
        .map(|y| y.structural_eur);
    let max_total = years.iter().map(|y| y.total_eur).max().unwrap_or(0) as f64;
    let description = super::chart_text::budget_text(years);
    let response = Plot::new("budget-plot")
        .height(height)
        .show_grid([false, true])
        .show_x(interactive)
        .show_y(interactive)
        .legend(
            Legend::default()
                .text_style(egui::TextStyle::Body)
                .position(egui_plot::Corner::RightTop),
        )
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .include_y(0.0)
        .include_y(max_total * 1.15)
        .x_axis_formatter(|mark, _| {
            if (mark.value - mark.value.round()).abs() < 0.01 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .y_axis_formatter(|mark, _| format::euro(mark.value.round() as i64))
        .y_axis_min_width(90.0)
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{:.0}: {}",
                position.x,
                format::euro(position.y.round() as i64)
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            plot_ui.bar_chart(structural_chart);
            for chart in stacked {
                plot_ui.bar_chart(chart);
            }
            if let Some(chart) = unconfirmed_chart {
                plot_ui.bar_chart(chart);
            }
            if let (Some(first_cut), Some(before)) = (cut_from, before_cut) {
                let last = years.last().map_or(first_cut.year, |y| y.year);
                let line: Vec<[f64; 2]> = vec![
                    [f64::from(first_cut.year) - 0.45, before as f64],
                    [f64::from(last) + 0.45, before as f64],
                ];
                plot_ui.line(
                    egui_plot::Line::new(format!("Bezuiniging vanaf {}", first_cut.year), line)
                        .color(CUT)
                        .width(4.0)
                        .style(LineStyle::dashed_dense()),
                );
                plot_ui.text(
                    Text::new(
                        "",
                        // Over the last years, where only the lowered structural bars stand.
                        PlotPoint::new(f64::from(last) - 0.5, before as f64 + max_total * 0.03),
                        egui::RichText::new(format!(
                            "−{} per jaar\nvanaf {}",
                            format::euro(first_cut.cut_eur),
                            first_cut.year
                        ))
                        .size(text_size)
                        .strong(),
                    )
                    .anchor(egui::Align2::CENTER_BOTTOM)
                    .color(CUT),
                );
            }
        });
    super::chart_text::describe_chart(&response.response, &description);
}
