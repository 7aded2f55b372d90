#!/usr/bin/env bash
# Set up (first time) and open bioX Missions on a demo mission, with a local database only.
# Extra arguments go to biox-desktop (e.g. --data-dir DIR, --screenshot FILE.png).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found: opening offscreen (use --screenshot FILE.png to see the window)." >&2
  export QT_QPA_PLATFORM=offscreen
fi
# The demo lives in a folder of its own: its made-up missions and leads never mix with your data
# (nor reach a sync server through it). Pass --data-dir DIR to choose another folder.
case " $* " in
  *" --data-dir "*|*" --data-dir="*) exec .venv/bin/biox-desktop --demo "$@" ;;
esac
demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/biox-missions-demo"
exec .venv/bin/biox-desktop --data-dir "$demo_dir" --demo "$@"
