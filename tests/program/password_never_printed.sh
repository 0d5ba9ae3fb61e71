#!/usr/bin/env bash
# A suite run with a --data_db that holds a password never writes the
# password: not to stdout or stderr, not into the data-usage report (JSON or
# HTML), not into the GoogleTest XML. The database is unreachable (port 1),
# so every DbTest fails, with the reason and a replay line that carries
# --data_db with the password redacted.
#
# With `connected`, the same against the test server (GTEST_DATA_PG_DSN, run
# through tests/infra/needs_postgres.sh) with a password added: the run
# passes, and the lines that name its database show no password either.
#
#   password_never_printed.sh TEST_BINARY [connected]
set -uo pipefail
binary=$1
mode=${2:-unreachable}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
status=0
if [ "$mode" = connected ]; then
  if [ -z "${GTEST_DATA_PG_DSN:-}" ]; then
    echo "GTEST_DATA_PG_DSN is not set; scripts/test.sh starts a server"
    if [ -n "${CI:-}" ] && [ "${CI}" != false ]; then exit 1; fi
    # ctest reads 77 as skipped; Bazel has no such code.
    if [ -n "${TEST_SRCDIR:-}" ]; then exit 0; fi
    exit 77
  fi
  urls=("$GTEST_DATA_PG_DSN password=S3cretPW")
else
  urls=("host=127.0.0.1 port=1 connect_timeout=2 user=ann password=S3cretPW dbname=shop"
        "postgresql://ann:S3cretPW@127.0.0.1:1/shop?connect_timeout=2"
        "postgresql://ann:S3cret%40PW@127.0.0.1:1/shop?connect_timeout=2"
        # A secret's keyword misspelt, or one libpq has besides password.
        "host=127.0.0.1 port=1 connect_timeout=2 PASSWORD=S3cretPW"
        "postgresql://ann@127.0.0.1:1/shop?connect_timeout=2&Password=S3cretPW"
        "host=127.0.0.1 port=1 connect_timeout=2 sslpassword=S3cretPW")
fi
for url in "${urls[@]}"; do
  rm -f "$dir"/*
  "$binary" --data_db="$url" --data_report="$dir/report.json" \
    --gtest_output="xml:$dir/results.xml" >"$dir/out.txt" 2>&1
  code=$?
  if [ "$mode" = connected ]; then
    if [ "$code" != 0 ]; then
      echo "FAIL: the run against the test server failed (exit $code):"
      grep -v S3cret "$dir/out.txt" | tail -n 20
      status=1
    fi
    if ! grep -q 'password=\*\*\*' "$dir/out.txt"; then
      echo "FAIL: the run does not name its database (redacted):"
      grep -m 3 'gtest_data' "$dir/out.txt"
      status=1
    fi
  elif [ "$code" = 0 ]; then
    echo "FAIL: $url: the run passed although its database is unreachable"
    status=1
  fi
  for f in "$dir"/out.txt "$dir"/report.json "$dir"/report.html "$dir"/results.xml; do
    if [ ! -s "$f" ]; then
      echo "FAIL: $url: $(basename "$f") was not written"
      status=1
    elif grep -q 'S3cret' "$f"; then
      echo "FAIL: $url: the password is in $(basename "$f"):"
      grep -n 'S3cret' "$f" | head -n 5
      status=1
    fi
  done
  if [ "$mode" = connected ]; then continue; fi
  if ! grep -q -- "--data_db=.*\*\*\*.*# the --data_db password is shown as \*\*\*" "$dir/out.txt"; then
    echo "FAIL: $url: no replay line with the redacted --data_db and its note:"
    grep -m 3 REPLAY "$dir/out.txt"
    status=1
  fi
done
[ "$status" = 0 ] && echo "ok: no password in output, report, page or XML; replay lines carry --data_db redacted"
exit "$status"
