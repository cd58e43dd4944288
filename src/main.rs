//! The app. On Windows it is a GUI program: started from Explorer it opens
//! no console window. On the command line in Windows, `wijkdashboard.com`
//! (`src/bin/wijkdashboard-console.rs`) starts it and carries its output.

#![windows_subsystem = "windows"]

fn main() -> std::process::ExitCode {
    wijkdashboard::entry::main()
}
