//! The binary: parses the command line and starts the app. Nothing else.

use std::process::ExitCode;

use clap::Parser;
use wijkdashboard::cli::{self, Args, Command};

fn main() -> ExitCode {
    let args = Args::parse();
    let mut stdout = std::io::stdout();
    match &args.command {
        Some(Command::Check { file }) => ExitCode::from(cli::check(file, &mut stdout)),
        Some(Command::Format { file }) => ExitCode::from(cli::format(file, &mut stdout)),
        Some(Command::ImportMap { geojson, file }) => {
            ExitCode::from(cli::import_map(geojson, file.as_deref(), &mut stdout))
        }
        Some(Command::Export {
            xlsx,
            csv,
            contactpersonen,
            file,
        }) => {
            let targets = cli::ExportTargets {
                xlsx: xlsx.as_deref(),
                csv: csv.as_deref(),
                include_contacts: *contactpersonen,
            };
            ExitCode::from(cli::export(file.as_deref(), &targets, &mut stdout))
        }
        None => ExitCode::from(wijkdashboard::app::run(&args)),
    }
}
