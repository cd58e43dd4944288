//! The list of wijken with a search box, status badges and platform names.

use egui::Ui;

use crate::command::Message;
use crate::model::{Dataset, District};
use crate::ui::ViewContext;
use crate::ui::widgets::status_badge;

/// The id of the search field, so that Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("wijk-zoeken")
}

/// Whether a wijk matches the search text: its name, a buurt, or one of its
/// platforms (case-insensitive).
pub fn matches(data: &Dataset, district: &District, query: &str) -> bool {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return true;
    }
    let hit = |text: &str| text.to_lowercase().contains(&query);
    hit(&district.name)
        || district.neighbourhoods.iter().any(|n| hit(n))
        || data
            .platforms_of(&district.id)
            .any(|(_, p)| hit(&p.name) || p.neighbourhoods.iter().any(|n| hit(n)))
}

/// The ids of the wijken the search leaves, in list order.
pub fn visible_ids(data: &Dataset, query: &str) -> Vec<String> {
    data.districts
        .iter()
        .filter(|district| matches(data, district, query))
        .map(|district| district.id.clone())
        .collect()
}

/// Draws the search box and the list.
pub fn district_list_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, search: &mut String) {
    let data = ctx.data();
    let selected = ctx.settings().selected_district.as_str();
    ui.horizontal(|ui| {
        let label = ui.label("🔍 Zoeken");
        ui.add(
            egui::TextEdit::singleline(search)
                .id(search_id())
                .hint_text("wijk, buurt of platform (Ctrl+F)")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    ui.add_space(4.0);
    let visible = visible_ids(data, search);
    if visible.is_empty() {
        ui.weak(format!(
            "Geen wijk, buurt of platform gevonden voor ‘{}’.",
            search.trim()
        ));
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for id in &visible {
                let Some(district) = data.district(id) else {
                    continue;
                };
                if district_row_ui(ui, data, district, district.id == selected) {
                    ctx.message(Message::SelectDistrict(district.id.clone()));
                }
            }
        });
}

/// One row; returns whether it was clicked (and was not already selected).
fn district_row_ui(ui: &mut Ui, data: &Dataset, district: &District, selected: bool) -> bool {
    let mut clicked = false;
    let frame = egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(6, 4))
        .corner_radius(4.0)
        .fill(if selected {
            ui.visuals().selection.bg_fill.gamma_multiply(0.35)
        } else {
            egui::Color32::TRANSPARENT
        });
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            let name = egui::RichText::new(&district.name).size(16.0).strong();
            let row = ui.selectable_label(selected, name);
            clicked = row.clicked() && !selected;
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                status_badge(ui, data.district_status(&district.id));
            });
        });
        let names: Vec<&str> = data
            .platforms_of(&district.id)
            .map(|(_, p)| p.name.as_str())
            .collect();
        let text = if names.is_empty() {
            "Geen wijkplatform".to_owned()
        } else {
            names.join(" · ")
        };
        ui.weak(text);
    });
    clicked
}
