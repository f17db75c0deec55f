#!/usr/bin/env bash
# Installs everything Lianping needs to build, test and run, from Debian 12 packages only.
# Idempotent: running it again installs nothing new.
set -euo pipefail
# Real package names only (a virtual name is never reported installed, so the check below
# would install on every call). With --no-install-recommends nothing comes for free:
# qt6-charts-dev only recommends libqt6opengl6-dev, which find_package(Qt6Charts) needs.
packages=(
    # build
    build-essential cmake ninja-build pkg-config git
    # Qt: libraries, Charts (needs OpenGL's CMake files), Linguist, Qt's own translations,
    # the platform plugins (xcb, offscreen), the SVG image plugin for the icon, and Qt PDF
    # (the first page of a PDF evidence file)
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6
    # storage and file formats: SQLite, Excel writer, .xlsx (zip), .xls reader, crypto
    libsqlite3-dev sqlite3 libxlsxwriter-dev libzip-dev libfreexl-dev libsodium-dev
    zlib1g-dev
    # the OS keyring that unlocks the signing key (QtKeychain; libsecret is loaded at run time)
    qtkeychain-qt6-dev libsecret-1-0
    # tests: Catch2, PDF text and pictures, a workbook reader, a virtual display, and
    # LibreOffice as the real client that opens our .docx and .xlsx files
    catch2 poppler-utils python3-openpyxl xvfb xauth libreoffice-writer-nogui libreoffice-calc-nogui
    # a real keyring for the keyring test: a session bus and GNOME Keyring's secret service
    dbus-daemon gnome-keyring
    # fonts the reports embed and the screens draw Chinese with
    fonts-wqy-microhei fonts-noto-cjk
    # official documents (GB/T 9704): Song for titles and page numbers, Kai standing in for FangSong
    fonts-arphic-gbsn00lp fonts-arphic-gkai00mp
    # the release check: package lint, desktop entry and metainfo validation, NSIS
    lintian nsis desktop-file-utils appstream
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: nothing missing (all ${#packages[@]} packages installed)"
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
