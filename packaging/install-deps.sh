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
cloud-init haproxy nginx php-fpm php-mysql php-cli mariadb-server bind9 bind9-utils bind9-dnsutils
nftables curl openssl shellcheck python3-yaml
"
# The last two lines: the tools the lab's tests run (tests/lab): cloud-init's schema check, and the
# servers the lab's user data configures, checked and started on 127.0.0.1 by the loopback test.

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
# Those servers are test tools here: keep their packages from starting them (on every address,
# beside a dev cloud's own bind9 and MariaDB) for the time of the installation.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
