//! A document as the council receives it, before it is Word or PDF: a
//! title, and blocks of headings, paragraphs, facts, lists, tables and
//! figures. Plain text everywhere: the writers never read markup from it,
//! so whatever a user typed comes out as written.

/// A document.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// Its title, also in its properties (Word) and metadata (PDF).
    pub title: String,
    /// The line under the title: "Stand van 2 december 2026".
    pub subtitle: String,
    /// The content, in order.
    pub blocks: Vec<Block>,
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading; level 1 is a chapter (the title is above level 1).
    Heading {
        /// 1, 2 or 3.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A paragraph of text.
    Paragraph(String),
    /// A labelled fact: "Status: actief".
    Fact {
        /// "Status".
        label: String,
        /// "actief".
        value: String,
    },
    /// A list of short texts.
    Bullets(Vec<String>),
    /// A table with a header row (repeated on every page).
    Table(Table),
    /// A picture with its text alternative.
    Figure(Figure),
}

/// A table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The header cells.
    pub header: Vec<String>,
    /// The rows; each as many cells as the header.
    pub rows: Vec<Vec<String>>,
    /// Relative column widths (as many as the header).
    pub widths: Vec<u16>,
}

/// A picture: an SVG for the PDF, the same as PNG for Word.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The picture as SVG.
    pub svg: String,
    /// The picture as PNG.
    pub png: Vec<u8>,
    /// Its size in pixels of the PNG.
    pub png_size: (u32, u32),
    /// Its width on the page, in millimetres.
    pub width_mm: u32,
    /// What it shows, for those who cannot see it.
    pub alt: String,
    /// The caption below it.
    pub caption: String,
}

impl Doc {
    /// Every piece of text the document holds, in order (for tests and for
    /// searching what a document says).
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.title.as_str(), self.subtitle.as_str()];
        for block in &self.blocks {
            match block {
                Block::Heading { text, .. } | Block::Paragraph(text) => texts.push(text),
                Block::Fact { label, value } => texts.extend([label.as_str(), value.as_str()]),
                Block::Bullets(items) => texts.extend(items.iter().map(String::as_str)),
                Block::Table(table) => {
                    texts.extend(table.header.iter().map(String::as_str));
                    texts.extend(table.rows.iter().flatten().map(String::as_str));
                }
                Block::Figure(figure) => {
                    texts.extend([figure.alt.as_str(), figure.caption.as_str()])
                }
            }
        }
        texts
    }
}

/// The text without characters a document cannot hold: control characters
/// (invalid in XML, invisible in a PDF) are dropped, a tab becomes a space
/// and Windows line ends become plain ones.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let fine = |c: char| c == '\n' || !c.is_control();
    if text.chars().all(fine) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.replace("\r\n", "\n")
            .chars()
            .map(|c| if c == '\t' || c == '\r' { ' ' } else { c })
            .filter(|c| fine(*c))
            .collect(),
    )
}
