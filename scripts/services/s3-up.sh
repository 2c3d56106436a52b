#!/usr/bin/env bash
# Start a throwaway S3-compatible server on loopback: OpenStack Swift (proxy with s3api + tempauth,
# object, container and account servers, one disk) plus memcached (tempauth needs it). It checks
# signatures like S3 does. Then creates a bucket and verifies put/get/delete and that a wrong secret
# is refused (s3-make-bucket.mjs, which needs `npm ci` to have run: it uses @aws-sdk/client-s3).
#
#   scripts/services/s3-up.sh [BASE_DIR]
#
# Runs as root; installs swift swift-proxy swift-object swift-account swift-container memcached
# with apt-get when missing. The Swift servers run with Debian's /usr/bin/python3 (a pyenv python
# first on PATH has no `swift` module); memcached runs as the `memcache` user.
# Environment (all optional):
#   S3_BASE         base dir when no argument is given (default: a fresh `mktemp -d`)
#   S3_PORT         S3 endpoint (Swift proxy) port (default: a free port on 127.0.0.1)
#   S3_BUCKET       bucket to create (default egoejo-test)
#   The object/container/account servers and memcached get free ports of their own.
# On success prints exactly these lines on stdout (and writes them to $BASE/env):
#   S3_ENDPOINT=http://127.0.0.1:<port>
#   S3_ACCESS_KEY_ID=test:tester
#   S3_SECRET_ACCESS_KEY=testing
#   S3_BUCKET=egoejo-test
#   S3_BASE=<dir>
# Region us-east-1, path-style addressing. Logs in $BASE/log. Stop with s3-down.sh <dir>.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { echo "s3-up: $*" >&2; }
HERE=$(cd "$(dirname "$0")" && pwd)

need=()
for p in swift swift-proxy swift-object swift-account swift-container memcached; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  log "installing ${need[*]}"
  flock /var/lock/egoejo-services-apt.lock sh -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' sh "${need[@]}" >&2
fi

ACCESS_KEY=test:tester
SECRET_KEY=testing
BUCKET=${S3_BUCKET:-egoejo-test}

BASE=${1:-${S3_BASE:-}}
if [[ -z "$BASE" ]]; then
  BASE=$(mktemp -d "${TMPDIR:-/tmp}/egoejo-s3.XXXXXX")
else
  mkdir -p "$BASE"
  if [[ -n "$(ls -A "$BASE")" ]]; then
    if [[ -f "$BASE/.egoejo-s3" ]]; then
      log "reusing $BASE: stopping what ran there and wiping it"
      "$HERE/s3-down.sh" "$BASE" >&2 || true
      mkdir -p "$BASE"
    else
      log "refusing: $BASE exists, is not empty and was not made by s3-up.sh"
      exit 1
    fi
  fi
fi
BASE=$(cd "$BASE" && pwd)
touch "$BASE/.egoejo-s3"
mkdir -p "$BASE/etc" "$BASE/node/d1" "$BASE/run" "$BASE/log"

# five distinct free ports, held open together while picking
read -r P_PROXY P_OBJ P_CONT P_ACC P_MC < <(node -e '
  const net = require("net"); const servers = [];
  (function next() {
    if (servers.length === 5) { console.log(servers.map(s => s.address().port).join(" ")); servers.forEach(s => s.close()); return; }
    const s = net.createServer(); s.listen(0, "127.0.0.1", () => { servers.push(s); next(); });
  })();')
if [[ -n "${S3_PORT:-}" ]]; then
  for v in P_OBJ P_CONT P_ACC P_MC; do [[ "${!v}" == "$S3_PORT" ]] && printf -v "$v" '%s' "$P_PROXY"; done
  P_PROXY=$S3_PORT
fi

cleanup_on_error() {
  local rc=$?
  log "failed (exit $rc); last log lines:"
  tail -n 15 "$BASE"/log/*.log >&2 2>/dev/null || true
  "$HERE/s3-down.sh" "$BASE" >&2 || true
  exit "$rc"
}
trap cleanup_on_error ERR

# --- rings and server configs (one replica, one device) --------------------------------------
# The three rings are built in one python process (swift-ring-builder would take ~3 s for 9 calls);
# the result is what `swift-ring-builder X.builder create 6 1 1; add r1z1-127.0.0.1:PORT/d1 1;
# rebalance` writes.
cd "$BASE/etc"
/usr/bin/python3 - "$P_OBJ" "$P_CONT" "$P_ACC" <<'PY'
import sys
from swift.common.ring import RingBuilder
for name, port in zip(('object', 'container', 'account'), map(int, sys.argv[1:4])):
    b = RingBuilder(6, 1, 1)
    b.add_dev({'region': 1, 'zone': 1, 'ip': '127.0.0.1', 'port': port, 'device': 'd1', 'weight': 1.0,
               'meta': '', 'replication_ip': '127.0.0.1', 'replication_port': port})
    b.rebalance()
    b.get_ring().save(name + '.ring.gz')
    b.save(name + '.builder')
PY
for svc in object container account; do
  case $svc in object) port=$P_OBJ ;; container) port=$P_CONT ;; account) port=$P_ACC ;; esac
  cat >"$svc-server.conf" <<INI
[DEFAULT]
devices = $BASE/node
mount_check = false
bind_ip = 127.0.0.1
bind_port = $port
workers = 1
user = root
swift_dir = $BASE/etc
log_name = $svc-server
[pipeline:main]
pipeline = $svc-server
[app:$svc-server]
use = egg:swift#$svc
INI
done
cat >proxy-server.conf <<INI
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $P_PROXY
workers = 1
user = root
swift_dir = $BASE/etc
log_name = proxy-server
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk tempurl s3api tempauth copy slo dlo proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = $SECRET_KEY .admin
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:$P_MC
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
INI
cd "$BASE"

# --- start: each daemon in its own session (setsid), so s3-down.sh can stop it and its workers
# with one signal to the process group. memcached refuses root without -u.
setsid memcached -u memcache -l 127.0.0.1 -p "$P_MC" -m 32 </dev/null >"$BASE/log/memcached.log" 2>&1 &
echo $! >"$BASE/run/memcached.pid"
# -v: log to the console (here: $BASE/log/*.log) as well as to syslog, which this machine lacks
for svc in object container account proxy; do
  setsid /usr/bin/python3 "/usr/bin/swift-$svc-server" "$BASE/etc/$svc-server.conf" -v \
    </dev/null >"$BASE/log/$svc.log" 2>&1 &
  echo $! >"$BASE/run/$svc.pid"
done
echo "$P_PROXY" >"$BASE/run/port"

ok=0
for _ in $(seq 1 300); do   # up to ~30 s
  if curl -sf "http://127.0.0.1:$P_PROXY/healthcheck" >/dev/null 2>&1; then ok=1; break; fi
  for svc in memcached object container account proxy; do
    kill -0 "$(cat "$BASE/run/$svc.pid")" 2>/dev/null || { log "$svc exited early"; false; }
  done
  sleep 0.1
done
((ok)) || { log "Swift proxy did not answer /healthcheck on port $P_PROXY"; false; }

ENDPOINT="http://127.0.0.1:$P_PROXY"
S3_ENDPOINT=$ENDPOINT S3_ACCESS_KEY_ID=$ACCESS_KEY S3_SECRET_ACCESS_KEY=$SECRET_KEY S3_BUCKET=$BUCKET \
  node --no-warnings "$HERE/s3-make-bucket.mjs" >&2   # no-warnings: the SDK's "Node 22 from 2027" notice
trap - ERR

{
  echo "S3_ENDPOINT=$ENDPOINT"
  echo "S3_ACCESS_KEY_ID=$ACCESS_KEY"
  echo "S3_SECRET_ACCESS_KEY=$SECRET_KEY"
  echo "S3_BUCKET=$BUCKET"
  echo "S3_BASE=$BASE"
} | tee "$BASE/env"
