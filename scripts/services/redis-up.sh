#!/usr/bin/env bash
# Start a throwaway Redis (no persistence) on loopback, daemonized, as the `redis` user.
#
#   scripts/services/redis-up.sh [BASE_DIR]
#
# Installs Debian's redis-server with apt-get when missing.
# Environment (optional): REDIS_BASE (base dir when no argument; default a fresh `mktemp -d`),
#                         REDIS_PORT (default: a free port on 127.0.0.1).
# On success prints exactly these lines on stdout (and writes them to $BASE/env):
#   REDIS_URL=redis://127.0.0.1:<port>
#   REDIS_BASE=<dir>
# Logs go to $BASE/redis.log. Stop with redis-down.sh <dir>.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { echo "redis-up: $*" >&2; }

if ! dpkg -s redis-server >/dev/null 2>&1; then
  log "installing redis-server"
  flock /var/lock/egoejo-services-apt.lock sh -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server' >&2
fi

BASE=${1:-${REDIS_BASE:-}}
if [[ -z "$BASE" ]]; then
  BASE=$(mktemp -d "${TMPDIR:-/tmp}/egoejo-redis.XXXXXX")
else
  mkdir -p "$BASE"
  if [[ -n "$(ls -A "$BASE")" ]]; then
    if [[ -f "$BASE/.egoejo-redis" ]]; then
      log "reusing $BASE: stopping what ran there and wiping it"
      "$(dirname "$0")/redis-down.sh" "$BASE" >&2 || true
      mkdir -p "$BASE"
    else
      log "refusing: $BASE exists, is not empty and was not made by redis-up.sh"
      exit 1
    fi
  fi
fi
BASE=$(cd "$BASE" && pwd)
touch "$BASE/.egoejo-redis"

PORT=${REDIS_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}

cleanup_on_error() {
  local rc=$?
  log "failed (exit $rc)"
  tail -n 20 "$BASE/redis.log" >&2 2>/dev/null || true
  "$(dirname "$0")/redis-down.sh" "$BASE" >&2 || true
  exit "$rc"
}
trap cleanup_on_error ERR

# run as the redis user when it exists (the package creates it); Redis would also run as root
RUN=()
if id redis >/dev/null 2>&1; then chown redis:redis "$BASE"; RUN=(runuser -u redis --); fi
cat >"$BASE/redis.conf" <<CONF
bind 127.0.0.1
port $PORT
protected-mode yes
daemonize yes
pidfile $BASE/redis.pid
logfile $BASE/redis.log
dir $BASE
save ""
appendonly no
CONF
"${RUN[@]}" redis-server "$BASE/redis.conf" </dev/null >/dev/null 2>&1
ok=0
for _ in $(seq 1 100); do
  if [[ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" == PONG ]]; then ok=1; break; fi
  sleep 0.05
done
((ok)) || { log "Redis did not answer on port $PORT"; false; }
trap - ERR

{
  echo "REDIS_URL=redis://127.0.0.1:$PORT"
  echo "REDIS_BASE=$BASE"
} | tee "$BASE/env"
