//! The slides as a PDF hand-out for the council and the griffie: every
//! chosen slide one 16:9 page, its picture as the audience sees it, with
//! the slide's title and words as real text (the same words the slides
//! show, from `model::view::slide_text`), so the file is searchable and
//! accessible: PDF/UA-1, tagged, Dutch, alt text on each picture.
//! Typeset by typst, as the Bijlage is.

use std::sync::OnceLock;

use typst::foundations::{Array, Bytes, Dict, IntoValue, Value};
use typst_as_lib::{TypstEngine, TypstTemplateMainFile};

use super::PublishError;
use super::doc::printable;
use crate::model::view::slide_text::SlideText;

const TEMPLATE: &str = include_str!("handout.typ");

/// One page of the hand-out.
#[derive(Clone, Debug)]
pub struct HandoutPage {
    /// The slide's words.
    pub text: SlideText,
    /// The slide's picture, as PNG.
    pub png: Vec<u8>,
}

fn engine() -> &'static TypstEngine<TypstTemplateMainFile> {
    static ENGINE: OnceLock<TypstEngine<TypstTemplateMainFile>> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .main_file(TEMPLATE)
            .fonts(super::pdf::FONTS)
            .build()
    })
}

fn text(value: &str) -> Value {
    printable(value).into_owned().into_value()
}

/// The hand-out as the bytes of a PDF/UA-1 file, titled `title`.
///
/// # Errors
/// [`PublishError::Pdf`] when typst cannot lay it out (a picture that is
/// not a PNG, or a bug).
pub fn handout_pdf(title: &str, pages: &[HandoutPage]) -> Result<Vec<u8>, PublishError> {
    let count = pages.len();
    let slides: Array = pages
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let mut slide = Dict::new();
            slide.insert("title".into(), text(&page.text.title));
            let lines: Array = page.text.lines.iter().map(|line| text(line)).collect();
            slide.insert("lines".into(), Value::Array(lines));
            slide.insert("png".into(), Bytes::new(page.png.clone()).into_value());
            let alt = format!(
                "Dia {} van {count}: {}, zoals het publiek hem ziet.",
                index + 1,
                page.text.title
            );
            slide.insert("alt".into(), text(&alt));
            Value::Dict(slide)
        })
        .collect();
    let mut inputs = Dict::new();
    inputs.insert("title".into(), text(title));
    inputs.insert("slides".into(), Value::Array(slides));
    super::pdf::typeset(engine(), inputs)
}
