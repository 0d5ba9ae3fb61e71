#!/usr/bin/env bash
# Person records per second: gtest_data against the tuned hand-written
# ceiling (../shared/bench/ceiling/gen_tuned.cpp, built here with g++ -O2;
# GTEST_DATA_CEILING_DIR names another folder), @faker-js/faker and Python
# Faker, in one run, single-threaded, output to /dev/null. Also runs
# gtest_data at 1M and 10M records to show that time scales linearly and
# memory stays flat, and `gtest-data generate` of the same nine fields as
# JSON lines (1M), against the library's rate.
#
# Usage: bench/fake_records.sh [SECONDS_PER_PEER]
# Installs what it needs: the bench build (cmake preset "bench"), the npm
# package @faker-js/faker into bench/peers/node_modules, and Debian's
# python3-fake-factory.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}

cmake --preset bench >/dev/null
cmake --build --preset bench --target person_records gtest-data >/dev/null
fields="person.first_name person.last_name internet.email phone.e164 address.street_address
  address.city address.postal_code person.birthdate identifiers.uuid4"
program_records() {  # N -> a JSON line like person_records', on stderr
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  build/bench/gtest_data/gtest-data generate $fields --count "$1" --format jsonl >/dev/null
  end=$(date +%s.%N)
  awk -v n="$1" -v a="$start" -v b="$end" 'BEGIN {
    printf "{\"impl\":\"gtest-data-generate\",\"records\":%d,\"seconds\":%.3f,\"records_per_second\":%.0f}\n",
           n, b - a, n / (b - a) }' >&2
}
if ! dpkg-query -W -f='${Status}' python3-fake-factory 2>/dev/null | grep -q "install ok installed"; then
  apt-get install -y -qq --no-install-recommends --no-upgrade python3-fake-factory >/dev/null
fi
if [ ! -d bench/peers/node_modules/@faker-js/faker ]; then
  (cd bench/peers && npm install --silent --no-audit --no-fund --no-save @faker-js/faker >/dev/null)
fi

ceiling_dir=${GTEST_DATA_CEILING_DIR:-../shared/bench/ceiling}
tuned=build/bench/gen_tuned
if [ -f "$ceiling_dir/gen_tuned.cpp" ]; then
  g++ -std=c++20 -O2 "$ceiling_dir/gen_tuned.cpp" -o "$tuned"
else
  echo "no $ceiling_dir/gen_tuned.cpp: the ceiling is left out" >&2
  tuned=""
fi
ceiling_records() {  # N -> its JSON line, in person_records' keys, on stderr
  "$tuned" "$1" wyrand 2>&1 >/dev/null | /usr/bin/python3 -c '
import json, sys
r = json.loads(sys.stdin.readline())
print(json.dumps({"impl": "ceiling", "records": r["n"], "seconds": r["sec"],
                  "records_per_second": r["rec_per_s"]}))' >&2
}
results="$(pwd)/build/bench/fake_records.jsonl"
: > "$results"
# Three rounds, the implementations interleaved within each, so that a
# noisy neighbour on a shared machine hits all of them alike; the summary
# uses each one's median.
for round in 1 2 3; do
  build/bench/bench/person_records 1000000 >/dev/null 2>>"$results"
  build/bench/bench/person_records 10000000 >/dev/null 2>>"$results"
  if [ -n "$tuned" ]; then ceiling_records 20000000 2>>"$results"; fi
  program_records 1000000 2>>"$results"
  (cd bench/peers && node person_records.mjs "$seconds" >/dev/null 2>>"$results")
  /usr/bin/python3 bench/peers/person_records.py "$seconds" >/dev/null 2>>"$results"
done
cat "$results"
/usr/bin/python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def median(impl, records=None):
    runs = sorted((r for r in rows if r["impl"] == impl and
                   (records is None or r["records"] == records)),
                  key=lambda r: r["records_per_second"])
    return runs[(len(runs) - 1) // 2]
small = median("gtest_data", 1000000)
large = median("gtest_data", 10000000)
rate = large["records_per_second"]
print(f"gtest_data: {rate:,.0f} records/s (median of 3 runs of 10M), peak RSS {large['peak_rss_kib']} KiB")
print(f"scaling 1M -> 10M: time x{large['seconds'] / small['seconds']:.2f}, "
      f"peak RSS {small['peak_rss_kib']} -> {large['peak_rss_kib']} KiB")
if any(r["impl"] == "ceiling" for r in rows):
    ceiling = median("ceiling")
    ratio = rate / ceiling["records_per_second"]
    print(f"vs the tuned hand-written ceiling: {ceiling['records_per_second']:,.0f} records/s "
          f"(median) -> gtest_data at {ratio:.2f}x it (target >= 0.3x: "
          f"{'met' if ratio >= 0.3 else 'NOT met'})")
program = median("gtest-data-generate")
print(f"gtest-data generate, the same nine fields as JSON lines: "
      f"{program['records_per_second']:,.0f} records/s (median of 3 runs of 1M); "
      f"the library's 1M rate is {small['records_per_second'] / program['records_per_second']:.2f}x it "
      f"(target <= 1.5x)")
for name, target in (("faker-js", 30), ("python-faker", 500)):
    peer = median(name)
    ratio = rate / peer["records_per_second"]
    print(f"vs {name}: {peer['records_per_second']:,.0f} records/s (median) -> ratio {ratio:.1f}x "
          f"(target {target}x: {'met' if ratio >= target else 'NOT met'})")
PY
