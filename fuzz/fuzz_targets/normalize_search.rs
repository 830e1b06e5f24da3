//! `cargo +nightly fuzz run normalize_search`: see `checks::normalize_search`.
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code, reason = "each target uses one of the shared checks")]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::normalize_search(data));
