//! The command line: `wijkdashboard [FILE]`, and the subcommands `check`,
//! `format`, `import-map`, `export` and `document`.

mod changes;
mod document;
mod import_table;

pub use changes::{Settle, changes, merge};
pub use document::{DocumentArgs, DocumentChoice, document};
pub use import_table::{ImportTableOptions, import_table};

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::model::{Severity, validate};
use crate::store::{self, LoadError};

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(
    name = "wijkdashboard",
    version,
    about = "Wijkdashboard: wijken, wijkplatforms, indicatoren en budget van Samen voor Overvecht",
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// A subcommand; without one the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The data file to open (default: your own file in the data folder).
    pub file: Option<PathBuf>,
    /// Start in presentation mode.
    #[arg(long)]
    pub present: bool,
    /// Render one view or slide to this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// With --screenshot: the slide number (1 = first chosen slide).
    #[arg(long, value_name = "N", requires = "screenshot")]
    pub slide: Option<usize>,
    /// Write every chosen slide as a numbered PNG into this folder and exit.
    #[arg(long, value_name = "DIR")]
    pub export_slides: Option<PathBuf>,
    /// Write every chosen slide as a page of a PDF hand-out and exit.
    #[arg(long, value_name = "OUT.pdf", conflicts_with_all = ["export_slides", "screenshot"])]
    pub export_slides_pdf: Option<PathBuf>,
    /// Draw the window with only this renderer (default: OpenGL, then wgpu
    /// where OpenGL does not work).
    #[arg(long, value_enum)]
    pub renderer: Option<RendererChoice>,
}

/// The renderers `--renderer` chooses from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RendererChoice {
    /// OpenGL 2 or newer (glow).
    Glow,
    /// wgpu: DirectX 12 (with its software adapter WARP), Vulkan, Metal or OpenGL.
    Wgpu,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a data file and print every problem (exit 0 valid, 1 invalid, 2 unreadable).
    Check {
        /// The file to check.
        file: PathBuf,
    },
    /// Rewrite a data file in the standard layout (atomic, with a backup).
    Format {
        /// The file to rewrite.
        file: PathBuf,
    },
    /// Import the wijk boundaries from a GeoJSON file (CBS/PDOK Wijk- en
    /// buurtkaart) into FILE, or your own file (exit 0 all ten wijken
    /// matched, 1 problems or unmatched wijken, 2 a file cannot be read).
    ImportMap {
        /// The GeoJSON file with the boundaries.
        geojson: PathBuf,
        /// The data file to write them into (default: your own file).
        file: Option<PathBuf>,
    },
    /// Read the app's own workbook (or one of its CSV files), edited in
    /// Excel, or with --indicator a monitor table from elsewhere, into FILE
    /// or your own file: prints what would change (exit 0), with --apply
    /// writes it with a backup; exit 1 problems (listed, nothing written),
    /// 2 a file cannot be read.
    ImportTable {
        /// The edited workbook (.xlsx) or CSV file.
        table: PathBuf,
        /// The data file (default: your own file).
        file: Option<PathBuf>,
        /// Write the changes (otherwise only show them).
        #[arg(long)]
        apply: bool,
        /// Also delete the rows that are gone from the table.
        #[arg(long)]
        delete_missing: bool,
        /// For a table from elsewhere: the id of the indicator it fills (the
        /// columns are found from their titles, the first sheet is read).
        #[arg(long, value_name = "ID")]
        indicator: Option<String>,
    },
    /// Export the data to Excel (--xlsx) and/or CSV files (--csv) for finance
    /// and the council letter (exit 0 done, 1 cannot write, 2 FILE cannot be read).
    #[command(group(clap::ArgGroup::new("target").required(true).multiple(true).args(["xlsx", "csv"])))]
    Export {
        /// Write an Excel workbook here (one sheet per table).
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// Write one CSV file per table into this folder.
        #[arg(long, value_name = "DIR")]
        csv: Option<PathBuf>,
        /// Include the contact persons (personal data; off unless asked).
        #[arg(long)]
        contactpersonen: bool,
        /// The data file (default: your own file).
        file: Option<PathBuf>,
    },
    /// Write the Bijlage (stand van zaken wijkplatforms), the monitor or the
    /// Voortgang (the interventions per ambition) as
    /// Word (--docx) and/or PDF (--pdf); without either, both into the
    /// current folder (exit 0 written, 1 cannot write, 2 FILE cannot be read).
    Document(DocumentArgs),
    /// Print what changed from OLD to NEW, per wijk, field by field (exit 0,
    /// 2 when a file cannot be read).
    Changes {
        /// The older version (a backup, the last Bijlage's stand).
        old: PathBuf,
        /// The newer version.
        new: PathBuf,
    },
    /// Merge two copies of one register: BASE is the version both come
    /// from (exit 0 merged into OUT, 1 conflicts remain — listed, nothing
    /// written — 2 a file cannot be read). With --mijn or --hun every
    /// conflict is settled that way, with --keuzes FILE each by its place
    /// ("hun Oost › … › Leden", a line each); every choice is printed.
    Merge {
        /// The version both copies come from.
        base: PathBuf,
        /// This copy.
        mine: PathBuf,
        /// The other copy.
        theirs: PathBuf,
        /// Where the merge is written.
        #[arg(long, value_name = "OUT.ron")]
        out: PathBuf,
        /// Settle every conflict with this copy's value (MINE).
        #[arg(long, conflicts_with = "hun")]
        mijn: bool,
        /// Settle every conflict with the other copy's value (THEIRS).
        #[arg(long, conflicts_with = "keuzes")]
        hun: bool,
        /// Settle each conflict by its place: a text file with a line
        /// "mijn PLAATS" or "hun PLAATS" per conflict, as the listing of
        /// the conflicts names them (# begins a remark).
        #[arg(long, value_name = "KEUZES.txt", conflicts_with = "mijn")]
        keuzes: Option<PathBuf>,
    },
}

/// Exit code of `check` for a valid file.
pub const EXIT_VALID: u8 = 0;
/// Exit code of `check` for an invalid file.
pub const EXIT_INVALID: u8 = 1;
/// Exit code of `check` for a file that cannot be read.
pub const EXIT_UNREADABLE: u8 = 2;

/// Runs `check FILE`, writing the report to `out`; returns the exit code.
pub fn check(file: &Path, out: &mut dyn Write) -> u8 {
    let shown = file.display();
    let data = match store::load(file) {
        Ok(data) => data,
        Err(error) => {
            let _ = writeln!(out, "{shown}:{error}");
            return match error {
                LoadError::Read { .. } => EXIT_UNREADABLE,
                _ => EXIT_INVALID,
            };
        }
    };
    let problems = validate(&data);
    for problem in &problems {
        let _ = writeln!(out, "{shown}: {problem}");
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    if errors == 0 {
        let _ = writeln!(
            out,
            "{shown}: geldig ({} wijken, {} wijkplatforms, {} indicatoren; {}).",
            data.districts.len(),
            data.platforms.len(),
            data.indicators.len(),
            crate::model::format::counted(warnings, "waarschuwing", "waarschuwingen")
        );
        EXIT_VALID
    } else {
        let _ = writeln!(
            out,
            "{shown}: ongeldig: {}, {}.",
            crate::model::format::counted(errors, "fout", "fouten"),
            crate::model::format::counted(warnings, "waarschuwing", "waarschuwingen")
        );
        EXIT_INVALID
    }
}

/// Runs `import-map GEOJSON [FILE]`, writing the report to `out`; returns
/// the exit code.
pub fn import_map(geojson: &Path, file: Option<&Path>, out: &mut dyn Write) -> u8 {
    let Some(file) = given_or_own(file, out) else {
        return EXIT_UNREADABLE;
    };
    let mut data = match store::load(&file) {
        Ok(data) => data,
        Err(error) => {
            let _ = writeln!(out, "{}:{error}", file.display());
            return match error {
                LoadError::Read { .. } => EXIT_UNREADABLE,
                _ => EXIT_INVALID,
            };
        }
    };
    let import = match store::read_map(geojson, &data.districts) {
        Ok(import) => import,
        Err(error) => {
            let _ = writeln!(out, "{}:{error}", geojson.display());
            return match error {
                store::MapError::Read { .. } => EXIT_UNREADABLE,
                _ => EXIT_INVALID,
            };
        }
    };
    for line in import.summary_lines() {
        let _ = writeln!(out, "{}: {line}", geojson.display());
    }
    data.boundaries = import.boundaries_from_file(geojson);
    if !save_new_version(&file, &mut data, out) {
        return EXIT_UNREADABLE;
    }
    let _ = writeln!(
        out,
        "{}: {} wijkgrenzen opgeslagen (de vorige versie staat bij de back-ups).",
        file.display(),
        import.matched.len()
    );
    if import.unmatched.is_empty() {
        EXIT_VALID
    } else {
        EXIT_INVALID
    }
}

/// The file given, or the user's own file (made from the shipped data the
/// first time); `None` after saying why there is none.
pub(crate) fn given_or_own(file: Option<&Path>, out: &mut dyn Write) -> Option<PathBuf> {
    match file {
        Some(file) => Some(file.to_owned()),
        None => store::ensure_user_file()
            .map_err(|error| {
                let _ = writeln!(out, "{error}");
            })
            .ok(),
    }
}

/// What `export` writes.
#[derive(Clone, Debug, Default)]
pub struct ExportTargets<'a> {
    /// The workbook to write.
    pub xlsx: Option<&'a Path>,
    /// The folder for the CSV files.
    pub csv: Option<&'a Path>,
    /// Include contact persons.
    pub include_contacts: bool,
}

/// Reads a data file, or says why not (line:column, as `check`).
pub(crate) fn read(file: &Path, out: &mut dyn Write) -> Option<crate::model::Dataset> {
    match store::load(file) {
        Ok(data) => Some(data),
        Err(error) => {
            let _ = writeln!(out, "{}:{error}", file.display());
            None
        }
    }
}

/// Runs `export --xlsx OUT --csv DIR [FILE]`; returns the exit code: 0
/// written, 1 an export could not be written, 2 the input cannot be read.
pub fn export(file: Option<&Path>, targets: &ExportTargets<'_>, out: &mut dyn Write) -> u8 {
    let Some(file) = given_or_own(file, out) else {
        return EXIT_UNREADABLE;
    };
    let Some(data) = read(&file, out) else {
        return EXIT_UNREADABLE;
    };
    let tables = crate::model::tables::export_tables(&data, targets.include_contacts);
    let contacts = if targets.include_contacts {
        "met contactpersonen"
    } else {
        "zonder contactpersonen"
    };
    let mut code = EXIT_VALID;
    let mut report = |written: Result<String, store::SaveError>| match written {
        Ok(line) => {
            let _ = writeln!(out, "{line} ({contacts}).");
        }
        Err(error) => {
            let _ = writeln!(out, "{error}");
            code = EXIT_INVALID;
        }
    };
    if let Some(xlsx) = targets.xlsx {
        report(
            store::write_xlsx(xlsx, &tables)
                .map(|()| format!("{}: {} tabbladen geschreven", xlsx.display(), tables.len())),
        );
    }
    if let Some(folder) = targets.csv {
        report(store::write_csv_folder(folder, &tables).map(|files| {
            format!(
                "{}: {} CSV-bestanden geschreven",
                folder.display(),
                files.len()
            )
        }));
    }
    code
}

/// Writes `data` over `file` as a new saved version of the register (its
/// lineage stamped, as every save in the app does; the old file kept as a
/// backup). A failure is told on `out`; returns whether it was written.
fn save_new_version(file: &Path, data: &mut crate::model::Dataset, out: &mut dyn Write) -> bool {
    store::stamp_new_version(data);
    match store::save(file, data) {
        Ok(_) => true,
        Err(error) => {
            let _ = writeln!(out, "{}: {error}", file.display());
            false
        }
    }
}

/// Runs `format FILE`; returns the exit code.
pub fn format(file: &Path, out: &mut dyn Write) -> u8 {
    let result = store::load(file)
        .map_err(|error| error.to_string())
        .and_then(|data| store::save(file, &data).map_err(|error| error.to_string()));
    match result {
        Ok(_) => {
            let _ = writeln!(out, "{}: opnieuw opgemaakt.", file.display());
            EXIT_VALID
        }
        Err(message) => {
            let _ = writeln!(out, "{}:{message}", file.display());
            EXIT_INVALID
        }
    }
}
