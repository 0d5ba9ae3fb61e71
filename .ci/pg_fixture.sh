#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, on loopback only.
#
#   .ci/pg_fixture.sh start DIR PORT   initdb into DIR and start on 127.0.0.1:PORT
#   .ci/pg_fixture.sh stop  DIR PORT   stop it and remove DIR
#
# The server trusts local connections as user "postgres"; it is for tests,
# never for data anyone keeps: fsync and synchronous commit are off.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 start|stop DIR PORT" >&2; exit 2; }
cmd=$1 dir=$2 port=$3
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$PGBIN/initdb" ] || { echo "pg_fixture: no PostgreSQL server binaries (install postgresql-15)" >&2; exit 1; }
# initdb refuses to run as root; run the server as the postgres user then.
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
start)
  if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; then
    echo "pg_fixture: something already answers on 127.0.0.1:$port" >&2
    exit 1
  fi
  rm -rf "$dir"; mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  run "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C \
      --no-sync --no-instructions >"$dir/initdb.log"
  run "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 ;;
stop)
  if [ -d "$dir/data" ]; then
    run "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir" ;;
*) echo "usage: $0 start|stop DIR PORT" >&2; exit 2 ;;
esac
