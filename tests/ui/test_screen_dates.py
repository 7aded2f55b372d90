"""Dates on the screens speak the user's language: German month names once German is installed.

The Missions table and the main window's mission selector show each mission's days; without a
language they keep the English house format ("02 Mar 2027"), in German they read "2. März 2027".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from biox_desktop.core import i18n as core_i18n
from biox_desktop.core.missions import MissionInput
from biox_desktop.ui import i18n


@pytest.fixture
def missions(ops) -> None:
    for name, start, end in (("Osaka Partnering Days", dt.date(2027, 3, 2), dt.date(2027, 3, 5)),
                             ("Boston Trade Mission", dt.date(2027, 12, 6),
                              dt.date(2027, 12, 10))):
        ops.workspace.missions.create(MissionInput(
            name=name, kind="trade_mission", country="JP", timezone="Asia/Tokyo",
            start_date=start, end_date=end))


@pytest.fixture
def german() -> Iterator[None]:
    app = QApplication.instance()
    assert i18n.install(app, "de") == "de"
    try:
        yield
    finally:
        i18n.install(app, "en")
        core_i18n.set_translator(None)


def _open(qtbot, ops):
    from biox_desktop.ui.main_window import MainWindow

    window = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(window)
    window.load()
    window.show()
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: not ops.busy and screen.table.model().rowCount() == 2)
    return window, screen


def _dates(screen) -> list[str]:
    model = screen.table.model()
    return [model.index(r, 4).data() for r in range(model.rowCount())]


def _selector(window) -> list[str]:
    return [window.mission_selector.itemText(i) for i in range(window.mission_selector.count())]


def test_dates_keep_the_english_house_format_without_a_language(qtbot, ops, missions) -> None:
    window, screen = _open(qtbot, ops)
    assert _dates(screen) == ["02 Mar 2027 – 05 Mar 2027", "06 Dec 2027 – 10 Dec 2027"]
    assert _selector(window) == ["Osaka Partnering Days · 02 Mar 2027",
                                 "Boston Trade Mission · 06 Dec 2027"]
    ops.wait_idle()


def test_dates_show_german_month_names_in_german(qtbot, ops, missions, german) -> None:
    window, screen = _open(qtbot, ops)
    assert _dates(screen) == ["2. März 2027 – 5. März 2027", "6. Dez. 2027 – 10. Dez. 2027"]
    assert _selector(window) == ["Osaka Partnering Days · 2. März 2027",
                                 "Boston Trade Mission · 6. Dez. 2027"]
    ops.wait_idle()
