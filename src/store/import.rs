//! Import: what an imported dataset would change, and merging it by id.

use crate::model::Dataset;

/// How many items of one kind an import adds and changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Items whose id is new.
    pub added: usize,
    /// Items whose id exists but whose content differs.
    pub changed: usize,
}

/// What an import would do, per kind of item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Wijken.
    pub districts: Changes,
    /// Wijkplatforms.
    pub platforms: Changes,
    /// Indicators.
    pub indicators: Changes,
    /// Key figures.
    pub key_figures: Changes,
    /// Whether the budget differs (kept on merge, replaced on replace).
    pub budget_differs: bool,
}

impl ImportSummary {
    /// Compares `imported` with `current`.
    pub fn between(current: &Dataset, imported: &Dataset) -> Self {
        Self {
            districts: changes(&current.districts, &imported.districts, |d| &d.id),
            platforms: changes(&current.platforms, &imported.platforms, |p| &p.id),
            indicators: changes(&current.indicators, &imported.indicators, |i| &i.id),
            key_figures: changes(&current.key_figures, &imported.key_figures, |k| &k.id),
            budget_differs: current.budget != imported.budget,
        }
    }
}

fn changes<T: PartialEq>(current: &[T], imported: &[T], id: impl Fn(&T) -> &String) -> Changes {
    let mut result = Changes::default();
    for item in imported {
        match current.iter().find(|old| id(old) == id(item)) {
            None => result.added += 1,
            Some(old) if old != item => result.changed += 1,
            Some(_) => {}
        }
    }
    result
}

fn merge_list<T: Clone>(current: &mut Vec<T>, imported: &[T], id: impl Fn(&T) -> &String) {
    for item in imported {
        match current.iter_mut().find(|old| id(old) == id(item)) {
            Some(old) => *old = item.clone(),
            None => current.push(item.clone()),
        }
    }
}

/// Merges `imported` into a copy of `current`: items with the same id are
/// replaced by the imported version, new items are added, nothing is removed.
/// The budget, ambitions and slide choice of `current` are kept.
pub fn merge(current: &Dataset, imported: &Dataset) -> Dataset {
    let mut merged = current.clone();
    merge_list(&mut merged.sources, &imported.sources, |s| &s.id);
    merge_list(&mut merged.districts, &imported.districts, |d| &d.id);
    merge_list(&mut merged.platforms, &imported.platforms, |p| &p.id);
    merge_list(&mut merged.indicators, &imported.indicators, |i| &i.id);
    merge_list(&mut merged.key_figures, &imported.key_figures, |k| &k.id);
    merged
}

/// A copy without personal data (contact persons), for exports.
pub fn without_personal_data(data: &Dataset) -> Dataset {
    let mut copy = data.clone();
    for platform in &mut copy.platforms {
        platform.contacts.clear();
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Platform};

    fn platform(id: &str, name: &str) -> Platform {
        Platform {
            id: id.into(),
            name: name.into(),
            ..Platform::default()
        }
    }

    #[test]
    fn summary_counts_added_and_changed() {
        let current = Dataset {
            platforms: vec![platform("a", "A"), platform("b", "B")],
            ..Dataset::default()
        };
        let imported = Dataset {
            platforms: vec![platform("a", "A"), platform("b", "B2"), platform("c", "C")],
            ..Dataset::default()
        };
        let summary = ImportSummary::between(&current, &imported);
        assert_eq!(
            summary.platforms,
            Changes {
                added: 1,
                changed: 1
            }
        );
        let merged = merge(&current, &imported);
        let names: Vec<_> = merged.platforms.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "B2", "C"]);
    }

    #[test]
    fn exports_leave_out_contacts() {
        let mut with_contact = platform("a", "A");
        with_contact.contacts.push(Contact {
            name: "Jan".into(),
            ..Contact::default()
        });
        let data = Dataset {
            platforms: vec![with_contact],
            ..Dataset::default()
        };
        assert!(
            without_personal_data(&data).platforms[0]
                .contacts
                .is_empty()
        );
    }
}
