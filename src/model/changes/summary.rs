//! A change set in one line, for a list of versions: "3 wijzigingen
//! (Overvecht, Zuid en Begroting)".

use super::{DatasetChange, grouped_lines};
use crate::model::format::counted;

/// How many groups a summary names before it says "en N meer".
const NAMED_GROUPS: usize = 3;

/// The changes in one line: how many, and in which wijken or parts of the
/// register (in the report's order). "Geen wijzigingen" when there are none.
pub fn summary_nl(changes: &[DatasetChange]) -> String {
    if changes.is_empty() {
        return "geen wijzigingen".to_owned();
    }
    let all: Vec<&DatasetChange> = changes.iter().collect();
    let groups: Vec<String> = grouped_lines(&all)
        .into_iter()
        .map(|(group, _)| group)
        .collect();
    let mut named: Vec<String> = groups.iter().take(NAMED_GROUPS).cloned().collect();
    let rest = groups.len().saturating_sub(NAMED_GROUPS);
    if rest > 0 {
        named.push(format!("{rest} meer"));
    }
    let places = match named.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, before)) => format!("{} en {last}", before.join(", ")),
        None => String::new(),
    };
    format!(
        "{} ({places})",
        counted(changes.len(), "wijziging", "wijzigingen")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::changes::diff;

    #[test]
    fn a_summary_counts_and_names_the_places_in_order() {
        let old = crate::model::shipped_for_tests();
        assert_eq!(summary_nl(&diff(&old, &old)), "geen wijzigingen");
        let mut new = old.clone();
        new.districts[0]
            .notes
            .push("Nieuw overleg gepland.".to_owned());
        let first = new.districts[0].name.clone();
        assert_eq!(
            summary_nl(&diff(&old, &new)),
            format!("1 wijziging ({first})")
        );
        for district in new.districts.iter_mut().skip(1).take(4) {
            district.notes.push("Nieuw overleg gepland.".to_owned());
        }
        let summary = summary_nl(&diff(&old, &new));
        assert!(summary.starts_with("5 wijzigingen ("), "{summary}");
        assert!(summary.ends_with(" en 2 meer)"), "{summary}");
    }
}
