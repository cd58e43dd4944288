//! The interventions as a sheet of the workbook (and a CSV file): a row
//! per intervention with its id, so that the sheet, edited in Excel, is
//! read back by id (`workbook::interventions`). Lists hold one item per
//! line of the cell.

use super::{Cell, ID_COLUMN, LIST_SEPARATOR, Table, text, titles};
use crate::model::{Dataset, Intervention};

/// The column titles of the Interventies sheet, in order; the read-back
/// finds its columns by these.
pub(crate) mod columns {
    /// The intervention's name.
    pub(crate) const NAME: &str = "Interventie";
    /// Its ambition's number.
    pub(crate) const AMBITION: &str = "Ambitie";
    /// Its status, in Dutch.
    pub(crate) const STATUS: &str = "Status";
    /// Its period as worded.
    pub(crate) const PERIOD: &str = "Periode";
    /// The first month the period gives (worked out, not read back).
    pub(crate) const START: &str = "Begin (uit de periode)";
    /// The last month (worked out, not read back).
    pub(crate) const END: &str = "Eind (uit de periode)";
    /// Its area.
    pub(crate) const AREA: &str = "Gebied";
    /// Its partners, by name, one per line.
    pub(crate) const PARTNERS: &str = "Partners";
    /// Its results, by the key figure's label, one per line.
    pub(crate) const RESULTS: &str = "Resultaten (kerncijfers)";
    /// Its money sources, one per line.
    pub(crate) const MONEY: &str = "Geld";
    /// What the source says of the money.
    pub(crate) const MONEY_NOTE: &str = "Toelichting op het geld";
    /// What it is.
    pub(crate) const DESCRIPTION: &str = "Wat het is";
    /// Its next steps, one per line.
    pub(crate) const NEXT_STEPS: &str = "Volgende stappen";
}

/// The Interventies sheet.
pub(super) fn interventions_table(data: &Dataset) -> Table {
    use columns::*;
    let rows = data
        .interventions
        .iter()
        .map(|i| intervention_row(data, i))
        .collect();
    Table {
        name: "Interventies".to_owned(),
        file_stem: "interventies".to_owned(),
        columns: titles(&[
            NAME,
            AMBITION,
            STATUS,
            PERIOD,
            START,
            END,
            AREA,
            PARTNERS,
            RESULTS,
            MONEY,
            MONEY_NOTE,
            DESCRIPTION,
            NEXT_STEPS,
            ID_COLUMN,
        ]),
        rows,
    }
}

fn intervention_row(data: &Dataset, i: &Intervention) -> Vec<Cell> {
    let month = |m: Option<crate::model::YearMonth>| {
        m.map_or(Cell::Empty, |m| text(format!("{}-{:02}", m.year, m.month)))
    };
    let partners: Vec<&str> = i.partners.iter().map(|p| data.partner_name(p)).collect();
    let results: Vec<&str> = i
        .results
        .iter()
        .map(|id| {
            data.key_figures
                .iter()
                .find(|k| k.id == *id)
                .map_or(id.as_str(), |k| k.label.as_str())
        })
        .collect();
    let money: Vec<&str> = i.funding.iter().map(|m| m.label_nl()).collect();
    vec![
        text(&i.name),
        Cell::Whole(i64::from(i.ambition)),
        text(i.status.label_nl()),
        text(&i.period.text),
        month(i.period.start),
        month(i.period.end),
        text(data.area_text(&i.area)),
        text(partners.join(LIST_SEPARATOR)),
        text(results.join(LIST_SEPARATOR)),
        text(money.join(LIST_SEPARATOR)),
        text(&i.funding_note),
        text(&i.description),
        text(super::steps_text(&i.next_steps)),
        text(&i.id),
    ]
}
