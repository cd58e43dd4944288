//! What makes the programme's part of a file wrong: a reference to an
//! ambition, goal, partner, buurtaanpak or key figure the file lacks, two
//! items with one id, a period whose months cannot be, an empty name.

use std::collections::HashSet;

use crate::model::validation::Checker;
use crate::model::{Dataset, InterventionArea};

/// Adds the programme's problems to `check`.
pub(in crate::model) fn validate_programme(
    check: &mut Checker,
    data: &Dataset,
    ambitions: &HashSet<u8>,
) {
    check.unique("partners", data.partners.iter().map(|p| p.id.as_str()));
    check.unique(
        "buurtaanpakken",
        data.buurtaanpakken.iter().map(|b| b.id.as_str()),
    );
    check.unique(
        "interventions",
        data.interventions.iter().map(|i| i.id.as_str()),
    );
    let goals: Vec<(String, &str)> = data
        .ambitions
        .iter()
        .enumerate()
        .flat_map(|(a, ambition)| {
            ambition
                .goals
                .iter()
                .enumerate()
                .map(move |(g, goal)| (format!("ambitions[{a}].goals[{g}]"), goal.id.as_str()))
        })
        .collect();
    let mut goal_ids = HashSet::new();
    for (at, id) in &goals {
        if id.trim().is_empty() {
            check.error(
                format!("{at}.id"),
                "de id is leeg; vul een id in.".to_owned(),
            );
        } else if !goal_ids.insert(*id) {
            check.error(
                format!("{at}.id"),
                format!("doel '{id}' komt twee keer voor; geef elk doel een eigen id."),
            );
        }
    }
    for (a, ambition) in data.ambitions.iter().enumerate() {
        for (g, goal) in ambition.goals.iter().enumerate() {
            check.name(format!("ambitions[{a}].goals[{g}].name"), &goal.name);
        }
    }
    for (index, partner) in data.partners.iter().enumerate() {
        check.name(format!("partners[{index}].name"), &partner.name);
    }
    for (index, approach) in data.buurtaanpakken.iter().enumerate() {
        check.name(format!("buurtaanpakken[{index}].name"), &approach.name);
    }
    let partners: HashSet<&str> = data.partners.iter().map(|p| p.id.as_str()).collect();
    let figures: HashSet<&str> = data.key_figures.iter().map(|k| k.id.as_str()).collect();
    let approaches: HashSet<&str> = data.buurtaanpakken.iter().map(|b| b.id.as_str()).collect();
    for (index, intervention) in data.interventions.iter().enumerate() {
        let at = format!("interventions[{index}]");
        check.name(format!("{at}.name"), &intervention.name);
        check.ambition_ref(format!("{at}.ambition"), intervention.ambition, ambitions);
        let own_goals: Vec<&str> = data
            .ambitions
            .iter()
            .filter(|a| a.id == intervention.ambition)
            .flat_map(|a| a.goals.iter().map(|g| g.id.as_str()))
            .collect();
        for (entry, goal) in intervention.goals.iter().enumerate() {
            if !own_goals.contains(&goal.as_str()) {
                check.error(
                    format!("{at}.goals[{entry}]"),
                    format!(
                        "onbekend doel '{goal}': ambitie {} heeft geen doel met die id; kies een doel van deze ambitie of haal het weg.",
                        intervention.ambition
                    ),
                );
            }
        }
        for (entry, partner) in intervention.partners.iter().enumerate() {
            if !partners.contains(partner.as_str()) {
                check.error(
                    format!("{at}.partners[{entry}]"),
                    format!(
                        "onbekende partner '{partner}'; voeg de partner toe onder Partners of kies een bestaande."
                    ),
                );
            }
        }
        for (entry, figure) in intervention.results.iter().enumerate() {
            if !figures.contains(figure.as_str()) {
                check.error(
                    format!("{at}.results[{entry}]"),
                    format!(
                        "onbekend kerncijfer '{figure}'; koppel een bestaand kerncijfer of haal het resultaat weg."
                    ),
                );
            }
        }
        if let InterventionArea::Buurtaanpak(id) = &intervention.area
            && !approaches.contains(id.as_str())
        {
            check.error(
                format!("{at}.area"),
                format!("onbekende buurtaanpak '{id}'; kies een van de buurtaanpakken of heel Overvecht."),
            );
        }
        let period = &intervention.period;
        for (field, month) in [("start", period.start), ("end", period.end)] {
            if let Some(month) = month
                && !month.is_valid()
            {
                check.error(
                    format!("{at}.period.{field}"),
                    format!(
                        "maand {} van {} bestaat niet; een periode loopt van januari 1900 tot december 2100, maand 1 t/m 12.",
                        month.month, month.year
                    ),
                );
            }
        }
        if let (Some(start), Some(end)) = (period.start, period.end)
            && end < start
        {
            check.error(
                format!("{at}.period.end"),
                "de periode eindigt voordat ze begint; draai begin en eind om.".to_owned(),
            );
        }
        let mut years = HashSet::new();
        for (entry, amount) in intervention.amounts.iter().enumerate() {
            check.money(
                format!("{at}.amounts[{entry}].amount_eur"),
                amount.amount_eur,
            );
            if !years.insert(amount.year) {
                check.error(
                    format!("{at}.amounts[{entry}].year"),
                    format!(
                        "jaar {} komt twee keer voor; pas het bestaande bedrag aan.",
                        amount.year
                    ),
                );
            }
        }
        for (entry, log) in intervention.log.iter().enumerate() {
            if log.text.trim().is_empty() {
                check.error(
                    format!("{at}.log[{entry}].text"),
                    "de logboekregel heeft geen tekst; beschrijf wat er gebeurde.".to_owned(),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{
        InterventionArea, Severity, YearAmount, YearMonth, shipped_for_tests, validate,
    };

    #[test]
    fn every_broken_reference_is_named_at_its_place() {
        let mut data = shipped_for_tests();
        let first = data.interventions[0].clone();
        let broken = &mut data.interventions[0];
        broken.ambition = 9;
        broken.goals = vec!["geen-doel".into()];
        broken.partners = vec!["niemand".into()];
        broken.results = vec!["geen-cijfer".into()];
        broken.area = InterventionArea::Buurtaanpak("nergens".into());
        broken.period.start = Some(YearMonth {
            year: 2025,
            month: 13,
        });
        broken.period.end = Some(YearMonth {
            year: 2024,
            month: 1,
        });
        broken.amounts = vec![
            YearAmount {
                year: 2026,
                amount_eur: -5,
            },
            YearAmount {
                year: 2026,
                amount_eur: 5,
            },
        ];
        data.interventions.push(first);
        let problems = validate(&data);
        let at = |path: &str| {
            problems
                .iter()
                .find(|p| p.path == path && p.severity == Severity::Error)
                .map(|p| p.message.clone())
                .unwrap_or_else(|| panic!("no error at {path}: {problems:#?}"))
        };
        assert!(at("interventions[0].ambition").contains("onbekende ambitie 9"));
        assert!(at("interventions[0].goals[0]").contains("onbekend doel 'geen-doel'"));
        assert!(at("interventions[0].partners[0]").contains("onbekende partner 'niemand'"));
        assert!(at("interventions[0].results[0]").contains("onbekend kerncijfer"));
        assert!(at("interventions[0].area").contains("onbekende buurtaanpak"));
        assert!(at("interventions[0].period.start").contains("maand 13"));
        assert!(at("interventions[0].period.end").contains("draai begin en eind om"));
        assert!(at("interventions[0].amounts[0].amount_eur").contains("negatief"));
        assert!(at("interventions[0].amounts[1].year").contains("twee keer"));
        let last = data.interventions.len() - 1;
        assert!(at(&format!("interventions[{last}].id")).contains("twee keer"));
    }

    #[test]
    fn a_year_of_two_billion_or_money_beyond_the_limits_is_refused() {
        let mut data = shipped_for_tests();
        data.interventions[0].period.start = Some(YearMonth {
            year: 2_000_000_000,
            month: 1,
        });
        data.interventions[0].amounts = vec![YearAmount {
            year: 2026,
            amount_eur: i64::MAX,
        }];
        let problems = validate(&data);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert!(
            paths.contains(&"interventions[0].period.start.year"),
            "{paths:?}"
        );
        assert!(
            paths.contains(&"interventions[0].amounts[0].amount_eur"),
            "{paths:?}"
        );
    }

    #[test]
    fn the_shipped_periods_are_the_months_their_words_give() {
        let data = shipped_for_tests();
        for intervention in &data.interventions {
            let period = &intervention.period;
            if period.text.is_empty() {
                continue;
            }
            let read = crate::model::Period::from_text(&period.text);
            match read {
                Ok(read) => assert_eq!(&read, period, "{}", intervention.name),
                Err(error) => panic!("{}: {error}", intervention.name),
            }
        }
    }
}
