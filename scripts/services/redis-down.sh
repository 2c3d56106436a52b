#!/usr/bin/env bash
# Stop the Redis started by redis-up.sh and remove its base dir.
#   scripts/services/redis-down.sh <BASE_DIR>      (or REDIS_BASE=<dir> scripts/services/redis-down.sh)
set -uo pipefail
BASE=${1:-${REDIS_BASE:-}}
if [[ -z "$BASE" ]]; then echo "usage: redis-down.sh <base dir> (or set REDIS_BASE)" >&2; exit 2; fi
if [[ ! -d "$BASE" ]]; then echo "redis-down: $BASE does not exist, nothing to stop" >&2; exit 0; fi
if [[ ! -f "$BASE/.egoejo-redis" ]]; then echo "redis-down: $BASE was not made by redis-up.sh; not touching it" >&2; exit 1; fi

alive() {  # exists and is not a zombie
  local st
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n "$st" && "$st" != Z ]]
}
if [[ -f "$BASE/redis.pid" ]]; then
  pid=$(cat "$BASE/redis.pid")
  if [[ -n "$pid" ]] && alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 200); do alive "$pid" || break; sleep 0.05; done
    alive "$pid" && kill -KILL "$pid" 2>/dev/null
  fi
fi
rm -rf "$BASE"
