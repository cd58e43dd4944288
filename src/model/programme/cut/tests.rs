use proptest::prelude::*;

use super::*;
use crate::model::{Criterion, Score, YearAmount, shipped_for_tests};

const YEAR: i32 = 2026;

/// The shipped data with `amounts[i]` for the first interventions (in
/// 2026) and scores (impact, samenwerking) for them.
fn with(amounts: &[i64], scores: &[(u8, u8)]) -> Dataset {
    let mut data = shipped_for_tests();
    for (intervention, amount) in data.interventions.iter_mut().zip(amounts) {
        intervention.amounts = vec![YearAmount {
            year: YEAR,
            amount_eur: *amount,
        }];
    }
    let criteria: Vec<String> = data.criteria.iter().map(|c| c.id.clone()).collect();
    for (intervention, (impact, together)) in data.interventions.iter_mut().zip(scores) {
        intervention.scores = vec![
            Score {
                criterion: criteria[0].clone(),
                score: Some(*impact),
                reason: String::new(),
            },
            Score {
                criterion: criteria[1].clone(),
                score: Some(*together),
                reason: String::new(),
            },
        ];
    }
    data
}

fn plan() -> InterventionPlan {
    InterventionPlan {
        from_year: YEAR,
        choices: Vec::new(),
    }
}

#[test]
fn the_cut_of_2026_is_719_000_and_nothing_decided_saves_nothing() {
    let data = with(&[300_000, 200_000], &[]);
    assert_eq!(cut_target(&data, YEAR), Some(719_000));
    assert_eq!(cut_target(&data, 2025), Some(0));
    let outcome = cut_outcome(&data, &plan());
    assert_eq!(outcome.saving, Some(0));
    assert_eq!(outcome.state, Some(SavingState::Short(719_000)));
    assert_eq!(
        outcome.without_amount.len(),
        data.interventions.len() - 2,
        "the saving is incomplete without the others' amounts"
    );
}

#[test]
fn stopping_and_reducing_save_exactly_and_partners_and_goals_are_told() {
    let mut data = with(&[500_000, 300_000, 100_000], &[]);
    // The second serves a goal alone, and has DOCK as partner.
    let goal = data.ambitions[2].goals[0].id.clone();
    data.interventions[1].goals = vec![goal.clone()];
    data.interventions[1].partners = vec![data.partners[0].id.clone()];
    data.interventions[0].partners.clear();
    data.interventions[2].partners.clear();
    let mut plan = plan();
    plan.set_decision(&data.interventions[0].id, Decision::Verlagen(81_000));
    plan.set_decision(&data.interventions[1].id, Decision::Stoppen);
    let outcome = cut_outcome(&data, &plan);
    assert_eq!(outcome.saving, Some(419_000 + 300_000));
    assert_eq!(outcome.state, Some(SavingState::Reached));
    let left = outcome
        .per_goal
        .iter()
        .find(|g| g.goal == data.ambitions[2].goals[0].name)
        .unwrap_or_else(|| panic!("the goal"));
    assert!(left.left.is_empty(), "a goal left with none is flagged");
    assert_eq!(left.stopped, [data.interventions[1].name.clone()]);
    let partner = &outcome.per_partner[0];
    assert_eq!(partner.partner, data.partners[0].name);
    assert_eq!(partner.loses, 300_000);
    plan.set_decision(&data.interventions[2].id, Decision::Stoppen);
    assert_eq!(
        cut_outcome(&data, &plan).state,
        Some(SavingState::Over(100_000))
    );
}

#[test]
fn an_intervention_the_plan_names_but_the_file_lacks_is_shown_as_missing() {
    let data = with(&[100], &[]);
    let mut plan = plan();
    plan.set_decision("weg-na-samenvoegen", Decision::Stoppen);
    let outcome = cut_outcome(&data, &plan);
    assert_eq!(outcome.missing, ["weg-na-samenvoegen"]);
    assert_eq!(outcome.saving, Some(0));
}

#[test]
fn the_voorstel_stops_the_least_per_euro_and_reduces_the_last_to_the_euro() {
    // Per euro: 1 weighs 1/400k (least), 0 weighs 5/400k, 2 weighs 3/200k
    // (most): 1 stops (€ 400.000), 0 gives the € 319.000 still missing.
    let data = with(&[400_000, 400_000, 200_000], &[(5, 5), (1, 1), (3, 3)]);
    let proposed = voorstel(&data, &plan());
    assert_eq!(
        proposed.decision(&data.interventions[1].id),
        Decision::Stoppen
    );
    assert_eq!(
        proposed.decision(&data.interventions[0].id),
        Decision::Verlagen(81_000)
    );
    assert_eq!(
        proposed.decision(&data.interventions[2].id),
        Decision::Houden
    );
    assert_eq!(
        cut_outcome(&data, &proposed).state,
        Some(SavingState::Reached)
    );
}

#[test]
fn the_voorstel_leaves_locked_and_unscored_interventions_alone() {
    let mut data = with(&[800_000, 800_000], &[(1, 1)]);
    data.criteria.push(Criterion {
        id: "extra".into(),
        name: "Extra".into(),
        weight: 2,
        ..Criterion::default()
    });
    let mut plan = plan();
    plan.set_locked(&data.interventions[0].id, true);
    let proposed = voorstel(&data, &plan);
    assert_eq!(
        proposed.decision(&data.interventions[0].id),
        Decision::Houden
    );
    assert!(proposed.is_locked(&data.interventions[0].id));
    assert_eq!(
        proposed.decision(&data.interventions[1].id),
        Decision::Houden,
        "not scored on every criterion: not proposed"
    );
    assert_eq!(
        cut_outcome(&data, &proposed).state,
        Some(SavingState::Short(719_000))
    );
}

/// Amounts (0 … € 400.000, some missing), scores (some missing) and
/// locks for the first interventions.
/// Per intervention: its amount, its two scores, whether it is locked.
type Case = (Vec<Option<i64>>, Vec<Option<(u8, u8)>>, Vec<bool>);

fn case() -> impl Strategy<Value = Case> {
    let n = 1..30_usize;
    n.prop_flat_map(|n| {
        (
            proptest::collection::vec(proptest::option::weighted(0.85, 0..400_000_i64), n),
            proptest::collection::vec(proptest::option::weighted(0.85, (1..=5_u8, 1..=5_u8)), n),
            proptest::collection::vec(proptest::bool::weighted(0.15), n),
        )
    })
}

fn dataset(amounts: &[Option<i64>], scores: &[Option<(u8, u8)>]) -> Dataset {
    let mut data = with(&[], &[]);
    let criteria: Vec<String> = data.criteria.iter().map(|c| c.id.clone()).collect();
    for (i, intervention) in data.interventions.iter_mut().enumerate() {
        intervention.amounts = amounts
            .get(i)
            .copied()
            .flatten()
            .map(|amount_eur| YearAmount {
                year: YEAR,
                amount_eur,
            })
            .into_iter()
            .collect();
        intervention.scores = match scores.get(i).copied().flatten() {
            Some((a, b)) => vec![
                Score {
                    criterion: criteria[0].clone(),
                    score: Some(a),
                    reason: String::new(),
                },
                Score {
                    criterion: criteria[1].clone(),
                    score: Some(b),
                    reason: String::new(),
                },
            ],
            None => Vec::new(),
        };
    }
    data
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The saving is the sum of what each intervention gives up, per
    /// ambition and in all, to the euro.
    #[test]
    fn the_totals_add_up_to_the_euro((amounts, scores, locks) in case()) {
        let data = dataset(&amounts, &scores);
        let mut plan = plan();
        for (i, intervention) in data.interventions.iter().enumerate().take(locks.len()) {
            let decision = match i % 3 {
                0 => Decision::Stoppen,
                1 => Decision::Verlagen(amounts[i].unwrap_or(0) / 2),
                _ => Decision::Houden,
            };
            plan.set_decision(&intervention.id, decision);
        }
        let outcome = cut_outcome(&data, &plan);
        let by_ambition: i64 = outcome.per_ambition.iter().map(|a| a.loses).sum();
        prop_assert_eq!(outcome.saving, Some(by_ambition));
        let by_intervention: i64 = outcome.interventions.iter().map(|p| p.loses).sum();
        prop_assert_eq!(outcome.saving, Some(by_intervention));
        for planned in &outcome.interventions {
            prop_assert!(planned.loses >= 0 && planned.loses <= planned.amount.unwrap_or(0));
        }
    }

    /// The Voorstel meets the cut whenever the unlocked, scored amounts
    /// allow it and goes no further; none it stops or reduces could be
    /// kept whole with the cut still met; locked ones are never touched.
    #[test]
    fn the_voorstel_meets_the_cut_and_no_further((amounts, scores, locks) in case()) {
        let data = dataset(&amounts, &scores);
        let mut plan = plan();
        for (intervention, locked) in data.interventions.iter().zip(&locks) {
            if *locked {
                plan.set_decision(&intervention.id, Decision::Stoppen);
                plan.set_locked(&intervention.id, true);
            }
        }
        let proposed = voorstel(&data, &plan);
        for choice in plan.choices.iter().filter(|c| c.locked) {
            prop_assert_eq!(proposed.choice(&choice.intervention), Some(choice));
        }
        let outcome = cut_outcome(&data, &proposed);
        let target = 719_000_i64;
        let locked_saving: i64 = outcome.interventions.iter().filter(|p| p.locked).map(|p| p.loses).sum();
        let available: i64 = outcome
            .interventions
            .iter()
            .filter(|p| !p.locked && p.score.is_some())
            .filter_map(|p| p.amount)
            .filter(|a| *a > 0)
            .sum();
        let saving = outcome.saving.unwrap_or(-1);
        if locked_saving >= target {
            prop_assert_eq!(saving, locked_saving, "nothing more is proposed");
        } else if locked_saving + available >= target {
            prop_assert_eq!(saving, target, "exactly the cut");
        } else {
            prop_assert_eq!(saving, locked_saving + available, "all it may, still short");
        }
        if saving >= target {
            for planned in outcome.interventions.iter().filter(|p| !p.locked && p.loses > 0) {
                prop_assert!(saving - planned.loses < target, "{} could be kept whole", planned.name);
            }
        }
    }
}

#[test]
fn in_the_comparison_an_ambition_is_known_only_with_every_amount_and_the_total_never_partly() {
    use crate::model::{Scenario, compare};
    // Ambition 2 has five interventions: all get an amount; the others none.
    let mut data = shipped_for_tests();
    for intervention in data.interventions.iter_mut().filter(|i| i.ambition == 2) {
        intervention.amounts = vec![YearAmount {
            year: YEAR,
            amount_eur: 100_000,
        }];
    }
    let second = data
        .interventions
        .iter()
        .find(|i| i.ambition == 2)
        .map(|i| i.id.clone())
        .unwrap_or_default();
    let mut plan = plan();
    plan.set_decision(&second, Decision::Verlagen(40_000));
    let scenario = Scenario {
        id: "per".into(),
        name: "Per interventie".into(),
        per_intervention: Some(plan),
        ..Scenario::default()
    };
    let comparison = compare(&data, &[&scenario], YEAR, 2025);
    let youth = comparison
        .ambitions
        .iter()
        .find(|a| a.ambition == 2)
        .unwrap_or_else(|| panic!("ambition 2"));
    assert_eq!(youth.amounts[0].amount_eur, Some(440_000));
    let safety = comparison.ambitions.iter().find(|a| a.ambition == 3);
    assert_eq!(
        safety.map(|a| a.amounts[0].amount_eur),
        Some(None),
        "unknown"
    );
    assert_eq!(
        comparison.scenarios[0].distributed.amount_eur, None,
        "no partial total"
    );
    assert_eq!(comparison.scenarios[0].left_eur, None);
}
