#!/bin/sh
# Installs the Debian 12 packages Zenith needs to build, test and run; does nothing when all are there.
# Run as root, or as a user who may sudo.
set -eu

PACKAGES="
cmake ninja-build g++ ccache clang-format
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
qt6-qpa-plugins qt6-translations-l10n libsecret-1-0 fonts-dejavu-core
xvfb xauth gnome-keyring dbus-daemon dbus-bin
python3-openstackclient python3-designateclient
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: missing packages:$missing; run this script as root to install them." >&2
    exit 1
fi

echo "install-deps: installing$missing"
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
