//! A chart's text alternative in the accessibility tree (WCAG 1.1.1): the
//! sentences `model::view::charts` writes, on the chart's node, as the
//! description of an image.

/// Puts `text` on the chart's node in the accessibility tree.
pub fn describe_chart(response: &egui::Response, text: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, text));
}
