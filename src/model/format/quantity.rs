use serde::{Deserialize, Serialize};

/// How exact a counted figure is, as the source words it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Qualifier {
    /// The figure as given.
    #[default]
    Exact,
    /// "ongeveer", "zo'n", "ca.".
    About,
    /// "ruim", "meer dan".
    MoreThan,
    /// "bijna".
    Nearly,
    /// "tenminste", "minimaal".
    AtLeast,
}

impl Qualifier {
    /// The Dutch word put before the number ("" for exact).
    pub fn label_nl(self) -> &'static str {
        match self {
            Self::Exact => "",
            Self::About => "ongeveer",
            Self::MoreThan => "ruim",
            Self::Nearly => "bijna",
            Self::AtLeast => "minstens",
        }
    }

    /// All qualifiers, for a choice in the UI.
    pub const ALL: [Self; 5] = [
        Self::Exact,
        Self::About,
        Self::MoreThan,
        Self::Nearly,
        Self::AtLeast,
    ];
}

/// A counted figure such as "bijna 200 leden" or "50 tot 60 bewoners".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    /// The number (the lower bound of a range).
    pub value: u64,
    /// The upper bound when the source gives a range ("50 tot 60").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<u64>,
    /// How exact the number is.
    #[serde(default)]
    pub qualifier: Qualifier,
}

impl Count {
    /// An exact count.
    pub fn exact(value: u64) -> Self {
        Self {
            value,
            up_to: None,
            qualifier: Qualifier::Exact,
        }
    }
}
