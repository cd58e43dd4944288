//! When the app cannot go on — no renderer works, or it panicked — the user
//! sees why in a Dutch message box (a GUI program on Windows has no console
//! to print to), and the details go into a log file in the data folder for
//! the servicedesk. Nothing here may fail in turn: each step that cannot be
//! done is skipped.

use std::io::Write;
use std::path::PathBuf;

/// Environment variable: do not show the message box, only log and print
/// (scripts that start the app with no one to click OK).
pub(super) const NO_MESSAGE_BOX_ENV: &str = "WIJKDASHBOARD_NO_MESSAGE_BOX";

/// The log file: `wijkdashboard-fouten.log` in the data folder (beside the
/// user's own data file), else in the temporary folder.
pub(super) fn log_file() -> PathBuf {
    crate::store::user_data_file()
        .and_then(|file| {
            file.parent()
                .map(|dir| dir.join("wijkdashboard-fouten.log"))
        })
        .unwrap_or_else(|| std::env::temp_dir().join("wijkdashboard-fouten.log"))
}

/// What went wrong, for the user and for the log.
pub(super) struct FailureReport {
    /// The title of the message box: "Wijkdashboard kon niet starten".
    pub title: String,
    /// What failed and what to do, in Dutch, for the user.
    pub message: String,
    /// The technical details, for the log only.
    pub details: String,
}

impl FailureReport {
    /// Writes the log, prints to stderr and shows the message box (which
    /// waits for OK). Returns the log file when it was written.
    pub(super) fn tell(&self) -> Option<PathBuf> {
        let log = log_file();
        let written = append_log(&log, self).ok().map(|()| log.clone());
        let where_log = written.as_ref().map_or_else(
            || {
                format!(
                    "(het logbestand {} kon niet worden geschreven)",
                    log.display()
                )
            },
            |log| format!("Details staan in het logbestand:\n{}", log.display()),
        );
        let text = format!("{}\n\n{where_log}", self.message);
        eprintln!("Wijkdashboard: {}\n{text}\n{}", self.title, self.details);
        if std::env::var_os(NO_MESSAGE_BOX_ENV).is_none() {
            rfd::MessageDialog::new()
                .set_level(rfd::MessageLevel::Error)
                .set_title(&self.title)
                .set_description(&text)
                .set_buttons(rfd::MessageButtons::Ok)
                .show();
        }
        written
    }
}

fn append_log(log: &std::path::Path, report: &FailureReport) -> std::io::Result<()> {
    if let Some(dir) = log.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)?;
    writeln!(
        file,
        "=== {} — Wijkdashboard {} ({} {})\n{}\n\n{}\n\nDetails:\n{}\n",
        chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH,
        report.title,
        report.message,
        report.details
    )?;
    file.sync_all()
}
