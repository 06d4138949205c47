# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the scripts that run tests as an ordinary user (unprivileged_exec.sh, run_unprivileged.sh).
#
#   unprivileged_setup NAME   exits 77 (CTest: skipped) unless root; creates the user
#                             $WB_UNPRIVILEGED_USER (default wb-desktop) when missing; sets user, uid, gid
#                             and work (a temporary folder, 755, with home/ owned by the user, removed by
#                             unprivileged_cleanup)

unprivileged_setup() {
    local name=$1
    if [ "$(id -u)" -ne 0 ]; then
        echo "$name: skipped: it runs only as root (as in CI), where it can create an ordinary user to run as" >&2
        exit 77
    fi
    user=${WB_UNPRIVILEGED_USER:-wb-desktop}
    if ! id -u "$user" >/dev/null 2>&1; then
        useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
        echo "$name: created the user $user"
    fi
    uid=$(id -u "$user")
    gid=$(id -g "$user")
    work=$(mktemp -d /tmp/wb-unprivileged.XXXXXX)
    chmod 755 "$work"
    install -d -m 700 -o "$uid" -g "$gid" "$work/home"
}

unprivileged_cleanup() {
    [ -z "${work:-}" ] || rm -rf "$work"
}
