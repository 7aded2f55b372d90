#!/usr/bin/env bash
# Build the Linux one-folder bundle of bioX Missions with PyInstaller, smoke-test it, and pack
# it as dist/biox-missions-<version>-linux-<arch>.tar.gz (plus an AppImage where appimagetool is
# installed). Slower than the test suite, and separate from it.
#
# Usage: scripts/build-linux.sh            (uses .venv, or $PYTHON_ENV, e.g. /work/venv)
# Needs PyInstaller in that environment: VIRTUAL_ENV=.venv uv pip install pyinstaller
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${PYTHON_ENV:-.venv}
py="$venv/bin/python"
[ -x "$py" ] || { echo "no Python environment at $venv (run scripts/setup.sh)" >&2; exit 3; }
"$py" -c "import PyInstaller" 2>/dev/null || {
  echo "PyInstaller is missing: VIRTUAL_ENV=$venv uv pip install pyinstaller" >&2; exit 3; }

version=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
arch=$(uname -m)
name="biox-missions-$version-linux-$arch"
start=$(date +%s)

# The compiled translations are committed and tests/ui/test_translations.py holds them equal to
# their sources: the build packs them as they are and never rewrites tracked files.

rm -rf "dist/bioX Missions" build/pyinstaller
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/biox.spec
bundle="dist/bioX Missions"
install -m 644 installers/linux/biox-missions.desktop "$bundle/biox-missions.desktop"
install -m 644 build/icons/biox.png "$bundle/biox-missions.png"
built=$(date +%s)

# Smoke test the frozen app: a fresh data folder (migrations run), the main window opens and
# closes, a headless backup works, and the window renders in German with the bundled catalogue.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled:
"$bundle/biox-missions" --data-dir "$smoke/data" --demo --smoke
"$bundle/biox-missions" --data-dir "$smoke/data" backup -o "$smoke/backup.sqlite3" >/dev/null
"$bundle/biox-missions" --data-dir "$smoke/data" missions list --json | grep -q "Osaka"
BIOX_LANGUAGE=de "$bundle/biox-missions" --data-dir "$smoke/data" --screenshot "$smoke/de.png" >/dev/null
[ -s "$smoke/de.png" ]
ls "$bundle/_internal/resources/fonts/"*.tt[fc] >/dev/null
echo "smoke test: passed"

tar -C dist -czf "dist/$name.tar.gz" --transform "s|^bioX Missions|$name|" "bioX Missions"

if command -v appimagetool >/dev/null; then
  appdir=build/AppDir
  rm -rf "$appdir"
  mkdir -p "$appdir/usr/lib"
  cp -a "$bundle" "$appdir/usr/lib/biox-missions"
  cp installers/linux/biox-missions.desktop "$appdir/"
  cp build/icons/biox.png "$appdir/biox-missions.png"
  printf '#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/lib/biox-missions/biox-missions" "$@"\n' \
    > "$appdir/AppRun"
  chmod +x "$appdir/AppRun"
  ARCH=$arch appimagetool "$appdir" "dist/$name.AppImage"
else
  echo "appimagetool not found: AppImage skipped (the tar.gz is built)"
fi
end=$(date +%s)
echo "bundle: $(du -sh "$bundle" | cut -f1) in '$bundle'; archive: $(du -h "dist/$name.tar.gz" | cut -f1) dist/$name.tar.gz"
echo "time: build $((built - start)) s, total $((end - start)) s"
