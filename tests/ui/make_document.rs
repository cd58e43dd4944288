//! *Bestand → Document maken…* as a user goes through it: the choices and
//! their defaults, the progress, and at the end opening the files or their
//! folder. By role and label, as a screen reader finds them.

use std::io::Read;
use std::path::Path;

use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{AppHarness, app_in_temp_dir, click_menu, replace_text, settle};
use wijkdashboard::ui::shell::Dialog;

const OOST: &str = "WK034405";
const FOLDER: &str = "Waar: de map voor de documenten";
const BIJLAGE: &str = "Bijlage: stand van zaken wijkplatforms";

fn toggled(harness: &AppHarness, label: &str) -> Option<Toggled> {
    harness.get_by_label(label).accesskit_node().toggled()
}

fn open_dialog(folder: &Path) -> AppHarness {
    let (mut harness, _dir, _) = app_in_temp_dir(OOST);
    harness.state_mut().record_system_opens();
    click_menu(&mut harness, "Bestand", "Document maken…");
    replace_text(&mut harness, FOLDER, &folder.display().to_string());
    harness
}

fn word_text(path: &Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_bijlage_is_made_with_progress_and_can_be_opened_or_shown_in_its_folder() {
    let out = tempfile::tempdir().unwrap();
    let mut harness = open_dialog(out.path());

    // The defaults: the Bijlage, as it stands today, the whole log, no
    // contact persons (and the PDF tick off and unusable), Word and PDF.
    assert_eq!(toggled(&harness, BIJLAGE), Some(Toggled::True));
    assert_eq!(
        toggled(&harness, "Monitor Samen voor Overvecht"),
        Some(Toggled::False)
    );
    let today = chrono::Local::now().date_naive();
    let stand = harness
        .get_by_label("Datum van de stand")
        .value()
        .unwrap_or_default();
    assert_eq!(stand, today.format("%-d-%-m-%Y").to_string());
    assert_eq!(
        harness
            .get_by_label("Logboek sinds")
            .value()
            .unwrap_or_default(),
        ""
    );
    assert_eq!(
        toggled(&harness, "Contactpersonen opnemen (persoonsgegevens, AVG)"),
        Some(Toggled::False)
    );
    let in_pdf = "Ook in de PDF (een PDF wordt vaak gepubliceerd)";
    assert!(harness.get_by_label(in_pdf).accesskit_node().is_disabled());
    assert_eq!(toggled(&harness, "Word (.docx)"), Some(Toggled::True));
    assert_eq!(toggled(&harness, "PDF"), Some(Toggled::True));
    let stem = format!("Bijlage stand van zaken wijkplatforms {today}");
    assert!(
        harness
            .query_by_label_contains(&format!("Wordt: {stem}.docx en {stem}.pdf"))
            .is_some(),
        "the dialog says which files it makes"
    );

    // "Maken": the worker makes it while a progress dialog shows the step.
    harness.get_by_label("Maken").click();
    // The spinner turns while the worker is busy: a few frames, not `run`.
    harness.run_steps(3);
    assert!(
        matches!(
            harness.state().dialog(),
            Some(Dialog::DocumentProgress { .. })
        ),
        "progress while the document is made"
    );
    assert!(harness.query_all_by_role(Role::ProgressIndicator).count() >= 1);
    assert!(
        harness
            .query_all_by_label_contains("Stap ")
            .next()
            .is_some()
            || harness.query_all_by_label("Beginnen…").next().is_some(),
        "the step is in words"
    );
    settle(&mut harness);

    // Done: both files, and buttons to open them and to show the folder.
    let word = out.path().join(format!("{stem}.docx"));
    let pdf = out.path().join(format!("{stem}.pdf"));
    assert!(word.exists() && pdf.exists());
    for file in [&word, &pdf] {
        let name = file.file_name().unwrap().to_string_lossy();
        assert!(
            harness.query_by_label(&format!("✔ {name}")).is_some(),
            "{name} listed"
        );
    }
    assert!(
        word_text(&word).contains("Indekerngezond"),
        "the register is in it"
    );
    harness.get_by_label("PDF openen").click();
    harness.run();
    harness.get_by_label("Map tonen").click();
    harness.run();
    assert_eq!(
        harness.state().recorded_opens(),
        [pdf, out.path().to_owned()]
    );
    harness.get_by_label("Sluiten").click();
    harness.run();
    assert!(harness.state().dialog().is_none());

    // Issue 30: the next document is proposed in the folder just used.
    click_menu(&mut harness, "Bestand", "Document maken…");
    assert_eq!(
        harness.get_by_label(FOLDER).value().unwrap_or_default(),
        out.path().display().to_string()
    );
}

#[test]
fn the_second_tick_puts_contact_persons_into_the_pdf_only_when_the_first_is_on() {
    let out = tempfile::tempdir().unwrap();
    let mut harness = open_dialog(out.path());
    harness.get_by_label("Monitor Samen voor Overvecht").click();
    harness.run();
    harness.get_by_label("Word (.docx)").click();
    harness.run();
    harness
        .get_by_label("Contactpersonen opnemen (persoonsgegevens, AVG)")
        .click();
    harness.run();
    let in_pdf = "Ook in de PDF (een PDF wordt vaak gepubliceerd)";
    assert!(!harness.get_by_label(in_pdf).accesskit_node().is_disabled());
    harness.get_by_label(in_pdf).click();
    harness.run();
    let Some(Dialog::Document(form)) = harness.state().dialog() else {
        panic!("the document dialog is open");
    };
    let request = form.request().unwrap();
    assert!(request.options.include_contacts && request.outputs.contacts_in_pdf);
    assert!(request.outputs.word.is_none(), "PDF only");
    assert!(request.outputs.pdf.as_ref().is_some_and(|p| {
        p.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("Monitor")
    }));

    // Taking the first tick back takes the second with it.
    harness
        .get_by_label("Contactpersonen opnemen (persoonsgegevens, AVG)")
        .click();
    harness.run();
    let Some(Dialog::Document(form)) = harness.state().dialog() else {
        panic!("the document dialog is open");
    };
    assert!(!form.request().unwrap().outputs.contacts_in_pdf);
}

#[test]
fn a_wrong_date_or_folder_is_said_in_dutch_and_nothing_is_made() {
    let out = tempfile::tempdir().unwrap();
    let mut harness = open_dialog(out.path());
    replace_text(&mut harness, "Datum van de stand", "31-2-2026");
    harness.get_by_label("Maken").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Datum van de stand: '31-2-2026' is geen datum")
            .is_some()
    );
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::Document(_))
    ));

    replace_text(&mut harness, "Datum van de stand", "1-10-2026");
    replace_text(&mut harness, "Logboek sinds", "2-10-2026");
    harness.get_by_label("Maken").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Logboek sinds: 2-10-2026 ligt na de datum van de stand")
            .is_some()
    );

    harness.get_by_label("Logboek sinds").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    let missing = out.path().join("bestaat-niet");
    replace_text(&mut harness, FOLDER, &missing.display().to_string());
    harness.get_by_label("Maken").click();
    harness.run();
    assert!(harness.query_by_label_contains("bestaat niet").is_some());
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing written"
    );

    // Esc cancels, as in every dialog.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().dialog().is_none());
}

#[test]
fn an_existing_file_is_replaced_only_after_a_second_click() {
    let out = tempfile::tempdir().unwrap();
    let mut harness = open_dialog(out.path());
    harness.get_by_label("PDF").click();
    harness.run();
    let today = chrono::Local::now().date_naive();
    let word = out.path().join(format!(
        "Bijlage stand van zaken wijkplatforms {today}.docx"
    ));
    std::fs::write(&word, b"oud").unwrap();
    harness.get_by_label("Maken").click();
    harness.run();
    assert!(harness.query_by_label_contains("Er staat al:").is_some());
    assert_eq!(std::fs::read(&word).unwrap(), b"oud", "not yet replaced");
    harness.get_by_label("Maken").click();
    harness.run_steps(3);
    settle(&mut harness);
    assert!(
        word_text(&word).contains("Stand van zaken"),
        "replaced after the second click"
    );
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::DocumentReady(_))
    ));
}

/// Issue 30: a folder that does not exist is offered to be made; once made
/// (by the file worker), Maken writes the document into it.
#[test]
fn a_missing_folder_is_offered_to_be_made() {
    let out = tempfile::tempdir().unwrap();
    let missing = out.path().join("raad 2027");
    let mut harness = open_dialog(&missing);
    harness.get_by_label("Maken").click();
    harness.run();
    assert!(harness.query_by_label_contains("bestaat niet").is_some());
    harness.get_by_label("Map maken").click();
    harness.run();
    settle(&mut harness);
    assert!(missing.is_dir(), "the folder is made");
    harness.get_by_label("Maken").click();
    harness.run_steps(3);
    settle(&mut harness);
    let made = std::fs::read_dir(&missing).unwrap().count();
    assert_eq!(made, 2, "the Word file and the PDF in the new folder");
}
