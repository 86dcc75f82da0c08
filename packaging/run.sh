#!/bin/sh
# Installs what is missing, builds, and starts the cockpit on the demo tenant.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/gatehouse "$@"
