//! The council's *Voortgang* of Samen voor Overvecht, written from the
//! register in the format the letter announces (built on the ambition
//! strategies): per ambition its introduction and goals, a status table of
//! its interventions, and a section per intervention with what it is, how
//! far it is, its results with their figures, its partners and next steps.
//! Only what the register holds; no amount where none is known.

use super::DocumentOptions;
use super::doc::{Block, Doc, Table};
use super::sources::Sources;
use crate::model::format;
use crate::model::{Ambition, Dataset, Intervention, InterventionStatus};

/// The Voortgang of `data` as it stands on `options.stand`.
pub(super) fn voortgang(data: &Dataset, options: &DocumentOptions) -> Doc {
    let mut blocks = Vec::new();
    let mut sources = Sources::default();
    blocks.push(Block::Paragraph(format!(
        "Per ambitie van {} de interventies en aanpakken: wat ze zijn, hoe ver ze zijn, wat ze opleveren en met wie.",
        data.budget.programme
    )));
    for ambition in &data.ambitions {
        ambition_blocks(data, ambition, options, &mut sources, &mut blocks);
    }
    buurtaanpakken(data, &mut sources, &mut blocks);
    blocks.extend(sources.blocks(data));
    Doc {
        title: format!("Voortgang {}", data.budget.programme),
        subtitle: format!("Stand van {}", format::date_nl(options.stand)),
        blocks,
    }
}

fn heading(blocks: &mut Vec<Block>, level: u8, text: impl Into<String>) {
    blocks.push(Block::Heading {
        level,
        text: text.into(),
    });
}

fn ambition_blocks(
    data: &Dataset,
    ambition: &Ambition,
    options: &DocumentOptions,
    sources: &mut Sources,
    blocks: &mut Vec<Block>,
) {
    heading(
        blocks,
        1,
        format!("Ambitie {}: {}", ambition.id, ambition.name),
    );
    if !ambition.introduction.trim().is_empty() {
        sources.add_opt(ambition.introduction_source.as_ref());
        blocks.push(Block::Paragraph(ambition.introduction.trim().to_owned()));
    }
    heading(blocks, 2, "Doelen");
    if ambition.goals.is_empty() {
        blocks.push(Block::Paragraph(
            "De doelen van deze ambitie zijn in uitwerking.".to_owned(),
        ));
    } else {
        for goal in &ambition.goals {
            sources.add(&goal.source);
        }
        blocks.push(Block::Bullets(
            ambition.goals.iter().map(|g| g.name.clone()).collect(),
        ));
    }
    let interventions: Vec<&Intervention> =
        data.interventions_of(ambition.id).map(|(_, i)| i).collect();
    if interventions.is_empty() {
        blocks.push(Block::Paragraph(
            "Bij deze ambitie zijn nog geen interventies vastgelegd.".to_owned(),
        ));
        return;
    }
    heading(blocks, 2, "Stand van de interventies");
    blocks.push(Block::Table(status_table(data, &interventions)));
    for intervention in interventions {
        intervention_blocks(data, intervention, options, sources, blocks);
    }
}

/// Interventie | Status | Periode | Partners | Resultaat.
fn status_table(data: &Dataset, interventions: &[&Intervention]) -> Table {
    let dash = |text: String| {
        if text.trim().is_empty() {
            "–".to_owned()
        } else {
            text
        }
    };
    let rows = interventions
        .iter()
        .map(|i| {
            let results: Vec<String> = i
                .results
                .iter()
                .filter_map(|id| data.key_figures.iter().find(|k| k.id == *id))
                .map(|k| format!("{} {}", format::count(&k.count), k.unit.trim()))
                .collect();
            let status = if i.status == InterventionStatus::NietGenoemd {
                "niet genoemd"
            } else {
                i.status.label_nl()
            };
            vec![
                i.name.clone(),
                status.to_owned(),
                i.period.text_or_dash().trim().to_owned(),
                dash(data.partner_names(i)),
                dash(results.join("; ")),
            ]
        })
        .collect();
    Table {
        header: ["Interventie", "Status", "Periode", "Partners", "Resultaat"]
            .map(str::to_owned)
            .to_vec(),
        rows,
    }
}

fn intervention_blocks(
    data: &Dataset,
    intervention: &Intervention,
    options: &DocumentOptions,
    sources: &mut Sources,
    blocks: &mut Vec<Block>,
) {
    heading(blocks, 2, intervention.name.clone());
    sources.add_all(&intervention.sources);
    if !intervention.description.trim().is_empty() {
        blocks.push(Block::Paragraph(intervention.description.trim().to_owned()));
    }
    let period = intervention.period.text.trim();
    // Where the source names no status, the stand is its period alone.
    let state = match (intervention.status, period.is_empty()) {
        (InterventionStatus::NietGenoemd, _) => period.to_owned(),
        (status, true) => status.label_nl().to_owned(),
        (status, false) => format!("{} ({period})", status.label_nl()),
    };
    let mut fact = |label: &str, value: String| {
        if !value.trim().is_empty() {
            blocks.push(Block::Fact {
                label: label.to_owned(),
                value,
            });
        }
    };
    fact("Stand", state);
    fact("Gebied", data.area_text(&intervention.area));
    let goals: Vec<String> = intervention
        .goals
        .iter()
        .filter_map(|id| data.goal(id))
        .map(|g| g.name.clone())
        .collect();
    fact("Doelen", goals.join("; "));
    fact("Partners", data.partner_names(intervention));
    fact("Geld", money_text(intervention));
    let results: Vec<String> = intervention
        .results
        .iter()
        .filter_map(|id| {
            if let Some(figure) = data.key_figures.iter().find(|k| k.id == *id) {
                sources.add(&figure.source);
            }
            data.result_text(id)
        })
        .collect();
    if !results.is_empty() {
        blocks.push(Block::Paragraph("Resultaten:".to_owned()));
        blocks.push(Block::Bullets(results));
    }
    let log: Vec<String> = intervention
        .log
        .iter()
        .filter(|entry| entry.date <= options.stand)
        .filter(|entry| options.log_since.is_none_or(|since| entry.date >= since))
        .map(|entry| {
            sources.add_opt(entry.source.as_ref());
            format!("{}: {}", entry.date_text(), entry.text.trim())
        })
        .collect();
    if !log.is_empty() {
        blocks.push(Block::Paragraph("Wat er gebeurde:".to_owned()));
        blocks.push(Block::Bullets(log));
    }
    let next = crate::model::step_lines(data, &intervention.next_steps, Some(options.stand));
    if !next.is_empty() {
        blocks.push(Block::Paragraph("Volgende stappen:".to_owned()));
        blocks.push(Block::Bullets(next));
    }
}

/// Where the money comes from and, where known, the amount per year; a
/// year without an amount is not named (unknown, not € 0).
fn money_text(intervention: &Intervention) -> String {
    let mut parts = Vec::new();
    let sources = intervention.funding_text();
    if !sources.is_empty() {
        parts.push(sources);
    }
    let mut amounts = intervention.amounts.clone();
    amounts.sort_by_key(|a| a.year);
    if !amounts.is_empty() {
        parts.push(
            amounts
                .iter()
                .map(|a| format!("{}: {}", a.year, format::euro(a.amount_eur)))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    parts.join("; ")
}

/// The buurtaanpakken, with the streets they cover and their pillars.
fn buurtaanpakken(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    if data.buurtaanpakken.is_empty() {
        return;
    }
    heading(blocks, 1, "Buurtaanpakken");
    for approach in &data.buurtaanpakken {
        sources.add(&approach.source);
        heading(blocks, 2, approach.name.clone());
        if !approach.covers.trim().is_empty() {
            blocks.push(Block::Fact {
                label: "Straten".to_owned(),
                value: approach.covers.trim().to_owned(),
            });
        }
        if !approach.pillars.is_empty() {
            blocks.push(Block::Paragraph("Pijlers:".to_owned()));
            blocks.push(Block::Bullets(approach.pillars.clone()));
        }
        let here: Vec<String> = data
            .interventions
            .iter()
            .filter(|i| {
                matches!(&i.area, crate::model::InterventionArea::Buurtaanpak(id) if *id == approach.id)
            })
            .map(|i| i.name.clone())
            .collect();
        if !here.is_empty() {
            blocks.push(Block::Fact {
                label: "Interventies".to_owned(),
                value: here.join(", "),
            });
        }
    }
}
