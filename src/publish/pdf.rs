//! A [`Doc`] as an accessible PDF, typeset by typst (through typst-as-lib):
//! real tables, Dutch hyphenation, and a tagged PDF/UA-1 file with the
//! language, the title, headings, table headers and alt texts marked.
//! Fully offline: the template is compiled into the app, no package is
//! fetched, and the app's own fonts (Noto Sans, Noto Emoji) are embedded.
//!
//! The document reaches typst as data (`sys.inputs`), never as markup, so
//! no text a user typed can change the layout.

use std::sync::OnceLock;

use typst::foundations::{Array, Bytes, Dict, IntoValue, Value};
use typst_as_lib::TypstEngine;
use typst_as_lib::TypstTemplateMainFile;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::PublishError;
use super::doc::{Block, Doc, keep_runs, printable};

/// The template: how a [`Doc`] is laid out.
const TEMPLATE: &str = include_str!("document.typ");

/// The engine with the template and the fonts, made once: parsing the fonts
/// is the slow part. typst's cache is emptied after every document (the
/// engine's default), so memory stays flat however many are made.
fn engine() -> &'static TypstEngine<TypstTemplateMainFile> {
    static ENGINE: OnceLock<TypstEngine<TypstTemplateMainFile>> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .main_file(TEMPLATE)
            .fonts(FONTS)
            .build()
    })
}

/// The fonts every PDF embeds: Noto Sans in four styles, Noto Emoji.
pub(super) const FONTS: [&[u8]; 5] = [
    notosans::REGULAR_TTF,
    notosans::BOLD_TTF,
    notosans::ITALIC_TTF,
    notosans::BOLD_ITALIC_TTF,
    epaint_default_fonts::NOTO_EMOJI_REGULAR,
];

fn text(value: &str) -> Value {
    printable(value).into_owned().into_value()
}

fn texts(values: &[String]) -> Value {
    Value::Array(values.iter().map(|v| text(v)).collect::<Array>())
}

fn block_value(block: &Block) -> Value {
    let mut dict = Dict::new();
    let mut put = |key: &str, value: Value| {
        dict.insert(key.into(), value);
    };
    match block {
        Block::Heading {
            level,
            text: heading,
        } => {
            put("kind", "heading".into_value());
            // Level 1 is the document's title: its chapters are level 2.
            put("level", (i64::from((*level).clamp(1, 3)) + 1).into_value());
            put("text", text(heading));
        }
        Block::Paragraph(paragraph) => {
            put("kind", "paragraph".into_value());
            put("text", text(paragraph));
            // A lead-in ("Over de jaren:") stays with the list it opens.
            put("sticky", paragraph.trim_end().ends_with(':').into_value());
        }
        Block::Fact { label, value } => {
            put("kind", "fact".into_value());
            put("label", text(label));
            put("value", text(value));
        }
        Block::Bullets(items) => {
            put("kind", "bullets".into_value());
            put("items", texts(items));
        }
        Block::Table(table) => {
            put("kind", "table".into_value());
            put("header", texts(&table.header));
            let columns = table.header.len();
            // Every row exactly as wide as the header, so no cell can shift.
            let rows: Array = table
                .rows
                .iter()
                .map(|row| {
                    let cells: Vec<String> = (0..columns)
                        .map(|i| row.get(i).cloned().unwrap_or_default())
                        .collect();
                    texts(&cells)
                })
                .collect();
            put("rows", Value::Array(rows));
            let widths: Array = table
                .column_widths()
                .into_iter()
                .map(|w| i64::from(w).into_value())
                .collect();
            put("widths", Value::Array(widths));
        }
        Block::Figure(figure) => {
            put("kind", "figure".into_value());
            put(
                "svg",
                Bytes::new(figure.svg.clone().into_bytes()).into_value(),
            );
            put("width", i64::from(figure.width_mm).into_value());
            put("alt", text(&figure.alt));
            put("caption", text(&figure.caption));
        }
    }
    Value::Dict(dict)
}

fn inputs(doc: &Doc) -> Dict {
    let mut dict = Dict::new();
    dict.insert("title".into(), text(&doc.title));
    dict.insert("subtitle".into(), text(&doc.subtitle));
    dict.insert("blocks".into(), Value::Array(kept_blocks(&doc.blocks)));
    dict
}

/// The blocks for the template, each heading with its first lines in a
/// `keep` group that typst keeps on one page ([`keep_runs`]).
fn kept_blocks(blocks: &[Block]) -> Array {
    let runs = keep_runs(blocks);
    let mut out = Array::new();
    let mut index = 0;
    let mut runs = runs.iter().peekable();
    while index < blocks.len() {
        let Some(run) = runs.next_if(|run| run.start == index) else {
            out.push(block_value(&blocks[index]));
            index += 1;
            continue;
        };
        let mut group = Array::new();
        for (at, block) in blocks.iter().enumerate().take(run.end).skip(run.start) {
            match (block, run.list_items) {
                (Block::Bullets(items), Some(kept)) if at + 1 == run.end => {
                    let (head, tail) = items.split_at(kept.min(items.len()));
                    group.push(block_value(&Block::Bullets(head.to_vec())));
                    if !tail.is_empty() {
                        let mut rest = Dict::new();
                        rest.insert("kind".into(), "keep".into_value());
                        // The heading has its first items; the rest of the
                        // list may go on over the page.
                        rest.insert("sticky".into(), false.into_value());
                        rest.insert("blocks".into(), Value::Array(group));
                        out.push(Value::Dict(rest));
                        group = Array::new();
                        out.push(block_value(&Block::Bullets(tail.to_vec())));
                    }
                }
                _ => group.push(block_value(block)),
            }
        }
        if !group.is_empty() {
            // A run that ends where a table starts stays with the table's
            // first rows; any other run is whole and stands alone (sticky
            // runs in a row would move together and leave half pages empty).
            let before_table = matches!(blocks.get(run.end), Some(Block::Table(_)));
            let mut keep = Dict::new();
            keep.insert("kind".into(), "keep".into_value());
            keep.insert("sticky".into(), before_table.into_value());
            keep.insert("blocks".into(), Value::Array(group));
            out.push(Value::Dict(keep));
        }
        index = run.end.max(index + 1);
    }
    out
}

/// The document as the bytes of a PDF/UA-1 file.
///
/// # Errors
/// [`PublishError::Pdf`] when typst cannot lay it out or write it (with
/// typst's own words; it points at a bug, not at the user's data).
pub fn pdf_bytes(doc: &Doc) -> Result<Vec<u8>, PublishError> {
    typeset(engine(), inputs(doc))
}

/// Compiles `engine`'s template with `inputs` and writes a PDF/UA-1 file.
///
/// # Errors
/// [`PublishError::Pdf`] with typst's own words.
pub(super) fn typeset(
    engine: &TypstEngine<TypstTemplateMainFile>,
    inputs: Dict,
) -> Result<Vec<u8>, PublishError> {
    let compiled = engine.compile_with_input::<_, PagedDocument>(inputs);
    let paged = compiled
        .output
        .map_err(|error| PublishError::Pdf(error.to_string()))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|error| PublishError::Pdf(format!("{error:?}")))?;
    let options = PdfOptions {
        standards,
        creator: typst::foundations::Smart::Custom(Some("Wijkdashboard".to_owned())),
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&paged, &options).map_err(|errors| {
        PublishError::Pdf(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}
