#!/usr/bin/env bash
# Start a throwaway nginx on loopback, load balancing HTTP and WebSocket (/ws) over server processes.
#
#   UPSTREAMS="127.0.0.1:8081 127.0.0.1:8082" scripts/services/nginx-up.sh [BASE_DIR]
#
# Runs as root (workers run as www-data). Installs nginx-light with apt-get when nginx is missing.
# Environment: UPSTREAMS (required, space-separated host:port), NGINX_PORT (default: a free port),
# NGINX_BASE (base dir when no argument is given; default a fresh mktemp -d).
# Prints on stdout (and writes to $BASE/env):
#   NGINX_URL=http://127.0.0.1:<port>
#   NGINX_BASE=<dir>
# The access log ($BASE/access.log) has the upstream of every request: `upstream=<host:port>`.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
log() { echo "nginx-up: $*" >&2; }

[[ -n "${UPSTREAMS:-}" ]] || { log "UPSTREAMS is required (space-separated host:port)"; exit 2; }
if ! command -v nginx >/dev/null 2>&1; then
  log "installing nginx-light"
  flock /var/lock/egoejo-services-apt.lock sh -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends nginx-light' >&2
fi

BASE=${1:-${NGINX_BASE:-}}
if [[ -z "$BASE" ]]; then
  BASE=$(mktemp -d "${TMPDIR:-/tmp}/egoejo-nginx.XXXXXX")
else
  [[ -f "$BASE/.egoejo-nginx" ]] && "$(dirname "$0")/nginx-down.sh" "$BASE" >&2 || true
  mkdir -p "$BASE"
fi
BASE=$(cd "$BASE" && pwd)
touch "$BASE/.egoejo-nginx"
mkdir -p "$BASE/tmp"
chmod 755 "$BASE"; chown -R www-data "$BASE/tmp"

PORT=${NGINX_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}

servers=""
for u in $UPSTREAMS; do servers+="    server $u max_fails=1 fail_timeout=2s;"$'\n'; done

cat > "$BASE/nginx.conf" <<CONF
user www-data;
worker_processes 1;
pid $BASE/nginx.pid;
error_log $BASE/error.log warn;
events { worker_connections 4096; }
http {
  log_format upstreamlog '\$remote_addr "\$request" \$status upstream=\$upstream_addr rt=\$request_time';
  access_log $BASE/access.log upstreamlog;
  client_body_temp_path $BASE/tmp/body;
  proxy_temp_path $BASE/tmp/proxy;
  fastcgi_temp_path $BASE/tmp/fastcgi;
  uwsgi_temp_path $BASE/tmp/uwsgi;
  scgi_temp_path $BASE/tmp/scgi;
  client_max_body_size 20m;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream egoejo {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$PORT;
    location /ws {
      proxy_pass http://egoejo;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_read_timeout 120s;
    }
    location / {
      proxy_pass http://egoejo;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # Retry another process only when this one is gone (refused, reset, timed out). A 503 is the
      # app saying a dependency is down: pass it on rather than mark every upstream as failed.
      proxy_next_upstream error timeout;
    }
  }
}
CONF

nginx -t -c "$BASE/nginx.conf" -p "$BASE" >"$BASE/nginx-t.log" 2>&1 || { cat "$BASE/nginx-t.log" >&2; exit 1; }
nginx -c "$BASE/nginx.conf" -p "$BASE"
for _ in $(seq 1 50); do [[ -s "$BASE/nginx.pid" ]] && break; sleep 0.1; done
{
  echo "NGINX_URL=http://127.0.0.1:$PORT"
  echo "NGINX_BASE=$BASE"
} | tee "$BASE/env"
