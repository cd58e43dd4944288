//! Fields the user has just added and not yet left: their validation
//! problems wait until the field is left or the data is saved, so a new log
//! entry does not shout "heeft geen tekst" before the user could type.
//!
//! Kept in egui's memory (it is UI state, like a text cursor); the status
//! bar's count reads the same set.

use std::collections::BTreeSet;

use crate::model::Problem;

fn id() -> egui::Id {
    egui::Id::unique("wijkdashboard-nieuwe-velden")
}

fn with_set<R>(ctx: &egui::Context, f: impl FnOnce(&mut BTreeSet<String>) -> R) -> R {
    ctx.data_mut(|d| f(d.get_temp_mut_or_default::<BTreeSet<String>>(id())))
}

/// The item at `path` (`platforms[0].log[3]`) was just added.
pub(crate) fn mark(ctx: &egui::Context, path: String) {
    with_set(ctx, |set| set.insert(path));
}

/// The user left the item at `path`: its problems show from now on.
pub(crate) fn resolve(ctx: &egui::Context, path: &str) {
    with_set(ctx, |set| set.remove(path));
}

/// Everything was saved: every problem shows.
pub(crate) fn clear(ctx: &egui::Context) {
    with_set(ctx, BTreeSet::clear);
}

/// Whether `problem` lies in an item still pending.
fn waits(set: &BTreeSet<String>, problem: &Problem) -> bool {
    set.iter().any(|path| problem.lies_at(path))
}

/// The problems to show now: all but those of items still pending.
pub(crate) fn visible<'a>(ctx: &egui::Context, problems: &'a [Problem]) -> Vec<&'a Problem> {
    with_set(ctx, |set| {
        problems.iter().filter(|p| !waits(set, p)).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    #[test]
    fn the_problems_of_a_new_item_wait_until_it_is_left() {
        let ctx = egui::Context::default();
        let problem = Problem {
            path: "platforms[0].log[3].text".into(),
            message: "de logboekregel heeft geen tekst".into(),
            severity: Severity::Error,
        };
        let problems = [problem];
        assert_eq!(visible(&ctx, &problems).len(), 1);
        mark(&ctx, "platforms[0].log[3]".into());
        assert!(visible(&ctx, &problems).is_empty());
        mark(&ctx, "platforms[0].log[30]".into());
        resolve(&ctx, "platforms[0].log[3]");
        assert_eq!(visible(&ctx, &problems).len(), 1, "log[30] is another item");
        clear(&ctx);
        assert_eq!(visible(&ctx, &problems).len(), 1);
    }
}
