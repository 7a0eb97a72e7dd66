#!/bin/sh
# ensure.sh STATUS_FILE - makes the dev cloud available to the contract suite, or says why not.
#
# Used by ctest (test "devcloud_up", the setup of fixture "devcloud"). Writes one line to STATUS_FILE:
#   "up <clouds.yaml>"   the dev cloud answers: the contract suite runs against it;
#   "skip: <reason>"     it does not, and this machine is not one to install OpenStack on unasked.
# On a disposable machine (CI=true) or when asked (ZENITH_DEVCLOUD=1), it installs and starts the
# dev cloud with up.sh (about 2 minutes from bare, less when the packages are there).
set -u
status_file=$1
here=$(cd "$(dirname "$0")" && pwd)
state=${DEVCLOUD_STATE:-/var/lib/zenith-devcloud}
clouds=$state/clouds.yaml

answers() {
    [ -s "$clouds" ] && grep -q "devcloud-demo-appcred:" "$clouds" \
        && curl -s -o /dev/null -m 5 http://127.0.0.1:5000/v3 \
        && curl -s -o /dev/null -m 5 http://127.0.0.1:8774/ \
        && curl -s -o /dev/null -m 5 http://127.0.0.1:9001/
}

if command -v curl >/dev/null 2>&1 && answers; then
    echo "dev cloud already running: reusing it ($clouds)"
    echo "up $clouds" > "$status_file"
    exit 0
fi

if [ "${CI:-}" != true ] && [ "${ZENITH_DEVCLOUD:-0}" != 1 ]; then
    reason="the dev cloud is not running; to run the contract suite against real OpenStack: sudo tests/devcloud/up.sh (installs OpenStack Zed, about 2 minutes), or run the tests with ZENITH_DEVCLOUD=1"
    echo "$reason"
    echo "skip: $reason" > "$status_file"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure: the dev cloud needs root to install and start OpenStack services" >&2
    echo "skip: the dev cloud needs root (sudo tests/devcloud/up.sh)" > "$status_file"
    exit 1
fi
echo "starting the dev cloud (tests/devcloud/up.sh; log in $state/up.log)"
mkdir -p "$state"
if "$here/up.sh" > "$state/up.log" 2>&1 && answers; then
    grep -E "^TOTAL|^[a-z].* s$" "$state/timings.txt" | tail -1
    echo "up $clouds" > "$status_file"
    exit 0
fi
tail -40 "$state/up.log" >&2
echo "skip: up.sh failed, see $state/up.log" > "$status_file"
exit 1
