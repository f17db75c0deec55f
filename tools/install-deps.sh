#!/usr/bin/env bash
# Installs everything Lianping needs to build, test and run, from Debian 12 packages only.
# Idempotent: running it again installs nothing new.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6-dev qt6-qpa-plugins
    libsqlite3-dev sqlite3 catch2
    libxlsxwriter-dev libzip-dev libsodium-dev
    fonts-noto-cjk fonts-wqy-microhei poppler-utils python3-openpyxl
    xvfb xauth
    lintian nsis desktop-file-utils appstream
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
