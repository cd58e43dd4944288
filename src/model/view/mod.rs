//! What the views show, worked out without egui: the charts' bars, lines
//! and texts, the slides with their words and pages, the colours of
//! statuses and money, and the derived figures kept between frames.

pub(crate) mod charts;
pub(crate) mod colours;
mod derived;
pub mod slide_pages;
pub mod slide_text;
pub mod slides;

pub use derived::Derived;
