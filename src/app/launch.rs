//! Starting the window: what the command line asks (a file, presenting,
//! pictures), the app as `main` and the UI tests build it, and eframe.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::capture::{CaptureJob, Shot, slide_file_name};
use super::startup::Startup;
use super::system_fonts;
use super::wijk_app::WijkApp;
use crate::model::Dataset;
use crate::model::view::slide_pages::slide_pages;
use crate::ui::settings::{STORAGE_KEY, UiSettings};
use crate::ui::widgets::fonts;

/// What the command line asks of the window.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// The data file (default: the user's own).
    pub file: Option<PathBuf>,
    /// Start in presentation mode.
    pub present: bool,
    /// Write one view or slide to this PNG and exit.
    pub screenshot: Option<PathBuf>,
    /// With `screenshot`: the slide number, from 1.
    pub slide: Option<usize>,
    /// Write every chosen slide into this folder and exit.
    pub export_slides: Option<PathBuf>,
    /// Write every chosen slide as a page of this PDF hand-out and exit.
    pub export_slides_pdf: Option<PathBuf>,
    /// Only this renderer (`--renderer`); `None`: OpenGL, then wgpu.
    pub renderer: Option<eframe::Renderer>,
}

/// One way to draw the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Attempt {
    /// OpenGL 2 or newer (glow).
    Glow,
    /// wgpu with every backend it has: DirectX 12 (with WARP) first on Windows.
    Wgpu,
    /// wgpu without DirectX 12: Vulkan or OpenGL (where DirectX 12 is there
    /// but loses its device, as under wine).
    WgpuVulkanOrGl,
}

/// The ways to try, in order. OpenGL (glow) first: it starts fastest where
/// it works (see BENCHMARKS.md); wgpu where OpenGL 2 is missing (Remote
/// Desktop, VDI, a basic display driver).
fn attempts(only: Option<eframe::Renderer>) -> Vec<Attempt> {
    match only {
        None => vec![Attempt::Glow, Attempt::Wgpu, Attempt::WgpuVulkanOrGl],
        Some(eframe::Renderer::Glow) => vec![Attempt::Glow],
        Some(eframe::Renderer::Wgpu) => vec![Attempt::Wgpu, Attempt::WgpuVulkanOrGl],
    }
}

impl Attempt {
    /// Its name as the log and the servicedesk know it.
    fn name(self) -> &'static str {
        match self {
            Self::Glow => "OpenGL (glow)",
            Self::Wgpu => "wgpu (DirectX 12, Vulkan, Metal of OpenGL)",
            Self::WgpuVulkanOrGl => "wgpu zonder DirectX 12 (Vulkan of OpenGL)",
        }
    }

    /// The options that make eframe draw this way.
    fn configure(self, options: &mut eframe::NativeOptions) {
        options.renderer = match self {
            Self::Glow => eframe::Renderer::Glow,
            Self::Wgpu | Self::WgpuVulkanOrGl => eframe::Renderer::Wgpu,
        };
        if self == Self::WgpuVulkanOrGl {
            let mut setup = eframe::egui_wgpu::WgpuSetupCreateNew::without_display_handle();
            setup.instance_descriptor.backends =
                eframe::wgpu::Backends::VULKAN | eframe::wgpu::Backends::GL;
            options.wgpu_options.wgpu_setup = eframe::egui_wgpu::WgpuSetup::CreateNew(setup);
        }
    }
}

/// How the window starts, beside the document: presentation mode, pictures
/// to take and exit.
#[derive(Default)]
pub struct Launch {
    /// Start in presentation mode.
    pub present: bool,
    /// Pictures to take, then exit (command line).
    pub shots: Vec<Shot>,
    /// Set when a command-line picture failed (exit code 1).
    pub failed: Option<Arc<AtomicBool>>,
    /// With `shots` of every slide: write them as this PDF hand-out.
    pub handout: Option<PathBuf>,
}

/// The pictures the command line asks for (`--screenshot`, `--export-slides`).
fn command_line_shots(options: &RunOptions, data: &Dataset) -> Result<Vec<Shot>, String> {
    // The command line shows the slides at the normal zoom (`slides_zoom`).
    let pages = slide_pages(data, 1.0);
    if let Some(pdf) = &options.export_slides_pdf {
        let count = pages.len();
        if count == 0 {
            return Err("er zijn geen dia's gekozen; kies ze in Beeld → Dia's kiezen…".to_owned());
        }
        return Ok((0..count)
            .map(|slide| Shot {
                slide: Some(slide),
                path: pdf.clone(),
            })
            .collect());
    }
    if let Some(dir) = &options.export_slides {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("kan map '{}' niet maken: {e}", dir.display()))?;
        return Ok(pages
            .iter()
            .enumerate()
            .map(|(index, page)| Shot {
                slide: Some(index),
                path: dir.join(slide_file_name(index + 1, &page.title(data))),
            })
            .collect());
    }
    let Some(out) = &options.screenshot else {
        return Ok(Vec::new());
    };
    let slide = match options.slide {
        Some(0) => return Err("--slide telt vanaf 1".to_owned()),
        Some(number) => {
            let count = pages.len();
            if number > count {
                return Err(format!(
                    "er zijn {count} dia's; --slide {number} bestaat niet"
                ));
            }
            Some(number - 1)
        }
        None => None,
    };
    Ok(vec![Shot {
        slide,
        path: out.clone(),
    }])
}

impl WijkApp {
    /// The app as `main` starts it: remembered UI settings, the startup
    /// questions (recovery, lock, a broken file), presentation or capture.
    /// The UI tests build the app through this same function.
    pub fn launch(cc: &eframe::CreationContext<'_>, startup: Startup, launch: Launch) -> Self {
        let capturing = !launch.shots.is_empty();
        let settings: UiSettings = if capturing {
            UiSettings::default()
        } else {
            cc.storage
                .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
                .unwrap_or_default()
        };
        let (font_definitions, _in_use) =
            fonts::font_definitions(system_fonts::read_system_fonts());
        cc.egui_ctx.set_fonts(font_definitions);
        crate::ui::widgets::palette::apply_visuals(&cc.egui_ctx);
        cc.egui_ctx.set_theme(if settings.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // No remembered window yet: this is the first start on this computer.
        let first_start = !capturing
            && cc
                .storage
                .and_then(|storage| storage.get_string("window"))
                .is_none();
        let failed_to_load = startup.failed();
        let message = startup.first_message();
        let (document, dialogs, unbound_recovery) = startup.into_parts();
        let mut app = WijkApp::new(document, settings, &cc.egui_ctx);
        app.persistence.set_unbound_recovery(unbound_recovery);
        if capturing {
            if failed_to_load {
                eprintln!("Wijkdashboard: {}", message.unwrap_or_default());
                if let Some(flag) = &launch.failed {
                    flag.store(true, Ordering::Relaxed);
                }
            }
            app.session.persist_settings = false;
            // Show the first slide in the very first frame: no frame is wasted.
            if let Some(slide) = launch.shots.first().and_then(|shot| shot.slide) {
                app.present_slide(slide);
            }
            let job = match launch.handout {
                Some(pdf) => CaptureJob::handout(launch.shots.len(), pdf, true),
                None => CaptureJob::new(launch.shots, true),
            };
            app.capture = Some(job.with_failure_flag(launch.failed));
            return app;
        }
        app.session.fill_screen = first_start;
        for dialog in dialogs {
            app.dialogs.show(dialog);
        }
        app.offer_letter_interventions();
        app.sync_lock();
        if launch.present {
            app.start_presentation(&cc.egui_ctx);
        }
        app
    }
}

/// How the window opens. The first time maximised, like the platform's own
/// programs; after that eframe puts it back where and as large as the user
/// left it (on the primary screen when that screen is gone). Pictures are
/// taken at a fixed size and remember nothing.
fn native_options(options: &RunOptions, shots: &[Shot], attempt: Attempt) -> eframe::NativeOptions {
    let capturing = !shots.is_empty();
    let slides = shots.iter().any(|shot| shot.slide.is_some());
    let size = if slides {
        [1920.0, 1080.0]
    } else {
        [1366.0, 768.0]
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Wijkdashboard")
        .with_app_id("wijkdashboard")
        .with_inner_size(size)
        .with_min_inner_size([900.0, 560.0]);
    // The icon is embedded; a broken one would only cost the window its icon.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    if !capturing {
        // Remembered window settings override this from the second start on.
        viewport = viewport.with_maximized(true);
        if options.present {
            viewport = viewport.with_fullscreen(true);
        }
    }
    let mut native = eframe::NativeOptions {
        viewport,
        // Captures are reproducible: no remembered window size or settings.
        persist_window: !capturing,
        // The window may be opened again with the next renderer.
        run_and_return: true,
        ..Default::default()
    };
    attempt.configure(&mut native);
    native
}

/// Environment variable: which of the [`attempts`] this process makes
/// (set when a process starts itself again with the next renderer).
const ATTEMPT_ENV: &str = "WIJKDASHBOARD_ATTEMPT";

/// Environment variable: what the attempts before this one said, a line each.
const TRIED_ENV: &str = "WIJKDASHBOARD_TRIED";

/// Environment variable: a file the next attempt makes once its window is
/// open, so that a crash after that is not taken for a renderer that failed.
const OPENED_ENV: &str = "WIJKDASHBOARD_OPENED";

/// Starts the window; returns the process exit code. Each process makes
/// one attempt: when its renderer cannot open the window, it starts itself
/// again with the next one (a fresh process, because on Windows winit
/// cannot make a second window after the first failed) and passes on its
/// exit code. When none works, the last one tells the user why in a
/// message box and a log file.
pub fn run(options: &RunOptions) -> u8 {
    super::crash_guard::install();
    let all = attempts(options.renderer);
    let index = std::env::var(ATTEMPT_ENV)
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n < all.len())
        .unwrap_or(0);
    let attempt = all[index];
    let startup = Startup::prepare(options.file.as_deref());
    let shots = match command_line_shots(options, startup.data()) {
        Ok(shots) => shots,
        Err(message) => {
            eprintln!("Wijkdashboard: {message}");
            return 2;
        }
    };
    let failed = Arc::new(AtomicBool::new(false));
    let native = native_options(options, &shots, attempt);
    // Taken when the window opens; still here when the renderer failed first.
    let pending = std::cell::RefCell::new(Some((
        startup,
        Launch {
            present: options.present,
            shots,
            failed: Some(Arc::clone(&failed)),
            handout: options
                .export_slides_pdf
                .as_ref()
                .map(|pdf| crate::store::with_extension(pdf.clone(), "pdf")),
        },
    )));
    let result = eframe::run_native(
        "Wijkdashboard",
        native,
        Box::new(|cc| {
            let (startup, launch) = pending
                .borrow_mut()
                .take()
                .ok_or("het venster is al eens gestart")?;
            if let Some(marker) = std::env::var_os(OPENED_ENV) {
                let _ = std::fs::write(marker, b"");
            }
            Ok(super::crash_guard::PanicAfterEdit::wrap(WijkApp::launch(
                cc, startup, launch,
            )))
        }),
    );
    let started = pending.borrow().is_none();
    let error = match result {
        Ok(()) => return u8::from(failed.load(Ordering::Relaxed)),
        Err(error) if started => {
            eprintln!("Wijkdashboard: het venster stopte met een fout: {error}");
            return 1;
        }
        Err(error) => error,
    };
    eprintln!("Wijkdashboard: {} werkt hier niet: {error}", attempt.name());
    drop(pending);
    let mut tried: Vec<String> = std::env::var(TRIED_ENV)
        .map(|t| t.lines().map(str::to_owned).collect())
        .unwrap_or_default();
    tried.push(format!("{}: {error}", attempt.name()));
    let mut last = index;
    while last + 1 < all.len() {
        last += 1;
        match start_next(last, &tried) {
            Next::Ended(code) => return code,
            Next::Crashed(reason) => {
                eprintln!(
                    "Wijkdashboard: {} werkt hier niet: {reason}",
                    all[last].name()
                );
                tried.push(format!("{}: {reason}", all[last].name()));
            }
        }
    }
    start_failure(&all[..=last], &tried).tell();
    1
}

/// How the next attempt ended.
enum Next {
    /// It ran (the window opened, or it said why not): its exit code.
    Ended(u8),
    /// It crashed before its window opened (a driver's fault): why.
    Crashed(String),
}

/// The exit codes the app itself ends with: 0, 1, 2, and 101 after a panic.
const OWN_EXIT_CODES: [i32; 4] = [0, 1, 2, 101];

/// Starts this program again with the same arguments, making attempt
/// `index` (and, when that one cannot open its window, the ones after it).
fn start_next(index: usize, tried: &[String]) -> Next {
    let marker = std::env::temp_dir().join(format!(
        "wijkdashboard-geopend-{}-{index}",
        std::process::id()
    ));
    let _ = std::fs::remove_file(&marker);
    let status = std::env::current_exe().and_then(|program| {
        std::process::Command::new(program)
            .args(std::env::args_os().skip(1))
            .env(ATTEMPT_ENV, index.to_string())
            .env(TRIED_ENV, tried.join("\n"))
            .env(OPENED_ENV, &marker)
            .status()
    });
    let opened = marker.exists();
    let _ = std::fs::remove_file(&marker);
    match status {
        Err(error) => Next::Crashed(format!("kon niet worden gestart ({error})")),
        Ok(status) => match status.code() {
            Some(code) if opened || OWN_EXIT_CODES.contains(&code) => {
                Next::Ended(u8::try_from(code).unwrap_or(1))
            }
            // A crash of the app after its window opened: not the renderer.
            None | Some(_) if opened => Next::Ended(1),
            code => Next::Crashed(format!(
                "het programma stortte in bij het openen van het venster ({})",
                code.map_or_else(
                    || "zonder afsluitcode".to_owned(),
                    |c| format!("code {c:#x}")
                )
            )),
        },
    }
}

/// The program that carries the command line: on Windows the console
/// launcher beside the GUI program.
const COMMAND_LINE: &str = if cfg!(windows) {
    "wijkdashboard.com"
} else {
    "wijkdashboard"
};

/// The report when no renderer could open the window.
fn start_failure(attempts: &[Attempt], tried: &[String]) -> super::failure_report::FailureReport {
    super::failure_report::FailureReport {
        title: "Wijkdashboard kon niet starten".to_owned(),
        message: format!(
            "Het venster kon niet worden geopend: geen van de manieren om het scherm te tekenen werkt op deze computer (geprobeerd: {}). Uw gegevens zijn niet aangeraakt.\n\nWat u kunt doen: start de computer opnieuw, of vraag de servicedesk om een grafisch stuurprogramma met OpenGL 2 of DirectX 12. Op de opdrachtregel werkt alles behalve het venster gewoon ({COMMAND_LINE} check, export, document).",
            attempts
                .iter()
                .map(|attempt| attempt.name())
                .collect::<Vec<_>>()
                .join("; ")
        ),
        details: tried.join("\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_opens_maximised_and_remembers_unless_it_takes_pictures() {
        let window = native_options(&RunOptions::default(), &[], Attempt::Glow);
        assert_eq!(window.viewport.maximized, Some(true));
        assert!(window.persist_window, "eframe keeps its size and place");
        let shot = Shot {
            slide: Some(0),
            path: PathBuf::from("dia.png"),
        };
        let picture = native_options(&RunOptions::default(), &[shot], Attempt::Glow);
        assert_ne!(picture.viewport.maximized, Some(true));
        assert_eq!(
            picture.viewport.inner_size,
            Some(egui::vec2(1920.0, 1080.0))
        );
        assert!(!picture.persist_window);
    }

    #[test]
    fn opengl_is_tried_first_and_wgpu_where_it_fails() {
        assert_eq!(
            attempts(None),
            [Attempt::Glow, Attempt::Wgpu, Attempt::WgpuVulkanOrGl]
        );
        assert_eq!(
            attempts(Some(eframe::Renderer::Wgpu)),
            [Attempt::Wgpu, Attempt::WgpuVulkanOrGl]
        );
        let mut without_dx12 = eframe::NativeOptions::default();
        Attempt::WgpuVulkanOrGl.configure(&mut without_dx12);
        assert_eq!(without_dx12.renderer, eframe::Renderer::Wgpu);
        let report = start_failure(
            &[Attempt::Glow, Attempt::Wgpu],
            &[
                "OpenGL (glow): GLXBadFBConfig".to_owned(),
                "wgpu: no adapter".to_owned(),
            ],
        );
        assert_eq!(report.title, "Wijkdashboard kon niet starten");
        assert!(
            report.message.contains("OpenGL (glow); wgpu"),
            "{}",
            report.message
        );
        assert!(report.message.contains("Uw gegevens zijn niet aangeraakt"));
        assert!(report.details.contains("GLXBadFBConfig") && report.details.contains("no adapter"));
    }

    #[test]
    fn the_window_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png"));
        assert!(icon.is_ok_and(|icon| icon.width == 256 && icon.height == 256));
    }
}
