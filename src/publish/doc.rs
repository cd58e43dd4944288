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
}

/// The width of table text on the page, in em of the table's font: A4 with
/// 2,5 cm margins holds 160 mm, at 9,5 pt.
const TABLE_WIDTH_EM: f64 = 47.5;
/// What a cell takes beside its text (the room on both sides), in em.
const CELL_PADDING_EM: f64 = 1.0;
/// A cell's text is not made wider than this many em per line: longer text
/// wraps at its spaces.
const LONGEST_LINE_EM: f64 = 24.0;

/// About how wide a text is in Noto Sans, in em: narrow letters, wide
/// letters, capitals and the rest counted apart. Bold is a tenth wider.
fn width_em(text: &str, bold: bool) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '’' | ' ' | '('
            | ')' | '|' => 0.3,
            'm' | 'w' | 'M' | 'W' | '€' | '%' => 0.85,
            c if c.is_uppercase() => 0.68,
            _ => 0.56,
        })
        .sum();
    if bold { em * 1.1 } else { em }
}

impl Table {
    /// The width of each column in thousandths of the table's width, worked
    /// out from what it holds: every column at least as wide as its longest
    /// word (so no word is ever broken outside its syllables), the rest of
    /// the width to the columns with longer text.
    pub fn column_widths(&self) -> Vec<u32> {
        let columns = self.header.len();
        if columns == 0 {
            return Vec::new();
        }
        let mut least = vec![0.0_f64; columns];
        let mut wanted = vec![0.0_f64; columns];
        let cells =
            std::iter::once((&self.header, true)).chain(self.rows.iter().map(|r| (r, false)));
        for (row, bold) in cells {
            for (index, cell) in row.iter().take(columns).enumerate() {
                for line in cell.lines() {
                    let longest_word = line
                        .split_whitespace()
                        .map(|word| width_em(word, bold))
                        .fold(0.0, f64::max);
                    least[index] = least[index].max(longest_word);
                    wanted[index] = wanted[index].max(width_em(line, bold).min(LONGEST_LINE_EM));
                }
            }
        }
        let room =
            TABLE_WIDTH_EM - crate::model::format::convert::index_f64(columns) * CELL_PADDING_EM;
        let least_sum: f64 = least.iter().sum();
        let extra: Vec<f64> = wanted
            .iter()
            .zip(&least)
            .map(|(w, l)| (w - l).max(0.0))
            .collect();
        let extra_sum: f64 = extra.iter().sum();
        let text: Vec<f64> = if least_sum >= room || extra_sum <= 0.0 {
            least.iter().map(|l| l.max(0.5)).collect()
        } else {
            // Every column its longest word, then the room left shared by
            // how much more each would like (never more than it would use,
            // unless the table is wider than its text).
            let share = ((room - least_sum) / extra_sum).min(1.0);
            least
                .iter()
                .zip(&extra)
                .map(|(l, e)| l + e * share)
                .collect()
        };
        let widths: Vec<f64> = text.iter().map(|t| t + CELL_PADDING_EM).collect();
        let total: f64 = widths.iter().sum();
        widths
            .iter()
            .map(|w| {
                let thousandths = crate::model::format::convert::rounded_u64(w / total * 1000.0);
                u32::try_from(thousandths).unwrap_or(1000).max(1)
            })
            .collect()
    }
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

/// A heading kept on one page with the first lines under it: blocks
/// `start..end`, where a list at the end counts only its first
/// `list_items` items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct KeepRun {
    /// The heading's index.
    pub start: usize,
    /// One past the last block kept with it.
    pub end: usize,
    /// When the last block is a list: how many of its items are kept.
    pub list_items: Option<usize>,
}

/// How many lines under a heading stay on its page.
const FIRST_LINES: usize = 3;
/// About how many characters a line of body text holds.
const LINE_CHARS: usize = 85;

fn lines_of(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().count().div_ceil(LINE_CHARS).max(1))
        .sum::<usize>()
        .max(1)
}

/// Every heading with the blocks that must stay on its page: the headings
/// right under it and at least [`FIRST_LINES`] lines of what follows (or
/// its whole section where that is shorter), so that no heading ends a page
/// without its first lines (PDF and Word alike).
/// A figure goes along whole; a run that ends at a table stays with it.
pub(super) fn keep_runs(blocks: &[Block]) -> Vec<KeepRun> {
    let mut runs = Vec::new();
    let mut index = 0;
    while index < blocks.len() {
        if !matches!(blocks[index], Block::Heading { .. }) {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index;
        // The deepest heading so far: a heading under it (a platform under
        // its wijk, a list under its platform) comes along while the lines
        // are too few; one at the same level or higher starts a section of
        // its own, and this one is whole.
        let mut level = 0;
        while let Some(Block::Heading { level: next, .. }) = blocks.get(end) {
            level = *next;
            end += 1;
        }
        let mut lines = 0;
        let mut list_items = None;
        while lines < FIRST_LINES {
            match blocks.get(end) {
                Some(Block::Paragraph(text)) => lines += lines_of(text),
                Some(Block::Fact { label, value }) => {
                    lines += lines_of(&format!("{label}: {value}"))
                }
                Some(Block::Bullets(items)) => {
                    let mut taken = 0;
                    for item in items {
                        if lines >= FIRST_LINES {
                            break;
                        }
                        lines += lines_of(item);
                        taken += 1;
                    }
                    if taken < items.len() {
                        list_items = Some(taken);
                        end += 1;
                        break;
                    }
                }
                // A figure is one piece and goes along; a table may be longer
                // than a page, so the run stays with it instead (sticky), and
                // the typesetter brings its header row and first row along.
                Some(Block::Figure(_)) => lines = FIRST_LINES,
                Some(Block::Table(_)) | None => break,
                Some(Block::Heading { level: next, .. }) => {
                    if *next <= level {
                        break;
                    }
                    level = *next;
                }
            }
            end += 1;
        }
        runs.push(KeepRun {
            start,
            end,
            list_items,
        });
        index = end.max(start + 1);
    }
    runs
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_keeps_its_first_lines() {
        let heading = |level: u8, text: &str| Block::Heading {
            level,
            text: text.into(),
        };
        let blocks = vec![
            heading(1, "Oost"),
            Block::Paragraph("Oost voor Elkaar".into()),
            heading(2, "Wijkcoöperatie Oost voor Elkaar"),
            Block::Fact {
                label: "Status".into(),
                value: "actief".into(),
            },
            Block::Bullets(vec!["een".into(), "twee".into(), "drie".into()]),
            Block::Paragraph("daarna".into()),
        ];
        let runs = keep_runs(&blocks);
        assert_eq!(
            runs,
            // One line under "Oost" is too little: the platform's heading
            // and its first lines stay on the page with it.
            vec![KeepRun {
                start: 0,
                end: 5,
                list_items: Some(1)
            }]
        );
    }

    #[test]
    fn a_short_section_is_whole_and_does_not_pull_the_next_one_along() {
        let heading = |level: u8, text: &str| Block::Heading {
            level,
            text: text.into(),
        };
        let blocks = vec![
            heading(3, "Uitdagingen"),
            Block::Bullets(vec!["één".into()]),
            heading(3, "Wensen"),
            Block::Bullets(vec![
                "een".into(),
                "twee".into(),
                "drie".into(),
                "vier".into(),
            ]),
        ];
        assert_eq!(
            keep_runs(&blocks),
            vec![
                KeepRun {
                    start: 0,
                    end: 2,
                    list_items: None
                },
                KeepRun {
                    start: 2,
                    end: 4,
                    list_items: Some(3)
                },
            ]
        );
    }

    #[test]
    fn a_column_is_never_narrower_than_its_longest_word() {
        let table = Table {
            header: vec!["Kerncijfer".into(), "Aantal".into(), "Periode".into()],
            rows: vec![vec![
                "Overvechtse wijkambassadeurs in het netwerk van de wijk, een lange omschrijving die moet afbreken".into(),
                "bijna 50 wijkambassadeurs".into(),
                "niet genoemd (bron uit 2025)".into(),
            ]],
        };
        let widths = table.column_widths();
        let sum: u32 = widths.iter().sum();
        assert!((995..=1005).contains(&sum), "{widths:?}");
        let room = TABLE_WIDTH_EM - 3.0 * CELL_PADDING_EM;
        let word = width_em("wijkambassadeurs", false);
        let second =
            f64::from(widths[1]) / 1000.0 * (room + 3.0 * CELL_PADDING_EM) - CELL_PADDING_EM;
        assert!(second >= word - 0.01, "{second} em for a {word} em word");
    }
}
