//! A large made-up register for the benchmarks, the measurement examples and
//! the crash test: a thousand wijken with a platform each, long logs and two
//! hundred indicators of thirty years. Not in the library: only tests and
//! benchmarks use it (each includes this file as a module). Never shipped,
//! never shown as real.

use chrono::NaiveDate;

use wijkdashboard::model::{
    Ambition, Count, Dataset, DatePrecision, Direction, District, Goal, Indicator, IndicatorValue,
    Intervention, InterventionStatus, LogEntry, MoneySource, Partner, Period, Platform,
    PlatformStatus, Reach, SourceRef, Unit,
};

/// Sizes of the stress dataset.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StressSize {
    /// Number of wijken.
    pub districts: usize,
    /// Number of platforms, spread evenly over the wijken.
    pub platforms: usize,
    /// Log entries per platform.
    pub log_entries: usize,
    /// Number of indicators.
    pub indicators: usize,
    /// Years per indicator.
    pub years: usize,
    /// Number of interventions, spread over the ambitions.
    pub interventions: usize,
}

impl StressSize {
    /// 100 wijken, 1.000 platforms with 20 log entries, 200 indicators × 30
    /// years, 2.000 interventions.
    pub(crate) const BENCHMARK: Self = Self {
        districts: 100,
        platforms: 1000,
        log_entries: 20,
        indicators: 200,
        years: 30,
        interventions: 2000,
    };
}

/// Builds a synthetic dataset of `size` on top of `base` (its sources, ambitions and budget).
pub(crate) fn stress_dataset(base: &Dataset, size: StressSize) -> Dataset {
    let source = SourceRef {
        document: "synthetisch".into(),
        section: "benchmark".into(),
        ..SourceRef::default()
    };
    let districts: Vec<District> = (0..size.districts)
        .map(|i| District {
            id: format!("WK{:06}", 900_000 + i),
            name: format!("Wijk {i}"),
            neighbourhoods: (0..5).map(|b| format!("Buurt {i}-{b}")).collect(),
            situation: format!("Synthetische wijk {i}"),
            ..District::default()
        })
        .collect();
    let date = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let platforms = (0..size.platforms)
        .map(|i| {
            let district = &districts[i % districts.len().max(1)];
            Platform {
                id: format!("platform-{i}"),
                name: format!("Wijkplatform {i}"),
                district: district.id.clone(),
                status: PlatformStatus::ALL[i % PlatformStatus::ALL.len()],
                members: Some(Count::exact(10 + i as u64)),
                reach: vec![Reach {
                    description: "bewoners op de mailinglijst".into(),
                    count: Count::exact(600),
                }],
                activities: (0..5)
                    .map(|a| format!("Activiteit {a} van platform {i}"))
                    .collect(),
                challenges: (0..3).map(|a| format!("Uitdaging {a}")).collect(),
                needs: (0..3).map(|a| format!("Behoefte {a}")).collect(),
                log: (0..size.log_entries)
                    .map(|e| LogEntry {
                        date: date + chrono::Days::new(e as u64 * 7),
                        precision: DatePrecision::Dag,
                        text: format!(
                            "Gebeurtenis {e} van platform {i}: een bijeenkomst met bewoners."
                        ),
                        source: Some(source.clone()),
                    })
                    .collect(),
                next_steps: vec![wijkdashboard::model::NextStep::new("Volgende stap")],
                sources: vec![source.clone()],
                ..Platform::default()
            }
        })
        .collect();
    let indicators = (0..size.indicators)
        .map(|i| Indicator {
            id: format!("indicator-{i}"),
            name: format!("Indicator {i}"),
            unit: Unit::Percent,
            direction: if i % 2 == 0 {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            },
            ambition: u8::try_from(i % 5 + 1).ok(),
            district: districts.first().map(|d| d.id.clone()).unwrap_or_default(),
            values: (0..size.years)
                .map(|y| IndicatorValue {
                    year: 1995 + i32::try_from(y).unwrap_or(0),
                    district: Some(wijkdashboard::model::format::convert::index_f64(
                        (i * 7 + y * 3) % 100,
                    )),
                    utrecht: Some(wijkdashboard::model::format::convert::index_f64(
                        (i * 5 + y * 2) % 100,
                    )),
                    source: source.clone(),
                    year_from_report: false,
                })
                .collect(),
            target: None,
            comparison: String::new(),
        })
        .collect();
    let mut ambitions: Vec<Ambition> = base.ambitions.clone();
    for ambition in &mut ambitions {
        ambition.goals = (0..3)
            .map(|g| Goal {
                id: format!("doel-{}-{g}", ambition.id),
                name: format!("Doel {g} van ambitie {}", ambition.id),
                source: source.clone(),
            })
            .collect();
    }
    let partners: Vec<Partner> = (0..200)
        .map(|p| Partner {
            id: format!("partner-{p}"),
            name: format!("Partner {p}"),
        })
        .collect();
    let interventions = (0..size.interventions)
        .map(|i| {
            let ambition = u8::try_from(i % 5 + 1).unwrap_or(1);
            let year = 2019 + i32::try_from(i % 8).unwrap_or(0);
            let text = format!("Q{} {year} – {}", i % 4 + 1, year + 2);
            Intervention {
                id: format!("interventie-{i}"),
                name: format!("Interventie {i}"),
                ambition,
                goals: vec![format!("doel-{ambition}-{}", i % 3)],
                partners: vec![
                    format!("partner-{}", i % 200),
                    format!("partner-{}", (i + 7) % 200),
                ],
                status: InterventionStatus::ALL[i % InterventionStatus::ALL.len()],
                period: Period::from_text(&text).unwrap_or_default(),
                description: format!("Wat interventie {i} doet, in een paar zinnen voor de raad."),
                funding: vec![MoneySource::ALL[i % MoneySource::ALL.len()]],
                next_steps: vec![wijkdashboard::model::NextStep::new(format!(
                    "Volgende stap van interventie {i}"
                ))],
                sources: vec![source.clone()],
                ..Intervention::default()
            }
        })
        .collect();
    Dataset {
        title: "Stresstest (synthetisch)".into(),
        districts,
        platforms,
        indicators,
        ambitions,
        partners,
        interventions,
        ..base.clone()
    }
}
