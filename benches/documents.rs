//! Making the council's documents: `cargo bench --bench documents`.
//!
//! Both documents (Word and PDF) from the shipped data, written to a
//! temporary folder as the app writes them; the Bijlage of the stress
//! dataset (1.000 platforms), with its progress steps; and the memory of
//! the process over 50 generations (typst caches between runs; the cache
//! must not grow with every document).

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use wijkdashboard::model::Dataset;
#[path = "support/stress.rs"]
mod stress;
use stress::{StressSize, stress_dataset};
use wijkdashboard::publish::{DocumentKind, DocumentOptions, Outputs, publish};
use wijkdashboard::store;

fn stand() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
}

/// Both formats of `kind` into `dir`.
fn make(kind: DocumentKind, data: &Dataset, stand: NaiveDate, dir: &std::path::Path) -> usize {
    let stem = kind.file_stem(stand);
    let outputs = Outputs {
        word: Some(dir.join(format!("{stem}.docx"))),
        pdf: Some(dir.join(format!("{stem}.pdf"))),
        contacts_in_pdf: false,
    };
    let mut steps = 0;
    let result = publish(
        kind,
        data,
        &DocumentOptions::new(stand),
        &outputs,
        &mut |_| steps += 1,
    );
    result.map_or(0, |files| files.len() + steps)
}

/// The resident memory of this process in MiB (Linux), if known.
fn resident_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn documents(c: &mut Criterion) {
    let Ok(data) = store::default_dataset() else {
        return;
    };
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    c.bench_function("Bijlage and monitor, Word and PDF, shipped data", |b| {
        b.iter(|| {
            make(DocumentKind::Bijlage, black_box(&data), stand(), dir.path())
                + make(DocumentKind::Monitor, black_box(&data), stand(), dir.path())
        });
    });

    c.bench_function("Voortgang, Word and PDF, shipped data", |b| {
        b.iter(|| {
            make(
                DocumentKind::Voortgang,
                black_box(&data),
                stand(),
                dir.path(),
            )
        });
    });

    // Memory over 50 generations, each with another stand (so no run is a
    // cache hit of the one before); before the stress dataset, whose peak
    // the allocator keeps.
    for generation in 1..=50_u64 {
        let stand = stand()
            .checked_add_days(Days::new(generation))
            .unwrap_or_default();
        make(DocumentKind::Bijlage, &data, stand, dir.path());
        make(DocumentKind::Monitor, &data, stand, dir.path());
        if [1, 10, 25, 50].contains(&generation)
            && let Some(mib) = resident_mib()
        {
            println!("memory after {generation} generations of both documents: {mib:.0} MiB");
        }
    }

    // The stress dataset's Bijlage, once with its progress shown.
    let stress = stress_dataset(&data, StressSize::BENCHMARK);
    let started = Instant::now();
    let stem = DocumentKind::Bijlage.file_stem(stand());
    let outputs = Outputs {
        word: Some(dir.path().join(format!("stress {stem}.docx"))),
        pdf: Some(dir.path().join(format!("stress {stem}.pdf"))),
        contacts_in_pdf: false,
    };
    let result = publish(
        DocumentKind::Bijlage,
        &stress,
        &DocumentOptions::new(stand()),
        &outputs,
        &mut |p| {
            println!(
                "stress Bijlage: step {} of {} ({}) at {} ms",
                p.step,
                p.steps,
                p.what,
                started.elapsed().as_millis()
            );
        },
    );
    println!(
        "stress Bijlage (1.000 platforms): {:?} in {} ms",
        result.map(|files| files.len()),
        started.elapsed().as_millis()
    );
    let mut group = c.benchmark_group("stress");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("Bijlage of 1.000 platforms, Word and PDF", |b| {
        b.iter(|| {
            make(
                DocumentKind::Bijlage,
                black_box(&stress),
                stand(),
                dir.path(),
            )
        });
    });
    group.bench_function("Voortgang of 2.000 interventions, Word and PDF", |b| {
        b.iter(|| {
            make(
                DocumentKind::Voortgang,
                black_box(&stress),
                stand(),
                dir.path(),
            )
        });
    });
    group.finish();
}

criterion_group!(benches, documents);
criterion_main!(benches);
