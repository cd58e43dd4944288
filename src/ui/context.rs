//! [`ViewContext`]: what every view gets, in one value: the data, the
//! figures derived from it, its validation problems, the UI settings and the
//! queue for what the user asks.

use crate::command::{CommandQueue, Message, UiCommand};
use crate::document::{Document, Edit};
use crate::model::view::Derived;
use crate::model::view::slide_pages::{SlidePage, SlidePageCache};
use crate::model::{Dataset, Problem};
use crate::ui::settings::UiSettings;

/// The document as the views see it, and the way back to the app.
pub struct ViewContext<'a> {
    data: &'a Dataset,
    derived: &'a Derived,
    problems: &'a [Problem],
    revision: u64,
    slide_pages: &'a SlidePageCache,
    settings: &'a UiSettings,
    queue: &'a mut CommandQueue,
}

impl<'a> ViewContext<'a> {
    /// The context of `document`, with `settings`, filling `queue`.
    pub fn new(
        document: &'a Document,
        settings: &'a UiSettings,
        queue: &'a mut CommandQueue,
    ) -> Self {
        Self {
            data: document.data(),
            derived: document.derived(),
            problems: document.problems(),
            revision: document.revision(),
            slide_pages: document.slide_page_cache(),
            settings,
            queue,
        }
    }

    /// The data.
    pub fn data(&self) -> &'a Dataset {
        self.data
    }

    /// The figures derived from the data (series, budget years, the map).
    pub fn derived(&self) -> &'a Derived {
        self.derived
    }

    /// The data's revision: it grows with every change, so what is worked
    /// out from the data can be kept until it changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The pages of the chosen slides at `zoom`, worked out once per
    /// revision and zoom.
    pub fn slide_pages(&self, zoom: f32) -> std::sync::Arc<Vec<SlidePage>> {
        self.slide_pages.pages(self.data, self.revision, zoom)
    }

    /// The validation problems of the data.
    pub fn problems(&self) -> &'a [Problem] {
        self.problems
    }

    /// The UI settings (selection, view, map kind).
    pub fn settings(&self) -> &'a UiSettings {
        self.settings
    }

    /// Asks for a command.
    pub fn command(&mut self, command: UiCommand) {
        self.queue.command(command);
    }

    /// Sends a message.
    pub fn message(&mut self, message: Message) {
        self.queue.message(message);
    }

    /// Sends an edit of the data; the same `key` in quick succession is one
    /// undo step.
    pub fn edit(&mut self, edit: Edit, key: Option<String>) {
        self.queue.edit(edit, key);
    }
}

/// Today: from `SOURCE_DATE_EPOCH` where it is set (pictures and tests
/// that must not change with the calendar), else the clock. What is
/// overdue and where the timeline's today is follow it.
pub fn today() -> chrono::NaiveDate {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|seconds| chrono::DateTime::from_timestamp(seconds, 0))
        .map_or_else(|| chrono::Local::now().date_naive(), |d| d.date_naive())
}
