#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 (pg_trgm, unaccent) + PgBouncer (transaction pooling) on loopback.
#
#   scripts/services/pg-up.sh [BASE_DIR]
#
# Runs as root; the daemons run as the `postgres` user (both refuse root). Installs
# postgresql-15, postgresql-contrib and pgbouncer with apt-get when missing.
#
# Environment (all optional):
#   PG_BASE        base dir when no argument is given (default: a fresh `mktemp -d`)
#   PGPORT         PostgreSQL port   (default: a free port on 127.0.0.1)
#   PGBPORT        PgBouncer port    (default: a free port on 127.0.0.1)
#   PGB_POOL_SIZE  PgBouncer default_pool_size per (database, user) (default 5)
#   PGB_QUERY_WAIT_TIMEOUT  seconds a client may wait for a server connection (default 10);
#                  PgBouncer retries a failed server login after 1 s (server_login_retry), not 15
#   PGB_MAX_USER_CONN  PgBouncer max_user_connections for the app role (default 80,
#                  keeps PgBouncer under PostgreSQL's max_connections=100)
#   APP_USER / APP_PASS / APP_DB   (default app / apppass / app)
#
# On success prints exactly these lines on stdout (and writes them to $BASE/env):
#   DATABASE_URL=postgres://app:apppass@127.0.0.1:<PGBPORT>/app        (through PgBouncer)
#   DIRECT_DATABASE_URL=postgres://app:apppass@127.0.0.1:<PGPORT>/app  (straight to PostgreSQL)
#   PG_BASE=<dir>
# Everything else goes to stderr or to log files in the base dir. Stop with pg-down.sh <dir>.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { echo "pg-up: $*" >&2; }

# --- packages -----------------------------------------------------------------------------
need=()
for p in postgresql-15 postgresql-contrib pgbouncer; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  log "installing ${need[*]}"
  # the lock keeps concurrent *-up.sh scripts from racing for dpkg's lock
  flock /var/lock/egoejo-services-apt.lock sh -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' sh "${need[@]}" >&2
fi

PGBIN=/usr/lib/postgresql/15/bin
APP_USER=${APP_USER:-app}
APP_PASS=${APP_PASS:-apppass}
APP_DB=${APP_DB:-app}
POOL_SIZE=${PGB_POOL_SIZE:-5}
# How long a client may wait for a server connection before PgBouncer answers with an error (PgBouncer's
# default is 120 s): while PostgreSQL is down, clients then get a quick error (the app answers 503).
QUERY_WAIT_TIMEOUT=${PGB_QUERY_WAIT_TIMEOUT:-10}
MAX_USER_CONN=${PGB_MAX_USER_CONN:-80}

# --- base dir -----------------------------------------------------------------------------
BASE=${1:-${PG_BASE:-}}
if [[ -z "$BASE" ]]; then
  BASE=$(mktemp -d "${TMPDIR:-/tmp}/egoejo-pg.XXXXXX")
else
  mkdir -p "$BASE"
  if [[ -n "$(ls -A "$BASE")" ]]; then
    if [[ -f "$BASE/.egoejo-pg" ]]; then
      log "reusing $BASE: stopping what ran there and wiping it"
      "$(dirname "$0")/pg-down.sh" "$BASE" >&2 || true
      mkdir -p "$BASE"
    else
      log "refusing: $BASE exists, is not empty and was not made by pg-up.sh"
      exit 1
    fi
  fi
fi
BASE=$(cd "$BASE" && pwd)
touch "$BASE/.egoejo-pg"

# --- ports --------------------------------------------------------------------------------
# Two distinct free ports, held open together while picking so they differ.
free_ports() {
  node -e '
    const net = require("net"); const n = Number(process.argv[1]); const servers = [];
    (function next() {
      if (servers.length === n) { console.log(servers.map(s => s.address().port).join(" ")); servers.forEach(s => s.close()); return; }
      const s = net.createServer(); s.listen(0, "127.0.0.1", () => { servers.push(s); next(); });
    })();' "$1"
}
if [[ -z "${PGPORT:-}" || -z "${PGBPORT:-}" ]]; then
  read -r p1 p2 < <(free_ports 2)
  PGPORT=${PGPORT:-$p1}
  [[ "$p2" == "$PGPORT" ]] && p2=$p1
  PGBPORT=${PGBPORT:-$p2}
fi

# --- clean up whatever was started if anything below fails ----------------------------------
cleanup_on_error() {
  local rc=$?
  log "failed (exit $rc); logs in $BASE:"
  tail -n 20 "$BASE"/pg.log "$BASE"/pgb/pgbouncer.log 2>/dev/null >&2 || true
  "$(dirname "$0")/pg-down.sh" "$BASE" >&2 || true
  exit "$rc"
}
trap cleanup_on_error ERR

mkdir -p "$BASE/pgb"
chown -R postgres:postgres "$BASE"
chmod 700 "$BASE"
if ! runuser -u postgres -- test -w "$BASE"; then
  log "the postgres user cannot reach $BASE (a parent directory is closed); choose a base under /tmp"
  false
fi

# --- PostgreSQL ---------------------------------------------------------------------------
runuser -u postgres -- "$PGBIN/initdb" -D "$BASE/data" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$BASE/initdb.log" 2>&1
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$BASE/data" -l "$BASE/pg.log" -w -t 60 -o \
  "-p $PGPORT -k $BASE -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >"$BASE/pg_ctl.log" 2>&1

psql -h "$BASE" -p "$PGPORT" -U postgres -d postgres -X -v ON_ERROR_STOP=1 -q >&2 <<SQL
CREATE ROLE "$APP_USER" LOGIN CREATEDB PASSWORD '$APP_PASS';
CREATE DATABASE "$APP_DB" OWNER "$APP_USER";
SQL
# pg_trgm and unaccent are trusted extensions (PG13+): the database owner may create them.
PGPASSWORD="$APP_PASS" psql "host=127.0.0.1 port=$PGPORT dbname=$APP_DB user=$APP_USER" -X -v ON_ERROR_STOP=1 -q \
  -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' -c 'CREATE EXTENSION IF NOT EXISTS unaccent' >&2

# --- PgBouncer ----------------------------------------------------------------------------
SECRET=$(psql -h "$BASE" -p "$PGPORT" -U postgres -d postgres -X -Atc \
  "SELECT rolpassword FROM pg_authid WHERE rolname='$APP_USER'")
printf '"%s" "%s"\n' "$APP_USER" "$SECRET" >"$BASE/pgb/userlist.txt"
cat >"$BASE/pgb/pgbouncer.ini" <<INI
[databases]
; any database name falls through to the local server, so tests can CREATE DATABASE per file
; (through DIRECT_DATABASE_URL) and then reach it through PgBouncer
* = host=127.0.0.1 port=$PGPORT

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBPORT
unix_socket_dir = $BASE/pgb
auth_type = scram-sha-256
auth_file = $BASE/pgb/userlist.txt
admin_users = $APP_USER
stats_users = $APP_USER
pool_mode = transaction
default_pool_size = $POOL_SIZE
max_client_conn = 2000
max_user_connections = $MAX_USER_CONN
; close idle server connections soon, so a finished test database frees its slots
server_idle_timeout = 10
query_wait_timeout = $QUERY_WAIT_TIMEOUT
server_login_retry = 1
ignore_startup_parameters = extra_float_digits,options
logfile = $BASE/pgb/pgbouncer.log
pidfile = $BASE/pgb/pgbouncer.pid
INI
chown -R postgres:postgres "$BASE/pgb"
chmod 600 "$BASE/pgb/userlist.txt"
runuser -u postgres -- pgbouncer -d "$BASE/pgb/pgbouncer.ini" >"$BASE/pgb/pgbouncer.stdout" 2>&1
ok=0
for _ in $(seq 1 100); do
  if pg_isready -q -h 127.0.0.1 -p "$PGBPORT" -d "$APP_DB"; then ok=1; break; fi
  sleep 0.1
done
((ok)) || { log "PgBouncer did not answer on port $PGBPORT"; false; }

# --- check the path the app uses: PgBouncer -> PostgreSQL with pg_trgm ------------------------
check=$(PGPASSWORD="$APP_PASS" psql "host=127.0.0.1 port=$PGBPORT dbname=$APP_DB user=$APP_USER" -X -Atc \
  "select similarity('biodynamie','biodynamique') > 0")
[[ "$check" == "t" ]] || { log "check through PgBouncer failed: $check"; false; }
trap - ERR

DATABASE_URL="postgres://$APP_USER:$APP_PASS@127.0.0.1:$PGBPORT/$APP_DB"
DIRECT_DATABASE_URL="postgres://$APP_USER:$APP_PASS@127.0.0.1:$PGPORT/$APP_DB"
{
  echo "DATABASE_URL=$DATABASE_URL"
  echo "DIRECT_DATABASE_URL=$DIRECT_DATABASE_URL"
  echo "PG_BASE=$BASE"
} | tee "$BASE/env"
