#!/usr/bin/env bash
# Stop the PostgreSQL + PgBouncer started by pg-up.sh and remove its base dir.
#   scripts/services/pg-down.sh <BASE_DIR>      (or PG_BASE=<dir> scripts/services/pg-down.sh)
set -uo pipefail
BASE=${1:-${PG_BASE:-}}
if [[ -z "$BASE" ]]; then echo "usage: pg-down.sh <base dir> (or set PG_BASE)" >&2; exit 2; fi
if [[ ! -d "$BASE" ]]; then echo "pg-down: $BASE does not exist, nothing to stop" >&2; exit 0; fi
if [[ ! -f "$BASE/.egoejo-pg" ]]; then echo "pg-down: $BASE was not made by pg-up.sh; not touching it" >&2; exit 1; fi

# a pid is alive if it exists and is not a zombie (here pid 1 reaps orphans only about once a second)
alive() {
  local st
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n "$st" && "$st" != Z ]]
}
# wait until pid $1 is gone (up to ~10 s), then SIGKILL it
wait_gone() {
  local pid=$1
  for _ in $(seq 1 200); do alive "$pid" || return 0; sleep 0.05; done
  kill -KILL "$pid" 2>/dev/null || true
}

if [[ -f "$BASE/pgb/pgbouncer.pid" ]]; then
  pid=$(cat "$BASE/pgb/pgbouncer.pid")
  if [[ -n "$pid" ]] && alive "$pid"; then kill -TERM "$pid" && wait_gone "$pid"; fi
fi

if [[ -f "$BASE/data/postmaster.pid" ]]; then
  pid=$(head -n1 "$BASE/data/postmaster.pid")
  if [[ -n "$pid" ]] && alive "$pid"; then
    # immediate: nothing to keep (fsync is off anyway), and it is quickest
    runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$BASE/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || kill -QUIT "$pid" 2>/dev/null || true
    wait_gone "$pid"
  fi
fi

rm -rf "$BASE"
