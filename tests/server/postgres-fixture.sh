#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the server tests (a ctest fixture).
#
#   postgres-fixture.sh start DIR   initdb a scratch cluster, start it on 127.0.0.1 at a free
#                                   port, create a test role and database, and write
#                                   postgresql://USER:PASSWORD@127.0.0.1:PORT/DB to DIR/url
#   postgres-fixture.sh stop DIR    stop that server and delete its files
#
# initdb refuses to run as root: as root the cluster belongs to the user postgres (runuser).
# A cluster the Debian package may have started on 5432 is left alone.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
command=$1
dir=$(realpath -m -- "$2") # the server runs elsewhere: no relative paths
state="$dir/state"

find_bindir() {
    local best
    best=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z "$best" || ! -x "$best/initdb" ]] && command -v initdb >/dev/null 2>&1; then
        best=$(dirname "$(command -v initdb)")
    fi
    if [[ -z "$best" || ! -x "$best/initdb" || ! -x "$best/pg_ctl" ]]; then
        echo "postgres-fixture: no initdb/pg_ctl under /usr/lib/postgresql/*/bin;" \
            "install the Debian package postgresql (scripts/setup does)" >&2
        exit 1
    fi
    echo "$best"
}

# Runs a command as the cluster's owner: postgres when we are root, ourselves otherwise.
if [[ $(id -u) -eq 0 ]]; then
    as_owner() { runuser -u postgres -- "$@"; }
    owner=postgres
else
    as_owner() { "$@"; }
    owner=$(id -un)
fi

stop_cluster() {
    [[ -f "$state" ]] || return 0
    local bindir data scratch
    bindir=$(sed -n 's/^bindir=//p' "$state")
    data=$(sed -n 's/^data=//p' "$state")
    scratch=$(sed -n 's/^scratch=//p' "$state")
    if [[ -n "$data" && -f "$data/postmaster.pid" ]]; then
        as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 60 stop >/dev/null 2>&1 || true
    fi
    [[ -n "$scratch" && -d "$scratch" ]] && rm -rf -- "$scratch"
    rm -f -- "$state" "$dir/url"
}

# A port nobody listens on; the server start below is retried when it was taken meanwhile.
candidate_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "postgres-fixture: found no free port" >&2
    return 1
}

start_cluster() {
    mkdir -p "$dir"
    stop_cluster # a previous run that was interrupted before its cleanup
    local bindir
    bindir=$(find_bindir)

    # The cluster's owner must reach its directory. The build tree may sit below a directory
    # only root can enter (/root/...); then the cluster lives in /tmp instead.
    local scratch="$dir/cluster"
    mkdir -p "$scratch"
    chown "$owner" "$scratch"
    # The socket path must stay below the 107-byte limit of a Unix socket address.
    if ! as_owner test -w "$scratch" || [[ ${#scratch} -gt 80 ]]; then
        rm -rf -- "$scratch"
        scratch=$(mktemp -d /tmp/stockroom-pg.XXXXXX)
        chown "$owner" "$scratch"
    fi
    local data="$scratch/data"
    printf 'bindir=%s\ndata=%s\nscratch=%s\n' "$bindir" "$data" "$scratch" >"$state"

    as_owner "$bindir/initdb" -D "$data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync \
        >"$scratch/initdb.log" 2>&1 || {
        cat "$scratch/initdb.log" >&2
        exit 1
    }

    local port started=
    for _ in $(seq 1 10); do
        port=$(candidate_port)
        # The server's output goes to its log, so ctest does not wait on our pipes.
        if as_owner "$bindir/pg_ctl" -D "$data" -l "$scratch/server.log" -w -t 60 \
            -o "-k $scratch -h 127.0.0.1 -p $port -c max_connections=200" start \
            </dev/null >>"$scratch/pg_ctl.log" 2>&1; then
            started=yes
            break
        fi
    done
    if [[ -z "$started" ]]; then
        echo "postgres-fixture: the server did not start:" >&2
        tail -n 30 "$scratch/server.log" >&2 || true
        exit 1
    fi

    local user=stockroom_test database=stockroom_test password
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    as_owner "$bindir/psql" -X -q -h "$scratch" -p "$port" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password'" \
        -c "CREATE DATABASE $database OWNER $user" >/dev/null

    umask 077
    echo "postgresql://$user:$password@127.0.0.1:$port/$database" >"$dir/url"
    echo "postgres-fixture: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}')" \
        "on 127.0.0.1:$port, data in $data"
}

case "$command" in
start) start_cluster ;;
stop) stop_cluster ;;
*) usage ;;
esac
