//! The filters above the tree: status, partner, area, money source and a
//! search; each narrows, "alle" lifts it.

use egui::Ui;

use crate::model::{
    Dataset, InterventionArea, InterventionFilter, InterventionStatus, MoneySource,
};

/// The id of the search field.
pub(super) fn search_id() -> egui::Id {
    egui::Id::unique("interventie-zoeken")
}

/// Draws the filters; the filter changes in place.
pub(super) fn filters_ui(ui: &mut Ui, data: &Dataset, filter: &mut InterventionFilter) {
    ui.horizontal(|ui| {
        let label = ui.label("Zoeken");
        ui.add(
            egui::TextEdit::singleline(&mut filter.search)
                .id(search_id())
                .hint_text("naam, partner, gebied …")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    egui::Grid::new("interventie-filters")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            optional_choice(
                ui,
                "Status",
                &mut filter.status,
                InterventionStatus::ALL.to_vec(),
                |s| s.label_nl().to_owned(),
            );
            ui.end_row();
            let mut partners: Vec<(String, String)> = data
                .partners
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect();
            partners.sort_by_key(|(_, name)| name.to_lowercase());
            let names: Vec<String> = partners.iter().map(|(id, _)| id.clone()).collect();
            optional_choice(ui, "Partner", &mut filter.partner, names, |id| {
                data.partner_name(&id).to_owned()
            });
            ui.end_row();
            let mut areas = vec![InterventionArea::Overvecht];
            areas.extend(
                data.buurtaanpakken
                    .iter()
                    .map(|b| InterventionArea::Buurtaanpak(b.id.clone())),
            );
            for intervention in &data.interventions {
                if matches!(intervention.area, InterventionArea::Buurt(_))
                    && !areas.contains(&intervention.area)
                {
                    areas.push(intervention.area.clone());
                }
            }
            optional_choice(ui, "Gebied", &mut filter.area, areas, |a| {
                data.area_text(&a)
            });
            ui.end_row();
            optional_choice(
                ui,
                "Geld",
                &mut filter.money,
                MoneySource::ALL.to_vec(),
                |m| m.label_nl().to_owned(),
            );
            ui.end_row();
        });
    if !filter.is_empty() && ui.button("Filters wissen").clicked() {
        *filter = InterventionFilter::default();
    }
}

/// A labelled combo box of `options` and "alle" (none chosen).
fn optional_choice<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: &str,
    current: &mut Option<T>,
    options: Vec<T>,
    name: impl Fn(T) -> String,
) {
    ui.label(label);
    let shown = current.clone().map_or_else(|| "alle".to_owned(), &name);
    egui::ComboBox::from_id_salt(("filter", label))
        .selected_text(shown)
        .width(220.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(current, None, "alle");
            for option in options {
                let text = name(option.clone());
                ui.selectable_value(current, Some(option), text);
            }
        })
        .response
        // Its own name, so a screen reader tells it from the panel's fields.
        .accessible_name(format!("Filter op {}", label.to_lowercase()));
}
