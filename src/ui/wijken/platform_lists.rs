//! The lists of a platform that have more than text in each entry: reach
//! figures and the contact persons (personal data). The log is a shared
//! widget ([`crate::ui::widgets::log_ui`]).

use egui::{RichText, Ui};

use crate::model::format::convert::{count_f64, rounded_u64};
use crate::model::{Contact, Count, Reach, field_names};
use crate::ui::widgets::{self, ListEditor, NumberRules, palette};

/// The reach figures: each a number and who or what it counts, the number
/// labelled by its description ("bewoners op de mailinglijst: 600").
pub(super) fn reach_ui(ui: &mut Ui, path: &str, reach: &mut Vec<Reach>) -> bool {
    ui.label(RichText::new(field_names::REACH.label).strong());
    let new_reach = || Reach {
        description: String::new(),
        count: Count::exact(0),
    };
    let list = ListEditor {
        path,
        item_name: "Bereikcijfer",
        empty_text: "Geen bereikcijfers bekend.",
    };
    list.ui(ui, reach, new_reach, |ui, row, item| {
        let mut changed = false;
        ui.horizontal(|ui| {
            let what = match item.description.trim() {
                "" => format!("bereikcijfer {}", row.index + 1),
                description => description.to_owned(),
            };
            let outcome = widgets::number_field(
                ui,
                &format!("Aantal: {what}"),
                Some(count_f64(item.count.value)),
                NumberRules {
                    optional: false,
                    hide_label: true,
                    ..NumberRules::COUNT
                },
            );
            row.first_field(&outcome.response);
            if let Some(Some(value)) = outcome.new_value {
                // The rules only let whole numbers from 0 through 10^12 through.
                item.count.value = rounded_u64(value);
                changed = true;
            }
            changed |= widgets::multiline_field(
                ui,
                &format!("Wie of wat bij bereikcijfer {}", row.index + 1),
                false,
                &mut item.description,
            )
            .changed();
        });
        changed
    })
}

/// The contact persons: personal data, in a frame of its own colour.
pub(super) fn contacts_ui(ui: &mut Ui, path: &str, contacts: &mut Vec<Contact>) -> bool {
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, palette::PERSONAL_DATA))
        .corner_radius(4.0)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.label(
                RichText::new("🔒 Contactpersonen — persoonsgegevens (AVG)")
                    .strong()
                    .color(palette::PERSONAL_DATA),
            );
            ui.weak("Alleen in uw eigen bestand; nooit in presentatie of export.");
            let new_contact = || Contact {
                name: "Nieuwe contactpersoon".to_owned(),
                ..Contact::default()
            };
            let list = ListEditor {
                path,
                item_name: "Contactpersoon",
                empty_text: "Geen contactpersonen.",
            };
            list.ui(ui, contacts, new_contact, |ui, row, contact| {
                let name = widgets::text_field(ui, "Naam contactpersoon", &mut contact.name);
                row.first_field(&name);
                let mut changed = name.changed();
                changed |= widgets::text_field(ui, "Rol", &mut contact.role).changed();
                changed |= widgets::text_field(ui, "E-mail", &mut contact.email).changed();
                changed |= widgets::text_field(ui, "Telefoon", &mut contact.phone).changed();
                changed
            })
        })
        .inner
}
