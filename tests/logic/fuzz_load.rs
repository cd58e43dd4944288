//! Fuzzing the loader: thousands of byte-level and structure-aware mutations
//! of the shipped file. Each loads or fails with a message, within a second,
//! and never panics; what loads is validated and derived without panicking.
//!
//! More cases: `WIJKDASHBOARD_FUZZ_CASES=200000 cargo test --release --test fuzz_load`.

use std::time::Instant;

use crate::common::HANG_GUARD;

use proptest::prelude::*;
use wijkdashboard::model::tables::export_tables;
use wijkdashboard::model::view::Derived;
use wijkdashboard::model::view::slide_pages::slide_pages;
use wijkdashboard::model::{
    Decision, InterventionPlan, Scenario, ScenarioComparison, ScenarioRule, Score, YearAmount,
    ambition_overview, build_allocations, compare, cut_outcome, validate, voorstel,
};
use wijkdashboard::publish::{DocumentKind, DocumentOptions, compose};
use wijkdashboard::store::{self, DEFAULT_DATA_RON};

fn cases(default: u32) -> u32 {
    std::env::var("WIJKDASHBOARD_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// Loads the bytes as the app does and uses what loads.
fn load_and_use(bytes: &[u8]) -> Result<(), TestCaseError> {
    let started = Instant::now();
    match store::parse(bytes) {
        Ok(data) => {
            let problems = validate(&data);
            let derived = Derived::from_data(&data, 1);
            prop_assert!(derived.budget.len() <= 100);
            // The scenario comparison and the exports work on whatever loads.
            let chosen: Vec<_> = data.comparison.chosen(&data.scenarios).collect();
            let _ = compare(
                &data,
                &chosen,
                data.comparison.year,
                data.comparison.reference_year,
            );
            // The programme: each ambition's overview, the slides (one per
            // ambition among them) and the Voortgang document.
            for ambition in &data.ambitions {
                let overview = ambition_overview(&data, ambition.id);
                prop_assert!(overview.total <= data.interventions.len());
            }
            prop_assert!(!slide_pages(&data, 1.0).is_empty());
            // The cut per intervention: its outcome and the Voorstel.
            for plan in data
                .scenarios
                .iter()
                .filter_map(|s| s.per_intervention.as_ref())
            {
                let outcome = cut_outcome(&data, plan);
                prop_assert_eq!(outcome.interventions.len(), data.interventions.len());
                let proposed = voorstel(&data, plan);
                let _ = cut_outcome(&data, &proposed);
            }
            let options = DocumentOptions::new(
                chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default(),
            );
            prop_assert!(
                !compose(DocumentKind::Voortgang, &data, &options)
                    .texts()
                    .is_empty()
            );
            let tables = export_tables(&data, true);
            for table in &tables {
                prop_assert!(!store::csv_bytes(table).is_empty());
            }
            // A workbook may refuse (say, a text over Excel's limit), but not panic.
            let _ = store::workbook_bytes(&tables);
            // What loads can be written again.
            let text = store::to_ron(&data).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(!text.is_empty());
            let _ = problems;
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(!message.trim().is_empty());
        }
    }
    let took = started.elapsed();
    prop_assert!(took < HANG_GUARD, "took {took:?}");
    Ok(())
}

/// One byte-level change.
#[derive(Clone, Debug)]
enum ByteChange {
    Set(usize, u8),
    Insert(usize, u8),
    Remove(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

fn byte_change() -> impl Strategy<Value = ByteChange> {
    let len = DEFAULT_DATA_RON.len();
    prop_oneof![
        (0..len, any::<u8>()).prop_map(|(at, b)| ByteChange::Set(at, b)),
        (0..len, any::<u8>()).prop_map(|(at, b)| ByteChange::Insert(at, b)),
        (0..len, 1..200_usize).prop_map(|(at, n)| ByteChange::Remove(at, n)),
        (0..len, 1..2000_usize).prop_map(|(at, n)| ByteChange::Duplicate(at, n)),
        (0..len).prop_map(ByteChange::Truncate),
    ]
}

fn apply_bytes(bytes: &mut Vec<u8>, change: &ByteChange) {
    let len = bytes.len();
    let clamp = |at: usize| at.min(len);
    match *change {
        ByteChange::Set(at, b) if at < len => bytes[at] = b,
        ByteChange::Insert(at, b) => bytes.insert(clamp(at), b),
        ByteChange::Remove(at, n) => {
            let at = clamp(at);
            bytes.drain(at..clamp(at + n));
        }
        ByteChange::Duplicate(at, n) => {
            let at = clamp(at);
            let piece: Vec<u8> = bytes[at..clamp(at + n)].to_vec();
            bytes.splice(at..at, piece);
        }
        ByteChange::Truncate(at) => bytes.truncate(clamp(at)),
        ByteChange::Set(..) => {}
    }
}

/// Values a hand-edited file might hold in place of a number.
const EXTREMES: &[&str] = &[
    "0",
    "-1",
    "2000000000",
    "-2147483648",
    "2147483647",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "99999999999999999999999",
    "1e308",
    "-1e308",
    "NaN",
    "inf",
    "0.5",
    "\"tekst\"",
    "None",
    "Some(1)",
    "[]",
    "()",
];

/// One change that keeps the text RON-like.
#[derive(Clone, Debug)]
enum TextChange {
    /// Replace the n-th number with an extreme value.
    Number(usize, usize),
    /// Rename the n-th field (a typo or an unknown name).
    Field(usize, String),
    /// Remove the n-th line.
    RemoveLine(usize),
    /// Repeat the n-th line.
    RepeatLine(usize),
    /// Swap two lines.
    SwapLines(usize, usize),
}

fn text_change() -> impl Strategy<Value = TextChange> {
    prop_oneof![
        (any::<usize>(), 0..EXTREMES.len()).prop_map(|(n, v)| TextChange::Number(n, v)),
        (any::<usize>(), "[a-z_]{1,12}").prop_map(|(n, name)| TextChange::Field(n, name)),
        any::<usize>().prop_map(TextChange::RemoveLine),
        any::<usize>().prop_map(TextChange::RepeatLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| TextChange::SwapLines(a, b)),
    ]
}

fn apply_text(text: &str, change: &TextChange) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let count = lines.len().max(1);
    match change {
        TextChange::Number(n, value) => {
            // The n-th line that holds a number after a colon.
            let numbered: Vec<usize> = (0..lines.len())
                .filter(|&i| {
                    lines[i].split_once(": ").is_some_and(|(_, v)| {
                        v.trim_start_matches('-')
                            .starts_with(|c: char| c.is_ascii_digit())
                    })
                })
                .collect();
            if let Some(&i) = numbered.get(n % numbered.len().max(1))
                && let Some((key, rest)) = lines[i].split_once(": ")
            {
                let tail = if rest.ends_with(',') { "," } else { "" };
                lines[i] = format!("{key}: {}{tail}", EXTREMES[*value]);
            }
        }
        TextChange::Field(n, name) => {
            let fields: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].trim_start().contains(": "))
                .collect();
            if let Some(&i) = fields.get(n % fields.len().max(1))
                && let Some((key, rest)) = lines[i].split_once(": ")
            {
                let indent = &key[..key.len() - key.trim_start().len()];
                lines[i] = format!("{indent}{name}: {rest}");
            }
        }
        TextChange::RemoveLine(n) => {
            lines.remove(n % count);
        }
        TextChange::RepeatLine(n) => {
            let line = lines[n % count].clone();
            lines.insert(n % count, line);
        }
        TextChange::SwapLines(a, b) => lines.swap(a % count, b % count),
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1000), ..ProptestConfig::default() })]

    #[test]
    fn byte_mutations_load_or_fail_with_a_message(changes in prop::collection::vec(byte_change(), 1..8)) {
        let mut bytes = DEFAULT_DATA_RON.as_bytes().to_vec();
        for change in &changes {
            apply_bytes(&mut bytes, change);
        }
        load_and_use(&bytes)?;
    }

    #[test]
    fn structure_mutations_load_or_fail_with_a_message(changes in prop::collection::vec(text_change(), 1..6)) {
        let mut text = DEFAULT_DATA_RON.to_owned();
        for change in &changes {
            text = apply_text(&text, change);
        }
        load_and_use(text.as_bytes())?;
    }
}

/// The shipped data with the municipality's map imported (read in place from
/// `tests/fixtures`), as text: the boundaries are fuzzed too.
fn shipped_with_map() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/utrecht-wijken.geojson"
    );
    let mut data = store::default_dataset().unwrap();
    let import = store::read_map(std::path::Path::new(path), &data.districts).unwrap();
    data.boundaries = import.boundaries();
    store::to_ron(&data).unwrap()
}

/// The shipped data with two scenarios made by the rules and compared, as
/// text: scenarios, amounts and the comparison are fuzzed too.
fn shipped_with_scenarios() -> String {
    let mut data = store::default_dataset().unwrap();
    let cut = ScenarioRule::Cut {
        base: None,
        reference_year: 2025,
        percent_hundredths: vec![(1, 4000), (2, 3000), (3, 2000), (4, 1000), (5, 0)],
    };
    for (id, rule) in [("gelijk", ScenarioRule::Evenly), ("wonen", cut)] {
        data.scenarios.push(Scenario {
            id: id.into(),
            name: format!("Scenario {id}"),
            explanation: "Voor de fuzztest.".into(),
            adopted: id == "wonen",
            allocations: build_allocations(&data, &rule).unwrap(),
            per_intervention: None,
        });
    }
    // A scenario per intervention, with amounts and scores to mutate.
    let criteria: Vec<String> = data.criteria.iter().map(|c| c.id.clone()).collect();
    let mut plan = InterventionPlan {
        from_year: 2026,
        choices: Vec::new(),
    };
    for (n, intervention) in data.interventions.iter_mut().take(6).enumerate() {
        let amount = i64::try_from(n + 1).unwrap() * 100_000;
        intervention.amounts = vec![YearAmount {
            year: 2026,
            amount_eur: amount,
        }];
        intervention.scores = criteria
            .iter()
            .map(|criterion| Score {
                criterion: criterion.clone(),
                score: u8::try_from(n % 5 + 1).ok(),
                reason: "fuzz".into(),
            })
            .collect();
        let decision = [
            Decision::Stoppen,
            Decision::Verlagen(amount / 2),
            Decision::Houden,
        ][n % 3];
        plan.set_decision(&intervention.id, decision);
        plan.set_locked(&intervention.id, n == 2);
    }
    data.scenarios.push(Scenario {
        id: "per-interventie".into(),
        name: "Per interventie".into(),
        per_intervention: Some(plan),
        ..Scenario::default()
    });
    data.comparison = ScenarioComparison {
        scenarios: vec!["gelijk".into(), "wonen".into()],
        year: 2026,
        reference_year: 2025,
    };
    store::to_ron(&data).unwrap()
}

fn shared_map_bytes() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/utrecht-wijken.geojson"
    ))
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(1000) / 4, ..ProptestConfig::default() })]

    #[test]
    fn mutations_of_a_file_with_boundaries_load_or_fail_with_a_message(changes in prop::collection::vec(text_change(), 1..6)) {
        let mut text = shipped_with_map();
        for change in &changes {
            text = apply_text(&text, change);
        }
        load_and_use(text.as_bytes())?;
    }

    #[test]
    fn mutations_of_a_file_with_scenarios_load_or_fail_with_a_message(changes in prop::collection::vec(text_change(), 1..6)) {
        let mut text = shipped_with_scenarios();
        for change in &changes {
            text = apply_text(&text, change);
        }
        load_and_use(text.as_bytes())?;
    }

    #[test]
    fn mutations_of_a_map_file_import_or_fail_with_a_message(changes in prop::collection::vec(byte_change(), 1..8)) {
        let mut bytes = shared_map_bytes();
        for change in &changes {
            apply_bytes(&mut bytes, change);
        }
        let started = Instant::now();
        let districts = store::default_dataset().unwrap().districts;
        match store::parse_map(&bytes, &districts) {
            Ok(import) => {
                let mut data = store::default_dataset().unwrap();
                data.boundaries = import.boundaries();
                // Whatever imports can be drawn.
                let _ = wijkdashboard::model::geo::MapShapes::from_data(&data);
            }
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
        prop_assert!(started.elapsed() < HANG_GUARD);
    }
}

#[test]
fn the_unchanged_file_loads() {
    assert!(store::parse(DEFAULT_DATA_RON.as_bytes()).is_ok());
    // The structure-aware changes do change the text.
    let changed = apply_text(DEFAULT_DATA_RON, &TextChange::Number(0, 2));
    assert_ne!(changed, DEFAULT_DATA_RON.trim_end());
}
