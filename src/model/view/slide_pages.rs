//! Slides that hold more than one screen continue on the next slide. A
//! wijk's platforms, key figures and notes flow into two columns of the room
//! the smallest projector gives (1024×768 wide, 1280×720 high, with text no
//! smaller than at 1366×768); what does not fit goes on "Wijk X (vervolg)".
//! So nothing in the register is left off and nothing is cut. A larger zoom
//! makes the room smaller in text heights: the slide reflows onto more pages.
//!
//! Heights are estimated from the words, in body-text heights ("em"): the
//! model has no fonts. The estimate is on the safe side (a wide average
//! letter, lines broken at words), and the slides shrink a page that still
//! does not fit rather than cut it.

use crate::model::view::slides::{Slide, shown_slides};
use crate::model::{Dataset, Platform, field_names, format};

/// Body text is 34 pixels on a screen 1080 pixels high, scaled with the screen.
pub const BODY_PER_SCREEN_HEIGHT: f32 = 34.0 / 1080.0;

/// Text is never smaller than on a screen this high (1366×768): on a
/// 1280×720 beamer the letters keep their size and the slide gets fuller.
pub const SMALLEST_TEXT_SCREEN_HEIGHT: f32 = 768.0;

/// The page's margin left and right, in body heights.
pub const MARGIN_X_EM: f32 = 1.5;

/// The page's margin above and below, in body heights.
pub const MARGIN_Y_EM: f32 = 0.8;

/// The footer's height (progress bar and "Dia n van m"), in body heights.
pub const FOOTER_EM: f32 = 1.8;

/// The space between two blocks, in body heights.
const GAP_EM: f32 = 0.3;

/// The small map's height on a wijk's first page, in body heights.
pub const MAP_EM: f32 = 4.8;

/// The screens every page must fit (pixels): 4:3 beamers, duplicated
/// displays, the laptop and full HD.
pub const PROJECTOR_SCREENS: [(f32, f32); 5] = [
    (1024.0, 768.0),
    (1280.0, 720.0),
    (1280.0, 800.0),
    (1366.0, 768.0),
    (1920.0, 1080.0),
];

/// A line's height per text height (Inter, with egui's leading).
const LINE_EM: f32 = 1.22;

/// The average width of a letter per text height, a little wide on purpose
/// (measured: about 0,48 for Inter in the slides' sizes).
const LETTER_EM: f32 = 0.52;

/// Room between the two columns, in body heights.
const COLUMN_GAP_EM: f32 = 0.4;

/// What a block of a slide's flowing text is; the slide draws each kind in
/// its own size and weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A platform's name.
    PlatformName,
    /// A platform's facts or reach: "actief · vereniging".
    Fact,
    /// The heading of a list: "Wat goed gaat".
    Heading,
    /// One item of a list (drawn with a bullet).
    Item,
    /// A key figure's number: "ongeveer 400 mensen".
    FigureValue,
    /// What the key figure counts.
    FigureLabel,
    /// The heading of an ambition's interventions in one status: "in
    /// uitvoering (12)", drawn in the status's colour.
    Status(crate::model::InterventionStatus),
}

impl BlockKind {
    /// The text height of this kind, in body heights.
    pub fn size_em(self) -> f32 {
        match self {
            Self::PlatformName => 1.15,
            Self::Heading | Self::Status(_) => 1.0,
            Self::FigureValue => 1.1,
            Self::Fact | Self::Item => 0.8,
            Self::FigureLabel => 0.72,
        }
    }

    /// A heading, a name or a figure's number stays with what follows it.
    fn keeps_with_next(self) -> bool {
        matches!(
            self,
            Self::PlatformName | Self::Heading | Self::FigureValue | Self::Status(_)
        )
    }
}

/// One piece of a slide's flowing text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// How it is drawn.
    pub kind: BlockKind,
    /// Its words (without the bullet).
    pub text: String,
}

impl Block {
    fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
        }
    }

    /// The estimated height in a column `width` body heights wide.
    fn height_em(&self, width: f32) -> f32 {
        let size = self.kind.size_em();
        let bullet = if self.kind == BlockKind::Item { 2 } else { 0 };
        let letters_per_line = (width / (size * LETTER_EM)).floor().max(1.0);
        lines_needed(&self.text, letters_per_line, bullet) * size * LINE_EM + GAP_EM
    }
}

/// The lines `text` takes when broken at words, `per_line` letters a line
/// (a word longer than a line is broken where it must).
fn lines_needed(text: &str, per_line: f32, indent: usize) -> f32 {
    let per_line = crate::model::format::convert::f32_to_usize(per_line).max(1);
    let mut lines = 1usize;
    let mut used = indent;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        let needed = if used == indent { length } else { length + 1 };
        if used + needed <= per_line {
            used += needed;
            continue;
        }
        if used > indent {
            lines += 1;
        }
        used = indent + length;
        while used > per_line {
            lines += 1;
            used -= per_line;
        }
    }
    crate::model::format::convert::index_f32(lines)
}

/// The room of a slide's content below its title, in body heights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    width: f32,
    height: f32,
}

impl Room {
    /// The room on a screen of `width` × `height` pixels at `zoom` (1 = the
    /// normal size), with the text size the slides use there.
    fn on_screen(width: f32, height: f32, zoom: f32) -> Self {
        let body = height.max(SMALLEST_TEXT_SCREEN_HEIGHT) * BODY_PER_SCREEN_HEIGHT * zoom.max(0.1);
        Self {
            width: width / body - 2.0 * MARGIN_X_EM,
            height: height / body - 2.0 * MARGIN_Y_EM - FOOTER_EM,
        }
    }

    /// The room on each projector screen at `zoom`.
    fn on_projectors(zoom: f32) -> Vec<Self> {
        PROJECTOR_SCREENS
            .iter()
            .map(|&(width, height)| Self::on_screen(width, height, zoom))
            .collect()
    }

    fn column_width(self) -> f32 {
        (self.width - COLUMN_GAP_EM) / 2.0
    }
}

/// One slide as it is shown: the chosen slide, which part of it, and for a
/// wijk the blocks of each of its two columns.
#[derive(Clone, Debug, PartialEq)]
pub struct SlidePage {
    /// The chosen slide this page belongs to.
    pub slide: Slide,
    /// 0 for the slide itself, 1 for its first continuation, …
    pub part: usize,
    /// How many pages the slide takes.
    pub parts: usize,
    /// A wijk's flowing text, column by column (empty for other slides).
    pub columns: Vec<Vec<Block>>,
}

impl SlidePage {
    /// The title on the page: "Wijk Overvecht (vervolg)" after the first.
    pub fn title(&self, data: &Dataset) -> String {
        let title = self.slide.title(data);
        if self.part == 0 {
            title
        } else {
            format!("{title} (vervolg)")
        }
    }

    /// "Wijk Overvecht, deel 2 van 3" for the footer; the title alone when
    /// the slide has one page.
    pub fn footer_title(&self, data: &Dataset) -> String {
        let title = self.slide.title(data);
        if self.parts > 1 {
            format!("{title}, deel {} van {}", self.part + 1, self.parts)
        } else {
            title
        }
    }
}

/// Every page of the chosen slides at `zoom`, in order.
pub fn slide_pages(data: &Dataset, zoom: f32) -> Vec<SlidePage> {
    let rooms = Room::on_projectors(zoom);
    shown_slides(data)
        .into_iter()
        .flat_map(|slide| pages_of(data, slide, &rooms))
        .collect()
}

/// The index of the first page of `slide` in `pages`.
pub fn first_page_of(pages: &[SlidePage], slide: &Slide) -> Option<usize> {
    pages.iter().position(|page| page.slide == *slide)
}

fn pages_of(data: &Dataset, slide: Slide, rooms: &[Room]) -> Vec<SlidePage> {
    let whole = |parts: usize| -> Vec<SlidePage> {
        (0..parts)
            .map(|part| SlidePage {
                slide: slide.clone(),
                part,
                parts,
                columns: Vec::new(),
            })
            .collect()
    };
    let (blocks, columns): (Vec<Block>, Vec<Columns>) = match &slide {
        Slide::District(code) => (
            district_blocks(data, code),
            rooms
                .iter()
                .map(|room| Columns::of_district(data, code, *room))
                .collect(),
        ),
        Slide::Ambition(id) => (
            ambition_blocks(data, *id),
            rooms
                .iter()
                .map(|room| Columns::under_title(*room))
                .collect(),
        ),
        // A scenario per intervention: what stops, what shrinks, who feels
        // it, flowing over as many pages as it needs.
        Slide::Scenario(id) if plan_of(data, id).is_some() => (
            plan_of(data, id).map_or_else(Vec::new, |plan| plan_blocks(data, plan)),
            rooms
                .iter()
                .map(|room| Columns::under_title(*room))
                .collect(),
        ),
        // A scenario's chart, then its table of amounts: together they would
        // squash the chart into a strip (a row of the table takes two lines).
        Slide::Scenario(_) | Slide::Comparison => return whole(2),
        Slide::Overview | Slide::Indicators | Slide::Budget => return whole(1),
    };
    let pages = flow(&blocks, &columns);
    let parts = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(part, columns)| SlidePage {
            slide: slide.clone(),
            part,
            parts,
            columns,
        })
        .collect()
}

/// Whether a wijk's slide shows its situation under the title: not when it
/// only names the platforms or the one platform says it all.
pub fn shows_situation(data: &Dataset, code: &str) -> bool {
    let Some(district) = data.district(code) else {
        return false;
    };
    let platforms: Vec<&Platform> = data.platforms_of(code).map(|(_, p)| p).collect();
    let names: Vec<&str> = platforms.iter().map(|p| p.name.as_str()).collect();
    !district.situation.trim().is_empty()
        && district.situation != names.join(", ")
        && platforms.len() != 1
}

/// A title line (1,5 body heights) and the space under it.
fn title_em() -> f32 {
    1.5 * LINE_EM + GAP_EM + 0.5
}

/// The first page's top: the title and the situation beside the small map.
fn district_header_em(data: &Dataset, code: &str, width: f32) -> f32 {
    let beside_map = width - MAP_EM * 1.3;
    let situation = match data.district(code) {
        Some(district) if shows_situation(data, code) => {
            Block::new(BlockKind::Heading, district.situation.clone()).height_em(beside_map)
        }
        _ => 0.0,
    };
    (title_em() + situation).max(MAP_EM + GAP_EM) + 0.5
}

/// A wijk's flowing text: each platform (name, facts, reach, what goes well,
/// challenges, next steps), the key figures, the notes. Never contact persons.
pub fn district_blocks(data: &Dataset, code: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let platforms: Vec<&Platform> = data.platforms_of(code).map(|(_, p)| p).collect();
    for platform in &platforms {
        blocks.push(Block::new(BlockKind::PlatformName, platform.name.clone()));
        blocks.push(Block::new(BlockKind::Fact, platform_facts(platform)));
        for reach in &platform.reach {
            let text = format!("{} {}", format::count(&reach.count), reach.description);
            blocks.push(Block::new(BlockKind::Fact, text));
        }
        list(
            &mut blocks,
            field_names::ACTIVITIES.label,
            &platform.activities,
        );
        list(
            &mut blocks,
            field_names::CHALLENGES.label,
            &platform.challenges,
        );
        list(
            &mut blocks,
            field_names::NEXT_STEPS.label,
            &crate::model::step_lines(data, &platform.next_steps, None),
        );
    }
    let figures = data.key_figures.iter().filter(|k| k.district == code);
    for (index, figure) in figures.enumerate() {
        if index == 0 {
            blocks.push(Block::new(BlockKind::Heading, "Kerncijfers"));
        }
        let value = format!("{} {}", format::count(&figure.count), figure.unit);
        blocks.push(Block::new(BlockKind::FigureValue, value));
        blocks.push(Block::new(BlockKind::FigureLabel, figure.label.clone()));
    }
    if let Some(district) = data.district(code) {
        let heading = if platforms.is_empty() {
            "Stand van zaken"
        } else {
            "Over de wijk"
        };
        list(&mut blocks, heading, &district.notes);
    }
    blocks
}

/// An ambition's flowing text: its goals, then its interventions grouped by
/// status in the order of the work, each with its period as worded.
pub fn ambition_blocks(data: &Dataset, id: u8) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(ambition) = data.ambitions.iter().find(|a| a.id == id) {
        let goals: Vec<String> = ambition.goals.iter().map(|g| g.name.clone()).collect();
        list(&mut blocks, "Doelen", &goals);
    }
    let interventions: Vec<&crate::model::Intervention> =
        data.interventions_of(id).map(|(_, i)| i).collect();
    for status in crate::model::InterventionStatus::ALL {
        let here: Vec<&&crate::model::Intervention> = interventions
            .iter()
            .filter(|i| i.status == status)
            .collect();
        if here.is_empty() {
            continue;
        }
        blocks.push(Block::new(
            BlockKind::Status(status),
            format!("{} ({})", status.label_nl(), here.len()),
        ));
        blocks.extend(here.into_iter().map(|i| {
            let period = i.period.text.trim();
            let text = if period.is_empty() {
                i.name.clone()
            } else {
                format!("{} — {period}", i.name)
            };
            Block::new(BlockKind::Item, text)
        }));
    }
    blocks
}

/// The plan of scenario `id`, if it is a scenario per intervention.
pub fn plan_of<'a>(data: &'a Dataset, id: &str) -> Option<&'a crate::model::InterventionPlan> {
    data.scenarios
        .iter()
        .find(|s| s.id == id)?
        .per_intervention
        .as_ref()
}

/// A scenario per intervention on its slides: the saving against the cut
/// (and whether it is incomplete), what stops, what shrinks, what each
/// partner loses, the goals left without an intervention, and decisions on
/// interventions the file no longer has.
pub fn plan_blocks(data: &Dataset, plan: &crate::model::InterventionPlan) -> Vec<Block> {
    let outcome = crate::model::cut_outcome(data, plan);
    let mut blocks = vec![Block::new(BlockKind::Heading, outcome.saving_text())];
    if let Some(incomplete) = outcome.incomplete_text() {
        blocks.push(Block::new(BlockKind::Fact, incomplete));
    }
    let stopped = outcome.stopped_lines();
    list(&mut blocks, &format!("Stopt ({})", stopped.len()), &stopped);
    let reduced = outcome.reduced_lines();
    list(
        &mut blocks,
        &format!("Minder ({})", reduced.len()),
        &reduced,
    );
    list(
        &mut blocks,
        "Wat de partners inleveren",
        &outcome.partner_lines(),
    );
    list(
        &mut blocks,
        "Doelen die hun laatste interventie verliezen",
        &outcome.goals_left_without(),
    );
    list(
        &mut blocks,
        "Besluiten over interventies die er niet meer zijn",
        &outcome.missing,
    );
    if stopped.is_empty() && reduced.is_empty() {
        blocks.push(Block::new(
            BlockKind::Fact,
            "Nog geen interventie stopt of krijgt minder.",
        ));
    }
    blocks
}

/// A platform's facts on its slide: "actief · vereniging · bijna 200 leden".
fn platform_facts(platform: &Platform) -> String {
    let mut facts = vec![platform.status.label_nl().to_owned()];
    if platform.legal_form != crate::model::LegalForm::Onbekend {
        facts.push(platform.legal_form.label_nl().to_owned());
    }
    if let Some(members) = &platform.members {
        facts.push(format!("{} leden", format::count(members)));
    }
    facts.join(" · ")
}

fn list(blocks: &mut Vec<Block>, heading: &str, items: &[String]) {
    let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
    if items.is_empty() {
        return;
    }
    blocks.push(Block::new(BlockKind::Heading, heading));
    blocks.extend(
        items
            .into_iter()
            .map(|i| Block::new(BlockKind::Item, i.clone())),
    );
}

/// The two columns of a wijk's pages on one screen, in body heights.
#[derive(Clone, Copy, Debug)]
struct Columns {
    /// Each column's width.
    width: f32,
    /// Their height on the first page, below the title and the map.
    first: f32,
    /// Their height on the following pages, below the title.
    next: f32,
}

impl Columns {
    /// Two columns under the title on every page.
    fn under_title(room: Room) -> Self {
        let height = room.height - title_em();
        Self {
            width: room.column_width(),
            first: height,
            next: height,
        }
    }

    fn of_district(data: &Dataset, code: &str, room: Room) -> Self {
        Self {
            width: room.column_width(),
            first: room.height - district_header_em(data, code, room.width),
            next: room.height - title_em(),
        }
    }
}

/// Pours `blocks` into two columns on a page, as many pages as it takes, so
/// that each column fits on every screen of `screens`. A heading, a name or a
/// figure's number never ends a column; a list that goes on in a new column
/// gets its heading again, with "(vervolg)".
fn flow(blocks: &[Block], screens: &[Columns]) -> Vec<Vec<Vec<Block>>> {
    let mut pages: Vec<Vec<Vec<Block>>> = vec![vec![Vec::new()]];
    let mut left: Vec<f32> = screens.iter().map(|s| s.first).collect();
    let mut heading: Option<&Block> = None;
    let mut index = 0;
    while index < blocks.len() {
        // A unit: a block and the blocks it keeps with.
        let mut end = index;
        while end + 1 < blocks.len() && blocks[end].kind.keeps_with_next() {
            end += 1;
        }
        let unit = &blocks[index..=end];
        let heights = |extra: Option<&Block>| -> Vec<f32> {
            screens
                .iter()
                .map(|s| {
                    extra
                        .into_iter()
                        .chain(unit)
                        .map(|b| b.height_em(s.width))
                        .sum()
                })
                .collect()
        };
        let fits = heights(None).iter().zip(&left).all(|(h, l)| h <= l);
        let column_is_empty = pages
            .last()
            .and_then(|p| p.last())
            .is_none_or(Vec::is_empty);
        if !fits && !column_is_empty {
            match pages.last_mut() {
                Some(page) if page.len() < 2 => page.push(Vec::new()),
                _ => pages.push(vec![Vec::new()]),
            }
            let first_page = pages.len() == 1;
            left = screens
                .iter()
                .map(|s| if first_page { s.first } else { s.next })
                .collect();
            let continues = matches!(unit[0].kind, BlockKind::Item | BlockKind::FigureValue);
            if let (true, Some(heading)) = (continues, heading) {
                let again = Block::new(heading.kind, format!("{} (vervolg)", heading.text));
                for (l, s) in left.iter_mut().zip(screens) {
                    *l -= again.height_em(s.width);
                }
                push(&mut pages, again);
            }
        }
        for block in unit {
            match block.kind {
                BlockKind::Heading | BlockKind::Status(_) => heading = Some(block),
                BlockKind::PlatformName => heading = None,
                _ => {}
            }
            push(&mut pages, block.clone());
        }
        for (l, h) in left.iter_mut().zip(heights(None)) {
            *l -= h;
        }
        index = end + 1;
    }
    pages
}

fn push(pages: &mut [Vec<Vec<Block>>], block: Block) {
    if let Some(column) = pages.last_mut().and_then(|p| p.last_mut()) {
        column.push(block);
    }
}

/// The pages of the chosen slides for one revision of the data at one
/// zoom, worked out once and asked for everywhere (the slide on screen, the
/// keys that page through, the presenter's list, the pictures): on a large
/// register it takes milliseconds, so never every frame.
#[derive(Debug, Default)]
pub struct SlidePageCache {
    kept: std::sync::Mutex<Option<KeptPages>>,
}

/// Pages with the revision and the zoom (its bits) they were made for.
type KeptPages = (u64, u32, std::sync::Arc<Vec<SlidePage>>);

impl SlidePageCache {
    /// The pages of `data` (at `revision`) at `zoom`.
    pub fn pages(
        &self,
        data: &Dataset,
        revision: u64,
        zoom: f32,
    ) -> std::sync::Arc<Vec<SlidePage>> {
        let key = (revision, zoom.to_bits());
        let Ok(mut kept) = self.kept.lock() else {
            // A panic elsewhere held the lock: work them out without keeping.
            return std::sync::Arc::new(slide_pages(data, zoom));
        };
        if let Some((revision, bits, pages)) = kept.as_ref()
            && (*revision, *bits) == key
        {
            return std::sync::Arc::clone(pages);
        }
        let pages = std::sync::Arc::new(slide_pages(data, zoom));
        *kept = Some((key.0, key.1, std::sync::Arc::clone(&pages)));
        pages
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_too_long_for_a_line_takes_the_lines_it_needs() {
        assert_eq!(lines_needed("", 10.0, 0), 1.0);
        assert_eq!(lines_needed("een twee drie", 10.0, 0), 2.0);
        assert_eq!(lines_needed("aaaaaaaaaaaaaaaaaaaaaaaaa", 10.0, 0), 3.0);
        assert_eq!(lines_needed("een twee", 8.0, 2), 2.0);
    }

    #[test]
    fn every_block_of_every_wijk_is_on_exactly_one_page_in_order() {
        let data = crate::model::shipped_for_tests();
        for zoom in [0.5, 1.0, 1.5, 3.0] {
            let pages = slide_pages(&data, zoom);
            for district in &data.districts {
                let slide = Slide::District(district.id.clone());
                let shown: Vec<Block> = pages
                    .iter()
                    .filter(|p| p.slide == slide)
                    .flat_map(|p| p.columns.iter().flatten().cloned())
                    .filter(|b| !b.text.ends_with("(vervolg)"))
                    .collect();
                assert_eq!(
                    shown,
                    district_blocks(&data, &district.id),
                    "{}",
                    district.name
                );
            }
        }
    }

    #[test]
    fn overvecht_continues_on_next_slides_and_a_larger_zoom_takes_more() {
        let data = crate::model::shipped_for_tests();
        let overvecht = Slide::District("WK034403".into());
        let parts = |zoom| {
            slide_pages(&data, zoom)
                .iter()
                .filter(|p| p.slide == overvecht)
                .count()
        };
        assert!(
            parts(1.0) >= 2,
            "Overvecht's 35 key figures do not fit one slide"
        );
        assert!(parts(1.5) > parts(1.0));
        let pages = slide_pages(&data, 1.0);
        let second = &pages[first_page_of(&pages, &overvecht).unwrap() + 1];
        assert_eq!(second.title(&data), "Wijk Overvecht (vervolg)");
        assert!(
            second
                .footer_title(&data)
                .starts_with("Wijk Overvecht, deel 2 van ")
        );
    }

    #[test]
    fn every_column_fits_on_every_projector_unless_one_block_is_taller_than_a_column() {
        let data = crate::model::shipped_for_tests();
        for zoom in [1.0, 1.5] {
            for page in slide_pages(&data, zoom) {
                let Slide::District(code) = &page.slide else {
                    continue;
                };
                assert!(page.columns.len() <= 2);
                for room in Room::on_projectors(zoom) {
                    let columns = Columns::of_district(&data, code, room);
                    let height = if page.part == 0 {
                        columns.first
                    } else {
                        columns.next
                    };
                    for column in &page.columns {
                        let used: f32 = column.iter().map(|b| b.height_em(columns.width)).sum();
                        assert!(
                            used <= height || column.len() <= 2,
                            "{code} deel {}",
                            page.part
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_list_cut_by_a_column_repeats_its_heading() {
        let blocks: Vec<Block> = std::iter::once(Block::new(BlockKind::Heading, "Kerncijfers"))
            .chain((0..30).map(|i| Block::new(BlockKind::Item, format!("punt {i}"))))
            .collect();
        let columns = Columns {
            width: 20.0,
            first: 10.0,
            next: 10.0,
        };
        let pages = flow(&blocks, &[columns]);
        assert!(pages.len() >= 2);
        assert_eq!(pages[0][1][0].text, "Kerncijfers (vervolg)");
        // A heading never ends a column.
        for column in pages.iter().flatten() {
            assert!(column.last().is_none_or(|b| !b.kind.keeps_with_next()));
        }
    }
}
