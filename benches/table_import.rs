//! Reading a 10.000-row table back (issue 20: at most 200 ms): the
//! indicator CSV of the export with 50 indicators × 200 years, each value
//! changed, read and compared with the data, and the changes listed.
//! `cargo bench --bench table_import`.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wijkdashboard::model::changes::diff;
use wijkdashboard::model::tables::export_tables;
use wijkdashboard::model::tables::workbook::import_workbook;
use wijkdashboard::model::{Dataset, Indicator, IndicatorValue};
use wijkdashboard::store;

/// The shipped data with 50 copies of its first indicator, each with a
/// value for 200 years: 10.000 rows in the Indicatoren table.
fn with_ten_thousand_values(shipped: &Dataset, offset: f64) -> Dataset {
    let mut data = shipped.clone();
    let Some(template) = data.indicators.first().cloned() else {
        return data;
    };
    data.indicators = (0..50)
        .map(|i| Indicator {
            id: format!("bench-{i}"),
            name: format!("{} ({i})", template.name),
            values: (1900..2100)
                .map(|year| IndicatorValue {
                    year,
                    district: Some(f64::from(year % 97) + offset),
                    utrecht: Some(f64::from(year % 89)),
                    source: template.values[0].source.clone(),
                    year_from_report: false,
                })
                .collect(),
            ..template.clone()
        })
        .collect();
    data
}

fn table_import(c: &mut Criterion) {
    let Ok(shipped) = store::default_dataset() else {
        return;
    };
    let data = with_ten_thousand_values(&shipped, 0.0);
    let edited = with_ten_thousand_values(&shipped, 1.0);
    let Some(table) = export_tables(&edited, false)
        .into_iter()
        .find(|t| t.name == "Indicatoren")
    else {
        return;
    };
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("indicatoren.csv");
    if std::fs::write(&path, store::csv_bytes(&table)).is_err() {
        return;
    }
    // Every district value differs: 10.000 changes to find and list.
    let sheets = store::read_sheets(&path).unwrap_or_default();
    let check = import_workbook(&data, &sheets, "indicatoren.csv");
    assert!(check.problems.is_empty(), "{:?}", check.problems.first());
    let found = diff(&data, check.data()).len();
    assert_eq!(found, 10_000, "the bench compares what it should");
    let mut group = c.benchmark_group("import-table");
    group.sample_size(20);
    group.bench_function("10.000-row CSV: read, compare, list the changes", |b| {
        b.iter(|| {
            let sheets = store::read_sheets(black_box(&path)).unwrap_or_default();
            let import = import_workbook(black_box(&data), &sheets, "indicatoren.csv");
            diff(&data, import.data()).len()
        })
    });
    group.finish();
}

criterion_group!(benches, table_import);
criterion_main!(benches);
