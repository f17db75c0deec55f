#!/bin/sh
# Builds one libFuzzer target with clang (Debian: clang-14, libclang-rt-14-dev), seeds its
# corpus in build-fuzz/corpus-TARGET and runs it. Not part of CI.
# Usage: tools/fuzz.sh [TARGET=package] [SECONDS=300] [libFuzzer options...]
#   TARGET: package (exchange packages), csv, xlsx, xls (tables and the importers), rubric.
#   A number as the first argument is SECONDS for package (the old usage).
#   FUZZ_JOBS=N sets ninja's parallel jobs (default 2). Crashes go to build-fuzz/artifacts-TARGET/.
set -eu
cd "$(dirname "$0")/.."
target=package
case "${1:-}" in
'' | *[!0-9]*) [ $# -gt 0 ] && { target=$1; shift; } ;;
esac
seconds="${1:-300}"
[ $# -gt 0 ] && shift
case "$target" in
package) max_len=65536 ;;
csv) max_len=16384 ;;
xlsx) max_len=200000 ;;
xls) max_len=65536 ;;
rubric) max_len=32768 ;;
*) echo "unknown target '$target' (package, csv, xlsx, xls, rubric)"; exit 2 ;;
esac
command -v clang++-14 >/dev/null || { echo "needs clang-14 and libclang-rt-14-dev (apt-get install clang-14 libclang-rt-14-dev)"; exit 2; }
cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DLIANPING_FUZZ=ON -DLIANPING_BUILD_GUI=OFF -DLIANPING_BUILD_TESTS=OFF -DLIANPING_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if [ "$target" = package ]; then
    ninja -C build-fuzz -j"${FUZZ_JOBS:-2}" fuzz_package lianping-cli
else
    ninja -C build-fuzz -j"${FUZZ_JOBS:-2}" "fuzz_$target"
fi
corpus=build-fuzz/corpus-$target
# The package corpus lived in build-fuzz/corpus before there were other targets.
[ "$target" = package ] && [ -d build-fuzz/corpus ] && [ ! -e "$corpus" ] && mv build-fuzz/corpus "$corpus"
mkdir -p "$corpus" "build-fuzz/artifacts-$target"
# Seeds, once: real files of each kind.
if [ ! -f "$corpus.seeded" ]; then
    case "$target" in
    package)
        # Real packages (plain and encrypted) made by the CLI.
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
        ;;
    csv)
        # The fixtures, plus score files (the fuzz database has unit A1 enrolled in 2026) and a
        # filled self-check template.
        cp tests/data/*.csv tests/data/county_units/*.csv "$corpus/"
        printf 'code,name,type,county,lead,demo,contact\nA2,乙,agency,利州区,,是,张三\n' > "$corpus/units.csv"
        printf 'unit,indicator,points,note\nA1,D1.1,9.5,好\nA1,D1.2,8,\n' > "$corpus/scores.csv"
        printf '单位编码,指标,得分,备注\r\nA1,D2.1,10,\r\n' > "$corpus/scores_zh.csv"
        printf '自评表,,,\n单位编码：,A1,,\n指标编号,内容,满分,自评得分\nD1.1,班子重视,10,8\nD1.2,,10,\n' > "$corpus/template.csv"
        ;;
    xlsx)
        # Whole workbooks, and each one's sheet (NUL, shared strings) for the stored-zip path.
        cp tests/data/*.xlsx tests/data/county_units/*.xlsx "$corpus/"
        for book in tests/data/*.xlsx tests/data/county_units/*.xlsx; do
            python3 - "$book" "$corpus/$(basename "$book" .xlsx).sheet" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    data = z.read("xl/worksheets/sheet1.xml")
    if "xl/sharedStrings.xml" in z.namelist():
        data += b"\0" + z.read("xl/sharedStrings.xml")
open(sys.argv[2], "wb").write(data)
PY
        done
        ;;
    xls) cp tests/data/county_units/*.xls "$corpus/" ;;
    rubric) cp resources/rubrics/*.json "$corpus/" ;;
    esac
    touch "$corpus.seeded"
fi
UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    "build-fuzz/tests/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -max_len="$max_len" \
    -rss_limit_mb=4096 -artifact_prefix="build-fuzz/artifacts-$target/" "$@"
