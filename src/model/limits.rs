//! The limits a dataset must keep so that no file can hang or crash the app:
//! years, year ranges, money and list sizes. A file outside them is refused
//! at load with every problem and its place, as a broken file is.

use super::format::YEARS;
use super::{Dataset, Problem, Severity};

/// The longest range of years (first to last, inclusive) a budget or a
/// funding may span.
const MAX_YEAR_SPAN: i64 = 100;

/// The largest amount of money, either way: € 1.000.000.000.000.
const MAX_MONEY_EUR: i64 = 1_000_000_000_000;

/// The longest list of anything in a dataset.
const MAX_LIST_LEN: usize = 100_000;

/// Collects limit problems.
#[derive(Default)]
struct Limits {
    problems: Vec<Problem>,
}

impl Limits {
    fn error(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            message,
            severity: Severity::Error,
        });
    }

    fn year(&mut self, path: impl FnOnce() -> String, year: i32) {
        if !YEARS.contains(&year) {
            self.error(
                path(),
                format!("jaar {year} ligt buiten 1900–2100; vul een jaartal in zoals 2025."),
            );
        }
    }

    fn span(&mut self, path: impl FnOnce() -> String, first: i32, last: i32) {
        let years = i64::from(last) - i64::from(first) + 1;
        if years > MAX_YEAR_SPAN {
            self.error(
                path(),
                format!(
                    "de periode {first}–{last} beslaat {years} jaar; dat is meer dan {MAX_YEAR_SPAN}. Kies een kortere periode."
                ),
            );
        }
    }

    fn money(&mut self, path: impl FnOnce() -> String, amount_eur: i64) {
        if amount_eur.unsigned_abs() > MAX_MONEY_EUR.unsigned_abs() {
            self.error(
                path(),
                format!(
                    "bedrag {amount_eur} is groter dan € 1.000.000.000.000 (positief of negatief); vul een kleiner bedrag in."
                ),
            );
        }
    }

    fn ring(&mut self, path: impl Fn() -> String, ring: &super::Ring) {
        self.list(&path, &ring.0);
        if ring.len() < 4 {
            self.error(
                path(),
                format!(
                    "deze rand van de kaart heeft {} posities; minstens 4 zijn nodig. Importeer de kaart opnieuw.",
                    ring.len()
                ),
            );
        }
        let degree = super::UNITS_PER_DEGREE;
        if ring.0.iter().any(|[x, y]| {
            f64::from(x.unsigned_abs()) > 180.0 * degree
                || f64::from(y.unsigned_abs()) > 90.0 * degree
        }) {
            self.error(
                path(),
                "een positie ligt niet op aarde (lengte ±180°, breedte ±90°); importeer de kaart opnieuw.".to_owned(),
            );
        }
    }

    /// The years of the next steps' dates at `at`.
    fn due_dates(&mut self, at: &str, steps: &[super::NextStep]) {
        use chrono::Datelike;
        for (entry, step) in steps.iter().enumerate() {
            if let Some(due) = step.due {
                self.year(|| format!("{at}.next_steps[{entry}].due"), due.year());
            }
        }
    }

    fn list<T>(&mut self, path: impl FnOnce() -> String, list: &[T]) {
        if list.len() > MAX_LIST_LEN {
            self.error(
                path(),
                format!(
                    "deze lijst heeft {} items; hooguit {MAX_LIST_LEN} is toegestaan. Splits de gegevens over meer bestanden.",
                    list.len()
                ),
            );
        }
    }
}

/// Every place where `data` is outside the limits (empty: within them).
pub(crate) fn limit_problems(data: &Dataset) -> Vec<Problem> {
    use chrono::Datelike;
    let mut check = Limits::default();
    check.list(|| "sources".into(), &data.sources);
    check.list(|| "districts".into(), &data.districts);
    check.list(|| "platforms".into(), &data.platforms);
    check.list(|| "ambitions".into(), &data.ambitions);
    check.list(|| "indicators".into(), &data.indicators);
    check.list(|| "key_figures".into(), &data.key_figures);
    check.list(|| "slides".into(), &data.slides);
    check.list(|| "boundaries".into(), &data.boundaries);
    check.list(|| "scenarios".into(), &data.scenarios);
    check.list(|| "lineage.versions".into(), data.lineage.versions());
    if let Some(long) = data
        .lineage
        .ids()
        .find(|id| id.chars().count() > super::lineage::MAX_ID_CHARS)
    {
        check.error(
            "lineage".into(),
            format!(
                "de herkomst bevat een id van {} tekens; hooguit {} is toegestaan. Haal het veld lineage uit het bestand.",
                long.chars().count(),
                super::lineage::MAX_ID_CHARS
            ),
        );
    }
    for (index, scenario) in data.scenarios.iter().enumerate() {
        let at = || format!("scenarios[{index}]");
        check.list(|| format!("{}.allocations", at()), &scenario.allocations);
        for (entry, allocation) in scenario.allocations.iter().enumerate() {
            check.year(
                || format!("{}.allocations[{entry}].year", at()),
                allocation.year,
            );
            check.money(
                || format!("{}.allocations[{entry}].amount_eur", at()),
                allocation.amount_eur,
            );
        }
    }
    if !data.comparison.is_unset() {
        check.list(|| "comparison.scenarios".into(), &data.comparison.scenarios);
        check.year(|| "comparison.year".into(), data.comparison.year);
        check.year(
            || "comparison.reference_year".into(),
            data.comparison.reference_year,
        );
    }
    for (index, boundary) in data.boundaries.iter().enumerate() {
        check.list(
            || format!("boundaries[{index}].polygons"),
            &boundary.polygons,
        );
        for (p, polygon) in boundary.polygons.iter().enumerate() {
            check.list(|| format!("boundaries[{index}].polygons[{p}]"), polygon);
            for (r, ring) in polygon.iter().enumerate() {
                check.ring(|| format!("boundaries[{index}].polygons[{p}][{r}]"), ring);
            }
        }
    }
    for (index, source) in data.sources.iter().enumerate() {
        check.year(|| format!("sources[{index}].year"), source.year);
    }
    for (index, district) in data.districts.iter().enumerate() {
        check.list(|| format!("districts[{index}].log"), &district.log);
        check.list(
            || format!("districts[{index}].neighbourhoods"),
            &district.neighbourhoods,
        );
        for (entry, log) in district.log.iter().enumerate() {
            check.year(
                || format!("districts[{index}].log[{entry}].date"),
                log.date.year(),
            );
        }
    }
    for (index, platform) in data.platforms.iter().enumerate() {
        let at = || format!("platforms[{index}]");
        check.list(|| format!("{}.log", at()), &platform.log);
        check.list(|| format!("{}.contacts", at()), &platform.contacts);
        check.list(|| format!("{}.reach", at()), &platform.reach);
        check.list(|| format!("{}.activities", at()), &platform.activities);
        check.list(|| format!("{}.challenges", at()), &platform.challenges);
        check.list(|| format!("{}.needs", at()), &platform.needs);
        check.list(|| format!("{}.next_steps", at()), &platform.next_steps);
        for (entry, log) in platform.log.iter().enumerate() {
            check.year(|| format!("{}.log[{entry}].date", at()), log.date.year());
        }
        check.due_dates(&at(), &platform.next_steps);
    }
    for (index, indicator) in data.indicators.iter().enumerate() {
        check.list(|| format!("indicators[{index}].values"), &indicator.values);
        for (entry, value) in indicator.values.iter().enumerate() {
            check.year(
                || format!("indicators[{index}].values[{entry}].year"),
                value.year,
            );
        }
        if let Some(target) = &indicator.target {
            check.year(|| format!("indicators[{index}].target.year"), target.year);
        }
    }
    for (index, figure) in data.key_figures.iter().enumerate() {
        check.year(|| format!("key_figures[{index}].year"), figure.year);
    }
    budget_limits(&mut check, &data.budget);
    programme_limits(&mut check, data);
    check.problems
}

fn programme_limits(check: &mut Limits, data: &Dataset) {
    use chrono::Datelike;
    check.list(|| "partners".into(), &data.partners);
    check.list(|| "buurtaanpakken".into(), &data.buurtaanpakken);
    check.list(|| "interventions".into(), &data.interventions);
    for (index, ambition) in data.ambitions.iter().enumerate() {
        check.list(|| format!("ambitions[{index}].goals"), &ambition.goals);
    }
    for (index, approach) in data.buurtaanpakken.iter().enumerate() {
        check.list(
            || format!("buurtaanpakken[{index}].pillars"),
            &approach.pillars,
        );
    }
    for (index, intervention) in data.interventions.iter().enumerate() {
        let at = || format!("interventions[{index}]");
        check.list(|| format!("{}.goals", at()), &intervention.goals);
        check.list(|| format!("{}.partners", at()), &intervention.partners);
        check.list(|| format!("{}.results", at()), &intervention.results);
        check.list(|| format!("{}.funding", at()), &intervention.funding);
        check.list(|| format!("{}.amounts", at()), &intervention.amounts);
        check.list(|| format!("{}.log", at()), &intervention.log);
        check.list(|| format!("{}.next_steps", at()), &intervention.next_steps);
        check.due_dates(&at(), &intervention.next_steps);
        check.list(|| format!("{}.sources", at()), &intervention.sources);
        for (field, month) in [
            ("start", intervention.period.start),
            ("end", intervention.period.end),
        ] {
            if let Some(month) = month {
                check.year(|| format!("{}.period.{field}.year", at()), month.year);
            }
        }
        for (entry, amount) in intervention.amounts.iter().enumerate() {
            let place = || format!("{}.amounts[{entry}]", at());
            check.year(|| format!("{}.year", place()), amount.year);
            check.money(|| format!("{}.amount_eur", place()), amount.amount_eur);
        }
        for (entry, log) in intervention.log.iter().enumerate() {
            check.year(|| format!("{}.log[{entry}].date", at()), log.date.year());
        }
        check.list(|| format!("{}.scores", at()), &intervention.scores);
    }
    check.list(|| "criteria".into(), &data.criteria);
    for (index, criterion) in data.criteria.iter().enumerate() {
        // Beyond this a weighted score per euro could overflow.
        if criterion.weight.unsigned_abs() > super::programme::MAX_WEIGHT.unsigned_abs() {
            check.error(
                format!("criteria[{index}].weight"),
                format!(
                    "gewicht {} is veel te groot; een gewicht is een heel getal van 1 tot en met {}.",
                    criterion.weight,
                    super::programme::MAX_WEIGHT
                ),
            );
        }
    }
    for (index, scenario) in data.scenarios.iter().enumerate() {
        let Some(plan) = &scenario.per_intervention else {
            continue;
        };
        let at = || format!("scenarios[{index}].per_intervention");
        check.year(|| format!("{}.from_year", at()), plan.from_year);
        check.list(|| format!("{}.choices", at()), &plan.choices);
        for (entry, choice) in plan.choices.iter().enumerate() {
            if let super::Decision::Verlagen(amount) = choice.decision {
                check.money(|| format!("{}.choices[{entry}].decision", at()), amount);
            }
        }
    }
}

fn budget_limits(check: &mut Limits, budget: &super::Budget) {
    check.year(|| "budget.first_year".into(), budget.first_year);
    check.year(|| "budget.last_year".into(), budget.last_year);
    check.span(
        || "budget.last_year".into(),
        budget.first_year,
        budget.last_year,
    );
    check.money(|| "budget.structural_eur".into(), budget.structural_eur);
    check.money(
        || "budget.platform_support_eur".into(),
        budget.platform_support_eur,
    );
    check.list(
        || "budget.structural_changes".into(),
        &budget.structural_changes,
    );
    check.list(|| "budget.incidental".into(), &budget.incidental);
    check.list(|| "budget.allocations".into(), &budget.allocations);
    for (index, change) in budget.structural_changes.iter().enumerate() {
        let at = || format!("budget.structural_changes[{index}]");
        check.year(|| format!("{}.from_year", at()), change.from_year);
        check.money(|| format!("{}.amount_eur", at()), change.amount_eur);
    }
    for (index, funding) in budget.incidental.iter().enumerate() {
        let at = || format!("budget.incidental[{index}]");
        check.year(|| format!("{}.first_year", at()), funding.first_year);
        check.year(|| format!("{}.last_year", at()), funding.last_year);
        check.span(
            || format!("{}.last_year", at()),
            funding.first_year,
            funding.last_year,
        );
        if let Some(total) = funding.total_eur {
            check.money(|| format!("{}.total_eur", at()), total);
        }
        check.list(|| format!("{}.per_year", at()), &funding.per_year);
        for (year_index, entry) in funding.per_year.iter().enumerate() {
            let place = || format!("{}.per_year[{year_index}]", at());
            check.year(|| format!("{}.year", place()), entry.year);
            check.money(|| format!("{}.amount_eur", place()), entry.amount_eur);
        }
    }
    for (index, allocation) in budget.allocations.iter().enumerate() {
        let at = || format!("budget.allocations[{index}]");
        check.year(|| format!("{}.year", at()), allocation.year);
        check.money(|| format!("{}.amount_eur", at()), allocation.amount_eur);
    }
}

/// The years from `first` to `last`, cut to [`YEARS`] and to at most
/// [`MAX_YEAR_SPAN`] years, so that no value in a file makes a loop long.
pub(crate) fn bounded_years(first: i32, last: i32) -> std::ops::RangeInclusive<i32> {
    let first = first.clamp(*YEARS.start(), *YEARS.end());
    let last = last.clamp(*YEARS.start(), *YEARS.end());
    // Within 1900–2100 the span fits easily in i32.
    let span = i32::try_from(MAX_YEAR_SPAN).unwrap_or(i32::MAX);
    first..=last.min(first.saturating_add(span - 1))
}

/// Adds amounts of money, `None` when the sum does not fit (never wraps).
pub(crate) fn checked_sum(amounts: impl IntoIterator<Item = i64>) -> Option<i64> {
    amounts
        .into_iter()
        .try_fold(0_i64, |sum, amount| sum.checked_add(amount))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Budget, StructuralChange};

    #[test]
    fn a_two_billion_year_is_out_of_limits_and_bounded() {
        let data = Dataset {
            budget: Budget {
                first_year: 2024,
                last_year: 2_000_000_000,
                ..Budget::default()
            },
            ..Dataset::default()
        };
        let problems = limit_problems(&data);
        assert!(
            problems
                .iter()
                .any(|p| p.path == "budget.last_year" && p.message.contains("2000000000")),
            "{problems:?}"
        );
        assert_eq!(bounded_years(2024, 2_000_000_000), 2024..=2100);
        assert_eq!(bounded_years(i32::MIN, i32::MAX), 1900..=1999);
    }

    #[test]
    fn extreme_money_is_out_of_limits() {
        let data = Dataset {
            budget: Budget {
                first_year: 2024,
                last_year: 2030,
                structural_eur: i64::MAX,
                structural_changes: vec![StructuralChange {
                    from_year: 2026,
                    amount_eur: i64::MIN,
                    ..StructuralChange::default()
                }],
                ..Budget::default()
            },
            ..Dataset::default()
        };
        let paths: Vec<_> = limit_problems(&data).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "budget.structural_eur",
                "budget.structural_changes[0].amount_eur"
            ]
        );
        assert_eq!(checked_sum([i64::MAX, 1]), None);
        assert_eq!(checked_sum([4_018_000, -719_000]), Some(3_299_000));
    }
}
