//! One intervention, every field readable and editable in place, like a
//! platform. Each change becomes an [`Edit::Intervention`] with the whole
//! changed intervention; a partner typed anew is first added to the file's
//! partners (its own undo step), then linked.

use egui::{RichText, Ui};

use crate::document::Edit;
use crate::model::format::convert::{count_f64, rounded_i32, rounded_u64};
use crate::model::ids::{named_id, slug};
use crate::model::{
    Count, Dataset, Intervention, InterventionArea, InterventionStatus, KeyFigure, MoneySource,
    OVERVECHT, Partner, Period, SourceRef, YearAmount, field_names,
};
use crate::ui::ViewContext;
use crate::ui::widgets::{self, ListEditor, NumberRules, palette};

/// Draws the intervention at `index` and sends an edit when a field changes.
pub(super) fn intervention_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    index: usize,
    new_partner: &mut String,
) {
    let data = ctx.data();
    let problems = ctx.problems();
    let Some(intervention) = data.interventions.get(index) else {
        return;
    };
    let mut edited = intervention.clone();
    let mut field: Option<&'static str> = None;
    let mut partner_added: Option<Partner> = None;
    let mut figure_added: Option<KeyFigure> = None;
    let path = format!("interventions[{index}]");
    ui.push_id(("interventie", &intervention.id), |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.heading(RichText::new(&intervention.name).strong());
            widgets::intervention_badge(ui, intervention.status);
        });
        ui.weak(format!(
            "Ambitie {}: {}",
            intervention.ambition,
            data.ambition_name(intervention.ambition)
        ));
        if widgets::text_field(ui, "Naam", &mut edited.name).changed() {
            field = Some("name");
        }
        widgets::problems_at(ui, problems, &format!("{path}.name"));
        ui.horizontal_wrapped(|ui| {
            if widgets::choice(
                ui,
                "Status",
                &mut edited.status,
                &InterventionStatus::ALL,
                |s| s.label_nl().to_owned(),
            ) {
                field = Some("status");
            }
            let ambitions: Vec<u8> = data.ambitions.iter().map(|a| a.id).collect();
            if widgets::choice(ui, "Ambitie", &mut edited.ambition, &ambitions, |a| {
                format!("{a} {}", data.ambition_short(a))
            }) {
                // Goals belong to their ambition.
                edited.goals.clear();
                field = Some("ambition");
            }
        });
        if period_ui(ui, &mut edited.period) {
            field = Some("period");
        }
        widgets::problems_at(ui, problems, &format!("{path}.period"));
        if area_ui(ui, data, &mut edited.area) {
            field = Some("area");
        }
        widgets::problems_at(ui, problems, &format!("{path}.area"));
        if goals_ui(ui, data, &mut edited) {
            field = Some("goals");
        }
        widgets::problems_at(ui, problems, &format!("{path}.goals"));
        ui.add_space(4.0);
        if widgets::multiline_field(ui, "Wat het is", true, &mut edited.description).changed() {
            field = Some("description");
        }
        ui.add_space(6.0);
        if partners_ui(
            ui,
            data,
            &mut edited.partners,
            new_partner,
            &mut partner_added,
        ) {
            field = Some("partners");
        }
        widgets::problems_at(ui, problems, &format!("{path}.partners"));
        ui.add_space(6.0);
        if results_ui(ui, data, &mut edited.results) {
            field = Some("results");
        }
        if let Some(figure) = new_result_ui(ui, data, edited.ambition) {
            edited.results.push(figure.id.clone());
            figure_added = Some(figure);
            field = Some("results");
        }
        widgets::problems_at(ui, problems, &format!("{path}.results"));
        ui.add_space(6.0);
        if money_ui(ui, &path, &mut edited) {
            field = Some("funding");
        }
        widgets::problems_at(ui, problems, &format!("{path}.amounts"));
        ui.add_space(6.0);
        if super::scores::scores_ui(ui, data, &mut edited) {
            field = Some("scores");
        }
        widgets::problems_at(ui, problems, &format!("{path}.scores"));
        ui.add_space(6.0);
        if widgets::log_ui(ui, &format!("{path}.log"), &mut edited.log) {
            field = Some("log");
        }
        widgets::problems_at(ui, problems, &format!("{path}.log"));
        ui.add_space(6.0);
        if widgets::next_steps_ui(
            ui,
            &format!("{path}.next_steps"),
            data,
            &mut edited.next_steps,
            crate::ui::today(),
        ) {
            field = Some("next_steps");
        }
        ui.add_space(6.0);
        sources_ui(ui, data, intervention);
        ui.add_space(6.0);
        if ui
            .button("🗑 Interventie verwijderen")
            .on_hover_text("Verwijdert deze interventie; Ctrl+Z zet haar terug.")
            .clicked()
        {
            ctx.edit(Edit::RemoveIntervention { index }, None);
            field = None;
        }
    });
    if let Some(figure) = figure_added {
        let mut figures = data.key_figures.clone();
        figures.push(figure);
        ctx.edit(Edit::KeyFigures(figures), None);
    }
    if let Some(partner) = partner_added {
        let mut partners = data.partners.clone();
        partners.push(partner);
        ctx.edit(Edit::Partners(partners), None);
    }
    if let Some(field) = field {
        let edit = Edit::Intervention {
            index,
            intervention: Box::new(edited),
        };
        ctx.edit(edit, Some(format!("interventions[{index}].{field}")));
    }
}

/// The period as the source words it, and the months read from it.
fn period_ui(ui: &mut Ui, period: &mut Period) -> bool {
    let mut text = period.text.clone();
    let changed = widgets::text_field(ui, "Periode", &mut text)
        .on_hover_text("Zoals de bron het zegt: ‘Q3 2025’, ‘eind 2024 opgeleverd’, ‘na de zomer van 2025’, ‘juni 2024 – 2026’.")
        .changed();
    let message_id = ui.scope_id().with("periode-melding");
    if changed {
        let message = match Period::from_text(&text) {
            Ok(read) => {
                *period = read;
                None
            }
            Err(error) => {
                // The words stay; there is no month to draw until they give one.
                period.text = text;
                period.start = None;
                period.end = None;
                Some(error.to_string())
            }
        };
        ui.data_mut(|d| d.insert_temp(message_id, message));
    }
    let message: Option<String> = ui.data(|d| d.get_temp(message_id)).flatten();
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("Op de tijdlijn: {}", period.months_text()));
    });
    if let Some(message) = message {
        ui.colored_label(palette::WARNING, format!("⚠ {message}"));
    }
    changed
}

/// Where it works: heel Overvecht, a buurtaanpak, or a buurt by name.
fn area_ui(ui: &mut Ui, data: &Dataset, area: &mut InterventionArea) -> bool {
    let mut options = vec![InterventionArea::Overvecht];
    options.extend(
        data.buurtaanpakken
            .iter()
            .map(|b| InterventionArea::Buurtaanpak(b.id.clone())),
    );
    let is_buurt = matches!(area, InterventionArea::Buurt(_));
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Gebied");
        let shown = if is_buurt {
            "een buurt of plek".to_owned()
        } else {
            data.area_text(area)
        };
        egui::ComboBox::from_id_salt("gebied")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for option in options {
                    let text = data.area_text(&option);
                    if ui.selectable_label(*area == option, text).clicked() && *area != option {
                        *area = option;
                        changed = true;
                    }
                }
                if ui.selectable_label(is_buurt, "een buurt of plek").clicked() && !is_buurt {
                    *area = InterventionArea::Buurt(String::new());
                    changed = true;
                }
            })
            .response
            .labelled_by(label.id);
        if let InterventionArea::Buurt(name) = area {
            let label = ui.label("Buurt of plek");
            changed |= ui
                .add(egui::TextEdit::singleline(name).desired_width(220.0))
                .labelled_by(label.id)
                .changed();
        }
    });
    changed
}

/// The goals of its ambition it serves, as checkboxes; a note where the
/// ambition has none yet.
fn goals_ui(ui: &mut Ui, data: &Dataset, intervention: &mut Intervention) -> bool {
    let Some(ambition) = data
        .ambitions
        .iter()
        .find(|a| a.id == intervention.ambition)
    else {
        return false;
    };
    ui.label(RichText::new(field_names::label_of("goals").unwrap_or("Doelen")).strong());
    if ambition.goals.is_empty() {
        ui.weak("De doelen van deze ambitie zijn in uitwerking.");
        return false;
    }
    let mut changed = false;
    for goal in &ambition.goals {
        let mut serves = intervention.goals.contains(&goal.id);
        if ui.checkbox(&mut serves, &goal.name).changed() {
            if serves {
                intervention.goals.push(goal.id.clone());
            } else {
                intervention.goals.retain(|g| *g != goal.id);
            }
            changed = true;
        }
    }
    changed
}

/// The partners that carry it: found by typing part of a name and linked
/// with a click, or typed anew (then added to the file's partners too).
fn partners_ui(
    ui: &mut Ui,
    data: &Dataset,
    linked: &mut Vec<String>,
    query: &mut String,
    added: &mut Option<Partner>,
) -> bool {
    ui.label(RichText::new("Partners").strong());
    let mut changed = false;
    let mut remove = None;
    if linked.is_empty() {
        ui.weak("Nog geen partners gekoppeld.");
    }
    ui.horizontal_wrapped(|ui| {
        for (at, id) in linked.iter().enumerate() {
            let name = data.partner_name(id);
            if ui
                .button(format!("{name} ✖"))
                .on_hover_text("Ontkoppelen")
                .accessible_name(format!("Partner {name} ontkoppelen"))
                .clicked()
            {
                remove = Some(at);
            }
        }
    });
    if let Some(at) = remove {
        linked.remove(at);
        changed = true;
    }
    ui.horizontal(|ui| {
        let label = ui.label("Partner zoeken of toevoegen");
        ui.add(egui::TextEdit::singleline(query).desired_width(240.0))
            .labelled_by(label.id);
    });
    let wanted = query.trim().to_lowercase();
    if wanted.is_empty() {
        return changed;
    }
    let found: Vec<&Partner> = data
        .partners
        .iter()
        .filter(|p| !linked.contains(&p.id) && p.name.to_lowercase().contains(&wanted))
        .take(SUGGESTIONS)
        .collect();
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        for partner in &found {
            if ui.button(format!("Koppelen: {}", partner.name)).clicked() {
                chosen = Some(partner.id.clone());
            }
        }
        let exists = data
            .partners
            .iter()
            .any(|p| p.name.to_lowercase() == wanted);
        if !exists
            && ui
                .button(format!("Nieuwe partner: {}", query.trim()))
                .clicked()
        {
            let partner = Partner {
                id: new_partner_id(data, query.trim()),
                name: query.trim().to_owned(),
            };
            chosen = Some(partner.id.clone());
            *added = Some(partner);
        }
    });
    if let Some(id) = chosen {
        linked.push(id);
        query.clear();
        changed = true;
    }
    changed
}

/// How many matches a search offers at once.
const SUGGESTIONS: usize = 8;

/// An id for a new partner: its name in lower case with dashes, made unique.
fn new_partner_id(data: &Dataset, name: &str) -> String {
    named_id(&slug(name, "partner"), |id| data.partner(id).is_some())
}

/// The results: key figures linked by id, each shown with its figure;
/// found by typing part of their label.
fn results_ui(ui: &mut Ui, data: &Dataset, results: &mut Vec<String>) -> bool {
    ui.label(RichText::new("Resultaten").strong());
    let mut changed = false;
    let mut remove = None;
    if results.is_empty() {
        ui.weak("Nog geen kerncijfers gekoppeld.");
    }
    for (at, id) in results.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let text = data
                .result_text(id)
                .unwrap_or_else(|| format!("onbekend kerncijfer ‘{id}’"));
            if ui
                .small_button("✖")
                .on_hover_text("Ontkoppelen")
                .accessible_name(format!("Resultaat {} ontkoppelen", at + 1))
                .clicked()
            {
                remove = Some(at);
            }
            ui.label(text);
        });
    }
    if let Some(at) = remove {
        results.remove(at);
        changed = true;
    }
    let query_id = ui.scope_id().with("kerncijfer-zoeken");
    let mut query: String = ui.data(|d| d.get_temp(query_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label("Kerncijfer zoeken");
        ui.add(egui::TextEdit::singleline(&mut query).desired_width(240.0))
            .labelled_by(label.id);
    });
    let wanted = query.trim().to_lowercase();
    let mut chosen = None;
    if !wanted.is_empty() {
        let found = data
            .key_figures
            .iter()
            .filter(|k| !results.contains(&k.id) && k.label.to_lowercase().contains(&wanted))
            .take(SUGGESTIONS);
        let mut any = false;
        for figure in found {
            any = true;
            if ui.button(format!("Koppelen: {}", figure.label)).clicked() {
                chosen = Some(figure.id.clone());
            }
        }
        if !any {
            ui.weak("Geen kerncijfer met die woorden; vul hieronder een nieuw resultaat in.");
        }
    }
    if let Some(id) = chosen {
        results.push(id);
        query.clear();
        changed = true;
    }
    ui.data_mut(|d| d.insert_temp(query_id, query));
    changed
}

/// A result the file does not have yet, typed in: what was counted, the
/// number, its unit and year. It becomes a key figure of Overvecht (the
/// user's own, without a source document) and is linked.
#[derive(Clone, Default)]
struct NewResult {
    label: String,
    count: Option<u64>,
    unit: String,
    year: Option<i32>,
}

fn new_result_ui(ui: &mut Ui, data: &Dataset, ambition: u8) -> Option<KeyFigure> {
    let id = ui.scope_id().with("nieuw-resultaat");
    let mut form: NewResult = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let mut made = None;
    ui.collapsing("Nieuw resultaat invullen", |ui| {
        widgets::text_field(ui, "Wat is geteld", &mut form.label);
        ui.horizontal_wrapped(|ui| {
            let count =
                widgets::number_field(ui, "Aantal", form.count.map(count_f64), NumberRules::COUNT);
            if let Some(value) = count.new_value {
                form.count = value.map(rounded_u64);
            }
            let label = ui.label("Eenheid");
            ui.add(egui::TextEdit::singleline(&mut form.unit).desired_width(120.0))
                .labelled_by(label.id);
            let year = widgets::number_field(
                ui,
                "Jaar van het resultaat",
                form.year.map(f64::from),
                NumberRules::YEAR,
            );
            if let Some(value) = year.new_value {
                form.year = value.map(rounded_i32);
            }
        });
        let ready = !form.label.trim().is_empty() && form.count.is_some() && form.year.is_some();
        if !ready {
            ui.weak("Vul wat is geteld, het aantal en het jaar in.");
        }
        if ui
            .add_enabled(ready, egui::Button::new("Resultaat toevoegen en koppelen"))
            .clicked()
            && let (Some(count), Some(year)) = (form.count, form.year)
        {
            made = Some(KeyFigure {
                id: new_figure_id(data, &form.label),
                label: form.label.trim().to_owned(),
                count: Count::exact(count),
                unit: form.unit.trim().to_owned(),
                year,
                district: OVERVECHT.to_owned(),
                ambition: Some(ambition),
                source: SourceRef::user_entered(),
                ..KeyFigure::default()
            });
            form = NewResult::default();
        }
    });
    ui.data_mut(|d| d.insert_temp(id, form));
    made
}

/// An id for a new key figure from its label, unique in the file.
fn new_figure_id(data: &Dataset, label: &str) -> String {
    named_id(&slug(label, "resultaat"), |id| {
        data.key_figures.iter().any(|k| k.id == id)
    })
}

/// Where the money comes from, a note on it, and the amount per year where
/// known (a year without an amount is unknown, never € 0).
fn money_ui(ui: &mut Ui, path: &str, intervention: &mut Intervention) -> bool {
    ui.label(RichText::new("Geld").strong());
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for source in MoneySource::ALL {
            let mut has = intervention.funding.contains(&source);
            if ui.checkbox(&mut has, source.label_nl()).changed() {
                if has {
                    intervention.funding.push(source);
                    intervention.funding.sort();
                } else {
                    intervention.funding.retain(|s| *s != source);
                }
                changed = true;
            }
        }
    });
    changed |= widgets::text_field(
        ui,
        "Toelichting op het geld",
        &mut intervention.funding_note,
    )
    .changed();
    let list = ListEditor {
        path: &format!("{path}.amounts"),
        item_name: "Structureel SvO-bedrag per jaar",
        empty_text: "Geen bedragen bekend (nodig om de bezuiniging per interventie te kunnen wegen).",
    };
    let next_year = intervention
        .amounts
        .iter()
        .map(|a| a.year + 1)
        .max()
        .unwrap_or_else(|| super::this_month().year);
    changed |= list.ui(
        ui,
        &mut intervention.amounts,
        || YearAmount {
            year: next_year,
            amount_eur: 0,
        },
        |ui, row, amount| {
            let mut changed = false;
            ui.horizontal(|ui| {
                changed |=
                    widgets::year_field(ui, &format!("Jaar {}", row.index + 1), &mut amount.year);
                changed |= widgets::euro_field(
                    ui,
                    &format!("Bedrag {}", row.index + 1),
                    &mut amount.amount_eur,
                );
            });
            changed
        },
    );
    changed
}

fn sources_ui(ui: &mut Ui, data: &Dataset, intervention: &Intervention) {
    ui.collapsing(format!("Bronnen ({})", intervention.sources.len()), |ui| {
        for source in &intervention.sources {
            ui.label(RichText::new(source.council_describe(&data.sources)).italics());
            if !source.quote.is_empty() {
                ui.weak(format!("“{}”", source.quote));
            }
        }
    });
}
