#!/bin/sh
# Installs what is missing, builds, and starts the cockpit on the demo tenant.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
# Without arguments, straight to the demo tenant (a plain `gatehouse` shows the start page first).
if [ $# -eq 0 ]; then set -- --demo; fi
exec ./build/release/app/gatehouse "$@"
