#!/usr/bin/env bash
# `gtest-data report html|merge -o OUT` never replaces one of its inputs
# (under any spelling of its path), never writes onto a FIFO, a device or
# through a symbolic link, and leaves no temporary file when it refuses.
# Usage: report_output_checks.sh PATH/TO/gtest-data PATH/TO/a_report.json
set -euo pipefail
program=$(realpath "$1")
sample=$(realpath "$2")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
cp "$sample" R.json
cp R.json R.orig
failures=0

# expect_refusal EXPECTED_STDERR COMMAND...: exit status 1, exactly that
# message, R.json unchanged.
expect_refusal() {
  local expected=$1
  shift
  local status=0
  "$program" "$@" >out.txt 2>err.txt || status=$?
  if [ "$status" != 1 ]; then
    echo "FAIL: gtest-data $*: exit status $status, expected 1"
    failures=$((failures + 1))
  fi
  if [ "$(cat err.txt)" != "$expected" ]; then
    echo "FAIL: gtest-data $*: stderr"
    echo "  got:      $(cat err.txt)"
    echo "  expected: $expected"
    failures=$((failures + 1))
  fi
  if ! cmp -s R.json R.orig; then
    echo "FAIL: gtest-data $*: R.json changed"
    failures=$((failures + 1))
    cp R.orig R.json
  fi
}

# The output is the input, spelled the same, spelled differently, or a hard
# link to it.
expect_refusal "gtest-data: report html: R.json: refusing to write: it is the input R.json" \
  report html R.json -o R.json
expect_refusal "gtest-data: report html: ./R.json: refusing to write: it is the input R.json" \
  report html R.json -o ./R.json
mkdir sub
expect_refusal "gtest-data: report html: sub/../R.json: refusing to write: it is the input R.json" \
  report html R.json --output=sub/../R.json
ln R.json hard.json
expect_refusal "gtest-data: report html: hard.json: refusing to write: it is the input R.json" \
  report html R.json -o hard.json
expect_refusal "gtest-data: report merge: R.json: refusing to write: it is the input R.json" \
  report merge R.json -o R.json
# merge -o X.json also writes X.html: that one may not be an input either,
# and then X.json is not written.
cp R.json X.html
expect_refusal "gtest-data: report merge: X.html: refusing to write: it is the input X.html" \
  report merge X.html -o X.json
cmp -s X.html R.orig || { echo "FAIL: X.html changed"; failures=$((failures + 1)); }
[ ! -e X.json ] || { echo "FAIL: X.json was written"; failures=$((failures + 1)); }
rm X.html hard.json

# A FIFO and a device are refused, and the FIFO is still a FIFO.
mkfifo pipe
expect_refusal "gtest-data: report html: pipe: refusing to write: it is a FIFO, not a regular file" \
  report html R.json -o pipe
[ -p pipe ] || { echo "FAIL: the FIFO was replaced"; failures=$((failures + 1)); }
expect_refusal "gtest-data: report html: /dev/null: refusing to write: it is a character device, not a regular file" \
  report html R.json -o /dev/null
[ -c /dev/null ] || { echo "FAIL: /dev/null is no longer a device"; failures=$((failures + 1)); }

# A symbolic link at the output is refused; what it points to is untouched.
echo precious > victim
ln -s victim link.html
expect_refusal "gtest-data: report html: link.html: refusing to write: it is a symbolic link; name the file it points to instead" \
  report html R.json -o link.html
[ "$(cat victim)" = precious ] || { echo "FAIL: wrote through the link"; failures=$((failures + 1)); }
rm pipe link.html victim

# Nothing else was left behind (no temporary files), and a real output works.
leftover=$(ls -A | grep -v -x -e R.json -e R.orig -e out.txt -e err.txt -e sub || true)
if [ -n "$leftover" ]; then
  echo "FAIL: files left behind: $leftover"
  failures=$((failures + 1))
fi
"$program" report html R.json -o page.html >/dev/null
"$program" report merge R.json -o merged.json >/dev/null
for f in page.html merged.json merged.html; do
  [ -f "$f" ] || { echo "FAIL: $f was not written"; failures=$((failures + 1)); }
done

if [ "$failures" != 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "report output checks: all passed"
