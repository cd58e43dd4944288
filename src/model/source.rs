use serde::{Deserialize, Serialize};

/// A source document the dataset's figures come from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// Short stable id used by [`SourceRef::document`], e.g. `"bijlage1"`.
    pub id: String,
    /// Title of the document.
    pub title: String,
    /// When it was written, as the document says (e.g. "najaar 2024").
    pub date: String,
    /// The year of the report, used where the text gives no year for a value.
    pub year: i32,
    /// File name of the document in the seeds, for tracing.
    pub file: String,
    /// How the date was found ("de laatste maand die de tekst noemt"):
    /// shown in the app, never in a document for the council (schema 7).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Where a value comes from: a document and a short quote or section name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Id of a [`SourceDocument`].
    pub document: String,
    /// Section or paragraph name in the document.
    pub section: String,
    /// A short literal quote that contains the figure.
    pub quote: String,
    /// How the figure was read from the source ("geen jaartal genoemd;
    /// jaar van de raadsbrief"): a remark for the user, beside the figure
    /// in the app, never in a document for the council (schema 7).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl SourceRef {
    /// What a value typed in the app has for a source until the user names one.
    const USER_ENTERED: &'static str = "ingevoerd door de gebruiker";

    /// A source entered by the user in the app.
    pub fn user_entered() -> Self {
        Self {
            section: Self::USER_ENTERED.to_owned(),
            ..Self::default()
        }
    }

    /// The source the user typed for a value of their own ("CBS, Kerncijfers
    /// wijken en buurten 2024"); empty: entered by the user.
    pub fn typed(text: &str) -> Self {
        match text.trim() {
            "" => Self::user_entered(),
            text => Self {
                section: text.to_owned(),
                ..Self::default()
            },
        }
    }

    /// Whether the user gave this source (it names no source document).
    pub fn is_the_users(&self) -> bool {
        self.document.is_empty()
    }

    /// The text the user typed as the source, if any.
    pub fn users_text(&self) -> &str {
        if self.section == Self::USER_ENTERED {
            ""
        } else {
            &self.section
        }
    }

    /// The document and section, without the quote: what fits in a table
    /// cell ("Raadsbrief …, Monitor").
    pub fn short_describe(&self, documents: &[SourceDocument]) -> String {
        Self {
            quote: String::new(),
            ..self.clone()
        }
        .describe(documents)
    }

    /// Whether nothing is known of the source.
    pub fn is_empty(&self) -> bool {
        self.document.is_empty() && self.section.is_empty() && self.quote.is_empty()
    }

    /// One line for a tooltip: "Bijlage 1, Overvecht: “…”".
    pub fn describe(&self, documents: &[SourceDocument]) -> String {
        let title = documents
            .iter()
            .find(|doc| doc.id == self.document)
            .map_or(self.document.as_str(), |doc| doc.title.as_str());
        let mut text = String::new();
        if !title.is_empty() {
            text.push_str(title);
        }
        if !self.section.is_empty() {
            if !text.is_empty() {
                text.push_str(", ");
            }
            text.push_str(&self.section);
        }
        if !self.note.is_empty() {
            text.push_str(&format!(" ({})", self.note));
        }
        if !self.quote.is_empty() {
            text.push_str(&format!(": “{}”", self.quote));
        }
        text
    }

    /// The document and section as the council reads them: without the
    /// quote and without the remark for the user.
    pub fn council_describe(&self, documents: &[SourceDocument]) -> String {
        Self {
            quote: String::new(),
            note: String::new(),
            ..self.clone()
        }
        .describe(documents)
    }
}
