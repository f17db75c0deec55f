#!/usr/bin/env bash
# Release check (run by ctest): builds the .deb, checks its contents, runs lintian and the
# desktop/AppStream validators, unpacks it into a scratch root and runs both programs'
# --version from the installed paths; then builds the NSIS installer script.
# Usage: tools/release-check.sh BUILD_DIR VERSION
set -euo pipefail
build="$1"
version="$2"
cd "$build"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack -G DEB -B "$scratch/out" > "$scratch/cpack-deb.log" 2>&1 || { cat "$scratch/cpack-deb.log"; exit 1; }
deb=$(ls "$scratch"/out/lianping_"$version"_*.deb)
echo "package: $deb"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/lianping ./usr/bin/lianping-cli ./usr/share/applications/lianping.desktop \
            ./usr/share/metainfo/org.lianping.Lianping.metainfo.xml ./usr/share/mime/packages/lianping.xml \
            ./usr/share/icons/hicolor/scalable/apps/lianping.svg ./usr/share/icons/hicolor/48x48/apps/lianping.png \
            ./usr/share/icons/hicolor/256x256/apps/lianping.png ./usr/share/man/man1/lianping-cli.1.gz \
            ./usr/share/doc/lianping/copyright ./usr/share/doc/lianping/changelog.gz; do
    grep -qx "$path" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libqt6widgets6 libqt6charts6 libsqlite3-0 qt6-qpa-plugins qt6-translations-l10n fonts-wqy-microhei; do
    grep -q "$dependency" <<<"$depends" || { echo "Depends lacks $dependency: $depends"; exit 1; }
done

# lintian: errors fail the check; warnings are shown.
lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "root privileges" | tee "$scratch/lintian.log" || true
if grep -q '^E:' "$scratch/lintian.log"; then
    echo "lintian reports errors"
    exit 1
fi

root="$scratch/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/lianping.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.lianping.Lianping.metainfo.xml" > /dev/null
cli=$("$root/usr/bin/lianping-cli" --version)
gui=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/lianping" --version 2>/dev/null)
echo "$cli"; echo "$gui"
[ "$cli" = "lianping-cli $version" ] || { echo "unexpected: $cli"; exit 1; }
grep -q "$version" <<<"$gui" || { echo "unexpected: $gui"; exit 1; }
# The installed CLI works on a real file.
"$root/usr/bin/lianping-cli" --db "$scratch/check.lpdb" demo --units 50 > /dev/null
"$root/usr/bin/lianping-cli" --db "$scratch/check.lpdb" check

# Windows installer script (with this build's payload; the real one comes from a Windows build).
cpack -G NSIS -B "$scratch/out" > "$scratch/cpack-nsis.log" 2>&1 || { cat "$scratch/cpack-nsis.log"; exit 1; }
ls "$scratch"/out/lianping-"$version"-*.exe > /dev/null
echo "release check passed"
