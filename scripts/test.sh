#!/usr/bin/env bash
# Runs hashiya's whole test suite on a fresh machine: installs the system packages the tests
# need when they are missing, checks formatting (`cargo fmt --check`) and lints (`cargo clippy`,
# warnings are errors), then runs `cargo test`. Extra arguments go to `cargo test`.
#   unicode-data         BidiCharacterTest.txt for the UAX#9 conformance test
#   mesa-vulkan-drivers  a CPU Vulkan driver, so kittest can render snapshot PNGs without a GPU
#   libxml2-utils        xmllint, to validate exports against their XML schemas
#   git                  the team scenario (two clones merging their annotations)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -f /usr/share/unicode/BidiCharacterTest.txt ] || need+=(unicode-data)
ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1 || need+=(mesa-vulkan-drivers)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v git >/dev/null 2>&1 || need+=(git)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked "$@"
