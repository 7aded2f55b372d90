"""Screens at 1280x720 and 1920x1080, English and German, light and dark: no column title cut,
roles shown whole; the pictures go to /tmp/shots-screens (BIOX_SHOTS) to be looked at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from biox_desktop.ui import theme

SCREENS = ("missions", "roster", "agreements")
SIZES = ((1280, 720), (1920, 1080))


@pytest.fixture(params=["light", "dark"])
def themed(request: Any, qtbot: Any) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, style = app.palette(), app.style().name()
    os.environ["BIOX_THEME"] = request.param
    try:
        theme.apply(app)
        yield request.param
    finally:
        del os.environ["BIOX_THEME"]
        app.setStyle(style)
        app.setPalette(before)


def _cut_titles(view: QTableView) -> list[str]:
    """Column titles narrower than their text (Qt would draw them with "…")."""
    header = view.horizontalHeader()
    margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = view.model()
    cut = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c):
            continue
        text = str(model.headerData(c, header.orientation()) or "")
        need = header.fontMetrics().horizontalAdvance(text) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == c:
            need += view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.sectionSize(c) < need:
            cut.append(f"{text!r} {header.sectionSize(c)} < {need}")
    return cut


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_cut_titles_or_roles(qtbot: Any, window_in: Any, ops: Any, themed: str,
                                language: str) -> None:
    win = window_in(language)
    folder = Path(os.environ.get("BIOX_SHOTS", "/tmp/shots-screens"))
    folder.mkdir(parents=True, exist_ok=True)
    problems = []
    for width, height in SIZES:
        win.resize(width, height)
        for key in SCREENS:
            screen = win.show_screen(key)
            qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
            qtbot.wait(50)  # layouts settle
            win.grab().save(str(folder / f"{key}-{language}-{themed}-{width}x{height}.png"))
            for view in screen.findChildren(QTableView):
                if view.isVisibleTo(win) and view.model() is not None:
                    problems += [f"{key} {width}px {view.objectName()}: {p}"
                                 for p in _cut_titles(view)]
        missions = win.show_screen("missions")
        qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
        qtbot.wait(50)
        # Every column of Missions in sight (no sideways scrolling), cut values in the tooltip.
        if missions.table.horizontalScrollBar().maximum() != 0:
            problems.append(f"missions {width}px: the table scrolls sideways")
        index = missions.model.index(0, 0)
        assert index.data() in str(index.data(Qt.ItemDataRole.ToolTipRole))
        roster = win.show_screen("roster")
        table = roster.table
        role = table.horizontalHeader().sectionSize(3)
        for r in range(roster.model.rowCount()):
            text = str(roster.model.index(r, 3).data() or "")
            if table.fontMetrics().horizontalAdvance(text) + 8 > role:
                problems.append(f"roster {width}px role {text!r} cut at {role}px")
    assert not problems, "\n".join(problems)
