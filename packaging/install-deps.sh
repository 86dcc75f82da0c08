#!/bin/sh
# Installs every build and test dependency of Gatehouse on Debian 12 (bookworm) with apt-get.
# Idempotent and quick when everything is present: apt is only called for what is missing.
# Run as root (or it uses sudo when available).
set -eu

PACKAGES="cmake g++ ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev qt6-networkauth-dev
qtkeychain-qt6-dev libssl-dev openssl libqt6sql6-sqlite libqt6svg6 libgl-dev libxkbcommon-dev
xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
fonts-dejavu-core fonts-droid-fallback fonts-noto-color-emoji
sqlite3 libsqlite3-dev bc tzdata
libgpgme-dev gnupg gpg-agent
desktop-file-utils appstream dpkg-dev groff-base
clang libclang-rt-14-dev"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all build and test dependencies are installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "install-deps: missing:$missing — run this script as root" >&2
        exit 1
    fi
fi
echo "install-deps: installing$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
