//! A log: dated entries of what happened, each as precise as its source
//! ("juni 2024", "eind 2024"), for a platform and for an intervention.

use chrono::{Datelike, Local, NaiveDate};
use egui::{RichText, Ui};

use crate::model::{DatePrecision, LogEntry, field_names};
use crate::ui::widgets::{self, ListEditor};

/// The log: dated entries of what happened, as precise as the source.
pub fn log_ui(ui: &mut Ui, path: &str, log: &mut Vec<LogEntry>) -> bool {
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
        if date_picker(ui, "datum", &mut entry.date) {
            entry.precision = DatePrecision::Dag;
            changed = true;
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

/// A date picked in a calendar (egui_extras); returns whether it changed.
pub(super) fn date_picker(ui: &mut Ui, id_salt: &str, date: &mut NaiveDate) -> bool {
    let Some(mut picked) = to_jiff(*date) else {
        return false;
    };
    let before = picked;
    ui.add(
        egui_extras::DatePickerButton::new(&mut picked)
            .id_salt(id_salt)
            .calendar_week(false)
            .format("%d-%m-%Y"),
    );
    match from_jiff(picked) {
        Some(new) if picked != before => {
            *date = new;
            true
        }
        _ => false,
    }
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
