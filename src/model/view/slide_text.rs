//! The words of each slide, in one place: the slides show them, and the
//! hand-out (*Dia's als PDF…*) carries them as real text beside each
//! slide's picture, with the charts' text alternatives, so the PDF can be
//! searched and read aloud. Never contact persons, never speaker notes.

use crate::model::view::Derived;
use crate::model::view::charts::{budget_text, comparison_text, development_text, overview_text};
use crate::model::view::slide_pages::{BlockKind, SlidePage, shows_situation};
use crate::model::view::slides::Slide;
use crate::model::{Dataset, PlatformStatus, format};
use crate::model::{compare, left_text};

/// A slide's title and its text, line by line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlideText {
    /// The title as the slide shows it.
    pub title: String,
    /// Everything else the slide says, and its charts' descriptions.
    pub lines: Vec<String>,
}

/// The overview slide's title.
pub const OVERVIEW_TITLE: &str = "Wijkplatforms in de tien wijken van Utrecht";

/// The indicator slide's title.
pub const INDICATORS_TITLE: &str = "Overvecht vergeleken";

/// The sentence under the indicator slide's title.
pub const INDICATORS_LEAD: &str = "Per indicator Overvecht (punt) en waarmee het vergeleken wordt (ring), op één schaal per eenheid: de afstand is het verschil (rood: aan de ongunstige kant).";

/// The note under the budget chart: the incidental money as the sources
/// give it, one amount for its period ("Regiodeal …: € 10.000.000 voor
/// 2025–2028 samen, verdeling per jaar niet bekend").
pub fn budget_note(data: &Dataset) -> String {
    let parts: Vec<String> = data
        .budget
        .incidental
        .iter()
        .map(|funding| {
            let state = if funding.confirmed {
                ""
            } else {
                ", niet bevestigd"
            };
            let split = match (funding.total_eur, funding.per_year.is_empty()) {
                (Some(_), true) if funding.first_year < funding.last_year => {
                    " samen, verdeling per jaar niet bekend"
                }
                (Some(_), false) => ", eigen verdeling per jaar",
                _ => "",
            };
            format!("{}: {}{split}{state}", funding.name, funding.total_text())
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("Incidenteel: {}.", parts.join("; "))
    }
}

/// "11 wijkplatforms: 8 actief · 1 in opbouw · … · 1 wijk zonder wijkplatform".
pub fn overview_counts(data: &Dataset) -> String {
    let mut counts: Vec<String> = PlatformStatus::ALL
        .iter()
        .filter_map(|status| {
            let n = data
                .platforms
                .iter()
                .filter(|p| p.status == *status)
                .count();
            (n > 0).then(|| format!("{n} {}", status.label_nl()))
        })
        .collect();
    let without = data
        .districts
        .iter()
        .filter(|d| data.platforms_of(&d.id).next().is_none())
        .count();
    if without > 0 {
        counts.push(format!("{without} wijk zonder wijkplatform"));
    }
    format!(
        "{} wijkplatforms: {}",
        data.platforms.len(),
        counts.join(" · ")
    )
}

/// The budget slide's title.
pub fn budget_title(data: &Dataset) -> String {
    let cut = data
        .budget
        .structural_changes
        .iter()
        .filter(|change| change.amount_eur < 0)
        .map(|change| change.from_year)
        .min();
    match cut {
        Some(year) => format!(
            "Budget {}: de bezuiniging vanaf {year}",
            data.budget.programme
        ),
        None => format!("Budget {}", data.budget.programme),
    }
}

/// "Structureel € 4.018.000 per jaar; vanaf 2026 € 719.000 minder: € 3.299.000."
pub fn budget_lead(derived: &Derived) -> Option<String> {
    let cut = derived.budget.iter().find(|y| y.cut_eur > 0)?;
    let before = derived.budget.iter().find(|y| y.cut_eur == 0)?;
    Some(format!(
        "Structureel {} per jaar; vanaf {} {} minder: {}.",
        format::euro(before.structural_eur),
        cut.year,
        format::euro(cut.cut_eur),
        format::euro(cut.structural_eur)
    ))
}

/// A scenario slide's title: "Scenario Basis (vastgesteld)".
pub fn scenario_title(scenario: &crate::model::Scenario) -> String {
    let adopted = if scenario.adopted {
        " (vastgesteld)"
    } else {
        ""
    };
    format!("Scenario {}{adopted}", scenario.name)
}

/// "In 2027: € … verdeeld van € … beschikbaar; € … over."
pub fn scenario_lead(totals: &crate::model::ScenarioTotals, year: i32) -> String {
    format!(
        "In {year}: {} verdeeld van {} beschikbaar; {}.",
        totals
            .distributed
            .amount_eur
            .map_or_else(|| "niets".to_owned(), format::euro),
        totals
            .available_eur
            .map_or_else(|| "onbekend".to_owned(), format::euro),
        left_text(totals.left_eur)
    )
}

/// The comparison slide's title: the year its chart shows. The reference
/// year is named where the change against it is shown (the table page).
pub fn comparison_title(year: i32) -> String {
    format!("Scenario's naast elkaar in {year}")
}

/// The title of the comparison's table page, with the change against the
/// reference year.
pub fn comparison_table_title(year: i32, reference_year: i32) -> String {
    format!("Scenario's naast elkaar in {year}, verschil met {reference_year}")
}

/// One scenario in the compared year against the reference year (its slide).
pub fn scenario_comparison(
    data: &Dataset,
    scenario: &crate::model::Scenario,
) -> crate::model::Comparison {
    compare(
        data,
        &[scenario],
        data.comparison.year,
        data.comparison.reference_year,
    )
}

/// The scenarios chosen for the comparison, side by side (its slide).
pub fn chosen_comparison(data: &Dataset) -> crate::model::Comparison {
    let chosen: Vec<&crate::model::Scenario> = data.comparison.chosen(&data.scenarios).collect();
    compare(
        data,
        &chosen,
        data.comparison.year,
        data.comparison.reference_year,
    )
}

/// Every word of a page of the slides, for the hand-out.
pub fn slide_text(data: &Dataset, derived: &Derived, page: &SlidePage) -> SlideText {
    let mut lines = Vec::new();
    let slide = &page.slide;
    let title = match slide {
        Slide::Overview => {
            lines.push(overview_counts(data));
            for district in &data.districts {
                let platforms: Vec<&str> = data
                    .platforms_of(&district.id)
                    .map(|(_, p)| p.name.as_str())
                    .collect();
                let status = data
                    .district_status(&district.id)
                    .map_or("geen wijkplatform", PlatformStatus::label_nl);
                let names = if platforms.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", platforms.join(", "))
                };
                lines.push(format!("{}: {status}{names}", district.name));
            }
            OVERVIEW_TITLE.to_owned()
        }
        Slide::District(code) => district_lines(data, code, page, &mut lines),
        Slide::Ambition(_) => {
            column_lines(page, &mut lines);
            page.title(data)
        }
        Slide::Scenario(id) if super::slide_pages::plan_of(data, id).is_some() => {
            column_lines(page, &mut lines);
            page.title(data)
        }
        Slide::Indicators => {
            lines.push(INDICATORS_LEAD.to_owned());
            lines.push(overview_text(&derived.indicators));
            lines.push("Ontwikkeling".to_owned());
            lines.extend(derived.indicators.iter().filter_map(development_text));
            INDICATORS_TITLE.to_owned()
        }
        Slide::Budget => {
            lines.extend(budget_lead(derived));
            lines.push(budget_text(&derived.budget));
            lines.push(budget_note(data));
            budget_title(data)
        }
        Slide::Scenario(id) => match data.scenarios.iter().find(|s| s.id == *id) {
            Some(scenario) => {
                if !scenario.explanation.is_empty() && page.part == 0 {
                    lines.push(scenario.explanation.clone());
                }
                let comparison = scenario_comparison(data, scenario);
                if let (0, Some(totals)) = (page.part, comparison.scenarios.first()) {
                    lines.push(scenario_lead(totals, comparison.year));
                }
                // The chart's figures on the first page, the table's on the second.
                lines.push(comparison_text(&comparison));
                page.title(data)
            }
            None => slide.title(data),
        },
        Slide::Comparison => {
            let comparison = chosen_comparison(data);
            lines.push(comparison_text(&comparison));
            if page.part == 0 {
                comparison_title(comparison.year)
            } else {
                comparison_table_title(comparison.year, comparison.reference_year)
            }
        }
    };
    lines.retain(|line| !line.trim().is_empty());
    SlideText { title, lines }
}

/// A wijk's page: on the first its status and situation, then the page's
/// platforms, key figures and notes as the slide shows them.
fn district_lines(data: &Dataset, code: &str, page: &SlidePage, lines: &mut Vec<String>) -> String {
    if page.part == 0 {
        let status = data
            .district_status(code)
            .map_or("geen wijkplatform", PlatformStatus::label_nl);
        lines.push(format!("Status: {status}"));
        if let (true, Some(district)) = (shows_situation(data, code), data.district(code)) {
            lines.push(district.situation.clone());
        }
    }
    column_lines(page, lines);
    page.title(data)
}

/// The page's flowing text as lines, as the slide shows it.
fn column_lines(page: &SlidePage, lines: &mut Vec<String>) {
    for block in page.columns.iter().flatten() {
        lines.push(match block.kind {
            BlockKind::Item => format!("• {}", block.text),
            BlockKind::Heading | BlockKind::Status(_) => format!("{}:", block.text),
            _ => block.text.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::view::slide_pages::slide_pages;

    #[test]
    fn every_slide_has_its_title_and_the_figures_the_council_looks_for() {
        let data = crate::model::shipped_for_tests();
        let derived = Derived::from_data(&data, 0);
        let texts: Vec<SlideText> = slide_pages(&data, 1.0)
            .iter()
            .map(|page| slide_text(&data, &derived, page))
            .collect();
        assert!(
            texts
                .iter()
                .all(|t| !t.title.is_empty() && !t.lines.is_empty())
        );
        let all = |t: &SlideText| t.lines.join("\n");
        let budget = texts
            .iter()
            .find(|t| t.title.starts_with("Budget"))
            .map(all)
            .unwrap_or_default();
        assert!(budget.contains("€ 3.299.000"), "{budget}");
        let indicators = texts
            .iter()
            .find(|t| t.title == INDICATORS_TITLE)
            .map(all)
            .unwrap_or_default();
        assert!(indicators.contains("29%"), "{indicators}");
        let oost = texts
            .iter()
            .find(|t| t.title == "Wijk Oost")
            .map(all)
            .unwrap_or_default();
        assert!(oost.contains("Wijkcoöperatie Oost voor Elkaar"), "{oost}");
        // Every key figure of Overvecht is in the hand-out, on its pages.
        let overvecht: String = texts
            .iter()
            .filter(|t| t.title.starts_with("Wijk Overvecht"))
            .map(all)
            .collect();
        for figure in data.key_figures.iter().filter(|k| k.district == "WK034403") {
            assert!(overvecht.contains(&figure.label), "{}", figure.label);
        }
    }

    #[test]
    fn no_contact_person_is_on_a_slide() {
        let data = crate::model::shipped_for_tests();
        let derived = Derived::from_data(&data, 0);
        let text: String = slide_pages(&data, 1.0)
            .iter()
            .flat_map(|page| slide_text(&data, &derived, page).lines)
            .collect::<Vec<_>>()
            .join("\n");
        for contact in data.platforms.iter().flat_map(|p| &p.contacts) {
            for part in [&contact.name, &contact.email, &contact.phone] {
                assert!(part.is_empty() || !text.contains(part.as_str()), "{part}");
            }
        }
    }
}
