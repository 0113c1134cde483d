#!/usr/bin/env bash
# Two stockroom-cli replicas connected to one stockroomd converge after random operations,
# with the server stopped and restarted in between; verify passes on both and their levels of
# the shared location equal each other's and the server's.
#   cli_sync.sh CLI STOCKROOMD WORK_DIR
set -euo pipefail
cli=$1 server=$2 work=$3
rm -rf "$work" && mkdir -p "$work" && cd "$work"
fail() { echo "cli_sync: $*" >&2; exit 1; }

echo "cli-sync-password" > pw
db=sqlite:central.db
"$server" demo --scale small --seed 3 --database "$db" >/dev/null
"$server" user add hq --role admin --password-file pw --database "$db" >/dev/null
"$server" user add maria --role store_manager --location S01 --password-file pw --database "$db" >/dev/null

server_pid=
start_server() {
    "$server" serve --listen "127.0.0.1:${port:-0}" --database "$db" >server.out 2>>server.log &
    server_pid=$!
    for _ in $(seq 100); do
        url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' server.out)
        [[ -n "$url" ]] && break
        sleep 0.1
    done
    [[ -n "$url" ]] || fail "stockroomd did not start: $(cat server.log)"
    port=${url##*:}
}
stop_server() { kill -TERM "$server_pid"; wait "$server_pid" || fail "stockroomd did not stop cleanly"; }
trap '[[ -n "$server_pid" ]] && kill -9 "$server_pid" 2>/dev/null || true' EXIT

start_server
"$cli" --db a.db connect --server "$url" --user hq --password-file pw >/dev/null 2>&1 || fail "connect hq"
"$cli" --db b.db connect --server "$url" --user maria --password-file pw >/dev/null 2>&1 || fail "connect maria"
"$cli" --db b.db export levels levels.csv --location S01 >/dev/null
mapfile -t skus < <(tail -n +2 levels.csv | cut -d, -f2 | head -n 12)

RANDOM=42
random_ops() { # random_ops DB COUNT LOCATIONS...
    local replica=$1 count=$2; shift 2
    local kinds=(sale receipt return adjustment count)
    for _ in $(seq "$count"); do
        local kind=${kinds[RANDOM % 5]} sku=${skus[RANDOM % ${#skus[@]}]} location=${*:RANDOM % $# + 1:1}
        local qty=$((RANDOM % 4 + 1)) extra=()
        [[ $kind == adjustment ]] && { qty=-$qty; extra=(--reason damaged); }
        [[ $kind == count ]] && qty=$((RANDOM % 20))
        "$cli" --db "$replica" record "$kind" --sku "$sku" --qty "$qty" --location "$location" "${extra[@]}" >/dev/null \
            || fail "record $kind in $replica"
    done
}

random_ops a.db 15 S01 S02 S03
random_ops b.db 15 S01
"$cli" --db a.db sync --once >/dev/null || fail "sync a"
"$cli" --db b.db sync --once >/dev/null || fail "sync b"

stop_server
random_ops a.db 10 S01 S02
random_ops b.db 10 S01
if "$cli" --db b.db sync --once >/dev/null 2>&1; then fail "sync succeeded with the server stopped"; fi
pending=$("$cli" --db b.db status --json | sed -n 's/.*"pending":\([0-9]*\).*/\1/p')
[[ "$pending" == 10 ]] || fail "expected 10 pending changes offline, got $pending"

start_server
for round in 1 2; do
    "$cli" --db a.db sync --once >/dev/null || fail "sync a after restart"
    "$cli" --db b.db sync --once >/dev/null || fail "sync b after restart"
done
"$cli" --db a.db verify >/dev/null || fail "verify a"
"$cli" --db b.db verify >/dev/null || fail "verify b"
for replica in a b; do
    "$cli" --db "$replica.db" export levels "$replica-S01.csv" --location S01 >/dev/null
    status=$("$cli" --db "$replica.db" status --json)
    [[ "$status" == *'"pending":0'* ]] || fail "$replica still has pending changes: $status"
done
cmp -s a-S01.csv b-S01.csv || { diff a-S01.csv b-S01.csv | head; fail "the replicas differ at S01"; }

# The server's levels: a fresh replica bootstrapped from central now must be identical too.
"$cli" --db c.db connect --server "$url" --user hq --password-file pw >/dev/null 2>&1 || fail "connect c"
"$cli" --db c.db export levels c-S01.csv --location S01 >/dev/null
cmp -s a-S01.csv c-S01.csv || { diff a-S01.csv c-S01.csv | head; fail "the replicas differ from the server"; }
"$cli" --db c.db export levels c-all.csv >/dev/null
"$cli" --db a.db export levels a-all.csv >/dev/null
cmp -s a-all.csv c-all.csv || fail "the head-office replica differs from the server's levels"
stop_server
echo "cli_sync: converged: $(($(wc -l <a-all.csv) - 1)) positions equal on both replicas and the server"
