#!/usr/bin/env bash
# Pack dist/bioX Missions.app (from installers/biox.spec) into a compressed, drag-to-install dmg.
# Usage: installers/macos/make-dmg.sh VERSION   (run on macOS; hdiutil ships with it)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?give the version, e.g. 0.1.0}
app="dist/bioX Missions.app"
[ -d "$app" ] || { echo "$app not found: run pyinstaller installers/biox.spec first" >&2; exit 3; }
# Smoke test the frozen app before packing it.
"$app/Contents/MacOS/biox-missions" --data-dir "$(mktemp -d)" --smoke
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="dist/biox-missions-$version-macos-$(uname -m).dmg"
rm -f "$out"
hdiutil create -volname "bioX Missions $version" -srcfolder "$stage" -fs HFS+ -format UDZO "$out"
echo "$out"
