#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rounds as an ordinary desktop user, not as root: CI runs as root, where rounds run as "nobody" and the
# tests never see what a desktop user sees.
#
#   unprivileged_exec.sh TST_EXECUTOR CODEDISTILLER [TEST...]
#
# Only as root (else it exits 77, which CTest reports as skipped): creates the user wb-desktop when it is
# missing (useradd), starts a process of that user with 700 waiting threads (a browser's worth: the kernel
# counts threads against a user's process limit), and runs tst_executor, the further TEST executables and
# `codedistiller demo` as that user (runuser) on copies of the binaries in a temporary folder the user can
# read (the build tree may be under /root); then checks that the demo left no round folders behind. Fails
# when any of it fails.
set -euo pipefail

tst=${1:?usage: $0 TST_EXECUTOR CODEDISTILLER [TEST...]}
cli=${2:?usage: $0 TST_EXECUTOR CODEDISTILLER [TEST...]}
shift 2
more=("$@")
. "$(dirname "${BASH_SOURCE[0]}")/unprivileged_user.sh"
unprivileged_setup unprivileged_exec
crowd=
cleanup() {
    [ -z "$crowd" ] || kill "$crowd" 2>/dev/null || true
    unprivileged_cleanup
}
trap cleanup EXIT
install -m 755 "$tst" "$work/tst_executor"
install -m 755 "$cli" "$work/codedistiller"
for t in "${more[@]}"; do install -m 755 "$t" "$work/$(basename "$t")"; done

# 700 threads of the user, alive while the tests run (setpriv execs: $! is the process itself).
setpriv --reuid="$uid" --regid="$gid" --clear-groups -- /usr/bin/python3 -c '
import threading
ready = threading.Event()
for _ in range(700):
    threading.Thread(target=ready.wait, daemon=True).start()
threading.Event().wait()
' &
crowd=$!
for _ in $(seq 100); do
    threads=$(awk '/^Threads:/ {print $2}' "/proc/$crowd/status" 2>/dev/null || echo 0)
    [ "${threads:-0}" -ge 700 ] && break
    sleep 0.1
done
[ "${threads:-0}" -ge 700 ] || { echo "unprivileged_exec: the 700 threads of $user did not start" >&2; exit 1; }
echo "unprivileged_exec: $user runs $threads threads"

as_user() {
    (cd "$work/home" && runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work/home" \
        TMPDIR="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen CODEDISTILLER_NO_SECRET_STORE=1 "$@")
}

status=0
echo "unprivileged_exec: tst_executor as $user"
as_user "$work/tst_executor" || { echo "unprivileged_exec: tst_executor failed as $user" >&2; status=1; }
for t in "${more[@]}"; do
    name=$(basename "$t")
    echo "unprivileged_exec: $name as $user"
    as_user "$work/$name" || { echo "unprivileged_exec: $name failed as $user" >&2; status=1; }
done
echo "unprivileged_exec: codedistiller demo as $user"
as_user "$work/codedistiller" --workspace "$work/home/demo.cdw" demo \
    || { echo "unprivileged_exec: codedistiller demo failed as $user" >&2; status=1; }
# Rounds are removed once collected (the default retention); their private folders stay, empty.
left=$(find "$work/home/demo.cache/rounds" -mindepth 2 2>/dev/null || true)
if [ -n "$left" ]; then
    echo "unprivileged_exec: the demo left round folders behind: $left" >&2
    status=1
fi
if [ -d "$work/home/demo.cache/rounds" ] && [ "$(stat -c %a "$work/home/demo.cache/rounds")" != 700 ]; then
    echo "unprivileged_exec: $work/home/demo.cache/rounds is not private" >&2
    status=1
fi
exit $status
