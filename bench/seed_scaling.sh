#!/usr/bin/env bash
# gtest-data seed --db at N and 10 N rows (SQLite file, the shop schema of
# the tests), each beside the engine's ceiling in the same run: db_seed_bench's
# raw prepared-INSERT loop for the same number of rows. Prints time, rows/s,
# the ratio to the ceiling and peak RSS, and how time and memory grow from
# N to 10 N.
#
#   bench/seed_scaling.sh [N]      (default 100000; run from the repository
#                                   root after `cmake --workflow --preset bench`)
set -euo pipefail
n=${1:-100000}
program=build/bench/gtest_data/gtest-data
ceiling=build/bench/bench/db_seed_bench
schema=tests/testdata/shop_schema.sql
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

run() {  # rows -> "seconds peak_kb"
  local rows=$1
  rm -f "$dir/shop.db"
  /usr/bin/time -f "%e %M" -o "$dir/time" "$program" seed --db "sqlite:$dir/shop.db" \
    --schema "$schema" --rows $((rows / 10)) --rows order_lines=$((rows * 7 / 10)) \
    --seed 1 >/dev/null
  cat "$dir/time"
}

ceiling_rate() {  # rows -> rows/s of the raw prepared INSERT
  GTEST_DATA_PG_DSN= "$ceiling" "$1" | sed -n 's/^sqlite.*raw *\([0-9]*\) rows\/s.*/\1/p' | head -1
}

printf '%-10s %9s %12s %14s %8s %10s\n' rows seconds rows/s "raw INSERT/s" ratio "peak RSS"
declare -A secs rss
for rows in "$n" $((n * 10)); do
  read -r s kb <<<"$(run "$rows")"
  secs[$rows]=$s
  rss[$rows]=$kb
  rate=$(awk -v r="$rows" -v s="$s" 'BEGIN { printf "%d", r / s }')
  raw=$(ceiling_rate "$rows")
  ratio=$(awk -v a="$rate" -v b="$raw" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }')
  printf '%-10s %9s %12s %14s %8s %8s kB\n' "$rows" "$s" "$rate" "$raw" "$ratio" "$kb"
done
awk -v a="${secs[$n]}" -v b="${secs[$((n * 10))]}" -v c="${rss[$n]}" -v d="${rss[$((n * 10))]}" \
  'BEGIN { printf "10x rows: %.1fx the time, %.1fx the peak memory\n", b / a, d / c }'
