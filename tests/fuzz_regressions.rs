//! Every input kept under `tests/fuzz-corpus/<target>/` — the seeds the fuzzers start from and
//! each input that once made a target crash or hang — run once through the same code as the
//! fuzz target (`fuzz/checks.rs`), so a fixed crash stays fixed without nightly Rust or
//! cargo-fuzz. Run the fuzzers themselves as the README's "Fuzzing" section says.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

#[path = "../fuzz/checks.rs"]
mod checks;

/// An input that once hung must now finish well within this (debug build, shared machine).
const SLOW: Duration = Duration::from_secs(20);

#[test]
fn every_stored_input_runs_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus");
    let mut ran = 0;
    for target in checks::TARGETS {
        let dir = root.join(target);
        let mut paths: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{e}: {}", dir.display()))
            .map(|entry| entry.expect("a readable folder entry").path())
            .collect();
        paths.sort();
        assert!(!paths.is_empty(), "no inputs in {}", dir.display());
        for path in paths {
            let data = fs::read(&path).unwrap_or_else(|e| panic!("{e}: {}", path.display()));
            let started = Instant::now();
            checks::run(target, &data);
            let took = started.elapsed();
            assert!(took < SLOW, "{target} took {took:?} on {}", path.display());
            ran += 1;
        }
    }
    assert!(ran >= checks::TARGETS.len());
}
