//! An intervention (interventie of aanpak) of Samen voor Overvecht: what
//! the programme does under an ambition, with whom, where, how far it is,
//! what it achieved and where its money comes from.

use serde::{Deserialize, Serialize};

use super::Period;
use crate::model::{LogEntry, SourceRef, YearAmount};

/// How far an intervention is, in the words of the Bijlage Voortgang.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum InterventionStatus {
    /// Being explored: a feasibility study, a first talk.
    Verkenning,
    /// Being prepared: a design, a plan, a start date.
    Voorbereiding,
    /// Running.
    InUitvoering,
    /// A pilot: running to learn, or evaluated.
    Pilot,
    /// Finished or delivered.
    Afgerond,
    /// Stopped.
    Gestopt,
    /// The source says nothing of how far it is.
    #[default]
    NietGenoemd,
}

impl InterventionStatus {
    /// Every status, in the order of the work.
    pub const ALL: [Self; 7] = [
        Self::Verkenning,
        Self::Voorbereiding,
        Self::InUitvoering,
        Self::Pilot,
        Self::Afgerond,
        Self::Gestopt,
        Self::NietGenoemd,
    ];

    /// The status in Dutch, as in a sentence: "in uitvoering".
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Verkenning => "verkenning",
            Self::Voorbereiding => "voorbereiding",
            Self::InUitvoering => "in uitvoering",
            Self::Pilot => "pilot",
            Self::Afgerond => "afgerond of opgeleverd",
            Self::Gestopt => "gestopt",
            Self::NietGenoemd => "status niet genoemd",
        }
    }

    /// Whether the work goes on today (its bar on the timeline runs to
    /// today when the words give no end).
    pub fn is_running(self) -> bool {
        matches!(self, Self::InUitvoering | Self::Pilot)
    }
}

/// Where an intervention's money comes from.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum MoneySource {
    /// The structural money of Samen voor Overvecht.
    #[default]
    SvoStructureel,
    /// The Regiodeal (Rijk), incidental.
    Regiodeal,
    /// SPUK Kansrijke Wijk (Rijk), incidental.
    SpukKansrijkeWijk,
    /// The Initiatievenfonds.
    Initiatievenfonds,
    /// The partners' own money.
    Partners,
    /// Money from elsewhere: a fund, sponsors, a subsidy.
    Overig,
}

impl MoneySource {
    /// Every source.
    pub const ALL: [Self; 6] = [
        Self::SvoStructureel,
        Self::Regiodeal,
        Self::SpukKansrijkeWijk,
        Self::Initiatievenfonds,
        Self::Partners,
        Self::Overig,
    ];

    /// The source in Dutch.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::SvoStructureel => "SvO structureel",
            Self::Regiodeal => "Regiodeal",
            Self::SpukKansrijkeWijk => "SPUK Kansrijke Wijk",
            Self::Initiatievenfonds => "Initiatievenfonds",
            Self::Partners => "partners",
            Self::Overig => "overig",
        }
    }
}

/// Where in Overvecht an intervention works.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum InterventionArea {
    /// All of Overvecht.
    #[default]
    Overvecht,
    /// One of the buurtaanpakken, by id.
    Buurtaanpak(String),
    /// A buurt or place, by name ("Overvecht Centrum").
    Buurt(String),
}

/// What the programme does: an intervention or approach under an ambition.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intervention {
    /// Stable id.
    pub id: String,
    /// Its name: "Jongerenpunt".
    pub name: String,
    /// The ambition it serves, by number.
    pub ambition: u8,
    /// The goals of the ambition's strategy it serves, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    /// Where it works.
    #[serde(default)]
    pub area: InterventionArea,
    /// The organisations that carry it, by partner id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// How far it is.
    #[serde(default)]
    pub status: InterventionStatus,
    /// When, as the source words it.
    #[serde(default)]
    pub period: Period,
    /// What it is, in a few sentences.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Its results: key figures, by id (linked, not copied).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<String>,
    /// Where the money comes from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<MoneySource>,
    /// What the source says of the money ("extra SvO-middelen").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub funding_note: String,
    /// The structural SvO money per year, whole euros, where known; a year
    /// that is not here is unknown, never € 0.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<YearAmount>,
    /// What happened, dated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<LogEntry>,
    /// What comes next.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<crate::model::NextStep>,
    /// Its scores on the criteria of the beoordelingskader.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<super::Score>,
    /// Where it is reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
}

impl Intervention {
    /// The amount for `year`, if it is known.
    pub fn amount_in(&self, year: i32) -> Option<i64> {
        self.amounts
            .iter()
            .find(|amount| amount.year == year)
            .map(|amount| amount.amount_eur)
    }

    /// The money sources in Dutch, joined: "SPUK Kansrijke Wijk, partners".
    pub fn funding_text(&self) -> String {
        let mut words: Vec<String> = self
            .funding
            .iter()
            .map(|source| source.label_nl().to_owned())
            .collect();
        if !self.funding_note.trim().is_empty() {
            words.push(self.funding_note.trim().to_owned());
        }
        words.join(", ")
    }
}
