//! A table as read from a file (a worksheet or a CSV file), its cells and
//! their places, for the import (issue 20). `store::read_sheets` fills it.

/// One cell as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetCell {
    /// Nothing.
    Empty,
    /// Text (every cell of a CSV file is text).
    Text(String),
    /// A number Excel stored (for a formula: the value it cached).
    Number(f64),
    /// A formula whose value Excel did not store (the workbook was written
    /// by a program that does not calculate): the formula's text.
    FormulaWithoutValue(String),
}

impl SheetCell {
    /// The cell as text: a number as Dutch writes it, trimmed.
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(text) => text.trim().to_owned(),
            Self::Number(value) => crate::model::format::decimal(*value, 6),
            Self::FormulaWithoutValue(formula) => format!("={formula}"),
        }
    }
}

/// What kind of file a sheet came from: how its places are named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetKind {
    /// A worksheet of an Excel workbook: `Indicatoren!C7`.
    Workbook,
    /// A CSV file: `regel 7, kolom 3`.
    Csv,
}

/// One table: a worksheet, or the whole CSV file.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The worksheet's name (for a CSV file, the file name).
    pub name: String,
    /// Where it came from.
    pub kind: SheetKind,
    /// The rows from the first, each as long as the file has it.
    pub rows: Vec<Vec<SheetCell>>,
}

impl Sheet {
    /// The cell at `row`, `column` (0-based), empty past the end.
    pub fn cell(&self, row: usize, column: usize) -> &SheetCell {
        self.rows
            .get(row)
            .and_then(|cells| cells.get(column))
            .unwrap_or(&SheetCell::Empty)
    }

    /// The place of a cell in words: `Indicatoren!C7` or `regel 7, kolom 3`.
    pub fn place(&self, row: usize, column: usize) -> String {
        match self.kind {
            SheetKind::Workbook => format!("{}!{}{}", self.name, column_letters(column), row + 1),
            SheetKind::Csv => format!("regel {}, kolom {}", row + 1, column + 1),
        }
    }

    /// The place of a row: `Indicatoren!rij 7` or `regel 7`.
    pub fn row_place(&self, row: usize) -> String {
        match self.kind {
            SheetKind::Workbook => format!("{}!rij {}", self.name, row + 1),
            SheetKind::Csv => format!("regel {}", row + 1),
        }
    }
}

/// How a workbook keeps the percentages of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Percentages {
    /// Not a percentage.
    No,
    /// As Excel keeps a cell formatted as a percentage: 29% is 0,29 (the
    /// app's own workbook).
    Fractions,
    /// As a table from elsewhere may have it: 0,29 or 29; below 1 is a fraction.
    FractionsBelowOne,
}

use crate::model::format::YEARS;

impl Sheet {
    /// The year in a cell, or why it is none, with its place.
    pub fn year(&self, row: usize, column: usize) -> Result<i32, String> {
        let place = self.place(row, column);
        let text = self.cell(row, column).text();
        match self.number(row, column, Percentages::No) {
            Ok(Some(year))
                if year.fract() == 0.0
                    && YEARS.contains(&crate::model::format::convert::rounded_i32(year)) =>
            {
                Ok(crate::model::format::convert::rounded_i32(year))
            }
            Ok(None) => Err(format!("{place}: het jaar ontbreekt.")),
            _ => Err(format!(
                "{place}: '{text}' is geen jaar tussen {} en {}.",
                YEARS.start(),
                YEARS.end()
            )),
        }
    }

    /// The number in a cell: `None` when it is empty or a missing mark
    /// ("-", "."), an error with its place when it is no number or a formula
    /// without a value.
    pub fn number(
        &self,
        row: usize,
        column: usize,
        percentages: Percentages,
    ) -> Result<Option<f64>, String> {
        let place = self.place(row, column);
        let workbook = self.kind == SheetKind::Workbook;
        let value = match self.cell(row, column) {
            SheetCell::Empty => None,
            SheetCell::Number(number) => Some(match percentages {
                Percentages::Fractions if workbook => number * 100.0,
                Percentages::FractionsBelowOne if workbook && number.abs() < 1.0 => number * 100.0,
                _ => *number,
            }),
            SheetCell::FormulaWithoutValue(formula) => {
                return Err(format!(
                    "{place}: de formule ={formula} heeft geen berekende waarde; open het bestand in Excel, sla het op en lees het opnieuw in."
                ));
            }
            SheetCell::Text(text) => crate::model::format::parse_table_number(text)
                .map_err(|error| format!("{place}: {error}"))?
                .map(|n| n.value),
        };
        match value {
            Some(v) if !v.is_finite() => Err(format!("{place}: dit is geen getal.")),
            Some(v) if v.abs() > 1.0e12 => Err(format!(
                "{place}: {} is meer dan de app aankan (ten hoogste 1.000.000.000.000, ook negatief); controleer de cel.",
                crate::model::format::decimal(v, 2)
            )),
            other => Ok(other),
        }
    }
}

/// "A" for column 0, "Z" for 25, "AA" for 26.
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = column + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(digit).unwrap_or(0)));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_excel_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
    }
}
