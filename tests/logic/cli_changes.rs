//! `wijkdashboard changes` and `wijkdashboard merge` as a user runs them,
//! and the team case: two copies of one saved register, edited by two
//! wijkmanagers, merged back.

use std::path::Path;
use std::process::Command;

use wijkdashboard::model::{Count, Dataset};
use wijkdashboard::store;

fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_wijkdashboard"))
        .args(args)
        .env(
            "WIJKDASHBOARD_DATA_DIR",
            std::env::temp_dir().join("wijkdashboard-cli-changes"),
        )
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    (output.status.code().unwrap_or(-1), text)
}

fn save(dir: &Path, name: &str, data: &Dataset) -> std::path::PathBuf {
    let path = dir.join(name);
    store::save(&path, data).unwrap();
    path
}

fn platform<'a>(data: &'a mut Dataset, name: &str) -> &'a mut wijkdashboard::model::Platform {
    data.platforms.iter_mut().find(|p| p.name == name).unwrap()
}

#[test]
fn the_change_report_names_each_change_by_wijk_with_old_and_new() {
    let dir = tempfile::tempdir().unwrap();
    let base = store::default_dataset().unwrap();
    let mut new = base.clone();
    platform(&mut new, "Wijkcoöperatie Oost voor Elkaar").members = Some(Count::exact(213));
    platform(&mut new, "Indekerngezond")
        .activities
        .push("Buurtmaaltijd".into());
    let (old_path, new_path) = (
        save(dir.path(), "oud.ron", &base),
        save(dir.path(), "nieuw.ron", &new),
    );
    let (code, text) = run(&[
        "changes".as_ref(),
        old_path.as_os_str(),
        new_path.as_os_str(),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Oost (2)"), "{text}");
    assert!(
        text.contains("Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 200 → 213"),
        "{text}"
    );
    assert!(
        text.contains("Oost › Wijkcoöperatie Oost voor Elkaar › Leden › Precisie: bijna → precies"),
        "{text}"
    );
    assert!(text.contains("Leidsche Rijn (1)"), "{text}");
    assert!(
        text.contains("Indekerngezond › Wat het organiseert: + Buurtmaaltijd"),
        "{text}"
    );

    let (code, text) = run(&[
        "changes".as_ref(),
        old_path.as_os_str(),
        old_path.as_os_str(),
    ]);
    assert_eq!(code, 0);
    assert!(text.starts_with("Geen wijzigingen"), "{text}");
    let missing = dir.path().join("weg.ron");
    let (code, text) = run(&[
        "changes".as_ref(),
        old_path.as_os_str(),
        missing.as_os_str(),
    ]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("weg.ron"), "{text}");
}

#[test]
fn two_wijkmanagers_edit_copies_and_the_merge_keeps_both_and_asks_the_one_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let base = store::default_dataset().unwrap();
    // The manager of Oost and the manager of Noordoost each take a copy.
    let mut oost = base.clone();
    platform(&mut oost, "Wijkcoöperatie Oost voor Elkaar").members = Some(Count::exact(213));
    platform(&mut oost, "Wijkcoöperatie Oost voor Elkaar")
        .next_steps
        .push(wijkdashboard::model::NextStep::new(
            "Wijkbudget opnieuw bespreken",
        ));
    let mut noordoost = base.clone();
    platform(&mut noordoost, "Wijkcoöperatie Griftstroom")
        .activities
        .push("Repaircafé".into());
    noordoost
        .districts
        .iter_mut()
        .find(|d| d.name == "Noordoost")
        .unwrap()
        .notes
        .push("Griftstroom neemt de rol over".into());
    let paths = [
        save(dir.path(), "basis.ron", &base),
        save(dir.path(), "oost.ron", &oost),
        save(dir.path(), "noordoost.ron", &noordoost),
    ];
    let out = dir.path().join("samen.ron");
    let args = |theirs: &Path| {
        [
            "merge".as_ref(),
            paths[0].as_os_str(),
            paths[1].as_os_str(),
            theirs.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]
        .map(std::ffi::OsStr::to_owned)
    };
    let (code, text) = run(&args(&paths[2]));
    assert_eq!(code, 0, "{text}");
    let merged = store::load(&out).unwrap();
    let find = |name: &str| merged.platforms.iter().find(|p| p.name == name).unwrap();
    assert_eq!(
        find("Wijkcoöperatie Oost voor Elkaar").members,
        Some(Count::exact(213))
    );
    assert!(find("Wijkcoöperatie Oost voor Elkaar").next_steps.contains(
        &wijkdashboard::model::NextStep::new("Wijkbudget opnieuw bespreken")
    ));
    assert!(
        find("Wijkcoöperatie Griftstroom")
            .activities
            .contains(&"Repaircafé".to_owned())
    );
    assert!(merged.districts.iter().any(|d| {
        d.notes
            .contains(&"Griftstroom neemt de rol over".to_owned())
    }));

    // Both also changed Oost's member count, differently: that one is asked.
    platform(&mut noordoost, "Wijkcoöperatie Oost voor Elkaar").members = Some(Count::exact(207));
    let theirs = save(dir.path(), "noordoost-2.ron", &noordoost);
    std::fs::remove_file(&out).unwrap();
    let (code, text) = run(&args(&theirs));
    assert_eq!(code, 1, "{text}");
    assert!(
        text.starts_with("1 open conflict; er is niets geschreven"),
        "{text}"
    );
    assert!(
        text.contains(
            "Oost › Wijkcoöperatie Oost voor Elkaar › Leden: basis 200 | mijn 213 | hun 207"
        ),
        "{text}"
    );
    assert!(!out.exists(), "nothing written while a conflict remains");
    assert!(text.contains("--mijn of --hun"), "{text}");

    // Settled on the command line: --hun takes theirs and says so.
    let mut settled: Vec<std::ffi::OsString> = args(&theirs).to_vec();
    settled.push("--hun".into());
    let (code, text) = run(&settled);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Gekozen: Oost › Wijkcoöperatie Oost voor Elkaar › Leden: hun 207"),
        "{text}"
    );
    assert_eq!(
        crate::common::oost_members_in(&store::load(&out).unwrap()),
        Some(207)
    );

    // Settled per place from a file of choices, as the listing names them.
    let with_choices = |choices: &str| {
        let file = dir.path().join("keuzes.txt");
        std::fs::write(&file, choices).unwrap();
        let _ = std::fs::remove_file(&out);
        let mut command: Vec<std::ffi::OsString> = args(&theirs).to_vec();
        command.push("--keuzes".into());
        command.push(file.into_os_string());
        run(&command)
    };
    let (code, text) = with_choices(
        "# Besproken met Noordoost, 3 december\n\nmijn Oost › Wijkcoöperatie Oost voor Elkaar › Leden\n",
    );
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("Gekozen: Oost › Wijkcoöperatie Oost voor Elkaar › Leden: mijn 213"),
        "{text}"
    );
    assert_eq!(
        crate::common::oost_members_in(&store::load(&out).unwrap()),
        Some(213)
    );
    // A word that is no choice, and a place that is no conflict: said with
    // their line, nothing written.
    let (code, text) = with_choices("zijn Oost › Wijkcoöperatie Oost voor Elkaar › Leden\n");
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("regel 1: 'zijn' is geen keuze"), "{text}");
    assert!(!out.exists());
    let (code, text) = with_choices("\nhun Oost › Leden\n");
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("regel 2: 'Oost › Leden' is geen conflict van deze samenvoeging"),
        "{text}"
    );
    // A file that leaves a conflict open: that one is listed.
    let (code, text) = with_choices("# nog niet besloten\n");
    assert_eq!(code, 1, "{text}");
    assert!(text.starts_with("1 open conflict"), "{text}");
    assert!(text.contains("--keuzes"), "{text}");
}
