//! The app. On Windows it is a GUI program: started from Explorer it opens
//! no console window. For the command line on Windows see
//! `src/bin/wijkdashboard-console.rs`.

#![windows_subsystem = "windows"]

fn main() -> std::process::ExitCode {
    wijkdashboard::entry::main()
}
