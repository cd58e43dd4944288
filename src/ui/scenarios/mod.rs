//! The scenario view: the list of scenarios, making a new one, the
//! comparison of two or three side by side, and editing the chosen one.
//! Every change is one undoable edit of the scenarios and the comparison.

use egui::{RichText, Ui};

pub(crate) mod chart;
mod editor;
pub(crate) mod form;
pub(crate) mod plan;

use crate::document::Edit;
use crate::model::format;
use crate::model::view::charts::comparison_chart;
use crate::model::{
    CutOutcome, Dataset, InterventionPlan, Scenario, ScenarioComparison, compare, cut_outcome,
    money_to_distribute, new_scenario_id,
};
use crate::ui::ViewContext;
use crate::ui::widgets;
use chart::{comparison_plot_ui, comparison_table_ui};
use form::{ScenarioForm, scenario_form_ui};

/// What the view remembers between frames (not saved).
#[derive(Clone, Debug, Default)]
pub(crate) struct ScenarioViewState {
    /// Id of the scenario being edited.
    selected: String,
    /// The new-scenario form.
    form: ScenarioForm,
    /// The outcome of the selected scenario per intervention, for the
    /// data's revision: worked out once, not every frame.
    outcome: Option<(u64, String, std::sync::Arc<CutOutcome>)>,
    /// The comparison for the data's revision and the years compared:
    /// worked out once (a scenario per intervention sums its interventions).
    comparison: Option<((u64, i32, i32), std::sync::Arc<crate::model::Comparison>)>,
}

impl ScenarioViewState {
    /// The outcome of `scenario`'s plan, if it is a scenario per
    /// intervention, from the cache when the data did not change.
    fn outcome(
        &mut self,
        data: &Dataset,
        revision: u64,
        scenario: &Scenario,
    ) -> Option<std::sync::Arc<CutOutcome>> {
        let plan = scenario.per_intervention.as_ref()?;
        if let Some((cached, id, outcome)) = &self.outcome
            && *cached == revision
            && *id == scenario.id
        {
            return Some(std::sync::Arc::clone(outcome));
        }
        let outcome = std::sync::Arc::new(cut_outcome(data, plan));
        self.outcome = Some((
            revision,
            scenario.id.clone(),
            std::sync::Arc::clone(&outcome),
        ));
        Some(outcome)
    }
}

/// The scenarios and comparison as they will be after this frame's changes.
struct Draft {
    scenarios: Vec<Scenario>,
    comparison: ScenarioComparison,
    /// The undo key of the change, when something changed.
    key: Option<String>,
}

impl Draft {
    fn new(data: &Dataset) -> Self {
        Self {
            scenarios: data.scenarios.clone(),
            // Before anything is chosen: the first year of the cut against the year before.
            comparison: if data.comparison.is_unset() {
                default_comparison(data)
            } else {
                data.comparison.clone()
            },
            key: None,
        }
    }

    fn changed(&mut self, key: String) {
        self.key = Some(key);
    }

    /// Adds a scenario, selects it, and compares it while fewer than three are.
    fn add(&mut self, mut scenario: Scenario, state: &mut ScenarioViewState) {
        scenario.id = new_scenario_id(&self.scenarios);
        state.selected.clone_from(&scenario.id);
        if self.comparison.scenarios.len() < ScenarioComparison::MAX_SCENARIOS {
            self.comparison.scenarios.push(scenario.id.clone());
        }
        self.changed(format!("scenario.{}.new", scenario.id));
        self.scenarios.push(scenario);
    }

    fn send(self, ctx: &mut ViewContext<'_>) {
        if let Some(key) = self.key {
            let edit = Edit::Scenarios {
                scenarios: self.scenarios,
                comparison: self.comparison,
            };
            ctx.edit(edit, Some(key));
        }
    }
}

/// Compare the first year of the cut with the year before it.
fn default_comparison(data: &Dataset) -> ScenarioComparison {
    let cut_year = data.budget.first_cut_year();
    ScenarioComparison {
        scenarios: Vec::new(),
        year: cut_year,
        reference_year: cut_year.saturating_sub(1),
    }
}

/// Draws the scenario view.
pub(crate) fn scenarios_view_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    state: &mut ScenarioViewState,
) {
    let data = ctx.data();
    let mut draft = Draft::new(data);
    if data.scenarios.iter().all(|s| s.id != state.selected) {
        state.selected = data
            .scenarios
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default();
    }
    egui::Panel::left("scenario-list")
        .resizable(true)
        // Wide enough for the cut form and its table, so that the panel
        // does not grow (and the page jump) while the user works.
        .default_size(390.0)
        .min_size(300.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("scenarios-lijst")
                .show(ui, |ui| {
                    list_ui(ui, data, state, &mut draft);
                    per_intervention_button_ui(ui, data, state, &mut draft);
                    ui.separator();
                    if let Some(scenario) = scenario_form_ui(ui, data, &mut state.form) {
                        draft.add(scenario, state);
                    }
                });
        });
    let year = draft.comparison.year;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("scenarios-rechts")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(RichText::new("Scenario's voor de bezuiniging").size(22.0).strong());
                ui.label(format!(
                    "Een scenario verdeelt het structurele gemeentelijke geld van elk jaar ({} in {}) over de ambities. Incidenteel geld, zoals de Regiodeal, valt erbuiten.",
                    money_to_distribute(&data.budget, year).map_or_else(|| "onbekend".to_owned(), format::euro),
                    year
                ));
                if data.scenarios.is_empty() {
                    empty_ui(ui, data, state, &mut draft);
                } else {
                    comparison_ui(ui, data, ctx.revision(), state, &mut draft);
                    ui.separator();
                    if let Some(index) = data.scenarios.iter().position(|s| s.id == state.selected) {
                        let outcome = state.outcome(data, ctx.revision(), &data.scenarios[index]);
                        editor::editor_ui(ui, ctx, index, outcome.as_deref(), &mut draft);
                    }
                }
            });
    });
    draft.send(ctx);
}

fn empty_ui(ui: &mut Ui, data: &Dataset, state: &mut ScenarioViewState, draft: &mut Draft) {
    ui.add_space(12.0);
    ui.label(
        RichText::new("Er zijn nog geen scenario's.")
            .size(18.0)
            .strong(),
    );
    ui.label("De bronnen geven geen verdeling over de ambities. Maak een eerste scenario om keuzes te kunnen wegen: hieronder in één klik, of links met een regel (bijvoorbeeld de bezuiniging per ambitie in procent).");
    ui.add_space(6.0);
    if ui
        .button("Eerste scenario maken: gelijk over de ambities")
        .clicked()
    {
        let allocations =
            crate::model::build_allocations(data, &crate::model::ScenarioRule::Evenly)
                .unwrap_or_default();
        let scenario = Scenario {
            id: String::new(),
            name: "Gelijk over de ambities".to_owned(),
            explanation: "Het structurele geld van elk jaar gelijk over de ambities.".to_owned(),
            adopted: false,
            allocations,
            per_intervention: None,
        };
        draft.add(scenario, state);
    }
}

/// Makes a scenario per intervention from the first year of the cut.
fn per_intervention_button_ui(
    ui: &mut Ui,
    data: &Dataset,
    state: &mut ScenarioViewState,
    draft: &mut Draft,
) {
    if data.interventions.is_empty() {
        return;
    }
    let year = default_comparison(data).year;
    if ui
        .button("➕ Scenario per interventie")
        .on_hover_text(format!(
            "Besluit per interventie of zij vanaf {year} doorgaat, minder krijgt of stopt, en zie wat dat bespaart en wie het raakt."
        ))
        .clicked()
    {
        let scenario = Scenario {
            id: String::new(),
            name: format!("Per interventie vanaf {year}"),
            explanation: String::new(),
            adopted: false,
            allocations: Vec::new(),
            per_intervention: Some(InterventionPlan {
                from_year: year,
                choices: Vec::new(),
            }),
        };
        draft.add(scenario, state);
    }
}

fn list_ui(ui: &mut Ui, data: &Dataset, state: &mut ScenarioViewState, draft: &mut Draft) {
    ui.label(RichText::new("Scenario's").strong().size(16.0));
    if data.scenarios.is_empty() {
        ui.weak("Nog geen scenario's.");
    }
    let full = draft.comparison.scenarios.len() >= ScenarioComparison::MAX_SCENARIOS;
    for scenario in &data.scenarios {
        ui.horizontal(|ui| {
            let mut compared = draft.comparison.scenarios.contains(&scenario.id);
            let checkbox = ui
                .add_enabled(
                    compared || !full,
                    egui::Checkbox::without_text(&mut compared),
                )
                .on_hover_text("Vergelijken (twee of drie tegelijk)")
                .on_disabled_hover_text("Er worden al drie scenario's vergeleken.");
            let checkbox = checkbox.accessible_name(format!("{} vergelijken", scenario.name));
            if checkbox.changed() {
                if compared {
                    draft.comparison.scenarios.push(scenario.id.clone());
                } else {
                    draft.comparison.scenarios.retain(|id| *id != scenario.id);
                }
                draft.changed("comparison.scenarios".to_owned());
            }
            let adopted = if scenario.adopted {
                " ✔ vastgesteld"
            } else {
                ""
            };
            if ui
                .selectable_label(
                    state.selected == scenario.id,
                    format!("{}{adopted}", scenario.name),
                )
                .clicked()
            {
                state.selected.clone_from(&scenario.id);
            }
        });
    }
}

fn comparison_ui(
    ui: &mut Ui,
    data: &Dataset,
    revision: u64,
    state: &mut ScenarioViewState,
    draft: &mut Draft,
) {
    ui.add_space(6.0);
    ui.label(RichText::new("Naast elkaar").strong().size(18.0));
    let years: Vec<i32> = data.budget.years().collect();
    let mut choice = draft.comparison.clone();
    ui.horizontal(|ui| {
        if widgets::choice(ui, "Jaar", &mut choice.year, &years, |y| y.to_string())
            | widgets::choice(
                ui,
                "vergeleken met",
                &mut choice.reference_year,
                &years,
                |y| y.to_string(),
            )
        {
            draft.comparison.year = choice.year;
            draft.comparison.reference_year = choice.reference_year;
            draft.changed("comparison.years".to_owned());
        }
    });
    let chosen: Vec<&Scenario> = data.comparison.chosen(&data.scenarios).collect();
    if chosen.is_empty() {
        ui.weak("Vink links twee of drie scenario's aan om ze naast elkaar te zien.");
        return;
    }
    let key = (revision, choice.year, choice.reference_year);
    let comparison = match &state.comparison {
        Some((cached, comparison)) if *cached == key => std::sync::Arc::clone(comparison),
        _ => {
            let comparison =
                std::sync::Arc::new(compare(data, &chosen, choice.year, choice.reference_year));
            state.comparison = Some((key, std::sync::Arc::clone(&comparison)));
            comparison
        }
    };
    let style = chart::ComparisonPlotStyle {
        height: 260.0,
        value_size: None,
        interactive: true,
    };
    comparison_plot_ui(ui, &comparison_chart(&comparison), &style);
    comparison_table_ui(ui, &comparison, 14.0);
    if chosen.len() == 1 {
        ui.weak("Vink nog een scenario aan om te vergelijken.");
    }
}
