//! The change report and the three-way merge on the 11,6 MB stress
//! dataset: `cargo bench --bench changes`.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wijkdashboard::model::changes::{diff, merge};
#[path = "support/stress.rs"]
mod stress;
use stress::{StressSize, stress_dataset};
use wijkdashboard::model::{Count, Dataset};
use wijkdashboard::store;

/// A copy with an edit in every tenth platform (members, a log line).
fn edited(base: &Dataset, offset: usize, text: &str) -> Dataset {
    let mut data = base.clone();
    for platform in data.platforms.iter_mut().skip(offset).step_by(10) {
        platform.members = Some(Count::exact(42));
        platform.activities.push(text.to_owned());
    }
    data
}

fn changes(c: &mut Criterion) {
    let Ok(shipped) = store::default_dataset() else {
        return;
    };
    let base = stress_dataset(&shipped, StressSize::BENCHMARK);
    let mine = edited(&base, 0, "markt");
    let theirs = edited(&base, 5, "buurtfeest");
    let mut group = c.benchmark_group("stress dataset (1.000 platforms, 11,6 MB)");
    group.sample_size(20);
    group.bench_function("diff", |b| {
        b.iter(|| diff(black_box(&base), black_box(&mine)))
    });
    group.bench_function("three-way merge", |b| {
        b.iter(|| {
            merge(black_box(&base), black_box(&mine), black_box(&theirs))
                .conflicts()
                .len()
        });
    });
    group.finish();
}

criterion_group!(benches, changes);
criterion_main!(benches);
