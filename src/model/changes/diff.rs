//! The differences between two trees, field by field, with list entries
//! matched by their identity; and applying them.

use serde_json::Value;

#[cfg(test)]
use super::tree::set;
use super::tree::{EntryKey, Step, field, is_whole, keyed};

/// What happened at a place.
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    /// A value changed (also from or to nothing, for a field).
    Changed {
        /// Before.
        old: Value,
        /// After.
        new: Value,
    },
    /// An entry was added to a list, after the entry `after` (`None`: first).
    Added {
        /// The entry.
        new: Value,
        /// The entry it follows in the new list.
        after: Option<EntryKey>,
    },
    /// An entry was removed from a list.
    Removed {
        /// The entry.
        old: Value,
    },
    /// The entries a list keeps are in another order.
    Reordered {
        /// The keys of the new list, in order.
        order: Vec<EntryKey>,
    },
}

/// One difference and where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Where, from the root of the dataset.
    pub path: Vec<Step>,
    /// What.
    pub difference: Difference,
}

/// Every difference from `old` to `new`.
pub(super) fn diff_trees(old: &Value, new: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut path = Vec::new();
    walk(old, new, &mut path, &mut changes);
    changes
}

fn walk(old: &Value, new: &Value, path: &mut Vec<Step>, changes: &mut Vec<Change>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) if !is_whole(path) => {
            let names = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            let names: Vec<String> = names.cloned().collect();
            for name in names {
                path.push(Step::Field(name.clone()));
                walk(field(old, &name), field(new, &name), path, changes);
                path.pop();
            }
        }
        (Value::Array(a), Value::Array(b)) if !is_whole(path) => list(a, b, path, changes),
        // A field left out of the file when empty: an absent list is an
        // empty one, an absent text an empty text (a yes/no is always
        // written: an absent one is unknown, not no), so the change is the
        // entries added or removed and applying it never writes a null.
        (Value::Null, Value::Array(_)) => walk(&Value::Array(Vec::new()), new, path, changes),
        (Value::Array(_), Value::Null) => walk(old, &Value::Array(Vec::new()), path, changes),
        (Value::Null, Value::String(_)) => walk(&Value::String(String::new()), new, path, changes),
        (Value::String(_), Value::Null) => walk(old, &Value::String(String::new()), path, changes),
        _ => changes.push(Change {
            path: path.clone(),
            difference: Difference::Changed {
                old: old.clone(),
                new: new.clone(),
            },
        }),
    }
}

fn list(a: &[Value], b: &[Value], path: &mut Vec<Step>, changes: &mut Vec<Change>) {
    let lists = keyed(&[a, b]);
    let (Some(old), Some(new)) = (lists.first(), lists.get(1)) else {
        return;
    };
    let new_keys: std::collections::HashMap<&EntryKey, &Value> =
        new.iter().map(|(k, v)| (k, *v)).collect();
    let old_keys: std::collections::HashMap<&EntryKey, &Value> =
        old.iter().map(|(k, v)| (k, *v)).collect();
    for (key, value) in old {
        path.push(Step::Entry(key.clone()));
        match new_keys.get(key) {
            Some(new_value) => walk(value, new_value, path, changes),
            None => changes.push(Change {
                path: path.clone(),
                difference: Difference::Removed {
                    old: (*value).clone(),
                },
            }),
        }
        path.pop();
    }
    let kept_old: Vec<&EntryKey> = old
        .iter()
        .map(|(k, _)| k)
        .filter(|k| new_keys.contains_key(k))
        .collect();
    let kept_new: Vec<&EntryKey> = new
        .iter()
        .map(|(k, _)| k)
        .filter(|k| old_keys.contains_key(k))
        .collect();
    if kept_old != kept_new {
        changes.push(Change {
            path: path.clone(),
            difference: Difference::Reordered {
                order: new.iter().map(|(k, _)| k.clone()).collect(),
            },
        });
    }
    let mut after: Option<EntryKey> = None;
    for (key, value) in new {
        if !old_keys.contains_key(key) {
            path.push(Step::Entry(key.clone()));
            changes.push(Change {
                path: path.clone(),
                difference: Difference::Added {
                    new: (*value).clone(),
                    after: after.clone(),
                },
            });
            path.pop();
        }
        after = Some(key.clone());
    }
}

#[cfg(test)]
/// `changes` (from [`diff_trees`] of `old` and some `new`) applied to `old`:
/// gives that `new`.
pub(super) fn apply_changes(old: &Value, changes: &[Change]) -> Value {
    let mut tree = old.clone();
    // Values and removals first, deepest places first, so that a list entry
    // is found by its old key while its fields change.
    let mut ordered: Vec<&Change> = changes.iter().collect();
    ordered.sort_by_key(|change| std::cmp::Reverse(change.path.len()));
    for change in &ordered {
        match &change.difference {
            Difference::Changed { new, .. } => set(&mut tree, &change.path, Some(new.clone())),
            Difference::Removed { .. } => set(&mut tree, &change.path, None),
            Difference::Added { .. } | Difference::Reordered { .. } => {}
        }
    }
    // Then the lists: their order, and new entries after the ones they follow.
    for change in changes {
        match &change.difference {
            Difference::Reordered { order } => reorder(&mut tree, &change.path, order),
            Difference::Added { new, after } => {
                insert_after(&mut tree, &change.path, new.clone(), after.as_ref());
            }
            Difference::Changed { .. } | Difference::Removed { .. } => {}
        }
    }
    tree
}

#[cfg(test)]
fn list_at<'a>(tree: &'a mut Value, path: &[Step]) -> Option<&'a mut Vec<Value>> {
    let mut value = tree;
    for step in path {
        value = match step {
            Step::Field(name) => {
                let object = value.as_object_mut()?;
                object.entry(name.clone()).or_insert(Value::Null)
            }
            Step::Entry(key) => {
                let list = value.as_array()?;
                let index = keyed(&[list.as_slice()])
                    .into_iter()
                    .next()?
                    .iter()
                    .position(|(k, _)| k == key)?;
                value.as_array_mut()?.get_mut(index)?
            }
        };
    }
    if value.is_null() {
        *value = Value::Array(Vec::new());
    }
    value.as_array_mut()
}

#[cfg(test)]
fn reorder(tree: &mut Value, path: &[Step], order: &[EntryKey]) {
    let Some(list) = list_at(tree, path) else {
        return;
    };
    let keys: Vec<EntryKey> = keyed(&[list.as_slice()])
        .into_iter()
        .next()
        .unwrap_or_default()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    let mut entries: Vec<(usize, Value)> = keys
        .iter()
        .zip(list.drain(..))
        .map(|(key, value)| {
            (
                order.iter().position(|k| k == key).unwrap_or(usize::MAX),
                value,
            )
        })
        .collect();
    entries.sort_by_key(|(rank, _)| *rank);
    list.extend(entries.into_iter().map(|(_, value)| value));
}

#[cfg(test)]
fn insert_after(tree: &mut Value, entry_path: &[Step], new: Value, after: Option<&EntryKey>) {
    let Some((_, list_path)) = entry_path.split_last() else {
        return;
    };
    let Some(list) = list_at(tree, list_path) else {
        return;
    };
    let index = match after {
        None => 0,
        Some(key) => keyed(&[list.as_slice()])
            .into_iter()
            .next()
            .unwrap_or_default()
            .iter()
            .position(|(k, _)| k == key)
            .map_or(list.len(), |i| i + 1),
    };
    list.insert(index.min(list.len()), new);
}
