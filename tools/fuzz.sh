#!/bin/sh
# Builds the package reader's libFuzzer target with clang (Debian: clang-14,
# libclang-rt-14-dev) and runs it. Not part of CI. Usage: tools/fuzz.sh [SECONDS=300]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-300}"
command -v clang++-14 >/dev/null || { echo "needs clang-14 and libclang-rt-14-dev (apt-get install clang-14 libclang-rt-14-dev)"; exit 2; }
cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DLIANPING_FUZZ=ON -DLIANPING_BUILD_GUI=OFF -DLIANPING_BUILD_TESTS=OFF -DLIANPING_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C build-fuzz -j2 fuzz_package lianping-cli
corpus=build-fuzz/corpus
mkdir -p "$corpus"
# Seeds: real packages (plain and encrypted) made by the CLI.
if [ ! -f "$corpus/plain.lpkg" ]; then
    tmp=$(mktemp -d)
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" office init A --role county --county 利州区 >/dev/null
    printf 'code,name,type,county\nA1,甲,agency,利州区\n' > "$tmp/u.csv"
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" units import "$tmp/u.csv" --new-counties >/dev/null
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" campaign create 2026 >/dev/null
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" campaign enroll 2026 >/dev/null
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" score set 2026 A1 D1.1 8 --step county >/dev/null
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" package export 2026 --out "$corpus/plain.lpkg" >/dev/null
    echo "fuzz passphrase" > "$tmp/p"
    build-fuzz/app/cli/lianping-cli --db "$tmp/a.lpdb" package export 2026 --out "$corpus/sealed.lpkg" --passphrase-file "$tmp/p" >/dev/null
    rm -rf "$tmp"
fi
build-fuzz/tests/fuzz/fuzz_package "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096
