//! The timeline on screen: per ambition a row per intervention, its bar
//! from the first to the last month its words give, coloured by status;
//! today as a red line. A screen reader gets the timeline as sentences and
//! each row as a button with its text.

use egui::{Align2, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};

use crate::model::InterventionStatus;
use crate::model::format::convert::{drawing_f32, exact_f64, index_f32};
use crate::model::view::charts::TimelineChart;
use crate::ui::widgets::{self, LegendEntry, Swatch, palette};

const ROW: f32 = 24.0;
const HEADER: f32 = 26.0;

/// Draws the timeline; returns the index of an intervention clicked.
pub(super) fn timeline_ui(ui: &mut Ui, chart: &TimelineChart) -> Option<usize> {
    // The width before anything is drawn: a row wider than the panel must
    // not widen the chart past the window.
    let width = ui.available_width().max(400.0);
    // Running and pilot share their colour, so they share their entry.
    let statuses = [
        (InterventionStatus::Verkenning, "verkenning"),
        (InterventionStatus::Voorbereiding, "voorbereiding"),
        (InterventionStatus::InUitvoering, "in uitvoering of pilot"),
        (InterventionStatus::Afgerond, "afgerond"),
        (InterventionStatus::Gestopt, "gestopt"),
        (InterventionStatus::NietGenoemd, "status niet genoemd"),
    ];
    let legend: Vec<LegendEntry> = statuses
        .iter()
        .map(|&(status, name)| LegendEntry {
            colour: palette::intervention_colours(status).0,
            swatch: Swatch::Bar,
            name: name.to_owned(),
        })
        .chain(std::iter::once(LegendEntry {
            colour: palette::RED,
            swatch: Swatch::Line,
            name: "vandaag".to_owned(),
        }))
        .collect();
    widgets::chart_legend_ui(ui, &legend);
    if chart.rows.is_empty() {
        ui.weak("Geen interventies met een jaartal in hun periode die bij de filters passen.");
    }
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt("tijdlijn")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let groups = chart
                .rows
                .windows(2)
                .filter(|pair| pair[0].ambition != pair[1].ambition)
                .count()
                + usize::from(!chart.rows.is_empty());
            let height = HEADER + ROW * index_f32(chart.rows.len() + groups) + 8.0;
            let (area, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
            widgets::describe_chart(&response, &chart.text());
            clicked = draw(ui, area, chart);
            if !chart.undated.is_empty() {
                ui.add_space(8.0);
                ui.label(
                    egui::RichText::new("Zonder jaartal in de periode (niet op de tijdlijn)")
                        .strong(),
                );
                ui.label(chart.undated.join(", "));
            }
        });
    clicked
}

fn draw(ui: &mut Ui, area: Rect, chart: &TimelineChart) -> Option<usize> {
    let label_width = (area.width() * 0.38).clamp(160.0, 360.0);
    let plot = Rect::from_min_max(
        pos2(area.left() + label_width + 8.0, area.top()),
        area.right_bottom() - vec2(16.0, 0.0),
    );
    // Months since the first: a few thousand at most, exact in f64.
    let span = drawing_f32(exact_f64((chart.last - chart.first).max(1)));
    let x_of = |month: i64| {
        plot.left() + plot.width() * drawing_f32(exact_f64(month - chart.first)) / span
    };
    let text_colour = ui.visuals().text_color();
    let grid = ui.visuals().weak_text_color().gamma_multiply(0.5);
    let body = FontId::proportional(14.0);
    let painter = ui.painter_at(area);
    for year in chart.years() {
        let x = x_of(year * 12);
        painter.line_segment(
            [pos2(x, area.top() + HEADER - 4.0), pos2(x, area.bottom())],
            Stroke::new(1.0, grid),
        );
        painter.text(
            pos2(x + 3.0, area.top() + 2.0),
            Align2::LEFT_TOP,
            year.to_string(),
            body.clone(),
            text_colour,
        );
    }
    let mut y = area.top() + HEADER;
    let mut clicked = None;
    let mut ambition = None;
    for row in &chart.rows {
        if ambition != Some(row.ambition) {
            ambition = Some(row.ambition);
            painter.text(
                pos2(area.left(), y + ROW / 2.0),
                Align2::LEFT_CENTER,
                format!("Ambitie {}", row.ambition),
                FontId::proportional(15.0),
                text_colour,
            );
            y += ROW;
        }
        let row_rect = Rect::from_min_size(pos2(area.left(), y), vec2(area.width(), ROW));
        // Only the rows in view are laid out: a file of thousands of
        // interventions scrolls as lightly as the shipped one.
        if !ui.clip_rect().intersects(row_rect) {
            y += ROW;
            continue;
        }
        let response = ui
            .interact(
                row_rect,
                ui.scope_id().with(("tijdlijn-rij", row.index)),
                Sense::click(),
            )
            .on_hover_text(&row.text);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &row.text));
        if response.hovered() {
            painter.rect_filled(row_rect, 2.0, ui.visuals().widgets.hovered.weak_bg_fill);
        }
        if response.clicked() {
            clicked = Some(row.index);
        }
        let name_rect =
            Rect::from_min_size(pos2(area.left() + 12.0, y), vec2(label_width - 12.0, ROW));
        let galley = painter.layout(row.name.clone(), body.clone(), text_colour, f32::INFINITY);
        painter.with_clip_rect(name_rect).galley(
            pos2(name_rect.left(), y + (ROW - galley.size().y) / 2.0),
            galley,
            text_colour,
        );
        let (fill, _) = palette::intervention_colours(row.status);
        let left = x_of(row.start);
        let right = x_of(row.end).max(left + 4.0);
        let mid = y + ROW / 2.0;
        if row.moment {
            let r = 7.0;
            let c = pos2((left + right) / 2.0, mid);
            painter.add(egui::Shape::convex_polygon(
                vec![
                    c + vec2(0.0, -r),
                    c + vec2(r, 0.0),
                    c + vec2(0.0, r),
                    c + vec2(-r, 0.0),
                ],
                fill,
                Stroke::NONE,
            ));
        } else {
            let bar = Rect::from_min_max(pos2(left, mid - 7.0), pos2(right, mid + 7.0));
            painter.rect_filled(bar, 3.0, fill);
            if row.to_today {
                // Still running: an open end at today.
                painter.add(egui::Shape::convex_polygon(
                    vec![
                        pos2(right, mid - 7.0),
                        pos2(right + 8.0, mid),
                        pos2(right, mid + 7.0),
                    ],
                    fill,
                    Stroke::NONE,
                ));
            }
        }
        y += ROW;
    }
    let today = x_of(chart.today) + plot.width() / span / 2.0;
    painter.line_segment(
        [
            pos2(today, area.top() + HEADER - 6.0),
            pos2(today, area.bottom()),
        ],
        Stroke::new(2.0, palette::RED),
    );
    // The word on the side with room: left of the line near the right edge.
    let (x, align) = if today > plot.center().x {
        (today - 3.0, Align2::RIGHT_BOTTOM)
    } else {
        (today + 3.0, Align2::LEFT_BOTTOM)
    };
    painter.text(
        pos2(x, area.top() + HEADER - 6.0),
        align,
        "vandaag",
        FontId::proportional(12.0),
        palette::RED,
    );
    clicked
}
