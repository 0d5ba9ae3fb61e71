#!/usr/bin/env bash
# gtest-data seed --db: fills a database from a schema file, the same rows
# for the same seed; usage errors exit 2, engine errors exit 1 and change
# nothing. With GTEST_DATA_PG_DSN, also on PostgreSQL (in databases of its
# own, dropped afterwards).
#
#   seed_database.sh PROGRAM SCHEMA.sql [POSTGRESQL]
#
# POSTGRESQL is the build's GTEST_DATA_POSTGRESQL (ON by default); a build
# without the driver checks that a PostgreSQL URL is refused instead.
set -uo pipefail
program=$1
schema=$2
postgresql=${3:-ON}
dir=$(mktemp -d)
pg_databases=()
cleanup() {
  rm -rf "$dir"
  for db in "${pg_databases[@]}"; do
    psql "$GTEST_DATA_PG_DSN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  done
}
trap cleanup EXIT
# Failures are counted in a file: checks also run inside $(...) subshells.
fail() { echo "FAIL: $*" >&2; echo x >>"$dir/failures"; }

# expect EXIT PATTERN -- ARGS: runs the program, checks the exit status and
# that stdout+stderr match PATTERN (grep -E).
expect() {
  local want=$1 pattern=$2
  shift 3
  local out status
  out=$("$program" "$@" 2>&1)
  status=$?
  [ "$status" = "$want" ] || fail "$*: exit $status, expected $want; output: $out"
  printf '%s\n' "$out" | grep -Eq -- "$pattern" || fail "$*: output lacks /$pattern/: $out"
  printf '%s\n' "$out"
}

digests() { grep -E '^  [a-z_]+: [0-9]+ rows \(digest' | sed 's/^ *//'; }

a=$(expect 0 'order_lines: 200 rows' -- seed --db "sqlite:$dir/a.db" --schema "$schema" \
      --rows 30 --rows order_lines=200 --seed 7)
b=$(expect 0 'order_lines: 200 rows' -- seed --db "sqlite:$dir/b.db" --schema "$schema" \
      --rows 30 --rows order_lines=200 --seed 7)
c=$(expect 0 'order_lines: 200 rows' -- seed --db "sqlite:$dir/c.db" --schema "$schema" \
      --rows 30 --rows order_lines=200 --seed 8)
[ -n "$(digests <<<"$a")" ] || fail "no per-table digests in: $a"
[ "$(digests <<<"$a")" = "$(digests <<<"$b")" ] || fail "same seed, different rows: $a / $b"
[ "$(digests <<<"$a")" != "$(digests <<<"$c")" ] || fail "another seed gave the same rows"
# Without --seed, GTEST_DATA_SEED gives the seed, as it does for tests.
e=$(GTEST_DATA_SEED=7 expect 0 'with seed 7:' -- seed --db "sqlite:$dir/e7.db" --schema "$schema" \
      --rows 30 --rows order_lines=200)
[ "$(digests <<<"$a")" = "$(digests <<<"$e")" ] || fail "GTEST_DATA_SEED=7 is not --seed 7: $e"
GTEST_DATA_SEED=x expect 2 'GTEST_DATA_SEED' -- seed --db "sqlite:$dir/ex.db" --rows 1 >/dev/null
# A schema on a pipe is read once: its tables are made and filled (it used
# to be read twice, the second time empty: "no tables to fill").
p=$(cat "$schema" | expect 0 'order_lines: 200 rows' -- seed --db "sqlite:$dir/p.db" \
      --schema /dev/stdin --rows 30 --rows order_lines=200 --seed 7)
[ "$(digests <<<"$a")" = "$(digests <<<"$p")" ] || fail "a piped schema gave other rows: $p"
expect 1 'cannot read .*missing.sql; nothing was changed' -- seed --db "sqlite:$dir/m.db" \
  --schema "$dir/missing.sql" --rows 1 >/dev/null
# Parents before children.
order=$(digests <<<"$a" | cut -d: -f1 | tr '\n' ' ')
case "$order" in
  *customers*orders*order_lines*) ;;
  *) fail "tables not filled parents first: $order" ;;
esac
# More rows into the filled database: the keys continue, nothing collides.
expect 0 'customers: 30 rows' -- seed --db "sqlite:$dir/a.db" --rows 30 --seed 9 >/dev/null

# Progress is shown on a terminal only (script(1) gives the program one).
if command -v script >/dev/null 2>&1; then
  tty_out=$(script -qec "'$program' seed --db 'sqlite:$dir/t.db' --schema '$schema' --rows 5" /dev/null)
  printf '%s' "$tty_out" | grep -q $'\r  customers' || fail "no progress on a terminal: $tty_out"
  printf '%s' "$a" | grep -q $'\r' && fail "progress written without a terminal"
fi

expect 2 'seed: --db URL is required' -- seed --rows 3 >/dev/null
expect 2 "--rows nope=3: no such table; the database has customers, order_lines, orders, products" \
  -- seed --db "sqlite:$dir/d.db" --schema "$schema" --rows nope=3 >/dev/null
expect 2 "--rows: expected a count from 0 to 999999999999 or TABLE=COUNT, got 'many'" \
  -- seed --db "sqlite:$dir/d.db" --rows many >/dev/null
expect 2 "--rows: expected a count from 0 to 999999999999 or TABLE=COUNT, got '1000000000000'" \
  -- seed --db "sqlite:$dir/d.db" --rows 1000000000000 >/dev/null
expect 2 "--rows: expected TABLE=COUNT, COUNT from 0 to 999999999999, got 'customers=-1'" \
  -- seed --db "sqlite:$dir/d.db" --rows customers=-1 >/dev/null
expect 2 'unknown argument' -- seed --db "sqlite:$dir/d.db" --frobnicate >/dev/null
# Children per parent: a shape fills; a malformed one is a usage error.
expect 0 'orders: 60 rows' -- seed --db "sqlite:$dir/k.db" --schema "$schema" --rows 20 \
  --rows orders=60 --rows order_lines=0 --children orders.customer_id=fixed:3 >/dev/null
expect 2 "seed: --children: children per parent: \"uniform:9-2\" is not one of fixed:N" \
  -- seed --db "sqlite:$dir/k2.db" --children orders.customer_id=uniform:9-2 >/dev/null
expect 2 "seed: --children: expected TABLE.COLUMN=SHAPE, got 'fixed:3'" \
  -- seed --db "sqlite:$dir/k3.db" --children fixed:3 >/dev/null
# Agreeing keys: a malformed --agree is a usage error, one naming no key a
# data error.
expect 2 "seed: --agree: expected TABLE.COLUMN=COLUMN\\[=PARENT_COLUMN\\], got 'orders.x'" \
  -- seed --db "sqlite:$dir/k4.db" --agree orders.x >/dev/null
expect 1 'generate: --agree orders.status names no foreign key' \
  -- seed --db "sqlite:$dir/k5.db" --schema "$schema" --agree orders.status=customer_id >/dev/null
expect 2 'database URL: a key=value connection string whose value quoted at character 6 has no closing quote' \
  -- seed --db "host='unterminated" >/dev/null
# A password never reaches a message, whatever the URL's fault.
for url in "host=127.0.0.1 port=1 password=S3cretPW bogus=1" \
           "postgresql://user:S3cretPW@127.0.0.1:1/db?bogus=1" \
           "host=127.0.0.1 port=1 password='S3cretPW" \
           "postgresql://user:S3c@retPW@127.0.0.1:1/db" \
           "host=127.0.0.1 port=1 connect_timeout=2 password=S3cretPW"; do
  out=$("$program" seed --db "$url" --rows 1 2>&1)
  case $out in
    *S3c*) fail "seed --db (a URL with a password): the password is in the output: $out" ;;
  esac
done
printf 'CREATE TABLE t (id integer PRIMARY KEY);\nCREATE TABLE oops (;\n' >"$dir/bad.sql"
expect 1 'rolled back: nothing was changed' \
  -- seed --db "sqlite:$dir/e.db" --schema "$dir/bad.sql" >/dev/null
# A failed run leaves no file it created (before, an empty e.db stayed)...
[ -e "$dir/e.db" ] && fail "a failed seed left the file it created: $(ls -l "$dir/e.db")"
# ...and keeps a file that was there, as it was.
printf 'CREATE TABLE kept (id integer PRIMARY KEY);\nINSERT INTO kept VALUES (7);\n' >"$dir/kept.sql"
"$program" seed --db "sqlite:$dir/kept.db" --schema "$dir/kept.sql" --rows 0 >/dev/null 2>&1 ||
  fail "seed --schema kept.sql --rows 0 failed"
before=$(cksum <"$dir/kept.db")
expect 1 'rolled back: nothing was changed' \
  -- seed --db "sqlite:$dir/kept.db" --schema "$dir/bad.sql" >/dev/null
[ -s "$dir/kept.db" ] && [ "$(cksum <"$dir/kept.db")" = "$before" ] ||
  fail "a failed seed changed or removed the file that was there"
# A link at the path is the user's, dangling or not: a failed run keeps it.
ln -s "$dir/target.db" "$dir/link.db"
expect 1 'rolled back: nothing was changed' \
  -- seed --db "sqlite:$dir/link.db" --schema "$dir/bad.sql" >/dev/null
[ -L "$dir/link.db" ] || fail "a failed seed removed the link it was given"
# Nothing to fill is an error, not a success of 0 rows.
expect 1 'the database has no tables to fill; give their CREATE TABLEs with --schema FILE.sql' \
  -- seed --db "sqlite:$dir/e.db" --rows 5 >/dev/null
# The usage hint names every flag.
expect 2 'expected --db URL .*--children TABLE.COLUMN=SHAPE.*--agree TABLE.COLUMN=COLUMN' \
  -- seed --db "sqlite:$dir/e.db" --bogus >/dev/null
# seed loads its own rows without SQLite's per-row key lookup, but a schema
# file that writes rows keeps the engine's checks: its orphan is refused.
printf 'CREATE TABLE p (id integer PRIMARY KEY);\nCREATE TABLE c (id integer PRIMARY KEY, p_id integer REFERENCES p (id));\nINSERT INTO c VALUES (1, 99);\n' >"$dir/orphan.sql"
expect 1 'FOREIGN KEY constraint failed.*rolled back: nothing was changed' \
  -- seed --db "sqlite:$dir/o.db" --schema "$dir/orphan.sql" >/dev/null

if [ "$postgresql" = OFF ] || [ "$postgresql" = 0 ] || [ "$postgresql" = FALSE ]; then
  expect 1 'this build of gtest_data has no PostgreSQL driver' \
    -- seed --db "host=127.0.0.1 dbname=x" --rows 1 >/dev/null
elif [ -n "${GTEST_DATA_PG_DSN:-}" ]; then
  for n in 1 2; do
    db="gtest_data_seed_$$_$n"
    pg_databases+=("$db")
    psql "$GTEST_DATA_PG_DSN" -qc "CREATE DATABASE $db" >/dev/null || fail "cannot create $db"
  done
  p1=$(expect 0 'order_lines: 200 rows' -- seed --db "$GTEST_DATA_PG_DSN dbname=${pg_databases[0]}" \
         --schema "$schema" --rows 30 --rows order_lines=200 --seed 7)
  p2=$(expect 0 'order_lines: 200 rows' -- seed --db "$GTEST_DATA_PG_DSN dbname=${pg_databases[1]}" \
         --schema "$schema" --rows 30 --rows order_lines=200 --seed 7)
  [ "$(digests <<<"$p1")" = "$(digests <<<"$p2")" ] || fail "PostgreSQL: same seed, different rows"
  orphans=$(psql "$GTEST_DATA_PG_DSN dbname=${pg_databases[0]}" -Atc \
    "SELECT count(*) FROM order_lines l LEFT JOIN orders o ON o.id = l.order_id WHERE o.id IS NULL")
  [ "$orphans" = 0 ] || fail "PostgreSQL: $orphans order lines without their order"
elif [ -n "${CI:-}" ] && [ "${CI}" != false ]; then
  fail "GTEST_DATA_PG_DSN is not set; CI must reach the test server"
fi

if [ -s "$dir/failures" ]; then
  echo "$(wc -l <"$dir/failures") check(s) failed"
  exit 1
fi
echo "all checks passed"
