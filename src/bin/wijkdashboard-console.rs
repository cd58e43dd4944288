//! The same program as a console program, shipped on Windows as
//! `wijkdashboard.com` beside `wijkdashboard.exe`. cmd and PowerShell run
//! `.com` before `.exe`, so `wijkdashboard check FILE` prints its report and
//! returns its exit code there; a GUI program's output and exit code would
//! be lost. Built only for the Windows package (feature `windows-console`).

fn main() -> std::process::ExitCode {
    wijkdashboard::entry::main()
}
