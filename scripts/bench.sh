#!/usr/bin/env bash
# Measures hashiya at scale (10,000 articles, 100,000 spans) against baselines measured in the same
# run, and prints one table. Takes a few minutes; the first release build takes longer.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --locked --bin hashiya-bench "$@"
