//! Migrations of older schema versions to the current one.
//!
//! Version 3 adds the boundaries of the wijken (`boundaries`), version 4
//! the budget scenarios (`scenarios`), version 5 the source of each
//! boundary (`boundaries[…].source`) and the ambitions' short names
//! (`ambitions[…].short_name`), version 6 the lineage (`lineage`: the
//! document id and its last saved versions) and the speaker notes
//! (`slides[…].notes`); all are empty in older files.
//!
//! Version 7 keeps apart what the council reads and what is a remark for the
//! user: a source's remark ("geen jaartal genoemd; jaar van de raadsbrief")
//! moves from its section into `note`, a year the source does not state is
//! marked (`year_from_report`), an indicator compared with another group
//! than the Utrecht average names it (`comparison`), and incidental money
//! is one amount for its period (`per_year`: the user's own split, empty).
//!
//! Version 8 adds the beoordelingskader (`criteria`, the letter's two
//! pillars by default) and the scores. Version 9 gives a next step a date
//! and who takes it (`next_steps[…]`: `text`, `due`, `who`); a step of an
//! older file is its text only and still reads as such (see
//! `model::NextStep`), with no date and no who.
//!
//! Version 1 kept a single structural cut in the budget (`cut_eur`,
//! `cut_from_year`, `cut_source`) and had no slide choice. Version 2 keeps a
//! list of structural changes, so that a later cut or an increase can be added.

use serde::Deserialize;

use crate::model::{
    Allocation, Ambition, Budget, CURRENT_SCHEMA_VERSION, Dataset, District, IncidentalFunding,
    Indicator, KeyFigure, Platform, SourceDocument, SourceRef, StructuralChange,
};

/// The budget as schema version 1 stored it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BudgetV1 {
    programme: String,
    first_year: i32,
    last_year: i32,
    structural_eur: i64,
    structural_source: SourceRef,
    /// The yearly cut as a positive amount; 0 for none.
    cut_eur: i64,
    cut_from_year: i32,
    cut_source: SourceRef,
    incidental: Vec<IncidentalFunding>,
    #[serde(default)]
    allocations: Vec<Allocation>,
    platform_support_eur: i64,
    platform_support_source: SourceRef,
}

/// A dataset as schema version 1 stored it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DatasetV1 {
    /// Always 1; read so that the field is not unknown.
    #[serde(rename = "schema_version")]
    _schema_version: u32,
    title: String,
    sources: Vec<SourceDocument>,
    districts: Vec<District>,
    platforms: Vec<Platform>,
    ambitions: Vec<Ambition>,
    indicators: Vec<Indicator>,
    key_figures: Vec<KeyFigure>,
    budget: BudgetV1,
}

/// Version 2 to 5 → current: the layout is the same, with the fields later
/// versions added left empty (3 added `boundaries`, 4 `scenarios`, 5 the
/// boundaries' `source`, 6 the `lineage`).
pub(crate) fn upgrade(mut data: Dataset, from: u32) -> Dataset {
    if from < 3 {
        data.boundaries.clear();
    }
    if from < 4 {
        data.scenarios.clear();
        data.comparison = crate::model::ScenarioComparison::default();
    }
    if from < 5 {
        for boundary in &mut data.boundaries {
            boundary.source = SourceRef::default();
        }
        for ambition in &mut data.ambitions {
            ambition.short_name.clear();
        }
    }
    if from < 6 {
        data.lineage = crate::model::Lineage::default();
        for slide in &mut data.slides {
            slide.notes.clear();
        }
    }
    if from < 7 {
        to_v7(&mut data);
    }
    if from < 8 && data.criteria.is_empty() {
        data.criteria = letter_criteria();
    }
    data.schema_version = CURRENT_SCHEMA_VERSION;
    data
}

/// Version 8's beoordelingskader by default: the letter's two pillars, as
/// the shipped file has them (one place: that file).
fn letter_criteria() -> Vec<crate::model::Criterion> {
    crate::store::default_dataset()
        .map(|shipped| shipped.criteria)
        .unwrap_or_default()
}

/// What version 7 reads apart from the texts of older files.
fn to_v7(data: &mut Dataset) {
    data.each_source_mut(|source| {
        if !source.document.is_empty() && source.note.is_empty() {
            let (section, note) = split_remark(&source.section);
            source.section = section;
            // Version 6 split the Regiodeal evenly and said so; nothing is
            // split now, so that remark would no longer be true.
            source.note = note.replace(", hier gelijk verdeeld", "");
        }
    });
    for document in &mut data.sources {
        if document.note.is_empty() {
            let (date, note) = split_remark(&document.date);
            document.date = date;
            document.note = note;
        }
    }
    for indicator in &mut data.indicators {
        for value in &mut indicator.values {
            value.year_from_report |= names_no_year(&value.source.note);
        }
        let other_wijken = indicator
            .values
            .iter()
            .any(|v| v.source.note.contains("gemiddelde van de andere wijken"));
        if other_wijken && indicator.comparison.is_empty() {
            indicator.comparison = "gemiddelde van de andere wijken".to_owned();
        }
    }
    for figure in &mut data.key_figures {
        if names_no_year(&figure.period) || names_no_year(&figure.source.note) {
            figure.year_from_report = true;
            if names_no_year(&figure.period) {
                figure.period.clear();
            }
        }
    }
}

/// "Monitorrapportage (geen jaartal genoemd)" → ("Monitorrapportage",
/// "geen jaartal genoemd"): a closing remark in brackets split off; a text
/// without one stays whole.
pub(crate) fn split_remark(text: &str) -> (String, String) {
    let trimmed = text.trim();
    if !trimmed.ends_with(')') {
        return (trimmed.to_owned(), String::new());
    }
    // Find the bracket that opens the closing remark.
    let mut depth = 0_i32;
    for (at, character) in trimmed.char_indices().rev() {
        match character {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    let head = trimmed[..at].trim_end();
                    let remark = &trimmed[at + 1..trimmed.len() - 1];
                    if head.is_empty() {
                        return (trimmed.to_owned(), String::new());
                    }
                    return (head.to_owned(), remark.trim().to_owned());
                }
            }
            _ => {}
        }
    }
    (trimmed.to_owned(), String::new())
}

/// Whether a remark says the source names no year.
fn names_no_year(text: &str) -> bool {
    text.contains("geen jaartal genoemd") || text.contains("jaartal niet genoemd")
}

/// Version 1 → 2 (and on to the current version): the single cut becomes
/// the first structural change.
pub(crate) fn v1_to_v2(old: DatasetV1) -> Dataset {
    let budget = old.budget;
    let structural_changes = if budget.cut_eur == 0 {
        Vec::new()
    } else {
        vec![StructuralChange {
            from_year: budget.cut_from_year,
            amount_eur: -budget.cut_eur,
            description: "structurele bezuiniging".to_owned(),
            source: budget.cut_source,
        }]
    };
    Dataset {
        schema_version: CURRENT_SCHEMA_VERSION,
        title: old.title,
        sources: old.sources,
        districts: old.districts,
        platforms: old.platforms,
        ambitions: old.ambitions,
        indicators: old.indicators,
        key_figures: old.key_figures,
        partners: Vec::new(),
        buurtaanpakken: Vec::new(),
        interventions: Vec::new(),
        criteria: letter_criteria(),
        budget: Budget {
            programme: budget.programme,
            first_year: budget.first_year,
            last_year: budget.last_year,
            structural_eur: budget.structural_eur,
            structural_source: budget.structural_source,
            structural_changes,
            incidental: budget.incidental,
            allocations: budget.allocations,
            platform_support_eur: budget.platform_support_eur,
            platform_support_source: budget.platform_support_source,
        },
        slides: Vec::new(),
        boundaries: Vec::new(),
        scenarios: Vec::new(),
        comparison: crate::model::ScenarioComparison::default(),
        lineage: crate::model::Lineage::default(),
    }
}
