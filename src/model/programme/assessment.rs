//! The beoordelingskader: the criteria by which interventions are weighed
//! as the money shrinks (by default the letter's two pillars, *Beoogde
//! impact* and *Samenwerking tussen partijen*, of equal weight), and each
//! intervention's score per criterion with its reason.

use serde::{Deserialize, Serialize};

use super::Intervention;
use crate::model::{Dataset, SourceRef};

/// The lowest and highest score.
pub const SCORES: std::ops::RangeInclusive<u8> = 1..=5;

/// A criterion of the beoordelingskader.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Stable id, unique among the criteria.
    pub id: String,
    /// "Beoogde impact".
    pub name: String,
    /// What it asks, for the one who scores.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// Its weight, a whole number of at least 1 (equal weights: 1 and 1).
    pub weight: i64,
    /// Where the criterion is named, if in a source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// An intervention's score on one criterion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// The criterion's id.
    pub criterion: String,
    /// 1 (weak) to 5 (strong); `None`: not scored ("niet beoordeeld").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// Why this score.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

/// The weighted score of an intervention: the sum of weight × score over
/// the criteria, and the sum of the weights. Exact (whole numbers); shown
/// as their quotient, compared by cross-multiplication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightedScore {
    /// Σ weight × score.
    pub points: i64,
    /// Σ weight.
    pub weights: i64,
}

impl WeightedScore {
    /// As a number from 1 to 5 with one decimal, for the table: "3,5".
    pub fn text(self) -> String {
        if self.weights <= 0 {
            return "–".to_owned();
        }
        // Tenths, rounded half up, in whole numbers.
        let tenths = (i128::from(self.points) * 20 + i128::from(self.weights))
            / (i128::from(self.weights) * 2);
        format!("{},{}", tenths / 10, tenths % 10)
    }
}

impl Intervention {
    /// Its score on `criterion`, if scored.
    pub fn score_on(&self, criterion: &str) -> Option<u8> {
        self.scores
            .iter()
            .find(|s| s.criterion == criterion)
            .and_then(|s| s.score)
    }
}

impl Dataset {
    /// The weighted score of `intervention` over the file's criteria;
    /// `None` unless it is scored on every criterion with a weight of at
    /// least 1 (a half-scored intervention is not weighed against a whole).
    pub fn weighted_score(&self, intervention: &Intervention) -> Option<WeightedScore> {
        if self.criteria.is_empty() {
            return None;
        }
        let mut total = WeightedScore {
            points: 0,
            weights: 0,
        };
        for criterion in &self.criteria {
            let score = intervention.score_on(&criterion.id)?;
            if criterion.weight < 1 || !SCORES.contains(&score) {
                return None;
            }
            total.points = total
                .points
                .checked_add(criterion.weight.checked_mul(i64::from(score))?)?;
            total.weights = total.weights.checked_add(criterion.weight)?;
        }
        Some(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::shipped_for_tests;

    #[test]
    fn the_shipped_file_has_the_letters_two_pillars_of_equal_weight() {
        let data = shipped_for_tests();
        let names: Vec<&str> = data.criteria.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Beoogde impact", "Samenwerking tussen partijen"]);
        assert!(data.criteria.iter().all(|c| c.weight == 1));
        assert!(data.criteria.iter().all(|c| c.source.is_some()));
    }

    #[test]
    fn a_weighted_score_needs_every_criterion_and_is_exact() {
        let mut data = shipped_for_tests();
        data.criteria[1].weight = 3;
        let mut intervention = data.interventions[0].clone();
        intervention.scores = vec![Score {
            criterion: data.criteria[0].id.clone(),
            score: Some(4),
            reason: String::new(),
        }];
        assert_eq!(data.weighted_score(&intervention), None, "half scored");
        intervention.scores.push(Score {
            criterion: data.criteria[1].id.clone(),
            score: Some(2),
            reason: String::new(),
        });
        let score = data.weighted_score(&intervention);
        assert_eq!(
            score,
            Some(WeightedScore {
                points: 4 + 6,
                weights: 4
            })
        );
        assert_eq!(score.map(WeightedScore::text).as_deref(), Some("2,5"));
    }
}
