//! Stable random identifiers shared by spans, entities, claims, clusters and outlets.
//!
//! IDs must stay unique when two analysts work on copies of the same project and their files are
//! merged later, so they are not counters: [`fresh_u64`] draws 64 bits from a per-process random
//! seed (the standard library's OS-seeded hasher keys) mixed with a per-process counter, so two
//! IDs made by one process never collide and IDs of different processes collide with probability
//! about n²/2⁶⁵ (3·10⁻⁸ for a million of them). IDs read from files are taken as they are (any
//! non-empty string), so hand-written test files may use `"a"`, `"b"`.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher as _;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// 64 bits unique within this process and random across processes (see the module docs).
pub fn fresh_u64() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let seed = *SEED.get_or_init(|| {
        let time = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        RandomState::new().hash_one((time, std::process::id()))
    });
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    // splitmix64 is a bijection, so distinct counters give distinct IDs within a process.
    splitmix64(seed.wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15)))
}

/// The finaliser of splitmix64 (Steele, Lea, Flood 2014): a good 64-bit mixer and a bijection.
pub fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Defines a string ID type written as 16 lower-case hex digits when made here (see the module
/// docs), with `fresh`, `generate`, `from_u64`, `as_str`, `is_empty` and `Display`.
macro_rules! random_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub String);

        impl $name {
            /// A new ID, unique within this process and random across processes.
            pub fn fresh() -> Self {
                Self::from_u64($crate::model::id::fresh_u64())
            }

            /// A new ID from the next value of `next` (a deterministic generator in tests).
            pub fn generate(next: &mut impl FnMut() -> u64) -> Self {
                Self::from_u64(next())
            }

            /// The ID written as 16 lower-case hex digits.
            pub fn from_u64(value: u64) -> Self {
                Self(format!("{value:016x}"))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

pub(crate) use random_id;
