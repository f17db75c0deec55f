#!/bin/sh
# The OS keyring path, for real: a private session bus with GNOME Keyring's secret service
# (what a Linux desktop has). `office init` without a passphrase keeps the key's secret there;
# signing needs no passphrase in that session; outside it — another account, a copied file —
# the key is locked. Skips (77) where there is no dbus-run-session or gnome-keyring-daemon.
# Usage: keyring.sh LIANPING_CLI
set -u
cli="$1"
command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null || {
    echo "skipped: needs dbus-run-session and gnome-keyring-daemon"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME="$dir/home" XDG_DATA_HOME="$dir/home/.local/share" LIANPING_BACKUP_DIR="$dir/backups"
mkdir -p "$HOME"
unset LIANPING_KEYRING
cat > "$dir/session.sh" <<INNER
#!/bin/sh
set -eu
echo "keyring test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || exit 77
"$cli" --db "$dir/city.lpdb" office init 市纪委 --role city
"$cli" --db "$dir/city.lpdb" office export-key --out "$dir/city.lpkey"
INNER
chmod +x "$dir/session.sh"
dbus-run-session -- "$dir/session.sh" 2>"$dir/err"
rc=$?
if [ $rc -eq 77 ]; then echo "skipped: no secret service came up"; cat "$dir/err"; exit 77; fi
[ $rc -eq 0 ] || { echo "FAILED: with a keyring, init and export-key need no passphrase"; cat "$dir/err"; exit 1; }
grep -q lianping-office-key "$dir/city.lpkey" || { echo "FAILED: no key file"; exit 1; }
# Outside that session: the keyring is not there; the key is locked.
if "$cli" --db "$dir/city.lpdb" office export-key --out "$dir/again.lpkey" 2>"$dir/err2"; then
    echo "FAILED: signed without the keyring and without a passphrase"; exit 1
fi
grep -q "locked" "$dir/err2" || { echo "FAILED: no 'locked' message"; cat "$dir/err2"; exit 1; }
# The file holds only the sealed key.
if sqlite3 "$dir/city.lpdb" "SELECT key FROM meta" | grep -qx office_secret_key; then
    echo "FAILED: a clear key in meta"; exit 1
fi
echo "keyring: signing opened the key from the keyring; outside it the key is locked"
