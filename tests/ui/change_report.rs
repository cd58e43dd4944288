//! *Bestand → Wat is er veranderd…* as a user goes through it: an edit,
//! saved, compared with the backup of the stand before, filtered, and
//! written as CSV.

use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{app_in_temp_dir, click_menu, press_save, replace_text, retype, settle};
use wijkdashboard::ui::shell::Dialog;

const OOST: &str = "WK034405";
const LINE: &str = "Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 200 → 213";

#[test]
fn the_change_report_since_a_backup_shows_each_change_per_wijk_filters_and_exports() {
    let (mut harness, dir, _) = app_in_temp_dir(OOST);
    retype(&mut harness, "Leden", "213");
    press_save(&mut harness);
    settle(&mut harness);

    click_menu(&mut harness, "Bestand", "Wat is er veranderd…");
    assert!(
        matches!(harness.state().dialog(), Some(Dialog::ChooseComparison(b)) if b.backups().len() == 1)
    );
    assert!(
        harness
            .query_all_by_label_contains("De stand van ")
            .next()
            .is_some()
    );
    harness
        .get_by_label_contains("Vergelijken met de stand van ")
        .click();
    harness.run();

    // The report: since the backup's stand, Oost's group, the change in words.
    assert!(
        harness
            .query_all_by_label_contains("Wijzigingen sinds de stand van ")
            .next()
            .is_some()
    );
    assert!(
        harness.query_by_label_contains("Oost (").is_some(),
        "a group per wijk with its count"
    );
    assert!(
        harness.query_by_label(LINE).is_some(),
        "the change as the user reads it"
    );

    // The filter per part: the platforms off, and the line is gone.
    let filter = harness
        .query_all_by_label_contains("Wijkplatforms (")
        .next()
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .unwrap();
    harness.get_by_label(&filter).click();
    harness.run();
    assert!(harness.query_by_label(LINE).is_none(), "filtered out");
    harness.get_by_label(&filter).click();
    harness.run();
    assert!(harness.query_by_label(LINE).is_some());

    // As CSV, written by the worker; the dialog stays.
    let csv = dir.path().join("wijzigingen.csv");
    replace_text(
        &mut harness,
        "Als CSV: het CSV-bestand (.csv)",
        &csv.display().to_string(),
    );
    harness.get_by_label("Exporteren als CSV").click();
    harness.run();
    settle(&mut harness);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a BOM, so Excel reads UTF-8"
    );
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains("Wijk;Onderdeel;Plaats;Soort;Oud;Nieuw"),
        "{text}"
    );
    assert!(
        text.contains(
            "Oost;Wijkplatforms;Oost › Wijkcoöperatie Oost voor Elkaar › Leden;gewijzigd;200;213"
        ),
        "{text}"
    );
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::ChangeReport(_))
    ));

    // Into the Bijlage: the document dialog with the report as a section.
    harness.get_by_label("In de Bijlage opnemen…").click();
    harness.run();
    let Some(Dialog::Document(form)) = harness.state().dialog() else {
        panic!("the document dialog is open");
    };
    let changes = form.request().unwrap().options.changes.unwrap();
    assert!(changes.since.starts_with("de stand van "));
    assert_eq!(
        changes.groups,
        vec![("Oost".to_owned(), vec![LINE.to_owned()])]
    );
    assert!(
        harness
            .query_all_by_label_contains("Met de wijzigingen sinds de stand van ")
            .next()
            .is_some()
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().dialog().is_none());
}

/// Gives a backup the moment it was made (its file time), as if the save
/// happened then.
fn made_at(path: &std::path::Path, year: i32, month: u32, day: u32) {
    use chrono::TimeZone;
    let moment = chrono::Local
        .with_ymd_and_hms(year, month, day, 9, 0, 0)
        .single()
        .unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(moment.into())
        .unwrap();
}

#[test]
fn changes_since_a_date_use_the_stand_of_that_day_and_each_backup_says_what_changed_after_it() {
    let (mut harness, _dir, path) = app_in_temp_dir(OOST);
    retype(&mut harness, "Leden", "213");
    press_save(&mut harness);
    settle(&mut harness);
    retype(&mut harness, "Leden", "214");
    press_save(&mut harness);
    settle(&mut harness);
    // Newest first: the stand with 213 (replaced on 5 October), and the
    // shipped stand (replaced on 1 October).
    let backups = wijkdashboard::store::list_backups(&path);
    assert_eq!(backups.len(), 2);
    made_at(&backups[0].path, 2026, 10, 5);
    made_at(&backups[1].path, 2026, 10, 1);

    click_menu(&mut harness, "Bestand", "Wat is er veranderd…");
    settle(&mut harness);
    // What changed after each stand, read by the file worker.
    assert_eq!(
        harness
            .query_all_by_label("— daarna 1 wijziging (Oost)")
            .count(),
        2,
        "each backup says what changed after it"
    );

    // A date that does not exist: said at the field, nothing compared.
    replace_text(
        &mut harness,
        "Sinds (bijvoorbeeld 1-10-2026 of 1 oktober):",
        "31-2-2026",
    );
    harness.get_by_label("Vergelijken met die datum").click();
    harness.run();
    assert!(harness.query_by_label_contains("is geen datum").is_some());
    assert!(matches!(
        harness.state().dialog(),
        Some(Dialog::ChooseComparison(_))
    ));

    // Since 2 October: the stand of that day is the one with 213.
    replace_text(
        &mut harness,
        "Sinds (bijvoorbeeld 1-10-2026 of 1 oktober):",
        "2 oktober 2026",
    );
    harness.get_by_label("Vergelijken met die datum").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains(
                "Wijzigingen sinds 2-10-2026 (de stand van 5-10-2026 09:00:00)"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 213 → 214")
            .is_some()
    );
    harness.key_press(egui::Key::Escape);
    harness.run();

    // Before every backup: the oldest stand, and the heading says so.
    click_menu(&mut harness, "Bestand", "Wat is er veranderd…");
    replace_text(
        &mut harness,
        "Sinds (bijvoorbeeld 1-10-2026 of 1 oktober):",
        "1-9-2026",
    );
    harness.get_by_label("Vergelijken met die datum").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains(
                "de oudste bewaarde stand, van 1-10-2026 09:00:00; van 1-9-2026 is er geen"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 200 → 214")
            .is_some()
    );
}
