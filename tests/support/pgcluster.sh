#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster on a loopback port, for the tests.
#
#   pgcluster.sh start STATE   initdb, start on a free port, write the connection URI to STATE/uri
#   pgcluster.sh stop STATE    stop the cluster and remove its files
#
# As root the server runs as the "postgres" user (initdb and pg_ctl refuse root), so the cluster lives
# in its own folder under /tmp that the postgres user can reach (STATE may be inside a private build
# folder); STATE/datadir names it. Trust authentication on 127.0.0.1 only; the socket lives in the
# cluster's folder, so the cluster never touches the system's.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

pgbin=${WB_PGBIN:-}
if [ -z "$pgbin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && pgbin=$candidate
    done
fi
[ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || {
    echo "pgcluster: PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
    "$0" stop "$dir"
    mkdir -p "$dir"
    cluster=$(mktemp -d "${TMPDIR:-/tmp}/wb-pg.XXXXXX")
    chmod 755 "$cluster"
    echo "$cluster" >"$dir/datadir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$cluster"; fi
    as_owner "$pgbin/initdb" -D "$cluster/data" -U wb --auth=trust -E UTF8 --no-locale >"$cluster/initdb.log" 2>&1 || {
        cat "$cluster/initdb.log" >&2; exit 1; }
    # A free port: ask the kernel for one, then hand it to the server.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_owner "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c max_connections=300 -c fsync=off" start >/dev/null || {
        cat "$cluster/server.log" >&2; exit 1; }
    printf 'postgresql://wb@127.0.0.1:%s/postgres\n' "$port" >"$dir/uri"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($cluster)"
    ;;
stop)
    if [ -f "$dir/datadir" ]; then
        cluster=$(cat "$dir/datadir")
        if [ -d "$cluster/data" ]; then
            as_owner "$pgbin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        case "$cluster" in */wb-pg.*) rm -rf "$cluster" ;; esac
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
