//! The council's documents read back: the .docx as its XML (and as docx-rs
//! reads it), the PDF with lopdf (pages, language, tags, fonts, text).

use std::io::Read;

use chrono::NaiveDate;
use wijkdashboard::model::view::Derived;
use wijkdashboard::model::view::slide_pages::slide_pages;
use wijkdashboard::model::view::slide_text::slide_text;
use wijkdashboard::model::{Contact, Dataset, LogEntry};
use wijkdashboard::publish::{
    Block, Doc, DocumentKind, DocumentOptions, HandoutPage, compose, docx_bytes, handout_pdf,
    pdf_bytes,
};
use wijkdashboard::store::default_dataset;

/// Text with everything markup languages treat specially, emoji and diacritics.
const SPECIAL: &str = r"Café <b> & #set $x$ *vet* _schuin_ [link] \n één 😀";

fn stand() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

fn options() -> DocumentOptions {
    DocumentOptions::new(stand())
}

/// One part of a .docx package, as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut entry = archive.by_name(name).unwrap();
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap() + start.len();
    &text[from..from + text[from..].find(end).unwrap()]
}

/// The text of `word/document.xml`, tags removed and entities decoded.
fn docx_text(docx: &[u8]) -> String {
    let xml = part(docx, "word/document.xml");
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn pdf_text(pdf: &[u8]) -> String {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).unwrap()
}

/// Text as words, so that line breaks in the PDF do not matter.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The PDF is what PDF/UA asks for: Dutch, tagged, with a structure tree,
/// claiming PDF/UA with `title` in its metadata, every font embedded.
fn assert_accessible_pdf(pdf: &[u8], title: &str, what: &str) -> lopdf::Document {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let catalog = document.catalog().unwrap();
    let lang = catalog.get(b"Lang").unwrap().as_str().unwrap();
    assert!(
        lang.starts_with(b"nl"),
        "{what}: /Lang {}",
        String::from_utf8_lossy(lang)
    );
    let mark_info = document
        .dereference(catalog.get(b"MarkInfo").unwrap())
        .unwrap()
        .1;
    let marked = mark_info
        .as_dict()
        .unwrap()
        .get(b"Marked")
        .unwrap()
        .as_bool()
        .unwrap();
    assert!(marked, "{what} is tagged");
    assert!(
        catalog.get(b"StructTreeRoot").is_ok(),
        "{what} has a structure tree"
    );
    let metadata = document
        .dereference(catalog.get(b"Metadata").unwrap())
        .unwrap()
        .1;
    let xmp = String::from_utf8_lossy(&metadata.as_stream().unwrap().content)
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&#x27;", "'");
    assert!(xmp.contains("pdfuaid:part"), "{what} claims PDF/UA");
    assert!(xmp.contains(title), "{what}: the title in the metadata");
    // Every font embedded.
    let mut fonts = 0;
    for object in document.objects.values() {
        if let Ok(dict) = object.as_dict()
            && dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor")
        {
            fonts += 1;
            assert!(
                dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile"),
                "{what}: a font without its file"
            );
        }
    }
    assert!(fonts >= 2, "{what}: {fonts} fonts");
    document
}

fn with_contact(mut data: Dataset) -> Dataset {
    data.platforms[0].contacts.push(Contact {
        name: "Jansje Contactpersoon".into(),
        role: "voorzitter".into(),
        email: "jansje@example.org".into(),
        phone: String::new(),
    });
    data
}

#[test]
fn the_bijlage_in_word_has_heading_styles_the_overview_table_and_its_properties() {
    let data = default_dataset().unwrap();
    let docx = docx_bytes(&compose(DocumentKind::Bijlage, &data, &options())).unwrap();
    let document = part(&docx, "word/document.xml");
    let styles = part(&docx, "word/styles.xml");

    // Word's own heading styles, with outline levels: the navigation pane
    // works. The title is the first level, the chapters the second.
    for (id, name, level) in [
        ("Title", "Title", 0),
        ("Heading2", "heading 2", 1),
        ("Heading3", "heading 3", 2),
    ] {
        let at = styles.find(&format!(r#"w:styleId="{id}""#)).unwrap();
        let style = &styles[at..at + styles[at..].find("</w:style>").unwrap()];
        assert!(
            style.contains(&format!(r#"<w:name w:val="{name}""#)),
            "{style}"
        );
        assert!(
            style.contains(&format!(r#"<w:outlineLvl w:val="{level}""#)),
            "{style}"
        );
    }
    let chapters = document.matches(r#"<w:pStyle w:val="Heading2" />"#).count();
    assert!(
        chapters >= 9,
        "a chapter per wijk with content, and the sources: {chapters}"
    );

    // The overview table: a header row that repeats, and every wijk a row.
    let text = docx_text(&docx);
    let first_table =
        &document[document.find("<w:tbl>").unwrap()..document.find("</w:tbl>").unwrap()];
    assert_eq!(
        first_table.matches("<w:tr>").count(),
        1 + data.districts.len()
    );
    assert!(
        first_table.contains("<w:tblHeader />"),
        "the header row repeats on every page"
    );
    for district in &data.districts {
        assert!(
            first_table.contains(&format!(">{}<", district.name)),
            "{} has a row",
            district.name
        );
    }
    assert!(
        first_table.contains("Nog geen wijkplatform"),
        "Vleuten-De Meern has none"
    );
    assert!(text.contains("Indekerngezond"));
    assert_eq!(
        document.matches("<w:tblHeader />").count(),
        document.matches("<w:tbl>").count(),
        "every table's header row repeats"
    );

    // The lists are bulleted: the numbering their paragraphs name is a bullet.
    let numbering = part(&docx, "word/numbering.xml");
    let used = between(&document, r#"<w:numId w:val=""#, "\"");
    let abstract_id = between(
        &numbering[numbering
            .find(&format!(r#"<w:num w:numId="{used}""#))
            .unwrap()..],
        r#"<w:abstractNumId w:val=""#,
        "\"",
    );
    let at = numbering.find(&format!(
        r#"<w:abstractNum w:abstractNumId="{abstract_id}""#
    ));
    let first_level = &numbering[at.unwrap()..];
    assert!(
        first_level.find(r#"<w:numFmt w:val="bullet""#) < first_level.find("</w:lvl>"),
        "numbering {used} is a bullet list"
    );
    assert_eq!(
        numbering
            .matches(&format!(r#"<w:num w:numId="{used}""#))
            .count(),
        1,
        "one numbering with that id, so no reader takes another"
    );

    // Pictures with alt text, page numbers, title and language.
    assert!(
        document.contains(r#"descr="Kaart van de wijken van Utrecht"#),
        "the map has words"
    );
    assert!(
        !document.contains(r#"descr="""#),
        "no picture without words"
    );
    let footer = part(&docx, "word/footer1.xml");
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "{footer}"
    );
    let core = part(&docx, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Bijlage 1. Stand van zaken wijkplatforms</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>nl-NL</dc:language>"), "{core}");
    assert!(
        styles.contains(r#"<w:lang w:val="nl-NL""#),
        "the text is Dutch"
    );

    // The package is compressed (docx-rs alone stores it) and reads back.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&docx[..])).unwrap();
    let stored = archive.by_name("word/document.xml").unwrap().compression();
    assert_eq!(stored, zip::CompressionMethod::Deflated);
    assert!(docx.len() < 400_000, "{} bytes", docx.len());
    docx_rs::read_docx(&docx).expect("docx-rs reads its own package back");
}

#[test]
fn contact_persons_only_when_asked_and_in_the_pdf_only_with_the_second_tick() {
    let data = with_contact(default_dataset().unwrap());
    let plain = compose(DocumentKind::Bijlage, &data, &options());
    assert!(!docx_text(&docx_bytes(&plain).unwrap()).contains("Jansje"));
    assert!(!pdf_text(&pdf_bytes(&plain).unwrap()).contains("Jansje"));

    let asked = DocumentOptions {
        include_contacts: true,
        ..options()
    };
    let with = compose(DocumentKind::Bijlage, &data, &asked);
    assert!(docx_text(&docx_bytes(&with).unwrap()).contains("Jansje Contactpersoon, voorzitter"));

    // publish(): contacts asked, but no second tick → Word has them, the PDF not.
    let dir = tempfile::tempdir().unwrap();
    let outputs = wijkdashboard::publish::Outputs {
        word: Some(dir.path().join("b.docx")),
        pdf: Some(dir.path().join("b.pdf")),
        contacts_in_pdf: false,
    };
    let mut steps = Vec::new();
    let written =
        wijkdashboard::publish::publish(DocumentKind::Bijlage, &data, &asked, &outputs, &mut |p| {
            steps.push((p.step, p.steps, p.what))
        })
        .unwrap();
    assert_eq!(written.len(), 2);
    assert_eq!(steps.len(), 4, "{steps:?}");
    assert_eq!(steps.last().unwrap().0, 4);
    let word = std::fs::read(dir.path().join("b.docx")).unwrap();
    let pdf = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert!(docx_text(&word).contains("Jansje"));
    assert!(
        !pdf_text(&pdf).contains("Jansje"),
        "not in the PDF without the second tick"
    );

    let both = wijkdashboard::publish::Outputs {
        contacts_in_pdf: true,
        ..outputs
    };
    wijkdashboard::publish::publish(DocumentKind::Bijlage, &data, &asked, &both, &mut |_| {})
        .unwrap();
    let pdf = std::fs::read(dir.path().join("b.pdf")).unwrap();
    assert!(pdf_text(&pdf).contains("Jansje"), "with the second tick");
}

#[test]
fn both_pdfs_are_tagged_dutch_titled_embedded_and_hold_the_figures() {
    let data = default_dataset().unwrap();
    let mut all_text = String::new();
    for (kind, title) in [
        (
            DocumentKind::Bijlage,
            "Bijlage 1. Stand van zaken wijkplatforms",
        ),
        (DocumentKind::Monitor, "Monitor Samen voor Overvecht"),
        (DocumentKind::Voortgang, "Voortgang Samen voor Overvecht"),
    ] {
        let pdf = pdf_bytes(&compose(kind, &data, &options())).unwrap();
        let document = assert_accessible_pdf(&pdf, title, &format!("{kind:?}"));
        assert!(
            document.get_pages().len() >= 2,
            "{kind:?}: {} pages",
            document.get_pages().len()
        );
        all_text.push_str(&pdf_text(&pdf));
    }
    let all_text = words(&all_text);
    for expected in ["Indekerngezond", "€ 4.018.000", "29%", "Jongerenpunt"] {
        assert!(all_text.contains(expected), "the PDFs say {expected}");
    }
}

#[test]
fn special_characters_emoji_and_diacritics_come_out_as_written() {
    let mut data = default_dataset().unwrap();
    data.platforms[0].name = SPECIAL.to_owned();
    data.platforms[0].activities = vec![SPECIAL.to_owned()];
    data.districts[0].situation = format!("{SPECIAL}\n{SPECIAL}");
    let doc = compose(DocumentKind::Bijlage, &data, &options());
    let docx = docx_bytes(&doc).unwrap();
    let text = docx_text(&docx);
    assert!(
        text.matches(SPECIAL).count() >= 4,
        "Word: {}",
        text.matches(SPECIAL).count()
    );
    docx_rs::read_docx(&docx).expect("still a valid package");
    let pdf = pdf_text(&pdf_bytes(&doc).unwrap());
    // The PDF's text may break lines anywhere; compare word by word.
    assert!(
        words(&pdf).contains(&words(SPECIAL)),
        "PDF: {}",
        &pdf[..pdf.len().min(3000)]
    );
    assert!(
        !pdf.contains("vet*") || pdf.contains("*vet*"),
        "no markup applied"
    );
}

#[test]
fn a_register_without_platforms_and_a_very_long_log_entry_still_make_documents() {
    let mut data = default_dataset().unwrap();
    data.platforms.clear();
    let long: String = "Lange tekst met woorden ".repeat(210);
    assert!(long.len() >= 5000);
    data.districts[1].log.push(LogEntry {
        date: stand(),
        precision: wijkdashboard::model::DatePrecision::Dag,
        text: long.clone(),
        source: None,
    });
    let doc = compose(DocumentKind::Bijlage, &data, &options());
    let overview = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap();
    // The overview says what the register says of each wijk (its own
    // sentence), and that it has no platform.
    assert!(
        overview
            .rows
            .iter()
            .zip(&data.districts)
            .all(|(row, district)| row[1] == district.situation && row[2] == "geen wijkplatform"),
        "{:?}",
        overview.rows
    );
    let docx = docx_bytes(&doc).unwrap();
    assert!(docx_text(&docx).contains(long.trim()));
    let pdf = pdf_bytes(&doc).unwrap();
    let text = words(&pdf_text(&pdf)).replace("- ", "");
    assert!(text.matches("Lange tekst met woorden").count() >= 200);
    let monitor = compose(DocumentKind::Monitor, &data, &options());
    pdf_bytes(&monitor).unwrap();
    docx_bytes(&monitor).unwrap();
}

/// No heading without content under it: the next block is not a heading of
/// the same or a higher level, and the document does not end on one.
fn assert_no_empty_heading(doc: &Doc) {
    let levels: Vec<Option<u8>> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .collect();
    for (index, level) in levels.iter().enumerate() {
        if let Some(level) = level {
            match levels.get(index + 1) {
                None => panic!("ends on a heading: {:?}", doc.blocks[index]),
                Some(Some(next)) if next <= level => {
                    panic!("empty heading: {:?}", doc.blocks[index]);
                }
                _ => {}
            }
        }
    }
}

#[test]
fn what_the_register_does_not_have_the_text_does_not_say() {
    let data = default_dataset().unwrap();
    for kind in [
        DocumentKind::Bijlage,
        DocumentKind::Monitor,
        DocumentKind::Voortgang,
    ] {
        assert_no_empty_heading(&compose(kind, &data, &options()));
    }
    // A wijk without a platform has its story (Vleuten-De Meern's exploration).
    let bijlage = compose(DocumentKind::Bijlage, &data, &options());
    let vleuten = bijlage
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { level: 1, text } if text == "Vleuten-De Meern"))
        .expect("Vleuten-De Meern has a section");
    assert!(matches!(
        &bijlage.blocks[vleuten + 1],
        Block::Paragraph(_) | Block::Bullets(_)
    ));

    // An empty register: no section, no empty heading, still a document.
    let mut empty = data.clone();
    for district in &mut empty.districts {
        district.situation.clear();
        district.notes.clear();
        district.log.clear();
        district.neighbourhoods.clear();
    }
    empty.platforms.clear();
    empty.indicators.clear();
    empty.key_figures.clear();
    empty.scenarios.clear();
    empty.interventions.clear();
    for kind in [
        DocumentKind::Bijlage,
        DocumentKind::Monitor,
        DocumentKind::Voortgang,
    ] {
        let doc = compose(kind, &empty, &options());
        assert_no_empty_heading(&doc);
        pdf_bytes(&doc).unwrap();
    }
}

#[test]
fn the_log_since_a_date_and_up_to_the_stand() {
    let data = default_dataset().unwrap();
    let all = compose(DocumentKind::Bijlage, &data, &options())
        .texts()
        .join("\n");
    let since = DocumentOptions {
        log_since: NaiveDate::from_ymd_opt(2025, 1, 1),
        ..options()
    };
    let recent = compose(DocumentKind::Bijlage, &data, &since)
        .texts()
        .join("\n");
    let old_entries: Vec<&LogEntry> = data
        .platforms
        .iter()
        .flat_map(|p| &p.log)
        .filter(|e| e.date < NaiveDate::from_ymd_opt(2025, 1, 1).unwrap())
        .collect();
    assert!(!old_entries.is_empty(), "the seeds have older entries");
    for entry in old_entries {
        let line = format!("{}: {}", entry.date_text(), entry.text.trim());
        assert!(all.contains(&line), "all: {line}");
        assert!(!recent.contains(&line), "since 2025: {line}");
    }
    let early = DocumentOptions::new(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap());
    let before = compose(DocumentKind::Bijlage, &data, &early);
    assert!(before.subtitle.contains("1 januari 2000"));
    assert!(
        !before.texts().iter().any(|t| t.starts_with("Logboek")),
        "no log before the stand"
    );
}

#[test]
fn the_bijlage_can_carry_what_changed_since_an_earlier_stand() {
    let old = default_dataset().unwrap();
    let mut new = old.clone();
    let oost = new
        .platforms
        .iter_mut()
        .find(|p| p.name == "Wijkcoöperatie Oost voor Elkaar")
        .unwrap();
    oost.members.as_mut().unwrap().value = 213;
    let changes = wijkdashboard::model::changes::diff(&old, &new);
    let all: Vec<_> = changes.iter().collect();
    let asked = DocumentOptions {
        changes: Some(wijkdashboard::publish::ChangesSince {
            since: "de stand van 1-10-2026 10:42".into(),
            groups: wijkdashboard::model::changes::grouped_lines(&all),
        }),
        ..options()
    };
    let doc = compose(DocumentKind::Bijlage, &new, &asked);
    let heading = "Wijzigingen sinds de stand van 1-10-2026 10:42";
    let line = "Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 200 → 213";
    assert!(
        doc.blocks
            .iter()
            .any(|b| matches!(b, Block::Heading { level: 1, text } if text == heading))
    );
    assert!(docx_text(&docx_bytes(&doc).unwrap()).contains(line));
    assert!(words(&pdf_text(&pdf_bytes(&doc).unwrap())).contains(&words(heading)));
    // Without it, no such chapter.
    let plain = compose(DocumentKind::Bijlage, &new, &options());
    assert!(
        !plain
            .texts()
            .iter()
            .any(|t| t.starts_with("Wijzigingen sinds"))
    );
}

#[test]
fn the_slides_hand_out_is_a_tagged_dutch_page_per_slide_with_its_words_as_text() {
    let data = default_dataset().unwrap();
    let derived = Derived::from_data(&data, 0);
    let slides = slide_pages(&data, 1.0);
    // A 16:9 picture stands in for each slide as the window shows it.
    let picture = wijkdashboard::store::png_bytes(32, 18, vec![230; 32 * 18 * 4]).unwrap();
    let pages: Vec<HandoutPage> = slides
        .iter()
        .map(|page| HandoutPage {
            text: slide_text(&data, &derived, page),
            png: picture.clone(),
        })
        .collect();
    let title = "Dia's — Utrecht";
    let pdf = handout_pdf(title, &pages).unwrap();
    let document = assert_accessible_pdf(&pdf, title, "hand-out");
    assert_eq!(document.get_pages().len(), slides.len());
    let text = words(&pdf_text(&pdf));
    for expected in [
        "€ 3.299.000",
        "29%",
        "Wijk Vleuten-De Meern",
        "Wijkcoöperatie Oost voor Elkaar",
    ] {
        assert!(text.contains(expected), "the hand-out says {expected}");
    }
    // Each picture carries its alt text, in the structure tree.
    let alts = document
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"Alt").ok())
        .filter_map(|alt| alt.as_str().ok())
        .filter(|alt| String::from_utf8_lossy(alt).contains("zoals het publiek hem ziet"))
        .count();
    assert!(alts >= slides.len(), "{alts} slide pictures with alt text");
    // What a user typed stays text, never markup.
    let mut special = pages[0].clone();
    special.text.lines.push(SPECIAL.to_owned());
    let pdf = handout_pdf(title, &[special]).unwrap();
    assert!(words(&pdf_text(&pdf)).contains("Café <b> & #set $x$ *vet* _schuin_ [link]"));
}

#[test]
fn the_word_files_any_reader_reads() {
    let data = default_dataset().unwrap();
    for kind in [
        DocumentKind::Bijlage,
        DocumentKind::Monitor,
        DocumentKind::Voortgang,
    ] {
        let docx = docx_bytes(&compose(kind, &data, &options())).unwrap();
        let styles = part(&docx, "word/styles.xml");
        // A default paragraph style: a paragraph without its own style is Normal.
        assert!(
            styles.contains(r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#),
            "{kind:?}: no default paragraph style"
        );
        // The title is the first heading of the outline.
        let title = between(&styles, r#"w:styleId="Title">"#, "</w:style>");
        assert!(title.contains(r#"<w:outlineLvl w:val="0" />"#), "{title}");
        // No row splits across pages; only the first row of a table repeats.
        let document = part(&docx, "word/document.xml");
        let rows = document.matches("<w:tr>").count();
        assert_eq!(
            document.matches("<w:cantSplit />").count(),
            rows,
            "{kind:?}"
        );
        assert_eq!(
            document.matches("<w:tblHeader />").count(),
            document.matches("<w:tbl>").count()
        );
        // Noto Sans, as in the PDF, embedded in the file.
        assert!(styles.contains(r#"w:ascii="Noto Sans""#), "{kind:?}");
        let fonts = part(&docx, "word/fontTable.xml");
        assert!(fonts.contains(r#"<w:font w:name="Noto Sans">"#));
        assert!(fonts.contains("<w:embedRegular ") && fonts.contains("<w:embedBold "));
        let relationships = part(&docx, "word/_rels/fontTable.xml.rels");
        for file in ["fonts/NotoSans-Regular.odttf", "fonts/NotoSans-Bold.odttf"] {
            assert!(relationships.contains(file), "{relationships}");
        }
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
        let mut embedded = Vec::new();
        archive
            .by_name("word/fonts/NotoSans-Regular.odttf")
            .unwrap()
            .read_to_end(&mut embedded)
            .unwrap();
        assert_eq!(embedded.len(), notosans::REGULAR_TTF.len());
        assert_eq!(
            &embedded[32..64],
            &notosans::REGULAR_TTF[32..64],
            "only 32 bytes hidden"
        );
        assert!(part(&docx, "[Content_Types].xml").contains(r#"Extension="odttf""#));
        let settings = part(&docx, "word/settings.xml");
        assert!(settings.contains("<w:embedTrueTypeFonts />"));
        assert!(
            settings.contains("<w:autoHyphenation />"),
            "hyphenation at syllables"
        );
        // Made now, by Wijkdashboard.
        let core = part(&docx, "docProps/core.xml");
        assert!(!core.contains("1970-01-01"), "{core}");
        assert!(
            part(&docx, "docProps/app.xml").contains("<Application>Wijkdashboard</Application>")
        );
    }
}

#[test]
fn a_heading_never_ends_a_page_without_its_first_lines() {
    let data = default_dataset().unwrap();
    let doc = compose(DocumentKind::Bijlage, &data, &options());
    let docx = docx_bytes(&doc).unwrap();
    let document = part(&docx, "word/document.xml");
    // Every heading keeps with the next paragraph, and so does a one-line
    // paragraph right under a chapter's heading ("Oost voor Elkaar").
    for paragraph in document.split("<w:p ").skip(1) {
        if paragraph.contains(r#"<w:pStyle w:val="Heading"#) {
            assert!(paragraph.contains("<w:keepNext />"), "{paragraph}");
        }
    }
    // Under Noordoost's heading: the situation, one line, keeps with the
    // platform's heading that follows.
    let paragraphs: Vec<&str> = document.split("<w:p ").collect();
    let chapter = paragraphs
        .iter()
        .position(|p| p.contains(r#"<w:pStyle w:val="Heading2" />"#) && p.contains(">Noordoost<"))
        .unwrap();
    let situation = paragraphs[chapter + 1];
    assert!(
        situation.contains("Wijkplatform gaat stoppen"),
        "{situation}"
    );
    assert!(
        situation.contains("<w:keepNext />"),
        "the platform's heading and first lines come along: {situation}"
    );
}

#[test]
fn intervention_names_full_of_markup_come_through_the_voortgang_as_written() {
    let mut data = default_dataset().unwrap();
    data.interventions[0].name = SPECIAL.to_owned();
    data.interventions[0].description = format!("{SPECIAL}\n{SPECIAL}");
    data.partners[0].name = SPECIAL.to_owned();
    let doc = compose(DocumentKind::Voortgang, &data, &options());
    let docx = docx_bytes(&doc).unwrap();
    docx_rs::read_docx(&docx).expect("still a valid package");
    assert!(docx_text(&docx).matches(SPECIAL).count() >= 4);
    let pdf = pdf_text(&pdf_bytes(&doc).unwrap());
    assert!(words(&pdf).contains(&words(SPECIAL)));
}

#[test]
fn the_voortgang_has_per_ambition_its_goals_a_status_table_and_a_section_per_intervention() {
    let data = default_dataset().unwrap();
    let doc = compose(DocumentKind::Voortgang, &data, &options());
    let headings: Vec<(u8, &str)> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } => Some((*level, text.as_str())),
            _ => None,
        })
        .collect();
    for ambition in &data.ambitions {
        let title = format!("Ambitie {}: {}", ambition.id, ambition.name);
        assert!(headings.contains(&(1, title.as_str())), "{title}");
    }
    let tables: Vec<&wijkdashboard::publish::Table> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), 5, "one status table per ambition");
    assert_eq!(
        tables[0].header,
        ["Interventie", "Status", "Periode", "Partners", "Resultaat"]
    );
    let rows: usize = tables.iter().map(|t| t.rows.len()).sum();
    assert_eq!(rows, data.interventions.len());
    for intervention in &data.interventions {
        assert!(
            headings.contains(&(2, intervention.name.as_str())),
            "{}",
            intervention.name
        );
    }
    // The three goals of Veilige buurten; the others are being worked out.
    let texts = doc.texts();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Overvechtse jeugd groeit goed en veilig op"))
    );
    assert_eq!(
        texts
            .iter()
            .filter(|t| **t == "De doelen van deze ambitie zijn in uitwerking.")
            .count(),
        4
    );
    assert_no_empty_heading(&doc);
}

/// Issue 29: a compared scenario per intervention gets its section in the
/// monitor (the saving against the cut, a row per intervention that stops
/// or shrinks, the partners), and its slide says the same.
#[test]
fn a_scenario_per_intervention_is_in_the_monitor_and_on_its_slide() {
    use wijkdashboard::model::{
        Decision, InterventionPlan, Scenario, ScenarioComparison, YearAmount,
    };
    let mut data = default_dataset().unwrap();
    let weggeef = data
        .interventions
        .iter()
        .position(|i| i.name.contains("Weggeefbus"))
        .unwrap();
    data.interventions[weggeef].amounts = vec![YearAmount {
        year: 2026,
        amount_eur: 719_000,
    }];
    let mut plan = InterventionPlan {
        from_year: 2026,
        choices: Vec::new(),
    };
    plan.set_decision(&data.interventions[weggeef].id, Decision::Stoppen);
    data.scenarios.push(Scenario {
        id: "per".into(),
        name: "Per interventie".into(),
        per_intervention: Some(plan),
        ..Scenario::default()
    });
    data.comparison = ScenarioComparison {
        scenarios: vec!["per".into()],
        year: 2026,
        reference_year: 2025,
    };
    let doc = compose(DocumentKind::Monitor, &data, &options());
    let texts = doc.texts().join("\n");
    assert!(
        texts.contains("Besluiten per interventie: Per interventie"),
        "{texts}"
    );
    assert!(
        texts.contains(
            "Besparing in 2026: € 719.000 van € 719.000 — de bezuiniging is precies gehaald."
        ),
        "{texts}"
    );
    assert!(texts.contains("interventies zonder bedrag in 2026: de besparing is onvolledig."));
    let name = &data.interventions[weggeef].name;
    assert!(
        texts.contains(name.as_str()) && texts.contains("stoppen"),
        "{texts}"
    );
    assert!(texts.contains("DOCK: − € 719.000"), "{texts}");
    let pages = slide_pages(&data, 1.0);
    let slide = pages
        .iter()
        .find(|p| p.title(&data) == "Scenario Per interventie")
        .unwrap();
    let derived = Derived::from_data(&data, 1);
    let text = slide_text(&data, &derived, slide);
    let lines = text.lines.join("\n");
    assert!(
        lines.contains("Stopt (1)") && lines.contains(name.as_str()),
        "{lines}"
    );
    assert!(lines.contains("DOCK: − € 719.000"), "{lines}");
    // Both writers take the section.
    assert!(docx_bytes(&doc).is_ok());
    assert!(pdf_bytes(&doc).is_ok());
}
