"""core, db, sync, reports, server and the headless commands never import Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

BLOCK_QT = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError(f"Qt imported outside the UI layer: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import biox_desktop
for pkg in ("core", "db", "sync", "reports", "server", "cli"):
    module = importlib.import_module(f"biox_desktop.{pkg}")
    for info in pkgutil.walk_packages(module.__path__, f"biox_desktop.{pkg}."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
from biox_desktop.cli.main import build_parser
build_parser()
# Babel (dates in the user's language) loads on the first date formatted, not at import.
assert "babel" not in sys.modules, "babel imported at start-up"
print("ok")
"""


def test_lower_layers_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run([exe], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
