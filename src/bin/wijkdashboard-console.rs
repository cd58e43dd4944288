//! The console launcher, shipped on Windows as `wijkdashboard.com` beside
//! `wijkdashboard.exe`.
//!
//! `wijkdashboard.exe` is a GUI program, so Explorer opens no console
//! window for it; but cmd does not wait for a GUI program, and its output
//! and exit code would be lost. cmd and PowerShell run `.com` before `.exe`,
//! so `wijkdashboard check FILE` runs this small console program, which
//! starts `wijkdashboard.exe` with the same arguments and this console's
//! input and output, waits for it and returns its exit code. One program
//! does the work; this one only carries the console.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let app = std::env::current_exe()
        .unwrap_or_default()
        .with_file_name(format!("wijkdashboard{}", std::env::consts::EXE_SUFFIX));
    match Command::new(&app)
        .args(std::env::args_os().skip(1))
        .status()
    {
        // The app's exit codes are 0, 1 and 2; anything else (a crash) is 1.
        Ok(status) => ExitCode::from(
            status
                .code()
                .and_then(|code| u8::try_from(code).ok())
                .unwrap_or(1),
        ),
        Err(error) => {
            eprintln!(
                "Wijkdashboard: kan {} niet starten: {error}. Staat het in dezelfde map als dit programma?",
                app.display()
            );
            ExitCode::from(2)
        }
    }
}
