use proptest::prelude::*;

use super::*;
use crate::model::{Count, InterventionStatus, LogEntry, PlatformStatus, shipped_for_tests};

/// An edit a user makes in one copy.
#[derive(Clone, Debug)]
enum Edit {
    Members(usize, u64),
    Status(usize, u8),
    AddActivity(usize, String),
    RemoveActivity(usize),
    AddLog(usize, String),
    Situation(usize, String),
    IndicatorValue(usize, f64),
    Structural(i64),
    RemovePlatform(usize),
    InterventionStatus(usize, u8),
    AddNextStep(usize, String),
    RemoveIntervention(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = "[a-zé ]{1,12}";
    prop_oneof![
        (0..11_usize, 0..5_000_u64).prop_map(|(i, n)| Edit::Members(i, n)),
        (0..11_usize, 0..5_u8).prop_map(|(i, s)| Edit::Status(i, s)),
        (0..11_usize, text).prop_map(|(i, t)| Edit::AddActivity(i, t)),
        (0..11_usize).prop_map(Edit::RemoveActivity),
        (0..11_usize, text).prop_map(|(i, t)| Edit::AddLog(i, t)),
        (0..10_usize, text).prop_map(|(i, t)| Edit::Situation(i, t)),
        (0..12_usize, 0.0..100.0_f64).prop_map(|(i, v)| Edit::IndicatorValue(i, v)),
        (1_000_i64..9_000_000).prop_map(Edit::Structural),
        (0..11_usize).prop_map(Edit::RemovePlatform),
        (0..57_usize, 0..6_u8).prop_map(|(i, s)| Edit::InterventionStatus(i, s)),
        (0..57_usize, text).prop_map(|(i, t)| Edit::AddNextStep(i, t)),
        (0..57_usize).prop_map(Edit::RemoveIntervention),
    ]
}

fn apply_edit(data: &mut Dataset, edit: &Edit) {
    let platforms = data.platforms.len().max(1);
    match edit {
        Edit::Members(i, n) => {
            if let Some(p) = data.platforms.get_mut(i % platforms) {
                p.members = Some(Count::exact(*n));
            }
        }
        Edit::Status(i, s) => {
            if let Some(p) = data.platforms.get_mut(i % platforms) {
                p.status = match s {
                    0 => PlatformStatus::Actief,
                    1 => PlatformStatus::InOpbouw,
                    2 => PlatformStatus::Verkennend,
                    3 => PlatformStatus::Stopt,
                    _ => PlatformStatus::Opgeheven,
                };
            }
        }
        Edit::AddActivity(i, text) => {
            if let Some(p) = data.platforms.get_mut(i % platforms) {
                p.activities.push(text.clone());
            }
        }
        Edit::RemoveActivity(i) => {
            if let Some(p) = data.platforms.get_mut(i % platforms) {
                p.activities.pop();
            }
        }
        Edit::AddLog(i, text) => {
            if let Some(p) = data.platforms.get_mut(i % platforms) {
                p.log.push(LogEntry {
                    text: text.clone(),
                    ..LogEntry::default()
                });
            }
        }
        Edit::Situation(i, text) => {
            let count = data.districts.len().max(1);
            if let Some(d) = data.districts.get_mut(i % count) {
                d.situation.clone_from(text);
            }
        }
        Edit::IndicatorValue(i, v) => {
            let count = data.indicators.len().max(1);
            if let Some(value) = data
                .indicators
                .get_mut(i % count)
                .and_then(|ind| ind.values.first_mut())
            {
                value.district = Some(*v);
            }
        }
        Edit::Structural(amount) => data.budget.structural_eur = *amount,
        Edit::RemovePlatform(i) => {
            if data.platforms.len() > 1 {
                data.platforms.remove(i % platforms);
            }
        }
        Edit::InterventionStatus(i, s) => {
            let count = data.interventions.len().max(1);
            if let Some(intervention) = data.interventions.get_mut(i % count) {
                intervention.status = match s {
                    0 => InterventionStatus::Verkenning,
                    1 => InterventionStatus::Voorbereiding,
                    2 => InterventionStatus::InUitvoering,
                    3 => InterventionStatus::Pilot,
                    4 => InterventionStatus::Afgerond,
                    _ => InterventionStatus::Gestopt,
                };
            }
        }
        Edit::AddNextStep(i, text) => {
            let count = data.interventions.len().max(1);
            if let Some(intervention) = data.interventions.get_mut(i % count) {
                intervention
                    .next_steps
                    .push(crate::model::NextStep::new(text.clone()));
            }
        }
        Edit::RemoveIntervention(i) => {
            if data.interventions.len() > 1 {
                let count = data.interventions.len();
                data.interventions.remove(i % count);
            }
        }
    }
}

fn edited(base: &Dataset, edits: &[Edit]) -> Dataset {
    let mut data = base.clone();
    for edit in edits {
        apply_edit(&mut data, edit);
    }
    data
}

fn merged(base: &Dataset, mine: &Dataset, theirs: &Dataset) -> (Dataset, Merge) {
    let merge = merge(base, mine, theirs);
    let (data, _) = merge.finish().unwrap_or_else(|e| panic!("{e}"));
    (data, merge)
}

#[test]
fn a_changed_member_count_reads_as_the_user_knows_it() {
    let old = shipped_for_tests();
    let mut new = old.clone();
    let oost = new
        .platforms
        .iter_mut()
        .find(|p| p.name == "Wijkcoöperatie Oost voor Elkaar");
    let Some(oost) = oost else {
        panic!("Oost's platform is in the shipped data");
    };
    oost.members = Some(Count::exact(213));
    let changes = diff(&old, &new);
    let lines: Vec<String> = changes.iter().map(DatasetChange::line).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines.contains(&"Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 200 → 213".to_owned()),
        "{lines:?}"
    );
    assert_eq!(changes[0].part, Part::Wijkplatform);
    assert_eq!(changes[0].wijk.as_deref(), Some("Oost"));
}

#[test]
fn an_entry_added_on_both_sides_appears_once_and_different_ones_both() {
    let base = shipped_for_tests();
    let mine = edited(
        &base,
        &[
            Edit::AddLog(0, "overleg".into()),
            Edit::AddActivity(1, "markt".into()),
        ],
    );
    let theirs = edited(
        &base,
        &[
            Edit::AddLog(0, "overleg".into()),
            Edit::AddActivity(1, "buurtfeest".into()),
        ],
    );
    let (result, merge) = merged(&base, &mine, &theirs);
    assert!(merge.conflicts().is_empty());
    let log = &result.platforms[0].log;
    assert_eq!(log.iter().filter(|e| e.text == "overleg").count(), 1);
    let activities = &result.platforms[1].activities;
    assert!(
        activities.contains(&"markt".to_owned()) && activities.contains(&"buurtfeest".to_owned())
    );
}

#[test]
fn the_same_field_changed_differently_is_one_conflict_with_three_values() {
    let base = shipped_for_tests();
    let mine = edited(
        &base,
        &[Edit::Members(3, 205), Edit::Situation(0, "west".into())],
    );
    let theirs = edited(
        &base,
        &[
            Edit::Members(3, 213),
            Edit::Situation(1, "noordwest".into()),
        ],
    );
    let mut merge = merge(&base, &mine, &theirs);
    assert_eq!(merge.conflicts().len(), 1);
    let text = merge
        .conflict_text(0)
        .unwrap_or_else(|| panic!("a conflict"));
    assert!(text.place.ends_with("Leden"), "{}", text.place);
    assert_eq!((text.mine.as_str(), text.theirs.as_str()), ("205", "213"));
    assert!(!merge.is_decided());
    merge.decide(0, Decision::Theirs);
    let (result, lost) = merge.finish().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(result.platforms[3].members, Some(Count::exact(213)));
    assert_eq!(result.districts[0].situation, "west");
    assert_eq!(result.districts[1].situation, "noordwest");
    assert!(
        lost.iter().any(|l| l.contains("mijn") && l.contains("205")),
        "{lost:?}"
    );
}

#[test]
fn deleted_on_one_side_and_changed_on_the_other_is_a_conflict() {
    let base = shipped_for_tests();
    let mine = edited(&base, &[Edit::RemovePlatform(2)]);
    let theirs = edited(&base, &[Edit::Members(2, 77)]);
    let merge = merge(&base, &mine, &theirs);
    assert_eq!(merge.conflicts().len(), 1);
    let text = merge
        .conflict_text(0)
        .unwrap_or_else(|| panic!("a conflict"));
    assert_eq!(text.mine, "verwijderd");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(
        a in proptest::collection::vec(edit(), 0..6),
    ) {
        let base = shipped_for_tests();
        let side = edited(&base, &a);
        let (left, m1) = merged(&base, &side, &base);
        let (right, m2) = merged(&base, &base, &side);
        let (both, m3) = merged(&base, &side, &side);
        prop_assert!(m1.conflicts().is_empty() && m2.conflicts().is_empty() && m3.conflicts().is_empty());
        prop_assert_eq!(&left, &side);
        prop_assert_eq!(&right, &side);
        prop_assert_eq!(&both, &side);
    }

    #[test]
    fn swapping_the_sides_gives_the_same_result_with_the_conflicts_swapped(
        a in proptest::collection::vec(edit(), 0..6),
        b in proptest::collection::vec(edit(), 0..6),
    ) {
        let base = shipped_for_tests();
        let (mine, theirs) = (edited(&base, &a), edited(&base, &b));
        let mut forward = merge(&base, &mine, &theirs);
        let mut backward = merge(&base, &theirs, &mine);
        prop_assert_eq!(forward.conflicts().len(), backward.conflicts().len());
        for (f, b) in forward.conflicts().iter().zip(backward.conflicts()) {
            prop_assert_eq!(&f.path, &b.path);
            prop_assert_eq!(&f.mine, &b.theirs);
            prop_assert_eq!(&f.theirs, &b.mine);
        }
        for index in 0..forward.conflicts().len() {
            forward.decide(index, Decision::Mine);
            backward.decide(index, Decision::Theirs);
        }
        let forward = forward.finish().map(|(d, _)| d);
        let backward = backward.finish().map(|(d, _)| d);
        prop_assert_eq!(forward, backward);
    }

    #[test]
    fn every_value_of_both_sides_is_in_the_result_or_in_the_merge_log(
        a in proptest::collection::vec(edit(), 0..6),
        b in proptest::collection::vec(edit(), 0..6),
    ) {
        let base = shipped_for_tests();
        let (mine, theirs) = (edited(&base, &a), edited(&base, &b));
        let merge = merge(&base, &mine, &theirs);
        let (result, lost) = merge.finish().unwrap_or_else(|e| panic!("{e}"));
        let result_tree = tree_of(&result);
        for (side, name) in [(&mine, "mijn"), (&theirs, "hun")] {
            for change in diff::diff_trees(&tree_of(&base), &tree_of(side)) {
                let value = match &change.difference {
                    Difference::Changed { new, .. } | Difference::Added { new, .. } => new,
                    Difference::Removed { .. } | Difference::Reordered { .. } => continue,
                };
                let kept = tree::get(&result_tree, &change.path) == Some(value)
                    || (value.is_null() && tree::get(&result_tree, &change.path).is_none());
                // A conflict at the place, around it or within it.
                let in_conflict = merge
                    .conflicts()
                    .iter()
                    .any(|c| change.path.starts_with(&c.path) || c.path.starts_with(&change.path));
                let logged = lost.iter().any(|l| l.contains(&format!("{name}: ")));
                prop_assert!(
                    kept || (in_conflict && logged),
                    "{:?} of {} is lost", change.path, name
                );
            }
        }
    }

    #[test]
    fn a_diff_applied_to_the_old_version_gives_the_new(
        a in proptest::collection::vec(edit(), 0..6),
        b in proptest::collection::vec(edit(), 0..6),
    ) {
        let base = shipped_for_tests();
        let (old, new) = (edited(&base, &a), edited(&base, &b));
        let changes = diff(&old, &new);
        prop_assert_eq!(apply(&old, &changes), Ok(new));
    }
}

#[test]
fn where_a_file_comes_from_is_no_change_and_a_merge_knows_both() {
    let base = shipped_for_tests();
    let mut mine = base.clone();
    mine.lineage.record_save("a1".into(), || "doc".into());
    let mut theirs = base.clone();
    theirs.lineage.record_save("b1".into(), || "doc".into());
    assert!(diff(&base, &mine).is_empty(), "the lineage is not a change");
    let (merged, lost) = merge(&base, &mine, &theirs)
        .finish()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(lost.is_empty());
    assert_eq!(merged.lineage.versions(), ["a1", "b1"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Without a common version nothing comes in by itself: every value
    /// that differs is a question, and the sides may be swapped.
    #[test]
    fn without_a_base_every_difference_is_a_question(
        mine_edits in proptest::collection::vec(edit(), 1..4),
        theirs_edits in proptest::collection::vec(edit(), 1..4),
    ) {
        let base = shipped_for_tests();
        let mine = edited(&base, &mine_edits);
        let theirs = edited(&base, &theirs_edits);
        let forward = merge_without_base(&mine, &theirs);
        let backward = merge_without_base(&theirs, &mine);
        prop_assert!(!forward.has_base());
        prop_assert_eq!(forward.conflicts().len(), backward.conflicts().len());
        // Deciding every question for "mine" gives mine back, except that
        // lists of texts keep the entries of both.
        let (kept, _) = forward.finish().unwrap_or_else(|e| panic!("{e}"));
        for change in diff(&mine, &kept) {
            prop_assert!(
                matches!(change.change.difference, Difference::Added { .. } | Difference::Reordered { .. }),
                "{}", change.line()
            );
        }
    }
}

#[test]
fn the_report_speaks_the_users_words_in_the_order_of_the_wijken_then_the_programme() {
    let old = shipped_for_tests();
    let mut new = old.clone();
    new.scenarios = vec![
        crate::model::Scenario {
            id: "gelijk".into(),
            name: "Gelijk verdeeld".into(),
            ..Default::default()
        },
        crate::model::Scenario {
            id: "wonen".into(),
            name: "Wonen levert in".into(),
            ..Default::default()
        },
    ];
    new.comparison = crate::model::ScenarioComparison {
        scenarios: vec!["gelijk".into(), "wonen".into()],
        year: 2026,
        reference_year: 2025,
    };
    new.platforms[0].activities.push("Iets nieuws.".into());
    let west = new.districts.iter().position(|d| d.name == "West");
    new.districts[west.unwrap_or(0)]
        .notes
        .push("Notitie.".into());
    new.budget.structural_eur += 1;
    let changes = diff(&old, &new);
    let lines: Vec<String> = changes.iter().map(DatasetChange::line).collect();
    for line in &lines {
        for developer in [
            "scenarios:",
            "items",
            "(gegevens)",
            "comparison",
            "activities",
        ] {
            assert!(!line.contains(developer), "{line}");
        }
    }
    assert!(
        lines.iter().any(|l| l == "Scenario's: + Wonen levert in"),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Scenario's vergeleken: ") && l.contains("2026 tegen 2025")),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("Wat het organiseert")),
        "{lines:#?}"
    );
    let all: Vec<&DatasetChange> = changes.iter().collect();
    let groups: Vec<String> = grouped_lines(&all).into_iter().map(|(g, _)| g).collect();
    // The wijken first, in the register's order (West before Leidsche Rijn,
    // where Indekerngezond is), then the programme.
    assert_eq!(
        groups,
        vec!["West", "Leidsche Rijn", "Budget", "Scenario's"],
        "{groups:?}"
    );
}

#[test]
fn an_import_merged_in_adds_and_overwrites_by_id_and_removes_nothing() {
    let current = shipped_for_tests();
    let mut imported = current.clone();
    imported.platforms[0].name = "Nieuwe naam".into();
    let mut new_platform = imported.platforms[1].clone();
    new_platform.id = "nieuw-platform".into();
    imported.platforms.push(new_platform);
    imported.platforms.remove(2);
    imported.budget.structural_eur = 1;
    let merged = merge_import(&current, &imported).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(merged.platforms[0].name, "Nieuwe naam");
    assert!(merged.platforms.iter().any(|p| p.id == "nieuw-platform"));
    assert!(
        merged
            .platforms
            .iter()
            .any(|p| p.id == current.platforms[2].id),
        "nothing removed"
    );
    assert_eq!(merged.budget, current.budget, "the budget stays");
    assert_eq!(merged.lineage, current.lineage);
}

#[test]
fn the_recovery_summary_shows_few_changes_and_counts_many_per_group() {
    let old = shipped_for_tests();
    assert!(summary_lines(&old, &old).is_empty());
    let mut new = old.clone();
    let oost = new
        .platforms
        .iter()
        .position(|p| p.district == "WK034405")
        .expect("Oost has a platform");
    new.platforms[oost].activities.push("Buurtfeest".to_owned());
    new.budget.structural_eur += 1;
    let lines = summary_lines(&old, &new);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].starts_with("Oost › "), "{lines:#?}");
    assert!(lines[0].ends_with("+ Buurtfeest"), "{lines:#?}");
    assert!(lines[1].starts_with("Budget › "), "{lines:#?}");

    for n in 0..20 {
        new.platforms[oost]
            .activities
            .push(format!("Activiteit {n}"));
    }
    let lines = summary_lines(&old, &new);
    assert_eq!(lines, ["Oost: 21 wijzigingen", "Budget: 1 wijziging"]);
}

#[test]
fn a_nested_entry_reads_by_its_name_not_its_id() {
    let old = shipped_for_tests();
    let mut new = old.clone();
    let removed = new.budget.incidental.remove(0);
    let lines = summary_lines(&old, &new);
    assert_eq!(
        lines,
        [format!("Budget › Incidenteel geld: − {}", removed.name)]
    );
}

#[test]
fn a_platform_not_yet_in_a_wijk_is_listed_under_wijkplatforms() {
    let old = Dataset::default();
    let mut new = old.clone();
    new.platforms.push(crate::model::Platform {
        id: "nieuw".into(),
        name: "Platform in nieuwe gegevens".into(),
        ..crate::model::Platform::default()
    });
    assert_eq!(
        summary_lines(&old, &new),
        ["Wijkplatforms: + Platform in nieuwe gegevens"]
    );
}

#[test]
fn an_intervention_change_reads_in_the_users_words() {
    let old = shipped_for_tests();
    let mut new = old.clone();
    let Some(punt) = new
        .interventions
        .iter_mut()
        .find(|i| i.name == "Jongerenpunt")
    else {
        panic!("the Jongerenpunt is in the shipped data");
    };
    punt.status = crate::model::InterventionStatus::InUitvoering;
    punt.funding.push(crate::model::MoneySource::Regiodeal);
    let lines: Vec<String> = diff(&old, &new).iter().map(DatasetChange::line).collect();
    assert!(
        lines.contains(
            &"Interventies › Jongerenpunt › Status: voorbereiding → in uitvoering".to_owned()
        ),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"Interventies › Jongerenpunt › Financiering: + Regiodeal".to_owned()),
        "{lines:#?}"
    );
    assert!(diff(&old, &new).iter().all(|c| c.part == Part::Interventie));
}

#[test]
fn interventions_merge_by_id_and_a_status_changed_twice_is_one_question() {
    let base = shipped_for_tests();
    let mine = edited(
        &base,
        &[
            Edit::InterventionStatus(0, 5),
            Edit::AddNextStep(1, "evaluatie in maart".into()),
        ],
    );
    let mut theirs = edited(
        &base,
        &[
            Edit::InterventionStatus(0, 0),
            Edit::AddNextStep(1, "gesprek met DOCK".into()),
            Edit::InterventionStatus(2, 3),
        ],
    );
    let mut added = base.interventions[3].clone();
    added.id = "nieuw-buurtpunt".into();
    added.name = "Nieuw buurtpunt".into();
    theirs.interventions.push(added);
    let mut merge = merge(&base, &mine, &theirs);
    assert_eq!(merge.conflicts().len(), 1, "only the status of the first");
    let text = merge
        .conflict_text(0)
        .unwrap_or_else(|| panic!("a conflict"));
    assert!(
        text.place.contains(&base.interventions[0].name),
        "the question names the intervention: {}",
        text.place
    );
    merge.decide(0, Decision::Mine);
    let (result, _) = merge.finish().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(result.interventions[0].status, InterventionStatus::Gestopt);
    assert_eq!(result.interventions[2].status, InterventionStatus::Pilot);
    let steps = &result.interventions[1].next_steps;
    assert!(
        steps.contains(&crate::model::NextStep::new("evaluatie in maart"))
            && steps.contains(&crate::model::NextStep::new("gesprek met DOCK")),
        "{steps:?}"
    );
    assert!(
        result
            .interventions
            .iter()
            .any(|i| i.id == "nieuw-buurtpunt")
    );
}

#[test]
fn a_decision_per_intervention_reads_in_the_users_words() {
    use crate::model::{Decision, InterventionPlan, Scenario};
    let mut old = shipped_for_tests();
    let mut plan = InterventionPlan {
        from_year: 2026,
        choices: Vec::new(),
    };
    plan.set_decision(&old.interventions[0].id, Decision::Houden);
    old.scenarios.push(Scenario {
        id: "per".into(),
        name: "Per interventie".into(),
        per_intervention: Some(plan.clone()),
        ..Scenario::default()
    });
    let mut new = old.clone();
    let name = old.interventions[0].name.clone();
    let mut changed = plan.clone();
    changed.set_decision(&old.interventions[0].id, Decision::Verlagen(40_000));
    changed.set_locked(&old.interventions[0].id, true);
    new.scenarios[0].per_intervention = Some(changed);
    let lines: Vec<String> = diff(&old, &new).iter().map(DatasetChange::line).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&name) && l.contains("houden → verlagen naar € 40.000")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&name) && l.ends_with("Vast: nee → ja")),
        "{lines:#?}"
    );
    for line in &lines {
        assert!(
            !line.contains("choices") && !line.contains("Verlagen("),
            "{line}"
        );
    }
}

#[test]
fn decisions_per_intervention_merge_by_intervention_and_a_clash_is_one_question() {
    use crate::model::{Decision as Besluit, InterventionPlan, Scenario};
    let mut base = shipped_for_tests();
    base.scenarios.push(Scenario {
        id: "per".into(),
        name: "Per interventie".into(),
        per_intervention: Some(InterventionPlan {
            from_year: 2026,
            choices: Vec::new(),
        }),
        ..Scenario::default()
    });
    let ids: Vec<String> = base
        .interventions
        .iter()
        .take(3)
        .map(|i| i.id.clone())
        .collect();
    let decide = |data: &Dataset, decisions: &[(usize, Besluit)]| {
        let mut data = data.clone();
        if let Some(plan) = data.scenarios[0].per_intervention.as_mut() {
            for (index, decision) in decisions {
                plan.set_decision(&ids[*index], *decision);
            }
        }
        data
    };
    let mine = decide(&base, &[(0, Besluit::Stoppen), (2, Besluit::Verlagen(10))]);
    let theirs = decide(&base, &[(1, Besluit::Stoppen), (2, Besluit::Verlagen(20))]);
    let mut merge = merge(&base, &mine, &theirs);
    assert_eq!(merge.conflicts().len(), 1, "only the third, decided twice");
    let text = merge
        .conflict_text(0)
        .unwrap_or_else(|| panic!("a conflict"));
    assert!(
        text.place.contains(&base.interventions[2].name),
        "{}",
        text.place
    );
    assert_eq!(text.mine, "verlagen naar € 10");
    merge.decide(0, Decision::Theirs);
    let (result, _) = merge.finish().unwrap_or_else(|e| panic!("{e}"));
    let plan = result.scenarios[0]
        .per_intervention
        .clone()
        .unwrap_or_default();
    assert_eq!(plan.decision(&ids[0]), Besluit::Stoppen);
    assert_eq!(plan.decision(&ids[1]), Besluit::Stoppen);
    assert_eq!(plan.decision(&ids[2]), Besluit::Verlagen(20));
}

#[test]
fn a_next_step_is_described_with_its_when_and_who() {
    let old = crate::model::shipped_for_tests();
    let mut new = old.clone();
    new.platforms[0].next_steps = vec![crate::model::NextStep {
        text: "Evaluatie met het bestuur".to_owned(),
        due: chrono::NaiveDate::from_ymd_opt(2027, 1, 15),
        who: "DOCK".to_owned(),
    }];
    let lines: Vec<String> = diff(&old, &new).iter().map(DatasetChange::line).collect();
    assert!(
        lines.iter().any(|line| line
            .ends_with("Volgende stappen: + Evaluatie met het bestuur (15-1-2027, DOCK)")),
        "{lines:?}"
    );
}
