#!/usr/bin/env bash
# Installs the Debian packages gtest_data needs to build and test, by name.
#
# Usage: scripts/setup.sh [main|all]
#   main  what the samples job needs (compiler, CMake, GoogleTest, abseil,
#         nlohmann/json, SQLite, libpq, OpenSSL's libcrypto)
#   all   also PostgreSQL, clang with libc++, Google Benchmark, Bazel, and
#         the aarch64 cross compiler with qemu-user (a second architecture
#         for the golden files)
#
# Idempotent and quick when everything is present: it asks dpkg first and
# calls apt-get only for what is missing, with --no-upgrade so packages that
# are already installed are never moved to another version.
set -euo pipefail

profile=${1:-all}
main_pkgs=(cmake ninja-build g++ libgtest-dev libgmock-dev nlohmann-json3-dev
           libabsl-dev libsqlite3-dev libpq-dev libssl-dev)
all_pkgs=("${main_pkgs[@]}" postgresql-15 clang-14 libc++-14-dev libc++abi-14-dev
          libbenchmark-dev bazel-bootstrap libphonenumber-dev
          g++-aarch64-linux-gnu qemu-user python3)
case $profile in
  main) want=("${main_pkgs[@]}") ;;
  all)  want=("${all_pkgs[@]}") ;;
  *) echo "setup.sh: unknown profile '$profile'; expected 'main' or 'all'" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#want[@]} packages present"
  exit 0
fi

sudo=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends --no-upgrade "${missing[@]}" >/dev/null
echo "setup: done"
