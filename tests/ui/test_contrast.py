"""Dark mode stays readable: the cells and labels the app colours itself keep a WCAG contrast of
at least 4.5:1 between their text and their background, in the light and the dark theme.

Colours are read back from the screens as drawn (the model's roles, the table items, a label's
polished palette), on the demo data as a coordinator sees it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableWidgetItem, QWidget

from biox_desktop.ui import theme

AA = 4.5


@pytest.fixture(params=["light", "dark"])
def themed(request: Any, qtbot: Any) -> Iterator[str]:
    """The app in the light or the dark theme (as theme.apply sets it), restored afterwards."""
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


@pytest.fixture
def coordinator(qtbot: Any, workspace: Any, ops: Any, themed: str) -> Iterator[Any]:
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    workspace.update_settings(role="coordinator")
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    yield win
    ops.wait_idle()


def _colour(value: Any, fallback: QColor) -> QColor:
    if isinstance(value, QBrush):
        return value.color() if value.style() != Qt.BrushStyle.NoBrush else fallback
    if isinstance(value, QColor):
        return value
    return fallback


def _cell(view: QWidget, index: QModelIndex) -> tuple[QColor, QColor]:
    p = view.palette()
    return (_colour(index.data(Qt.ItemDataRole.ForegroundRole), p.color(QPalette.ColorRole.Text)),
            _colour(index.data(Qt.ItemDataRole.BackgroundRole), p.color(QPalette.ColorRole.Base)))


def _item(view: QWidget, item: QTableWidgetItem) -> tuple[QColor, QColor]:
    p = view.palette()
    return (_colour(item.foreground(), p.color(QPalette.ColorRole.Text)),
            _colour(item.background(), p.color(QPalette.ColorRole.Base)))


def _label(label: QLabel) -> tuple[QColor, QColor]:
    label.ensurePolished()
    p = label.palette()
    return p.color(label.foregroundRole()), p.color(QPalette.ColorRole.Window)


def _check(found: dict[str, list[tuple[QColor, QColor]]], what: str) -> None:
    assert found[what], f"no {what} on the screen to check"
    for fg, bg in found[what]:
        ratio = theme.contrast(fg, bg)
        assert ratio >= AA, f"{what}: {fg.name()} on {bg.name()} is {ratio:.2f}:1"


def _shot(win: Any, name: str, themed: str) -> None:
    folder = Path(os.environ.get("BIOX_SHOTS", "/tmp/shots-screens"))
    folder.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(folder / f"contrast-{name}-{themed}.png"))


def test_theme_colours_meet_aa_on_their_backgrounds(themed: str) -> None:
    """Every colour of the theme table against what it is drawn on, in both themes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    p = app.palette()
    text, base, window = (p.color(r) for r in (QPalette.ColorRole.Text, QPalette.ColorRole.Base,
                                               QPalette.ColorRole.Window))
    assert (themed == "dark") == theme.dark_now()
    for name in theme.COLOURS:
        if name.endswith("_bg"):
            assert theme.contrast(text, theme.colour(name)) >= AA, name
            if name == "banner_bg":
                for fg in ("banner_text", "warning"):
                    assert theme.contrast(theme.colour(fg), theme.colour(name)) >= AA, fg
        elif name != "banner_text":
            for bg in (base, window):
                assert theme.contrast(theme.colour(name), bg) >= AA, name


def test_coloured_cells_and_labels_are_readable(qtbot: Any, coordinator: Any, ops: Any,
                                                themed: str) -> None:
    win = coordinator
    found: dict[str, list[tuple[QColor, QColor]]] = {
        "agenda conflict row": [], "agenda grid conflict": [], "merge provenance": [],
        "merge chosen value": [], "KPI number": [], "roster warning": []}

    # Agenda: the conflicting rows of the Day list (every day) and the All-days grid.
    agenda = win.show_screen("agenda")
    qtbot.waitUntil(lambda: agenda.data is not None and not ops.busy, timeout=30_000)
    conflict = theme.colour("conflict_bg")
    for d in range(agenda.day.count()):
        agenda.day.setCurrentIndex(d)
        model = agenda.day_model
        for r in range(model.rowCount()):
            fg, bg = _cell(agenda.day_view, model.index(r, 0))
            if bg == conflict:
                found["agenda conflict row"].append((fg, bg))
    grid = agenda.grid
    for r in range(grid.rowCount()):
        for c in range(grid.columnCount()):
            item = grid.item(r, c)
            if item is not None and _item(grid, item)[1] == conflict:
                found["agenda grid conflict"].append(_item(grid, item))
    _check(found, "agenda conflict row")
    _check(found, "agenda grid conflict")

    # Roster: the warning marks of delegates with something to fix.
    roster = win.show_screen("roster")
    qtbot.waitUntil(lambda: roster.model.rowCount() > 0 and not ops.busy, timeout=30_000)
    warning = theme.colour("warning")
    for r in range(roster.model.rowCount()):
        index = roster.model.index(r, 0)
        qtbot.waitUntil(lambda i=index: i.data() is not None, timeout=10_000)
        fg, bg = _cell(roster.table, index)
        if fg == warning:
            found["roster warning"].append((fg, bg))
    _check(found, "roster warning")

    # Reports: the KPI numbers.
    reports = win.show_screen("reports")
    qtbot.waitUntil(lambda: reports.report is not None and not ops.busy, timeout=30_000)
    found["KPI number"] = [_label(tile.value) for tile in reports.tiles.values()]
    _check(found, "KPI number")

    # Merge: provenance rows and the values a merge keeps.
    merge = win.show_screen("merge")
    qtbot.waitUntil(lambda: merge.model.rowCount() > 0, timeout=60_000)
    merge.queue.selectRow(0)
    qtbot.waitUntil(lambda: merge.current is not None, timeout=30_000)
    chosen = theme.colour("chosen_bg")
    table = merge.compare
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is None:
                continue
            pair = _item(table, item)
            if r < merge.first_field_row:
                found["merge provenance"].append(pair)
            elif pair[1] == chosen:
                found["merge chosen value"].append(pair)
    _check(found, "merge provenance")
    _check(found, "merge chosen value")
    _shot(win, "merge", themed)
