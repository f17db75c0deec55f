#!/usr/bin/env bash
# Fails when a user-visible string of the desktop or core has no Chinese: runs lupdate over
# the sources into a copy of the zh_CN catalogue and looks for unfinished entries.
#   usage: tools/check-translations.sh [LUPDATE]
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${1:-/usr/lib/qt6/bin/lupdate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp resources/translations/lianping_zh_CN.ts "$scratch/zh.ts"
find ui core app/desktop -name '*.cpp' > "$scratch/sources.lst"
"$lupdate" -locations none -no-obsolete -I . "@$scratch/sources.lst" -ts "$scratch/zh.ts" > "$scratch/lupdate.log" 2>&1
unfinished=$(grep -c 'type="unfinished"' "$scratch/zh.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "$unfinished strings have no Chinese translation; run the update_translations target, then tools/fill-zh-translations.py:"
    grep -B2 'type="unfinished"' "$scratch/zh.ts" | grep '<source>' | head -20 || true
    exit 1
fi
echo "every source text has its Chinese translation"
