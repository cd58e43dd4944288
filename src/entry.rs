//! What the app does with its command line: run a subcommand or open the
//! window, and return the exit code. (On Windows, `wijkdashboard.com` passes
//! the command line of cmd and PowerShell on to it; see
//! `src/bin/wijkdashboard-console.rs`.)

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{self, Args, Command};

/// Runs the program with the process's arguments.
pub fn main() -> ExitCode {
    let args = Args::parse();
    let mut stdout = std::io::stdout();
    match &args.command {
        Some(Command::Check { file }) => ExitCode::from(cli::check(file, &mut stdout)),
        Some(Command::Format { file }) => ExitCode::from(cli::format(file, &mut stdout)),
        Some(Command::ImportMap { geojson, file }) => {
            ExitCode::from(cli::import_map(geojson, file.as_deref(), &mut stdout))
        }
        Some(Command::ImportTable {
            table,
            file,
            apply,
            delete_missing,
            indicator,
        }) => {
            let options = cli::ImportTableOptions {
                apply: *apply,
                delete_missing: *delete_missing,
                indicator: indicator.as_deref(),
            };
            ExitCode::from(cli::import_table(
                table,
                file.as_deref(),
                options,
                &mut stdout,
            ))
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
        Some(Command::Changes { old, new }) => ExitCode::from(cli::changes(old, new, &mut stdout)),
        Some(Command::Merge {
            base,
            mine,
            theirs,
            out,
            mijn,
            hun,
            keuzes,
        }) => {
            let settle = match (mijn, hun, keuzes) {
                (true, _, _) => cli::Settle::All(crate::model::changes::Decision::Mine),
                (_, true, _) => cli::Settle::All(crate::model::changes::Decision::Theirs),
                (_, _, Some(file)) => cli::Settle::PerPlace(file.clone()),
                _ => cli::Settle::Ask,
            };
            ExitCode::from(cli::merge(base, mine, theirs, out, &settle, &mut stdout))
        }
        Some(Command::Document(document)) => {
            let today = chrono::Local::now().date_naive();
            ExitCode::from(cli::document(document, today, &mut stdout))
        }
        None => {
            let options = crate::app::RunOptions {
                file: args.file.clone(),
                present: args.present,
                screenshot: args.screenshot.clone(),
                slide: args.slide,
                export_slides: args.export_slides.clone(),
                export_slides_pdf: args.export_slides_pdf.clone(),
                renderer: args.renderer.map(|choice| match choice {
                    cli::RendererChoice::Glow => eframe::Renderer::Glow,
                    cli::RendererChoice::Wgpu => eframe::Renderer::Wgpu,
                }),
            };
            ExitCode::from(crate::app::run(&options))
        }
    }
}
