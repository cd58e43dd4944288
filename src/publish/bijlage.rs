//! The *Bijlage: stand van zaken wijkplatforms*, shaped like the one the
//! council received (seed `000_…`): the overview table Wijk | Wijkplatform,
//! the map, then wijk by wijk its situation and each platform's facts. What
//! the register does not have is left out: no made-up sentence, no empty
//! heading.

use super::DocumentOptions;
use super::doc::{Block, Doc, Table};
use super::figures::map_figure;
use super::sources::Sources;
use crate::model::{Contact, Dataset, District, LegalForm, LogEntry, Platform};
use crate::model::{field_names, format};

/// The Bijlage of `data` as it stands on `options.stand`.
pub(super) fn bijlage(data: &Dataset, options: &DocumentOptions) -> Doc {
    let mut blocks = Vec::new();
    let mut sources = Sources::default();
    blocks.push(Block::Table(overview_table(data)));
    blocks.push(Block::Figure(map_figure(data)));
    for district in &data.districts {
        district_blocks(data, district, options, &mut sources, &mut blocks);
    }
    if let Some(changes) = options.changes.as_ref().filter(|c| !c.groups.is_empty()) {
        blocks.push(Block::Heading {
            level: 1,
            text: format!("Wijzigingen sinds {}", changes.since),
        });
        for (group, lines) in &changes.groups {
            blocks.push(Block::Heading {
                level: 2,
                text: format!("{group} ({})", lines.len()),
            });
            blocks.push(Block::Bullets(lines.clone()));
        }
    }
    blocks.extend(sources.blocks(data));
    Doc {
        title: "Bijlage 1. Stand van zaken wijkplatforms".to_owned(),
        subtitle: format!("Stand van {}", format::date_nl(options.stand)),
        blocks,
    }
}

/// Every wijk one row, as the table of Bijlage 1: the wijk, its platform
/// situation in the words of the register (the overview's own sentence,
/// "in andere buurten geen wijkplatform" included), and the status of each
/// platform.
fn overview_table(data: &Dataset) -> Table {
    let rows = data
        .districts
        .iter()
        .map(|district| {
            let platforms: Vec<(usize, &Platform)> = data.platforms_of(&district.id).collect();
            let situation = match (district.situation.trim(), platforms.as_slice()) {
                ("", []) => "Nog geen wijkplatform".to_owned(),
                ("", _) => platforms
                    .iter()
                    .map(|(_, p)| p.name.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
                (situation, _) => situation.to_owned(),
            };
            let status = platforms
                .iter()
                .map(|(_, p)| format!("{}: {}", p.name, p.status.label_nl()))
                .collect::<Vec<_>>()
                .join("\n");
            vec![
                district.name.clone(),
                situation,
                if status.is_empty() {
                    "geen wijkplatform".to_owned()
                } else {
                    status
                },
            ]
        })
        .collect();
    Table {
        header: vec![
            "Wijk".to_owned(),
            "Wijkplatform".to_owned(),
            "Status".to_owned(),
        ],
        rows,
    }
}

/// The log entries to show: up to the stand, all or those since the date
/// asked.
fn log_lines(log: &[LogEntry], options: &DocumentOptions) -> Vec<String> {
    log.iter()
        .filter(|entry| entry.date <= options.stand)
        .filter(|entry| options.log_since.is_none_or(|since| entry.date >= since))
        .filter(|entry| !entry.text.trim().is_empty())
        .map(|entry| format!("{}: {}", entry.date_text(), entry.text.trim()))
        .collect()
}

fn non_empty(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

/// A titled list, only when it has something.
fn list(blocks: &mut Vec<Block>, title: &str, items: Vec<String>) {
    if items.is_empty() {
        return;
    }
    blocks.push(Block::Heading {
        level: 3,
        text: title.to_owned(),
    });
    blocks.push(Block::Bullets(items));
}

fn fact(blocks: &mut Vec<Block>, label: &str, value: String) {
    if !value.trim().is_empty() {
        blocks.push(Block::Fact {
            label: label.to_owned(),
            value,
        });
    }
}

fn district_blocks(
    data: &Dataset,
    district: &District,
    options: &DocumentOptions,
    sources: &mut Sources,
    out: &mut Vec<Block>,
) {
    let mut blocks = vec![Block::Heading {
        level: 1,
        text: district.name.clone(),
    }];
    let blocks = &mut blocks;
    let situation = district.situation.trim();
    // The overview often names just the platform, which the next heading
    // names again: no need to say it twice.
    let only_a_name = data
        .platforms_of(&district.id)
        .any(|(_, p)| p.name.to_lowercase().contains(&situation.to_lowercase()));
    if !situation.is_empty() && !only_a_name {
        blocks.push(Block::Paragraph(situation.to_owned()));
    }
    if !district.neighbourhoods.is_empty() {
        fact(
            blocks,
            district.neighbourhoods_label(),
            district.neighbourhoods.join(", "),
        );
    }
    let notes = non_empty(&district.notes);
    if !notes.is_empty() {
        blocks.push(Block::Bullets(notes));
    }
    key_figures(data, district, sources, blocks);
    for entry in &district.log {
        sources.add_opt(entry.source.as_ref());
    }
    let log = log_lines(&district.log, options);
    if !log.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: format!("Logboek {}", district.name),
        });
        blocks.push(Block::Bullets(log));
    }
    for (_, platform) in data.platforms_of(&district.id) {
        platform_blocks(data, platform, options, sources, blocks);
    }
    // A wijk of which the register knows nothing gets no empty section: the
    // overview table already says it has no platform.
    if blocks.len() > 1 {
        sources.add_all(&district.sources);
        out.append(blocks);
    }
}

fn platform_blocks(
    data: &Dataset,
    platform: &Platform,
    options: &DocumentOptions,
    sources: &mut Sources,
    blocks: &mut Vec<Block>,
) {
    blocks.push(Block::Heading {
        level: 2,
        text: platform.name.clone(),
    });
    sources.add_all(&platform.sources);
    fact(
        blocks,
        field_names::STATUS.label,
        platform.status.label_nl().to_owned(),
    );
    if platform.legal_form != LegalForm::Onbekend {
        fact(
            blocks,
            "Rechtsvorm",
            platform.legal_form.label_nl().to_owned(),
        );
    }
    if !platform.neighbourhoods.is_empty() {
        fact(blocks, "Buurten", platform.neighbourhoods.join(", "));
    }
    if let Some(members) = &platform.members {
        fact(blocks, "Leden", format::count(members));
    }
    let reach: Vec<String> = platform
        .reach
        .iter()
        .filter(|r| !r.description.trim().is_empty())
        .map(|r| format!("{} {}", format::count(&r.count), r.description.trim()))
        .collect();
    list(blocks, "Bereik", reach);
    list(
        blocks,
        "Wat het organiseert",
        non_empty(&platform.activities),
    );
    list(blocks, "Uitdagingen", non_empty(&platform.challenges));
    list(
        blocks,
        "Ondersteuningsbehoeften en wensen",
        non_empty(&platform.needs),
    );
    list(blocks, "Financiering", funding_lines(data, platform));
    list(
        blocks,
        field_names::NEXT_STEPS.label,
        crate::model::step_lines(data, &platform.next_steps, Some(options.stand)),
    );
    for entry in &platform.log {
        sources.add_opt(entry.source.as_ref());
    }
    list(
        blocks,
        field_names::LOG.label,
        log_lines(&platform.log, options),
    );
    if options.include_contacts {
        let contacts: Vec<String> = platform
            .contacts
            .iter()
            .map(Contact::summary)
            .filter(|line| !line.is_empty())
            .collect();
        list(blocks, field_names::CONTACTS.label, contacts);
    }
}

/// The wijk's own key figures that belong to no ambition of the programme
/// (a questionnaire in Vleuten-De Meern, an app group in Dichterswijk):
/// the programme's results are in the monitor.
fn key_figures(
    data: &Dataset,
    district: &District,
    sources: &mut Sources,
    blocks: &mut Vec<Block>,
) {
    let lines: Vec<String> = data
        .key_figures
        .iter()
        .filter(|k| k.district == district.id && k.ambition.is_none())
        .map(|k| {
            sources.add(&k.source);
            format!(
                "{}: {} {}; {}",
                k.label.trim(),
                format::count(&k.count),
                k.unit.trim(),
                k.when_text()
            )
        })
        .collect();
    if !lines.is_empty() {
        blocks.push(Block::Heading {
            level: 2,
            text: format!("Kerncijfers {}", district.name),
        });
        blocks.push(Block::Bullets(lines));
    }
}

/// What is known of the funding; nothing where nothing is known.
fn funding_lines(data: &Dataset, platform: &Platform) -> Vec<String> {
    let funding = &platform.funding;
    let mut lines = Vec::new();
    let support = format::euro(data.budget.platform_support_eur);
    match funding.support_budget {
        Some(true) => lines.push(format!(
            "Ontvangt het standaard ondersteuningsbudget ({support})"
        )),
        Some(false) => lines.push(format!(
            "Ontvangt het standaard ondersteuningsbudget ({support}) niet"
        )),
        None => {}
    }
    match funding.initiatives_fund {
        Some(true) => lines.push("Gebruikt het Initiatievenfonds".to_owned()),
        Some(false) => lines.push("Gebruikt het Initiatievenfonds niet".to_owned()),
        None => {}
    }
    if !funding.notes.trim().is_empty() {
        lines.push(funding.notes.trim().to_owned());
    }
    lines
}
