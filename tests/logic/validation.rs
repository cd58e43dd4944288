//! Each validation rule, on a copy of the shipped data with one thing broken.

use wijkdashboard::model::{Allocation, Dataset, Problem, Severity, validate};
use wijkdashboard::store;

fn shipped() -> Dataset {
    store::default_dataset().expect("shipped data loads")
}

/// The problems of `data`, asserting that one is at `path` with `severity`.
fn problem_at(data: &Dataset, path: &str, severity: Severity) -> Problem {
    let problems = validate(data);
    problems
        .iter()
        .find(|p| p.path == path && p.severity == severity)
        .cloned()
        .unwrap_or_else(|| panic!("no {severity:?} at {path}; got {problems:#?}"))
}

#[test]
fn the_shipped_data_has_no_problems() {
    assert_eq!(validate(&shipped()), Vec::<Problem>::new());
}

#[test]
fn negative_money_is_an_error() {
    let mut data = shipped();
    data.budget.incidental[0].total_eur = Some(-5);
    let problem = problem_at(&data, "budget.incidental[0].total_eur", Severity::Error);
    assert!(problem.message.contains("negatief"), "{problem}");
}

#[test]
fn a_percentage_outside_0_to_100_is_an_error() {
    let mut data = shipped();
    data.indicators[0].values[0].district = Some(129.0);
    let problem = problem_at(&data, "indicators[0].values[0].district", Severity::Error);
    assert!(problem.message.contains("0–100"), "{problem}");
}

#[test]
fn a_year_outside_1900_to_2100_is_an_error() {
    let mut data = shipped();
    data.indicators[0].values[0].year = 2525;
    problem_at(&data, "indicators[0].values[0].year", Severity::Error);
    data.key_figures[3].year = 1850;
    problem_at(&data, "key_figures[3].year", Severity::Error);
}

#[test]
fn an_unknown_wijk_is_an_error() {
    let mut data = shipped();
    data.platforms[3].district = "WK034499".into();
    let problem = problem_at(&data, "platforms[3].district", Severity::Error);
    assert!(problem.message.contains("WK034499"), "{problem}");
}

#[test]
fn duplicate_ids_are_an_error() {
    let mut data = shipped();
    data.platforms[1].id = data.platforms[0].id.clone();
    let problem = problem_at(&data, "platforms[1].id", Severity::Error);
    assert!(problem.message.contains("twee keer"), "{problem}");
}

#[test]
fn an_empty_name_is_an_error() {
    let mut data = shipped();
    data.platforms[2].name = "  ".into();
    problem_at(&data, "platforms[2].name", Severity::Error);
    data.districts[4].name.clear();
    problem_at(&data, "districts[4].name", Severity::Error);
}

#[test]
fn allocations_over_a_years_money_are_a_warning() {
    let mut data = shipped();
    // 2026 has € 3.299.000 structural money and a share of the Regiodeal's
    // € 10.000.000 for 2025–2028 that nobody knows: at most € 13.299.000.
    data.budget.allocations = vec![
        Allocation {
            year: 2026,
            ambition: 1,
            amount_eur: 4_000_000,
        },
        Allocation {
            year: 2026,
            ambition: 2,
            amount_eur: 2_000_000,
        },
    ];
    assert!(
        validate(&data).is_empty(),
        "the Regiodeal may cover it: no warning"
    );
    data.budget.allocations[1].amount_eur = 10_000_000;
    let problem = problem_at(&data, "budget.allocations (jaar 2026)", Severity::Warning);
    assert!(problem.message.contains("€ 14.000.000"), "{problem}");
    assert!(problem.message.contains("€ 13.299.000"), "{problem}");
    // A warning does not stop a save.
    let dir = tempfile::tempdir().unwrap();
    store::save(&dir.path().join("d.ron"), &data).expect("warnings do not block saving");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut data = shipped();
    data.platforms[0].name.clear();
    data.budget.structural_eur = -1;
    data.indicators[1].district = "nergens".into();
    let errors = validate(&data)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    assert_eq!(errors, 3);
}

#[test]
fn scenarios_have_one_adopted_at_most_and_known_ambitions() {
    use wijkdashboard::model::{Allocation, Scenario};
    let mut data = wijkdashboard::store::default_dataset().unwrap();
    let scenario = |id: &str, adopted: bool, ambition: u8| Scenario {
        id: id.into(),
        name: format!("Scenario {id}"),
        explanation: String::new(),
        adopted,
        allocations: vec![Allocation {
            year: 2026,
            ambition,
            amount_eur: 659_800,
        }],
        per_intervention: None,
    };
    data.scenarios = vec![scenario("a", true, 1), scenario("b", false, 2)];
    assert!(wijkdashboard::model::validate(&data).is_empty());
    data.scenarios.push(scenario("c", true, 9));
    let paths: Vec<String> = wijkdashboard::model::validate(&data)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(
        paths,
        [
            "scenarios[2].adopted",
            "scenarios[2].allocations[0].ambition"
        ]
    );
    // Saved and loaded as they were (schema version 4).
    let text = wijkdashboard::store::to_ron(&data).unwrap();
    assert_eq!(
        wijkdashboard::store::parse(text.as_bytes())
            .unwrap()
            .scenarios,
        data.scenarios
    );
}

#[test]
fn a_version_three_file_is_migrated_without_scenarios() {
    let text = wijkdashboard::store::DEFAULT_DATA_RON.replacen(
        &format!(
            "schema_version: {},",
            wijkdashboard::model::CURRENT_SCHEMA_VERSION
        ),
        "schema_version: 3,",
        1,
    );
    let data = wijkdashboard::store::parse(text.as_bytes()).unwrap();
    assert_eq!(
        data.schema_version,
        wijkdashboard::model::CURRENT_SCHEMA_VERSION
    );
    assert!(data.scenarios.is_empty());
}
