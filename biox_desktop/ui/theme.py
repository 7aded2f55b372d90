"""Look: the app icon, SVG icons (sharp at any screen scale), and dark mode following the OS.

Qt 6 scales for high-DPI screens by itself; icons are SVG so they stay sharp at 150 % or 200 %.
The colour scheme follows the operating system (``QStyleHints.colorScheme``) and changes with it
while the application runs; on a dark scheme the Fusion style gets a dark palette, so every
platform looks the same. ``BIOX_THEME=dark`` or ``light`` forces one (screenshots, testing).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

_connected = False


def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``."""
    return QIcon(str(ICONS / f"{name}.svg"))


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style (contrast at least 4.5:1 for text)."""
    p = QPalette()
    window, base, alt = QColor("#202427"), QColor("#171a1c"), QColor("#262b2e")
    text, dim, accent = QColor("#e6e8ea"), QColor("#8a9196"), QColor("#4d9fcc")
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, c in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                 (role.AlternateBase, alt), (role.ToolTipBase, alt), (role.ToolTipText, text),
                 (role.PlaceholderText, dim), (role.Text, text), (role.Button, alt),
                 (role.ButtonText, text), (role.BrightText, QColor("#ff6b6b")),
                 (role.Link, accent), (role.Highlight, QColor("#2f6f94")),
                 (role.HighlightedText, QColor("#ffffff")), (role.Light, QColor("#3a4044")),
                 (role.Midlight, QColor("#30363a")), (role.Mid, QColor("#2a2f32")),
                 (role.Dark, QColor("#121415")), (role.Shadow, QColor("#000000"))):
        p.setColor(r, c)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#6b7277"))
    return p


def is_dark(app: QGuiApplication) -> bool:
    forced = os.environ.get("BIOX_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication) -> None:
    """Set the app icon and the palette for the OS colour scheme; follow later changes."""
    global _connected
    app.setWindowIcon(icon("biox"))
    if is_dark(app):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    if not _connected:
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
        _connected = True
