#!/usr/bin/env bash
# Fresh machine to running Lianping: installs dependencies, builds, creates a demo database
# (demo.lpdb, 2,000 units by default) and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh
db="${LIANPING_DEMO_DB:-$PWD/demo.lpdb}"
if [ ! -f "$db" ]; then
    build/app/cli/lianping-cli --db "$db" demo --units "${LIANPING_DEMO_UNITS:-2000}" --seed 1 --year 2026
fi
if [ -x build/app/desktop/lianping ]; then
    exec build/app/desktop/lianping "$db"
fi
# Until the desktop application exists: the campaign's results from the command line.
build/app/cli/lianping-cli --db "$db" result 2026 | head -25
echo "…  (lianping-cli --db $db --help lists every command)"
