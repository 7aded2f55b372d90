"""The server and the protocol run with no Qt installed and never import the desktop's layers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
sys.modules["PySide6"] = None  # any import of Qt now fails
import biox_desktop.sync.protocol, biox_desktop.server.app, biox_desktop.server.cli
import biox_desktop.server.store, biox_desktop.server.access
bad = [m for m, mod in sys.modules.items() if mod is not None and m.startswith(("biox_desktop.ui", "biox_desktop.db", "PySide6"))]
print(bad)
"""


def test_server_imports_without_qt_or_desktop_layers() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
