#!/bin/bash
# The openstack CLI (python3-openstackclient) against `zenith --serve-demo-cloud`: the commands a
# student types in the lab must work on the demo cloud.   usage: openstackclient.sh <zenith binary>
set -u
zenith=$1
command -v openstack >/dev/null || { echo "skip: python3-openstackclient is not installed"; exit 77; }
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
"$zenith" --serve-demo-cloud --speed 50 >"$work/clouds.yaml" 2>"$work/server.log" &
server=$!
for _ in $(seq 100); do grep -q "identity_api_version" "$work/clouds.yaml" 2>/dev/null && break; sleep 0.1; done
grep -q "^clouds:" "$work/clouds.yaml" || { echo "no clouds.yaml from --serve-demo-cloud:"; cat "$work/server.log"; exit 1; }

export OS_CLIENT_CONFIG_FILE=$work/clouds.yaml OS_CLOUD=demo
# The CLI must not reach anything but the demo cloud (no proxy, no other host).
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY
failed=0
run() {
    if out=$(openstack "$@" -f json 2>&1); then
        echo "ok: openstack $*"
    else
        echo "FAILED: openstack $*"; echo "$out" | tail -5; failed=1
    fi
}
run server list
run network list
run volume list
run keypair list
run zone list
run image list
run flavor list
exit $failed
