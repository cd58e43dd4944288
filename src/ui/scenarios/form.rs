//! The form that makes a new scenario: empty, a copy, or by a rule (evenly,
//! in proportion to a year, the cut per ambition in percent). For the cut
//! it shows, before anything is made, what each ambition loses per year.

use egui::{RichText, Ui};

use crate::model::format;
use crate::model::format::convert::{exact_f64, rounded_i64};
use crate::model::{AfterCut, RuleError};
use crate::model::{Dataset, Scenario, ScenarioRule, build_allocations, cut_per_year};
use crate::ui::widgets::{self, NumberRules, palette};

/// The kind of rule chosen in the form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum RuleKind {
    /// No amounts.
    Empty,
    /// A copy of another scenario.
    Copy,
    /// Evenly over the ambitions.
    #[default]
    Evenly,
    /// In proportion to a scenario's year.
    InProportion,
    /// The cut per ambition in percent.
    Cut,
}

impl RuleKind {
    const ALL: [Self; 5] = [
        Self::Evenly,
        Self::Cut,
        Self::InProportion,
        Self::Copy,
        Self::Empty,
    ];

    fn label_nl(self) -> &'static str {
        match self {
            Self::Empty => "Leeg",
            Self::Copy => "Kopie van een scenario",
            Self::Evenly => "Gelijk over de ambities",
            Self::InProportion => "Naar verhouding van een jaar",
            Self::Cut => "Bezuiniging per ambitie in procent",
        }
    }

    /// Whether the rule starts from another scenario (and needs one).
    fn needs_scenario(self) -> bool {
        matches!(self, Self::Copy | Self::InProportion)
    }
}

/// What the user filled in so far (kept while the view is open).
#[derive(Clone, Debug)]
pub(crate) struct ScenarioForm {
    kind: RuleKind,
    name: String,
    /// Scenario id to copy or follow ("" for the cut: the even split).
    base: String,
    /// The year followed, or the reference year of the cut.
    year: i32,
    /// Per ambition its share of the cut, in hundredths of a percent.
    percent_hundredths: Vec<(u8, i64)>,
}

impl Default for ScenarioForm {
    fn default() -> Self {
        Self {
            kind: RuleKind::default(),
            name: String::new(),
            base: String::new(),
            year: 2025,
            percent_hundredths: Vec::new(),
        }
    }
}

impl ScenarioForm {
    fn rule(&self) -> ScenarioRule {
        match self.kind {
            RuleKind::Empty => ScenarioRule::Empty,
            RuleKind::Copy => ScenarioRule::CopyOf(self.base.clone()),
            RuleKind::Evenly => ScenarioRule::Evenly,
            RuleKind::InProportion => ScenarioRule::InProportion {
                base: self.base.clone(),
                year: self.year,
            },
            RuleKind::Cut => ScenarioRule::Cut {
                base: (!self.base.is_empty()).then(|| self.base.clone()),
                reference_year: self.year,
                percent_hundredths: self.percent_hundredths.clone(),
            },
        }
    }

    /// The explanation the new scenario starts with: how it was made.
    fn explanation(&self, data: &Dataset) -> String {
        let base_name = data
            .scenarios
            .iter()
            .find(|s| s.id == self.base)
            .map_or_else(
                || "gelijke verdeling".to_owned(),
                |s| format!("scenario {}", s.name),
            );
        match self.kind {
            RuleKind::Empty => String::new(),
            RuleKind::Copy => format!("Kopie van {base_name}."),
            RuleKind::Evenly => {
                "Het structurele geld van elk jaar gelijk over de ambities.".to_owned()
            }
            RuleKind::InProportion => format!(
                "Het structurele geld van elk jaar in dezelfde verhouding als {base_name} in {}.",
                self.year
            ),
            RuleKind::Cut => {
                let shares: Vec<String> = self
                    .percent_hundredths
                    .iter()
                    .map(|(a, p)| {
                        let share = format::percent(exact_f64(*p) / 100.0);
                        format!("{} {share}", data.ambition_short(*a))
                    })
                    .collect();
                format!(
                    "Uitgaande van {} ({base_name}); de bezuiniging verdeeld: {}.",
                    self.year,
                    shares.join(", ")
                )
            }
        }
    }
}

/// Draws the form; returns the scenario to add (without id) when the user makes one.
pub(crate) fn scenario_form_ui(
    ui: &mut Ui,
    data: &Dataset,
    form: &mut ScenarioForm,
) -> Option<Scenario> {
    ui.label(RichText::new("Nieuw scenario").strong().size(16.0));
    if form.percent_hundredths.len() != data.ambitions.len() {
        form.percent_hundredths = data.ambitions.iter().map(|a| (a.id, 0)).collect();
    }
    if !form.base.is_empty() && data.scenarios.iter().all(|s| s.id != form.base) {
        form.base.clear();
    }
    widgets::text_field(ui, "Naam", &mut form.name);
    ui.label("Hoe vullen");
    for kind in RuleKind::ALL {
        let enabled = !kind.needs_scenario() || !data.scenarios.is_empty();
        ui.add_enabled_ui(enabled, |ui| {
            ui.radio_value(&mut form.kind, kind, kind.label_nl())
        });
    }
    let years: Vec<i32> = data.budget.years().collect();
    ui.indent("rule-details", |ui| match form.kind {
        RuleKind::Empty | RuleKind::Evenly => {}
        RuleKind::Copy => base_choice_ui(ui, data, form, false),
        RuleKind::InProportion => {
            base_choice_ui(ui, data, form, false);
            widgets::choice(ui, "Verhouding van", &mut form.year, &years, |y| {
                y.to_string()
            });
        }
        RuleKind::Cut => cut_form_ui(ui, data, form, &years),
    });
    let result = build_allocations(data, &form.rule());
    if let Err(error) = &result
        && !matches!(error, RuleError::PercentagesNot100 { .. })
    {
        ui.colored_label(palette::ERROR, format!("⚠ {error}"));
    }
    let make = ui
        .add_enabled(result.is_ok(), egui::Button::new("Scenario maken"))
        .clicked();
    let Ok(allocations) = result else {
        return None;
    };
    if !make {
        return None;
    }
    let name = match form.name.trim() {
        "" => format!("Scenario {}", data.scenarios.len() + 1),
        typed => typed.to_owned(),
    };
    let scenario = Scenario {
        id: String::new(),
        name,
        explanation: form.explanation(data),
        adopted: false,
        allocations,
        per_intervention: None,
    };
    form.name.clear();
    Some(scenario)
}

fn base_choice_ui(ui: &mut Ui, data: &Dataset, form: &mut ScenarioForm, even_allowed: bool) {
    if form.base.is_empty() && !even_allowed {
        form.base = data
            .scenarios
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default();
    }
    let name_of = |id: &str| {
        data.scenarios
            .iter()
            .find(|s| s.id == id)
            .map_or_else(|| "gelijke verdeling".to_owned(), |s| s.name.clone())
    };
    ui.horizontal(|ui| {
        let label = ui.label("Uitgaan van");
        egui::ComboBox::from_id_salt("scenario-base")
            .selected_text(name_of(&form.base))
            .show_ui(ui, |ui| {
                if even_allowed {
                    ui.selectable_value(&mut form.base, String::new(), "gelijke verdeling");
                }
                for scenario in &data.scenarios {
                    ui.selectable_value(&mut form.base, scenario.id.clone(), &scenario.name);
                }
            })
            .response
            .labelled_by(label.id);
    });
}

fn cut_form_ui(ui: &mut Ui, data: &Dataset, form: &mut ScenarioForm, years: &[i32]) {
    base_choice_ui(ui, data, form, true);
    widgets::choice(
        ui,
        "Referentiejaar (vóór de bezuiniging)",
        &mut form.year,
        years,
        |y| y.to_string(),
    );
    ui.label("Deel van de bezuiniging per ambitie:");
    egui::Grid::new("cut-percentages").show(ui, |ui| {
        for (ambition, hundredths) in &mut form.percent_hundredths {
            let name = data
                .ambitions
                .iter()
                .find(|a| a.id == *ambition)
                .map_or_else(String::new, |a| a.name.clone());
            // Short on screen, the full name on hover and for screen readers.
            ui.label(data.ambition_short(*ambition))
                .on_hover_text(&name);
            let outcome = widgets::number_field(
                ui,
                &format!("Ambitie {ambition}: {name}"),
                Some(exact_f64(*hundredths) / 100.0),
                NumberRules {
                    optional: false,
                    whole: false,
                    min: 0.0,
                    max: 100.0,
                    decimals: 2,
                    width: 60.0,
                    suffix: "%",
                    hide_label: true,
                    thousands: true,
                },
            );
            if let Some(Some(percent)) = outcome.new_value {
                // 0–100 with two decimals: fits easily.
                *hundredths = rounded_i64(percent * 100.0);
            }
            ui.end_row();
        }
    });
    let total: i64 = form.percent_hundredths.iter().map(|(_, p)| p).sum();
    let total_text = format!("Samen {}", format::percent(exact_f64(total) / 100.0));
    if total == 10_000 {
        ui.label(RichText::new(format!("{total_text} ✔")).strong());
    } else if total == 0 {
        // Nothing typed yet: a hint, not yet an error.
        ui.weak("Vul per ambitie in welk deel van de bezuiniging zij draagt; samen 100%.");
        return;
    } else {
        ui.colored_label(
            palette::ERROR,
            format!("⚠ {total_text}; de percentages moeten samen 100% zijn."),
        );
        return;
    }
    if let Ok(per_year) = cut_per_year(data, &form.rule()) {
        cut_preview_ui(ui, data, &per_year);
    }
}

/// Years in a row whose losses are the same, as one span: (first, last, losses).
fn spans_of_equal_losses(per_year: &[(i32, Vec<AfterCut>)]) -> Vec<(i32, i32, Vec<i64>)> {
    let mut spans: Vec<(i32, i32, Vec<i64>)> = Vec::new();
    for (year, after) in per_year {
        let losses: Vec<i64> = after.iter().map(|a| a.loss_eur).collect();
        if losses.iter().all(|loss| *loss == 0) {
            continue;
        }
        match spans.last_mut() {
            Some((_, last, same)) if *last + 1 == *year && *same == losses => *last = *year,
            _ => spans.push((*year, *year, losses)),
        }
    }
    spans
}

/// What each ambition loses per year, for the years with a cut: an
/// ambition a row, and years that lose the same one column ("2026–2030"),
/// so the table stays narrow enough for the panel.
fn cut_preview_ui(ui: &mut Ui, data: &Dataset, per_year: &[(i32, Vec<AfterCut>)]) {
    let spans = spans_of_equal_losses(per_year);
    let Some(ambitions) = per_year.first().map(|(_, after)| after) else {
        return;
    };
    if spans.is_empty() {
        ui.weak("In geen enkel jaar is er minder geld dan in het referentiejaar.");
        return;
    }
    ui.label(RichText::new("Wat elke ambitie verliest").strong());
    egui::Grid::new("cut-preview").striped(true).show(ui, |ui| {
        ui.strong("Per jaar");
        for (first, last, _) in &spans {
            ui.strong(if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            });
        }
        ui.end_row();
        for (row, after) in ambitions.iter().enumerate() {
            ui.label(data.ambition_short(after.ambition));
            for (_, _, losses) in &spans {
                ui.label(format::euro(-losses.get(row).copied().unwrap_or(0)));
            }
            ui.end_row();
        }
    });
}
