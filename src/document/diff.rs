//! What differs between two versions of a dataset, in Dutch, per wijk,
//! platform, indicator and budget: shown before recovering edits.

use crate::model::Dataset;

/// One line per kind of item that differs; empty when the two are equal.
pub fn describe_differences(old: &Dataset, new: &Dataset) -> Vec<String> {
    let mut lines = Vec::new();
    push_list(
        &mut lines,
        "Wijken",
        &old.districts,
        &new.districts,
        |d| &d.id,
        |d| &d.name,
    );
    push_list(
        &mut lines,
        "Wijkplatforms",
        &old.platforms,
        &new.platforms,
        |p| &p.id,
        |p| &p.name,
    );
    push_list(
        &mut lines,
        "Indicatoren",
        &old.indicators,
        &new.indicators,
        |i| &i.id,
        |i| &i.name,
    );
    push_list(
        &mut lines,
        "Kerncijfers",
        &old.key_figures,
        &new.key_figures,
        |k| &k.id,
        |k| &k.label,
    );
    if old.budget != new.budget {
        lines.push("Budget: gewijzigd.".to_owned());
    }
    if old.boundaries != new.boundaries {
        lines.push("Kaart van de wijken: gewijzigd.".to_owned());
    }
    if old.scenarios != new.scenarios {
        lines.push("Budgetscenario's: gewijzigd.".to_owned());
    }
    if old.slides != new.slides {
        lines.push("Keuze van de dia's: gewijzigd.".to_owned());
    }
    if old.title != new.title || old.sources != new.sources || old.ambitions != new.ambitions {
        lines.push("Titel, bronnen of ambities: gewijzigd.".to_owned());
    }
    lines
}

fn push_list<T: PartialEq>(
    lines: &mut Vec<String>,
    kind: &str,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &String,
    name: impl Fn(&T) -> &String,
) {
    let find = |list: &[T], wanted: &String| list.iter().position(|item| id(item) == wanted);
    let names = |items: Vec<&T>| {
        let mut shown: Vec<String> = items
            .iter()
            .take(8)
            .map(|item| name(item).clone())
            .collect();
        if items.len() > 8 {
            shown.push(format!("en nog {}", items.len() - 8));
        }
        shown.join(", ")
    };
    let added: Vec<&T> = new.iter().filter(|n| find(old, id(n)).is_none()).collect();
    let removed: Vec<&T> = old.iter().filter(|o| find(new, id(o)).is_none()).collect();
    let changed: Vec<&T> = new
        .iter()
        .filter(|n| find(old, id(n)).is_some_and(|at| old[at] != **n))
        .collect();
    let mut parts = Vec::new();
    if !changed.is_empty() {
        parts.push(format!("gewijzigd: {}", names(changed)));
    }
    if !added.is_empty() {
        parts.push(format!("nieuw: {}", names(added)));
    }
    if !removed.is_empty() {
        parts.push(format!("verwijderd: {}", names(removed)));
    }
    if !parts.is_empty() {
        lines.push(format!("{kind}: {}.", parts.join("; ")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Platform;

    #[test]
    fn differences_name_the_items() {
        let platform = |id: &str, name: &str| Platform {
            id: id.into(),
            name: name.into(),
            ..Platform::default()
        };
        let old = Dataset {
            platforms: vec![platform("a", "A"), platform("b", "B")],
            ..Dataset::default()
        };
        let mut new = old.clone();
        new.platforms[0].name = "A2".into();
        new.platforms.remove(1);
        new.platforms.push(platform("c", "C"));
        new.budget.structural_eur = 1;
        assert_eq!(
            describe_differences(&old, &new),
            [
                "Wijkplatforms: gewijzigd: A2; nieuw: C; verwijderd: B.",
                "Budget: gewijzigd."
            ]
        );
        assert!(describe_differences(&old, &old).is_empty());
    }
}
