//! The cut per intervention over the stress dataset's 2.000 interventions,
//! each with an amount for 2026 and a score on both criteria:
//! `cargo bench --bench cut`. The Voorstel and the outcome both run when
//! the user clicks or edits, so each must stay well within a frame.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
#[path = "support/stress.rs"]
mod stress;
use stress::{StressSize, stress_dataset};
use wijkdashboard::model::{InterventionPlan, Score, YearAmount, cut_outcome, voorstel};
use wijkdashboard::store;

fn cut(c: &mut Criterion) {
    let Ok(shipped) = store::default_dataset() else {
        return;
    };
    let mut data = stress_dataset(&shipped, StressSize::BENCHMARK);
    let criteria: Vec<String> = data.criteria.iter().map(|c| c.id.clone()).collect();
    for (n, intervention) in data.interventions.iter_mut().enumerate() {
        // Spread over € 1.000 … € 100.000 and scores 1–5, by index.
        let amount = i64::try_from(n % 100).unwrap_or(0) * 1_000 + 1_000;
        intervention.amounts = vec![YearAmount {
            year: 2026,
            amount_eur: amount,
        }];
        intervention.scores = criteria
            .iter()
            .enumerate()
            .map(|(k, criterion)| Score {
                criterion: criterion.clone(),
                score: u8::try_from((n + k * 3) % 5 + 1).ok(),
                reason: String::new(),
            })
            .collect();
    }
    let plan = InterventionPlan {
        from_year: 2026,
        choices: Vec::new(),
    };
    let proposed = voorstel(&data, &plan);
    println!(
        "Voorstel over {} interventions: {} decisions",
        data.interventions.len(),
        proposed.choices.len()
    );
    let mut group = c.benchmark_group("cut per intervention (2.000 interventions)");
    group.bench_function("Voorstel", |b| {
        b.iter(|| voorstel(black_box(&data), black_box(&plan)))
    });
    group.bench_function("outcome of the Voorstel", |b| {
        b.iter(|| cut_outcome(black_box(&data), black_box(&proposed)))
    });
    group.finish();
}

criterion_group!(benches, cut);
criterion_main!(benches);
