//! The budget chart on screen: stacked bars per year with the cut marked.
//! What it draws comes from `model::charts::budget_chart`.

use egui::Ui;
use egui_plot::{Bar, BarChart, HoverPosition, Legend, LineStyle, Plot, PlotPoint, Text};

use crate::model::charts::{BudgetChart, CutLine};
use crate::model::convert::rounded_i64;
use crate::model::format;
use crate::ui::widgets::{describe_chart, palette};

/// How the budget chart is drawn.
pub struct BudgetPlotStyle {
    /// Its height in points.
    pub height: f32,
    /// The size of the cut's label.
    pub text_size: f32,
    /// Whether it reacts to the mouse and shows its axes (not on slides and
    /// pictures).
    pub interactive: bool,
}

/// Draws the stacked bars of `chart`.
pub fn budget_plot_ui(ui: &mut Ui, chart: &BudgetChart, style: &BudgetPlotStyle) {
    let label = |bar: &Bar, _: &BarChart| bar.name.clone();
    let mut drawn: Vec<BarChart> = Vec::new();
    for stack in &chart.stacks {
        let colour = palette::budget_colour(stack.part);
        let bars = stack
            .bars
            .iter()
            .map(|b| {
                Bar::new(b.x, b.value)
                    .width(0.7)
                    .fill(colour)
                    .name(&b.label)
            })
            .collect();
        let below: Vec<&BarChart> = drawn.iter().collect();
        let layer = BarChart::new(stack.name.clone(), bars)
            .color(colour)
            .element_formatter(Box::new(label))
            .allow_hover(style.interactive)
            .stack_on(&below);
        drawn.push(layer);
    }
    let response = Plot::new("budget-plot")
        .height(style.height)
        .show_grid([false, true])
        .show_x(style.interactive)
        .show_y(style.interactive)
        .legend(
            Legend::default()
                .text_style(egui::TextStyle::Body)
                .position(egui_plot::Corner::RightTop),
        )
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .include_y(0.0)
        .include_y(chart.top)
        .x_axis_formatter(|mark, _| {
            if (mark.value - mark.value.round()).abs() < 0.01 {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .y_axis_formatter(|mark, _| format::euro(rounded_i64(mark.value)))
        .y_axis_min_width(90.0)
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{:.0}: {}",
                position.x,
                format::euro(rounded_i64(position.y))
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot_ui| {
            for layer in drawn {
                plot_ui.bar_chart(layer);
            }
            if let Some(cut) = &chart.cut {
                cut_ui(plot_ui, cut, style.text_size);
            }
        });
    describe_chart(&response.response, &chart.description);
}

/// The dashed line at the level before the cut, and its label.
fn cut_ui(plot_ui: &mut egui_plot::PlotUi<'_>, cut: &CutLine, text_size: f32) {
    let line = vec![[cut.from_x, cut.level], [cut.to_x, cut.level]];
    plot_ui.line(
        egui_plot::Line::new(&cut.name, line)
            .color(palette::CUT)
            .width(4.0)
            .style(LineStyle::dashed_dense()),
    );
    plot_ui.text(
        Text::new(
            "",
            PlotPoint::new(cut.label_at[0], cut.label_at[1]),
            egui::RichText::new(&cut.label).size(text_size).strong(),
        )
        .anchor(egui::Align2::CENTER_BOTTOM)
        .color(palette::CUT),
    );
}
