//! The detail panel of the selected wijk: its situation and each of its
//! platforms, readable at a glance and editable in place.

use egui::Ui;

use super::platform_editor;
use crate::document::Edit;
use crate::model::{Dataset, District, Platform};
use crate::ui::ViewContext;

/// Draws the panel of the selected wijk; `shown` is the wijk it showed
/// before: a newly selected wijk starts at its top.
pub(crate) fn district_panel_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, shown: &mut String) {
    let data = ctx.data();
    let district_id = ctx.settings().selected_district.as_str();
    let Some(district) = data.district(district_id) else {
        ui.label("Kies een wijk in de lijst of op de kaart.");
        return;
    };
    let mut area = egui::ScrollArea::vertical()
        .id_salt("wijk-detail")
        .auto_shrink([false, false]);
    if shown != district_id {
        area = area.vertical_scroll_offset(0.0);
        shown.clone_from(&district.id);
    }
    area.show(ui, |ui| {
        district_header_ui(ui, district);
        ui.separator();
        let platforms: Vec<(usize, &Platform)> = data.platforms_of(district_id).collect();
        if platforms.is_empty() {
            ui.label(
                egui::RichText::new(format!("{} heeft (nog) geen wijkplatform.", district.name))
                    .size(16.0),
            );
        }
        for (index, platform) in platforms {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                platform_editor::platform_ui(ui, ctx, index, platform);
            });
            ui.add_space(8.0);
        }
        if ui.button("➕ Wijkplatform toevoegen").clicked() {
            ctx.edit(add_platform(data, district), None);
        }
    });
}

fn district_header_ui(ui: &mut Ui, district: &District) {
    ui.heading(egui::RichText::new(&district.name).size(24.0).strong());
    ui.weak(format!("CBS-code {}", district.id));
    ui.label(&district.situation);
    if !district.neighbourhoods.is_empty() {
        ui.label(format!(
            "{}: {}",
            district.neighbourhoods_label(),
            district.neighbourhoods.join(", ")
        ));
    }
    for note in &district.notes {
        ui.label(format!("• {note}"));
    }
    for entry in &district.log {
        ui.label(format!("{} — {}", entry.date_text(), entry.text));
    }
}

/// The edit that adds a new platform to a wijk, with an id not yet in use.
fn add_platform(data: &Dataset, district: &District) -> Edit {
    let mut number = 1;
    let id = loop {
        let candidate = format!("nieuw-wijkplatform-{}-{number}", district.id.to_lowercase());
        if data.platforms.iter().all(|p| p.id != candidate) {
            break candidate;
        }
        number += 1;
    };
    let platform = Platform::new_in(
        &district.id,
        id,
        format!("Nieuw wijkplatform {}", district.name),
    );
    Edit::InsertPlatform {
        index: data.platforms.len(),
        platform: Box::new(platform),
    }
}
