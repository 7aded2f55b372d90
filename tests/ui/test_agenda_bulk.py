"""The leader's bulk work on the Agenda screen, driven as a person would: several requests
answered at once, meetings locked and unlocked, every agenda exported, publish with a summary."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTableView, QWidget

from biox_desktop.core.agenda import MeetingRequestInput
from biox_desktop.ui.agenda import AgendaScreen, ExportAllDialog, MoveDialog

CTRL = Qt.KeyboardModifier.ControlModifier
#: Set to a folder to keep screenshots of the changed screens.
SHOTS = os.environ.get("BIOX_SCREENSHOTS")


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def screen(qtbot, workspace) -> Iterator[AgendaScreen]:  # type: ignore[no-untyped-def]
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations

    workspace.seed_demo()
    mid = workspace.settings.current_mission_id
    delegates, guests = workspace.agenda.delegates(mid), workspace.agenda.guests(mid)
    for i in range(4):  # four new requests, top of the list (priority 5)
        workspace.agenda.create_request(mid, MeetingRequestInput(
            delegates[i].person_id, guests[i][0], priority=5))
    ops = Operations(workspace)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.resize(1280, 800)
    win.show()
    shown = win.show_screen("agenda")
    qtbot.waitUntil(lambda: shown.data is not None and not ops.busy, timeout=20_000)
    yield shown
    ops.wait_idle()


def _idle(qtbot, screen: AgendaScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not screen.ops.busy, timeout=30_000)


def _click_row(qtbot, view: QTableView, row: int,  # type: ignore[no-untyped-def]
               modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _move_to_another_table(ws, meeting) -> None:  # type: ignore[no-untyped-def]
    """Move a published meeting to a free table at its time: a change its people see (a
    "move" to where it already is changes nothing, and Publish rightly names nobody)."""
    taken = {m.table_number for m in ws.agenda.meetings(meeting.mission_id)
             if m.starts_at == meeting.starts_at and m.status != "cancelled"}
    free = next(t for t in range(1, 31) if t not in taken)
    ws.agenda.move_meeting(meeting.id, meeting.starts_at, free)


def _status(screen: AgendaScreen, rid: str) -> str:
    return next(r.status for r in screen.ops.workspace.agenda.requests(screen.mission_id)
                if r.id == rid)


def test_three_requests_ctrl_clicked_are_accepted_in_one_step(qtbot, screen) -> None:
    screen.tabs.setCurrentIndex(3)
    view = screen.request_view
    _click_row(qtbot, view, 0)
    _click_row(qtbot, view, 1, CTRL)
    _click_row(qtbot, view, 3, CTRL)
    chosen = screen.selected_request_ids()
    assert len(chosen) == 3
    assert all(_status(screen, rid) == "pending" for rid in chosen)
    batches_before = screen.ops.workspace.batches.count()

    qtbot.mouseClick(screen.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.summary.text().startswith("3 requests accepted"),
                    timeout=20_000)
    _idle(qtbot, screen)
    assert all(_status(screen, rid) == "accepted" for rid in chosen)
    assert _status(screen, screen.request_model.id_at(2)) == "pending"  # not selected
    # Reloaded, the same three requests are still selected.
    qtbot.waitUntil(lambda: set(screen.selected_request_ids()) == set(chosen), timeout=10_000)
    shown = {screen.request_model.index(screen.request_model.row_of(rid), 5).data()
             for rid in chosen}
    assert shown == {"Accepted"}
    _shot(screen.window(), "requests-accepted")
    # One batch: undone from the Imports dialog like an import.
    assert screen.ops.workspace.batches.count() == batches_before + 1
    screen.ops.workspace.batches.undo(screen.ops.workspace.batches.list(1)[0].id)
    assert all(_status(screen, rid) == "pending" for rid in chosen)


def test_ctrl_a_and_expire_answers_every_request(qtbot, screen) -> None:
    screen.tabs.setCurrentIndex(3)
    screen.request_view.setFocus()
    _click_row(qtbot, screen.request_view, 0)
    qtbot.keyClick(screen.request_view, Qt.Key.Key_A, CTRL)
    assert len(screen.selected_request_ids()) == screen.request_model.rowCount()
    qtbot.mouseClick(screen.expire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "marked expired" in screen.summary.text(), timeout=20_000)
    _idle(qtbot, screen)
    statuses = {r.status for r in screen.ops.workspace.agenda.requests(screen.mission_id)}
    assert statuses == {"expired"}
    assert screen.summary.text().startswith(f"{screen.request_model.rowCount()} requests")


def test_lock_and_unlock_several_meetings_and_a_move_that_does_not_lock(qtbot, screen) -> None:
    ws = screen.ops.workspace
    ws.agenda.schedule(screen.mission_id)
    screen.reload()
    qtbot.waitUntil(lambda: screen.data is not None and any(
        m.status == "draft" for m in screen.data.meetings) and not screen.ops.busy,
        timeout=30_000)
    screen.tabs.setCurrentIndex(2)
    view, model = screen.meeting_view, screen.meeting_model
    drafts = [m.id for m in screen.data.meetings if m.status == "draft"][:2]
    rows = [model.row_of(mid) for mid in drafts]
    view.scrollTo(model.index(rows[0], 0))
    _click_row(qtbot, view, rows[0])
    view.scrollTo(model.index(rows[1], 0))
    _click_row(qtbot, view, rows[1], CTRL)
    assert set(screen.selected_meeting_ids()) == set(drafts)

    qtbot.mouseClick(screen.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.summary.text() == "2 meetings locked", timeout=20_000)
    _idle(qtbot, screen)
    qtbot.waitUntil(lambda: all("locked" in model.index(model.row_of(m), 5).data()
                                for m in drafts), timeout=10_000)
    assert all(ws.agenda.get_meeting(m).locked for m in drafts)
    _shot(screen.window(), "meetings-locked")

    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.summary.text() == "2 meetings unlocked", timeout=20_000)
    _idle(qtbot, screen)
    qtbot.waitUntil(lambda: not any("locked" in model.index(model.row_of(m), 5).data()
                                    for m in drafts), timeout=10_000)
    assert not any(ws.agenda.get_meeting(m).locked for m in drafts)

    # Moving asks whether to lock: untick it and the meeting stays free for the scheduler.
    screen.select_meeting(drafts[0])
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MoveDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.lock.isChecked()
    _shot(dialog, "move-dialog")
    qtbot.mouseClick(dialog.lock, Qt.MouseButton.LeftButton)
    assert not dialog.lock.isChecked()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    _idle(qtbot, screen)
    assert not ws.agenda.get_meeting(drafts[0]).locked


def test_export_all_from_the_screen_writes_every_agenda(qtbot, screen, tmp_path) -> None:
    folder = tmp_path / "agendas"
    qtbot.mouseClick(screen.export_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportAllDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.folder_error.text() == "Choose a folder."
    qtbot.keyClicks(dialog.folder, str(folder))
    qtbot.mouseClick(dialog.mail, Qt.MouseButton.LeftButton)
    _shot(dialog, "export-all-dialog")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "agendas written to" in screen.summary.text(), timeout=120_000)
    names = {p.name for p in folder.iterdir()}
    for who in ("Chloé Fontaine", "佐々木恵美 (Sasaki Emi)", "박서준 (Park Seojun)"):
        assert {f"{who}.pdf", f"{who}.ics", f"{who}.eml"} <= names


def test_cancelling_the_export_leaves_whole_files(qtbot, screen, tmp_path) -> None:
    folder = tmp_path / "cancelled"
    screen.export_all(str(folder), mail_drafts=False)
    screen.export_handle.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in screen.summary.text(), timeout=60_000)
    _idle(qtbot, screen)
    files = list(folder.iterdir()) if folder.exists() else []
    assert len(files) < 2 * screen.ops.workspace.agenda.delegates(screen.mission_id).__len__()
    assert not [f for f in files if f.suffix not in (".pdf", ".ics")]
    for f in files:
        assert f.read_bytes().rstrip().endswith(
            b"%%EOF" if f.suffix == ".pdf" else b"END:VCALENDAR")


def test_publish_says_who_is_affected_and_asks_once(qtbot, screen) -> None:
    ws = screen.ops.workspace
    published = [m for m in screen.data.meetings if m.status == "published"]
    moved, cancelled = published[0], published[5]
    _move_to_another_table(ws, moved)
    ws.agenda.cancel_meeting(cancelled.id)
    screen.reload()
    qtbot.waitUntil(lambda: screen.publish_button.isEnabled() and not screen.ops.busy,
                    timeout=20_000)
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=20_000)
    box = QApplication.activeModalWidget()
    assert box is screen.publish_box
    people = moved.participants + cancelled.participants
    assert f"to {len({p.person_id for p in people})} people" in box.text()
    details = box.informativeText()
    for p in moved.participants:
        assert f"{p.name} ({p.organisation_name}): 1 moved" in details or \
            f"{p.name}: 1 moved" in details
    for p in cancelled.participants:
        assert "1 cancelled" in next(line for line in details.splitlines()
                                     if line.startswith(p.name))
    _shot(box, "publish-confirm")
    publish = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.summary.text().startswith("Published"), timeout=20_000)
    _idle(qtbot, screen)
    assert ws.agenda.publish_preview(screen.mission_id).people == ()


def test_publish_cancelled_in_the_question_changes_nothing(qtbot, screen) -> None:
    ws = screen.ops.workspace
    meeting = next(m for m in screen.data.meetings if m.status == "published")
    _move_to_another_table(ws, meeting)
    screen.publish()
    qtbot.waitUntil(lambda: screen.publish_box is not None, timeout=20_000)
    qtbot.mouseClick(screen.publish_box.button(QMessageBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    _idle(qtbot, screen)
    assert ws.agenda.get_meeting(meeting.id).changed_since_publish


def test_a_long_publish_list_names_the_first_people_and_keeps_all_in_the_details(
        qtbot, screen) -> None:
    from biox_desktop.ui.agenda import PUBLISH_NAMES_SHOWN

    ws = screen.ops.workspace
    ws.agenda.schedule(screen.mission_id)
    preview = ws.agenda.publish_preview(screen.mission_id)
    assert len(preview.people) > PUBLISH_NAMES_SHOWN
    screen.reload()
    qtbot.waitUntil(lambda: screen.publish_button.isEnabled() and not screen.ops.busy,
                    timeout=20_000)
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.publish_box is not None, timeout=20_000)
    box = screen.publish_box
    assert f"and {len(preview.people) - PUBLISH_NAMES_SHOWN} more people" in (
        box.informativeText())
    assert all(p.name in box.detailedText() for p in preview.people)
    assert f"Publishing sends {preview.added} new meetings" in box.text()
    box.reject()
    _idle(qtbot, screen)
    assert ws.agenda.publish_preview(screen.mission_id) == preview


def test_one_agenda_is_proposed_under_the_persons_name(screen) -> None:
    chloe = next(d for d in screen.data.delegates if d.name == "Chloé Fontaine")
    assert screen.suggested_name(chloe.person_id, ".pdf") == "Chloé Fontaine.pdf"
    assert screen.suggested_name("", ".pdf") == "Osaka Partnering Days.pdf"
