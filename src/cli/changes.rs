//! `wijkdashboard changes OLD NEW` (the change report) and
//! `wijkdashboard merge BASE MINE THEIRS --out OUT` (a three-way merge).

use std::io::Write;
use std::path::Path;

use super::{EXIT_INVALID, EXIT_UNREADABLE, EXIT_VALID, read};
use crate::model::changes::{self, DatasetChange};
use crate::model::{Severity, validate};

/// Runs `changes`: prints every change from OLD to NEW, grouped per wijk
/// with counts. Exit 0 (also when nothing changed), 2 a file is unreadable.
pub fn changes(old: &Path, new: &Path, out: &mut dyn Write) -> u8 {
    let (Some(before), Some(after)) = (read(old, out), read(new, out)) else {
        return EXIT_UNREADABLE;
    };
    let changes = changes::diff(&before, &after);
    if changes.is_empty() {
        let _ = writeln!(
            out,
            "Geen wijzigingen van {} naar {}.",
            old.display(),
            new.display()
        );
        return EXIT_VALID;
    }
    let _ = writeln!(
        out,
        "{} van {} naar {}:",
        crate::model::format::counted(changes.len(), "wijziging", "wijzigingen"),
        old.display(),
        new.display()
    );
    print_grouped(&changes, out);
    EXIT_VALID
}

/// Every change, grouped per wijk (or part of the data) with its count.
pub(super) fn print_grouped(found: &[DatasetChange], out: &mut dyn Write) {
    let all: Vec<&DatasetChange> = found.iter().collect();
    for (group, lines) in changes::grouped_lines(&all) {
        let _ = writeln!(out, "\n{group} ({})", lines.len());
        for line in lines {
            let _ = writeln!(out, "  {line}");
        }
    }
}

/// Runs `merge`: exit 0 merged without conflicts (OUT written atomically,
/// and it checks clean), 1 conflicts remain or the merge does not check
/// (each listed; nothing written), 2 a file is unreadable.
pub fn merge(
    base: &Path,
    mine: &Path,
    theirs: &Path,
    target: &Path,
    settle: Option<changes::Decision>,
    out: &mut dyn Write,
) -> u8 {
    let (Some(b), Some(m), Some(t)) = (read(base, out), read(mine, out), read(theirs, out)) else {
        return EXIT_UNREADABLE;
    };
    let mut merge = changes::merge(&b, &m, &t);
    match settle {
        None if !merge.conflicts().is_empty() => {
            print_conflicts(&merge, "mijn", "hun", out);
            let _ = writeln!(
                out,
                "Beslis ze met --mijn of --hun (alle conflicten één kant op), of in de app: Bestand → Samenvoegen met…"
            );
            return EXIT_INVALID;
        }
        Some(decision) => {
            for index in 0..merge.conflicts().len() {
                if let Some(text) = merge.conflict_text(index) {
                    let (side, value) = match &decision {
                        changes::Decision::Theirs => ("hun", &text.theirs),
                        _ => ("mijn", &text.mine),
                    };
                    let _ = writeln!(out, "Gekozen: {}: {side} {value}", text.place);
                }
                merge.decide(index, decision.clone());
            }
        }
        None => {}
    }
    let mut merged = match merge.finish() {
        Ok((data, _)) => data,
        Err(message) => {
            let _ = writeln!(out, "{message}; er is niets geschreven.");
            return EXIT_INVALID;
        }
    };
    let errors: Vec<String> = validate(&merged)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    if !errors.is_empty() {
        let _ = writeln!(
            out,
            "De samenvoeging is niet geldig; er is niets geschreven:"
        );
        for error in errors {
            let _ = writeln!(out, "  {error}");
        }
        return EXIT_INVALID;
    }
    let incoming = merge.incoming().len();
    // A save of the register: the merge is a new version of both copies.
    if !super::save_new_version(target, &mut merged, out) {
        return EXIT_INVALID;
    }
    let _ = writeln!(
        out,
        "{}: samengevoegd zonder conflicten ({} van {} overgenomen).",
        target.display(),
        crate::model::format::counted(incoming, "wijziging", "wijzigingen"),
        theirs.display()
    );
    EXIT_VALID
}

/// The conflicts of `merge`, each with the value of the base and of both
/// sides (called `mine` and `theirs`); nothing was written.
pub(super) fn print_conflicts(
    merge: &changes::Merge,
    mine: &str,
    theirs: &str,
    out: &mut dyn Write,
) {
    let _ = writeln!(
        out,
        "{}; er is niets geschreven. Elk met de waarde van de basis, van {mine} en van {theirs}:",
        crate::model::format::counted(merge.conflicts().len(), "conflict", "conflicten")
    );
    for index in 0..merge.conflicts().len() {
        if let Some(text) = merge.conflict_text(index) {
            let _ = writeln!(
                out,
                "  {}: basis {} | {mine} {} | {theirs} {}",
                text.place, text.base, text.mine, text.theirs
            );
        }
    }
}
