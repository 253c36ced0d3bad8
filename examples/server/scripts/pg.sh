# Sourced by scripts/test-server.sh: a private PostgreSQL server under target/, as the
# `postgres` user (initdb refuses root), on its own port and socket directory.
#   pg_start DIR PORT   initialises DIR if needed and starts the server
#   pg_stop             stops it (fast shutdown); pg_kill: SIGKILL of the postmaster (crash)
#   pg_url DB           postgres://postgres@127.0.0.1:PORT/DB (created if missing)

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_start() {
    PGDIR=$1 PGPORT=$2
    mkdir -p "$PGDIR"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDIR"; fi
    if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
        as_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres --no-sync -E UTF8 >"$PGDIR/initdb.log"
    fi
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
        -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null
}

pg_stop() {
    [ -n "${PGDIR:-}" ] && [ -f "$PGDIR/data/postmaster.pid" ] \
        && as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

pg_kill() {
    local pid
    pid=$(head -1 "$PGDIR/data/postmaster.pid")
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

pg_psql() { as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

pg_url() {
    local db=$1
    if [ "$(pg_psql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
        pg_psql -d postgres -c "CREATE DATABASE $db" >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$PGPORT/$db"
}
