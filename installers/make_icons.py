"""Render the app icon (resources/icons/biox.svg) to the formats each OS wants.

    python installers/make_icons.py OUT_DIR   ->  biox.png (256 px), biox.ico, biox.icns

Qt draws the SVG (offscreen, no screen needed); Pillow writes .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SVG = REPO / "biox_desktop" / "resources" / "icons" / "biox.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def make_icons(out: Path) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SVG))
    pngs: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"biox-{size}.png"
        image.save(str(path))
        pngs[size] = path
    big = Image.open(pngs[1024])
    (out / "biox.png").write_bytes(pngs[256].read_bytes())
    big.save(out / "biox.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(out / "biox.icns")
    return {"png": out / "biox.png", "ico": out / "biox.ico", "icns": out / "biox.icns"}


if __name__ == "__main__":
    for kind, path in make_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).items():
        print(kind, path)
