//! The sources of a document, as a short list at its end: each document
//! with the sections the text used.

use std::collections::BTreeMap;

use super::doc::Block;
use crate::model::{Dataset, SourceRef};

/// The sources a document used, by document id, with their sections.
#[derive(Default)]
pub(super) struct Sources {
    used: BTreeMap<String, Vec<String>>,
}

impl Sources {
    /// Notes a source.
    pub(super) fn add(&mut self, source: &SourceRef) {
        let sections = self.used.entry(source.document.clone()).or_default();
        let section = source.section.trim();
        if !section.is_empty() && !sections.iter().any(|s| s == section) {
            sections.push(section.to_owned());
        }
    }

    /// Notes every source of a list.
    pub(super) fn add_all(&mut self, sources: &[SourceRef]) {
        for source in sources {
            self.add(source);
        }
    }

    /// Notes a source, if there is one.
    pub(super) fn add_opt(&mut self, source: Option<&SourceRef>) {
        if let Some(source) = source {
            self.add(source);
        }
    }

    /// The list at the end: "Bronnen", then one line per document: its
    /// title and the sections used. Nothing when nothing was used.
    pub(super) fn blocks(&self, data: &Dataset) -> Vec<Block> {
        let mut items = Vec::new();
        for (id, sections) in &self.used {
            let title = match data.sources.iter().find(|doc| doc.id == *id) {
                Some(doc) if doc.date.is_empty() => doc.title.clone(),
                Some(doc) => format!("{} ({})", doc.title, doc.date),
                // The user's own sources have no document: their sections say it.
                None if id.is_empty() => "Eigen bronnen".to_owned(),
                None => id.clone(),
            };
            match (id.is_empty(), sections.is_empty()) {
                (true, true) => {}
                (false, true) => items.push(title),
                _ => items.push(format!("{title}: {}", sections.join("; "))),
            }
        }
        if items.is_empty() {
            return Vec::new();
        }
        vec![
            Block::Heading {
                level: 1,
                text: "Bronnen".to_owned(),
            },
            Block::Bullets(items),
        ]
    }
}
