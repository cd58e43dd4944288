use serde::{Deserialize, Serialize};

use super::{
    Boundary, Budget, Buurtaanpak, Count, District, Goal, Indicator, Intervention, Partner,
    Platform, Scenario, ScenarioComparison, SourceDocument, SourceRef, lineage::Lineage,
};

/// The schema version this build writes. Older files are migrated on load.
pub const CURRENT_SCHEMA_VERSION: u32 = 9;

/// Everything the wijkmanager keeps in one file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of the file layout; see `store::migrate`.
    pub schema_version: u32,
    /// Name of the dataset, shown in the window title.
    pub title: String,
    /// The documents the figures come from.
    pub sources: Vec<SourceDocument>,
    /// The wijken of the city.
    pub districts: Vec<District>,
    /// The wijkplatforms; each refers to its wijk by id.
    pub platforms: Vec<Platform>,
    /// The ambitions of Samen voor Overvecht.
    pub ambitions: Vec<Ambition>,
    /// Monitor indicators, each for one wijk against the Utrecht average.
    pub indicators: Vec<Indicator>,
    /// Other figures: reach of approaches, housing targets, survey results.
    pub key_figures: Vec<KeyFigure>,
    /// The organisations that carry the interventions (schema 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// The buurtaanpakken of Overvecht (schema 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buurtaanpakken: Vec<Buurtaanpak>,
    /// What the programme does, per ambition (schema 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interventions: Vec<Intervention>,
    /// The beoordelingskader: the criteria interventions are scored on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<super::Criterion>,
    /// The programme budget.
    pub budget: Budget,
    /// Which presentation slides are shown, in which order (ids of slides).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slides: Vec<SlideChoice>,
    /// The boundaries of the wijken, imported from an official map
    /// (schema version 3); empty: the tile map is shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boundaries: Vec<Boundary>,
    /// Budget scenarios (schema version 4); the seeds give none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<Scenario>,
    /// The scenarios compared side by side (schema version 4).
    #[serde(default, skip_serializing_if = "ScenarioComparison::is_unset")]
    pub comparison: ScenarioComparison,
    /// Where the file comes from: its document id and last saved versions
    /// (schema version 6), for merging copies. Not part of what changed.
    #[serde(default, skip_serializing_if = "Lineage::is_empty")]
    pub lineage: Lineage,
}

/// One entry of the chosen presentation slides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlideChoice {
    /// Stable slide id: `"overzicht"`, `"wijk:WK034403"`, `"indicatoren"`, `"budget"`.
    pub id: String,
    /// Whether the slide is shown.
    pub shown: bool,
    /// The speaker notes: shown only in the presenter view, never on the
    /// audience's screen, in a picture or in the hand-out (schema version 6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Dataset {
    /// The district with this id.
    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|district| district.id == id)
    }

    /// The platforms of a district, in file order, with their index.
    pub fn platforms_of<'a>(
        &'a self,
        district_id: &'a str,
    ) -> impl Iterator<Item = (usize, &'a Platform)> + 'a {
        self.platforms
            .iter()
            .enumerate()
            .filter(move |(_, platform)| platform.district == district_id)
    }

    /// The status that colours a wijk: the most hopeful status of its
    /// platforms (actief before in opbouw before verkennend …), `None` without one.
    pub fn district_status(&self, district_id: &str) -> Option<super::PlatformStatus> {
        self.platforms_of(district_id)
            .map(|(_, platform)| platform.status)
            .min()
    }

    /// Calls `f` on every source reference in the register, wherever a
    /// figure or a statement carries one.
    pub fn each_source_mut(&mut self, mut f: impl FnMut(&mut SourceRef)) {
        for district in &mut self.districts {
            district.sources.iter_mut().for_each(&mut f);
            district
                .log
                .iter_mut()
                .filter_map(|e| e.source.as_mut())
                .for_each(&mut f);
        }
        for platform in &mut self.platforms {
            platform.sources.iter_mut().for_each(&mut f);
            platform
                .log
                .iter_mut()
                .filter_map(|e| e.source.as_mut())
                .for_each(&mut f);
        }
        for ambition in &mut self.ambitions {
            f(&mut ambition.source);
            ambition.introduction_source.iter_mut().for_each(&mut f);
            ambition.goals.iter_mut().for_each(|g| f(&mut g.source));
        }
        for approach in &mut self.buurtaanpakken {
            f(&mut approach.source);
        }
        for intervention in &mut self.interventions {
            intervention.sources.iter_mut().for_each(&mut f);
            intervention
                .log
                .iter_mut()
                .filter_map(|e| e.source.as_mut())
                .for_each(&mut f);
        }
        self.criteria
            .iter_mut()
            .filter_map(|c| c.source.as_mut())
            .for_each(&mut f);
        for indicator in &mut self.indicators {
            indicator.values.iter_mut().for_each(|v| f(&mut v.source));
            if let Some(target) = indicator.target.as_mut() {
                f(&mut target.source);
            }
        }
        for figure in &mut self.key_figures {
            f(&mut figure.source);
        }
        let budget = &mut self.budget;
        f(&mut budget.structural_source);
        budget
            .structural_changes
            .iter_mut()
            .for_each(|c| f(&mut c.source));
        budget.incidental.iter_mut().for_each(|i| f(&mut i.source));
        f(&mut budget.platform_support_source);
        for boundary in &mut self.boundaries {
            f(&mut boundary.source);
        }
    }

    /// The imported boundary of a wijk, if any.
    pub fn boundary(&self, district_id: &str) -> Option<&Boundary> {
        self.boundaries.iter().find(|b| b.district == district_id)
    }

    /// The short name of an ambition by number ("Jeugd"), or "ambitie 6"
    /// for one the data does not have.
    pub fn ambition_short(&self, id: u8) -> String {
        self.ambitions
            .iter()
            .find(|ambition| ambition.id == id)
            .map_or_else(|| format!("ambitie {id}"), |a| a.short().to_owned())
    }

    /// The name of an ambition by number, or "onbekend".
    pub fn ambition_name(&self, id: u8) -> &str {
        self.ambitions
            .iter()
            .find(|ambition| ambition.id == id)
            .map_or("onbekende ambitie", |ambition| ambition.name.as_str())
    }
}

/// One of the five ambitions of Samen voor Overvecht.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambition {
    /// Number 1–5, as in the council letter.
    pub id: u8,
    /// Name of the ambition.
    pub name: String,
    /// A word or two of the name, for charts and narrow tables ("Jeugd";
    /// schema version 5). Empty: the name is used.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// Where it is named.
    pub source: SourceRef,
    /// What the ambition is about: the opening paragraph of its section in
    /// the Bijlage Voortgang (schema 7).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub introduction: String,
    /// Where the introduction comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction_source: Option<SourceRef>,
    /// The goals of its ambitiestrategie; empty while the strategy is
    /// being worked out (schema 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
}

impl Ambition {
    /// The short name, or the name where there is none.
    pub fn short(&self) -> &str {
        if self.short_name.trim().is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}

impl KeyFigure {
    /// When, as the source words it: its period ("2e halfjaar 2024"), its
    /// year, or "jaar niet genoemd (bron uit 2025)" where the source names none.
    pub fn when_text(&self) -> String {
        if self.period.trim().is_empty() {
            super::format::stated_year(self.year, self.year_from_report)
        } else {
            self.period.trim().to_owned()
        }
    }
}

/// What kind of key figure this is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeyFigureCategory {
    /// People reached by an approach (outreach).
    #[default]
    Bereik,
    /// Housing: targets and projects.
    Wonen,
    /// Participation: surveys, meetings.
    Participatie,
}

/// A counted figure that is not a time series: "zo'n 400 mensen bereikt".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    /// Stable id.
    pub id: String,
    /// What was counted, e.g. "HOOP in Overvecht: mensen bereikt".
    pub label: String,
    /// The figure.
    pub count: Count,
    /// The unit noun, e.g. "mensen", "woningen".
    pub unit: String,
    /// The year (or the report's year where the text gives none).
    pub year: i32,
    /// The period as the source words it, e.g. "2e halfjaar 2024".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub period: String,
    /// The source names no year: `year` is the year of its report, and the
    /// documents say so (schema 7).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub year_from_report: bool,
    /// The wijk it belongs to.
    pub district: String,
    /// The ambition it belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambition: Option<u8>,
    /// Kind of figure.
    pub category: KeyFigureCategory,
    /// Where it comes from.
    pub source: SourceRef,
}
