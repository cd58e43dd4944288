use std::path::Path;

use serde::Deserialize;

use super::disk::DiskStamp;
use super::error::{LoadError, io_reason};
use super::migrate;
use crate::model::limits::limit_problems;
use crate::model::{CURRENT_SCHEMA_VERSION, Dataset};

/// Files larger than this are refused before parsing: a dataset is kilobytes.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and parses a dataset file. A failure leaves nothing changed: the
/// caller keeps its current data.
///
/// # Errors
/// A [`LoadError`] with a Dutch message and, where there is one, line:column.
pub fn load(path: &Path) -> Result<Dataset, LoadError> {
    load_with_stamp(path).map(|(data, _)| data)
}

/// Like [`load`], and also returns what the file held, to notice later
/// whether another program changed it.
///
/// # Errors
/// See [`load`].
pub fn load_with_stamp(path: &Path) -> Result<(Dataset, DiskStamp), LoadError> {
    let read_error = |error: &std::io::Error| LoadError::Read {
        path: path.to_owned(),
        reason: io_reason(error),
    };
    let size = std::fs::metadata(path).map_err(|e| read_error(&e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size_mb: size / (1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let bytes = read_bounded(path).map_err(|e| read_error(&e))?;
    let metadata = std::fs::metadata(path).map_err(|e| read_error(&e))?;
    let data = parse(&bytes)?;
    Ok((data, DiskStamp::of(&bytes, &metadata)))
}

/// Reads at most one byte past the limit, so a file that grows while being
/// read cannot exhaust memory.
pub(super) fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Only the version field, read first to pick the right layout.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    schema_version: u32,
}

/// Parses a dataset from the bytes of a file, migrating older schema versions.
///
/// # Errors
/// A [`LoadError`] for empty, binary, malformed, too deeply nested or newer files.
pub fn parse(bytes: &[u8]) -> Result<Dataset, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size_mb: bytes.len() as u64 / (1024 * 1024),
            max_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let (line, column) = line_column(&bytes[..error.valid_up_to()]);
        LoadError::NotText {
            line,
            column,
            hint: binary_hint(bytes),
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let options = ron::Options::default();
    let probe: VersionProbe = options
        .from_str(text)
        .map_err(|error| syntax_error(&error, text))?;
    match probe.schema_version {
        0 => Err(LoadError::MissingVersion),
        version if version > CURRENT_SCHEMA_VERSION => Err(LoadError::NewerVersion {
            found: version,
            supported: CURRENT_SCHEMA_VERSION,
        }),
        1 => {
            let old: migrate::DatasetV1 = options
                .from_str(text)
                .map_err(|error| syntax_error(&error, text))?;
            within_limits(migrate::v1_to_v2(old))
        }
        version if version < CURRENT_SCHEMA_VERSION => within_limits(migrate::upgrade(
            options
                .from_str(text)
                .map_err(|error| syntax_error(&error, text))?,
            version,
        )),
        _ => within_limits(
            options
                .from_str(text)
                .map_err(|error| syntax_error(&error, text))?,
        ),
    }
}

/// Refuses data outside the limits, as a broken file is refused.
pub(crate) fn within_limits(data: Dataset) -> Result<Dataset, LoadError> {
    let problems = limit_problems(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::OutOfLimits {
            problems: problems.iter().map(ToString::to_string).collect(),
        })
    }
}

/// 1-based line and column just after `prefix`.
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&prefix[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

fn binary_hint(bytes: &[u8]) -> String {
    let kind = if bytes.starts_with(b"\x89PNG") {
        Some("een afbeelding (PNG)")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("een afbeelding (JPEG)")
    } else if bytes.starts_with(b"%PDF") {
        Some("een PDF-document")
    } else if bytes.starts_with(b"PK\x03\x04") {
        Some("een zip- of Office-bestand")
    } else {
        None
    };
    kind.map_or_else(String::new, |kind| format!(" Het lijkt {kind}."))
}

fn text_hint(text: &str) -> &'static str {
    let start = text.trim_start();
    let first_line = start.lines().next().unwrap_or("");
    if start.starts_with('{')
        || (start.starts_with('[') && start[1..].trim_start().starts_with(['{', '"']))
    {
        " Dit lijkt JSON; Wijkdashboard leest RON-bestanden (.ron). Gebruik Openen of Importeren met een .ron-bestand."
    } else if !first_line.contains('(')
        && (first_line.contains(';') || first_line.matches(',').count() >= 2)
    {
        " Dit lijkt een CSV-bestand (tabel); Wijkdashboard leest RON-bestanden (.ron)."
    } else if start.starts_with('<') {
        " Dit lijkt HTML of XML; Wijkdashboard leest RON-bestanden (.ron)."
    } else {
        " Controleer het bestand op die plaats, of zet een back-up terug."
    }
}

pub(crate) fn syntax_error(error: &ron::error::SpannedError, text: &str) -> LoadError {
    let (line, column) = skip_whitespace(text, error.span.start.line, error.span.start.col);
    // Nothing but a half word follows: the file was cut off there, whatever
    // RON expected next.
    let message = if text_ends_inside(text, error) {
        dutch_message(&ron::error::Error::Eof)
    } else {
        dutch_message(&error.code)
    };
    LoadError::Syntax {
        line,
        column,
        message,
        hint: text_hint(text).to_owned(),
    }
}

/// Whether the error lies in the last token of the text (nothing but
/// whitespace after it).
fn text_ends_inside(text: &str, error: &ron::error::SpannedError) -> bool {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(error.span.end.line.saturating_sub(1))
        .map(str::len)
        .sum();
    text.get(line_start..).is_some_and(|rest| {
        rest.chars()
            .skip(error.span.end.col.saturating_sub(1))
            .all(char::is_whitespace)
    })
}

/// RON reports the position before the whitespace that precedes the
/// offending text; move to the first character that is not whitespace, so
/// that line:column points at what is wrong.
fn skip_whitespace(text: &str, line: usize, column: usize) -> (usize, usize) {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let Some(rest) = text.get(line_start..) else {
        return (line, column);
    };
    let mut chars = rest.chars().skip(column.saturating_sub(1)).peekable();
    let (mut line_now, mut column_now) = (line, column);
    while let Some(c) = chars.peek().copied() {
        if !c.is_whitespace() {
            return (line_now, column_now);
        }
        if c == '\n' {
            line_now += 1;
            column_now = 1;
        } else {
            column_now += 1;
        }
        chars.next();
    }
    // Only whitespace follows: the file ends here.
    (line, column)
}

/// A Dutch description of a RON error.
fn dutch_message(error: &ron::Error) -> String {
    use ron::Error as E;
    match error {
        E::Eof => "het bestand houdt onverwacht op (is het afgebroken?)".to_owned(),
        E::ExceededRecursionLimit => {
            "de gegevens zijn te diep genest (meer dan 128 niveaus); dit is geen bestand van Wijkdashboard".to_owned()
        }
        E::TrailingCharacters => "na het einde van de gegevens staat nog tekst".to_owned(),
        E::UnexpectedChar(c) => format!("onverwacht teken '{c}'"),
        E::ExpectedComma => "hier ontbreekt een komma".to_owned(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "hier werd een '(' met velden verwacht".to_owned()
        }
        E::ExpectedStructLikeEnd => "hier werd een ')' verwacht".to_owned(),
        E::ExpectedArray => "hier werd een lijst '[' verwacht".to_owned(),
        E::ExpectedArrayEnd => "hier werd een ']' verwacht".to_owned(),
        E::ExpectedMapColon => "hier werd een ':' verwacht".to_owned(),
        E::ExpectedString | E::ExpectedStringEnd => "hier werd tekst tussen aanhalingstekens verwacht".to_owned(),
        E::ExpectedInteger | E::IntegerOutOfBounds => "hier werd een geheel getal verwacht".to_owned(),
        E::ExpectedFloat => "hier werd een getal verwacht".to_owned(),
        E::ExpectedBoolean => "hier werd true of false verwacht".to_owned(),
        E::ExpectedOption => "hier werd Some(...) of None verwacht".to_owned(),
        E::ExpectedIdentifier => "hier werd een veldnaam verwacht".to_owned(),
        E::UnclosedBlockComment | E::UnclosedLineComment => "een commentaar wordt niet afgesloten".to_owned(),
        E::MissingStructField { field, .. } => format!("het veld '{field}' ontbreekt"),
        E::DuplicateStructField { field, .. } => format!("het veld '{field}' staat er twee keer"),
        E::NoSuchStructField { found, expected, .. } => unknown_field_message(found, expected),
        E::NoSuchEnumVariant { found, expected, .. } => {
            format!("onbekende waarde '{found}' (mogelijk: {})", expected.join(", "))
        }
        E::InvalidValueForType { expected, found } => format!("verwacht {expected}, maar gevonden {found}"),
        E::Message(message) => format!("ongeldige waarde: {message}"),
        other => format!("ongeldige RON ({other})"),
    }
}

/// "onbekend veld `membrs`; bedoelt u `members`?": an unknown field would be
/// lost at the next save, so it is an error that names the closest known field.
fn unknown_field_message(found: &str, expected: &[&str]) -> String {
    let closest = expected
        .iter()
        .map(|name| (strsim::damerau_levenshtein(found, name), *name))
        .min()
        .filter(|(distance, name)| *distance <= (name.chars().count() / 2).max(2));
    match closest {
        Some((_, name)) => format!(
            "onbekend veld `{found}`; bedoelt u `{name}`? Wijkdashboard kent dit veld niet en zou de waarde bij opslaan kwijtraken; verbeter de naam"
        ),
        None => format!(
            "onbekend veld `{found}` (bekende velden: {}); Wijkdashboard zou de waarde bij opslaan kwijtraken; verwijder of hernoem het veld",
            expected.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{line_column, unknown_field_message};

    #[test]
    fn an_unknown_field_names_the_closest_known_one() {
        let message = unknown_field_message("membrs", &["name", "members", "reach"]);
        assert!(
            message.starts_with("onbekend veld `membrs`; bedoelt u `members`?"),
            "{message}"
        );
        let message = unknown_field_message("onbekend_veld", &["name", "members"]);
        assert!(
            message.contains("bekende velden: name, members"),
            "{message}"
        );
    }

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column(b""), (1, 1));
        assert_eq!(line_column(b"ab\ncd"), (2, 3));
    }
}
