//! Every change to the data is an [`Edit`], applied in one place. Applying an
//! edit returns its inverse, which is what undo applies.

use std::time::{Duration, Instant};

use super::FileBinding;
use crate::model::{
    Ambition, Boundary, Budget, Criterion, Dataset, District, Indicator, Intervention, KeyFigure,
    Partner, Platform, Scenario, ScenarioComparison, SlideChoice,
};

/// One change to the dataset.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the platform at `index`.
    Platform {
        /// Position in `Dataset::platforms`.
        index: usize,
        /// The new platform.
        platform: Box<Platform>,
    },
    /// Insert a platform at `index`.
    InsertPlatform {
        /// Position in `Dataset::platforms`.
        index: usize,
        /// The platform.
        platform: Box<Platform>,
    },
    /// Remove the platform at `index`.
    RemovePlatform {
        /// Position in `Dataset::platforms`.
        index: usize,
    },
    /// Replace the district at `index`.
    District {
        /// Position in `Dataset::districts`.
        index: usize,
        /// The new district.
        district: Box<District>,
    },
    /// Replace the indicator at `index`.
    Indicator {
        /// Position in `Dataset::indicators`.
        index: usize,
        /// The new indicator.
        indicator: Box<Indicator>,
    },
    /// Insert an indicator at `index`.
    InsertIndicator {
        /// Position in `Dataset::indicators`.
        index: usize,
        /// The indicator.
        indicator: Box<Indicator>,
    },
    /// Remove the indicator at `index`.
    RemoveIndicator {
        /// Position in `Dataset::indicators`.
        index: usize,
    },
    /// Replace the intervention at `index`.
    Intervention {
        /// Position in `Dataset::interventions`.
        index: usize,
        /// The new intervention.
        intervention: Box<Intervention>,
    },
    /// Insert an intervention at `index`.
    InsertIntervention {
        /// Position in `Dataset::interventions`.
        index: usize,
        /// The intervention.
        intervention: Box<Intervention>,
    },
    /// Remove the intervention at `index`.
    RemoveIntervention {
        /// Position in `Dataset::interventions`.
        index: usize,
    },
    /// Replace the partners (one added from an intervention's panel).
    Partners(Vec<Partner>),
    /// Replace the key figures (a result added from an intervention's panel).
    KeyFigures(Vec<KeyFigure>),
    /// Replace the criteria of the beoordelingskader.
    Criteria(Vec<Criterion>),
    /// Replace the ambition at `index` (its introduction and goals).
    Ambition {
        /// Position in `Dataset::ambitions`.
        index: usize,
        /// The new ambition.
        ambition: Box<Ambition>,
    },
    /// Replace the budget.
    Budget(Box<Budget>),
    /// Replace the chosen presentation slides.
    Slides(Vec<SlideChoice>),
    /// Replace the boundaries of the wijken (a map import).
    Boundaries(Vec<Boundary>),
    /// Replace the budget scenarios and which of them are compared (one
    /// step, so that deleting a compared scenario undoes as one).
    Scenarios {
        /// All scenarios.
        scenarios: Vec<Scenario>,
        /// The comparison choice.
        comparison: ScenarioComparison,
    },
    /// Replace the whole dataset, keeping the file (import, backup restore).
    Replace(Box<Dataset>),
    /// Replace the whole dataset and the file it is kept in (Nieuw, or
    /// opening the other program's version), so that undo brings back both.
    ReplaceWithFile {
        /// The new data.
        data: Box<Dataset>,
        /// The file it belongs to (`None`: not yet saved anywhere).
        binding: Option<FileBinding>,
    },
}

impl Edit {
    /// Applies the edit and returns its inverse; `None` when the edit does not
    /// fit the data (an index out of range), in which case nothing changed.
    pub fn apply(self, data: &mut Dataset, binding: &mut Option<FileBinding>) -> Option<Edit> {
        match self {
            Self::Platform { index, platform } => {
                let old = replace_at(&mut data.platforms, index, *platform)?;
                Some(Self::Platform {
                    index,
                    platform: Box::new(old),
                })
            }
            Self::InsertPlatform { index, platform } => {
                insert_at(&mut data.platforms, index, *platform)?;
                Some(Self::RemovePlatform { index })
            }
            Self::RemovePlatform { index } => {
                let old = remove_at(&mut data.platforms, index)?;
                Some(Self::InsertPlatform {
                    index,
                    platform: Box::new(old),
                })
            }
            Self::District { index, district } => {
                let old = replace_at(&mut data.districts, index, *district)?;
                Some(Self::District {
                    index,
                    district: Box::new(old),
                })
            }
            Self::Indicator { index, indicator } => {
                let old = replace_at(&mut data.indicators, index, *indicator)?;
                Some(Self::Indicator {
                    index,
                    indicator: Box::new(old),
                })
            }
            Self::InsertIndicator { index, indicator } => {
                insert_at(&mut data.indicators, index, *indicator)?;
                Some(Self::RemoveIndicator { index })
            }
            Self::RemoveIndicator { index } => {
                let old = remove_at(&mut data.indicators, index)?;
                Some(Self::InsertIndicator {
                    index,
                    indicator: Box::new(old),
                })
            }
            Self::Intervention {
                index,
                intervention,
            } => {
                let old = replace_at(&mut data.interventions, index, *intervention)?;
                Some(Self::Intervention {
                    index,
                    intervention: Box::new(old),
                })
            }
            Self::InsertIntervention {
                index,
                intervention,
            } => {
                insert_at(&mut data.interventions, index, *intervention)?;
                Some(Self::RemoveIntervention { index })
            }
            Self::RemoveIntervention { index } => {
                let old = remove_at(&mut data.interventions, index)?;
                Some(Self::InsertIntervention {
                    index,
                    intervention: Box::new(old),
                })
            }
            Self::Partners(partners) => {
                let old = std::mem::replace(&mut data.partners, partners);
                Some(Self::Partners(old))
            }
            Self::KeyFigures(figures) => {
                let old = std::mem::replace(&mut data.key_figures, figures);
                Some(Self::KeyFigures(old))
            }
            Self::Criteria(criteria) => {
                let old = std::mem::replace(&mut data.criteria, criteria);
                Some(Self::Criteria(old))
            }
            Self::Ambition { index, ambition } => {
                let old = replace_at(&mut data.ambitions, index, *ambition)?;
                Some(Self::Ambition {
                    index,
                    ambition: Box::new(old),
                })
            }
            Self::Budget(budget) => {
                let old = std::mem::replace(&mut data.budget, *budget);
                Some(Self::Budget(Box::new(old)))
            }
            Self::Slides(slides) => {
                let old = std::mem::replace(&mut data.slides, slides);
                Some(Self::Slides(old))
            }
            Self::Boundaries(boundaries) => {
                let old = std::mem::replace(&mut data.boundaries, boundaries);
                Some(Self::Boundaries(old))
            }
            Self::Scenarios {
                scenarios,
                comparison,
            } => Some(Self::Scenarios {
                scenarios: std::mem::replace(&mut data.scenarios, scenarios),
                comparison: std::mem::replace(&mut data.comparison, comparison),
            }),
            Self::Replace(dataset) => {
                let old = std::mem::replace(data, *dataset);
                Some(Self::Replace(Box::new(old)))
            }
            Self::ReplaceWithFile {
                data: dataset,
                binding: new_binding,
            } => {
                let old = std::mem::replace(data, *dataset);
                let old_binding = std::mem::replace(binding, new_binding);
                Some(Self::ReplaceWithFile {
                    data: Box::new(old),
                    binding: old_binding,
                })
            }
        }
    }
}

/// Puts `item` at `index` and returns what was there; `None` (nothing
/// changed) when there is no such place.
fn replace_at<T>(list: &mut [T], index: usize, item: T) -> Option<T> {
    list.get_mut(index)
        .map(|slot| std::mem::replace(slot, item))
}

/// Inserts `item` at `index`; `None` (nothing changed) past the end.
fn insert_at<T>(list: &mut Vec<T>, index: usize, item: T) -> Option<()> {
    (index <= list.len()).then(|| list.insert(index, item))
}

/// Removes and returns the item at `index`; `None` when there is none.
fn remove_at<T>(list: &mut Vec<T>, index: usize) -> Option<T> {
    (index < list.len()).then(|| list.remove(index))
}

/// Typing into one field makes many edits; those within this time of each
/// other, on the same field, become one undo step.
const COALESCE_WINDOW: Duration = Duration::from_millis(1500);

/// How many undo steps are kept.
const UNDO_LIMIT: usize = 500;

struct UndoStep {
    inverse: Edit,
    key: Option<String>,
    at: Instant,
    /// The state this step led to.
    state: StateId,
    /// What the step changed, for "Ongedaan gemaakt: …".
    label: String,
}

struct RedoStep {
    edit: Edit,
    /// The state redoing leads back to.
    state: StateId,
    label: String,
}

/// Names one state of the data in the history, so that the number of steps
/// between two states (the saved one and the current one) can be counted.
pub type StateId = u64;

/// Undo and redo stacks.
#[derive(Default)]
pub struct History {
    undo: Vec<UndoStep>,
    redo: Vec<RedoStep>,
    /// The state below the oldest undo step.
    base: StateId,
    /// The last state id given out.
    last_id: StateId,
    /// Set at a save: the next edit starts a new step even in the same field,
    /// so that the saved state stays a state of its own.
    sealed: bool,
}

impl History {
    /// Applies `edit` to `data` and records its inverse with `label` (what it
    /// changes, in Dutch). Edits with the same `key` (e.g. the same text
    /// field) in quick succession share one step. Returns whether anything
    /// changed.
    pub fn apply(
        &mut self,
        data: &mut Dataset,
        binding: &mut Option<FileBinding>,
        edit: Edit,
        key: Option<String>,
        label: String,
    ) -> bool {
        let Some(inverse) = edit.apply(data, binding) else {
            return false;
        };
        let now = Instant::now();
        let coalesce = !self.sealed
            && match (&key, self.undo.last_mut()) {
                (Some(key), Some(last)) => {
                    last.key.as_ref() == Some(key) && now.duration_since(last.at) < COALESCE_WINDOW
                }
                _ => false,
            };
        if coalesce {
            if let Some(last) = self.undo.last_mut() {
                last.at = now;
            }
        } else {
            let state = self.new_state();
            self.undo.push(UndoStep {
                inverse,
                key,
                at: now,
                state,
                label,
            });
            if self.undo.len() > UNDO_LIMIT {
                let oldest = self.undo.remove(0);
                self.base = oldest.state;
            }
        }
        self.sealed = false;
        self.redo.clear();
        true
    }

    /// Undoes the last step; returns what it changed, if there was one.
    pub fn undo(
        &mut self,
        data: &mut Dataset,
        binding: &mut Option<FileBinding>,
    ) -> Option<String> {
        let step = self.undo.pop()?;
        let edit = step.inverse.apply(data, binding)?;
        self.redo.push(RedoStep {
            edit,
            state: step.state,
            label: step.label.clone(),
        });
        Some(step.label)
    }

    /// Redoes the last undone step; returns what it changed, if there was one.
    pub fn redo(
        &mut self,
        data: &mut Dataset,
        binding: &mut Option<FileBinding>,
    ) -> Option<String> {
        let step = self.redo.pop()?;
        let inverse = step.edit.apply(data, binding)?;
        self.undo.push(UndoStep {
            inverse,
            key: None,
            at: Instant::now(),
            state: step.state,
            label: step.label.clone(),
        });
        Some(step.label)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The states from the oldest kept to the current one.
    pub fn path(&self) -> Vec<StateId> {
        std::iter::once(self.base)
            .chain(self.undo.iter().map(|step| step.state))
            .collect()
    }

    /// The current state is about to be saved: the next edit starts a step of
    /// its own.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    fn new_state(&mut self) -> StateId {
        self.last_id += 1;
        self.last_id
    }
}

/// How many undo steps lie between the states at the ends of two paths
/// (back from one to where they part, then on to the other).
pub fn steps_between(a: &[StateId], b: &[StateId]) -> usize {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        // No state in common (the history was cut): at least every step of both.
        return a.len() + b.len();
    }
    (a.len() - common) + (b.len() - common)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset {
            platforms: vec![Platform {
                name: "A".into(),
                ..Platform::default()
            }],
            ..Dataset::default()
        }
    }

    fn rename(data: &Dataset, name: &str) -> Edit {
        let mut platform = data.platforms[0].clone();
        platform.name = name.into();
        Edit::Platform {
            index: 0,
            platform: Box::new(platform),
        }
    }

    #[test]
    fn undo_and_redo_restore_each_state() {
        let mut data = data();
        let mut history = History::default();
        let edit = rename(&data, "B");
        assert!(history.apply(&mut data, &mut None, edit, None, String::new()));
        assert_eq!(data.platforms[0].name, "B");
        assert!(history.undo(&mut data, &mut None).is_some());
        assert_eq!(data.platforms[0].name, "A");
        assert!(history.redo(&mut data, &mut None).is_some());
        assert_eq!(data.platforms[0].name, "B");
        assert!(history.redo(&mut data, &mut None).is_none());
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut data = data();
        let mut history = History::default();
        for name in ["Ab", "Abc", "Abcd"] {
            let edit = rename(&data, name);
            history.apply(
                &mut data,
                &mut None,
                edit,
                Some("name".into()),
                String::new(),
            );
        }
        assert!(history.undo(&mut data, &mut None).is_some());
        assert_eq!(data.platforms[0].name, "A");
        assert!(!history.can_undo());
    }

    #[test]
    fn insert_and_remove_invert_each_other() {
        let mut data = data();
        let mut history = History::default();
        let platform = Box::new(Platform {
            name: "Nieuw".into(),
            ..Platform::default()
        });
        history.apply(
            &mut data,
            &mut None,
            Edit::InsertPlatform { index: 1, platform },
            None,
            String::new(),
        );
        assert_eq!(data.platforms.len(), 2);
        history.apply(
            &mut data,
            &mut None,
            Edit::RemovePlatform { index: 0 },
            None,
            String::new(),
        );
        assert_eq!(data.platforms[0].name, "Nieuw");
        let _ = history.undo(&mut data, &mut None);
        let _ = history.undo(&mut data, &mut None);
        assert_eq!(data.platforms.len(), 1);
        assert_eq!(data.platforms[0].name, "A");
    }

    #[test]
    fn an_edit_that_does_not_fit_changes_nothing() {
        let mut data = data();
        let mut history = History::default();
        assert!(!history.apply(
            &mut data,
            &mut None,
            Edit::RemovePlatform { index: 5 },
            None,
            String::new(),
        ));
        assert!(!history.can_undo());
    }

    #[test]
    fn the_steps_between_two_states_follow_the_history() {
        let mut data = data();
        let mut history = History::default();
        let saved = history.path();
        for (name, key) in [("B", "name"), ("Bc", "name"), ("Bcd", "name")] {
            let edit = rename(&data, name);
            history.apply(&mut data, &mut None, edit, Some(key.into()), String::new());
        }
        assert_eq!(
            steps_between(&saved, &history.path()),
            1,
            "one field typed in"
        );
        history.seal();
        let at_save = history.path();
        let edit = rename(&data, "Bcde");
        history.apply(
            &mut data,
            &mut None,
            edit,
            Some("name".into()),
            String::new(),
        );
        assert_eq!(
            steps_between(&at_save, &history.path()),
            1,
            "typing on after a save is a new step"
        );
        // Undo past the save and branch off: back one, on one.
        let _ = history.undo(&mut data, &mut None);
        let _ = history.undo(&mut data, &mut None);
        let edit = rename(&data, "X");
        history.apply(&mut data, &mut None, edit, None, String::new());
        assert_eq!(steps_between(&at_save, &history.path()), 2);
    }

    #[test]
    fn undo_and_redo_say_what_they_changed() {
        let mut data = data();
        let mut history = History::default();
        let edit = rename(&data, "B");
        history.apply(&mut data, &mut None, edit, None, "naam van A".into());
        assert_eq!(
            history.undo(&mut data, &mut None).as_deref(),
            Some("naam van A")
        );
        assert_eq!(
            history.redo(&mut data, &mut None).as_deref(),
            Some("naam van A")
        );
    }
}
