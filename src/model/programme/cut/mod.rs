//! The cut decided per intervention: from a year on, each intervention is
//! kept, reduced to an amount, or stopped, and may be locked ("vast"). What
//! that saves against the cut, what each ambition loses, which goals are
//! left without an intervention, what the partners lose, and which
//! interventions have no amount (so the saving is incomplete). The
//! *Voorstel* stops or reduces the unlocked interventions that weigh least
//! per euro until the cut is met, and no further.
//!
//! Decision: the plan is worked out for its year (`from_year`), with each
//! intervention's structural SvO amount of that year; the register says
//! nothing of later years unless the user enters them, so no later year is
//! assumed to be the same.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::Intervention;
use crate::model::limits::checked_sum;
use crate::model::{Allocation, Dataset, WeightedScore};

/// What becomes of one intervention.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// It goes on with its amount.
    #[default]
    Houden,
    /// It goes on with less: this amount a year, whole euros.
    Verlagen(i64),
    /// It stops.
    Stoppen,
}

impl Decision {
    /// In Dutch: "houden", "verlagen naar € 40.000", "stoppen".
    pub fn text(self) -> String {
        match self {
            Self::Houden => "houden".to_owned(),
            Self::Verlagen(amount) => {
                format!("verlagen naar {}", crate::model::format::euro(amount))
            }
            Self::Stoppen => "stoppen".to_owned(),
        }
    }
}

/// The decision on one intervention in a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanChoice {
    /// The intervention's id.
    pub intervention: String,
    /// What becomes of it.
    #[serde(default)]
    pub decision: Decision,
    /// Locked ("vast"): the Voorstel leaves it as it is. Always written,
    /// so a change reads "nee → ja".
    #[serde(default)]
    pub locked: bool,
}

/// A scenario's decisions per intervention. An intervention the plan does
/// not name is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterventionPlan {
    /// The year from which the decisions hold (2026, the year of the cut).
    pub from_year: i32,
    /// The decisions, one per intervention at most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<PlanChoice>,
}

impl InterventionPlan {
    /// The choice for `intervention`, if the plan names it.
    pub fn choice(&self, intervention: &str) -> Option<&PlanChoice> {
        self.choices.iter().find(|c| c.intervention == intervention)
    }

    /// What becomes of `intervention` (kept when not named).
    pub fn decision(&self, intervention: &str) -> Decision {
        self.choice(intervention)
            .map_or(Decision::Houden, |c| c.decision)
    }

    /// Whether `intervention` is locked.
    pub fn is_locked(&self, intervention: &str) -> bool {
        self.choice(intervention).is_some_and(|c| c.locked)
    }

    /// Sets the decision on `intervention`, keeping its lock.
    pub fn set_decision(&mut self, intervention: &str, decision: Decision) {
        match self
            .choices
            .iter_mut()
            .find(|c| c.intervention == intervention)
        {
            Some(choice) => choice.decision = decision,
            None => self.choices.push(PlanChoice {
                intervention: intervention.to_owned(),
                decision,
                locked: false,
            }),
        }
    }

    /// Locks or unlocks `intervention`.
    pub fn set_locked(&mut self, intervention: &str, locked: bool) {
        match self
            .choices
            .iter_mut()
            .find(|c| c.intervention == intervention)
        {
            Some(choice) => choice.locked = locked,
            None => self.choices.push(PlanChoice {
                intervention: intervention.to_owned(),
                decision: Decision::Houden,
                locked,
            }),
        }
    }
}

/// How the saving stands against the cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavingState {
    /// Exactly the cut.
    Reached,
    /// Short by this much.
    Short(i64),
    /// Over by this much.
    Over(i64),
}

/// One intervention in the outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedIntervention {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its ambition.
    pub ambition: u8,
    /// Its structural amount in the plan's year, if entered.
    pub amount: Option<i64>,
    /// What becomes of it.
    pub decision: Decision,
    /// Locked.
    pub locked: bool,
    /// What it gives up: the amount minus what it keeps (0 when kept or
    /// without an amount).
    pub loses: i64,
    /// Its weighted score, if scored on every criterion.
    pub score: Option<WeightedScore>,
}

impl PlannedIntervention {
    /// Whether it goes on (kept or reduced).
    pub fn goes_on(&self) -> bool {
        self.decision != Decision::Stoppen
    }
}

/// What an ambition loses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmbitionLoss {
    /// The ambition.
    pub ambition: u8,
    /// Its interventions' amounts in the year (those with one).
    pub before: i64,
    /// What they give up.
    pub loses: i64,
    /// Its interventions without an amount, by name.
    pub without_amount: Vec<String>,
}

/// A goal and the interventions that serve it and go on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalLeft {
    /// The goal's name.
    pub goal: String,
    /// Its ambition.
    pub ambition: u8,
    /// The interventions serving it that go on, by name; empty: flagged.
    pub left: Vec<String>,
    /// Those that stop, by name.
    pub stopped: Vec<String>,
}

/// What a partner loses in the interventions it works on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerLoss {
    /// The partner's name.
    pub partner: String,
    /// The money given up by the interventions it works on (each
    /// intervention counted whole for each of its partners: the register
    /// does not say how an intervention's money is shared).
    pub loses: i64,
    /// Those interventions with their decision: "Weggeefbus: stoppen".
    pub interventions: Vec<String>,
}

/// Everything the plan means, for the view, the slides and the monitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CutOutcome {
    /// The plan's year.
    pub year: i32,
    /// The cut to meet: the structural money of the year less than before
    /// the cut (€ 719.000 from 2026); `None` when it does not fit.
    pub target: Option<i64>,
    /// What the decisions save; `None` when it does not fit a sum.
    pub saving: Option<i64>,
    /// The saving against the cut.
    pub state: Option<SavingState>,
    /// Every intervention, in the register's order.
    pub interventions: Vec<PlannedIntervention>,
    /// Per ambition, in the register's order.
    pub per_ambition: Vec<AmbitionLoss>,
    /// Per goal.
    pub per_goal: Vec<GoalLeft>,
    /// Per partner that loses anything, most first.
    pub per_partner: Vec<PartnerLoss>,
    /// Interventions without an amount in the year: the saving is then
    /// incomplete.
    pub without_amount: Vec<String>,
    /// Ids the plan names that the register no longer has (after a merge
    /// or a delete): shown, never dropped.
    pub missing: Vec<String>,
}

impl CutOutcome {
    /// The saving against the cut in one sentence: "Besparing in 2026:
    /// € 600.000 van € 719.000 — nog € 119.000 te kort."
    pub fn saving_text(&self) -> String {
        use crate::model::format::euro;
        let saving = self
            .saving
            .map_or_else(|| "te groot om op te tellen".to_owned(), euro);
        let target = self.target.map_or_else(|| "onbekend".to_owned(), euro);
        let state = match self.state {
            Some(SavingState::Reached) => "de bezuiniging is precies gehaald".to_owned(),
            Some(SavingState::Short(by)) => format!("nog {} te kort", euro(by)),
            Some(SavingState::Over(by)) => format!("{} meer dan nodig", euro(by)),
            None => "niet te bepalen".to_owned(),
        };
        format!(
            "Besparing in {}: {saving} van {target} — {state}.",
            self.year
        )
    }

    /// "12 interventies zonder bedrag in 2026: de besparing is onvolledig.",
    /// or nothing when every intervention has its amount.
    pub fn incomplete_text(&self) -> Option<String> {
        (!self.without_amount.is_empty()).then(|| {
            format!(
                "{} zonder bedrag in {}: de besparing is onvolledig.",
                crate::model::format::counted(
                    self.without_amount.len(),
                    "interventie",
                    "interventies"
                ),
                self.year
            )
        })
    }

    /// What stops: "Jongerenpunt — € 100.000".
    pub fn stopped_lines(&self) -> Vec<String> {
        self.interventions
            .iter()
            .filter(|p| p.decision == Decision::Stoppen)
            .map(|p| match p.amount {
                Some(amount) => format!("{} — {}", p.name, crate::model::format::euro(amount)),
                None => format!("{} — bedrag onbekend", p.name),
            })
            .collect()
    }

    /// What shrinks: "OKé: € 300.000 → € 81.000".
    pub fn reduced_lines(&self) -> Vec<String> {
        use crate::model::format::euro;
        self.interventions
            .iter()
            .filter_map(|p| match p.decision {
                Decision::Verlagen(to) => Some(match p.amount {
                    Some(amount) => format!("{}: {} → {}", p.name, euro(amount), euro(to)),
                    None => format!("{}: naar {} (bedrag onbekend)", p.name, euro(to)),
                }),
                _ => None,
            })
            .collect()
    }

    /// Per partner: "DOCK: − € 120.000 (Weggeefbus: stoppen)".
    pub fn partner_lines(&self) -> Vec<String> {
        self.per_partner
            .iter()
            .map(|p| {
                format!(
                    "{}: − {} ({})",
                    p.partner,
                    crate::model::format::euro(p.loses),
                    p.interventions.join("; ")
                )
            })
            .collect()
    }

    /// The goals the plan leaves without an intervention (they had one
    /// and it stops), by name. A goal no intervention serves in the
    /// register is not the plan's doing and is not in it.
    pub fn goals_left_without(&self) -> Vec<String> {
        self.per_goal
            .iter()
            .filter(|g| g.left.is_empty() && !g.stopped.is_empty())
            .map(|g| g.goal.clone())
            .collect()
    }
}

/// An intervention's structural amount in `year`, if entered.
pub fn amount_in(intervention: &Intervention, year: i32) -> Option<i64> {
    intervention
        .amounts
        .iter()
        .find(|a| a.year == year)
        .map(|a| a.amount_eur)
}

/// The cut to meet in `year`: the structural money before any change less
/// that of the year.
pub fn cut_target(data: &Dataset, year: i32) -> Option<i64> {
    let after = data.budget.structural_in_year(year)?;
    data.budget.structural_eur.checked_sub(after)
}

/// What `plan` means for `data`.
pub fn cut_outcome(data: &Dataset, plan: &InterventionPlan) -> CutOutcome {
    let year = plan.from_year;
    let interventions: Vec<PlannedIntervention> = data
        .interventions
        .iter()
        .map(|intervention| planned(data, plan, intervention, year))
        .collect();
    let saving = checked_sum(interventions.iter().map(|p| p.loses));
    let target = cut_target(data, year);
    let state = saving
        .zip(target)
        .map(|(saving, target)| match saving.cmp(&target) {
            Ordering::Equal => SavingState::Reached,
            Ordering::Less => SavingState::Short(target - saving),
            Ordering::Greater => SavingState::Over(saving - target),
        });
    let per_ambition = data
        .ambitions
        .iter()
        .map(|ambition| {
            let own = || interventions.iter().filter(|p| p.ambition == ambition.id);
            AmbitionLoss {
                ambition: ambition.id,
                before: checked_sum(own().filter_map(|p| p.amount)).unwrap_or(i64::MAX),
                loses: checked_sum(own().map(|p| p.loses)).unwrap_or(i64::MAX),
                without_amount: own()
                    .filter(|p| p.amount.is_none())
                    .map(|p| p.name.clone())
                    .collect(),
            }
        })
        .collect();
    let per_goal = data
        .ambitions
        .iter()
        .flat_map(|ambition| ambition.goals.iter().map(move |goal| (ambition.id, goal)))
        .map(|(ambition, goal)| {
            let serving = data
                .interventions
                .iter()
                .zip(&interventions)
                .filter(|(i, _)| i.goals.contains(&goal.id));
            let (left, stopped): (Vec<_>, Vec<_>) = serving.partition(|(_, p)| p.goes_on());
            GoalLeft {
                goal: goal.name.clone(),
                ambition,
                left: left.into_iter().map(|(_, p)| p.name.clone()).collect(),
                stopped: stopped.into_iter().map(|(_, p)| p.name.clone()).collect(),
            }
        })
        .collect();
    CutOutcome {
        year,
        target,
        saving,
        state,
        per_partner: partner_losses(data, &interventions),
        without_amount: interventions
            .iter()
            .filter(|p| p.amount.is_none())
            .map(|p| p.name.clone())
            .collect(),
        missing: plan
            .choices
            .iter()
            .filter(|c| !data.interventions.iter().any(|i| i.id == c.intervention))
            .map(|c| c.intervention.clone())
            .collect(),
        interventions,
        per_ambition,
        per_goal,
    }
}

fn planned(
    data: &Dataset,
    plan: &InterventionPlan,
    intervention: &Intervention,
    year: i32,
) -> PlannedIntervention {
    let amount = amount_in(intervention, year);
    let decision = plan.decision(&intervention.id);
    let loses = match (amount, decision) {
        (Some(amount), Decision::Stoppen) => amount.max(0),
        // A reduction above the amount is a validation error; it saves nothing.
        (Some(amount), Decision::Verlagen(to)) => amount.saturating_sub(to).max(0),
        _ => 0,
    };
    PlannedIntervention {
        id: intervention.id.clone(),
        name: intervention.name.clone(),
        ambition: intervention.ambition,
        amount,
        decision,
        locked: plan.is_locked(&intervention.id),
        loses,
        score: data.weighted_score(intervention),
    }
}

fn partner_losses(data: &Dataset, planned: &[PlannedIntervention]) -> Vec<PartnerLoss> {
    let mut losses: Vec<PartnerLoss> = data
        .partners
        .iter()
        .filter_map(|partner| {
            let hit: Vec<&PlannedIntervention> = data
                .interventions
                .iter()
                .zip(planned)
                .filter(|(i, p)| i.partners.contains(&partner.id) && p.decision != Decision::Houden)
                .map(|(_, p)| p)
                .collect();
            (!hit.is_empty()).then(|| PartnerLoss {
                partner: partner.name.clone(),
                loses: checked_sum(hit.iter().map(|p| p.loses)).unwrap_or(i64::MAX),
                interventions: hit
                    .iter()
                    .map(|p| format!("{}: {}", p.name, p.decision.text()))
                    .collect(),
            })
        })
        .collect();
    losses.sort_by(|a, b| {
        b.loses
            .cmp(&a.loses)
            .then_with(|| a.partner.cmp(&b.partner))
    });
    losses
}

/// The money per ambition per year that `plan` leaves, for the comparison
/// with the percentage scenarios: the sum of what each intervention keeps
/// (its amount of the year, less what the plan takes from the plan's year
/// on). An ambition with an intervention without an amount in a year, or
/// with no interventions, has no amount that year: unknown, not € 0.
pub fn plan_allocations(data: &Dataset, plan: &InterventionPlan) -> Vec<Allocation> {
    let mut allocations = Vec::new();
    for year in data.budget.years() {
        for ambition in &data.ambitions {
            let own: Vec<&Intervention> = data
                .interventions
                .iter()
                .filter(|i| i.ambition == ambition.id)
                .collect();
            let kept: Option<Vec<i64>> = own
                .iter()
                .map(|i| {
                    let amount = amount_in(i, year)?;
                    Some(if year >= plan.from_year {
                        match plan.decision(&i.id) {
                            Decision::Houden => amount,
                            Decision::Verlagen(to) => to.clamp(0, amount.max(0)),
                            Decision::Stoppen => 0,
                        }
                    } else {
                        amount
                    })
                })
                .collect();
            if let Some(amount_eur) = kept.filter(|k| !k.is_empty()).and_then(checked_sum) {
                allocations.push(Allocation {
                    year,
                    ambition: ambition.id,
                    amount_eur,
                });
            }
        }
    }
    allocations
}

/// The *Voorstel*: the locked decisions stay; every other intervention is
/// kept, then those that weigh least per euro (weighted score ÷ amount) are
/// stopped one by one, and the last one needed is reduced by exactly what
/// is still missing, so the saving meets the cut and goes no further.
/// Only interventions with an amount in the year and a score on every
/// criterion are proposed: one nobody scored is not stopped by arithmetic.
/// Returns the new plan; the saving may fall short when the unlocked
/// amounts do not allow the cut.
pub fn voorstel(data: &Dataset, plan: &InterventionPlan) -> InterventionPlan {
    let year = plan.from_year;
    let mut proposed = InterventionPlan {
        from_year: year,
        choices: plan.choices.iter().filter(|c| c.locked).cloned().collect(),
    };
    let locked_saving = checked_sum(
        data.interventions
            .iter()
            .map(|i| planned(data, &proposed, i, year).loses),
    )
    .unwrap_or(i64::MAX);
    let Some(mut needed) = cut_target(data, year).map(|t| t.saturating_sub(locked_saving)) else {
        return proposed;
    };
    let mut candidates: Vec<(&Intervention, i64, WeightedScore)> = data
        .interventions
        .iter()
        .filter(|i| !proposed.is_locked(&i.id))
        .filter_map(|i| {
            let amount = amount_in(i, year).filter(|a| *a > 0)?;
            Some((i, amount, data.weighted_score(i)?))
        })
        .collect();
    // Least weight per euro first: points / (weights × amount), compared
    // exactly by cross-multiplication; ties by id, so the same file gives
    // the same proposal.
    candidates.sort_by(|(a, a_amount, a_score), (b, b_amount, b_score)| {
        let left = i128::from(a_score.points) * i128::from(b_score.weights) * i128::from(*b_amount);
        let right =
            i128::from(b_score.points) * i128::from(a_score.weights) * i128::from(*a_amount);
        left.cmp(&right).then_with(|| a.id.cmp(&b.id))
    });
    for (intervention, amount, _) in candidates {
        if needed <= 0 {
            break;
        }
        if amount <= needed {
            proposed.set_decision(&intervention.id, Decision::Stoppen);
            needed -= amount;
        } else {
            proposed.set_decision(&intervention.id, Decision::Verlagen(amount - needed));
            needed = 0;
        }
    }
    proposed
}

#[cfg(test)]
mod tests;
