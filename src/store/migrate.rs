//! Migrations of older schema versions to the current one.
//!
//! Version 3 adds the boundaries of the wijken (`boundaries`), version 4
//! the budget scenarios (`scenarios`), version 5 the source of each
//! boundary (`boundaries[…].source`) and the ambitions' short names
//! (`ambitions[…].short_name`), version 6 the lineage (`lineage`: the
//! document id and its last saved versions) and the speaker notes
//! (`slides[…].notes`); all are empty in older files.
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
    data.schema_version = CURRENT_SCHEMA_VERSION;
    data
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
