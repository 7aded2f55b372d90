#!/usr/bin/env bash
# Set up a fresh Debian/Ubuntu machine for bioX Missions: system packages and .venv.
# Usage: scripts/setup.sh [--with-test-tools]
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--with-test-tools" ] && want_tests=1

# Qt offscreen/desktop libraries, fonts covering accented Latin and CJK, Tesseract OCR with the
# missions' languages (business cards); for the tests: PDF
# tools, PostgreSQL for the server tests, nginx for the tested TLS deployment example, Chromium
# for the browser tests of the counterpart pages.
packages=(python3 python3-venv libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
          libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
          libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1
          fonts-dejavu-core fonts-wqy-microhei
          tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-ita
          tesseract-ocr-spa tesseract-ocr-jpn tesseract-ocr-chi-sim tesseract-ocr-chi-tra
          tesseract-ocr-kor)
[ $want_tests = 1 ] && packages+=(poppler-utils postgresql nginx-light chromium chromium-driver)

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip uv >/dev/null
extras="desktop,server"
[ $want_tests = 1 ] && extras="desktop,server,dev"
VIRTUAL_ENV="$PWD/.venv" .venv/bin/uv pip install -q -e ".[${extras}]"
echo "Environment ready in .venv"
