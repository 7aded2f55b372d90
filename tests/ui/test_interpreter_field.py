"""The interpreter-language field of the meeting and request forms, driven as a leader would:
the mission's language and the roster's interpreters first, any other language found by
typing part of its name, a name that is no language refused inline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from biox_desktop.ui.agenda_forms import MeetingDialog, RequestDialog
from tests.ui import test_agenda_forms
from tests.ui.test_agenda_forms import (
    _click,
    _first_day,
    _local,
    _modal,
    _save,
    _screen,
    _tick,
    _type,
)

demo_window = test_agenda_forms.demo_window  # the demo's Osaka mission in the main window

SHOTS = Path("/tmp/shots-interpreters")


def test_a_meeting_on_the_day_needs_a_korean_interpreter(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    ops = demo_window.ops
    screen.tabs.setCurrentIndex(2)
    day = _first_day(screen) + dt.timedelta(days=1)
    guests = ops.workspace.agenda.guests(screen.mission_id)
    guest = next(g for g in guests if g[1].isascii() and g[2].isascii())

    _click(qtbot, screen.add_meeting_button)
    dialog = _modal(qtbot, MeetingDialog)
    combo = dialog.interpreter
    assert combo.currentText() == "No interpreter" and combo.currentData() is None
    # Osaka: Japanese first, with the roster's one interpreter (Sasaki Emi: ja, en, fr).
    assert combo.itemText(1) == "Japanese — 1 interpreter on the roster"
    assert [combo.itemData(k) for k in range(1, 5)] == ["ja", "en", "fr", "any"]
    _tick(qtbot, dialog.delegates, 5)
    qtbot.keyClicks(dialog.guest.lineEdit(), f"{guest[1]} ({guest[2]})")
    _type(qtbot, dialog.day, day.strftime("%Y-%m-%d"))
    _type(qtbot, dialog.start, "17:45")
    _type(qtbot, dialog.end, "18:15")
    # A name that is no language is refused next to the field.
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Klingonese")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.findChild(QWidget, "error_interpreter_language").isVisible()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Korean")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "meeting_dialog.png"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    def added() -> object:
        return next((m for m in screen.data.meetings
                     if any(p.person_id == guest[0] for p in m.participants)
                     and _local(m.starts_at) == f"{day:%Y-%m-%d} 17:45"), None)

    qtbot.waitUntil(lambda: added() is not None and not ops.busy, timeout=20_000)
    assert added().interpreter_language == "ko" and added().interpreter_needed
    # Nobody on the roster interprets Korean: the conflict list says so.
    assert any(c.kind == "interpreters" and added().id in c.ids
               and c.message.startswith("No interpreter for Korean on the roster")
               for c in screen.data.conflicts)
    shown = [screen.conflict_list.item(k).text() for k in range(screen.conflict_list.count())]
    assert any("No interpreter for Korean" in text for text in shown)


def test_a_request_asks_for_the_japanese_interpreter(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    ops = demo_window.ops
    screen.tabs.setCurrentIndex(3)
    guests = ops.workspace.agenda.guests(screen.mission_id)
    requested = {(r.requester_person_id, r.target_person_id) for r in screen.data.requests}
    delegate = screen.data.delegates[3]
    guest = next(g for g in guests if g[1].isascii() and g[2].isascii()
                 and (delegate.person_id, g[0]) not in requested)

    _click(qtbot, screen.new_request_button)
    dialog = _modal(qtbot, RequestDialog)
    for _ in range(4):
        qtbot.keyClick(dialog.requester, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.target.lineEdit(), f"{guest[1]} ({guest[2]})")
    dialog.interpreter.setFocus()
    qtbot.keyClick(dialog.interpreter, Qt.Key.Key_Down)  # the first choice: Japanese
    assert dialog.interpreter.currentData() == "ja"
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "request_dialog.png"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    def request() -> object:
        return next((r for r in screen.data.requests
                     if (r.requester_person_id, r.target_person_id)
                     == (delegate.person_id, guest[0])), None)

    qtbot.waitUntil(lambda: request() is not None and not ops.busy, timeout=20_000)
    assert request().interpreter_language == "ja"
