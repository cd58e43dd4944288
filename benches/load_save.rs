//! Loading and saving the shipped dataset: `cargo bench --bench load_save`.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
#[path = "support/stress.rs"]
mod stress;
use stress::{StressSize, stress_dataset};
use wijkdashboard::store;

fn load_save(c: &mut Criterion) {
    let text = store::DEFAULT_DATA_RON;
    c.bench_function("parse shipped dataset (utrecht.ron)", |b| {
        b.iter(|| store::parse(black_box(text.as_bytes())));
    });
    let dir = std::env::temp_dir().join("wijkdashboard-bench");
    let path = dir.join("utrecht.ron");
    let Ok(data) = store::default_dataset() else {
        return;
    };
    if store::save(&path, &data).is_err() {
        return;
    }
    c.bench_function("load shipped dataset from disk", |b| {
        b.iter(|| store::load(black_box(&path)));
    });
    c.bench_function("serialise shipped dataset to RON", |b| {
        b.iter(|| store::to_ron(black_box(&data)));
    });
    let options = store::SaveOptions {
        make_backup: false,
        ..store::SaveOptions::default()
    };
    c.bench_function("atomic save (limits, write, fsync, rename)", |b| {
        b.iter(|| store::save_with(black_box(&path), black_box(&data), &options));
    });
    // The stress dataset: about 11,6 MB of RON.
    let stress = stress_dataset(&data, StressSize::BENCHMARK);
    let stress_path = dir.join("stress.ron");
    if store::save(&stress_path, &stress).is_ok() {
        let mut group = c.benchmark_group("stress 11,6 MB");
        group.sample_size(10);
        group.bench_function("load from disk", |b| {
            b.iter(|| store::load(black_box(&stress_path)));
        });
        group.bench_function("atomic save with backup", |b| {
            b.iter(|| store::save(black_box(&stress_path), black_box(&stress)));
        });
        group.finish();
    }
    // Wat is er veranderd?: what each of 40 backups changed (the file
    // worker reads them when the dialog opens; never in a frame).
    let history = dir.join("geschiedenis.ron");
    let backup_dir = store::backup_dir(&history);
    let mut edited = data.clone();
    for save in 0..40 {
        if let Some(district) = edited.districts.first_mut() {
            district.notes.push(format!("Overleg {save}"));
        }
        let Ok(text) = store::to_ron(&edited) else {
            break;
        };
        // Named as the app names them, in the order they were made.
        let name = format!("geschiedenis-20261001-09{save:04}-000-0000.ron");
        let written = std::fs::create_dir_all(&backup_dir)
            .and_then(|()| std::fs::write(backup_dir.join(name), text));
        if written.is_err() {
            break;
        }
    }
    if store::save(&history, &edited).is_err() {
        return;
    }
    let backups = store::list_backups(&history);
    c.bench_function(
        &format!(
            "describe {} backups (what changed after each)",
            backups.len()
        ),
        |b| b.iter(|| store::describe_backups(black_box(&history), black_box(&backups))),
    );
    // The municipality's map in tests/fixtures (reference data, read in place).
    let map = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/utrecht-wijken.geojson"
    );
    if let Ok(bytes) = std::fs::read(map) {
        c.bench_function(
            "import map (parse, match, simplify: utrecht-wijken.geojson)",
            |b| {
                b.iter(|| {
                    store::parse_map(black_box(&bytes), &data.districts)
                        .map(|import| import.boundaries())
                });
            },
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, load_save);
criterion_main!(benches);
