#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, with a throwaway PostgreSQL for the
# server tests: the fast suite, then the slow one (real server processes, the randomised
# multi-laptop sync model with its fixed seeds, the GUI stress test).
# Usage: scripts/test.sh [--fast] [pytest arguments]   (--fast: skip the slow suite)
set -euo pipefail
cd "$(dirname "$0")/.."

fast_only=0
if [ "${1:-}" = "--fast" ]; then fast_only=1; shift; fi
scripts/setup.sh --with-test-tools

export QT_QPA_PLATFORM=offscreen
export DBUS_SESSION_BUS_ADDRESS=disabled:

# A throwaway PostgreSQL cluster on 127.0.0.1 (no init system needed), unless one is given.
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ -z "${BIOX_TEST_PG_URL:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    pg_dir=$(mktemp -d /tmp/biox-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
    port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    run_pg "$pg_bin/initdb" -D "$pg_dir/data" --auth=trust --no-sync -U postgres >/dev/null
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c full_page_writes=off" \
      start >/dev/null
    export BIOX_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    echo "Throwaway PostgreSQL on 127.0.0.1:$port"
  else
    echo "PostgreSQL binaries not found: the PostgreSQL tests will be skipped" >&2
  fi
fi

.venv/bin/ruff check . --quiet
echo "ruff: clean"
.venv/bin/python -m pytest "$@"
[ $fast_only = 1 ] && exit 0
echo "== slow suite =="
set +e
.venv/bin/python -m pytest -m slow "$@"
code=$?
set -e
[ $code = 5 ] && code=0  # none of the chosen tests is slow
exit $code
