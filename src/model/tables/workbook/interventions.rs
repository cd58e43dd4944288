//! The Interventies sheet read back: each row by its id; its name, ambition,
//! status, period (as worded; the months are read from the words again),
//! area, partners and results (by name), money sources, the note on the
//! money, what it is and its next steps. A value the app cannot place is a
//! problem with its cell, and then nothing is applied; a new intervention
//! is added in the app, not in the workbook.

use super::{Columns, MissingRow, WorkbookImport, list, next_steps, rows_by_id};
use crate::model::tables::ID_COLUMN;
use crate::model::tables::programme::columns;
use crate::model::tables::sheet::Sheet;
use crate::model::{
    Dataset, Intervention, InterventionArea, InterventionStatus, MoneySource, Period, PeriodError,
};

/// Reads the Interventies sheet into the import's data.
pub(super) fn interventions(import: &mut WorkbookImport, data: &Dataset, sheet: &Sheet) {
    let columns = Columns::of(sheet);
    let Some(id_column) = columns.at(ID_COLUMN) else {
        import.problems.push(format!(
            "{}: de kolom '{ID_COLUMN}' ontbreekt; lees de werkmap in zoals de app haar schreef.",
            sheet.name
        ));
        return;
    };
    let mut present = std::collections::BTreeSet::new();
    for (row, row_id, _) in rows_by_id(import, sheet, id_column) {
        let Some(index) = data.interventions.iter().position(|i| i.id == row_id) else {
            import.problems.push(format!(
                "{}: een nieuwe interventie voegt u in de app toe (tab Voortgang, ➕ Interventie toevoegen), niet in de werkmap.",
                sheet.row_place(row)
            ));
            continue;
        };
        present.insert(row_id.clone());
        let mut edited = data.interventions[index].clone();
        let mut read = RowReader {
            data,
            sheet,
            row,
            columns: &columns,
            problems: Vec::new(),
        };
        read.fields(&mut edited);
        if read.problems.is_empty() {
            import.data.interventions[index] = edited;
        } else {
            import.problems.append(&mut read.problems);
        }
    }
    for intervention in &data.interventions {
        if !present.contains(&intervention.id) {
            import.missing.push(MissingRow {
                sheet: "Interventies".to_owned(),
                id: intervention.id.clone(),
                label: intervention.name.clone(),
            });
        }
    }
}

/// One row's cells, read into an intervention.
struct RowReader<'a> {
    data: &'a Dataset,
    sheet: &'a Sheet,
    row: usize,
    columns: &'a Columns,
    problems: Vec<String>,
}

impl RowReader<'_> {
    /// The text of the cell in `title`'s column, if the sheet has it.
    fn text(&self, title: &str) -> Option<(usize, String)> {
        let column = self.columns.at(title)?;
        Some((column, self.sheet.cell(self.row, column).text()))
    }

    fn problem(&mut self, column: usize, message: String) {
        self.problems
            .push(format!("{}: {message}", self.sheet.place(self.row, column)));
    }

    fn fields(&mut self, intervention: &mut Intervention) {
        if let Some((column, name)) = self.text(columns::NAME) {
            if name.trim().is_empty() {
                self.problem(column, "een interventie heeft een naam nodig.".to_owned());
            } else {
                intervention.name = name.trim().to_owned();
            }
        }
        self.ambition(intervention);
        self.status(intervention);
        self.period(intervention);
        self.area(intervention);
        self.partners(intervention);
        self.results(intervention);
        self.money(intervention);
        if let Some((_, note)) = self.text(columns::MONEY_NOTE) {
            intervention.funding_note = note.trim().to_owned();
        }
        if let Some((_, description)) = self.text(columns::DESCRIPTION) {
            intervention.description = description.trim().to_owned();
        }
        match next_steps(self.sheet, self.row, self.columns.at(columns::NEXT_STEPS)) {
            Some(Ok(steps)) => intervention.next_steps = steps,
            Some(Err(problem)) => self.problems.push(problem),
            None => {}
        }
    }

    fn ambition(&mut self, intervention: &mut Intervention) {
        let Some((column, text)) = self.text(columns::AMBITION) else {
            return;
        };
        let known: Vec<u8> = self.data.ambitions.iter().map(|a| a.id).collect();
        match text.trim().parse::<u8>() {
            Ok(ambition) if known.contains(&ambition) => {
                if ambition != intervention.ambition {
                    // Goals belong to their ambition.
                    intervention.goals.clear();
                    intervention.ambition = ambition;
                }
            }
            _ => self.problem(
                column,
                format!(
                    "‘{text}’ is geen ambitie; vul een nummer van 1 tot en met {} in.",
                    known.len()
                ),
            ),
        }
    }

    fn status(&mut self, intervention: &mut Intervention) {
        let Some((column, text)) = self.text(columns::STATUS) else {
            return;
        };
        let wanted = text.trim().to_lowercase();
        match InterventionStatus::ALL
            .into_iter()
            .find(|s| s.label_nl() == wanted)
        {
            Some(status) => intervention.status = status,
            None => {
                let allowed: Vec<&str> = InterventionStatus::ALL
                    .iter()
                    .map(|s| s.label_nl())
                    .collect();
                self.problem(
                    column,
                    format!(
                        "de status ‘{text}’ kent de app niet; kies uit: {}.",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    fn period(&mut self, intervention: &mut Intervention) {
        let Some((column, text)) = self.text(columns::PERIOD) else {
            return;
        };
        if text.trim() == intervention.period.text.trim() {
            return;
        }
        match Period::from_text(text.trim()) {
            Ok(period) => intervention.period = period,
            // Words without a year are kept; they only give no month.
            Err(PeriodError::NoYear(_)) => {
                intervention.period = Period {
                    text: text.trim().to_owned(),
                    start: None,
                    end: None,
                };
            }
            Err(error) => self.problem(column, error.to_string()),
        }
    }

    fn area(&mut self, intervention: &mut Intervention) {
        let Some((_, text)) = self.text(columns::AREA) else {
            return;
        };
        let text = text.trim();
        if text == self.data.area_text(&intervention.area) {
            return;
        }
        intervention.area = if text.is_empty() || text.eq_ignore_ascii_case("heel Overvecht") {
            InterventionArea::Overvecht
        } else if let Some(approach) = self
            .data
            .buurtaanpakken
            .iter()
            .find(|b| b.name.eq_ignore_ascii_case(text))
        {
            InterventionArea::Buurtaanpak(approach.id.clone())
        } else {
            InterventionArea::Buurt(text.to_owned())
        };
    }

    fn partners(&mut self, intervention: &mut Intervention) {
        let column = self.columns.at(columns::PARTNERS);
        let (Some(column), Some(names)) = (column, list(self.sheet, self.row, column)) else {
            return;
        };
        let mut ids = Vec::new();
        for name in names {
            match self
                .data
                .partners
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(&name) || p.id == name)
            {
                Some(partner) => ids.push(partner.id.clone()),
                None => self.problem(
                    column,
                    format!(
                        "de partner ‘{name}’ kent de app niet; voeg de partner in de app toe (tab Voortgang) of schrijf de naam zoals de app hem kent."
                    ),
                ),
            }
        }
        intervention.partners = ids;
    }

    fn results(&mut self, intervention: &mut Intervention) {
        let column = self.columns.at(columns::RESULTS);
        let (Some(column), Some(labels)) = (column, list(self.sheet, self.row, column)) else {
            return;
        };
        let mut ids = Vec::new();
        for label in labels {
            match self
                .data
                .key_figures
                .iter()
                .find(|k| k.label == label || k.id == label)
            {
                Some(figure) => ids.push(figure.id.clone()),
                None => self.problem(
                    column,
                    format!(
                        "het kerncijfer ‘{label}’ kent de app niet; koppel resultaten in de app (tab Voortgang)."
                    ),
                ),
            }
        }
        intervention.results = ids;
    }

    fn money(&mut self, intervention: &mut Intervention) {
        let column = self.columns.at(columns::MONEY);
        let (Some(column), Some(labels)) = (column, list(self.sheet, self.row, column)) else {
            return;
        };
        let mut sources = Vec::new();
        for label in labels {
            match MoneySource::ALL
                .into_iter()
                .find(|m| m.label_nl().eq_ignore_ascii_case(&label))
            {
                Some(source) => sources.push(source),
                None => {
                    let allowed: Vec<&str> =
                        MoneySource::ALL.iter().map(|m| m.label_nl()).collect();
                    self.problem(
                        column,
                        format!(
                            "‘{label}’ is geen geldbron die de app kent; kies uit: {} (één per regel).",
                            allowed.join(", ")
                        ),
                    );
                }
            }
        }
        intervention.funding = sources;
    }
}
