//! The lists of a platform that have more than text in each entry: reach
//! figures, the log with its dates, and the contact persons (personal data).

use chrono::{Datelike, Local, NaiveDate};
use egui::{RichText, Ui};

use crate::model::format::convert::{count_f64, rounded_u64};
use crate::model::{Contact, Count, DatePrecision, LogEntry, Reach, field_names};
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

/// The log: dated entries of what happened, as precise as the source.
pub(super) fn log_ui(ui: &mut Ui, path: &str, log: &mut Vec<LogEntry>) -> bool {
    ui.label(RichText::new(field_names::LOG.label).strong());
    let new_entry = || LogEntry {
        date: today(),
        precision: DatePrecision::Dag,
        text: String::new(),
        source: None,
    };
    let list = ListEditor {
        path,
        item_name: "Logboekregel",
        empty_text: "Nog niets in het logboek.",
    };
    list.ui(ui, log, new_entry, |ui, row, entry| {
        let mut changed = date_ui(ui, entry);
        let text = widgets::multiline_field(
            ui,
            &format!("Logboekregel {}", row.index + 1),
            false,
            &mut entry.text,
        );
        row.first_field(&text);
        changed |= text.changed();
        changed
    })
}

/// A log entry's date: picked in a calendar, as precise as the source says.
fn date_ui(ui: &mut Ui, entry: &mut LogEntry) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.strong(entry.date_text());
        if let Some(mut picked) = to_jiff(entry.date) {
            let before = picked;
            ui.add(
                egui_extras::DatePickerButton::new(&mut picked)
                    .id_salt("datum")
                    .calendar_week(false)
                    .format("%d-%m-%Y"),
            );
            if picked != before
                && let Some(date) = from_jiff(picked)
            {
                entry.date = date;
                entry.precision = DatePrecision::Dag;
                changed = true;
            }
        }
        changed |= widgets::choice(
            ui,
            "Precisie",
            &mut entry.precision,
            &DatePrecision::ALL,
            |p| p.label_nl().to_owned(),
        );
    });
    changed
}

/// The date picker of egui_extras works with jiff dates; the model keeps chrono's.
fn to_jiff(date: NaiveDate) -> Option<jiff::civil::Date> {
    let year = i16::try_from(date.year()).ok()?;
    let month = i8::try_from(date.month()).ok()?;
    let day = i8::try_from(date.day()).ok()?;
    jiff::civil::Date::new(year, month, day).ok()
}

fn from_jiff(date: jiff::civil::Date) -> Option<NaiveDate> {
    let month = u32::try_from(date.month()).ok()?;
    let day = u32::try_from(date.day()).ok()?;
    NaiveDate::from_ymd_opt(i32::from(date.year()), month, day)
}

fn today() -> NaiveDate {
    Local::now().date_naive()
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
