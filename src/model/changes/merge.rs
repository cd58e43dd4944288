//! Three-way merge of trees: what changed on one side is taken, the same
//! change on both sides once, different changes to one value are a
//! conflict, and list entries are merged by their identity.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::tree::{EntryKey, Step, field, is_whole, keyed};

/// Two sides changed one value differently (or one deleted what the other
/// changed). The merged tree holds "mine" (or, where mine deleted it,
/// "theirs", to keep its place) until the user decides.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Where.
    pub path: Vec<Step>,
    /// The common version's value (`None`: not there).
    pub base: Option<Value>,
    /// This copy's value (`None`: deleted).
    pub mine: Option<Value>,
    /// The other copy's value (`None`: deleted).
    pub theirs: Option<Value>,
}

/// The merged tree and what the user must decide.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct MergedTree {
    /// The merge, with "mine" where there is a conflict.
    pub tree: Value,
    /// The conflicts, in the order of the tree.
    pub conflicts: Vec<Conflict>,
    /// Whether the common version was known.
    pub has_base: bool,
}

/// Merges `mine` and `theirs`, both descended from `base`; without a base
/// every difference is a conflict.
pub(super) fn merge_trees(base: Option<&Value>, mine: &Value, theirs: &Value) -> MergedTree {
    let mut merger = Merger {
        has_base: base.is_some(),
        conflicts: Vec::new(),
        path: Vec::new(),
    };
    let tree = merger
        .value(base, Some(mine), Some(theirs))
        .unwrap_or(Value::Null);
    MergedTree {
        tree,
        conflicts: merger.conflicts,
        has_base: merger.has_base,
    }
}

/// The state of one merge: where it is and what it found.
struct Merger {
    /// Whether the common version is known; without it, a value only one
    /// side changed cannot be told from one the other side changed back.
    has_base: bool,
    conflicts: Vec<Conflict>,
    path: Vec<Step>,
}

/// Whether the value counts as not there (absent, null, or an empty list).
fn is_nothing(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::Array(list)) => list.is_empty(),
        Some(_) => false,
    }
}

fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    a == b || (is_nothing(a) && is_nothing(b))
}

impl Merger {
    fn value(
        &mut self,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if same(mine, theirs) {
            return mine.cloned();
        }
        if self.has_base {
            if same(base, theirs) {
                return mine.cloned();
            }
            if same(base, mine) {
                return theirs.cloned();
            }
        }
        let whole = is_whole(&self.path);
        match (mine, theirs) {
            (Some(Value::Object(m)), Some(Value::Object(t))) if !whole => {
                let b = base.filter(|v| v.is_object()).unwrap_or(&Value::Null);
                let mut names: Vec<&String> = m.keys().collect();
                names.extend(t.keys().filter(|k| !m.contains_key(*k)));
                let mut merged = serde_json::Map::new();
                for name in names {
                    self.path.push(Step::Field(name.clone()));
                    let value = self.value(
                        Some(field(b, name)),
                        Some(field(mine.unwrap_or(&Value::Null), name)),
                        Some(field(theirs.unwrap_or(&Value::Null), name)),
                    );
                    self.path.pop();
                    if let Some(value) = value.filter(|v| !v.is_null()) {
                        merged.insert(name.clone(), value);
                    }
                }
                Some(Value::Object(merged))
            }
            (Some(Value::Array(m)), Some(Value::Array(t))) if !whole => {
                let empty = Vec::new();
                let b = base.and_then(Value::as_array).unwrap_or(&empty);
                Some(Value::Array(self.list(b, m, t)))
            }
            _ => {
                self.conflicts.push(Conflict {
                    path: self.path.clone(),
                    base: base.filter(|v| !v.is_null()).cloned(),
                    mine: mine.filter(|v| !v.is_null()).cloned(),
                    theirs: theirs.filter(|v| !v.is_null()).cloned(),
                });
                // A placeholder that keeps the entry's place in its list until
                // the user decides (deleting it then takes it out again).
                mine.filter(|v| !v.is_null()).or(theirs).cloned()
            }
        }
    }

    fn list<'a>(
        &mut self,
        base: &'a [Value],
        mine: &'a [Value],
        theirs: &'a [Value],
    ) -> Vec<Value> {
        let lists = keyed(&[base, mine, theirs]);
        let [b, m, t] = [0, 1, 2].map(|i| lists.get(i).cloned().unwrap_or_default());
        let content = b
            .iter()
            .chain(&m)
            .chain(&t)
            .next()
            .is_some_and(|(k, _)| matches!(k, EntryKey::Content(..)));
        if content {
            return merge_by_content(&b, &m, &t);
        }
        // By reference: an entry is cloned only where the merge takes it.
        let index = |list: &[(EntryKey, &'a Value)]| -> HashMap<EntryKey, &'a Value> {
            list.iter().map(|(k, v)| (k.clone(), *v)).collect()
        };
        let (bi, mi, ti) = (index(&b), index(&m), index(&t));
        let mut merged: HashMap<EntryKey, Value> = HashMap::new();
        let all: Vec<EntryKey> = order_of_keys(&keys(&b), &keys(&m), &keys(&t));
        for key in &all {
            self.path.push(Step::Entry(key.clone()));
            let value = self.value(
                bi.get(key).copied(),
                mi.get(key).copied(),
                ti.get(key).copied(),
            );
            self.path.pop();
            if let Some(value) = value {
                merged.insert(key.clone(), value);
            }
        }
        all.iter().filter_map(|k| merged.remove(k)).collect()
    }
}

fn keys(list: &[(EntryKey, &Value)]) -> Vec<EntryKey> {
    list.iter().map(|(k, _)| k.clone()).collect()
}

/// Entries by content: each kept unless a side removed it; each added on
/// either side once (added on both sides: still once).
fn merge_by_content(
    base: &[(EntryKey, &Value)],
    mine: &[(EntryKey, &Value)],
    theirs: &[(EntryKey, &Value)],
) -> Vec<Value> {
    let present = |list: &[(EntryKey, &Value)]| -> HashSet<EntryKey> {
        list.iter().map(|(k, _)| k.clone()).collect()
    };
    let (b, m, t) = (present(base), present(mine), present(theirs));
    let values: HashMap<EntryKey, Value> = base
        .iter()
        .chain(mine)
        .chain(theirs)
        .map(|(k, v)| (k.clone(), (*v).clone()))
        .collect();
    let keep = |key: &EntryKey| {
        if b.contains(key) {
            m.contains(key) && t.contains(key)
        } else {
            m.contains(key) || t.contains(key)
        }
    };
    order_of_keys(&keys(base), &keys(mine), &keys(theirs))
        .into_iter()
        .filter(|key| keep(key))
        .filter_map(|key| values.get(&key).cloned())
        .collect()
}

/// The order of the merged list: the order of the side that reordered the
/// entries all three share (else the common one's), then each side's new
/// entries after the entry they follow there. New entries after the same
/// entry on both sides go by their key, so that the sides may be swapped.
fn order_of_keys(base: &[EntryKey], mine: &[EntryKey], theirs: &[EntryKey]) -> Vec<EntryKey> {
    let sets: [HashSet<&EntryKey>; 3] = [base, mine, theirs].map(|list| list.iter().collect());
    let shared = |list: &[EntryKey]| -> Vec<EntryKey> {
        list.iter()
            .filter(|k| sets.iter().all(|set| set.contains(k)))
            .cloned()
            .collect()
    };
    let in_base = shared(base);
    let in_mine = shared(mine);
    let in_theirs = shared(theirs);
    let spine: &[EntryKey] = if in_mine != in_base {
        mine
    } else if in_theirs != in_base {
        theirs
    } else {
        base
    };
    let mut order: Vec<EntryKey> = spine.to_vec();
    let mut placed: HashSet<EntryKey> = order.iter().cloned().collect();
    // New entries of the other lists, grouped by the entry they follow.
    let mut groups: BTreeMap<Option<EntryKey>, Vec<Vec<EntryKey>>> = BTreeMap::new();
    for list in [base, mine, theirs] {
        let mut anchor: Option<EntryKey> = None;
        let mut run: Vec<EntryKey> = Vec::new();
        for key in list {
            if placed.contains(key) {
                if !run.is_empty() {
                    groups
                        .entry(anchor.clone())
                        .or_default()
                        .push(std::mem::take(&mut run));
                }
                anchor = Some(key.clone());
            } else if !run.contains(key) {
                run.push(key.clone());
            }
        }
        if !run.is_empty() {
            groups.entry(anchor).or_default().push(run);
        }
    }
    for (anchor, mut runs) in groups {
        runs.sort();
        let mut at = anchor
            .as_ref()
            .and_then(|a| order.iter().position(|k| k == a))
            .map_or(0, |i| i + 1);
        for run in runs {
            for key in run {
                if placed.insert(key.clone()) {
                    order.insert(at.min(order.len()), key);
                    at += 1;
                }
            }
        }
    }
    order
}
