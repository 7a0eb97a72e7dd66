# Shared by the setup scripts of the lab's servers (sourced after `set -eu`). cloud-init copies
# their output to the console, where Zenith watches for the failure and ready markers.

# step NAME COMMAND [ARGS…]: runs one step under `set -e` (called as a plain command, never in a
# condition, where the shell would ignore -e); the EXIT trap names the step that failed.
step() {
    zenith_step=$1
    shift
    echo "zenith-lab: {{server}}: $zenith_step"
    "$@"
}
zenith_exit() {
    status=$?
    [ "$status" -eq 0 ] || echo "{{failurePrefix}}: ${zenith_step:-setup}"
}
trap zenith_exit EXIT

# apt_install PACKAGE…: the private servers reach the mirrors through the gateway's NAT and the
# name server, which may still be starting: retry for up to 15 minutes before giving up.
apt_install() {
    tries=0
    until apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; do
        tries=$((tries + 1))
        [ "$tries" -lt 90 ] || return 1
        sleep 10
    done
}
