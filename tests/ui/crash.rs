//! Crashes for real: a child process (this test binary, started again in a
//! child role) is killed with SIGKILL, and what it leaves on disk is checked.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::stress::{StressSize, stress_dataset};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use wijkdashboard::store;

use crate::common::{open_file, replace_text};

/// Set in a child: its role and the file it works on.
const CHILD_ROLE: &str = "WIJKDASHBOARD_TEST_CHILD";
const CHILD_FILE: &str = "WIJKDASHBOARD_TEST_FILE";

/// The line a child prints when it reached the point where it may be killed.
const READY: &str = "KLAAR-OM-TE-STOPPEN";

fn child_role() -> Option<(String, PathBuf)> {
    let role = std::env::var(CHILD_ROLE).ok()?;
    let file = std::env::var_os(CHILD_FILE)?;
    Some((role, PathBuf::from(file)))
}

/// Starts this test binary again, running only `test` in `role` on `file`.
fn spawn_child(test: &str, role: &str, file: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ROLE, role)
        .env(CHILD_FILE, file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Waits until the child printed [`READY`].
fn wait_until_ready(child: &mut Child) {
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let started = Instant::now();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.contains(READY) => break,
            Some(Ok(_)) => {}
            other => panic!("child stopped before it was ready: {other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(120), "child hangs");
    }
    // Keep reading so the child never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
}

/// Kills like a power cut: SIGKILL on Unix, TerminateProcess on Windows.
fn kill(mut child: Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

const OOST: &str = "WK034405";

#[test]
fn edits_survive_a_kill_and_are_offered_at_the_next_start() {
    if let Some((role, file)) = child_role() {
        assert_eq!(role, "edit");
        // The app as main builds it; autosave far away, so only the
        // recovery file can keep the edit.
        let mut harness = open_file(&file, OOST);
        harness
            .state_mut()
            .set_autosave_delay(Duration::from_secs(3600));
        replace_text(&mut harness, "Leden", "333");
        println!("{READY}");
        loop {
            harness.step();
            std::thread::sleep(Duration::from_millis(10));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wijkdashboard.ron");
    store::ensure_file_at(&file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let mut child = spawn_child(
        "crash::edits_survive_a_kill_and_are_offered_at_the_next_start",
        "edit",
        &file,
    );
    wait_until_ready(&mut child);
    // "Within about one second of every edit."
    std::thread::sleep(Duration::from_millis(1200));
    kill(child);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file itself was not saved"
    );
    assert!(store::recovery_path(&file).exists());

    let mut harness = open_file(&file, OOST);
    // The recovery dialog words the edit as the change report does.
    harness.get_by_label_contains("Oost › Wijkcoöperatie Oost voor Elkaar › Leden: 200 → 333");
    harness
        .get_by_role_and_label(Role::Button, "Herstellen")
        .click();
    harness.run();
    assert_eq!(crate::common::oost_members(&harness), Some(333));
}

/// A small, seeded random number generator (xorshift), so a failing run can
/// be repeated with the seed it prints.
struct Random(u64);

impl Random {
    fn below(&mut self, limit: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % limit
    }
}

#[test]
fn a_kill_at_any_moment_of_a_save_leaves_one_whole_version() {
    if let Some((role, file)) = child_role() {
        assert_eq!(role, "save-loop");
        // Two versions of about 11,6 MB each, written one after the other
        // through the app's atomic save (temporary file, fsync, backup, rename).
        let dir = file.parent().unwrap();
        let versions = [
            std::fs::read_to_string(dir.join("a.txt")).unwrap(),
            std::fs::read_to_string(dir.join("b.txt")).unwrap(),
        ];
        println!("{READY}");
        for round in 0.. {
            store::write_text(&file, &versions[round % 2], &store::SaveOptions::default()).unwrap();
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("groot.ron");
    let base = store::default_dataset().unwrap();
    let mut data = stress_dataset(&base, StressSize::BENCHMARK);
    data.title = "versie A".into();
    let a = store::to_ron(&data).unwrap();
    data.title = "versie B".into();
    data.platforms[0].name = "Gewijzigd in versie B".into();
    let b = store::to_ron(&data).unwrap();
    assert!(a.len() > 10_000_000, "a large dataset: {} bytes", a.len());
    std::fs::write(dir.path().join("a.txt"), &a).unwrap();
    std::fs::write(dir.path().join("b.txt"), &b).unwrap();
    // The file exists before the first kill, as a user's file does.
    store::write_text(&file, &a, &store::SaveOptions::default()).unwrap();
    // A known-good version parses: whole files need no further parsing.
    assert!(store::parse(a.as_bytes()).is_ok());

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| {
            u64::try_from(d.as_nanos() % u128::from(u64::MAX)).unwrap_or(1) | 1
        });
    println!("seed {seed}");
    let mut random = Random(seed);
    let (mut saw_a, mut saw_b) = (0, 0);
    for kill_number in 0..100 {
        let mut child = spawn_child(
            "crash::a_kill_at_any_moment_of_a_save_leaves_one_whole_version",
            "save-loop",
            &file,
        );
        wait_until_ready(&mut child);
        std::thread::sleep(Duration::from_millis(random.below(400)));
        kill(child);
        let on_disk = std::fs::read(&file).unwrap();
        if on_disk == a.as_bytes() {
            saw_a += 1;
        } else if on_disk == b.as_bytes() {
            saw_b += 1;
        } else {
            panic!(
                "kill {kill_number} (seed {seed}): the file is neither version ({} bytes)",
                on_disk.len()
            );
        }
    }
    println!("100 kills: {saw_a} × versie A, {saw_b} × versie B");
    // Every backup left behind is a whole version too.
    for backup in store::list_backups(&file) {
        let bytes = std::fs::read(&backup.path).unwrap();
        assert!(
            bytes == a.as_bytes() || bytes == b.as_bytes(),
            "{} is not a whole version",
            backup.path.display()
        );
    }
    assert!(saw_a + saw_b == 100);
}
