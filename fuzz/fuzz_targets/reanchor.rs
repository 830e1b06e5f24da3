//! `cargo +nightly fuzz run reanchor`: see `checks::reanchor_target`.
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code, reason = "each target uses one of the shared checks")]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::reanchor_target(data));
