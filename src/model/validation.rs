//! Validation of a whole dataset: returns every problem, each with its place.

use std::collections::HashSet;

use super::{Dataset, Unit};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The data is wrong and will not be saved.
    Error,
    /// Worth a look, but the data can be saved.
    Warning,
}

/// One problem in a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Place in the data, e.g. `platforms[3].members`.
    pub path: String,
    /// What is wrong and what to do, in Dutch.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

impl Problem {
    /// Whether the problem lies at `path` or below it: `platforms[3]` holds
    /// `platforms[3].members`, not `platforms[30]`.
    pub fn lies_at(&self, path: &str) -> bool {
        self.path == path
            || self
                .path
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(['.', '[']))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.severity {
            Severity::Error => "fout",
            Severity::Warning => "waarschuwing",
        };
        write!(f, "{}: {kind}: {}", self.path, self.message)
    }
}

/// Collects problems while walking the dataset.
#[derive(Default)]
pub(super) struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    pub(super) fn error(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            message,
            severity: Severity::Error,
        });
    }

    pub(super) fn warning(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            message,
            severity: Severity::Warning,
        });
    }

    pub(super) fn money(&mut self, path: String, amount_eur: i64) {
        if amount_eur < 0 {
            self.error(
                path,
                format!("bedrag € {amount_eur} is negatief; vul een bedrag van 0 of meer in."),
            );
        }
    }

    pub(super) fn name(&mut self, path: String, name: &str) {
        if name.trim().is_empty() {
            self.error(path, "de naam is leeg; vul een naam in.".to_owned());
        }
    }

    fn percentage(&mut self, path: String, value: f64) {
        if !(0.0..=100.0).contains(&value) {
            self.error(
                path,
                format!(
                    "percentage {value} ligt buiten 0–100; vul een percentage tussen 0 en 100 in."
                ),
            );
        }
    }

    fn district_ref(&mut self, path: String, id: &str, districts: &HashSet<&str>) {
        if !districts.contains(id) {
            self.error(
                path,
                format!("onbekende wijk '{id}'; kies een van de wijken (WK034401 t/m WK034410)."),
            );
        }
    }

    pub(super) fn ambition_ref(&mut self, path: String, id: u8, ambitions: &HashSet<u8>) {
        if !ambitions.contains(&id) {
            self.error(
                path,
                format!("onbekende ambitie {id}; kies ambitie 1 t/m 5."),
            );
        }
    }

    pub(super) fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.error(
                    format!("{list}[{index}].id"),
                    "de id is leeg; vul een id in.".to_owned(),
                );
            } else if !seen.insert(id) {
                self.error(
                    format!("{list}[{index}].id"),
                    format!("id '{id}' komt twee keer voor; geef elk item een eigen id."),
                );
            }
        }
    }
}

/// The problems of `data` that make it invalid (not the warnings), as text.
pub fn errors(data: &Dataset) -> Vec<String> {
    validate(data)
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .map(|problem| problem.to_string())
        .collect()
}

/// Checks a dataset and returns every problem found (empty: valid).
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut check = Checker {
        problems: super::limits::limit_problems(data),
    };
    let districts: HashSet<&str> = data.districts.iter().map(|d| d.id.as_str()).collect();
    let ambitions: HashSet<u8> = data.ambitions.iter().map(|a| a.id).collect();

    check.unique("sources", data.sources.iter().map(|s| s.id.as_str()));
    check.unique("districts", data.districts.iter().map(|d| d.id.as_str()));
    check.unique("platforms", data.platforms.iter().map(|p| p.id.as_str()));
    check.unique("indicators", data.indicators.iter().map(|i| i.id.as_str()));
    check.unique(
        "key_figures",
        data.key_figures.iter().map(|k| k.id.as_str()),
    );
    check.unique(
        "budget.incidental",
        data.budget.incidental.iter().map(|f| f.id.as_str()),
    );

    for (index, district) in data.districts.iter().enumerate() {
        check.name(format!("districts[{index}].name"), &district.name);
    }
    let mut ambition_ids = HashSet::new();
    for (index, ambition) in data.ambitions.iter().enumerate() {
        check.name(format!("ambitions[{index}].name"), &ambition.name);
        if !ambition_ids.insert(ambition.id) {
            check.error(
                format!("ambitions[{index}].id"),
                format!(
                    "ambitie {} komt twee keer voor; geef elke ambitie een eigen nummer.",
                    ambition.id
                ),
            );
        }
    }
    for (index, platform) in data.platforms.iter().enumerate() {
        let at = format!("platforms[{index}]");
        check.name(format!("{at}.name"), &platform.name);
        check.district_ref(format!("{at}.district"), &platform.district, &districts);
        for (entry, log) in platform.log.iter().enumerate() {
            if log.text.trim().is_empty() {
                check.error(
                    format!("{at}.log[{entry}].text"),
                    "de logboekregel heeft geen tekst; beschrijf wat er gebeurde.".to_owned(),
                );
            }
        }
        for (contact, person) in platform.contacts.iter().enumerate() {
            check.name(format!("{at}.contacts[{contact}].name"), &person.name);
        }
    }
    for (index, indicator) in data.indicators.iter().enumerate() {
        let at = format!("indicators[{index}]");
        check.name(format!("{at}.name"), &indicator.name);
        check.district_ref(format!("{at}.district"), &indicator.district, &districts);
        if let Some(ambition) = indicator.ambition {
            check.ambition_ref(format!("{at}.ambition"), ambition, &ambitions);
        }
        let mut years = HashSet::new();
        for (entry, value) in indicator.values.iter().enumerate() {
            let place = format!("{at}.values[{entry}]");
            if !years.insert(value.year) {
                check.error(
                    format!("{place}.year"),
                    format!(
                        "jaar {} komt twee keer voor; pas de bestaande waarde aan.",
                        value.year
                    ),
                );
            }
            for (field, number) in [("district", value.district), ("utrecht", value.utrecht)] {
                if let Some(number) = number {
                    check_number(
                        &mut check,
                        format!("{place}.{field}"),
                        &indicator.unit,
                        number,
                    );
                }
            }
        }
        if let Some(target) = &indicator.target {
            check_number(
                &mut check,
                format!("{at}.target.value"),
                &indicator.unit,
                target.value,
            );
        }
    }
    for (index, figure) in data.key_figures.iter().enumerate() {
        let at = format!("key_figures[{index}]");
        check.name(format!("{at}.label"), &figure.label);
        check.district_ref(format!("{at}.district"), &figure.district, &districts);
        if let Some(ambition) = figure.ambition {
            check.ambition_ref(format!("{at}.ambition"), ambition, &ambitions);
        }
    }
    validate_budget(&mut check, data, &ambitions);
    validate_scenarios(&mut check, data, &ambitions);
    super::programme::validate_programme(&mut check, data, &ambitions);
    super::programme::validate_assessment(&mut check, data);
    check.problems
}

fn validate_budget(check: &mut Checker, data: &Dataset, ambitions: &HashSet<u8>) {
    let budget = &data.budget;
    if budget.first_year > budget.last_year {
        check.error(
            "budget.last_year".to_owned(),
            "het laatste jaar ligt vóór het eerste jaar; draai ze om.".to_owned(),
        );
    }
    check.money("budget.structural_eur".to_owned(), budget.structural_eur);
    check.money(
        "budget.platform_support_eur".to_owned(),
        budget.platform_support_eur,
    );
    let negative_years: Vec<String> = budget
        .years()
        .filter(|&year| budget.structural_in_year(year).is_some_and(|eur| eur < 0))
        .map(|year| year.to_string())
        .collect();
    // A negative base amount is reported above; report the cuts only otherwise.
    if budget.structural_eur >= 0 && !negative_years.is_empty() {
        check.error(
            "budget.structural_changes".to_owned(),
            format!(
                "het structurele geld wordt negatief in {}; verklein de bezuiniging.",
                negative_years.join(", ")
            ),
        );
    }
    for (index, funding) in budget.incidental.iter().enumerate() {
        let at = format!("budget.incidental[{index}]");
        check.name(format!("{at}.name"), &funding.name);
        if let Some(total) = funding.total_eur {
            check.money(format!("{at}.total_eur"), total);
        }
        if funding.first_year > funding.last_year {
            check.error(
                format!("{at}.last_year"),
                "het laatste jaar ligt vóór het eerste jaar; draai ze om.".to_owned(),
            );
        }
        validate_split(check, &at, funding);
    }
    for (index, allocation) in budget.allocations.iter().enumerate() {
        let at = format!("budget.allocations[{index}]");
        check.money(format!("{at}.amount_eur"), allocation.amount_eur);
        check.ambition_ref(format!("{at}.ambition"), allocation.ambition, ambitions);
    }
    for year in budget.years() {
        let (Some(allocated), Some(_)) =
            (budget.allocated_in_year(year), budget.known_in_year(year))
        else {
            check.error(
                format!("budget (jaar {year})"),
                format!("de bedragen van {year} zijn samen te groot om op te tellen; verklein de bedragen."),
            );
            continue;
        };
        // Money known only for its period may all go to this year: warn only
        // when even that would not cover what is allocated.
        if let Some(most) = budget.most_in_year(year)
            && allocated > most
        {
            check.warning(
                format!("budget.allocations (jaar {year})"),
                format!(
                    "in {year} is {} verdeeld over de ambities, meer dan de {} die er ten hoogste is; verlaag een toewijzing.",
                    super::format::euro(allocated),
                    super::format::euro(most)
                ),
            );
        }
    }
}

/// The user's split of incidental money over its years: each year in the
/// period and once, and together no more than the total.
fn validate_split(check: &mut Checker, at: &str, funding: &super::IncidentalFunding) {
    let mut seen = HashSet::new();
    for (index, entry) in funding.per_year.iter().enumerate() {
        let place = format!("{at}.per_year[{index}]");
        check.money(format!("{place}.amount_eur"), entry.amount_eur);
        if entry.year < funding.first_year || entry.year > funding.last_year {
            check.error(
                format!("{place}.year"),
                format!(
                    "{} ligt buiten de periode {} van {}; kies een jaar in de periode.",
                    entry.year,
                    funding.period_text(),
                    funding.name
                ),
            );
        }
        if !seen.insert(entry.year) {
            check.error(
                format!("{place}.year"),
                format!(
                    "{} staat twee keer in de verdeling; voeg ze samen.",
                    entry.year
                ),
            );
        }
    }
    let split = super::limits::checked_sum(funding.per_year.iter().map(|e| e.amount_eur));
    if let (Some(total), Some(split)) = (funding.total_eur, split)
        && split > total
    {
        check.error(
            format!("{at}.per_year"),
            format!(
                "de verdeling per jaar ({}) is meer dan het totaal van {} ({}); verlaag een jaar.",
                super::format::euro(split),
                funding.name,
                super::format::euro(total)
            ),
        );
    }
}

fn validate_scenarios(check: &mut Checker, data: &Dataset, ambitions: &HashSet<u8>) {
    check.unique("scenarios", data.scenarios.iter().map(|s| s.id.as_str()));
    let adopted: Vec<usize> = (0..data.scenarios.len())
        .filter(|&i| data.scenarios[i].adopted)
        .collect();
    if let [_, second, ..] = adopted.as_slice() {
        check.error(
            format!("scenarios[{second}].adopted"),
            "er is al een vastgesteld scenario; er kan er maar één vastgesteld zijn.".to_owned(),
        );
    }
    for (index, scenario) in data.scenarios.iter().enumerate() {
        let at = format!("scenarios[{index}]");
        check.name(format!("{at}.name"), &scenario.name);
        let mut seen = HashSet::new();
        for (entry, allocation) in scenario.allocations.iter().enumerate() {
            let place = format!("{at}.allocations[{entry}]");
            check.money(format!("{place}.amount_eur"), allocation.amount_eur);
            check.ambition_ref(format!("{place}.ambition"), allocation.ambition, ambitions);
            if !seen.insert((allocation.year, allocation.ambition)) {
                check.error(
                    place,
                    format!(
                        "ambitie {} heeft in {} twee bedragen; pas het bestaande aan.",
                        allocation.ambition, allocation.year
                    ),
                );
            }
        }
    }
}

fn check_number(check: &mut Checker, path: String, unit: &Unit, value: f64) {
    if !value.is_finite() {
        check.error(path, "dit is geen getal; vul een getal in.".to_owned());
    } else if *unit == Unit::Percent {
        check.percentage(path, value);
    } else if value < 0.0 {
        check.error(
            path,
            format!("waarde {value} is negatief; vul 0 of meer in."),
        );
    }
}
