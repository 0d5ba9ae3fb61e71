#!/usr/bin/env bash
# Sets up this machine, builds gtest_data and runs the samples suite, then
# prints where its data-usage report is. This is the README's first command.
#
# Environment: GTEST_DATA_SEED=N (or "random") changes the run seed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh main
cmake --preset dev >/dev/null
# Only the samples and what they link (the whole suite is scripts/test.sh's).
cmake --build --preset dev --target samples
mkdir -p reports
status=0
for sample in build/dev/samples/sample_*; do
  [ -x "$sample" ] || continue
  name=$(basename "$sample")
  echo "=== $name"
  flags=(--gtest_output="json:reports/$name.gtest.json")
  # The shop suite runs on gtest_data::main, keeps its data in an embedded
  # SQLite file and writes the data-usage report.
  if [ "$name" = sample_04_shop_suite ]; then
    rm -f reports/shop_suite.db
    flags+=(--data_db="sqlite:reports/shop_suite.db" --data_report="reports/shop_suite.data.json")
  fi
  "$sample" "${flags[@]}" || status=1
done
echo
echo "GoogleTest results:  $(pwd)/reports/*.gtest.json (each test's gtest_data_seed is recorded there)"
echo "data-usage report:   $(pwd)/reports/shop_suite.data.json"
echo "       as a page:    $(pwd)/reports/shop_suite.data.html"
echo "SQLite database:     $(pwd)/reports/shop_suite.db (schema only: each test rolled back or"
echo "                     worked on its own copy)"
exit $status
