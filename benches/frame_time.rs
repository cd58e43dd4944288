//! CPU time of one whole frame (building the UI and tessellating it, headless
//! through `egui::Context`) per main view, with the shipped and a stress dataset:
//! `cargo bench --bench frame_time`.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use wijkdashboard::app::WijkApp;
use wijkdashboard::command::{UiCommand, View, VoortgangPane};
use wijkdashboard::document::Document;
use wijkdashboard::model::Dataset;
#[path = "support/stress.rs"]
mod stress;
use stress::{StressSize, stress_dataset};
use wijkdashboard::store;
use wijkdashboard::ui::settings::UiSettings;

#[path = "support/headless.rs"]
mod headless;

use headless::run_frame as frame;

fn bench_views(c: &mut Criterion) {
    let Ok(shipped) = store::default_dataset() else {
        return;
    };
    let stress = stress_dataset(&shipped, StressSize::BENCHMARK);
    // The shipped data with the municipality's map imported (read in place
    // from tests/fixtures; skipped when it is not there).
    let map = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/utrecht-wijken.geojson"
    );
    let with_map = store::read_map(std::path::Path::new(map), &shipped.districts)
        .ok()
        .map(|import| Dataset {
            boundaries: import.boundaries(),
            ..shipped.clone()
        });
    let datasets: [(&str, &Dataset, &str); 2] = [
        ("shipped", &shipped, "WK034403"),
        ("stress", &stress, "WK900000"),
    ];
    let mut group = c.benchmark_group("frame");
    if let Some(data) = &with_map {
        let settings = UiSettings {
            selected_district: "WK034403".to_owned(),
            ..UiSettings::default()
        };
        let ctx = headless::app_context();
        let mut app = WijkApp::new(Document::new(data.clone(), None), settings, &ctx);
        for n in 0..5 {
            frame(&ctx, &mut app, n);
        }
        let mut n = 5;
        group.bench_function(BenchmarkId::new("wijken-kaart", "shipped"), |b| {
            b.iter(|| {
                n += 1;
                black_box(frame(&ctx, &mut app, n))
            });
        });
    }
    for (name, data, district) in datasets {
        for (view_name, view, pane, presenting) in [
            ("wijken", View::Wijken, VoortgangPane::PerAmbitie, false),
            (
                "indicatoren",
                View::Indicatoren,
                VoortgangPane::PerAmbitie,
                false,
            ),
            ("budget", View::Budget, VoortgangPane::PerAmbitie, false),
            (
                "voortgang",
                View::Voortgang,
                VoortgangPane::PerAmbitie,
                false,
            ),
            ("tijdlijn", View::Voortgang, VoortgangPane::Tijdlijn, false),
            ("presentatie", View::Wijken, VoortgangPane::PerAmbitie, true),
        ] {
            let selected_indicator = if view == View::Indicatoren {
                data.indicators
                    .first()
                    .map(|i| i.id.clone())
                    .unwrap_or_default()
            } else {
                String::new()
            };
            let settings = UiSettings {
                selected_district: district.to_owned(),
                view,
                selected_indicator,
                voortgang_pane: pane,
                ..UiSettings::default()
            };
            let ctx = headless::app_context();
            let mut app = WijkApp::new(Document::new(data.clone(), None), settings, &ctx);
            if presenting {
                app.apply(UiCommand::StartPresentation, &ctx);
            }
            // Warm up: fonts, layout caches, panel sizes.
            for n in 0..5 {
                frame(&ctx, &mut app, n);
            }
            let mut n = 5;
            group.bench_function(BenchmarkId::new(view_name, name), |b| {
                b.iter(|| {
                    n += 1;
                    black_box(frame(&ctx, &mut app, n))
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_views);
criterion_main!(benches);
