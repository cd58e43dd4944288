//! Reading a table from elsewhere (issue 20): a CSV file as research
//! departments and CBS publish them — `;` or `,` (or tab) between the
//! cells, UTF-8 with or without a byte-order mark, or Windows-1252 as
//! older Excel writes it — detected, not asked. Cells stay text here; what
//! they mean is decided by the mapping step.

/// The largest table file read: a monitor table is kilobytes, a CBS table a
/// few megabytes.
pub const MAX_TABLE_BYTES: usize = 50 * 1024 * 1024;

/// How the file's text was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// Windows-1252 (Excel's plain "CSV" on a Dutch Windows).
    Windows1252,
}

/// A table read from a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTable {
    /// The rows, each a list of cells as text; rows may differ in length.
    pub rows: Vec<Vec<String>>,
    /// The separator found: `;`, `,` or a tab.
    pub separator: u8,
    /// The encoding found.
    pub encoding: TextEncoding,
}

/// Reads `bytes` as a CSV table, finding its encoding and separator.
///
/// # Errors
/// A Dutch message: the file is too large, empty, not text (a workbook or
/// a PDF saved as .csv), or a line cannot be read (with its number).
pub fn read_csv(bytes: &[u8]) -> Result<CsvTable, String> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(format!(
            "het bestand is {} MB; een tabel mag hooguit {} MB zijn. Splits de tabel of bewaar alleen de kolommen die u nodig hebt.",
            bytes.len() / (1024 * 1024),
            MAX_TABLE_BYTES / (1024 * 1024)
        ));
    }
    let (text, encoding) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err("het bestand is leeg; er staat geen tabel in.".to_owned());
    }
    let separator = detect_separator(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(index + 1, |p| {
                usize::try_from(p.line()).unwrap_or(index + 1)
            });
            format!("regel {line}: deze regel is geen tabelregel ({error}).")
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(CsvTable {
        rows,
        separator,
        encoding,
    })
}

/// The text of the file and how it was written.
fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), String> {
    // Binary files (a workbook, a PDF, a picture) hold NUL bytes; text does not.
    if bytes.contains(&0) {
        return Err("dit is geen tabel maar een ander soort bestand (het bevat binaire gegevens). Bewaar de tabel in Excel als 'CSV (puntkomma-gescheiden)' of kies het .xlsx-bestand zelf.".to_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|text| (text.to_owned(), TextEncoding::Utf8Bom))
            .map_err(|_| "het bestand zegt UTF-8 te zijn, maar is het niet; bewaar het opnieuw als 'CSV UTF-8'.".to_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), TextEncoding::Utf8));
    }
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    Ok((text.into_owned(), TextEncoding::Windows1252))
}

/// The separator that splits the first lines into the same number of
/// cells (more than one); `;` when none does, as Dutch Excel writes.
fn detect_separator(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b';', 0_usize);
    for separator in [b';', b',', b'\t'] {
        let counts: Vec<usize> = lines.iter().map(|line| cells_in(line, separator)).collect();
        let first = counts.first().copied().unwrap_or(1);
        let agreeing = counts.iter().filter(|c| **c == first).count();
        // Lines that agree, weighted by how many cells they make.
        let score = if first > 1 { agreeing * first } else { 0 };
        if score > best.1 {
            best = (separator, score);
        }
    }
    best.0
}

/// The cells `separator` makes of `line`, quotes respected.
fn cells_in(line: &str, separator: u8) -> usize {
    let mut quoted = false;
    let mut cells = 1;
    for byte in line.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b if b == separator && !quoted => cells += 1,
            _ => {}
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(bytes: &[u8]) -> CsvTable {
        read_csv(bytes).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_dutch_excel_csv_and_a_cbs_csv_are_both_read() {
        let excel = read(b"Wijk;Jaar;Waarde\r\nOvervecht;2024;29%\r\nUtrecht;2024;14%\r\n");
        assert_eq!(excel.separator, b';');
        assert_eq!(excel.rows[1], ["Overvecht", "2024", "29%"]);
        let cbs = read(
            "\u{feff}\"Regio's\",\"Perioden\",\"Waarde\"\n\"WK034403  \",\"2023\",\"3,5\"\n"
                .as_bytes(),
        );
        assert_eq!(cbs.separator, b',');
        assert_eq!(cbs.encoding, TextEncoding::Utf8Bom);
        assert_eq!(cbs.rows[1][2], "3,5");
        // "Café" as Windows-1252 writes it.
        let old = read(b"Naam;Jaar\nCaf\xe9 Lunetten;2024\n");
        assert_eq!(old.encoding, TextEncoding::Windows1252);
        assert_eq!(old.rows[1][0], "Café Lunetten");
    }

    #[test]
    fn what_is_not_a_table_says_so() {
        assert!(read_csv(b"").unwrap_err().contains("leeg"));
        assert!(
            read_csv(b"PK\x03\x04\x00\x00")
                .unwrap_err()
                .contains("geen tabel")
        );
        assert!(
            read_csv(&vec![b'a'; MAX_TABLE_BYTES + 1])
                .unwrap_err()
                .contains("hooguit 50 MB")
        );
        assert!(
            read_csv(b"\xEF\xBB\xBFab\xff;c\n")
                .unwrap_err()
                .contains("UTF-8")
        );
    }

    fn cell() -> impl Strategy<Value = String> {
        // Letters as Dutch tables have them, separators and quotes inside cells too.
        proptest::string::string_regex("[A-Za-z0-9éëïöüÉ€%.,;\" -]{0,12}")
            .unwrap_or_else(|e| panic!("{e}"))
    }

    proptest! {
        /// A table written with any separator and encoding reads back the same.
        #[test]
        fn encoding_and_separator_are_found(
            rows in proptest::collection::vec(proptest::collection::vec(cell(), 3), 2..8),
            separator in prop_oneof![Just(b';'), Just(b','), Just(b'\t')],
            encoding in prop_oneof![Just(TextEncoding::Utf8), Just(TextEncoding::Utf8Bom), Just(TextEncoding::Windows1252)],
        ) {
            // The first row is a header of plain names, as tables have.
            let mut rows = rows;
            rows[0] = vec!["Wijk".into(), "Jaar".into(), "Waarde".into()];
            let mut writer = csv::WriterBuilder::new().delimiter(separator).from_writer(Vec::new());
            for row in &rows {
                writer.write_record(row).unwrap_or_else(|e| panic!("{e}"));
            }
            let text = String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default();
            let bytes = match encoding {
                TextEncoding::Utf8 => text.into_bytes(),
                TextEncoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
                TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
            };
            let table = read(&bytes);
            prop_assert_eq!(table.separator, separator);
            prop_assert_eq!(&table.rows, &rows);
            // Text without é, ë, … is UTF-8 and Windows-1252 alike.
            let plain = rows.iter().flatten().all(|c| c.is_ascii());
            if !(plain && encoding == TextEncoding::Windows1252) {
                prop_assert_eq!(table.encoding, encoding);
            }
        }
    }
}
