//! A [`Doc`] as Word (.docx), with docx-rs (the most used .docx writer of
//! the Rust ecosystem). Word's own heading styles ("heading 1" to "heading
//! 3", with outline levels, so the navigation pane works), bulleted lists,
//! tables with a shaded header row, pictures, and "Pagina N van M" in the
//! footer.
//!
//! docx-rs does not write everything an accessible document needs, so a
//! short pass over the package adds it (see [`finish_package`]): the header
//! rows repeat on every page, every picture has its alt text, the document
//! has its title and language (nl-NL) in its properties. The same pass
//! compresses the package, which docx-rs stores uncompressed.

use std::io::{Cursor, Read, Write};

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc,
    LevelText, LineSpacing, NumPages, NumberFormat, NumberingId, PageMargin, PageNum, Paragraph,
    Pic, Run, RunFonts, Shading, SpecialIndentType, Start, Style, StyleType, TableCell, TableRow,
    WidthType,
};

use super::PublishError;
use super::doc::{Block, Doc, Figure, Table, keep_runs, printable};

/// The font of the document: Noto Sans, as in the PDF, embedded in the
/// file (regular and bold), so that Word on any laptop and LibreOffice show
/// the same letters as the PDF without it being installed. Noto Sans is
/// under the SIL Open Font License, which allows embedding.
const FONT: &str = "Noto Sans";
/// A4 in twentieths of a point, with 2,5 cm margins.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGIN: i32 = 1_418;
/// The text width in twentieths of a point.
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * 1_418;
/// The numbering of the bulleted lists. Not 1: docx-rs always writes a
/// decimal numbering with id 1, and Word and LibreOffice take the first.
const BULLETS: usize = 2;
/// English Metric Units per millimetre, for picture sizes.
const EMU_PER_MM: u32 = 36_000;
/// The size of the text in tables, in half points.
const TABLE_TEXT_SIZE: usize = 18;
/// The shade of a table's header row (light grey, black text stays 15:1).
const HEADER_FILL: &str = "E3E7EC";

/// The document as the bytes of a .docx file.
///
/// # Errors
/// [`PublishError::Word`] when the package cannot be written (which only a
/// bug in the writer causes).
pub fn docx_bytes(doc: &Doc) -> Result<Vec<u8>, PublishError> {
    let mut docx = base(doc);
    let keeps = keep_with_next(&doc.blocks);
    for (block, keep) in doc.blocks.iter().zip(keeps) {
        docx = add_block(docx, block, keep);
    }
    let mut packed = Cursor::new(Vec::new());
    docx.build()
        .pack(&mut packed)
        .map_err(|e| PublishError::Word(e.to_string()))?;
    let alts: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Figure(figure) => Some(figure.alt.as_str()),
            _ => None,
        })
        .collect();
    finish_package(&packed.into_inner(), &doc.title, &alts)
}

/// How much of a block keeps with what follows it ("Keep with next").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Keep {
    /// Nothing: a page may end after it.
    Nothing,
    /// All of it.
    All,
    /// The first items of a list.
    FirstItems(usize),
}

/// Per block what keeps with the next, so that a heading never ends a
/// page without its first lines ([`keep_runs`]): everything of a run but
/// its last line.
fn keep_with_next(blocks: &[Block]) -> Vec<Keep> {
    let mut keeps = vec![Keep::Nothing; blocks.len()];
    for run in keep_runs(blocks) {
        for index in run.start..run.end {
            let last = index + 1 == run.end;
            keeps[index] = match (&blocks[index], last, run.list_items) {
                (Block::Bullets(_), true, Some(items)) => Keep::FirstItems(items.saturating_sub(1)),
                (Block::Bullets(items), true, None) => {
                    Keep::FirstItems(items.len().saturating_sub(1))
                }
                (_, true, _) => Keep::Nothing,
                _ => Keep::All,
            };
        }
    }
    keeps
}

/// The styles, numbering, page and footer, and the title block.
fn base(doc: &Doc) -> Docx {
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT);
    let heading = |id: &str, name: &str, level: usize, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .color("1F3864")
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(240).after(80))
    };
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("Pagina "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" van "))
            .add_num_pages(NumPages::new()),
    );
    let bullet_level = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("•"),
        LevelJc::new("left"),
    )
    .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None);
    Docx::new()
        .default_fonts(fonts)
        .default_size(21)
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(36)
                .color("1F3864"),
        )
        // The title is the first heading (outline level 1, added to its
        // style by `finish_package`); the chapters are "heading 2".
        .add_style(heading("Heading2", "heading 2", 1, 30))
        .add_style(heading("Heading3", "heading 3", 2, 25))
        .add_style(heading("Heading4", "heading 4", 3, 22))
        .add_style(
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .color("404040")
                .size(18),
        )
        .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet_level))
        .add_numbering(docx_rs::Numbering::new(BULLETS, BULLETS))
        .footer(footer)
        .add_paragraph(text_paragraph(&doc.title).style("Title"))
        .add_paragraph(text_paragraph(&doc.subtitle))
}

/// A paragraph of plain text; a line break where the text has one.
fn text_paragraph(text: &str) -> Paragraph {
    Paragraph::new().add_run(text_run(text))
}

fn text_run(text: &str) -> Run {
    let text = printable(text);
    let mut run = Run::new();
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

fn add_block(docx: Docx, block: &Block, keep: Keep) -> Docx {
    let keep_all = keep == Keep::All;
    match block {
        Block::Heading { level, text } => {
            let style = match level {
                0 | 1 => "Heading2",
                2 => "Heading3",
                _ => "Heading4",
            };
            docx.add_paragraph(text_paragraph(text).style(style).keep_next(true))
        }
        // A lead-in ("Over de jaren:") stays with the list it opens.
        Block::Paragraph(text) => docx.add_paragraph(
            text_paragraph(text).keep_next(keep_all || text.trim_end().ends_with(':')),
        ),
        Block::Fact { label, value } => docx.add_paragraph(
            Paragraph::new()
                .add_run(
                    Run::new()
                        .bold()
                        .add_text(format!("{}: ", printable(label))),
                )
                .add_run(text_run(value))
                .keep_next(keep_all),
        ),
        Block::Bullets(items) => {
            let kept = match keep {
                Keep::Nothing => 0,
                Keep::All => items.len(),
                Keep::FirstItems(count) => count,
            };
            items.iter().enumerate().fold(docx, |docx, (index, item)| {
                docx.add_paragraph(
                    text_paragraph(item)
                        .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
                        .keep_next(index < kept),
                )
            })
        }
        Block::Table(table) => docx
            .add_table(word_table(table))
            .add_paragraph(Paragraph::new()),
        Block::Figure(figure) => add_figure(docx, figure),
    }
}

fn word_table(table: &Table) -> docx_rs::Table {
    let thousandths = table.column_widths();
    let total: u32 = thousandths.iter().sum::<u32>().max(1);
    let widths: Vec<usize> = thousandths
        .iter()
        .map(|w| usize::try_from(TEXT_WIDTH * w / total).unwrap_or(0))
        .collect();
    let cell = |text: &str, width: usize, header: bool| {
        // Tables in 9 pt, as in the PDF: narrow columns keep whole words.
        let run = text_run(text).size(TABLE_TEXT_SIZE);
        let paragraph = Paragraph::new().add_run(if header { run.bold() } else { run });
        let cell = TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(paragraph);
        if header {
            cell.shading(Shading::new().fill(HEADER_FILL))
        } else {
            cell
        }
    };
    let row = |cells: &[String], header: bool| {
        let cells = cells
            .iter()
            .zip(&widths)
            .map(|(text, width)| cell(text, *width, header))
            .collect();
        // No row is split across two pages; the first row of each table
        // gets `tblHeader` from `finish_package` (docx-rs has no setter).
        TableRow::new(cells).cant_split()
    };
    let mut rows = vec![row(&table.header, true)];
    rows.extend(table.rows.iter().map(|cells| row(cells, false)));
    // Room around the text in the cells (twentieths of a point), as in the PDF.
    docx_rs::Table::new(rows)
        .set_grid(widths)
        .margins(docx_rs::TableCellMargins::new().margin(60, 100, 60, 100))
}

fn add_figure(docx: Docx, figure: &Figure) -> Docx {
    if figure.png.is_empty() || figure.png_size.0 == 0 {
        // No picture could be drawn: its words stand in for it.
        return docx.add_paragraph(text_paragraph(&figure.alt));
    }
    let width = figure.width_mm * EMU_PER_MM;
    let height = u32::try_from(
        u64::from(width) * u64::from(figure.png_size.1) / u64::from(figure.png_size.0),
    )
    .unwrap_or(width);
    let picture =
        Pic::new_with_dimensions(figure.png.clone(), figure.png_size.0, figure.png_size.1)
            .size(width, height);
    docx.add_paragraph(
        Paragraph::new()
            .keep_next(true)
            .add_run(Run::new().add_image(picture)),
    )
    .add_paragraph(text_paragraph(&figure.caption).style("Caption"))
}

/// Text for an XML attribute or element.
fn xml_escape(text: &str) -> String {
    printable(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\n', " ")
}

/// The parts docx-rs leaves out, and compression: reads the package back
/// and writes it anew with deflate.
fn finish_package(packed: &[u8], title: &str, alts: &[&str]) -> Result<Vec<u8>, PublishError> {
    let fail = |e: &dyn std::fmt::Display| PublishError::Word(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(packed)).map_err(|e| fail(&e))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let made = made_at();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|e| fail(&e))?;
        let name = entry.name().to_owned();
        if entry.is_dir() {
            out.add_directory(name, options).map_err(|e| fail(&e))?;
            continue;
        }
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).map_err(|e| fail(&e))?;
        let bytes = match name.as_str() {
            "docProps/core.xml" => patch_text(&bytes, |xml| core_properties(xml, title, &made))?,
            "docProps/app.xml" => app_properties().into_bytes(),
            "word/styles.xml" => patch_text(&bytes, |xml| styles(&dutch_language(xml)))?,
            "word/settings.xml" => patch_text(&bytes, settings)?,
            "word/fontTable.xml" => patch_text(&bytes, font_table)?,
            "[Content_Types].xml" => patch_text(&bytes, content_types)?,
            "word/document.xml" => patch_text(&bytes, |xml| body(xml, alts))?,
            _ => bytes,
        };
        out.start_file(name, options).map_err(|e| fail(&e))?;
        out.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    out.start_file("word/_rels/fontTable.xml.rels", options)
        .map_err(|e| fail(&e))?;
    out.write_all(font_relationships().as_bytes())
        .map_err(|e| fail(&e))?;
    for font in &EMBEDDED_FONTS {
        out.start_file(format!("word/fonts/{}", font.file), options)
            .map_err(|e| fail(&e))?;
        out.write_all(&obfuscated(font.bytes, font.key))
            .map_err(|e| fail(&e))?;
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

/// A font embedded in the document, with the key that hides it (Office's
/// font obfuscation: a fixed key per font is allowed).
struct EmbeddedFont {
    /// "embedRegular" or "embedBold".
    element: &'static str,
    /// The relationship id.
    id: &'static str,
    /// The file under `word/fonts/`.
    file: &'static str,
    /// The GUID whose bytes hide the first 32 bytes of the font.
    key: &'static str,
    /// The TrueType font.
    bytes: &'static [u8],
}

const EMBEDDED_FONTS: [EmbeddedFont; 2] = [
    EmbeddedFont {
        element: "embedRegular",
        id: "rIdFontRegular",
        file: "NotoSans-Regular.odttf",
        key: "{3C1A8F6E-5B2D-4E7A-9C10-6D4F2B8A1E53}",
        bytes: notosans::REGULAR_TTF,
    },
    EmbeddedFont {
        element: "embedBold",
        id: "rIdFontBold",
        file: "NotoSans-Bold.odttf",
        key: "{A7E24C91-0F3B-4D58-8B6E-2C9D17F05A34}",
        bytes: notosans::BOLD_TTF,
    },
];

/// The font as Office embeds it: the first 32 bytes XOR-ed with the key's
/// 16 bytes, taken from the GUID's hexadecimal digits from last to first
/// (ECMA-376 part 1, 17.8.1).
fn obfuscated(font: &[u8], key: &str) -> Vec<u8> {
    let digits: Vec<u8> = key
        .bytes()
        .filter(u8::is_ascii_hexdigit)
        .map(|digit| match digit {
            b'0'..=b'9' => digit - b'0',
            b'a'..=b'f' => digit - b'a' + 10,
            _ => digit - b'A' + 10,
        })
        .collect();
    let key: Vec<u8> = digits
        .chunks(2)
        .rev()
        .map(|pair| pair.first().copied().unwrap_or(0) << 4 | pair.get(1).copied().unwrap_or(0))
        .collect();
    let mut bytes = font.to_vec();
    for (index, byte) in bytes.iter_mut().take(32).enumerate() {
        *byte ^= key.get(index % 16).copied().unwrap_or(0);
    }
    bytes
}

/// The font table with Noto Sans and its embedded files.
fn font_table(xml: &str) -> String {
    let embeds: String = EMBEDDED_FONTS
        .iter()
        .map(|font| {
            format!(
                r#"<w:{} r:id="{}" w:fontKey="{}" />"#,
                font.element, font.id, font.key
            )
        })
        .collect();
    let noto = format!(
        r#"<w:font w:name="{FONT}"><w:charset w:val="00" /><w:family w:val="swiss" /><w:pitch w:val="variable" />{embeds}</w:font>"#
    );
    xml.replace("</w:fonts>", &format!("{noto}</w:fonts>"))
}

fn font_relationships() -> String {
    let relationships: String = EMBEDDED_FONTS
        .iter()
        .map(|font| {
            format!(
                r#"<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/{}" />"#,
                font.id, font.file
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}</Relationships>"#
    )
}

fn content_types(xml: &str) -> String {
    xml.replacen(
        "<Default ",
        r#"<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf" /><Default "#,
        1,
    )
}

/// Embedded fonts on, and Dutch hyphenation (by syllable, Word's own) for
/// the running text; in Word's order of the settings.
fn settings(xml: &str) -> String {
    xml.replace(
        r#"<w:defaultTabStop w:val="840" /><w:zoom w:percent="100" />"#,
        r#"<w:zoom w:percent="100" /><w:embedTrueTypeFonts /><w:defaultTabStop w:val="840" /><w:autoHyphenation /><w:consecutiveHyphenLimit w:val="2" />"#,
    )
}

/// Normal is the default paragraph style (a reader that follows the
/// standard resolves every paragraph without a style to it), and the
/// title is the first level of the outline.
fn styles(xml: &str) -> String {
    xml.replace(
        r#"<w:style w:type="paragraph" w:styleId="Normal">"#,
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#,
    )
    .replacen(
        r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title" /><w:rPr>"#,
        r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title" /><w:pPr><w:keepNext /><w:outlineLvl w:val="0" /></w:pPr><w:rPr>"#,
        1,
    )
}

/// When the document is made: now, or `SOURCE_DATE_EPOCH` (seconds) where
/// a build or a test asks for the same bytes every time.
fn made_at() -> String {
    let at = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|seconds| seconds.trim().parse::<i64>().ok())
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
        .unwrap_or_else(chrono::Utc::now);
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The program that made the document, in its extended properties.
fn app_properties() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Wijkdashboard</Application><AppVersion>{}</AppVersion></Properties>"#,
        app_version()
    )
}

/// The version as Office writes it: "0.1" → "00.0001"-style is not needed;
/// major.minor with four digits after the point ("0.1000").
fn app_version() -> String {
    let mut parts = env!("CARGO_PKG_VERSION").split('.');
    let major = parts.next().unwrap_or("0");
    let minor: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    format!("{major}.{minor:04}")
}

fn patch_text(bytes: &[u8], patch: impl FnOnce(&str) -> String) -> Result<Vec<u8>, PublishError> {
    let xml = std::str::from_utf8(bytes).map_err(|e| PublishError::Word(e.to_string()))?;
    Ok(patch(xml).into_bytes())
}

/// The title, language, maker and the moment it was made in the
/// document's properties.
fn core_properties(xml: &str, title: &str, made: &str) -> String {
    let xml = xml
        .replace(
            "<dc:creator>unknown</dc:creator>",
            "<dc:creator>Wijkdashboard</dc:creator>",
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            "<cp:lastModifiedBy>Wijkdashboard</cp:lastModifiedBy>",
        )
        .replace("1970-01-01T00:00:00Z", made);
    xml.replace(
        "</cp:coreProperties>",
        &format!(
            "<dc:title>{}</dc:title><dc:language>nl-NL</dc:language></cp:coreProperties>",
            xml_escape(title)
        ),
    )
}

/// Dutch as the language of all text, for spelling and screen readers.
fn dutch_language(xml: &str) -> String {
    const LANG: &str = r#"<w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA" />"#;
    if let Some(start) = xml.find("<w:rPrDefault>") {
        let rest = &xml[start..];
        if rest.starts_with("<w:rPrDefault><w:rPr />") {
            let at = start + "<w:rPrDefault>".len();
            return format!(
                "{}<w:rPr>{LANG}</w:rPr>{}",
                &xml[..at],
                &xml[at + "<w:rPr />".len()..]
            );
        }
        if let Some(end) = rest.find("</w:rPr>") {
            let at = start + end;
            return format!("{}{LANG}{}", &xml[..at], &xml[at..]);
        }
    }
    xml.to_owned()
}

/// The first row of every table repeats on each page, and every picture
/// gets its own id, name and alt text.
fn body(xml: &str, alts: &[&str]) -> String {
    let xml = header_rows(&paragraph_properties_in_order(xml));
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml.as_str();
    let mut number = 0;
    while let Some(start) = rest.find("<wp:docPr ") {
        let Some(end) = rest[start..].find("/>") else {
            break;
        };
        number += 1;
        let alt = alts.get(number - 1).copied().unwrap_or("");
        out.push_str(&rest[..start]);
        out.push_str(&format!(
            r#"<wp:docPr id="{number}" name="Afbeelding {number}" descr="{}" />"#,
            xml_escape(alt)
        ));
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

/// The order of a paragraph's properties that the standard prescribes
/// (ECMA-376 CT_PPr): docx-rs writes `rPr` first and `keepNext` after
/// `numPr`, which LibreOffice reads past (a "keep with next" is lost) and a
/// strict reader refuses.
const PARAGRAPH_PROPERTIES: [&str; 9] = [
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:widowControl",
    "w:numPr",
    "w:spacing",
    "w:ind",
    "w:jc",
    "w:outlineLvl",
];

/// Every `w:pPr` with its children in the standard's order, an empty
/// `w:rPr` left out.
fn paragraph_properties_in_order(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<w:pPr>") {
        let inner_start = start + "<w:pPr>".len();
        let Some(length) = rest[inner_start..].find("</w:pPr>") else {
            break;
        };
        out.push_str(&rest[..inner_start]);
        let inner = &rest[inner_start..inner_start + length];
        let mut children = top_level_elements(inner);
        children.retain(|child| *child != "<w:rPr />");
        let rank = |child: &str| {
            PARAGRAPH_PROPERTIES
                .iter()
                .position(|name| {
                    child.starts_with(&format!("<{name} "))
                        || child.starts_with(&format!("<{name}>"))
                        || child.starts_with(&format!("<{name}/"))
                })
                .unwrap_or(if child.starts_with("<w:rPr") {
                    PARAGRAPH_PROPERTIES.len() + 1
                } else {
                    PARAGRAPH_PROPERTIES.len()
                })
        };
        children.sort_by_key(|child| rank(child));
        out.push_str(&children.concat());
        rest = &rest[inner_start + length..];
    }
    out.push_str(rest);
    out
}

/// The elements directly inside a piece of XML: `<a/><b><c/></b>` is
/// `<a/>` and `<b><c/></b>`.
fn top_level_elements(xml: &str) -> Vec<&str> {
    let mut elements = Vec::new();
    let mut depth = 0_usize;
    let mut start = 0;
    let mut index = 0;
    let bytes = xml.as_bytes();
    while index < bytes.len() {
        if bytes[index] == b'<' {
            let end = xml[index..].find('>').map_or(bytes.len(), |e| index + e);
            let tag = &xml[index..=end.min(bytes.len() - 1)];
            if depth == 0 {
                start = index;
            }
            if tag.starts_with("</") {
                depth = depth.saturating_sub(1);
            } else if !tag.ends_with("/>") {
                depth += 1;
            }
            if depth == 0 {
                elements.push(&xml[start..=end.min(bytes.len() - 1)]);
            }
            index = end;
        }
        index += 1;
    }
    elements
}

/// `tblHeader` on the first row of each table (every row has `cantSplit`).
fn header_rows(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() + 1024);
    let mut rest = xml;
    while let Some(table) = rest.find("<w:tbl>") {
        let after = table + "<w:tbl>".len();
        out.push_str(&rest[..after]);
        rest = &rest[after..];
        if let Some(first) = rest.find("<w:cantSplit />") {
            let end = first + "<w:cantSplit />".len();
            out.push_str(&rest[..end]);
            out.push_str("<w:tblHeader />");
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_properties_come_in_the_standards_order() {
        let xml = r#"<w:p><w:pPr><w:rPr /><w:numPr><w:numId w:val="2" /><w:ilvl w:val="0" /></w:numPr><w:keepNext /></w:pPr><w:r/></w:p><w:pPr><w:rPr /><w:pStyle w:val="Title" /></w:pPr>"#;
        assert_eq!(
            paragraph_properties_in_order(xml),
            r#"<w:p><w:pPr><w:keepNext /><w:numPr><w:numId w:val="2" /><w:ilvl w:val="0" /></w:numPr></w:pPr><w:r/></w:p><w:pPr><w:pStyle w:val="Title" /></w:pPr>"#
        );
    }

    #[test]
    fn only_the_first_row_of_a_table_repeats() {
        let xml = "<w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl><w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl>";
        assert_eq!(header_rows(xml).matches("<w:tblHeader />").count(), 2);
        assert_eq!(header_rows(xml).matches("<w:cantSplit />").count(), 3);
        let patched = header_rows(xml);
        let second_row = patched.split("<w:tr>").nth(2).unwrap_or_default();
        assert!(!second_row.contains("tblHeader"), "{patched}");
    }

    #[test]
    fn the_font_is_hidden_as_office_hides_it() {
        // Office's key of "{00010203-0405-0607-0809-0A0B0C0D0E0F}" is the
        // bytes from last to first: 0F 0E … 00.
        let font = vec![0_u8; 40];
        let hidden = obfuscated(&font, "{00010203-0405-0607-0809-0A0B0C0D0E0F}");
        assert_eq!(hidden[0], 0x0F);
        assert_eq!(hidden[15], 0x00);
        assert_eq!(hidden[16], 0x0F);
        assert_eq!(hidden[32], 0, "only the first 32 bytes");
        assert_eq!(
            obfuscated(&hidden, "{00010203-0405-0607-0809-0A0B0C0D0E0F}"),
            font
        );
    }

    #[test]
    fn the_language_goes_into_the_defaults_either_way() {
        let empty = "<w:docDefaults><w:rPrDefault><w:rPr /></w:rPrDefault>";
        assert!(dutch_language(empty).contains(r#"<w:rPr><w:lang w:val="nl-NL""#));
        let full = "<w:rPrDefault><w:rPr><w:sz w:val=\"21\" /></w:rPr></w:rPrDefault>";
        let patched = dutch_language(full);
        assert!(
            patched.contains(r#"<w:sz w:val="21" /><w:lang w:val="nl-NL""#),
            "{patched}"
        );
    }

    #[test]
    fn each_picture_gets_its_own_id_and_words() {
        let xml =
            r#"<a><wp:docPr id="1" name="Figure" /><b/><wp:docPr id="1" name="Figure" /></a>"#;
        let patched = body(xml, &["kaart & \"legenda\"", "budget"]);
        assert_eq!(
            patched,
            r#"<a><wp:docPr id="1" name="Afbeelding 1" descr="kaart &amp; &quot;legenda&quot;" /><b/><wp:docPr id="2" name="Afbeelding 2" descr="budget" /></a>"#
        );
    }
}
