//! One ambition: its introduction and goals (editable, one undo step per
//! change), and at a glance how many interventions in each status, which
//! goals no intervention serves, which interventions serve no goal, and
//! the ambition's indicators beside them.

use egui::{RichText, Ui};

use crate::document::Edit;
use crate::model::{AmbitionOverview, Goal, Intervention, InterventionStatus, SourceRef};
use crate::ui::ViewContext;
use crate::ui::widgets::{self, ListEditor};

/// Draws the ambition at `index` with its `overview`; returns the id of an
/// intervention the user added, to open it.
pub(super) fn ambition_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    index: usize,
    overview: &AmbitionOverview,
) -> Option<String> {
    let data = ctx.data();
    let ambition = data.ambitions.get(index)?;
    let mut edited = ambition.clone();
    let mut field: Option<&'static str> = None;
    let mut added = None;
    let path = format!("ambitions[{index}]");
    ui.heading(RichText::new(format!("Ambitie {}: {}", ambition.id, ambition.name)).strong());
    ui.add_space(4.0);
    status_counts_ui(ui, overview);
    if ui.button("➕ Interventie toevoegen").clicked() {
        let intervention = Intervention {
            id: new_intervention_id(data),
            name: "Nieuwe interventie".to_owned(),
            ambition: ambition.id,
            status: InterventionStatus::NietGenoemd,
            ..Intervention::default()
        };
        added = Some(intervention.id.clone());
        ctx.edit(
            Edit::InsertIntervention {
                index: data.interventions.len(),
                intervention: Box::new(intervention),
            },
            None,
        );
    }
    ui.add_space(6.0);
    money_ui(ui, data, ambition.id);
    ui.add_space(8.0);
    if widgets::multiline_field(ui, "Inleiding", true, &mut edited.introduction).changed() {
        field = Some("introduction");
    }
    if let Some(source) = &ambition.introduction_source {
        ui.weak(format!("Bron: {}", source.council_describe(&data.sources)));
    }
    ui.add_space(8.0);
    if goals_ui(ui, &path, &mut edited.goals, &ambition.name) {
        field = Some("goals");
    }
    widgets::problems_at(ui, ctx.problems(), &format!("{path}.goals"));
    ui.add_space(8.0);
    lists_ui(ui, overview, !ambition.goals.is_empty());
    if let Some(field) = field {
        ctx.edit(
            Edit::Ambition {
                index,
                ambition: Box::new(edited),
            },
            Some(format!("{path}.{field}")),
        );
    }
    added
}

/// "12 interventies: 7 in uitvoering, 3 voorbereiding, …", as badges.
fn status_counts_ui(ui: &mut Ui, overview: &AmbitionOverview) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{} interventies", overview.total)).strong());
        for (status, count) in &overview.per_status {
            ui.label(count.to_string());
            widgets::intervention_badge(ui, *status);
        }
    });
}

/// The goals of the ambition's strategy, each a name.
fn goals_ui(ui: &mut Ui, path: &str, goals: &mut Vec<Goal>, ambition: &str) -> bool {
    ui.label(RichText::new("Doelen (ambitiestrategie)").strong());
    let empty = "De doelen van deze ambitie zijn in uitwerking.";
    let list = ListEditor {
        path: &format!("{path}.goals"),
        item_name: "Doel",
        empty_text: empty,
    };
    let taken: Vec<String> = goals.iter().map(|g| g.id.clone()).collect();
    let new_goal = || Goal {
        id: new_goal_id(ambition, &taken),
        name: String::new(),
        source: SourceRef::user_entered(),
    };
    list.ui(ui, goals, new_goal, |ui, row, goal| {
        let response = widgets::multiline_field(
            ui,
            &format!("Doel {}", row.index + 1),
            false,
            &mut goal.name,
        );
        row.first_field(&response);
        response.changed()
    })
}

/// The overview's lists: goals without an intervention, interventions
/// without a goal (only once the ambition has goals: before that every
/// intervention is "without a goal" and the list says nothing), the
/// ambition's indicators.
fn lists_ui(ui: &mut Ui, overview: &AmbitionOverview, has_goals: bool) {
    let list = |ui: &mut Ui, title: &str, items: &[String], empty: &str| {
        ui.label(RichText::new(title).strong());
        if items.is_empty() {
            ui.weak(empty);
        }
        for item in items {
            ui.label(format!("• {item}"));
        }
        ui.add_space(6.0);
    };
    if has_goals {
        list(
            ui,
            "Doelen zonder interventie",
            &overview.goals_without_intervention,
            "Elk doel heeft een interventie.",
        );
        list(
            ui,
            "Interventies zonder doel",
            &overview.interventions_without_goal,
            "Elke interventie dient een doel.",
        );
    }
    list(
        ui,
        "Indicatoren van deze ambitie",
        &overview.indicators,
        "Geen indicatoren bij deze ambitie.",
    );
}

/// A new intervention's id: "interventie-N", unique in the file.
fn new_intervention_id(data: &crate::model::Dataset) -> String {
    crate::model::ids::numbered_id("interventie", data.interventions.len() + 1, |id| {
        data.interventions.iter().any(|i| i.id == id)
    })
}

/// A new goal's id, from the ambition's name, unique among `taken`.
fn new_goal_id(ambition: &str, taken: &[String]) -> String {
    let word: String = ambition
        .split_whitespace()
        .next()
        .unwrap_or("doel")
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    crate::model::ids::numbered_id(&format!("{word}-doel"), taken.len() + 1, |id| {
        taken.iter().any(|t| t == id)
    })
}

/// The ambition's structural money as its interventions give it, beside
/// its budget line; an invitation to fill in the amounts while none are.
fn money_ui(ui: &mut Ui, data: &crate::model::Dataset, ambition: u8) {
    let money = crate::model::ambition_money(data, ambition, data.budget.first_cut_year());
    ui.label(RichText::new("Structureel geld (SvO)").strong());
    ui.label(money.text());
    if money.with_amount == 0 && !money.without_amount.is_empty() {
        ui.weak("De raadsbrief noemt geen bedragen per interventie. Vul ze in bij elke interventie (Structureel SvO-bedrag per jaar): dan toont deze ambitie wat er aan interventies uitgaat, en kan de bezuiniging per interventie worden gewogen.");
    } else if !money.without_amount.is_empty() {
        ui.weak(format!(
            "Zonder bedrag: {}.",
            money.without_amount.join(", ")
        ));
    }
}
