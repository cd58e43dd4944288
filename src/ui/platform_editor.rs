//! One platform, every field readable and editable in place. Each change
//! becomes an [`Edit::Platform`] with the whole changed platform.

use chrono::{Datelike, Local, NaiveDate};
use egui::{RichText, Ui};

use crate::command::AppCommand;
use crate::document::Edit;
use crate::model::format;
use crate::model::{
    Contact, Count, Dataset, DatePrecision, LegalForm, LogEntry, Platform, PlatformStatus, Problem,
    Qualifier, Reach,
};
use crate::ui::theme;
use crate::ui::widgets::{self, NumberRules};

/// A log date as precise as the source: "10 juni 2024", "juni 2024", "2024".
pub fn date_text(entry: &LogEntry) -> String {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let month = MONTHS[entry.date.month0() as usize];
    match entry.precision {
        DatePrecision::Dag => format!("{} {month} {}", entry.date.day(), entry.date.year()),
        DatePrecision::Maand => format!("{month} {}", entry.date.year()),
        DatePrecision::Jaar => entry.date.year().to_string(),
    }
}

/// Draws one platform and pushes an edit when a field changes.
pub fn platform_ui(
    ui: &mut Ui,
    data: &Dataset,
    index: usize,
    platform: &Platform,
    problems: &[Problem],
    commands: &mut Vec<AppCommand>,
) {
    let mut edited = platform.clone();
    let mut field: Option<&'static str> = None;
    let path = format!("platforms[{index}]");
    ui.push_id(("platform", &platform.id, index), |ui| {
        ui.horizontal(|ui| {
            ui.heading(RichText::new(&platform.name).strong());
            theme::status_badge(ui, Some(platform.status));
        });
        if widgets::text_field(ui, "Naam", &mut edited.name).changed() {
            field = Some("name");
        }
        widgets::problems_at(ui, problems, &format!("{path}.name"));
        ui.horizontal_wrapped(|ui| {
            if widgets::choice(
                ui,
                "Status",
                &mut edited.status,
                &PlatformStatus::ALL,
                |s| s.label_nl().to_owned(),
            ) {
                field = Some("status");
            }
            if widgets::choice(
                ui,
                "Rechtsvorm",
                &mut edited.legal_form,
                &LegalForm::ALL,
                |f| f.label_nl().to_owned(),
            ) {
                field = Some("legal_form");
            }
        });
        if members_ui(ui, &mut edited.members) {
            field = Some("members");
        }
        widgets::problems_at(ui, problems, &format!("{path}.members"));
        ui.add_space(6.0);
        if reach_ui(ui, &mut edited.reach) {
            field = Some("reach");
        }
        ui.add_space(6.0);
        for (title, item, list, key) in [
            (
                "Wat het organiseert",
                "Activiteit",
                &mut edited.activities,
                "activities",
            ),
            (
                "Uitdagingen",
                "Uitdaging",
                &mut edited.challenges,
                "challenges",
            ),
            (
                "Ondersteuningsbehoeften en wensen",
                "Behoefte",
                &mut edited.needs,
                "needs",
            ),
            (
                "Volgende stappen",
                "Stap",
                &mut edited.next_steps,
                "next_steps",
            ),
        ] {
            if widgets::string_list(ui, title, item, list) {
                field = Some(key);
            }
            ui.add_space(6.0);
        }
        if funding_ui(ui, data, &mut edited) {
            field = Some("funding");
        }
        ui.add_space(6.0);
        if log_ui(ui, &mut edited.log) {
            field = Some("log");
        }
        widgets::problems_at(ui, problems, &format!("{path}.log"));
        ui.add_space(6.0);
        if contacts_ui(ui, &mut edited.contacts) {
            field = Some("contacts");
        }
        widgets::problems_at(ui, problems, &format!("{path}.contacts"));
        ui.add_space(6.0);
        sources_ui(ui, data, platform);
        ui.add_space(6.0);
        if ui
            .button("🗑 Wijkplatform verwijderen")
            .on_hover_text("Verwijdert dit wijkplatform; Ctrl+Z zet het terug.")
            .clicked()
        {
            commands.push(AppCommand::Edit {
                edit: Edit::RemovePlatform { index },
                key: None,
            });
        }
    });
    if let Some(field) = field {
        commands.push(AppCommand::Edit {
            edit: Edit::Platform {
                index,
                platform: Box::new(edited),
            },
            key: Some(format!("platforms[{index}].{field}")),
        });
    }
}

fn members_ui(ui: &mut Ui, members: &mut Option<Count>) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        #[allow(clippy::cast_precision_loss)]
        let value = members.map(|count| count.value as f64);
        let outcome = widgets::number_field(
            ui,
            "Leden",
            value,
            NumberRules {
                suffix: "leden",
                ..NumberRules::COUNT
            },
        );
        if let Some(new) = outcome.new_value {
            // The rules only let whole numbers from 0 through 10^12 through.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let new = new.map(|v| v as u64);
            *members = new.map(|value| Count {
                value,
                ..members.unwrap_or_default()
            });
            changed = true;
        }
        if let Some(count) = members {
            changed |= qualifier_ui(ui, "Nauwkeurigheid leden", &mut count.qualifier);
        } else {
            ui.weak("(onbekend)");
        }
    });
    changed
}

fn qualifier_ui(ui: &mut Ui, label: &str, qualifier: &mut Qualifier) -> bool {
    widgets::choice(ui, label, qualifier, &Qualifier::ALL, |q| match q {
        Qualifier::Exact => "precies".to_owned(),
        other => other.label_nl().to_owned(),
    })
}

fn reach_ui(ui: &mut Ui, reach: &mut Vec<Reach>) -> bool {
    ui.label(RichText::new("Bereik").strong());
    let new_reach = || Reach {
        description: String::new(),
        count: Count::exact(0),
    };
    widgets::list_editor(
        ui,
        "Bereikcijfer",
        "Geen bereikcijfers bekend.",
        reach,
        new_reach,
        |ui, index, item| {
            let mut changed = false;
            #[allow(clippy::cast_precision_loss)]
            let outcome = widgets::number_field(
                ui,
                &format!("Aantal {}", index + 1),
                Some(item.count.value as f64),
                NumberRules {
                    optional: false,
                    ..NumberRules::COUNT
                },
            );
            if let Some(Some(value)) = outcome.new_value {
                // The rules only let whole numbers from 0 through 10^12 through.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                {
                    item.count.value = value as u64;
                }
                changed = true;
            }
            changed |= widgets::multiline_field(
                ui,
                &format!("Wie of wat {}", index + 1),
                false,
                &mut item.description,
            )
            .changed();
            changed
        },
    )
}

fn funding_ui(ui: &mut Ui, data: &Dataset, platform: &mut Platform) -> bool {
    let mut changed = false;
    ui.label(RichText::new("Financiering").strong());
    let options = [Some(true), Some(false), None];
    let support = format!(
        "Standaard ondersteuningsbudget ({})",
        format::euro(data.budget.platform_support_eur)
    );
    changed |= widgets::choice(
        ui,
        &support,
        &mut platform.funding.support_budget,
        &options,
        widgets::yes_no_unknown,
    );
    changed |= widgets::choice(
        ui,
        "Gebruikt het Initiatievenfonds",
        &mut platform.funding.initiatives_fund,
        &options,
        widgets::yes_no_unknown,
    );
    changed |= widgets::multiline_field(
        ui,
        "Toelichting financiering",
        true,
        &mut platform.funding.notes,
    )
    .changed();
    changed
}

fn log_ui(ui: &mut Ui, log: &mut Vec<LogEntry>) -> bool {
    ui.label(RichText::new("Logboek").strong());
    let new_entry = || LogEntry {
        date: today(),
        precision: DatePrecision::Dag,
        text: String::new(),
        source: None,
    };
    widgets::list_editor(
        ui,
        "Gebeurtenis",
        "Nog geen gebeurtenissen.",
        log,
        new_entry,
        |ui, index, entry| {
            let mut changed = false;
            ui.horizontal(|ui| {
                ui.strong(date_text(entry));
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
                    &[
                        DatePrecision::Dag,
                        DatePrecision::Maand,
                        DatePrecision::Jaar,
                    ],
                    |p| {
                        match p {
                            DatePrecision::Dag => "dag",
                            DatePrecision::Maand => "maand",
                            DatePrecision::Jaar => "jaar",
                        }
                        .to_owned()
                    },
                );
            });
            changed |= widgets::multiline_field(
                ui,
                &format!("Gebeurtenis {}", index + 1),
                false,
                &mut entry.text,
            )
            .changed();
            changed
        },
    )
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

fn contacts_ui(ui: &mut Ui, contacts: &mut Vec<Contact>) -> bool {
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, theme::PERSONAL_DATA))
        .corner_radius(4.0)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.label(
                RichText::new("🔒 Contactpersonen — persoonsgegevens (AVG)")
                    .strong()
                    .color(theme::PERSONAL_DATA),
            );
            ui.weak("Alleen in uw eigen bestand; nooit in presentatie of export.");
            let new_contact = || Contact {
                name: "Nieuwe contactpersoon".to_owned(),
                ..Contact::default()
            };
            widgets::list_editor(
                ui,
                "Contactpersoon",
                "Geen contactpersonen.",
                contacts,
                new_contact,
                |ui, _, contact| {
                    let mut changed =
                        widgets::text_field(ui, "Naam contactpersoon", &mut contact.name).changed();
                    changed |= widgets::text_field(ui, "Rol", &mut contact.role).changed();
                    changed |= widgets::text_field(ui, "E-mail", &mut contact.email).changed();
                    changed |= widgets::text_field(ui, "Telefoon", &mut contact.phone).changed();
                    changed
                },
            )
        })
        .inner
}

fn sources_ui(ui: &mut Ui, data: &Dataset, platform: &Platform) {
    ui.collapsing(format!("Bronnen ({})", platform.sources.len()), |ui| {
        for source in &platform.sources {
            ui.label(RichText::new(source.describe(&data.sources)).italics());
        }
        for entry in &platform.log {
            if let Some(source) = &entry.source {
                ui.label(
                    RichText::new(format!(
                        "{}: {}",
                        date_text(entry),
                        source.describe(&data.sources)
                    ))
                    .italics()
                    .weak(),
                );
            }
        }
    });
}
