"""Dialogs never throw input away (issue 13, item 9), driven from the keyboard as a person does.

- The agenda's forms opened with the focus on Save: what was typed went nowhere and Space
  saved ("BSD Biomedical Campus" was saved as "Biomedical Campus"). They open on their first
  field now.
- Enter in the sign-in password field closed the dialog and dropped the three fields; it signs in.
- Escape on a filled quick capture discarded it without asking; it asks now (every form dialog
  shares the mechanism, ui/forms.py FormGuard).
- Alt+Y (consent) then Enter at once was read as "no consent"; the tick is read after the toggle.
- A meeting still ahead could be recorded as "Held"; the dialog only offers what can be true.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox, QWidget

from biox_desktop.core.missions import MissionInput
from biox_desktop.ui.agenda import AgendaScreen, OutcomeDialog
from biox_desktop.ui.agenda_forms import (
    ItemDialog,
    MeetingDialog,
    RequestDialog,
    TravelTimeDialog,
    VenueDialog,
    VenuesDialog,
)
from biox_desktop.ui.capture import CaptureDialog


@pytest.fixture
def demo_window(qtbot, workspace, ops) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from biox_desktop.ui.main_window import MainWindow

    workspace.seed_demo()
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    ops.wait_idle()


def _modal(qtbot, kind: type) -> Any:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=20_000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into whatever has the focus, key by key (non-ASCII as key events)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(_focus(), ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(_focus(), QKeyEvent(
                    kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _press(qtbot, key: Qt.Key,  # type: ignore[no-untyped-def]
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _agenda(qtbot, win) -> AgendaScreen:  # type: ignore[no-untyped-def]
    screen = win.show_screen("agenda")
    qtbot.waitUntil(lambda: screen.data is not None and not win.ops.busy, timeout=20_000)
    return screen


def _owner(widget: QWidget) -> QWidget:
    """The field a focused part belongs to (a combo's line edit counts as the combo)."""
    parent = widget.parentWidget()
    return parent if isinstance(parent, QComboBox) else widget


# -- focus on the first field ------------------------------------------------------------------


def test_the_agenda_forms_open_on_their_first_field(qtbot, demo_window) -> None:
    screen = _agenda(qtbot, demo_window)
    _click(qtbot, screen.new_item_button)
    item = _modal(qtbot, ItemDialog)
    assert _owner(_focus()) is item.kind
    item.reject()

    screen.tabs.setCurrentIndex(2)
    _click(qtbot, screen.add_meeting_button)
    meeting = _modal(qtbot, MeetingDialog)
    assert _owner(_focus()) is meeting.delegates
    meeting.reject()

    screen.tabs.setCurrentIndex(3)
    _click(qtbot, screen.new_request_button)
    request = _modal(qtbot, RequestDialog)
    assert _owner(_focus()) is request.requester
    request.reject()

    _click(qtbot, screen.venues_button)
    venues = _modal(qtbot, VenuesDialog)
    venues.venue_table.selectRow(0)
    _click(qtbot, venues.travel_button)
    travel = _modal(qtbot, TravelTimeDialog)
    assert _owner(_focus()) is travel.from_venue
    travel.reject()
    venues.reject()


def test_a_venue_name_typed_at_once_is_saved_whole(qtbot, demo_window) -> None:
    screen = _agenda(qtbot, demo_window)
    ops = demo_window.ops
    _click(qtbot, screen.venues_button)
    venues = _modal(qtbot, VenuesDialog)
    before = venues.venue_table.rowCount()
    _click(qtbot, venues.new_venue_button)
    dialog = _modal(qtbot, VenueDialog)
    _type(qtbot, "BSD Biomedical Campus")  # Space must not press Save
    assert dialog.isVisible()
    assert dialog.name.text() == "BSD Biomedical Campus"
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Jl. Raya")
    _press(qtbot, Qt.Key.Key_Return)  # Enter in a form saves it
    qtbot.waitUntil(lambda: not dialog.isVisible() and not ops.busy, timeout=20_000)
    qtbot.waitUntil(lambda: venues.venue_table.rowCount() == before + 1, timeout=20_000)
    names = {venues.venue_table.item(r, 0).text() for r in range(before + 1)}
    assert "BSD Biomedical Campus" in names
    venues.reject()


# -- Escape asks before discarding what was typed ----------------------------------------------


@pytest.fixture
def osaka(workspace) -> str:  # type: ignore[no-untyped-def]
    mission = workspace.missions.create(MissionInput(
        name="Osaka Partnering Days", kind="partnering_event", country="JP",
        start_date=dt.date(2026, 5, 11), end_date=dt.date(2026, 5, 15), timezone="Asia/Tokyo"))
    workspace.update_settings(current_mission_id=mission.id)
    return str(mission.id)


@pytest.fixture
def capture_window(qtbot, ops, osaka) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from biox_desktop.ui.main_window import MainWindow

    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: not ops.busy)
    yield win
    ops.wait_idle()


def _capture(qtbot, win) -> CaptureDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _modal(qtbot, CaptureDialog)
    qtbot.waitUntil(lambda: bool(dialog.consent_wording.text()))  # policy loaded
    return dialog


def _question(qtbot, dialog: QDialog) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.guard.question is not None
                    and dialog.guard.question.isVisible())
    return dialog.guard.question


def _answer(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    _click(qtbot, button)


def test_escape_on_a_filled_quick_capture_asks_first(qtbot, capture_window, ops) -> None:
    dialog = _capture(qtbot, capture_window)
    _type(qtbot, "山田太郎")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Yamada Taro")
    _press(qtbot, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert dialog.isVisible(), "nothing is discarded before the user says so"
    _answer(qtbot, box, "Keep editing")
    qtbot.waitUntil(lambda: dialog.guard.question is None)
    assert dialog.isVisible()
    assert (dialog.name.text(), dialog.romanised.text()) == ("山田太郎", "Yamada Taro")

    _press(qtbot, Qt.Key.Key_Escape)
    _answer(qtbot, _question(qtbot, dialog), "Discard")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ops.workspace.leads.ids() == []


def test_escape_on_an_untouched_form_closes_it_at_once(qtbot, capture_window) -> None:
    dialog = _capture(qtbot, capture_window)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.guard.question is None


def test_escape_on_a_typed_programme_item_asks_too(qtbot, demo_window) -> None:
    screen = _agenda(qtbot, demo_window)
    _click(qtbot, screen.new_item_button)
    dialog = _modal(qtbot, ItemDialog)
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Welcome dinner")
    assert dialog.title.text() == "Welcome dinner"
    _press(qtbot, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert dialog.isVisible()
    _answer(qtbot, box, "Discard")
    qtbot.waitUntil(lambda: not dialog.isVisible())


# -- consent by its mnemonic, then Enter at once -------------------------------------------------


def test_consent_by_mnemonic_then_enter_at_once_is_consent(qtbot, capture_window, ops,
                                                           workspace) -> None:
    dialog = _capture(qtbot, capture_window)
    _type(qtbot, "Yamada Taro")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Kansai Medical")
    _press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert dialog.basis.currentData() == "consent", "consent is chosen as soon as the key is pressed"
    _press(qtbot, Qt.Key.Key_Return)  # no pause: a person types this fast
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not ops.busy)
    [lead_id] = workspace.leads.ids()
    assert workspace.leads.get(lead_id).consent is not None


# -- Enter in the sign-in dialog signs in ------------------------------------------------------


def test_enter_in_the_password_field_signs_in(qtbot, tmp_path: Path) -> None:
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations
    from biox_desktop.ui.sync import AccountDialog
    from tests.sync.harness import PASSWORD, URL, World

    world = World(tmp_path)
    try:
        ops = Operations(world.workspace("claire"))
        win = MainWindow(ops, remember_geometry=False, sync_service=world.service)
        qtbot.addWidget(win)
        win.load()
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        win.open_account()
        dialog = _modal(qtbot, AccountDialog)
        assert _focus() is dialog.server
        for field, text in ((dialog.server, URL), (dialog.username, "claire"),
                            (dialog.password, PASSWORD)):
            assert _focus() is field
            _focus().selectAll()
            _type(qtbot, text)
            if field is not dialog.password:
                _press(qtbot, Qt.Key.Key_Tab)
        _press(qtbot, Qt.Key.Key_Return)
        # The test server's address is plain http: the dialog first asks to confirm that the
        # password may cross the network unencrypted, with the focus on that tick box.
        qtbot.waitUntil(lambda: dialog.insecure_ok.isVisible())
        assert _focus() is dialog.insecure_ok and dialog.isVisible()
        _press(qtbot, Qt.Key.Key_Space)
        assert dialog.insecure_ok.isChecked()
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Signed in to" in dialog.status.text(), timeout=15_000)
        assert dialog.isVisible(), "Enter signs in; it does not close the dialog"
        assert (dialog.server.text(), dialog.username.text()) == (URL, "claire")
        dialog.reject()
        ops.wait_idle()
    finally:
        world.close()


# -- a meeting still ahead is neither held nor a no-show ----------------------------------------


def test_the_outcome_dialog_offers_only_what_can_be_true(qtbot, demo_window, workspace,
                                                          monkeypatch) -> None:
    from biox_desktop.db import outcomes

    mission_id = workspace.settings.current_mission_id
    workspace.agenda.schedule(mission_id)
    workspace.agenda.publish(mission_id)
    screen = _agenda(qtbot, demo_window)
    screen.reload()
    qtbot.waitUntil(lambda: screen.meeting_model.rowCount() > 0 and not demo_window.ops.busy,
                    timeout=20_000)
    screen.tabs.setCurrentIndex(2)
    screen.meeting_view.selectRow(0)
    meeting = screen.selected_meeting()
    assert meeting is not None
    # Six months before the meeting.
    monkeypatch.setattr(outcomes, "utcnow", lambda: meeting.starts_at - dt.timedelta(days=182))
    dialog = screen.outcome_selected()
    assert dialog is not None
    offered = [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]
    assert offered == [None, "rescheduled"]
    assert dialog.ahead_note.isVisibleTo(dialog)
    dialog.reject()

    # Once it has started, everything is offered.
    monkeypatch.setattr(outcomes, "utcnow", lambda: meeting.starts_at + dt.timedelta(minutes=1))
    later = OutcomeDialog(screen, meeting)
    assert [later.outcome.itemData(i) for i in range(later.outcome.count())] == [
        None, "held", "no_show", "rescheduled"]
    assert not later.ahead_note.isVisibleTo(later)
    later.deleteLater()
