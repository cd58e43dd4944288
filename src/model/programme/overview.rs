//! Per ambition what the programme does at a glance, and which
//! interventions a filter keeps: one place for both, so the Voortgang tab,
//! its slides and its document count the same.

use super::{InterventionArea, InterventionStatus, MoneySource};
use crate::model::{Dataset, Intervention};

/// An ambition's interventions at a glance.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AmbitionOverview {
    /// How many interventions in each status (only statuses that occur), in
    /// the order of the work.
    pub per_status: Vec<(InterventionStatus, usize)>,
    /// The goals no intervention serves, by name.
    pub goals_without_intervention: Vec<String>,
    /// The interventions that serve no goal, by name (only where the
    /// ambition has goals to serve).
    pub interventions_without_goal: Vec<String>,
    /// The ambition's indicators, by name.
    pub indicators: Vec<String>,
    /// How many interventions in all.
    pub total: usize,
}

/// The overview of ambition `ambition`.
pub fn ambition_overview(data: &Dataset, ambition: u8) -> AmbitionOverview {
    let interventions: Vec<&Intervention> =
        data.interventions_of(ambition).map(|(_, i)| i).collect();
    let per_status = InterventionStatus::ALL
        .iter()
        .map(|&status| {
            let count = interventions.iter().filter(|i| i.status == status).count();
            (status, count)
        })
        .filter(|(_, count)| *count > 0)
        .collect();
    let goals = data
        .ambitions
        .iter()
        .find(|a| a.id == ambition)
        .map_or(&[][..], |a| a.goals.as_slice());
    let goals_without_intervention = goals
        .iter()
        .filter(|goal| !interventions.iter().any(|i| i.goals.contains(&goal.id)))
        .map(|goal| goal.name.clone())
        .collect();
    let interventions_without_goal = if goals.is_empty() {
        Vec::new()
    } else {
        interventions
            .iter()
            .filter(|i| i.goals.is_empty())
            .map(|i| i.name.clone())
            .collect()
    };
    let indicators = data
        .indicators
        .iter()
        .filter(|indicator| indicator.ambition == Some(ambition))
        .map(|indicator| indicator.name.clone())
        .collect();
    AmbitionOverview {
        per_status,
        goals_without_intervention,
        interventions_without_goal,
        indicators,
        total: interventions.len(),
    }
}

/// Which interventions the Voortgang tab shows: every choice narrows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InterventionFilter {
    /// Only this status.
    pub status: Option<InterventionStatus>,
    /// Only those this partner (by id) carries.
    pub partner: Option<String>,
    /// Only those in this area.
    pub area: Option<InterventionArea>,
    /// Only those with money from this source.
    pub money: Option<MoneySource>,
    /// Only those whose name, description, partner or area contains this
    /// (case-insensitive).
    pub search: String,
}

impl InterventionFilter {
    /// Whether nothing is chosen: every intervention shows.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether `intervention` passes every choice.
    pub fn keeps(&self, data: &Dataset, intervention: &Intervention) -> bool {
        let status = self.status.is_none_or(|s| intervention.status == s);
        let partner = self
            .partner
            .as_ref()
            .is_none_or(|p| intervention.partners.contains(p));
        let area = self.area.as_ref().is_none_or(|a| intervention.area == *a);
        let money = self.money.is_none_or(|m| intervention.funding.contains(&m));
        status && partner && area && money && self.search_keeps(data, intervention)
    }

    fn search_keeps(&self, data: &Dataset, intervention: &Intervention) -> bool {
        let wanted = self.search.trim().to_lowercase();
        if wanted.is_empty() {
            return true;
        }
        let found = |text: &str| text.to_lowercase().contains(&wanted);
        found(&intervention.name)
            || found(&intervention.description)
            || found(&intervention.period.text)
            || found(&data.partner_names(intervention))
            || found(&data.area_text(&intervention.area))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::shipped_for_tests;

    #[test]
    fn the_overview_counts_statuses_and_names_what_is_missing() {
        let data = shipped_for_tests();
        let safety = ambition_overview(&data, 3);
        let counted: usize = safety.per_status.iter().map(|(_, n)| n).sum();
        assert_eq!(counted, safety.total);
        assert!(safety.total >= 3, "{safety:?}");
        // The letter links no intervention to a goal: the overview says so.
        assert_eq!(safety.goals_without_intervention.len(), 3, "{safety:?}");
        assert_eq!(safety.interventions_without_goal.len(), safety.total);
        // Ambitions without goals list no intervention as "without goal".
        assert!(
            ambition_overview(&data, 1)
                .interventions_without_goal
                .is_empty()
        );
    }

    #[test]
    fn a_filter_narrows_by_every_choice() {
        let data = shipped_for_tests();
        let all = data.interventions.len();
        let keep = |filter: &InterventionFilter| {
            data.interventions
                .iter()
                .filter(|i| filter.keeps(&data, i))
                .count()
        };
        assert_eq!(keep(&InterventionFilter::default()), all);
        let dock = InterventionFilter {
            partner: Some("dock".into()),
            ..InterventionFilter::default()
        };
        let with_dock = keep(&dock);
        assert!(with_dock > 1 && with_dock < all, "{with_dock} of {all}");
        let spuk = InterventionFilter {
            money: Some(MoneySource::SpukKansrijkeWijk),
            ..InterventionFilter::default()
        };
        assert_eq!(keep(&spuk), 2, "Jongerenpunt and HOOP in Overvecht");
        let search = InterventionFilter {
            search: "jongerenPUNT".into(),
            ..InterventionFilter::default()
        };
        assert_eq!(keep(&search), 1);
    }
}
