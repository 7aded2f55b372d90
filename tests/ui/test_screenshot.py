"""`biox-desktop --demo --screenshot` renders the main window with the demo data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def _shoot(data_dir: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it must set it itself
    env.pop("DISPLAY", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # a computer without one
    return subprocess.run(
        [sys.executable, "-m", "biox_desktop", "--data-dir", str(data_dir), *extra,
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=180, env=env,
    )


def _differing_pixels(a: QImage, b: QImage) -> int:
    count = 0
    for y in range(0, a.height(), 4):
        for x in range(0, a.width(), 4):
            if a.pixel(x, y) != b.pixel(x, y):
                count += 1
    return count


def test_demo_screenshot_shows_the_demo_missions(tmp_path: Path) -> None:
    demo_png, empty_png = tmp_path / "demo.png", tmp_path / "empty.png"
    result = _shoot(tmp_path / "demo", demo_png, "--demo")
    assert result.returncode == 0, result.stderr
    # No keyring in the child: a demo may stay plain, a real folder is refused without a
    # passphrase (with a message, never a box nobody can close offscreen), and opens with one.
    refused = _shoot(tmp_path / "empty", empty_png)
    assert refused.returncode == 3 and "passphrase" in refused.stderr.lower()
    os.environ["BIOX_PASSPHRASE"] = "a passphrase for the test"
    try:
        assert _shoot(tmp_path / "empty", empty_png).returncode == 0
    finally:
        del os.environ["BIOX_PASSPHRASE"]
    demo, empty = QImage(str(demo_png)), QImage(str(empty_png))
    assert (demo.width(), demo.height()) == (1280, 800)
    # The demo's table rows and mission selector make the picture differ from an empty app.
    assert _differing_pixels(demo, empty) > 1000
