#!/usr/bin/env bash
# The reference agency back end (examples/server, crate lapor-server): its Rust tests on SQLite
# and on a real PostgreSQL server this script starts, a real Open311 client (PyPI georeport),
# schemathesis against the OpenAPI document, two load runs (SQLite and PostgreSQL) and the fault
# runs (SIGKILL of the server under load, PostgreSQL restarted under load, read-only databases,
# a full disk).
# Runs alone from a clone (`bash scripts/test-server.sh`) or as part of scripts/test.sh.
#
# Installs, only where missing: rustfmt and clippy, PostgreSQL (Debian), python3-venv, and in
# .venv georeport 0.3.1, schemathesis 4.x and pytest. PostgreSQL runs as the `postgres` user on a
# private port with its data under target/server-test, and is stopped at the end.
#
#   LOAD_SECONDS=60 bash scripts/test-server.sh     # the benchmark run (CI: 20 s per database)
#
# Everything listens on 127.0.0.1 only. Artifacts: target/test-output/server-*.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$ROOT/examples/server/scripts/pg.sh"

LOAD_SECONDS=${LOAD_SECONDS:-20}
LOAD_CLIENTS=${LOAD_CLIENTS:-64}
FAULT_SECONDS=${FAULT_SECONDS:-16}
SCHEMATHESIS_EXAMPLES=${SCHEMATHESIS_EXAMPLES:-40}
WORK="$ROOT/target/server-test"
PG_PORT=${PG_PORT:-55439}
HTTP_PORT=${HTTP_PORT:-18311}
BASE="http://127.0.0.1:$HTTP_PORT"
BIN="$ROOT/target/release/lapor-server"
LOAD="$ROOT/target/release/lapor-server-load"
ADMIN_TOKEN="server-test-national-admin-$$"
AGENCY_TOKEN="server-test-dinkes-dumai-$$"
started_at=$(date +%s)

SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null || true
    [ -n "$SERVER_PID" ] && wait "$SERVER_PID" 2>/dev/null || true
    pg_stop
}
trap cleanup EXIT

# ---------------------------------------------------------------- installs
step "server: checking what it needs"
need_rust_components
need_apt '[ -x "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/initdb" ]' postgresql \
    'command -v curl' curl
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
need_venv
"$PY" -c 'import georeport' 2>/dev/null || "$PY" -m pip install -q "georeport==0.3.1"
"$PY" -c 'import schemathesis, sys; sys.exit(0 if schemathesis.__version__.startswith("4.") else 1)' 2>/dev/null \
    || "$PY" -m pip install -q "schemathesis>=4,<5"
echo "georeport $("$PY" -c 'import importlib.metadata as m; print(m.version("georeport"))'), schemathesis $("$PY" -c 'import schemathesis; print(schemathesis.__version__)'), $("$PGBIN/postgres" --version)"

# ---------------------------------------------------------------- Rust
step "server: cargo fmt --check, clippy -D warnings, rustdoc"
cargo fmt -p lapor-server -- --check
cargo clippy -p lapor-server --all-targets --quiet -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --quiet -p lapor-server --no-deps

step "server: PostgreSQL on 127.0.0.1:$PG_PORT (data in target/server-test/pg)"
PGDIR="$WORK/pg" pg_stop   # a server left by an interrupted run
rm -rf "$WORK"
mkdir -p "$WORK"
pg_start "$WORK/pg" "$PG_PORT"
TEST_URL=$(pg_url lapor_test)

step "server: cargo test (SQLite, and PostgreSQL through DATABASE_URL)"
DATABASE_URL="$TEST_URL" cargo test --quiet -p lapor-server

step "server: release build"
cargo build --quiet --release -p lapor-server

# ---------------------------------------------------------------- a running server
# write_config FILE DATABASE_URL: the tokens the load client, the Python test and schemathesis use.
write_config() {
    cat > "$1" <<EOF
listen = "127.0.0.1:$HTTP_PORT"
database_url = "$2"
clock_interval_ms = 1000

[[tokens]]
token = "$ADMIN_TOKEN"
role = "national_admin"

[[tokens]]
token = "$AGENCY_TOKEN"
role = "agency_admin"
agency = "dinkes-dumai"
EOF
}

# start_server CONFIG LOG: starts the release binary and waits for /healthz.
start_server() {
    LAPOR_CONFIG="$1" RUST_LOG=${RUST_LOG:-warn,sqlx=error} "$BIN" >>"$2" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        curl -sf "$BASE/healthz" >/dev/null 2>&1 && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited, see $2" >&2; tail -20 "$2" >&2; return 1; }
        sleep 0.1
    done
    echo "server did not answer /healthz" >&2
    return 1
}

stop_server() {   # graceful: SIGTERM, then wait
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" || true
    SERVER_PID=""
}

kill_server() {   # a crash: SIGKILL
    kill -KILL "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

step "server: the Open311 client (georeport) against a running server on SQLite"
write_config "$WORK/sqlite.toml" "sqlite://$WORK/clients.db"
: > "$OUT/server-clients.log"
RUST_LOG=info,sqlx=error start_server "$WORK/sqlite.toml" "$OUT/server-clients.log"
(cd "$OUT" && LAPOR_URL="$BASE" LAPOR_ADMIN_TOKEN="$ADMIN_TOKEN" \
    "$PY" -m pytest -q -p no:cacheprovider "$ROOT/examples/server/tests/python/test_open311_client.py")

step "server: schemathesis against /openapi.json ($SCHEMATHESIS_EXAMPLES examples per operation)"
# No 5xx, and every response as the document says (status code, content type, schema); run
# without a token and with the national admin's.
for auth in none admin; do
    header=()
    [ "$auth" = admin ] && header=(-H "Authorization: Bearer $ADMIN_TOKEN")
    (cd "$OUT" && "$ROOT/.venv/bin/schemathesis" run "$BASE/openapi.json" "${header[@]}" \
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
        --max-examples "$SCHEMATHESIS_EXAMPLES" --seed 20261206 --no-color \
        > "$OUT/server-schemathesis-$auth.txt" 2>&1) || { tail -60 "$OUT/server-schemathesis-$auth.txt"; exit 1; }
    tail -12 "$OUT/server-schemathesis-$auth.txt"
done
stop_server
step "server: the log has a line per request and no personal data"
lines=$(grep -c ' request ' "$OUT/server-clients.log" || true)
[ "$lines" -gt 100 ] || { echo "expected request log lines, found $lines" >&2; exit 1; }
# The names, NIK, phone numbers and e-mail addresses the Python test and schemathesis's
# examples filed (the reporters' identities) must not be in the log.
if grep -n -E 'Budi|Santoso|081234567890|budi\.santoso|Jl\. Sudirman|berlubang' "$OUT/server-clients.log"; then
    echo "personal data in the server log" >&2
    exit 1
fi
echo "$lines request lines, no personal data (target/test-output/server-clients.log)"

# ---------------------------------------------------------------- load
# run_load NAME SECONDS [ACKS]: one load run against the running server.
run_load() {
    local name=$1 seconds=$2 acks=${3:-}
    "$LOAD" --url "$BASE" --clients "$LOAD_CLIENTS" --duration "$seconds" \
        --admin-token "$ADMIN_TOKEN" --agency-token "$AGENCY_TOKEN" --agency dinkes-dumai \
        ${acks:+--acks "$acks"} > "$OUT/server-load-$name.txt"
    head -1 "$OUT/server-load-$name.txt"
}

# check_store NAME CONFIG ACKS: the store after the faults (every acknowledged write found, no
# event twice, every case replays to its projection).
check_store() {
    LAPOR_CONFIG="$2" RUST_LOG=warn,sqlx=error "$BIN" verify --acks "$3" | tee "$OUT/server-verify-$1.json"
}

step "server: load on SQLite ($LOAD_CLIENTS clients, ${LOAD_SECONDS} s, 127.0.0.1)"
write_config "$WORK/load-sqlite.toml" "sqlite://$WORK/load.db"
start_server "$WORK/load-sqlite.toml" "$OUT/server-load-sqlite.log"
run_load sqlite "$LOAD_SECONDS" "$WORK/load-sqlite.acks"
stop_server
check_store load-sqlite "$WORK/load-sqlite.toml" "$WORK/load-sqlite.acks" >/dev/null

step "server: load on PostgreSQL ($LOAD_CLIENTS clients, ${LOAD_SECONDS} s, 127.0.0.1)"
write_config "$WORK/load-pg.toml" "$(pg_url lapor_load)"
start_server "$WORK/load-pg.toml" "$OUT/server-load-pg.log"
run_load postgres "$LOAD_SECONDS" "$WORK/load-pg.acks"
stop_server
check_store load-pg "$WORK/load-pg.toml" "$WORK/load-pg.acks" >/dev/null

# ---------------------------------------------------------------- faults
step "server: SIGKILL under load (SQLite): acknowledged writes survive, nothing twice"
write_config "$WORK/fault-sqlite.toml" "sqlite://$WORK/fault.db"
start_server "$WORK/fault-sqlite.toml" "$OUT/server-fault-sqlite.log"
run_load fault-sqlite "$FAULT_SECONDS" "$WORK/fault-sqlite.acks" &
LOAD_PID=$!
third=$((FAULT_SECONDS / 3))
for _ in 1 2; do
    sleep "$third"
    kill_server
    echo "killed the server (SIGKILL) under load; restarting"
    sleep 0.5
    start_server "$WORK/fault-sqlite.toml" "$OUT/server-fault-sqlite.log"
done
wait "$LOAD_PID"
stop_server
check_store fault-sqlite "$WORK/fault-sqlite.toml" "$WORK/fault-sqlite.acks"

step "server: the server killed, then PostgreSQL killed and restarted, under load"
write_config "$WORK/fault-pg.toml" "$(pg_url lapor_fault)"
start_server "$WORK/fault-pg.toml" "$OUT/server-fault-pg.log"
# Longer than the SQLite run: PostgreSQL's crash recovery takes a few seconds of it.
run_load fault-pg "$((FAULT_SECONDS + 8))" "$WORK/fault-pg.acks" &
LOAD_PID=$!
sleep "$third"
kill_server
echo "killed the server (SIGKILL) under load; restarting"
start_server "$WORK/fault-pg.toml" "$OUT/server-fault-pg.log"
sleep "$third"
pg_kill
echo "killed PostgreSQL (SIGKILL of the postmaster) under load; restarting it"
sleep 1
pg_start "$WORK/pg" "$PG_PORT" 2>/dev/null
echo "PostgreSQL is back"
wait "$LOAD_PID"
stop_server
check_store fault-pg "$WORK/fault-pg.toml" "$WORK/fault-pg.acks"

step "server: a read-only database is a typed 503, never a lost acknowledgement"
report='{"kind":"complaint","title":"Lampu jalan mati","body":"Lampu jalan mati sejak seminggu di depan pasar.","incident_date":"2026-03-01","channel":"web"}'
expect_503() {   # DESCRIPTION: a submission must be refused with storage_unavailable, a read served
    local code body
    body=$(curl -s -o - -w '\n%{http_code}' -H 'content-type: application/json' -d "$report" "$BASE/api/v1/cases")
    code=$(tail -1 <<<"$body")
    [ "$code" = 503 ] && grep -q '"code":"storage_unavailable"' <<<"$body" \
        || { echo "$1: expected a typed 503, got $body" >&2; exit 1; }
    curl -sf "$BASE/open311/v2/requests.json" >/dev/null || { echo "$1: reads fail" >&2; exit 1; }
    echo "$1: submission refused with 503 storage_unavailable, reads served"
}
write_config "$WORK/ro-sqlite.toml" "sqlite://$WORK/fault.db?mode=ro"
start_server "$WORK/ro-sqlite.toml" "$OUT/server-ro.log"
expect_503 "SQLite opened read-only"
stop_server
start_server "$WORK/fault-pg.toml" "$OUT/server-ro.log"
pg_psql -d postgres -c "ALTER SYSTEM SET default_transaction_read_only = on" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
expect_503 "PostgreSQL in read-only mode"
pg_psql -d postgres -c "SET default_transaction_read_only = off" -c "ALTER SYSTEM RESET default_transaction_read_only" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d "$report" "$BASE/api/v1/cases")
[ "$code" = 201 ] || { echo "writable again: expected 201, got $code" >&2; exit 1; }
echo "PostgreSQL writable again: 201"
stop_server

# A full disk: the database's files may not grow past a limit (RLIMIT_FSIZE, with SIGXFSZ
# ignored, so that a write past it fails with EFBIG as one fails with ENOSPC on a full disk);
# load until writes are refused, then restart without the limit and check every acknowledged
# write. FULL_DISK=0 skips it.
if [ "${FULL_DISK:-1}" = 1 ]; then
step "server: a full disk is a typed 503, never a lost acknowledgement"
write_config "$WORK/full.toml" "sqlite://$WORK/full.db"
# The cap is the process's, so it holds for its log too: a fresh log, errors only.
: > "$OUT/server-full.log"
start_server "$WORK/full.toml" "$OUT/server-full.log"   # creates the schema
stop_server
limit=$(( $(stat -c %s "$WORK/full.db") + 256 * 1024 ))
(trap '' XFSZ; LAPOR_CONFIG="$WORK/full.toml" RUST_LOG=error exec prlimit --fsize="$limit" "$BIN") \
    >>"$OUT/server-full.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
run_load full 6 "$WORK/full.acks"
grep -q '503' "$OUT/server-load-full.txt" || { echo "the full disk never refused a write" >&2; exit 1; }
stop_server
check_store full "$WORK/full.toml" "$WORK/full.acks"
fi

step "server: graceful shutdown on SIGTERM, JSON logs"
: > "$OUT/server-shutdown.log"
LAPOR_LOG_FORMAT=json RUST_LOG=info,sqlx=error start_server "$WORK/load-sqlite.toml" "$OUT/server-shutdown.log"
curl -sf "$BASE/open311/v2/requests.json" >/dev/null
kill -TERM "$SERVER_PID"
wait "$SERVER_PID"
SERVER_PID=""
"$PY" - "$OUT/server-shutdown.log" <<'PYEOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
messages = [l["fields"]["message"] for l in lines]
assert "request" in messages and messages[-1] == "stopped", messages
print(f"exited with status 0 after SIGTERM; {len(lines)} JSON log lines, the last one 'stopped'")
PYEOF

pg_stop
elapsed=$(( $(date +%s) - started_at ))
{
    echo "load (SQLite):     $(head -1 "$OUT/server-load-sqlite.txt")"
    echo "load (PostgreSQL): $(head -1 "$OUT/server-load-postgres.txt")"
    echo "fault (SQLite):     $(cat "$OUT/server-verify-fault-sqlite.json")"
    echo "fault (PostgreSQL): $(cat "$OUT/server-verify-fault-pg.json")"
    [ "${FULL_DISK:-1}" = 1 ] && echo "full disk (SQLite): $(cat "$OUT/server-verify-full.json")"
    echo "scripts/test-server.sh took ${elapsed} s"
} | tee "$OUT/server-summary.txt"
step "server: all tests passed"
