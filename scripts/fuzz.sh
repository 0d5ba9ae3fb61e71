#!/usr/bin/env bash
# Fuzzes the dataset reader with libFuzzer (clang, ASan and UBSan) for
# SECONDS (default 60), starting from tests/fuzz/corpus/dataset; new inputs
# that reach new code are kept in build/fuzz/corpus. A crash leaves its
# input in build/fuzz/ and exits non-zero.
#
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=build/fuzz
mkdir -p "$out/corpus"
if [ ! -x "$out/dataset_fuzzer" ] || [ -n "$(find src include tests/fuzz tests/factory -newer "$out/dataset_fuzzer" -print -quit)" ]; then
  clang++-14 -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -ffp-contract=off \
    -Iinclude -I. -Isrc/json -Itests/factory \
    src/random/*.cc src/fake/*.cc src/factory/*.cc src/json/*.cc tests/fuzz/dataset_fuzzer.cc \
    $(pkg-config --libs absl_status absl_statusor) -o "$out/dataset_fuzzer"
fi
"$out/dataset_fuzzer" -max_total_time="$seconds" -artifact_prefix="$out/" \
  "$out/corpus" tests/fuzz/corpus/dataset
