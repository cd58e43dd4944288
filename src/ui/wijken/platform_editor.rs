//! One platform, every field readable and editable in place. Each change
//! becomes an [`Edit::Platform`] with the whole changed platform.

use egui::{RichText, Ui};

use super::platform_lists;
use crate::document::Edit;
use crate::model::format::convert::{count_f64, rounded_u64};
use crate::model::{Count, Dataset, LegalForm, Platform, PlatformStatus, Qualifier};
use crate::model::{field_names, format};
use crate::ui::ViewContext;
use crate::ui::widgets::{self, NumberRules};

/// Draws one platform and sends an edit when a field changes.
pub(crate) fn platform_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    index: usize,
    platform: &Platform,
) {
    let data = ctx.data();
    let problems = ctx.problems();
    let mut edited = platform.clone();
    let mut field: Option<&'static str> = None;
    let path = format!("platforms[{index}]");
    ui.push_id(("platform", &platform.id, index), |ui| {
        ui.horizontal(|ui| {
            ui.heading(RichText::new(&platform.name).strong());
            widgets::status_badge(ui, Some(platform.status));
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
                field_names::LEGAL_FORM.label,
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
        if platform_lists::reach_ui(ui, &format!("{path}.reach"), &mut edited.reach) {
            field = Some("reach");
        }
        ui.add_space(6.0);
        for (title, item, list, key) in [
            (
                field_names::ACTIVITIES.label,
                "Activiteit",
                &mut edited.activities,
                field_names::ACTIVITIES.key,
            ),
            (
                field_names::CHALLENGES.label,
                "Uitdaging",
                &mut edited.challenges,
                field_names::CHALLENGES.key,
            ),
            (
                field_names::NEEDS.label,
                "Behoefte",
                &mut edited.needs,
                field_names::NEEDS.key,
            ),
        ] {
            if widgets::string_list(ui, &format!("{path}.{key}"), title, item, list) {
                field = Some(key);
            }
            ui.add_space(6.0);
        }
        let key = field_names::NEXT_STEPS.key;
        if widgets::next_steps_ui(
            ui,
            &format!("{path}.{key}"),
            data,
            &mut edited.next_steps,
            crate::ui::today(),
        ) {
            field = Some(key);
        }
        ui.add_space(6.0);
        if funding_ui(ui, data, &mut edited) {
            field = Some("funding");
        }
        ui.add_space(6.0);
        if widgets::log_ui(ui, &format!("{path}.log"), &mut edited.log) {
            field = Some("log");
        }
        widgets::problems_at(ui, problems, &format!("{path}.log"));
        ui.add_space(6.0);
        if platform_lists::contacts_ui(ui, &format!("{path}.contacts"), &mut edited.contacts) {
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
            ctx.edit(Edit::RemovePlatform { index }, None);
        }
    });
    if let Some(field) = field {
        let edit = Edit::Platform {
            index,
            platform: Box::new(edited),
        };
        ctx.edit(edit, Some(format!("platforms[{index}].{field}")));
    }
}

/// The member count and how exact it is. Emptying the field on the way to a
/// new number keeps the source's qualifier ("bijna 200" stays "bijna").
fn members_ui(ui: &mut Ui, members: &mut Option<Count>) -> bool {
    let mut changed = false;
    let kept_id = ui.scope_id().with("leden-zoals-de-bron");
    if let Some(count) = *members {
        ui.data_mut(|d| d.insert_temp(kept_id, count));
    }
    let kept: Count = ui.data(|d| d.get_temp(kept_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let value = members.map(|count| count_f64(count.value));
        let outcome = widgets::number_field(
            ui,
            field_names::MEMBERS.label,
            value,
            NumberRules {
                suffix: "leden",
                ..NumberRules::COUNT
            },
        );
        if let Some(new) = outcome.new_value {
            // The rules only let whole numbers from 0 through 10^12 through.
            let new = new.map(rounded_u64);
            *members = new.map(|value| Count {
                value,
                ..members.unwrap_or(kept)
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

fn funding_ui(ui: &mut Ui, data: &Dataset, platform: &mut Platform) -> bool {
    let mut changed = false;
    ui.label(RichText::new(field_names::FUNDING.label).strong());
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
                        entry.date_text(),
                        source.describe(&data.sources)
                    ))
                    .italics()
                    .weak(),
                );
            }
        }
    });
}
