//! What Samen voor Overvecht does: the goals of each ambition's strategy,
//! the interventions that serve them, the partners that carry them and the
//! buurtaanpakken they work in. Part of the register (`model::…`).

mod assessment;
mod assessment_checks;
mod checks;
mod cut;
mod intervention;
mod letter_offer;
mod money;
mod overview;
mod period;

use serde::{Deserialize, Serialize};

pub use assessment::{Criterion, SCORES, Score, WeightedScore};
pub(crate) use assessment_checks::MAX_WEIGHT;
pub(in crate::model) use assessment_checks::validate_assessment;
pub(in crate::model) use checks::validate_programme;
pub use cut::{
    AmbitionLoss, CutOutcome, Decision, GoalLeft, InterventionPlan, PartnerLoss, PlanChoice,
    PlannedIntervention, SavingState, amount_in, cut_outcome, cut_target, plan_allocations,
    voorstel,
};
pub use intervention::{Intervention, InterventionArea, InterventionStatus, MoneySource};
pub use letter_offer::{LetterOffer, letter_offer};
pub use money::{AmbitionMoney, ambition_money};
pub use overview::{AmbitionOverview, InterventionFilter, ambition_overview};
pub use period::{Period, PeriodError, YearMonth};

use super::{Dataset, SourceRef};

/// A goal (*doel*) of an ambition's strategy, chosen with the
/// verandertheorie.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Stable id, unique in the file.
    pub id: String,
    /// The goal: "Bewoners zijn veilig in en rondom de woning".
    pub name: String,
    /// Where it is named.
    pub source: SourceRef,
}

/// An organisation that carries interventions: one partner across all of
/// them, so "DOCK" is one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Stable id.
    pub id: String,
    /// Its name: "DOCK".
    pub name: String,
}

/// A buurtaanpak: a part of Overvecht with its own approach and pillars.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Buurtaanpak {
    /// Stable id.
    pub id: String,
    /// Its name: "Aanpak 3S-dreven".
    pub name: String,
    /// The streets or buurten it covers, as the source words them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub covers: String,
    /// Its pillars (*pijlers*), where the source names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<String>,
    /// Where it is described.
    pub source: SourceRef,
}

impl Dataset {
    /// The partner with this id.
    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|partner| partner.id == id)
    }

    /// The name of partner `id`, or the id where the file lacks it.
    pub fn partner_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.partner(id).map_or(id, |partner| partner.name.as_str())
    }

    /// The names of an intervention's partners, joined: "DOCK, Woonin".
    pub fn partner_names(&self, intervention: &Intervention) -> String {
        intervention
            .partners
            .iter()
            .map(|id| self.partner_name(id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Where an intervention works, in words: "heel Overvecht", "Aanpak
    /// Zambesibuurt", "Overvecht Centrum".
    pub fn area_text(&self, area: &InterventionArea) -> String {
        match area {
            InterventionArea::Overvecht => "heel Overvecht".to_owned(),
            InterventionArea::Buurtaanpak(id) => self
                .buurtaanpakken
                .iter()
                .find(|b| b.id == *id)
                .map_or_else(|| id.clone(), |b| b.name.clone()),
            InterventionArea::Buurt(name) => name.clone(),
        }
    }

    /// The interventions of an ambition, in file order, with their index.
    pub fn interventions_of(&self, ambition: u8) -> impl Iterator<Item = (usize, &Intervention)> {
        self.interventions
            .iter()
            .enumerate()
            .filter(move |(_, intervention)| intervention.ambition == ambition)
    }

    /// The goal with this id, in any ambition.
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.ambitions
            .iter()
            .flat_map(|ambition| &ambition.goals)
            .find(|goal| goal.id == id)
    }

    /// A result of an intervention in words: "zo'n 400 mensen bereikt (2e
    /// halfjaar 2024)", from the key figure it links to.
    pub fn result_text(&self, key_figure: &str) -> Option<String> {
        let figure = self.key_figures.iter().find(|k| k.id == key_figure)?;
        let unit = if figure.unit.trim().is_empty() {
            String::new()
        } else {
            format!(" {}", figure.unit.trim())
        };
        Some(format!(
            "{}: {}{unit} — {}",
            figure.label,
            crate::model::format::count(&figure.count),
            figure.when_text()
        ))
    }
}
