//! The monitor of Samen voor Overvecht, as the council letter (seed `004_…`)
//! carries it: the five ambitions, per ambition its indicators (Overvecht
//! against the Utrecht average), the developments, the key figures, the
//! budget with the cut, and the adopted or compared scenarios.

use super::DocumentOptions;
use super::doc::{Block, Doc, Table};
use super::figures::budget_figure;
use super::sources::Sources;
use crate::model::format;
use crate::model::{
    Comparison, Dataset, Scenario, amount_text, budget_years, compare, indicator_series, left_text,
};

/// The monitor of `data` as it stands on `options.stand`.
pub fn monitor(data: &Dataset, options: &DocumentOptions) -> Doc {
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
        source.short_describe(&data.sources)
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
    let items = data
        .ambitions
        .iter()
        .map(|a| {
            sources.add(&a.source);
            format!("{}. {}", a.id, a.name)
        })
        .collect();
    blocks.push(Block::Bullets(items));
}

/// Per ambition a table of its indicators: a row per indicator and year.
fn indicators(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    if data.indicators.is_empty() {
        return;
    }
    heading(
        blocks,
        1,
        "Indicatoren: Overvecht tegen het Utrechtse gemiddelde",
    );
    let groups: Vec<(Option<u8>, String)> = crate::model::charts::ambition_groups(data);
    for (ambition, title) in groups {
        let members: Vec<_> = data
            .indicators
            .iter()
            .filter(|i| i.ambition == ambition && !i.values.is_empty())
            .collect();
        if members.is_empty() {
            continue;
        }
        heading(blocks, 2, title);
        let mut rows = Vec::new();
        for indicator in members {
            let wijk = data
                .district(&indicator.district)
                .map_or("Wijk", |d| d.name.as_str());
            for value in &indicator.values {
                sources.add(&value.source);
                let shown = |v: Option<f64>| {
                    v.map_or_else(|| "–".to_owned(), |v| format::with_unit(v, &indicator.unit))
                };
                rows.push(vec![
                    if wijk == "Overvecht" {
                        indicator.name.clone()
                    } else {
                        format!("{} ({wijk})", indicator.name)
                    },
                    value.year.to_string(),
                    shown(value.district),
                    shown(value.utrecht),
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
                "Utrecht",
                "Richting",
                "Bron",
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
            widths: vec![8, 3, 4, 4, 4, 8],
        }));
    }
}

/// How the indicators with more than one year developed.
fn developments(data: &Dataset, blocks: &mut Vec<Block>) {
    let series = indicator_series(data);
    let lines: Vec<String> = series
        .iter()
        .filter_map(crate::model::charts::development_text)
        .collect();
    let gaps: Vec<String> = series
        .iter()
        .filter_map(|s| {
            Some(format!(
                "{}: {} ({})",
                s.name,
                s.gap?.phrase(&s.unit),
                s.gap?.year
            ))
        })
        .collect();
    if lines.is_empty() && gaps.is_empty() {
        return;
    }
    heading(blocks, 1, "Ontwikkelingen");
    if !gaps.is_empty() {
        blocks.push(Block::Paragraph(
            "Overvecht tegen het Utrechtse gemiddelde, in het laatste jaar met beide cijfers:"
                .to_owned(),
        ));
        blocks.push(Block::Bullets(gaps));
    }
    if !lines.is_empty() {
        blocks.push(Block::Paragraph("Over de jaren:".to_owned()));
        blocks.push(Block::Bullets(lines));
    }
}

fn key_figures(data: &Dataset, sources: &mut Sources, blocks: &mut Vec<Block>) {
    if data.key_figures.is_empty() {
        return;
    }
    heading(blocks, 1, "Kerncijfers");
    let rows = data
        .key_figures
        .iter()
        .map(|k| {
            sources.add(&k.source);
            let when = if k.period.is_empty() {
                k.year.to_string()
            } else {
                k.period.clone()
            };
            vec![
                k.label.clone(),
                format!("{} {}", format::count(&k.count), k.unit),
                when,
                source_cell(&k.source, data),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: ["Kerncijfer", "Aantal", "Periode", "Bron"]
            .map(str::to_owned)
            .to_vec(),
        rows,
        widths: vec![5, 2, 2, 4],
    }));
}

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
    blocks.push(Block::Paragraph(format!(
        "Structureel {} per jaar aan gemeentelijk geld.",
        format::euro(b.structural_eur)
    )));
    let rows = years
        .iter()
        .map(|y| {
            let incidental: i64 = y.confirmed.iter().map(|(_, a)| a).sum();
            let unknown = y.unconfirmed.iter().any(|(_, a)| a.is_none());
            vec![
                y.year.to_string(),
                format::euro(y.structural_eur),
                if y.cut_eur > 0 {
                    format::euro(y.cut_eur)
                } else {
                    "–".to_owned()
                },
                if unknown {
                    format!("{} + onbekend", format::euro(incidental))
                } else {
                    format::euro(incidental)
                },
                format::euro(y.total_eur),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        header: [
            "Jaar",
            "Structureel",
            "Bezuiniging",
            "Incidenteel",
            "Totaal",
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
        widths: vec![1, 2, 2, 2, 2],
    }));
    blocks.push(Block::Figure(budget_figure(&years)));
    for funding in &b.incidental {
        sources.add(&funding.source);
    }
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
    let mut widths = vec![4];
    widths.extend(comparison.scenarios.iter().map(|_| 3));
    Table {
        header,
        rows,
        widths,
    }
}
