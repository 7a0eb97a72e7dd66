#!/bin/sh
# Runs a test inside a private D-Bus session with a real Secret Service (gnome-keyring), in a
# throw-away home so no real keyring is touched:
#   working  the keyring is unlocked: secrets make a real round trip;
#   frozen   the keyring process is stopped: calls never return, as with a locked keyring
#            whose unlock prompt cannot show. The test expects its own timeout to fire.
# Usage: keyring-session.sh working|frozen <test executable> [args...]
set -eu
mode=$1
shift
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
        echo "keyring-session: $tool is missing (packaging/install-deps.sh installs it)" >&2
        exit 1
    }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/config"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export ZENITH_EXPECT_KEYRING="$mode"
exec dbus-run-session -- sh -c '
    # Our own daemon, by PID, with its output kept away from the test runner pipe.
    printf test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    daemon=$!
    owned=0
    for i in $(seq 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
                string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            owned=1
            break
        fi
        sleep 0.1
    done
    [ $owned = 1 ] || { echo "keyring-session: gnome-keyring did not take org.freedesktop.secrets" >&2; exit 1; }
    [ "$ZENITH_EXPECT_KEYRING" = frozen ] && kill -STOP "$daemon"
    status=0
    "$@" || status=$?
    kill -CONT "$daemon" 2>/dev/null || true
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    exit $status
' keyring-session "$@"
