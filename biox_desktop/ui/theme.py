"""Look: the app icon, SVG icons (sharp at any screen scale), and dark mode following the OS.

Qt 6 scales for high-DPI screens by itself; icons are SVG so they stay sharp at 150 % or 200 %.
The colour scheme follows the operating system (``QStyleHints.colorScheme``) and changes with it
while the application runs; on a dark scheme the Fusion style gets a dark palette, so every
platform looks the same. ``BIOX_THEME=dark`` or ``light`` forces one (screenshots, testing).
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

_connected = False

#: The app's own colours, each with a light and a dark value. Text stays in the palette's Text
#: colour on the backgrounds, and the text colours sit on the palette's Base or Window; every
#: pair keeps a WCAG contrast of at least 4.5:1 in both themes (tests/ui/test_contrast.py).
COLOURS: dict[str, tuple[str, str]] = {
    "conflict_bg": ("#f8c9c4", "#5c2622"),   # agenda rows and grid cells in conflict
    "draft_bg": ("#e8eef1", "#263743"),      # a draft meeting
    "changed_bg": ("#fff3c4", "#4a3d10"),    # a meeting changed since it was published
    "chosen_bg": ("#cfe8cf", "#1e4a2b"),     # Merge: the value a merge keeps
    "provenance_bg": ("#f0f0f0", "#2b3134"),  # Merge: who captured what, above the fields
    "banner_bg": ("#fdecea", "#46201d"),     # a refusal banner
    "banner_text": ("#5f1410", "#ffdad6"),
    "warning": ("#b3261e", "#ff8f86"),       # warning text, overdue dates, errors
    "todo": ("#8a5a00", "#f2c46b"),          # a checklist item still to do
    "muted": ("#5c6166", "#a9b0b5"),         # secondary text, cancelled rows, locked values
    "accent": ("#1b5e7a", "#7cc3e6"),        # KPI numbers
    "scanned_bg": ("#fff4c2", "#4a3d10"),    # capture: a field a scan filled, not checked yet
    "unsure_bg": ("#ffd6a8", "#5a3410"),     # capture: a field the card's OCR was unsure of
    "unsure_border": ("#9a4a00", "#ffa64d"),
}

#: Widgets whose style sheet names one of the colours, re-styled when the theme changes.
_tinted: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()


def dark_now() -> bool:
    """Whether the palette in use is dark (whatever set it: the OS, BIOX_THEME or a test)."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colour(name: str) -> QColor:
    """The colour ``name`` of :data:`COLOURS` for the palette in use."""
    light, dark = COLOURS[name]
    return QColor(dark if dark_now() else light)


def css(name: str) -> str:
    """The colour ``name`` as ``#rrggbb`` for style sheets and rich text."""
    return colour(name).name()


def tint(widget: QWidget, template: str) -> None:
    """Style ``widget`` with ``template``, where ``{warning}`` etc. name :data:`COLOURS`;
    applied again with the other values when the theme changes while the app runs."""
    _tinted[widget] = template
    widget.setStyleSheet(template.format(**{k: css(k) for k in COLOURS}))


def _retint() -> None:
    values = {k: css(k) for k in COLOURS}
    for widget, template in list(_tinted.items()):
        if shiboken6.isValid(widget):  # a widget Qt deleted may keep its Python side a while
            widget.setStyleSheet(template.format(**values))
        else:
            _tinted.pop(widget, None)


def luminance(c: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; 4.5 is the AA level for text)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


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
    _retint()
    if not _connected:
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))
        _connected = True
