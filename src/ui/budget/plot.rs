//! The budget chart on screen: the structural money per year with the cut
//! in every year it applies, and the Regiodeal as one amount for its period.
//! What it draws comes from `model::view::charts::budget_chart`.

use egui::Ui;
use egui_plot::{Bar, BarChart, HoverPosition, Plot, PlotPoint, Text};

use crate::model::format;
use crate::model::format::convert::rounded_i64;
use crate::model::view::charts::{BudgetChart, BudgetPart, ChartBar, CutSegments, PeriodBand};
use crate::ui::widgets::{LegendEntry, Swatch, chart_legend_ui, describe_chart, palette};

/// How the budget chart is drawn.
pub(crate) struct BudgetPlotStyle {
    /// Its height in points.
    pub height: f32,
    /// The size of the cut's label.
    pub text_size: f32,
    /// Whether it reacts to the mouse and shows its axes (not on slides and
    /// pictures).
    pub interactive: bool,
}

/// Draws the bars of `chart`: the structural money, the cut as an open
/// segment on it in every year it applies, entered incidental amounts
/// beside it, and money known only for a period as a labelled band.
pub(crate) fn budget_plot_ui(ui: &mut Ui, chart: &BudgetChart, style: &BudgetPlotStyle) {
    let mut layers: Vec<BarChart> = chart
        .stacks
        .iter()
        .map(|stack| {
            let colour = palette::budget_colour(stack.part);
            let look = BarLook {
                width: chart.bar_width,
                fill: colour,
                stroke: egui::Stroke::NONE,
                colour,
            };
            bar_layer(
                &stack.name,
                &stack.bars,
                &stack.bases,
                &look,
                style.interactive,
            )
        })
        .collect();
    if let Some(cut) = &chart.cut {
        layers.push(cut_layer(cut, chart.bar_width, style.interactive));
    }
    // The legend in a row above the chart, where it covers no bar.
    let top = ui.cursor().top();
    chart_legend_ui(ui, &legend_entries(chart));
    let height = (style.height - (ui.cursor().top() - top)).max(80.0);
    // Amounts on the axis only up to the bars: the bands above them stand
    // for a period's money, not for an amount at that height.
    let highest_bar = chart.bars_top;
    let response = Plot::new("budget-plot")
        .height(height)
        .show_grid([false, true])
        .show_x(style.interactive)
        .show_y(style.interactive)
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
        .y_axis_formatter(move |mark, _| {
            if mark.value > highest_bar * 1.001 {
                String::new()
            } else {
                format::euro(rounded_i64(mark.value))
            }
        })
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
            for layer in layers {
                plot_ui.bar_chart(layer);
            }
            for band in &chart.periods {
                period_band_ui(plot_ui, band, style.text_size);
            }
        });
    describe_chart(&response.response, &chart.description);
}

/// How a layer of bars looks.
struct BarLook {
    width: f64,
    fill: egui::Color32,
    stroke: egui::Stroke,
    colour: egui::Color32,
}

/// One layer of bars, each from its base, with its tooltip.
fn bar_layer(
    name: &str,
    bars: &[ChartBar],
    bases: &[f64],
    look: &BarLook,
    interactive: bool,
) -> BarChart {
    let bars = bars
        .iter()
        .zip(bases)
        .map(|(bar, base)| {
            Bar::new(bar.x, bar.value)
                .base_offset(*base)
                .width(look.width)
                .fill(look.fill)
                .stroke(look.stroke)
                .name(&bar.label)
        })
        .collect();
    BarChart::new(name.to_owned(), bars)
        .color(look.colour)
        .element_formatter(Box::new(|bar: &Bar, _: &BarChart| bar.name.clone()))
        .allow_hover(interactive)
}

/// The money the cut takes away, open on top of the lowered bars: a light
/// fill with the cut's colour around it.
fn cut_layer(cut: &CutSegments, width: f64, interactive: bool) -> BarChart {
    let look = BarLook {
        width,
        fill: palette::CUT.gamma_multiply(0.18),
        stroke: egui::Stroke::new(2.0, palette::CUT),
        colour: palette::CUT,
    };
    bar_layer(&cut.name, &cut.bars, &cut.bases, &look, interactive)
}

/// Money known only for its period: a light band over its years with the
/// one amount the sources give written on it, never bars per year.
fn period_band_ui(plot_ui: &mut egui_plot::PlotUi<'_>, band: &PeriodBand, text_size: f32) {
    let colour = if band.confirmed {
        palette::budget_colour(BudgetPart::Incidental)
    } else {
        palette::budget_colour(BudgetPart::Unconfirmed)
    };
    let (bottom, top) = (band.level, band.level + band.height);
    let corners = vec![
        [band.from_x, bottom],
        [band.to_x, bottom],
        [band.to_x, top],
        [band.from_x, top],
    ];
    plot_ui.polygon(
        egui_plot::Polygon::new("", corners)
            .fill_color(colour.gamma_multiply(0.18))
            .stroke(egui::Stroke::new(2.0, colour))
            .allow_hover(false),
    );
    // Above the band, from its left end: a band near the edge keeps its
    // words, and a short band's words may run on past it.
    plot_ui.text(
        Text::new(
            "",
            PlotPoint::new(band.from_x, top + band.height * 0.3),
            egui::RichText::new(&band.label).size(text_size * 0.85),
        )
        .anchor(egui::Align2::LEFT_BOTTOM),
    );
}

/// The legend entries: each layer of bars and the cut.
fn legend_entries(chart: &BudgetChart) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = chart
        .stacks
        .iter()
        .map(|stack| LegendEntry {
            colour: palette::budget_colour(stack.part),
            swatch: Swatch::Bar,
            name: stack.name.clone(),
        })
        .collect();
    if let Some(cut) = &chart.cut {
        entries.push(LegendEntry {
            colour: palette::CUT,
            swatch: Swatch::Bar,
            name: cut.name.clone(),
        });
    }
    entries
}
