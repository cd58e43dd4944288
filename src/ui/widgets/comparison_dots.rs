//! The comparison of each indicator with the figure it is compared with,
//! drawn so that position is the figure itself: per unit one scale from 0,
//! per indicator a line with two dots — the wijk (red where it is on the
//! worse side, green otherwise) and the comparison (a grey ring) — each with
//! its value. The gap between the dots is the difference the words name;
//! no bar stands for a ratio the label does not say. Used by the
//! Indicatoren tab and the indicator slide.

use egui::{Align2, Color32, FontId, Sense, Stroke, Ui, pos2, vec2};

use super::{describe_chart, palette};
use crate::model::format::convert::{drawing_f32, index_f32};
use crate::model::view::charts::{OverviewChart, OverviewScale};

/// How the chart is drawn.
#[derive(Clone, Debug)]
pub struct DotsStyle {
    /// The size of the names and values.
    pub body: f32,
    /// The size of the scale's marks and the difference under a line.
    pub small: f32,
    /// The font family.
    pub family: egui::FontFamily,
    /// The text colour.
    pub ink: Color32,
    /// The colour of the scale's lines.
    pub rule: Color32,
}

impl DotsStyle {
    /// The height one indicator takes.
    fn row_height(&self) -> f32 {
        self.body * 1.5 + self.small * 1.4
    }

    /// The height of a scale's title and its marks.
    fn scale_extra(&self) -> f32 {
        self.small * 1.6 + self.small * 2.0
    }

    /// The height the whole chart takes, for a view that lays it out.
    pub fn height_of(&self, chart: &OverviewChart) -> f32 {
        let scales = chart.scales.len();
        index_f32(chart.row_count()) * self.row_height()
            + index_f32(scales) * self.scale_extra()
            + self.body * 1.6
    }
}

/// Draws `chart` in the width of `ui`, as high as it needs
/// ([`DotsStyle::height_of`]), with its text alternative.
pub fn comparison_dots_ui(ui: &mut Ui, chart: &OverviewChart, style: &DotsStyle) {
    if chart.scales.is_empty() {
        ui.label("Nog geen indicator met zowel een waarde voor de wijk als een cijfer om mee te vergelijken.");
        return;
    }
    let width = ui.available_width();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, style.height_of(chart)), Sense::hover());
    describe_chart(&response, &chart.description);
    let painter = ui.painter_at(rect);
    let body = FontId::new(style.body, style.family.clone());
    let small = FontId::new(style.small, style.family.clone());
    let names_width = width * 0.4;
    let track_left = rect.left() + names_width + style.body;
    // Room right of the track for the value of a dot at its end.
    let track_right = rect.right() - style.body * 3.5;
    let mut top = rect.top();
    legend(&painter, rect.left() + names_width, top, style, chart);
    top += style.body * 1.6;
    for scale in &chart.scales {
        let to_x = |value: f64| {
            let share = drawing_f32((value / scale.max.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0));
            track_left + (track_right - track_left) * share
        };
        painter.text(
            pos2(rect.left(), top),
            Align2::LEFT_TOP,
            &scale.title,
            small.clone(),
            style.ink,
        );
        top += style.small * 1.6;
        for row in &scale.rows {
            let middle = top + style.body * 0.75;
            let mut job = egui::text::LayoutJob::simple(
                row.name.clone(),
                body.clone(),
                style.ink,
                names_width,
            );
            job.halign = egui::Align::RIGHT;
            let name = ui.ctx().fonts_mut(|f| f.layout_job(job));
            // A long name keeps its first lines beside its line.
            let name_top = (middle - name.size().y / 2.0).max(top - style.small * 0.3);
            painter.galley(pos2(rect.left() + names_width, name_top), name, style.ink);
            painter.line_segment(
                [pos2(track_left, middle), pos2(track_right, middle)],
                Stroke::new(1.0, style.rule),
            );
            let (district_x, comparison_x) = (to_x(row.district), to_x(row.comparison));
            let colour = if row.worse {
                palette::RED
            } else {
                palette::GREEN
            };
            painter.line_segment(
                [pos2(district_x, middle), pos2(comparison_x, middle)],
                Stroke::new(style.body * 0.25, colour.gamma_multiply(0.45)),
            );
            let radius = style.body * 0.42;
            painter.circle_filled(pos2(comparison_x, middle), radius, Color32::WHITE);
            painter.circle_stroke(
                pos2(comparison_x, middle),
                radius,
                Stroke::new(radius * 0.55, palette::UTRECHT),
            );
            painter.circle_filled(pos2(district_x, middle), radius * 1.15, colour);
            // Each value on the outer side of its dot, so they never meet.
            let district_right = row.district >= row.comparison;
            let gap = radius * 1.6;
            let (district_anchor, district_at) = if district_right {
                (Align2::LEFT_CENTER, district_x + gap)
            } else {
                (Align2::RIGHT_CENTER, district_x - gap)
            };
            let (comparison_anchor, comparison_at) = if district_right {
                (Align2::RIGHT_CENTER, comparison_x - gap)
            } else {
                (Align2::LEFT_CENTER, comparison_x + gap)
            };
            painter.text(
                pos2(district_at, middle),
                district_anchor,
                &row.district_text,
                FontId::new(style.body, style.family.clone()),
                style.ink,
            );
            // Beside the ring where it fits between the line's start and the
            // dot; the line under the track says it in any case.
            let comparison = ui.ctx().fonts_mut(|f| {
                f.layout_no_wrap(row.comparison_text.clone(), body.clone(), palette::UTRECHT)
            });
            let fits = if district_right {
                comparison_at - comparison.size().x >= track_left
            } else {
                comparison_at + comparison.size().x <= rect.right()
            };
            if fits {
                let at = comparison_anchor
                    .anchor_size(pos2(comparison_at, middle), comparison.size())
                    .min;
                painter.galley(at, comparison, palette::UTRECHT);
            }
            let difference = ui.ctx().fonts_mut(|f| {
                f.layout(
                    format!("{} ({})", row.value_label, row.comparison_label),
                    small.clone(),
                    style.ink,
                    rect.right() - track_left,
                )
            });
            painter.galley(
                pos2(track_left, middle + style.body * 0.75),
                difference,
                style.ink,
            );
            top += style.row_height();
        }
        top += style.small * 0.5;
        marks(&painter, scale, top, &to_x, style, &small);
        top += style.small * 1.5;
    }
}

/// The legend: a dot for the wijk, a ring for what it is compared with.
fn legend(painter: &egui::Painter, left: f32, top: f32, style: &DotsStyle, chart: &OverviewChart) {
    let middle = top + style.body * 0.6;
    let radius = style.body * 0.4;
    let small = FontId::new(style.small, style.family.clone());
    let mut x = left + style.body;
    painter.circle_filled(pos2(x, middle), radius, palette::RED);
    x += radius * 2.0;
    let rect = painter.text(
        pos2(x, middle),
        Align2::LEFT_CENTER,
        "de wijk (rood: aan de ongunstige kant)",
        small.clone(),
        style.ink,
    );
    x = rect.right() + style.body;
    painter.circle_stroke(
        pos2(x, middle),
        radius,
        Stroke::new(radius * 0.55, palette::UTRECHT),
    );
    x += radius * 2.0;
    let groups: Vec<&str> = {
        let mut groups: Vec<&str> = chart
            .scales
            .iter()
            .flat_map(|s| s.rows.iter().map(|r| r.comparison_label.as_str()))
            .collect();
        groups.dedup();
        groups
    };
    let comparison = if groups.len() == 1 {
        groups[0].to_owned()
    } else {
        "het cijfer ter vergelijking".to_owned()
    };
    painter.text(
        pos2(x, middle),
        Align2::LEFT_CENTER,
        comparison,
        small,
        style.ink,
    );
}

/// The scale's marks under its last line: "0%", "20%", ….
fn marks(
    painter: &egui::Painter,
    scale: &OverviewScale,
    top: f32,
    to_x: &dyn Fn(f64) -> f32,
    style: &DotsStyle,
    font: &FontId,
) {
    let line_y = top - style.small * 0.2;
    for (at, text) in &scale.ticks {
        let x = to_x(*at);
        painter.line_segment(
            [pos2(x, line_y - style.small * 0.3), pos2(x, line_y)],
            Stroke::new(1.0, style.rule),
        );
        painter.text(
            pos2(x, line_y + style.small * 0.1),
            Align2::CENTER_TOP,
            text,
            font.clone(),
            style.rule,
        );
    }
}
