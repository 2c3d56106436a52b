#!/usr/bin/env bash
# Stop the nginx started by nginx-up.sh in BASE and remove BASE.
set -euo pipefail
BASE=${1:?usage: nginx-down.sh BASE_DIR}
[[ -f "$BASE/.egoejo-nginx" ]] || { echo "nginx-down: $BASE was not made by nginx-up.sh" >&2; exit 1; }
if [[ -s "$BASE/nginx.pid" ]]; then
  pid=$(cat "$BASE/nginx.pid")
  kill -QUIT "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
fi
rm -rf "$BASE"
