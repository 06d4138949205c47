#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a CLI test as an ordinary user, where file permissions hold (CI runs as root, which ignores them).
#
#   run_unprivileged.sh TEST CODEDISTILLER
#
# Only as root (else it exits 77, which CTest reports as skipped): creates the user wb-desktop when it is
# missing, copies both binaries to a temporary folder the user can read (the build tree may be under
# /root) and runs TEST as that user with WB_CODEDISTILLER_BIN naming the copy of CODEDISTILLER.
set -euo pipefail

tst=${1:?usage: $0 TEST CODEDISTILLER}
cli=${2:?usage: $0 TEST CODEDISTILLER}
. "$(dirname "${BASH_SOURCE[0]}")/unprivileged_user.sh"
unprivileged_setup run_unprivileged
trap unprivileged_cleanup EXIT

name=$(basename "$tst")
install -m 755 "$tst" "$work/$name"
install -m 755 "$cli" "$work/codedistiller"

echo "run_unprivileged: $name as $user"
cd "$work/home"
runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work/home" TMPDIR="$work/home" \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen CODEDISTILLER_NO_SECRET_STORE=1 \
    WB_CODEDISTILLER_BIN="$work/codedistiller" "$work/$name"
