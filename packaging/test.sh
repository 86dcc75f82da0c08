#!/bin/sh
# Installs what is missing, builds with warnings as errors and runs every test.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh

# Every parser's fuzz target, built with clang as a real libFuzzer binary (address and undefined
# behaviour sanitizers, our layers instrumented) and run briefly over its seed corpus.
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGATEHOUSE_FUZZ=ON
cmake --build build/fuzz --target gatehouse-fuzzers
ctest --test-dir build/fuzz -L fuzz --timeout 120 -j2

cmake --preset dev
cmake --build --preset dev
# Tests that need a keychain start their own private D-Bus session and gnome-keyring; GUI tests
# run offscreen. Nothing here needs a display or the user's session bus.
ctest --preset dev --timeout 300 -j2
