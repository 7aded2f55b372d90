"""Icons are sharp SVGs that load; dark mode gives a dark palette with readable text."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from biox_desktop.ui import theme


def test_every_icon_loads_at_high_dpi(qtbot) -> None:
    names = sorted(p.stem for p in theme.ICONS.glob("*.svg"))
    assert {"biox", "sync", "account", "settings", "backup", "restore"} <= set(names)
    for name in names:
        pixmap = theme.icon(name).pixmap(96, 96)  # 48 px at 200 %
        assert not pixmap.isNull() and pixmap.width() == 96, name


def test_dark_scheme_gets_a_dark_palette(qtbot, monkeypatch) -> None:
    app = QApplication.instance()
    before = app.palette()
    style = app.style().name()
    try:
        monkeypatch.setenv("BIOX_THEME", "dark")
        theme.apply(app)
        palette = app.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        assert window.lightness() < 60 < 200 < text.lightness()
        assert not app.windowIcon().isNull()
        monkeypatch.setenv("BIOX_THEME", "light")
        theme.apply(app)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150
    finally:
        app.setStyle(style)
        app.setPalette(before)
