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
}

impl SourceRef {
    /// A source entered by the user in the app.
    pub fn user_entered() -> Self {
        Self {
            document: String::new(),
            section: "ingevoerd door de gebruiker".to_owned(),
            quote: String::new(),
        }
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
        if !self.quote.is_empty() {
            text.push_str(&format!(": “{}”", self.quote));
        }
        text
    }
}
