#!/usr/bin/env bash
# gtest-data seed at N and 10 N rows of the shop schema of the tests, each
# beside the engine's ceiling in the same run: bench/seed_ceiling loads the
# very rows the command wrote again by hand (SQLite: one prepared INSERT per
# table; PostgreSQL: COPY FROM STDIN) into a fresh copy of the same schema.
# Prints time, rows/s, the ratio to the ceiling and peak RSS per engine, and
# how time and memory grow from N to 10 N, ours and the ceiling's. Each
# figure is the best of three rounds, the two sides alternating. "seconds"
# is the command's whole run as its caller waits for it (process start
# included); "load s" is the time the command reports for generating and
# loading the rows (schema files, reading the schema and the transaction
# included), the span the ceiling times of its own load: the ratio is of
# those two, "wall ratio" of the whole run against the ceiling's load.
#
#   bench/seed_scaling.sh [N]      (default 1000000; run from the repository
#                                   root after `cmake --workflow --preset bench`)
# PostgreSQL runs too when GTEST_DATA_PG_DSN names a server (keyword form,
# e.g. "host=127.0.0.1 port=55432 user=postgres dbname=postgres"); each run
# seeds a database of its own, gtest_data_seed_bench, dropped at the end. A
# password in the DSN (password=... or password = '...', without escaped
# quotes) is passed in PGPASSWORD.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
n=${1:-1000000}
program=build/bench/gtest_data/gtest-data
ceiling=build/bench/bench/seed_ceiling
schema=tests/testdata/shop_schema.sql
dir=$(mktemp -d)
pg_dsn=${GTEST_DATA_PG_DSN:-}
# A password never goes on a command line (other users' `ps` shows those):
# it moves to PGPASSWORD, which libpq reads, and the rest of the DSN is what
# psql, gtest-data and the ceiling are given.
password_re="(^|[[:space:]])password[[:space:]]*=[[:space:]]*('[^']*'|[^[:space:]']*)"
if [[ $pg_dsn =~ $password_re ]]; then
  value=${BASH_REMATCH[2]}
  [[ $value == \'*\' ]] && value=${value:1:${#value}-2}
  export PGPASSWORD=$value
  pg_dsn=${pg_dsn/"${BASH_REMATCH[0]}"/}
fi
bench_db=gtest_data_seed_bench
cleanup() {
  rm -rf "$dir"
  if [ -n "$pg_dsn" ]; then
    psql -q "$pg_dsn" -c "DROP DATABASE IF EXISTS $bench_db" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

now() { date +%s.%N; }

seed() {  # engine rows -> "seconds load_seconds peak_kb"; leaves the rows for the ceiling
  local engine=$1 rows=$2 url start
  if [ "$engine" = sqlite ]; then
    rm -f "$dir/shop.db"
    url="sqlite:$dir/shop.db"
  else
    psql -q "$pg_dsn" -c "DROP DATABASE IF EXISTS $bench_db" -c "CREATE DATABASE $bench_db" >/dev/null
    url="$pg_dsn dbname=$bench_db"
  fi
  start=$(now)
  /usr/bin/time -f "%M" -o "$dir/time" "$program" seed --db "$url" --schema "$schema" \
    --rows $((rows / 10)) --rows order_lines=$((rows * 7 / 10)) --seed 1 >"$dir/out"
  echo "$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')" \
    "$(sed -n 's/^[0-9]* rows in \([0-9.]*\) s$/\1/p' "$dir/out")" "$(cat "$dir/time")"
}

ceiling_seconds() {  # engine -> seconds of the hand-written load of the same rows
  local url
  if [ "$1" = sqlite ]; then url="sqlite:$dir/shop.db"; else url="$pg_dsn dbname=$bench_db"; fi
  "$ceiling" "$url" "$schema" | sed -n 's/^ceiling .* rows in \([0-9.]*\) s$/\1/p'
}

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }

engines=(sqlite)
[ -n "$pg_dsn" ] && engines+=(postgresql)
printf '%-11s %-9s %8s %7s %10s %14s %6s %10s %10s\n' engine rows seconds "load s" rows/s \
  "ceiling rows/s" ratio "wall ratio" "peak RSS"
for engine in "${engines[@]}"; do
  declare -A secs=() loads=() rss=() raw=()
  for rows in "$n" $((n * 10)); do
    # Three rounds, each side's best time (a shared machine is noisy), the
    # largest peak RSS.
    s="" l="" c="" kb=0
    for round in 1 2 3; do
      read -r t u k <<<"$(seed "$engine" "$rows")"
      s=$(min "$s" "$t")
      l=$(min "$l" "$u")
      [ "$k" -gt "$kb" ] && kb=$k
      c=$(min "$c" "$(ceiling_seconds "$engine")")
    done
    secs[$rows]=$s loads[$rows]=$l rss[$rows]=$kb raw[$rows]=$c
    awk -v e="$engine" -v r="$rows" -v s="$s" -v l="$l" -v c="$c" -v kb="$kb" 'BEGIN {
      printf "%-11s %-9d %8.2f %7.2f %10d %14d %6.2f %10.2f %7d kB\n", e, r, s, l, r / l, r / c,
             c / l, c / s, kb }'
  done
  awk -v e="$engine" -v a="${secs[$n]}" -v b="${secs[$((n * 10))]}" -v la="${loads[$n]}" \
    -v lb="${loads[$((n * 10))]}" -v c="${rss[$n]}" -v d="${rss[$((n * 10))]}" \
    -v ra="${raw[$n]}" -v rb="${raw[$((n * 10))]}" 'BEGIN {
      printf "%s, 10x rows: %.1fx the time (load %.1fx; the ceiling %.1fx), %.2fx the peak memory\n",
             e, b / a, lb / la, rb / ra, d / c }'
done
