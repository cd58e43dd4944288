//! What makes the beoordelingskader and the plans per intervention wrong:
//! a weight of zero or below, a score outside 1–5 or on a criterion the
//! file lacks, a reduced amount above the original or below zero, one
//! intervention decided twice; an intervention a plan names that the file
//! no longer has is a warning (the scenario shows it as missing).

use std::collections::HashSet;

use super::{Decision, SCORES, amount_in};
use crate::model::Dataset;
use crate::model::validation::Checker;

/// The largest weight: far above any sensible weighting, small enough
/// that weight × score × thousands of interventions never overflows.
pub(crate) const MAX_WEIGHT: i64 = 1_000;

/// Adds the problems of the criteria, the scores and the plans to `check`.
pub(in crate::model) fn validate_assessment(check: &mut Checker, data: &Dataset) {
    check.unique("criteria", data.criteria.iter().map(|c| c.id.as_str()));
    for (index, criterion) in data.criteria.iter().enumerate() {
        check.name(format!("criteria[{index}].name"), &criterion.name);
        if !(1..=MAX_WEIGHT).contains(&criterion.weight) {
            check.error(
                format!("criteria[{index}].weight"),
                format!(
                    "gewicht {} kan niet; een gewicht is een heel getal van 1 tot en met {MAX_WEIGHT} (gelijk gewicht: 1 en 1).",
                    criterion.weight
                ),
            );
        }
    }
    let criteria: HashSet<&str> = data.criteria.iter().map(|c| c.id.as_str()).collect();
    for (index, intervention) in data.interventions.iter().enumerate() {
        let mut scored = HashSet::new();
        for (entry, score) in intervention.scores.iter().enumerate() {
            let at = format!("interventions[{index}].scores[{entry}]");
            if !criteria.contains(score.criterion.as_str()) {
                check.error(
                    format!("{at}.criterion"),
                    format!(
                        "onbekend criterium '{}'; kies een criterium van het beoordelingskader of haal de score weg.",
                        score.criterion
                    ),
                );
            } else if !scored.insert(score.criterion.as_str()) {
                check.error(
                    format!("{at}.criterion"),
                    format!(
                        "criterium '{}' heeft twee scores; houd er één.",
                        score.criterion
                    ),
                );
            }
            if let Some(value) = score.score
                && !SCORES.contains(&value)
            {
                check.error(
                    format!("{at}.score"),
                    format!(
                        "score {value} kan niet; een score is 1 tot en met 5, of niet beoordeeld."
                    ),
                );
            }
        }
    }
    for (s, scenario) in data.scenarios.iter().enumerate() {
        let Some(plan) = &scenario.per_intervention else {
            continue;
        };
        let mut decided = HashSet::new();
        for (c, choice) in plan.choices.iter().enumerate() {
            let at = format!("scenarios[{s}].per_intervention.choices[{c}]");
            let intervention = data
                .interventions
                .iter()
                .find(|i| i.id == choice.intervention);
            if !decided.insert(choice.intervention.as_str()) {
                check.error(
                    format!("{at}.intervention"),
                    format!(
                        "interventie '{}' heeft twee besluiten; houd er één.",
                        choice.intervention
                    ),
                );
            }
            let Some(intervention) = intervention else {
                check.warning(
                    format!("{at}.intervention"),
                    format!(
                        "interventie '{}' bestaat niet meer (verwijderd of weggevallen bij samenvoegen); het scenario toont haar als ontbrekend. Haal het besluit weg of zet de interventie terug.",
                        choice.intervention
                    ),
                );
                continue;
            };
            if let Decision::Verlagen(to) = choice.decision {
                if to < 0 {
                    check.error(
                        format!("{at}.decision"),
                        format!("verlagen naar € {to} kan niet; vul een bedrag van 0 of meer in."),
                    );
                } else if let Some(amount) = amount_in(intervention, plan.from_year)
                    && to > amount
                {
                    check.error(
                        format!("{at}.decision"),
                        format!(
                            "{}: verlagen naar {} is meer dan het bedrag van {} in {}; vul een lager bedrag in of kies houden.",
                            intervention.name,
                            crate::model::format::euro(to),
                            crate::model::format::euro(amount),
                            plan.from_year
                        ),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{
        Decision, InterventionPlan, Scenario, Score, Severity, YearAmount, shipped_for_tests,
        validate,
    };

    #[test]
    fn each_bad_value_is_named_at_its_place_and_a_lost_intervention_is_a_warning() {
        let mut data = shipped_for_tests();
        data.criteria[0].weight = 0;
        let criterion = data.criteria[1].id.clone();
        data.interventions[0].scores = vec![Score {
            criterion,
            score: Some(7),
            reason: String::new(),
        }];
        data.interventions[1].amounts = vec![YearAmount {
            year: 2026,
            amount_eur: 50_000,
        }];
        let mut plan = InterventionPlan {
            from_year: 2026,
            choices: Vec::new(),
        };
        plan.set_decision(&data.interventions[1].id, Decision::Verlagen(60_000));
        plan.set_decision(&data.interventions[2].id, Decision::Verlagen(-1));
        plan.set_decision("bestaat-niet", Decision::Stoppen);
        data.scenarios.push(Scenario {
            id: "per-interventie".into(),
            name: "Per interventie".into(),
            per_intervention: Some(plan),
            ..Scenario::default()
        });
        let problems = validate(&data);
        let at = |path: &str| {
            problems
                .iter()
                .find(|p| p.path == path)
                .unwrap_or_else(|| panic!("{path}: {problems:#?}"))
        };
        assert!(at("criteria[0].weight").message.contains("1 tot en met"));
        assert!(
            at("interventions[0].scores[0].score")
                .message
                .contains("1 tot en met 5")
        );
        let above = at("scenarios[0].per_intervention.choices[0].decision");
        assert!(
            above
                .message
                .contains("meer dan het bedrag van € 50.000 in 2026"),
            "{}",
            above.message
        );
        assert!(
            at("scenarios[0].per_intervention.choices[1].decision")
                .message
                .contains("0 of meer")
        );
        let lost = at("scenarios[0].per_intervention.choices[2].intervention");
        assert_eq!(lost.severity, Severity::Warning);
        assert!(lost.message.contains("bestaat niet meer"));
    }

    #[test]
    fn the_shipped_assessment_is_valid() {
        let data = shipped_for_tests();
        let problems: Vec<_> = validate(&data)
            .into_iter()
            .filter(|p| p.path.starts_with("criteria"))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
