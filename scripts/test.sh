#!/usr/bin/env bash
# Sets up this machine and runs every test of gtest_data:
#   1. installs missing Debian packages (scripts/setup.sh all);
#   2. starts a throwaway PostgreSQL on loopback (stopped again on exit);
#   3. the Bazel build and tests, offline;
#   4. the ASan+UBSan build and its tests;
#   5. the build without PostgreSQL (-DGTEST_DATA_POSTGRESQL=OFF): everything
#      else builds and passes;
#   6. the CI build: unit, golden, libc++ and aarch64 determinism, lint,
#      program, packaging and PostgreSQL tests. It runs last, so the output
#      ends with ctest's summary line.
# .ci/run calls exactly this. Exit status is non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n=== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

step "setup"
bash scripts/setup.sh all

step "PostgreSQL (throwaway, loopback)"
pg_port=${GTEST_DATA_PG_PORT:-55432}
# Take the first free port from the requested one, so two checkouts can test
# side by side.
for _ in $(seq 20); do
  if pg_isready -q -h 127.0.0.1 -p "$pg_port" -t 1 >/dev/null 2>&1; then
    pg_port=$((pg_port + 1))
  else
    break
  fi
done
pg_dir=/dev/shm/gtest_data_pg.$$
[ -w /dev/shm ] || pg_dir=/tmp/gtest_data_pg.$$
cleanup() {
  (cd "$root" && bazel shutdown >/dev/null 2>&1) || true
  bash "$root/.ci/pg_fixture.sh" stop "$pg_dir" "$pg_port" || true
}
trap cleanup EXIT
bash .ci/pg_fixture.sh start "$pg_dir" "$pg_port"
export GTEST_DATA_PG_DSN="host=127.0.0.1 port=$pg_port user=postgres dbname=postgres"
echo "server at $GTEST_DATA_PG_DSN"

step "Bazel (offline)"
bash .ci/bazel/gen_system_absl.sh
sh .ci/bazel/write_offline_bazelrc.sh
bazel test --test_env=GTEST_DATA_PG_DSN --test_env=CI //...
bazel shutdown >/dev/null 2>&1 || true

step "ASan + UBSan"
cmake --workflow --preset asan

step "Without PostgreSQL (GTEST_DATA_POSTGRESQL=OFF)"
cmake --workflow --preset nopg

step "CI build and tests"
cmake --workflow --preset ci

step "done"
