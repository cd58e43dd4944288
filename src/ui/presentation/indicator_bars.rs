//! The indicator slide's chart, drawn for the beamer: per indicator its
//! name, a bar for the distance to the Utrecht average and that distance in
//! words after the bar. No axis and no grid: every bar carries its value, so
//! nothing crowds or runs through the labels, and the scale makes the
//! longest bar with its words fit the width of any screen.

use egui::{Color32, FontId, Rect, Sense, Ui, pos2, vec2};

use super::style::{INK, Sizes};
use crate::model::charts::OverviewChart;
use crate::model::convert::{drawing_f32, index_f32};
use crate::ui::widgets::{describe_chart, fonts, palette};

/// The bars of `chart` in a block `height` high.
pub(super) fn indicator_bars_ui(ui: &mut Ui, chart: &OverviewChart, height: f32, sizes: Sizes) {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    describe_chart(&response, &chart.description);
    if chart.rows.is_empty() {
        return;
    }
    let font = FontId::new(sizes.body * 0.9, fonts::slide_family());
    let names_width = width * 0.42;
    let gap = sizes.small * 0.6;
    let bars_left = rect.left() + names_width + gap;
    let painter = ui.painter_at(rect);
    let galley = |text: &str, wrap: f32| {
        ui.ctx()
            .fonts_mut(|f| f.layout(text.to_owned(), font.clone(), INK, wrap))
    };
    // Each bar's value sits after it: scale the bars so that the longest
    // bar with its words still ends inside the block.
    let room = rect.right() - bars_left;
    let values: Vec<_> = chart
        .rows
        .iter()
        .map(|row| galley(&row.value_label, room * 0.9))
        .collect();
    let scale = chart
        .rows
        .iter()
        .zip(&values)
        .map(|(row, value)| {
            let length = drawing_f32(row.relative_percent.abs()).max(0.001);
            (room - value.size().x - gap).max(room * 0.05) / length
        })
        .fold(f32::INFINITY, f32::min);
    let row_height = height / index_f32(chart.rows.len());
    for (index, (row, value)) in chart.rows.iter().zip(values).enumerate() {
        let top = rect.top() + row_height * index_f32(index);
        let middle = top + row_height / 2.0;
        // Every line of a long name ends at the bars, as the short ones do.
        let mut job =
            egui::text::LayoutJob::simple(row.name.clone(), font.clone(), INK, names_width);
        job.halign = egui::Align::RIGHT;
        let name = ui.ctx().fonts_mut(|f| f.layout_job(job));
        painter.galley(
            pos2(rect.left() + names_width, middle - name.size().y / 2.0),
            name,
            INK,
        );
        let length = drawing_f32(row.relative_percent.abs()) * scale;
        let bar_height = (row_height * 0.55).min(sizes.body * 1.4);
        let bar = Rect::from_min_size(
            pos2(bars_left, middle - bar_height / 2.0),
            vec2(length.max(2.0), bar_height),
        );
        let colour = if row.worse {
            palette::RED
        } else {
            palette::GREEN
        };
        painter.rect_filled(bar, 2.0, colour);
        let value_left = (bar.right() + gap).min(rect.right() - value.size().x);
        painter.galley(pos2(value_left, middle - value.size().y / 2.0), value, INK);
    }
    // The line the bars start from: the Utrecht average itself.
    painter.line_segment(
        [pos2(bars_left, rect.top()), pos2(bars_left, rect.bottom())],
        (2.0, Color32::from_gray(90)),
    );
}
