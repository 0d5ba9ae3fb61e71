#!/usr/bin/env bash
# Fails when seeded code uses a call whose output differs between standard
# libraries or runs, or includes anything but the standard library and
# gtest_data itself (see docs/architecture.md, "The determinism contract").
#
# Usage: check_seeded_core.sh PATH...   (files or directories)
# Prints each offending line as file:line: text, and exits 1 if there is one.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PATH..." >&2; exit 2; }

banned='std::[a-z_]*_distribution|std::generate_canonical|std::shuffle|std::sample|std::hash[^_a-zA-Z]|std::random_shuffle|std::rand[^_a-zA-Z]|std::srand|(^|[^_a-zA-Z0-9:.>])s?rand\(|absl::(BitGen|InsecureBitGen|Uniform|Bernoulli|Gaussian|Exponential|Poisson|Zipf|LogUniform|Hash)|std::chrono::(system|steady|high_resolution)_clock|[^_a-zA-Z]time\(nullptr\)|std::tolower|std::toupper|std::isalpha|std::isdigit|std::isspace|std::locale'
# Foreign includes: a bracketed header of a third-party library, or a quoted
# path that is neither gtest_data's (gtest_data/..., data/locales/...) nor a
# header beside the source (no slash).
foreign='^[[:space:]]*#[[:space:]]*include[[:space:]]*<(absl|nlohmann|gtest|gmock|sqlite3|libpq|benchmark|phonenumbers)[/.]'
quoted_path='^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*/'
allowed_path='include[[:space:]]*"(gtest_data|data/locales)/'

# Comments are dropped first: they may name what they avoid.
scan() {  # scan REGEX FILE: prints file:line: text for each match outside comments
  sed 's://.*$::' "$2" | grep -nE "$1" | sed "s|^|$2:|" || true
}
files=$(find "$@" -type f \( -name '*.h' -o -name '*.cc' -o -name '*.in' \) | sort)
report=""
for f in $files; do
  report+=$(scan "$banned|$foreign" "$f")$'\n'
  report+=$(scan "$quoted_path" "$f" | grep -vE "$allowed_path" || true)$'\n'
  # std::random_device is allowed in exactly one place: picking a run seed
  # that is then printed (src/random/run_seed.cc).
  case $f in */src/random/run_seed.cc|src/random/run_seed.cc) ;;
    *) report+=$(scan 'std::random_device' "$f")$'\n' ;;
  esac
done
report=$(printf '%s' "$report" | sed '/^$/d' | sort -t: -k1,1 -k2,2n)
if [ -n "$report" ]; then
  printf '%s\n' "$report"
  echo "seeded core: the lines above break the determinism contract" >&2
  exit 1
fi
echo "seeded core: clean ($(echo "$files" | wc -l) files)"
