"""Every date field keeps the date a person types (issue 13, item 7).

A user Tabs into the field and types ``2027-06-14``, or the date as their locale writes it
(``6/14/2027`` in US English, ``14.06.2027`` in German): the field holds 14 June 2027, never
another day. Qt's section editor stored 2027-12-06 for the ISO text. Each screen's dialog is
driven with real Tab and key events, in English and German.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from biox_desktop.ui.agenda import AgendaScreen, MoveDialog
from biox_desktop.ui.agenda_forms import ItemDialog, MeetingDialog, RequestDialog
from biox_desktop.ui.agreements import AgreementDialog
from biox_desktop.ui.missions import MissionDialog
from biox_desktop.ui.roster import DelegateDialog

JUNE_14 = QDate(2027, 6, 14)
LOCALES = {"en_US": "6/14/2027", "de_DE": "14.06.2027"}


@pytest.fixture(params=sorted(LOCALES))
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """The user's locale (what the app's language setting installs as Qt's default)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    try:
        yield request.param
    finally:
        QLocale.setDefault(before)


@pytest.fixture(params=["iso", "locale"])
def typed(request: pytest.FixtureRequest, locale: str) -> str:
    """The text the user types for 14 June 2027."""
    return "2027-06-14" if request.param == "iso" else LOCALES[locale]


@pytest.fixture
def demo_window(qtbot, workspace, ops) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    yield win
    ops.wait_idle()


def _modal(qtbot, kind: type) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=20_000)
    return QApplication.activeModalWidget()


def _owns_focus(target: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is target or target.isAncestorOf(focus))


def tab_to(qtbot, window: QWidget, target: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press Tab, as a person does, until ``target`` has the focus."""
    popup = QApplication.activePopupWidget()
    if popup is not None:  # a completer's list from typing before: click it away
        popup.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(60):
        if _owns_focus(target):
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def type_date(qtbot, window: QWidget, field: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tab into ``field``, type ``text`` key by key, Tab out."""
    tab_to(qtbot, window, field)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not _owns_focus(field)


def _agenda(qtbot, win) -> AgendaScreen:  # type: ignore[no-untyped-def]
    screen = win.show_screen("agenda")
    qtbot.waitUntil(lambda: screen.data is not None and not win.ops.busy, timeout=20_000)
    return screen


def _click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# -- the new-mission dialog, saved through to the database ------------------------------------


def test_new_mission_stores_the_typed_dates(qtbot, window, ops, typed, locale) -> None:
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: not ops.busy)
    _click(qtbot, screen.new_button)
    dialog = _modal(qtbot, MissionDialog)
    qtbot.keyClicks(dialog.name, "Osaka Partnering Days")
    # Picked, not typed: a completer's popup would take the window's activation.
    dialog.country.setCurrentIndex(dialog.country.findData("JP"))
    dialog.timezone.setCurrentText("Asia/Tokyo")
    type_date(qtbot, dialog, dialog.start, typed)
    type_date(qtbot, dialog, dialog.end, typed.replace("14", "18"))
    assert dialog.start.date() == JUNE_14
    assert dialog.end.date() == QDate(2027, 6, 18)
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not ops.busy and bool(ops.workspace.missions.list()))
    created = ops.workspace.missions.list()[0]
    assert (created.start_date, created.end_date) == (dt.date(2027, 6, 14), dt.date(2027, 6, 18))


def test_an_impossible_date_is_refused_where_it_was_typed(qtbot, window, ops, locale) -> None:
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: not ops.busy)
    _click(qtbot, screen.new_button)
    dialog = _modal(qtbot, MissionDialog)
    qtbot.keyClicks(dialog.name, "Osaka Partnering Days")
    type_date(qtbot, dialog, dialog.start, "2027-02-30")
    assert dialog.start.text() == "2027-02-30", "what was typed stays, to be mended"
    assert "not a date" in dialog.start.toolTip()
    assert dialog.errors["start_date"].isVisible(), "said under the field before any Save"
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.errors["start_date"].isVisible()
    assert "2027-02-30" in dialog.errors["start_date"].text()
    assert _owns_focus(dialog.start)
    dialog.reject()


# -- agenda: programme item day, meeting day, request expiry, move meeting ---------------------


def test_programme_item_day(qtbot, demo_window, typed, locale) -> None:
    screen = _agenda(qtbot, demo_window)
    _click(qtbot, screen.new_item_button)
    dialog = _modal(qtbot, ItemDialog)
    type_date(qtbot, dialog, dialog.day, typed)
    assert dialog.day.date() == JUNE_14
    dialog.reject()


def test_meeting_day(qtbot, demo_window, typed, locale) -> None:
    screen = _agenda(qtbot, demo_window)
    screen.tabs.setCurrentIndex(2)
    _click(qtbot, screen.add_meeting_button)
    dialog = _modal(qtbot, MeetingDialog)
    type_date(qtbot, dialog, dialog.day, typed)
    assert dialog.day.date() == JUNE_14
    dialog.reject()


def test_request_expiry_day(qtbot, demo_window, typed, locale) -> None:
    screen = _agenda(qtbot, demo_window)
    screen.tabs.setCurrentIndex(3)
    _click(qtbot, screen.new_request_button)
    dialog = _modal(qtbot, RequestDialog)
    _click(qtbot, dialog.expires)
    type_date(qtbot, dialog, dialog.expiry_day, typed)
    assert dialog.expiry_day.date() == JUNE_14
    dialog.reject()


def test_move_meeting_start(qtbot, demo_window, typed, locale) -> None:
    screen = _agenda(qtbot, demo_window)
    assert screen.data is not None and screen.data.meetings
    screen.tabs.setCurrentIndex(2)
    screen.select_meeting(screen.data.meetings[0].id)
    _click(qtbot, screen.move_button)
    dialog = _modal(qtbot, MoveDialog)
    # A time outside the B2B sessions' slots is typed (a slot is chosen from a list).
    dialog.session.setCurrentIndex(dialog.session.findData(""))
    type_date(qtbot, dialog, dialog.when, f"{typed} 10:30")
    moved = dialog.when.dateTime()
    assert (moved.date(), moved.time().hour(), moved.time().minute()) == (JUNE_14, 10, 30)
    assert dialog.new_start() == dt.datetime(2027, 6, 14, 1, 30, tzinfo=dt.UTC)  # Tokyo
    dialog.reject()


# -- agreements, report period, roster ---------------------------------------------------------


def test_agreement_signature_date(qtbot, demo_window, typed, locale) -> None:
    screen = demo_window.show_screen("agreements")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    _click(qtbot, screen.new_button)
    dialog = _modal(qtbot, AgreementDialog)
    _click(qtbot, dialog.is_signed)
    type_date(qtbot, dialog, dialog.signed_on, typed)
    assert dialog.signed_on.date() == JUNE_14
    dialog.reject()


def test_report_period(qtbot, demo_window, typed, locale) -> None:
    screen = demo_window.show_screen("reports")
    screen.period.setCurrentIndex(screen.period.findData("custom"))
    type_date(qtbot, demo_window, screen.start, typed)
    assert screen.start.date() == JUNE_14
    assert screen.current_filter().start == dt.date(2027, 6, 14)


def test_roster_passport_expiry(qtbot, demo_window, typed, locale) -> None:
    screen = demo_window.show_screen("roster")
    qtbot.waitUntil(lambda: not demo_window.ops.busy)
    _click(qtbot, screen.add_button)
    dialog = _modal(qtbot, DelegateDialog)
    qtbot.keyClicks(dialog.name, "Hanako Yamada")
    dialog.organisation.setText("Osaka Bio")  # typing would open the completer's popup
    type_date(qtbot, dialog, dialog.passport_expiry, typed)
    assert dialog.collect().passport_expiry == dt.date(2027, 6, 14)
    dialog.reject()


# -- the reading rules themselves ---------------------------------------------------------------


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("en_US", "6/14/2027", dt.date(2027, 6, 14)),
    ("en_US", "06/07/2027", dt.date(2027, 6, 7)),  # June 7th, as a US user means it
    ("en_GB", "06/07/2027", dt.date(2027, 7, 6)),
    ("de_DE", "14.6.27", dt.date(2027, 6, 14)),
    ("fr_FR", "14/06/2027", dt.date(2027, 6, 14)),
    ("ja_JP", "2027/06/14", dt.date(2027, 6, 14)),
    ("de_DE", "2027.06.14", dt.date(2027, 6, 14)),  # a four-digit first number is a year
    ("de_DE", "20270614", dt.date(2027, 6, 14)),
    ("en_US", "14/06/2027", None),  # no month 14: refused, never turned into another day
    ("de_DE", "31.06.2027", None),
    ("de_DE", "14.06.202", None),
    ("de_DE", "next year", None),
])
def test_reading_typed_dates(name: str, text: str, expected: dt.date | None) -> None:
    from biox_desktop.ui.dates import parse_typed_date

    assert parse_typed_date(text, QLocale(name)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("9:30", dt.time(9, 30)), ("09:30", dt.time(9, 30)), ("14h30", dt.time(14, 30)),
    ("930", dt.time(9, 30)), ("2:30 pm", dt.time(14, 30)), ("12:00 am", dt.time(0, 0)),
    ("24:00", None), ("9:75", None), ("13:00 pm", None),
])
def test_reading_typed_times(text: str, expected: dt.time | None) -> None:
    from biox_desktop.ui.dates import parse_typed_time

    assert parse_typed_time(text) == expected
