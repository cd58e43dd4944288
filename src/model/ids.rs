//! New ids for what the user adds: one rule for every list, so an id is
//! always unique in its list and readable in the file.

/// The first of `prefix-start`, `prefix-(start+1)`, … that `taken` does not
/// hold: "scenario-2", "interventie-58".
pub(crate) fn numbered_id(prefix: &str, start: usize, taken: impl Fn(&str) -> bool) -> String {
    (start.max(1)..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// `base` itself, else `base-2`, `base-3`, … whichever `taken` does not hold:
/// "dock", "dock-2".
pub(crate) fn named_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_owned()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// A name in lower case with dashes ("Buurtpreventie Overvecht" →
/// "buurtpreventie-overvecht"), or `empty` where nothing is left.
pub(crate) fn slug(name: &str, empty: &str) -> String {
    let words: Vec<String> = name
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        empty.to_owned()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_readable() {
        let taken = ["scenario-1", "dock", "dock-2"];
        let is_taken = |id: &str| taken.contains(&id);
        assert_eq!(numbered_id("scenario", 1, is_taken), "scenario-2");
        assert_eq!(named_id("dock", is_taken), "dock-3");
        assert_eq!(named_id("al-amal", is_taken), "al-amal");
        assert_eq!(
            slug("Buurtpreventie  Overvecht!", "partner"),
            "buurtpreventie-overvecht"
        );
        assert_eq!(slug("—", "partner"), "partner");
    }
}
