//! The list of wijken with a search box, status badges and platform names.

use egui::Ui;

use super::WijkenState;
use crate::command::Message;
use crate::model::{Dataset, District};
use crate::ui::ViewContext;
use crate::ui::widgets::status_badge;

/// The id of the search field, so that Ctrl+F can focus it.
pub(crate) fn search_id() -> egui::Id {
    egui::Id::unique("wijk-zoeken")
}

/// Whether a wijk matches the search text: its name, a buurt, or one of its
/// platforms (case-insensitive).
pub(crate) fn matches(data: &Dataset, district: &District, query: &str) -> bool {
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
pub(crate) fn visible_ids(data: &Dataset, query: &str) -> Vec<String> {
    data.districts
        .iter()
        .filter(|district| matches(data, district, query))
        .map(|district| district.id.clone())
        .collect()
}

/// The keys of the search box, taken before the field sees them: Enter
/// opens the first match, ↑/↓ move through the matches, Esc clears.
/// (egui drops the focus on Esc before the frame is drawn, so it asks
/// whether the box had the keyboard at the end of the last frame.)
fn search_keys(ui: &mut Ui, ctx: &mut ViewContext<'_>, search: &mut String, had_focus: bool) {
    if !had_focus {
        return;
    }
    let (enter, down, up, escape) = ui.input_mut(|i| {
        let mut take = |key| i.consume_key(egui::Modifiers::NONE, key);
        (
            take(egui::Key::Enter),
            take(egui::Key::ArrowDown),
            take(egui::Key::ArrowUp),
            !search.is_empty() && take(egui::Key::Escape),
        )
    });
    let visible = visible_ids(ctx.data(), search);
    let current = visible
        .iter()
        .position(|id| *id == ctx.settings().selected_district);
    let target = if enter {
        visible.first()
    } else if down {
        current.map_or(visible.first(), |i| {
            visible.get((i + 1).min(visible.len() - 1))
        })
    } else if up {
        current.map_or(visible.first(), |i| visible.get(i.saturating_sub(1)))
    } else {
        None
    };
    if let Some(id) = target {
        ctx.message(Message::SelectDistrict(id.clone()));
    }
    if escape {
        // Cleared, the box keeps the keyboard: type the next search at once.
        search.clear();
        ui.memory_mut(|m| m.request_focus(search_id()));
    }
}

/// Draws the search box and the list.
pub(crate) fn district_list_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, state: &mut WijkenState) {
    let search = &mut state.search;
    search_keys(ui, ctx, search, state.search_focused);
    let data = ctx.data();
    let selected = ctx.settings().selected_district.as_str();
    ui.horizontal(|ui| {
        let label = ui.label("🔍 Zoeken");
        // Right to left: the clear button first, the field takes what is left,
        // so the row never grows wider than the panel.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !search.is_empty()
                && ui
                    .small_button("✖")
                    .on_hover_text("Zoekopdracht wissen (Esc)")
                    .accessible_name("Zoekopdracht wissen")
                    .clicked()
            {
                search.clear();
                ui.memory_mut(|m| m.request_focus(search_id()));
            }
            let field = ui
                .add(
                    egui::TextEdit::singleline(search)
                        .id(search_id())
                        .hint_text("wijk, buurt of platform (Ctrl+F)")
                        .desired_width(ui.available_width()),
                )
                .labelled_by(label.id);
            state.search_focused = field.has_focus();
        });
    });
    ui.add_space(4.0);
    let visible = visible_ids(data, search);
    if !search.trim().is_empty() && !visible.is_empty() {
        let count = visible.len();
        let noun = if count == 1 { "wijk" } else { "wijken" };
        ui.weak(format!(
            "{count} {noun} gevonden; Enter opent de eerste, ↑/↓ bladeren"
        ));
    }
    if visible.is_empty() {
        ui.weak(format!(
            "Geen wijk, buurt of platform gevonden voor ‘{}’.",
            search.trim()
        ));
    }
    egui::ScrollArea::vertical()
        .id_salt("wijken-lijst")
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
