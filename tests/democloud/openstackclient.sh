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
# run EXPECTED ARGS...: the command succeeds and its JSON output mentions EXPECTED (when not empty).
run() {
    local expected=$1; shift
    if ! out=$(openstack "$@" -f json 2>&1); then
        echo "FAILED: openstack $*"; echo "$out" | tail -5; failed=1
    elif [ -n "$expected" ] && ! grep -q -- "$expected" <<<"$out"; then
        echo "FAILED: openstack $* does not mention $expected"; echo "$out" | head -20; failed=1
    else
        echo "ok: openstack $*"
    fi
}
run "" server list
run '"Ext-Net"' network list
run "" volume list
run "" keypair list
run "" zone list
run '"Debian 12"' image list
run '"d2-2"' flavor list
# What a student makes with the CLI shows up in the lists.
run '"lab-net"' network create lab-net
run '"lab-net"' network list
run '"10.12.0.0/16"' subnet create --network lab-net --subnet-range 10.12.0.0/16 --gateway 10.12.0.1 lab-subnet
run '"ACTIVE"' server create --image "Debian 12" --flavor d2-2 --network lab-net --wait web1
run '"web1"' server list
run '"db-data"' volume create --size 1 db-data
run '"db-data"' volume list
run '"lab.example."' zone create --email admin@example.com lab.example.
run '"lab.example."' zone list
exit $failed
