//! A chart's legend as a row of its own above the chart, so that it never
//! covers the data (egui_plot's legend sits inside the plot, over the
//! newest values).

use egui::{Color32, Stroke, Ui};

/// How a series looks in its chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A solid line with a dot.
    Line,
    /// A dashed line.
    Dashed,
    /// A diamond (a target).
    Diamond,
    /// A filled square (a bar).
    Bar,
}

/// One entry of the legend.
pub struct LegendEntry {
    /// Its colour.
    pub colour: Color32,
    /// How it is drawn.
    pub swatch: Swatch,
    /// Its name, as the chart's series has it.
    pub name: String,
}

/// Draws the legend, wrapping to a second line where the row is full.
pub fn chart_legend_ui(ui: &mut Ui, entries: &[LegendEntry]) {
    ui.horizontal_wrapped(|ui| {
        for entry in entries {
            ui.horizontal(|ui| {
                let size = egui::vec2(26.0, ui.text_style_height(&egui::TextStyle::Body));
                let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                let painter = ui.painter();
                let mid = rect.left_center();
                let end = rect.right_center();
                let stroke = Stroke::new(3.0, entry.colour);
                match entry.swatch {
                    Swatch::Line => {
                        painter.line_segment([mid, end], stroke);
                        painter.circle_filled(rect.center(), 4.0, entry.colour);
                    }
                    Swatch::Dashed => {
                        painter.add(egui::Shape::dashed_line(
                            &[mid, end],
                            Stroke::new(2.5, entry.colour),
                            5.0,
                            3.0,
                        ));
                    }
                    Swatch::Diamond => {
                        let c = rect.center();
                        let r = 6.0;
                        painter.add(egui::Shape::convex_polygon(
                            vec![
                                c + egui::vec2(0.0, -r),
                                c + egui::vec2(r, 0.0),
                                c + egui::vec2(0.0, r),
                                c + egui::vec2(-r, 0.0),
                            ],
                            entry.colour,
                            Stroke::NONE,
                        ));
                    }
                    Swatch::Bar => {
                        let square =
                            egui::Rect::from_center_size(rect.center(), egui::vec2(12.0, 12.0));
                        painter.rect_filled(square, 2.0, entry.colour);
                    }
                }
                ui.label(&entry.name);
            });
            ui.add_space(10.0);
        }
    });
}
