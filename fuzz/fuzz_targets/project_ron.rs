//! `cargo +nightly fuzz run project_ron`: see `checks::project_ron`.
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code, reason = "each target uses one of the shared checks")]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::project_ron(data));
