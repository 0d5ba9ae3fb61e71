#!/usr/bin/env bash
# Runs a PostgreSQL test command only when the test server is known:
#   needs_postgres.sh COMMAND [ARG...]
# Without GTEST_DATA_PG_DSN it exits 77 (ctest's SKIP_RETURN_CODE) on a
# developer machine and 1 under CI, where the server must be reachable.
# The command sees the variable and may use it ("$GTEST_DATA_PG_DSN").
if [ -z "${GTEST_DATA_PG_DSN:-}" ]; then
  echo "GTEST_DATA_PG_DSN is not set; scripts/test.sh starts a server"
  if [ -n "${CI:-}" ] && [ "${CI}" != false ]; then exit 1; fi
  exit 77
fi
exec "$@"
