//! The monitor of Samen voor Overvecht, as the council letter (seed `004_…`)
//! carries it: the five ambitions, per ambition its indicators (Overvecht
//! against the Utrecht average) with the interventions of its ambition,
//! the developments, the key figures, the
//! budget with the cut, and the adopted or compared scenarios.

use super::DocumentOptions;
use super::doc::{Block, Doc, Table};
use super::figures::budget_figure;
use super::sources::Sources;
use crate::model::format;
use crate::model::{
    Comparison, Dataset, Indicator, OVERVECHT, PeriodTotal, Scenario, amount_text, budget_years,
    compare, indicator_series, left_text, period_totals,
};

/// The monitor of `data` as it stands on `options.stand`.
pub(super) fn monitor(data: &Dataset, options: &DocumentOptions) -> Doc {
    let mut blocks = Vec::new();
    let mut sources = Sources::default();
    ambitions(data, &mut sources, &mut blocks);
    indicators(data, &mut sources, &mut blocks);
    developments(data, &mut blocks);
    key_figures(data, &mut sources, &mut blocks);
    budget(data, &mut sources, &mut blocks);
    scenarios(data, &mut blocks);
    blocks.extend(sources.blocks(data));
    Doc {
        title: format!("Monitor {}", data.budget.programme),
        subtitle: format!("Stand van {}", format::date_nl(options.stand)),
        blocks,
    }
}

/// The source in a table cell: its section; the documents themselves are
/// in the list of sources at the end.
fn source_cell(source: &crate::model::SourceRef, data: &Dataset) -> String {
    if source.section.trim().is_empty() {
        source.council_describe(&data.sources)
    } else {
        source.section.trim().to_owned()
    }
}

fn heading(blocks: &mut Vec<Block>, level: u8, text: impl Into<String>) {
    blocks.push(Block::Heading {
        level,
        text: text.into(),
    });
}

fn ambitions(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    if data.ambitions.is_empty() {
        return;
    }
    heading(blocks, 1, "De ambities");
    // A table, not a list: "Ambitie 1" is the ambition's own name, no
    // bullet and number in front of it.
    let rows = data
        .ambitions
        .iter()
        .map(|a| {
            sources.add(&a.source);
            vec![format!("Ambitie {}", a.id), a.name.clone()]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: vec!["Ambitie".to_owned(), "Naam".to_owned()],
        rows,
    }));
}

/// Per ambition a table of its indicators: a row per indicator and year,
/// the year as the source gives it and the figure it is compared with
/// named as the source names it.
fn indicators(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    let own: Vec<&Indicator> = data
        .indicators
        .iter()
        .filter(|i| i.district == OVERVECHT && !i.values.is_empty())
        .collect();
    if own.is_empty() {
        return;
    }
    heading(blocks, 1, "Indicatoren: Overvecht vergeleken");
    let groups: Vec<(Option<u8>, String)> = crate::model::view::charts::ambition_groups(data);
    for (ambition, title) in groups {
        let members: Vec<&&Indicator> = own.iter().filter(|i| i.ambition == ambition).collect();
        if members.is_empty() {
            continue;
        }
        heading(blocks, 2, title);
        let mut rows = Vec::new();
        for indicator in members {
            for value in &indicator.values {
                sources.add(&value.source);
                let shown = |v: Option<f64>| {
                    v.map_or_else(|| "–".to_owned(), |v| indicator.unit.value_text(v))
                };
                let compared = match value.utrecht {
                    Some(figure) => format!(
                        "{} ({})",
                        indicator.unit.value_text(figure),
                        indicator.comparison_label()
                    ),
                    None => "–".to_owned(),
                };
                rows.push(vec![
                    indicator.name.clone(),
                    value.year_text(),
                    shown(value.district),
                    compared,
                    indicator.direction.label_nl().to_owned(),
                    source_cell(&value.source, data),
                ]);
            }
        }
        blocks.push(Block::Table(Table {
            header: [
                "Indicator",
                "Jaar",
                "Overvecht",
                "Vergeleken met",
                "Richting",
                "Bron",
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
        }));
        // What the programme does for these indicators: the interventions
        // of the same ambition (the Voortgang describes each).
        let serving: Vec<String> = ambition
            .map(|a| {
                data.interventions_of(a)
                    .map(|(_, i)| i.name.clone())
                    .collect()
            })
            .unwrap_or_default();
        if !serving.is_empty() {
            blocks.push(Block::Fact {
                label: "Interventies bij deze ambitie (zie de Voortgang)".to_owned(),
                value: serving.join(", "),
            });
        }
    }
}

/// How the indicators with more than one year developed, and how far
/// Overvecht is from the figure it is compared with.
fn developments(data: &Dataset, blocks: &mut Vec<Block>) {
    let series: Vec<_> = indicator_series(data)
        .into_iter()
        .filter(|s| {
            data.indicators
                .get(s.index)
                .is_some_and(|i| i.district == OVERVECHT)
        })
        .collect();
    let lines: Vec<String> = series
        .iter()
        .filter_map(crate::model::view::charts::development_text)
        .collect();
    let gaps: Vec<String> = series
        .iter()
        .filter_map(|s| {
            let gap = s.gap?;
            let indicator = data.indicators.get(s.index)?;
            let year = gap.year_text();
            Some(format!(
                "{}: {}; vergeleken met {}, {year}",
                s.name,
                gap.phrase(&s.unit),
                indicator.comparison_label()
            ))
        })
        .collect();
    if lines.is_empty() && gaps.is_empty() {
        return;
    }
    heading(blocks, 1, "Ontwikkelingen");
    if !gaps.is_empty() {
        blocks.push(Block::Paragraph(
            "Overvecht vergeleken, in het laatste jaar met beide cijfers:".to_owned(),
        ));
        blocks.push(Block::Bullets(gaps));
    }
    if !lines.is_empty() {
        blocks.push(Block::Paragraph("Over de jaren:".to_owned()));
        blocks.push(Block::Bullets(lines));
    }
}

/// The key figures of Overvecht, the programme's wijk; those of other
/// wijken are in the Bijlage under their wijk.
fn key_figures(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    let rows: Vec<Vec<String>> = data
        .key_figures
        .iter()
        .filter(|k| k.district == OVERVECHT)
        .map(|k| {
            sources.add(&k.source);
            vec![
                k.label.clone(),
                format!("{} {}", format::count(&k.count), k.unit),
                k.when_text(),
                source_cell(&k.source, data),
            ]
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    heading(blocks, 1, "Kerncijfers");
    blocks.push(Block::Table(Table {
        header: ["Kerncijfer", "Aantal", "Periode", "Bron"]
            .map(str::to_owned)
            .to_vec(),
        rows,
    }));
}

/// The budget as the sources give it: the structural money per year with
/// the cut, and incidental money as the amount for its period. No yearly
/// share or total that rests on a split the sources do not give.
fn budget(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    let years = budget_years(&data.budget);
    if years.is_empty() {
        return;
    }
    heading(blocks, 1, "Budget");
    let b = &data.budget;
    sources.add(&b.structural_source);
    for change in &b.structural_changes {
        sources.add(&change.source);
    }
    let mut lead = format!(
        "Structureel {} per jaar aan gemeentelijk geld.",
        format::euro(b.structural_eur)
    );
    for change in &b.structural_changes {
        let (word, amount) = if change.amount_eur < 0 {
            ("minder", change.amount_eur.saturating_neg())
        } else {
            ("meer", change.amount_eur)
        };
        let after = b
            .structural_in_year(change.from_year)
            .map_or_else(String::new, |a| format!(": {}", format::euro(a)));
        lead.push_str(&format!(
            " Vanaf {} {} per jaar {word}{after}.",
            change.from_year,
            format::euro(amount)
        ));
    }
    blocks.push(Block::Paragraph(lead));
    let rows = years
        .iter()
        .map(|y| {
            vec![
                y.year.to_string(),
                format::euro(y.structural_eur),
                if y.cut_eur > 0 {
                    format::euro(y.cut_eur)
                } else {
                    "–".to_owned()
                },
                y.incidental_text(),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: ["Jaar", "Structureel", "Bezuiniging", "Incidenteel"]
            .map(str::to_owned)
            .to_vec(),
        rows,
    }));
    let mut incidental = Vec::new();
    for funding in &b.incidental {
        sources.add(&funding.source);
        let state = if funding.confirmed {
            "toegekend"
        } else {
            "niet bevestigd"
        };
        let several_years = funding.first_year < funding.last_year;
        let split = match (funding.per_year.is_empty(), funding.total_eur) {
            (false, _) => "; de bedragen per jaar in de tabel zijn een eigen verdeling",
            (true, Some(_)) if several_years => "; de verdeling per jaar is niet bekend",
            _ => "",
        };
        incidental.push(format!(
            "{} ({state}): {}{split}.",
            funding.name,
            funding.total_text()
        ));
    }
    incidental.extend(period_totals(b).iter().map(PeriodTotal::sentence));
    if !incidental.is_empty() {
        blocks.push(Block::Paragraph("Incidenteel geld:".to_owned()));
        blocks.push(Block::Bullets(incidental));
    }
    blocks.push(Block::Figure(budget_figure(&years)));
}

/// The adopted scenario; else the compared ones; else nothing.
fn scenarios(data: &Dataset, blocks: &mut Vec<Block>) {
    let adopted: Vec<&Scenario> = data.scenarios.iter().filter(|s| s.adopted).collect();
    let chosen: Vec<&Scenario> = if adopted.is_empty() {
        data.comparison.chosen(&data.scenarios).collect()
    } else {
        adopted
    };
    if chosen.is_empty() {
        return;
    }
    let comparison = compare(
        data,
        &chosen,
        data.comparison.year,
        data.comparison.reference_year,
    );
    heading(
        blocks,
        1,
        if chosen.len() == 1 && chosen[0].adopted {
            format!("Vastgesteld scenario: {}", chosen[0].name)
        } else {
            "Scenario's voor de bezuiniging".to_owned()
        },
    );
    for scenario in &chosen {
        if !scenario.explanation.trim().is_empty() {
            blocks.push(Block::Fact {
                label: scenario.name.clone(),
                value: scenario.explanation.trim().to_owned(),
            });
        }
    }
    blocks.push(Block::Table(comparison_table(&comparison)));
    for scenario in &chosen {
        if let Some(plan) = &scenario.per_intervention {
            plan_section(data, scenario, plan, blocks);
        }
    }
}

/// A scenario per intervention: the saving against the cut, a table of
/// every intervention that stops or shrinks, what the partners lose, the
/// goals that lose their last intervention, and what is incomplete.
fn plan_section(
    data: &Dataset,
    scenario: &Scenario,
    plan: &crate::model::InterventionPlan,
    blocks: &mut Vec<Block>,
) {
    let outcome = crate::model::cut_outcome(data, plan);
    heading(
        blocks,
        2,
        format!("Besluiten per interventie: {}", scenario.name),
    );
    blocks.push(Block::Paragraph(outcome.saving_text()));
    if let Some(incomplete) = outcome.incomplete_text() {
        blocks.push(Block::Paragraph(incomplete));
    }
    let rows: Vec<Vec<String>> = outcome
        .interventions
        .iter()
        .filter(|p| p.decision != crate::model::Decision::Houden)
        .map(|p| {
            vec![
                p.name.clone(),
                format!("{} {}", p.ambition, data.ambition_short(p.ambition)),
                p.amount.map_or_else(|| "onbekend".to_owned(), format::euro),
                p.decision.text(),
                format::euro(p.loses),
            ]
        })
        .collect();
    if rows.is_empty() {
        blocks.push(Block::Paragraph(
            "In dit scenario stopt nog geen interventie en krijgt er geen minder.".to_owned(),
        ));
    } else {
        blocks.push(Block::Table(Table {
            header: vec![
                "Interventie".to_owned(),
                "Ambitie".to_owned(),
                format!("Bedrag {}", outcome.year),
                "Besluit".to_owned(),
                "Levert in".to_owned(),
            ],
            rows,
        }));
    }
    let partners = outcome.partner_lines();
    if !partners.is_empty() {
        blocks.push(Block::Paragraph(
            "Wat de partners inleveren (een interventie met meer partners telt bij elk):"
                .to_owned(),
        ));
        blocks.push(Block::Bullets(partners));
    }
    let goals = outcome.goals_left_without();
    if !goals.is_empty() {
        blocks.push(Block::Paragraph(
            "Doelen die hun laatste interventie verliezen:".to_owned(),
        ));
        blocks.push(Block::Bullets(goals));
    }
    if !outcome.missing.is_empty() {
        blocks.push(Block::Paragraph(format!(
            "Besluiten over interventies die er niet meer zijn: {}.",
            outcome.missing.join(", ")
        )));
    }
}

fn comparison_table(comparison: &Comparison) -> Table {
    let mut header = vec![format!(
        "Ambitie in {} (verschil met {})",
        comparison.year, comparison.reference_year
    )];
    header.extend(comparison.scenarios.iter().map(|s| s.name.clone()));
    let mut rows: Vec<Vec<String>> = comparison
        .ambitions
        .iter()
        .map(|row| {
            let mut cells = vec![format!("{}. {}", row.ambition, row.name)];
            cells.extend(
                row.amounts
                    .iter()
                    .map(|a| format!("{} ({})", amount_text(a.amount_eur), a.change_text())),
            );
            cells
        })
        .collect();
    let mut total = vec!["Totaal verdeeld".to_owned()];
    total.extend(comparison.scenarios.iter().map(|s| {
        format!(
            "{} ({})",
            amount_text(s.distributed.amount_eur),
            s.distributed.change_text()
        )
    }));
    rows.push(total);
    let mut left = vec!["Over".to_owned()];
    left.extend(comparison.scenarios.iter().map(|s| left_text(s.left_eur)));
    rows.push(left);
    Table { header, rows }
}
