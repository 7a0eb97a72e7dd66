#!/bin/sh
# `zenith lab plan|deploy|verify|snapshot|teardown --cloud demo` end to end, as a teacher's script would run
# them: separate processes sharing the demo cloud's saved state, exit codes and outputs checked.
# Usage: labcli.sh <zenith binary> <tests/data directory>
set -u
zenith=$1
data=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" QT_LOGGING_RULES='zenith.*=false'
plan="$data/lab/lab.yaml"
key="$data/keys/id_ed25519.pub"
failures=0

# expect <exit code> <what> <command…>: runs the command, output in $home/out and $home/err.
expect() {
    want=$1
    what=$2
    shift 2
    timeout 240 "$@" >"$home/out" 2>"$home/err"
    got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL: $what: exit $got, expected $want"
        sed 's/^/  out: /' "$home/out" | tail -20
        sed 's/^/  err: /' "$home/err" | tail -20
        failures=$((failures + 1))
    else
        echo "ok: $what (exit $got)"
    fi
}

# contains <what> <file> <text>
contains() {
    if ! grep -qF -- "$3" "$2"; then
        echo "FAIL: $1: no \"$3\" in:"
        sed 's/^/  /' "$2" | tail -20
        failures=$((failures + 1))
    fi
}

expect 2 "no command" "$zenith" lab
expect 2 "no --config" "$zenith" lab deploy --cloud demo
printf 'name: lab\nweb_cuont: 3\n' >"$home/typo.yaml"
expect 2 "unknown key in lab.yaml" "$zenith" lab plan --cloud demo --config "$home/typo.yaml"
contains "unknown key names file, line and key" "$home/err" "typo.yaml:2:"
contains "unknown key names the key" "$home/err" "web_cuont"
printf 'name: Lab\nkeypair: k\nimage: i\nflavor: f\n' >"$home/bad.yaml"
expect 2 "invalid lab name" "$zenith" lab plan --cloud demo --config "$home/bad.yaml"
sed 's/^dns_provider: none/dns_provider: ovh/; s/^domain: ""/domain: zenith-lab.example/' "$plan" >"$home/ovh.yaml"
# On the demo cloud the OVHcloud keys are its simulation's own: no conflict about them.
expect 1 "OVHcloud plan before the key exists" "$zenith" lab plan --cloud demo --config "$home/ovh.yaml"
if grep -q "OVHcloud keys" "$home/out"; then
    echo "FAIL: the demo cloud's OVHcloud keys were not found"
    failures=$((failures + 1))
fi
# Designate's records need the domain's zone: the plan says none holds it, before anything is created.
sed 's/^dns_provider: none/dns_provider: designate/; s/^domain: ""/domain: www.no-zone.example/' "$plan" >"$home/designate.yaml"
expect 1 "Designate plan without the domain's zone" "$zenith" lab plan --cloud demo --config "$home/designate.yaml"
contains "plan names the missing zone" "$home/out" "No DNS zone of this project holds \"www.no-zone.example\""
expect 2 "unknown cloud" "$zenith" lab plan --cloud no-such-cloud --config "$plan"

# The key pair does not exist yet: the plan says so (exit 1), and lists the steps and the quota.
expect 1 "plan before the key exists" "$zenith" lab plan --cloud demo --config "$plan" --json
contains "plan lists the steps" "$home/out" '"id": "port:lb-private"'
contains "plan names the missing key" "$home/out" 'lab-key'
contains "plan has the quota" "$home/out" '"resource": "SecurityGroupRules"'

# A private key given as --public-key is refused before anything is sent, and named as such.
expect 2 "private key refused" "$zenith" lab deploy --cloud demo --config "$plan" --no-keyring --no-wait-ready --public-key "$data/keys/id_ed25519"
contains "refusal says private key" "$home/err" "private key"

expect 1 "snapshot before the lab exists" "$zenith" lab snapshot --cloud demo --config "$plan"
contains "snapshot says the volume is missing" "$home/err" "lab-db-data does not exist"

expect 0 "deploy" "$zenith" lab deploy --cloud demo --config "$plan" --no-keyring --no-wait-ready --public-key "$key" --json
contains "deploy succeeded" "$home/out" '"succeeded": true'
contains "deploy found the public address" "$home/out" '"publicIp": "'
contains "deploy says the passwords stay in memory" "$home/err" "--no-keyring"

expect 0 "deploy again (resume)" "$zenith" lab deploy --cloud demo --config "$plan" --no-keyring --no-wait-ready --json
contains "resume finds what exists" "$home/out" '"state": "AlreadyThere"'
expect 0 "plan of the deployed lab (what exists needs no quota again)" "$zenith" lab plan --cloud demo --config "$plan" --json
contains "the deployed lab needs no new security group" "$home/out" '"needed": 0'
expect 1 "deploy --heat over the lab deployed without Heat" "$zenith" lab deploy --cloud demo --config "$plan" --heat --no-keyring
contains "--heat says a stack would duplicate the lab" "$home/out" "deployed without Heat: a stack would duplicate it"
if grep -q '"state": "Done"' "$home/out"; then
    echo "FAIL: resume created something again"
    failures=$((failures + 1))
fi

expect 0 "verify" "$zenith" lab verify --cloud demo --config "$plan" --no-wait-ready
contains "verify checks the gateway address" "$home/out" "10.12.0.1"

expect 0 "snapshot" "$zenith" lab snapshot --cloud demo --config "$plan" --json
contains "snapshot is available" "$home/out" '"status": "available"'
contains "snapshot gives its command" "$home/out" 'openstack volume snapshot create --volume lab-db-data --force'
expect 0 "snapshot (text)" "$zenith" lab snapshot --cloud demo --config "$plan"
contains "snapshots are listed" "$home/out" 'Snapshots of lab'

expect 0 "teardown dry run" "$zenith" lab teardown --cloud demo --config "$plan" --dry-run --json
contains "dry run lists the network" "$home/out" '"network"'
contains "dry run lists the snapshots" "$home/out" '"snapshot:'
expect 0 "teardown" "$zenith" lab teardown --cloud demo --config "$plan" --no-keyring
expect 0 "nothing left" "$zenith" lab teardown --cloud demo --config "$plan" --dry-run --json
if grep -q '"network"\|"server:\|"port:\|"snapshot:' "$home/out"; then
    echo "FAIL: something tagged remains after the teardown:"
    cat "$home/out"
    failures=$((failures + 1))
fi
expect 3 "verify after teardown is red" "$zenith" lab verify --cloud demo --config "$plan" --no-wait-ready

# The same lab as a Heat stack (issue 7): deploy --heat, verify, a database snapshot, then a plain
# teardown finds the stack (nothing tells it the lab went through Heat), deletes the snapshot first
# (Heat could not delete the volume otherwise), then the stack; nothing left.
expect 0 "deploy --heat" "$zenith" lab deploy --cloud demo --config "$plan" --heat --no-keyring --json
contains "deploy --heat succeeded" "$home/out" '"succeeded": true'
contains "deploy --heat names the stack" "$home/out" '"stack": "lab-stack"'
contains "deploy --heat shows the stack create line" "$home/err" 'openstack stack create -t lab.yaml'
contains "deploy --heat shows Heat's events" "$home/err" 'CREATE_COMPLETE'
expect 0 "verify the Heat lab" "$zenith" lab verify --cloud demo --config "$plan"
expect 1 "deploy over the Heat lab" "$zenith" lab deploy --cloud demo --config "$plan" --no-keyring --no-wait-ready
contains "deploy says the lab is a Heat stack" "$home/out" "deployed with Heat as the stack lab-stack"
expect 0 "snapshot of the Heat lab" "$zenith" lab snapshot --cloud demo --config "$plan"
expect 0 "teardown dry run of the Heat lab" "$zenith" lab teardown --cloud demo --config "$plan" --dry-run
contains "the dry run names the stack" "$home/out" "openstack stack delete --yes --wait lab-stack"
contains "the dry run names the snapshot" "$home/out" "snapshot:"
if grep -q "^  port:\|^  server:\|^  network " "$home/out"; then
    echo "FAIL: the dry run lists what the stack owns besides the stack:"
    cat "$home/out"
    failures=$((failures + 1))
fi
expect 0 "teardown of the Heat lab" "$zenith" lab teardown --cloud demo --config "$plan" --no-keyring
contains "the Heat lab is torn down" "$home/out" "torn down in"
expect 0 "nothing left after the stack" "$zenith" lab teardown --cloud demo --config "$plan" --dry-run --json
if grep -q '"network"\|"server:\|"port:\|"snapshot:\|"stack"' "$home/out"; then
    echo "FAIL: something of the Heat lab remains after its teardown:"
    cat "$home/out"
    failures=$((failures + 1))
fi

# Records at OVHcloud (the demo cloud's simulation of its API): created, checked, deleted.
expect 0 "deploy with OVHcloud records" "$zenith" lab deploy --cloud demo --config "$home/ovh.yaml" --no-keyring --no-wait-ready
contains "the apex record is created" "$home/err" "record:zenith-lab.example."
expect 0 "verify OVHcloud records" "$zenith" lab verify --cloud demo --config "$home/ovh.yaml" --no-wait-ready
contains "the records are read and match" "$home/out" "The domain's records point at the gateway ("
expect 0 "teardown with OVHcloud records" "$zenith" lab teardown --cloud demo --config "$home/ovh.yaml" --no-keyring
contains "the records are deleted" "$home/err" "Done           record:www.zenith-lab.example."

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all passed"
