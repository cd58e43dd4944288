//! The dataset as a tree of values (its serde form), and how the entries of
//! a list are known: by id, by year (and ambition), by wijk, or by content.

use serde_json::Value;

/// One step of a path into the tree.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// A field of an object.
    Field(String),
    /// An entry of a list, by its identity.
    Entry(EntryKey),
}

/// How an entry of a list is known.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKey {
    /// By a key field ("id", "year", "year/ambition", "district").
    Key(String),
    /// By its whole content (the compact JSON text) and, for an entry that
    /// occurs more than once, which occurrence.
    Content(String, usize),
}

/// Lists that are one value, compared and merged whole.
const WHOLE: [&str; 2] = ["boundaries", "comparison"];

/// Fields anywhere that are one value: a decision per intervention
/// ("verlagen naar € 40.000" is one choice, not a number inside one).
const WHOLE_ANYWHERE: [&str; 1] = ["decision"];

/// Whether the value at `path` is compared and merged as one value.
pub(super) fn is_whole(path: &[Step]) -> bool {
    matches!(path, [Step::Field(name)] if WHOLE.contains(&name.as_str()))
        || matches!(path, [.., Step::Field(name)] if WHOLE_ANYWHERE.contains(&name.as_str()))
}

/// The key of an object by the fields in `fields`, if it has them all.
fn key_of(value: &Value, fields: &[&str]) -> Option<String> {
    let object = value.as_object()?;
    let parts: Option<Vec<String>> = fields
        .iter()
        .map(|field| match object.get(*field)? {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        })
        .collect();
    parts.map(|parts| parts.join("/"))
}

/// The key fields that identify every entry of `list` uniquely, if any.
fn key_fields(lists: &[&[Value]]) -> Option<&'static [&'static str]> {
    const CHOICES: [&[&str]; 6] = [
        &["id"],
        &["year", "ambition"],
        &["year"],
        &["district"],
        // A scenario's decision per intervention, an intervention's score
        // per criterion: one entry per reference.
        &["intervention"],
        &["criterion"],
    ];
    CHOICES.into_iter().find(|fields| {
        lists.iter().all(|list| {
            let mut keys: Vec<String> = Vec::with_capacity(list.len());
            for entry in *list {
                match key_of(entry, fields) {
                    Some(key) => keys.push(key),
                    None => return false,
                }
            }
            keys.sort_unstable();
            keys.windows(2).all(|pair| pair[0] != pair[1])
        })
    })
}

/// The entries of each list with their keys, all known the same way: by
/// key fields when every list allows it, else by content.
pub(super) fn keyed<'a>(lists: &[&'a [Value]]) -> Vec<Vec<(EntryKey, &'a Value)>> {
    let non_empty: Vec<&[Value]> = lists.iter().copied().filter(|l| !l.is_empty()).collect();
    match key_fields(&non_empty) {
        Some(fields) if !non_empty.is_empty() => lists
            .iter()
            .map(|list| {
                list.iter()
                    .map(|entry| {
                        (
                            EntryKey::Key(key_of(entry, fields).unwrap_or_default()),
                            entry,
                        )
                    })
                    .collect()
            })
            .collect(),
        _ => lists.iter().map(|list| by_content(list)).collect(),
    }
}

fn by_content(list: &[Value]) -> Vec<(EntryKey, &Value)> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    list.iter()
        .map(|entry| {
            let text = entry.to_string();
            let occurrence = seen.entry(text.clone()).or_insert(0);
            let key = EntryKey::Content(text, *occurrence);
            *occurrence += 1;
            (key, entry)
        })
        .collect()
}

/// A field of an object; an absent field is null (serde leaves out empty ones).
pub(super) fn field<'a>(value: &'a Value, name: &str) -> &'a Value {
    value.get(name).unwrap_or(&Value::Null)
}

/// The value at `path`, if there is one.
pub(super) fn get<'a>(root: &'a Value, path: &[Step]) -> Option<&'a Value> {
    let mut value = root;
    for step in path {
        value = match step {
            Step::Field(name) => value.get(name)?,
            Step::Entry(key) => {
                let list = value.as_array()?;
                let entries = keyed(&[list.as_slice()]);
                entries
                    .into_iter()
                    .next()?
                    .into_iter()
                    .find(|(k, _)| k == key)?
                    .1
            }
        };
    }
    Some(value)
}

/// Sets (or with `None` removes) the value at `path`. An entry that is not
/// there is added at the end of its list.
pub(super) fn set(root: &mut Value, path: &[Step], new: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        if let Some(new) = new {
            *root = new;
        }
        return;
    };
    let Some(parent) = get_mut(root, parents) else {
        return;
    };
    match last {
        Step::Field(name) => {
            if let Some(object) = parent.as_object_mut() {
                match new {
                    Some(value) => {
                        object.insert(name.clone(), value);
                    }
                    None => {
                        object.remove(name);
                    }
                }
            }
        }
        Step::Entry(key) => {
            let Some(list) = parent.as_array_mut() else {
                return;
            };
            let position = index_of(list, key);
            match (position, new) {
                (Some(index), Some(value)) => {
                    if let Some(slot) = list.get_mut(index) {
                        *slot = value;
                    }
                }
                (Some(index), None) => {
                    list.remove(index);
                }
                (None, Some(value)) => list.push(value),
                (None, None) => {}
            }
        }
    }
}

fn index_of(list: &[Value], key: &EntryKey) -> Option<usize> {
    keyed(&[list])
        .into_iter()
        .next()?
        .iter()
        .position(|(k, _)| k == key)
}

fn get_mut<'a>(root: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    let mut value = root;
    for step in path {
        value = match step {
            Step::Field(name) => value.get_mut(name)?,
            Step::Entry(key) => {
                let index = index_of(value.as_array()?, key)?;
                value.as_array_mut()?.get_mut(index)?
            }
        };
    }
    Some(value)
}
