//! The shipped Utrecht dataset: valid, canonical, and every figure traceable to the seeds.

use std::collections::HashMap;

use wijkdashboard::model::format;
use wijkdashboard::model::format::convert::{count_f64, exact_f64};
use wijkdashboard::model::{Dataset, Severity, SourceRef, validate};
use wijkdashboard::store::{self, DEFAULT_DATA_RON};

fn shipped() -> Dataset {
    store::default_dataset().unwrap_or_else(|error| panic!("shipped data does not load: {error}"))
}

/// Whitespace-normalised text of each source document, by id.
fn documents(data: &Dataset) -> HashMap<String, String> {
    data.sources
        .iter()
        .map(|doc| {
            let path = format!("{}/data/sources/{}", env!("CARGO_MANIFEST_DIR"), doc.file);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            (doc.id.clone(), normalise(&text))
        })
        .collect()
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_quoted(docs: &HashMap<String, String>, source: &SourceRef, place: &str) {
    let text = docs
        .get(&source.document)
        .unwrap_or_else(|| panic!("{place}: unknown document '{}'", source.document));
    let quote = normalise(&source.quote);
    assert!(!quote.is_empty(), "{place}: empty quote");
    assert!(
        text.contains(&quote),
        "{place}: quote not in the seed: {quote}"
    );
}

/// A number as the seeds may write it: digits, Dutch decimals, or a word.
fn assert_number_in(quote: &str, value: f64, place: &str) {
    let words = [
        (2.0, "twee"),
        (4.0, "vier"),
        (5.0, "vijf"),
        (6.0, "zes"),
        (20.0, "twintig"),
    ];
    let dutch = format::decimal(value, 1);
    let digits_only: String = quote.chars().filter(|c| c.is_ascii_digit()).collect();
    let plain: String = dutch.chars().filter(|c| c.is_ascii_digit()).collect();
    let found = quote.contains(&dutch)
        || digits_only.contains(&plain) && quote.contains(&plain[..1])
        || words.iter().any(|(n, w)| *n == value && quote.contains(w));
    assert!(
        found,
        "{place}: {dutch} does not appear in its quote: {quote}"
    );
}

#[test]
fn the_shipped_file_loads_and_is_valid() {
    let data = shipped();
    let errors: Vec<_> = validate(&data)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_shipped_file_is_in_the_standard_layout() {
    let data = shipped();
    let written = store::to_ron(&data).expect("serialises");
    assert!(
        written == DEFAULT_DATA_RON,
        "data/utrecht.ron is not canonical; run `cargo run -- format data/utrecht.ron`"
    );
}

#[test]
fn it_has_the_ten_wijken_with_their_cbs_codes() {
    let data = shipped();
    let names: Vec<(&str, &str)> = data
        .districts
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("WK034401", "West"),
            ("WK034402", "Noordwest"),
            ("WK034403", "Overvecht"),
            ("WK034404", "Noordoost"),
            ("WK034405", "Oost"),
            ("WK034406", "Binnenstad"),
            ("WK034407", "Zuid"),
            ("WK034408", "Zuidwest"),
            ("WK034409", "Leidsche Rijn"),
            ("WK034410", "Vleuten-De Meern"),
        ]
    );
    assert_eq!(
        data.platforms_of("WK034407").count(),
        2,
        "Zuid has BOL and Lumineus Lunetten"
    );
    assert_eq!(
        data.platforms_of("WK034410").count(),
        0,
        "Vleuten-De Meern has no platform yet"
    );
    assert_eq!(data.ambitions.len(), 5);
    assert_eq!(data.budget.structural_eur, 4_018_000);
    assert_eq!(data.budget.structural_in_year(2026), Some(3_299_000));
    assert_eq!(data.budget.platform_support_eur, 5_300);
}

#[test]
fn every_quote_is_in_the_seeds() {
    let data = shipped();
    let docs = documents(&data);
    for (i, d) in data.districts.iter().enumerate() {
        for s in &d.sources {
            assert_quoted(&docs, s, &format!("districts[{i}]"));
        }
        for (j, log) in d.log.iter().enumerate() {
            if let Some(s) = &log.source {
                assert_quoted(&docs, s, &format!("districts[{i}].log[{j}]"));
            }
        }
    }
    for (i, p) in data.platforms.iter().enumerate() {
        assert!(!p.sources.is_empty(), "platforms[{i}] has no source");
        for s in &p.sources {
            assert_quoted(&docs, s, &format!("platforms[{i}]"));
        }
        for (j, log) in p.log.iter().enumerate() {
            let s = log
                .source
                .as_ref()
                .unwrap_or_else(|| panic!("platforms[{i}].log[{j}] unsourced"));
            assert_quoted(&docs, s, &format!("platforms[{i}].log[{j}]"));
        }
    }
    for (i, a) in data.ambitions.iter().enumerate() {
        assert_quoted(&docs, &a.source, &format!("ambitions[{i}]"));
    }
    for (i, ind) in data.indicators.iter().enumerate() {
        for (j, v) in ind.values.iter().enumerate() {
            assert_quoted(&docs, &v.source, &format!("indicators[{i}].values[{j}]"));
        }
        if let Some(t) = &ind.target {
            assert_quoted(&docs, &t.source, &format!("indicators[{i}].target"));
        }
    }
    for (i, k) in data.key_figures.iter().enumerate() {
        assert_quoted(&docs, &k.source, &format!("key_figures[{i}]"));
    }
    let b = &data.budget;
    assert_quoted(&docs, &b.structural_source, "budget.structural_source");
    assert_quoted(
        &docs,
        &b.platform_support_source,
        "budget.platform_support_source",
    );
    for (i, c) in b.structural_changes.iter().enumerate() {
        assert_quoted(&docs, &c.source, &format!("budget.structural_changes[{i}]"));
    }
    for (i, f) in b.incidental.iter().enumerate() {
        assert_quoted(&docs, &f.source, &format!("budget.incidental[{i}]"));
    }
}

#[test]
fn every_figure_appears_in_its_own_quote() {
    let data = shipped();
    for (i, ind) in data.indicators.iter().enumerate() {
        for (j, v) in ind.values.iter().enumerate() {
            let place = format!("indicators[{i}].values[{j}]");
            for number in [v.district, v.utrecht].into_iter().flatten() {
                assert_number_in(&v.source.quote, number, &place);
            }
        }
        if let Some(t) = &ind.target {
            assert_number_in(&t.source.quote, t.value, &format!("indicators[{i}].target"));
        }
    }
    for (i, k) in data.key_figures.iter().enumerate() {
        let value = count_f64(k.count.value);
        assert_number_in(&k.source.quote, value, &format!("key_figures[{i}]"));
    }
    for (i, p) in data.platforms.iter().enumerate() {
        let quotes: String = p
            .sources
            .iter()
            .map(|s| s.quote.as_str())
            .collect::<Vec<_>>()
            .join(" | ");
        let counts = p.members.iter().chain(p.reach.iter().map(|r| &r.count));
        for count in counts {
            assert_number_in(&quotes, count_f64(count.value), &format!("platforms[{i}]"));
        }
    }
    let b = &data.budget;
    assert_number_in(
        &b.structural_source.quote,
        exact_f64(b.structural_eur),
        "budget.structural_eur",
    );
    assert_number_in(
        &b.platform_support_source.quote,
        exact_f64(b.platform_support_eur),
        "budget.platform_support_eur",
    );
    for c in &b.structural_changes {
        assert_number_in(
            &c.source.quote,
            exact_f64(c.amount_eur.abs()),
            "budget.structural_changes",
        );
    }
}

#[test]
fn the_shipped_boundaries_are_the_reference_map_imported_and_name_it() {
    let data = shipped();
    let map = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/utrecht-wijken.geojson"
    );
    let geojson = std::fs::read_to_string(map).expect("tests/fixtures/utrecht-wijken.geojson");
    let import = store::parse_map(geojson.as_bytes(), &data.districts).expect("imports");
    let expected = import.boundaries();
    assert_eq!(data.boundaries.len(), 10, "every wijk has its boundary");
    for (shipped, imported) in data.boundaries.iter().zip(&expected) {
        assert_eq!(shipped.district, imported.district);
        assert!(
            shipped.polygons == imported.polygons,
            "{}: the shipped boundary is not the import of the reference map",
            shipped.district
        );
        let source = &shipped.source;
        assert!(
            source.section.contains("open data van de gemeente Utrecht")
                && source
                    .section
                    .contains("tests/fixtures/utrecht-wijken.geojson"),
            "{}: {source:?}",
            shipped.district
        );
        let code = shipped.district.trim_start_matches("WK0344");
        let quoted = format!("\"KODE\": \"{code}\", \"NAAM\": \"{}\"", source.quote);
        assert!(
            geojson.contains(&quoted),
            "{}: {quoted} is not in the map",
            shipped.district
        );
    }
}

#[test]
fn the_short_names_of_the_ambitions_are_words_of_their_names() {
    let data = shipped();
    for ambition in &data.ambitions {
        assert!(!ambition.short_name.is_empty(), "{}", ambition.name);
        assert!(
            ambition
                .name
                .to_lowercase()
                .contains(&ambition.short_name.to_lowercase()),
            "{} is not a part of {}",
            ambition.short_name,
            ambition.name
        );
    }
}

#[test]
fn the_programme_quotes_the_letter_for_every_intervention_goal_and_introduction() {
    let data = shipped();
    let docs = documents(&data);
    for (i, a) in data.ambitions.iter().enumerate() {
        let intro = a
            .introduction_source
            .as_ref()
            .unwrap_or_else(|| panic!("ambitions[{i}] has no introduction"));
        assert_eq!(normalise(&intro.quote), normalise(&a.introduction));
        assert_quoted(&docs, intro, &format!("ambitions[{i}].introduction"));
        for (g, goal) in a.goals.iter().enumerate() {
            assert_quoted(&docs, &goal.source, &format!("ambitions[{i}].goals[{g}]"));
        }
    }
    for (i, b) in data.buurtaanpakken.iter().enumerate() {
        assert_quoted(&docs, &b.source, &format!("buurtaanpakken[{i}]"));
    }
    for (i, intervention) in data.interventions.iter().enumerate() {
        assert!(
            !intervention.sources.is_empty(),
            "interventions[{i}] has no source"
        );
        for s in &intervention.sources {
            assert_quoted(&docs, s, &format!("interventions[{i}]"));
            assert!(s.section.starts_with("Ambitie "), "{}", s.section);
        }
        for (j, log) in intervention.log.iter().enumerate() {
            let s = log
                .source
                .as_ref()
                .expect("a shipped log line has a source");
            assert_quoted(&docs, s, &format!("interventions[{i}].log[{j}]"));
        }
        // The letter gives no amount per intervention: there is none.
        assert!(intervention.amounts.is_empty(), "interventions[{i}]");
    }
}

#[test]
fn every_intervention_the_issue_names_is_under_its_own_ambition() {
    let data = shipped();
    let expected: [(&str, u8); 31] = [
        ("De Mix", 1),
        ("Ivoordreef", 1),
        ("Taagdreef", 1),
        ("Amazonekwartier", 1),
        ("Groene Lint", 1),
        ("Park de Watertoren", 1),
        ("Anders toewijzen", 1),
        ("Zambesibuurt", 1),
        ("THEMAdreven", 1),
        ("3S-dreven", 1),
        ("Omgevingsvisie", 1),
        ("Masterplan Overvecht Centrum", 1),
        ("VO-school", 1),
        ("OKé", 2),
        ("Familieschool", 2),
        ("Geheime Schrijfschool", 2),
        ("Jongerenpunt", 2),
        ("Vroegsignalering", 3),
        ("garageboxen", 3),
        ("Vreedzaam", 3),
        ("Gezondheidscentrum Amazone", 4),
        ("Weggeefbus", 4),
        ("Speel Mee", 4),
        ("Buren Helpen Buren", 4),
        ("Buurtmaaltijden", 4),
        ("HOOP in Overvecht", 4),
        ("Sociaal renoveren", 4),
        ("Bewonersverbinders", 4),
        ("Werkwinkel", 5),
        ("Pozitive", 5),
        ("Taalalliantie", 5),
    ];
    for (name, ambition) in expected {
        let found = data
            .interventions
            .iter()
            .find(|i| i.name == name)
            .or_else(|| data.interventions.iter().find(|i| i.name.contains(name)))
            .unwrap_or_else(|| panic!("no intervention named {name}"));
        assert_eq!(found.ambition, ambition, "{name}");
    }
    for name in ["Ondernemersloket", "03Office", "DOK030"] {
        assert!(
            data.interventions
                .iter()
                .any(|i| i.name.contains(name) && i.ambition == 5),
            "{name}"
        );
    }
    // Only the goals of Veilige buurten are in the letter; the others are
    // being worked out and stay empty.
    let goals: Vec<usize> = data.ambitions.iter().map(|a| a.goals.len()).collect();
    assert_eq!(goals, [0, 0, 3, 0, 0]);
    // DOCK is one partner across its interventions.
    let dock = data
        .interventions
        .iter()
        .filter(|i| i.partners.iter().any(|p| p == "dock"))
        .count();
    assert!(dock >= 5, "{dock}");
}
