//! What changed between two versions of the register, and two copies made
//! one. Both work on the dataset's own serde form, field by field, so every
//! field is compared — also one added later — without a list kept by hand:
//!
//! - [`diff`]: every change from an old to a new version, each with its
//!   place in words ("Oost › Wijkcoöperatie Oost voor Elkaar › Leden"), its
//!   old and new value, the part of the register and the wijk.
//! - [`merge`]: a three-way merge of two copies descended from a common
//!   version; list entries by their id (or year, or wijk), lists of texts
//!   and log entries by content, so no entry is lost and one added on both
//!   sides appears once. What both changed differently is a [`Conflict`].
//!
//! The boundaries and the scenario comparison are compared as one value.

mod describe;
mod diff;
mod merge;
mod summary;
mod table_preview;
mod tree;
mod workbook_merge;

use serde_json::Value;

pub use describe::Part;
pub use diff::{Change, Difference};
pub use merge::Conflict;
pub use summary::summary_nl;
pub use table_preview::{TablePreview, TableSource};
pub use tree::{EntryKey, Step};
pub use workbook_merge::merge_workbook;

use super::{Dataset, Lineage};

/// One change, as a user reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetChange {
    /// The change in the tree (to apply it).
    pub change: Change,
    /// Where, in words: "Oost › Wijkcoöperatie Oost voor Elkaar › Leden".
    pub place: String,
    /// The part of the register, for the filter.
    pub part: Part,
    /// The wijk it belongs to, by name, if any.
    pub wijk: Option<String>,
    /// Where its group stands in the report: the wijken in the register's
    /// order, then the programme.
    pub rank: usize,
    /// The old value in words ("–": none).
    pub old: String,
    /// The new value in words ("–": none).
    pub new: String,
}

impl DatasetChange {
    /// One line: "Oost › … › Leden: 200 → 213", "… › Logboek: + 2024-07-01: …".
    pub fn line(&self) -> String {
        match &self.change.difference {
            Difference::Added { .. } => format!("{}: + {}", self.place, self.new),
            Difference::Removed { .. } => format!("{}: − {}", self.place, self.old),
            Difference::Reordered { .. } => format!("{}: andere volgorde", self.place),
            Difference::Changed { .. } => format!("{}: {} → {}", self.place, self.old, self.new),
        }
    }

    /// "gewijzigd", "toegevoegd", "verwijderd" or "volgorde".
    fn kind_nl(&self) -> &'static str {
        match self.change.difference {
            Difference::Added { .. } => "toegevoegd",
            Difference::Removed { .. } => "verwijderd",
            Difference::Reordered { .. } => "volgorde",
            Difference::Changed { .. } => "gewijzigd",
        }
    }
}

/// The changes grouped as the report shows them: per wijk (by name) in
/// the order of the register, then the programme per part (indicators,
/// key figures, budget, scenarios, the rest); each group with its lines.
pub fn grouped_lines(changes: &[&DatasetChange]) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(usize, String, Vec<String>)> = Vec::new();
    for change in changes {
        let group = change
            .wijk
            .clone()
            .unwrap_or_else(|| change.part.label_nl().to_owned());
        match groups.iter_mut().find(|(_, name, _)| *name == group) {
            Some((rank, _, lines)) => {
                *rank = (*rank).min(change.rank);
                lines.push(change.line());
            }
            None => groups.push((change.rank, group, vec![change.line()])),
        }
    }
    groups.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    groups
        .into_iter()
        .map(|(_, name, lines)| (name, lines))
        .collect()
}

/// What differs between two versions, short enough for a dialog: each
/// change as the report words it when there are few; otherwise one line per
/// group (as [`grouped_lines`]) with its count. Empty when the two are equal.
pub fn summary_lines(old: &Dataset, new: &Dataset) -> Vec<String> {
    /// More lines than this and a dialog no longer fits a laptop's screen.
    const MOST_LINES: usize = 12;
    let changes = diff(old, new);
    let refs: Vec<&DatasetChange> = changes.iter().collect();
    let groups = grouped_lines(&refs);
    if changes.len() <= MOST_LINES {
        return groups.into_iter().flat_map(|(_, lines)| lines).collect();
    }
    groups
        .into_iter()
        .map(|(group, lines)| {
            let word = if lines.len() == 1 {
                "wijziging"
            } else {
                "wijzigingen"
            };
            format!("{group}: {} {word}", lines.len())
        })
        .collect()
}

/// The changes as a table (for CSV): wijk, part, place, kind, old, new.
pub fn changes_table(changes: &[DatasetChange], since: &str) -> super::tables::Table {
    use super::tables::{Cell, Table};
    Table {
        name: format!("Wijzigingen sinds {since}"),
        file_stem: "wijzigingen".to_owned(),
        columns: ["Wijk", "Onderdeel", "Plaats", "Soort", "Oud", "Nieuw"]
            .map(str::to_owned)
            .to_vec(),
        rows: changes
            .iter()
            .map(|change| {
                vec![
                    Cell::Text(change.wijk.clone().unwrap_or_default()),
                    Cell::Text(change.part.label_nl().to_owned()),
                    Cell::Text(change.place.clone()),
                    Cell::Text(change.kind_nl().to_owned()),
                    Cell::Text(change.old.clone()),
                    Cell::Text(change.new.clone()),
                ]
            })
            .collect(),
    }
}

/// The dataset as a tree of values, without its lineage: where a file
/// comes from is not a change of the register.
fn tree_of(data: &Dataset) -> Value {
    // A dataset always serialises (plain data, string keys).
    let mut tree = serde_json::to_value(data).unwrap_or(Value::Null);
    if let Some(fields) = tree.as_object_mut() {
        fields.remove("lineage");
    }
    tree
}

/// A tree back into a dataset; a Dutch message when it is not one.
fn dataset_of(tree: Value) -> Result<Dataset, String> {
    serde_json::from_value(tree)
        .map_err(|error| format!("het samengevoegde bestand is geen geldig register: {error}"))
}

/// Every change from `old` to `new`, in the order of the register.
pub fn diff(old: &Dataset, new: &Dataset) -> Vec<DatasetChange> {
    let (a, b) = (tree_of(old), tree_of(new));
    diff::diff_trees(&a, &b)
        .into_iter()
        .map(|change| describe_change(change, [&a, &b]))
        .collect()
}

fn describe_change(change: Change, trees: [&Value; 2]) -> DatasetChange {
    let (place, part, wijk) = describe::place(&change.path, trees);
    let rank = describe::group_rank(trees, part, wijk.as_deref());
    let (old, new) = match &change.difference {
        Difference::Changed { old, new } => (
            describe::value_in(trees, &change.path, Some(old)),
            describe::value_in(trees, &change.path, Some(new)),
        ),
        Difference::Added { new, .. } => (
            "–".to_owned(),
            describe::value_in(trees, &change.path, Some(new)),
        ),
        Difference::Removed { old } => (
            describe::value_in(trees, &change.path, Some(old)),
            "–".to_owned(),
        ),
        Difference::Reordered { .. } => (String::new(), String::new()),
    };
    // An entry added or removed by its name: "Scenario's: + Wonen levert
    // in", not the name twice.
    let entry = match &change.difference {
        Difference::Added { .. } => &new,
        Difference::Removed { .. } => &old,
        _ => "",
    };
    let place = match place.strip_suffix(entry) {
        Some(list) if !entry.is_empty() && list.ends_with(" › ") => {
            list.trim_end_matches(" › ").to_owned()
        }
        _ => place,
    };
    DatasetChange {
        change,
        place,
        part,
        wijk,
        rank,
        old,
        new,
    }
}

/// `changes` (a [`diff`] from `old`) applied to `old`: the test that a
/// diff misses nothing.
#[cfg(test)]
///
/// # Errors
/// A Dutch message when the result is not a register (changes of another
/// dataset applied here).
pub fn apply(old: &Dataset, changes: &[DatasetChange]) -> Result<Dataset, String> {
    let plain: Vec<Change> = changes.iter().map(|c| c.change.clone()).collect();
    dataset_of(diff::apply_changes(&tree_of(old), &plain))
}

/// What stays of this copy when another file is merged in by *Importeren →
/// Samenvoegen*: the programme's money and choices, and where the file
/// comes from.
const KEPT_ON_IMPORT: [&str; 6] = [
    "budget",
    "ambitions",
    "slides",
    "scenarios",
    "comparison",
    "boundaries",
];

/// `imported` merged into `current` as *Importeren → Samenvoegen* does it,
/// with the one merge of the app: what the file has that `current` lacks is
/// added, what both have the file's version of, nothing is removed, and the
/// budget, ambitions, scenarios, slides and map of `current` stay.
///
/// # Errors
/// A Dutch message when the result is not a register (which only a bug
/// causes).
pub fn merge_import(current: &Dataset, imported: &Dataset) -> Result<Dataset, String> {
    let mut merge = merge_without_base(current, imported);
    for index in 0..merge.conflicts().len() {
        let conflict = &merge.conflicts()[index];
        let kept = matches!(conflict.path.first(), Some(Step::Field(top)) if KEPT_ON_IMPORT.contains(&top.as_str()));
        let decision = if kept || conflict.theirs.is_none() {
            Decision::Mine
        } else {
            Decision::Theirs
        };
        merge.decide(index, decision);
    }
    let (mut merged, _) = merge.finish()?;
    merged.lineage = current.lineage.clone();
    Ok(merged)
}

/// How the user decided a conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// Keep this copy's value.
    Mine,
    /// Take the other copy's value.
    Theirs,
    /// A text the user wrote.
    Own(String),
}

/// A merge under way: what came in by itself, and the conflicts to decide.
#[derive(Clone, Debug)]
pub struct Merge {
    mine: Value,
    merged: Value,
    conflicts: Vec<Conflict>,
    decisions: Vec<Option<Decision>>,
    /// Whether the copies' common version was known.
    has_base: bool,
    /// The lineage of the result: both copies' versions.
    lineage: Lineage,
}

/// A conflict as a user reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictText {
    /// Where, in words.
    pub place: String,
    /// The wijk it belongs to, if any.
    pub wijk: Option<String>,
    /// The common version's value.
    pub base: String,
    /// This copy's value ("verwijderd" when it deleted it).
    pub mine: String,
    /// The other copy's value.
    pub theirs: String,
    /// Whether the value is text, so the user may write their own.
    pub is_text: bool,
}

/// Merges `mine` and `theirs`, both descended from `base`.
pub fn merge(base: &Dataset, mine: &Dataset, theirs: &Dataset) -> Merge {
    let (b, m, t) = (tree_of(base), tree_of(mine), tree_of(theirs));
    let merged = merge::merge_trees(Some(&b), &m, &t);
    Merge::new(m, merged, mine.lineage.joined(&theirs.lineage))
}

/// Merges two copies whose common version is not known: what both hold
/// alike is kept, every difference is a conflict (an entry only one side
/// has as well), and lists of texts and log entries keep the entries of both.
pub fn merge_without_base(mine: &Dataset, theirs: &Dataset) -> Merge {
    let (m, t) = (tree_of(mine), tree_of(theirs));
    let merged = merge::merge_trees(None, &m, &t);
    Merge::new(m, merged, mine.lineage.joined(&theirs.lineage))
}

impl Merge {
    fn new(mine: Value, merged: merge::MergedTree, lineage: Lineage) -> Self {
        let decisions = vec![None; merged.conflicts.len()];
        Self {
            has_base: merged.has_base,
            mine,
            merged: merged.tree,
            conflicts: merged.conflicts,
            decisions,
            lineage,
        }
    }

    /// Whether the merge knew the version both copies come from.
    #[cfg(test)]
    pub fn has_base(&self) -> bool {
        self.has_base
    }

    /// The conflicts, in the order of the register.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// Conflict `index` in words.
    pub fn conflict_text(&self, index: usize) -> Option<ConflictText> {
        let conflict = self.conflicts.get(index)?;
        let (place, _, wijk) = describe::place(&conflict.path, [&self.mine, &self.merged]);
        let missing = if self.has_base {
            "verwijderd"
        } else {
            "ontbreekt"
        };
        let side = |value: &Option<Value>| match value {
            None => missing.to_owned(),
            Some(value) => describe::value_at_text(&conflict.path, Some(value)),
        };
        let is_text = [&conflict.mine, &conflict.theirs]
            .iter()
            .all(|v| v.as_ref().is_some_and(Value::is_string));
        Some(ConflictText {
            place,
            wijk,
            base: conflict.base.as_ref().map_or_else(
                || "–".to_owned(),
                |v| describe::value_at_text(&conflict.path, Some(v)),
            ),
            mine: side(&conflict.mine),
            theirs: side(&conflict.theirs),
            is_text,
        })
    }

    /// Decides conflict `index`.
    pub fn decide(&mut self, index: usize, decision: Decision) {
        if let Some(slot) = self.decisions.get_mut(index) {
            *slot = Some(decision);
        }
    }

    /// How conflict `index` was decided, if it was.
    pub fn decision(&self, index: usize) -> Option<&Decision> {
        self.decisions.get(index).and_then(Option::as_ref)
    }

    /// Whether every conflict is decided.
    pub fn is_decided(&self) -> bool {
        self.decisions.iter().all(Option::is_some)
    }

    /// What came in without a question: the changes from this copy to the
    /// merge, the conflicts left out.
    pub fn incoming(&self) -> Vec<DatasetChange> {
        diff::diff_trees(&self.mine, &self.merged)
            .into_iter()
            .filter(|change| {
                !self
                    .conflicts
                    .iter()
                    .any(|c| change.path.starts_with(&c.path) || c.path.starts_with(&change.path))
            })
            .map(|change| describe_change(change, [&self.mine, &self.merged]))
            .collect()
    }

    /// The merged dataset with every decision applied (an undecided conflict
    /// keeps "mine"), and the values that lost, one line each, for the
    /// merge log.
    ///
    /// # Errors
    /// A Dutch message when the result is not a register.
    pub fn finish(&self) -> Result<(Dataset, Vec<String>), String> {
        let mut tree = self.merged.clone();
        let mut lost = Vec::new();
        for (index, conflict) in self.conflicts.iter().enumerate() {
            let decision = self.decision(index).cloned().unwrap_or(Decision::Mine);
            let (chosen, losers) = match decision {
                Decision::Mine => (conflict.mine.clone(), vec![("hun", &conflict.theirs)]),
                Decision::Theirs => (conflict.theirs.clone(), vec![("mijn", &conflict.mine)]),
                Decision::Own(text) => (
                    Some(Value::String(text)),
                    vec![("mijn", &conflict.mine), ("hun", &conflict.theirs)],
                ),
            };
            tree::set(&mut tree, &conflict.path, chosen);
            let (place, _, _) = describe::place(&conflict.path, [&self.mine, &self.merged]);
            for (side, value) in losers {
                let text = value
                    .as_ref()
                    .map_or_else(|| "(ontbrak)".to_owned(), Value::to_string);
                lost.push(format!("{place} — {side}: {text}"));
            }
        }
        let mut data = dataset_of(tree)?;
        data.lineage = self.lineage.clone();
        Ok((data, lost))
    }
}

#[cfg(test)]
mod tests;
