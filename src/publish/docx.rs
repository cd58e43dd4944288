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
use super::doc::{Block, Doc, Figure, Table, printable};

/// The font of the document: on every Windows laptop, and LibreOffice
/// substitutes a metric-compatible one.
const FONT: &str = "Arial";
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
    for block in &doc.blocks {
        docx = add_block(docx, block);
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
        .add_style(heading("Heading1", "heading 1", 0, 30))
        .add_style(heading("Heading2", "heading 2", 1, 25))
        .add_style(heading("Heading3", "heading 3", 2, 22))
        .add_style(
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .italic()
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

fn add_block(docx: Docx, block: &Block) -> Docx {
    match block {
        Block::Heading { level, text } => {
            let style = match level {
                0 | 1 => "Heading1",
                2 => "Heading2",
                _ => "Heading3",
            };
            docx.add_paragraph(text_paragraph(text).style(style).keep_next(true))
        }
        Block::Paragraph(text) => docx.add_paragraph(text_paragraph(text)),
        // A platform's facts stay together with what follows them.
        Block::Fact { label, value } => docx.add_paragraph(
            Paragraph::new()
                .add_run(
                    Run::new()
                        .bold()
                        .add_text(format!("{}: ", printable(label))),
                )
                .add_run(text_run(value))
                .keep_next(true),
        ),
        Block::Bullets(items) => items.iter().fold(docx, |docx, item| {
            docx.add_paragraph(
                text_paragraph(item).numbering(NumberingId::new(BULLETS), IndentLevel::new(0)),
            )
        }),
        Block::Table(table) => docx
            .add_table(word_table(table))
            .add_paragraph(Paragraph::new()),
        Block::Figure(figure) => add_figure(docx, figure),
    }
}

fn word_table(table: &Table) -> docx_rs::Table {
    let total: u32 = table
        .widths
        .iter()
        .map(|w| u32::from(*w))
        .sum::<u32>()
        .max(1);
    let widths: Vec<usize> = table
        .widths
        .iter()
        .map(|w| usize::try_from(TEXT_WIDTH * u32::from(*w) / total).unwrap_or(0))
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
        let row = TableRow::new(cells);
        // The header row is marked by `cantSplit`, which `finish_package`
        // extends with `tblHeader` (docx-rs has no setter for it).
        if header { row.cant_split() } else { row }
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
            "docProps/core.xml" => patch_text(&bytes, |xml| core_properties(xml, title))?,
            "word/styles.xml" => patch_text(&bytes, dutch_language)?,
            "word/document.xml" => patch_text(&bytes, |xml| body(xml, alts))?,
            _ => bytes,
        };
        out.start_file(name, options).map_err(|e| fail(&e))?;
        out.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

fn patch_text(bytes: &[u8], patch: impl FnOnce(&str) -> String) -> Result<Vec<u8>, PublishError> {
    let xml = std::str::from_utf8(bytes).map_err(|e| PublishError::Word(e.to_string()))?;
    Ok(patch(xml).into_bytes())
}

/// The title, language and maker in the document's properties.
fn core_properties(xml: &str, title: &str) -> String {
    let xml = xml
        .replace(
            "<dc:creator>unknown</dc:creator>",
            "<dc:creator>Wijkdashboard</dc:creator>",
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            "<cp:lastModifiedBy>Wijkdashboard</cp:lastModifiedBy>",
        );
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

/// Repeating header rows, and every picture its own id, name and alt text.
fn body(xml: &str, alts: &[&str]) -> String {
    let xml = xml
        .replace("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />")
        .replace("<w:cantSplit/>", "<w:cantSplit/><w:tblHeader/>");
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

#[cfg(test)]
mod tests {
    use super::*;

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
