use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Count, SourceRef};

/// The state of a wijkplatform.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum PlatformStatus {
    /// Working and organising.
    #[default]
    Actief,
    /// Being set up.
    InOpbouw,
    /// Only exploratory talks.
    Verkennend,
    /// Announced to stop.
    Stopt,
    /// Dissolved.
    Opgeheven,
}

impl PlatformStatus {
    /// All statuses, in legend order.
    pub const ALL: [Self; 5] = [
        Self::Actief,
        Self::InOpbouw,
        Self::Verkennend,
        Self::Stopt,
        Self::Opgeheven,
    ];

    /// Dutch label for the UI.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Actief => "actief",
            Self::InOpbouw => "in opbouw",
            Self::Verkennend => "verkennend",
            Self::Stopt => "stopt",
            Self::Opgeheven => "opgeheven",
        }
    }
}

/// The legal form of a platform.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalForm {
    /// Not given in the sources.
    #[default]
    Onbekend,
    /// An association (vereniging).
    Vereniging,
    /// An association being founded.
    VerenigingInOprichting,
    /// A foundation (stichting).
    Stichting,
    /// A cooperative (wijkcoöperatie).
    Cooperatie,
    /// An informal residents' initiative.
    Bewonersinitiatief,
}

impl LegalForm {
    /// All forms, for a choice in the UI.
    pub const ALL: [Self; 6] = [
        Self::Onbekend,
        Self::Vereniging,
        Self::VerenigingInOprichting,
        Self::Stichting,
        Self::Cooperatie,
        Self::Bewonersinitiatief,
    ];

    /// Dutch label.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Onbekend => "onbekend",
            Self::Vereniging => "vereniging",
            Self::VerenigingInOprichting => "vereniging in oprichting",
            Self::Stichting => "stichting",
            Self::Cooperatie => "wijkcoöperatie",
            Self::Bewonersinitiatief => "bewonersinitiatief",
        }
    }
}

/// A reach figure: "mailinglijst met ongeveer 600 bewoners".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    /// Who or what is reached, e.g. "bewoners op de mailinglijst".
    pub description: String,
    /// How many.
    pub count: Count,
}

/// How a platform is funded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// Whether it receives the standard ondersteuningsbudget (`None`: not known).
    #[serde(default)]
    pub support_budget: Option<bool>,
    /// Whether it uses the Initiatievenfonds (`None`: not known).
    #[serde(default)]
    pub initiatives_fund: Option<bool>,
    /// Free text about the funding.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A contact person. Personal data (AVG): never shown in presentation mode.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Role, e.g. "voorzitter".
    pub role: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Phone number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

impl Contact {
    /// Name, role, e-mail and phone, the empty ones left out: "Jansje, voorzitter, jansje@…".
    pub fn summary(&self) -> String {
        [
            self.name.as_str(),
            self.role.as_str(),
            self.email.as_str(),
            self.phone.as_str(),
        ]
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// How precise a log date is: the sources often give only a month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatePrecision {
    /// The exact day.
    #[default]
    Dag,
    /// Only the month (stored as the 1st).
    Maand,
    /// Only the year (stored as 1 January).
    Jaar,
    /// The beginning of a year, "begin 2024" (stored as 1 January; schema 7).
    BeginJaar,
    /// The end of a year, "eind 2023" (stored as 1 December; schema 7).
    EindJaar,
    /// The end of a month, "eind juli 2024" (stored as its 1st; schema 7).
    EindMaand,
}

impl DatePrecision {
    /// Every precision, in the order of the choice.
    pub const ALL: [Self; 6] = [
        Self::Dag,
        Self::Maand,
        Self::EindMaand,
        Self::BeginJaar,
        Self::Jaar,
        Self::EindJaar,
    ];

    /// Dutch label for the choice.
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Dag => "dag",
            Self::Maand => "maand",
            Self::EindMaand => "eind van de maand",
            Self::BeginJaar => "begin van het jaar",
            Self::Jaar => "jaar",
            Self::EindJaar => "eind van het jaar",
        }
    }
}

/// A dated event in a platform's or wijk's history.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    /// The date (see `precision`).
    pub date: NaiveDate,
    /// How precise the date is.
    #[serde(default)]
    pub precision: DatePrecision,
    /// What happened.
    pub text: String,
    /// Where it comes from (`None` for the user's own entries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

impl LogEntry {
    /// A log date as precise as the source: "10 juni 2024", "juni 2024", "2024".
    pub fn date_text(&self) -> String {
        let month = super::format::month_name(self.date.month0());
        match self.precision {
            DatePrecision::Dag => format!("{} {month} {}", self.date.day(), self.date.year()),
            DatePrecision::Maand => format!("{month} {}", self.date.year()),
            DatePrecision::Jaar => self.date.year().to_string(),
            DatePrecision::BeginJaar => format!("begin {}", self.date.year()),
            DatePrecision::EindJaar => format!("eind {}", self.date.year()),
            DatePrecision::EindMaand => format!("eind {month} {}", self.date.year()),
        }
    }
}

/// A wijkplatform: a residents' platform in a wijk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    /// Stable id, e.g. `"wijkplatform-overvecht"`.
    pub id: String,
    /// Name, e.g. "Wijkplatform Overvecht".
    pub name: String,
    /// Id of the wijk it belongs to.
    pub district: String,
    /// Buurten it covers (empty: the whole wijk).
    #[serde(default)]
    pub neighbourhoods: Vec<String>,
    /// Legal form.
    pub legal_form: LegalForm,
    /// State of the platform.
    pub status: PlatformStatus,
    /// Number of members, if known.
    #[serde(default)]
    pub members: Option<Count>,
    /// Reach figures: mailing lists, newsletters, visitors.
    #[serde(default)]
    pub reach: Vec<Reach>,
    /// What it organises.
    #[serde(default)]
    pub activities: Vec<String>,
    /// Its challenges.
    #[serde(default)]
    pub challenges: Vec<String>,
    /// Its support needs and wishes.
    #[serde(default)]
    pub needs: Vec<String>,
    /// Its funding.
    #[serde(default)]
    pub funding: Funding,
    /// Contact persons (personal data).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Dated events, oldest first.
    #[serde(default)]
    pub log: Vec<LogEntry>,
    /// Agreed next steps.
    #[serde(default)]
    pub next_steps: Vec<crate::model::NextStep>,
    /// Where the facts come from.
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

impl Platform {
    /// A new, empty platform in a wijk, as the user adds one.
    pub fn new_in(district: &str, id: String, name: String) -> Self {
        Self {
            id,
            name,
            district: district.to_owned(),
            status: PlatformStatus::InOpbouw,
            ..Self::default()
        }
    }
}
