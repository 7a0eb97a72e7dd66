#!/bin/sh
# Runs a keychain test against a keyring built for the occasion, in a throw-away HOME and, when it
# needs one, a private D-Bus session whose only service is the keyring started here (nothing is
# D-Bus-activated, no prompt can show, the real keyring is never touched):
#   none          no D-Bus session at all: a bare headless machine
#   nokeyring     a D-Bus session without any Secret Service
#   nocollection  gnome-keyring without any keyring yet (a fresh account): it cannot create one
#   locked        gnome-keyring whose login keyring exists but was never unlocked: writes are refused
#   working       gnome-keyring with its login keyring unlocked: real round trips
#   frozen        the working keyring stopped (SIGSTOP): calls never return, like a locked keyring
#                 whose unlock prompt cannot show
#   thaw          frozen until the test creates $ZENITH_THAW_FLAG, then resumed: answers come late
# The test learns the mode from ZENITH_EXPECT_KEYRING. Exits 77 (ctest: skipped) when a tool is missing.
# Usage: keyring-session.sh <mode> <test executable> [args...]
set -eu

# Waits until org.freedesktop.secrets is owned (yes) or not (no) on the session bus; fails after 10 s.
wait_for_keyring() {
    tries=0
    while :; do
        owned=no
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; then
            owned=yes
        fi
        [ "$owned" = "$1" ] && return 0
        tries=$((tries + 1))
        [ "$tries" -gt 100 ] && return 1
        sleep 0.1
    done
}

# Starts gnome-keyring-daemon in the foreground; with "unlock", it creates the login keyring if
# needed and unlocks it with the password on its standard input.
start_keyring() {
    unlock=
    [ "$1" = unlock ] && unlock=--unlock
    printf zenith-test | gnome-keyring-daemon --foreground $unlock --components=secrets \
        --control-directory="$XDG_RUNTIME_DIR/keyring" >>"$KEYRING_SESSION_DIR/keyring.log" 2>&1 &
    daemon=$!
    if ! wait_for_keyring yes; then
        echo "keyring-session: gnome-keyring-daemon did not start: skipped" >&2
        cat "$KEYRING_SESSION_DIR/keyring.log" >&2
        stop_keyring
        exit 77
    fi
}

stop_keyring() {
    kill -CONT "$daemon" 2>/dev/null || true
    kill -KILL "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
}

# Resumes the stopped keyring once the test asks for it (or after a minute).
thaw_when_asked() {
    waited=0
    while [ ! -e "$ZENITH_THAW_FLAG" ] && [ "$waited" -lt 600 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    kill -CONT "$daemon"
}

# Second half, run inside the private session bus: prepare the keyring, run the test, stop the keyring.
inside_bus() {
    mode=$1
    shift
    [ "$mode" = nokeyring ] && exec "$@"
    case $mode in
    nocollection) start_keyring no ;;
    locked)
        start_keyring unlock
        stop_keyring
        wait_for_keyring no || exit 77
        start_keyring no
        ;;
    *) start_keyring unlock ;;
    esac
    thawer=
    case $mode in
    frozen) kill -STOP "$daemon" ;;
    thaw)
        kill -STOP "$daemon"
        export ZENITH_THAW_FLAG="$KEYRING_SESSION_DIR/thaw"
        thaw_when_asked >/dev/null 2>&1 &
        thawer=$!
        ;;
    esac
    status=0
    "$@" || status=$?
    if [ -n "$thawer" ]; then
        kill "$thawer" 2>/dev/null || true
    fi
    stop_keyring
    exit "$status"
}

if [ "${1:-}" = --inside-bus ]; then
    shift
    inside_bus "$@"
fi

mode=$1
shift
case $mode in
none | nokeyring | nocollection | locked | working | frozen | thaw) ;;
*)
    echo "keyring-session: unknown mode $mode" >&2
    exit 2
    ;;
esac

KEYRING_SESSION_DIR=$(mktemp -d)
trap 'rm -rf "$KEYRING_SESSION_DIR"' EXIT
export KEYRING_SESSION_DIR ZENITH_EXPECT_KEYRING="$mode"
export HOME="$KEYRING_SESSION_DIR/home" XDG_RUNTIME_DIR="$KEYRING_SESSION_DIR/run"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Nothing from the caller's desktop: no session bus to find, no X server to autolaunch one with.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION

status=0
if [ "$mode" = none ]; then
    "$@" || status=$?
    exit "$status"
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "keyring-session: $tool is missing (packaging/install-deps.sh installs it): skipped" >&2
        exit 77
    fi
done
mkdir -p "$KEYRING_SESSION_DIR/services"
cat >"$KEYRING_SESSION_DIR/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$KEYRING_SESSION_DIR</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$KEYRING_SESSION_DIR/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
dbus-run-session --config-file="$KEYRING_SESSION_DIR/bus.conf" -- "$0" --inside-bus "$mode" "$@" || status=$?
exit "$status"
