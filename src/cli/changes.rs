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

/// How `merge` settles the conflicts.
#[derive(Clone, Debug, PartialEq)]
pub enum Settle {
    /// Not: they are listed, and nothing is written.
    Ask,
    /// All one way (`--mijn`, `--hun`).
    All(changes::Decision),
    /// Each by its place, from a file of choices (`--keuzes FILE`).
    PerPlace(std::path::PathBuf),
}

/// The choices of a `--keuzes` file: (line number, decision, place).
/// A line is "mijn PLAATS" or "hun PLAATS"; empty lines and lines
/// beginning with # are skipped.
fn read_choices(text: &str) -> Result<Vec<(usize, changes::Decision, String)>, String> {
    let mut choices = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let number = index + 1;
        let (word, place) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let decision = match word.to_lowercase().as_str() {
            "mijn" => changes::Decision::Mine,
            "hun" => changes::Decision::Theirs,
            _ => {
                return Err(format!(
                    "regel {number}: '{word}' is geen keuze; begin de regel met mijn of hun, dan de plaats."
                ));
            }
        };
        if place.trim().is_empty() {
            return Err(format!(
                "regel {number}: na '{word}' ontbreekt de plaats van het conflict."
            ));
        }
        choices.push((number, decision, place.trim().to_owned()));
    }
    Ok(choices)
}

/// Decides the conflicts of `merge` as `settle` says, printing each
/// choice. Returns a Dutch message when the choices cannot be used.
fn settle_conflicts(
    merge: &mut changes::Merge,
    settle: &Settle,
    out: &mut dyn Write,
) -> Result<(), String> {
    let per_place = match settle {
        Settle::Ask => return Ok(()),
        Settle::All(_) => None,
        Settle::PerPlace(file) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| format!("{}: {}", file.display(), crate::store::io_reason(&e)))?;
            let choices =
                read_choices(&text).map_err(|error| format!("{}: {error}", file.display()))?;
            let places: Vec<String> = (0..merge.conflicts().len())
                .filter_map(|index| merge.conflict_text(index).map(|text| text.place))
                .collect();
            if let Some((number, _, place)) =
                choices.iter().find(|(_, _, place)| !places.contains(place))
            {
                return Err(format!(
                    "{}: regel {number}: '{place}' is geen conflict van deze samenvoeging; neem de plaats over zoals de lijst van conflicten haar noemt.",
                    file.display()
                ));
            }
            Some(choices)
        }
    };
    for index in 0..merge.conflicts().len() {
        let Some(text) = merge.conflict_text(index) else {
            continue;
        };
        let decision = match (&per_place, settle) {
            (Some(choices), _) => choices
                .iter()
                .find(|(_, _, place)| *place == text.place)
                .map(|(_, decision, _)| decision.clone()),
            (None, Settle::All(decision)) => Some(decision.clone()),
            (None, _) => None,
        };
        let Some(decision) = decision else {
            continue;
        };
        let (side, value) = match &decision {
            changes::Decision::Theirs => ("hun", &text.theirs),
            _ => ("mijn", &text.mine),
        };
        let _ = writeln!(out, "Gekozen: {}: {side} {value}", text.place);
        merge.decide(index, decision);
    }
    Ok(())
}

/// Runs `merge`: exit 0 merged without conflicts (OUT written atomically,
/// and it checks clean), 1 conflicts remain or the merge does not check
/// (each listed; nothing written), 2 a file is unreadable.
pub fn merge(
    base: &Path,
    mine: &Path,
    theirs: &Path,
    target: &Path,
    settle: &Settle,
    out: &mut dyn Write,
) -> u8 {
    let (Some(b), Some(m), Some(t)) = (read(base, out), read(mine, out), read(theirs, out)) else {
        return EXIT_UNREADABLE;
    };
    let mut merge = changes::merge(&b, &m, &t);
    if let Err(message) = settle_conflicts(&mut merge, settle, out) {
        let _ = writeln!(out, "{message} Er is niets geschreven.");
        return EXIT_INVALID;
    }
    if !merge.is_decided() {
        print_conflicts(&merge, "mijn", "hun", out);
        let _ = writeln!(
            out,
            "Beslis ze met --mijn of --hun (alle conflicten één kant op), met --keuzes BESTAND (per regel 'mijn PLAATS' of 'hun PLAATS', de plaats zoals hierboven), of in de app: Bestand → Samenvoegen met…"
        );
        return EXIT_INVALID;
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
        crate::model::format::counted(
            (0..merge.conflicts().len())
                .filter(|index| merge.decision(*index).is_none())
                .count(),
            "open conflict",
            "open conflicten"
        )
    );
    for index in 0..merge.conflicts().len() {
        if merge.decision(index).is_some() {
            continue;
        }
        if let Some(text) = merge.conflict_text(index) {
            let _ = writeln!(
                out,
                "  {}: basis {} | {mine} {} | {theirs} {}",
                text.place, text.base, text.mine, text.theirs
            );
        }
    }
}
