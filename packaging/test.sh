#!/bin/sh
# Installs what is missing, builds with warnings as errors and runs every test.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev
# Tests that need a keychain start their own private D-Bus session and gnome-keyring; GUI tests
# run offscreen. Nothing here needs a display or the user's session bus.
ctest --preset dev --timeout 300 -j2
