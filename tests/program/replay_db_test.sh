#!/usr/bin/env bash
# A failing DbTest's replay line reruns exactly it, on the same database
# and schema files, with the same data: run a test that fails on purpose
# (RollbackTest.FailsOnPurposeWhenAsked, with GTEST_DATA_TEST_FAIL_ON_PURPOSE
# set) with --data_db=sqlite:FILE and a --data_schema file, take its
# [  REPLAY  ] line, run that line, and compare the failures: the same
# seed, the same generated person, the schema file's table there.
#
#   replay_db_test.sh TEST_BINARY
set -uo pipefail
binary=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

echo "CREATE TABLE replay_probe (x INTEGER);" >"$dir/probe.sql"
export GTEST_DATA_TEST_FAIL_ON_PURPOSE=1
out=$("$binary" --gtest_filter=RollbackTest.FailsOnPurposeWhenAsked --data_seed=9 \
  --data_db="sqlite:$dir/run.db" --data_schema="$dir/probe.sql" 2>&1)
code=$?
[ "$code" = 1 ] || fail "the test did not fail (exit $code): $out"
line=$(printf '%s\n' "$out" | sed -n 's/^\[  REPLAY  \] //p')
[ -n "$line" ] || fail "no replay line in: $out"
for want in "--gtest_filter=RollbackTest.FailsOnPurposeWhenAsked" "--data_seed=9" \
            "--data_db=sqlite:$dir/run.db" "--data_schema=$dir/probe.sql"; do
  case "$line" in
    *"$want"*) ;;
    *) fail "the replay line lacks $want: $line" ;;
  esac
done
first=$(printf '%s\n' "$out" | grep -o 'on purpose: .*')
case "$first" in
  *"replay_probe rows 0"*) ;;
  *) fail "the first run did not see the schema file's table: $first" ;;
esac
# A sqlite:PATH file is kept after a run (schema and baseline committed);
# the rerun starts from a fresh one, as a user's would.
rm -f "$dir/run.db"
again=$(eval "$line" 2>&1)
second=$(printf '%s\n' "$again" | grep -o 'on purpose: .*')
[ -n "$second" ] || fail "the replay line did not rerun the test: $again"
[ "$first" = "$second" ] || fail "the rerun saw other data: '$first' then '$second'"
[ "$status" = 0 ] && echo "ok: the replay line reran the test with the same data: $second"
exit "$status"
