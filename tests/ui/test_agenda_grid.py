"""The B2B grid of the Agenda screen, driven as a person would: a meeting dragged to a free
cell (the drop delivered to the grid as Qt delivers it), refusals with their reason, a
keyboard move, snapping in the Move dialog, lock and unlock from the grid and the meetings
list, several meetings cancelled at once."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from biox_desktop.core.agenda import AgendaItemInput, MeetingInput
from biox_desktop.core.agenda_grid import b2b_sessions
from biox_desktop.ui.agenda import AgendaScreen
from biox_desktop.ui.agenda_grid import CELL_COLOURS

CTRL = Qt.KeyboardModifier.ControlModifier
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
    ops = Operations(workspace)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.resize(1280, 800)
    win.show()
    shown = win.show_screen("agenda")
    qtbot.waitUntil(lambda: shown.data is not None and not ops.busy, timeout=20_000)
    shown.tabs.setCurrentWidget(shown.grid_page)
    yield shown
    ops.wait_idle()


def _idle(qtbot, screen: AgendaScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not screen.ops.busy, timeout=30_000)


def _click_cell(qtbot, screen: AgendaScreen, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    view = screen.grid_page.view
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view.visualRect(index).center())


def _drop(screen: AgendaScreen, source: tuple[int, int], target: tuple[int, int]) -> None:
    """A drop of the meeting in ``source`` on the cell ``target``, as Qt delivers it to the
    grid at the end of a drag (QDrag.exec needs a real mouse to end)."""
    view, model = screen.grid_page.view, screen.grid_page.model
    mime = model.mimeData([model.index(*source)])
    index = model.index(*target)
    view.scrollTo(index)
    # The part of the cell on screen (a break's cell spans every table, wider than the view).
    at = (view.visualRect(index) & view.viewport().rect()).center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers a drop only to a widget that accepted the drag's entry, as it does here.
    enter = QDragEnterEvent(at, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted()
    QApplication.sendEvent(view.viewport(), QDropEvent(
        QPointF(at), Qt.DropAction.MoveAction, mime, buttons, keys, QEvent.Type.Drop))


def _meeting(screen: AgendaScreen, meeting_id: str):  # type: ignore[no-untyped-def]
    return screen.ops.workspace.agenda.get_meeting(meeting_id)


def _free_background(screen: AgendaScreen, row: int, column: int) -> bool:
    brush = screen.grid_page.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    dark = screen.grid_page.model.dark
    return brush is not None and brush.color().name().upper() == CELL_COLOURS[dark]["free"][0].upper()


def _wait_moved(qtbot, screen, meeting_id, start, table) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: screen.grid_page.message.text().startswith("Moved to"),
                    timeout=20_000)
    _idle(qtbot, screen)
    moved = _meeting(screen, meeting_id)
    assert (moved.starts_at, moved.table_number) == (start, table)


def test_a_meeting_dragged_to_a_free_cell_moves_there(qtbot, screen) -> None:
    page, model = screen.grid_page, screen.grid_page.model
    grid = model.grid
    assert grid is not None and grid.placed
    (row, column), meeting = sorted(grid.placed.items())[0]
    people = {p.person_id for p in meeting.participants}
    _click_cell(qtbot, screen, row, column)
    assert page.view.selected_meeting().id == meeting.id
    # Selected: the cells free for both participants are highlighted, the others not.
    assert model.free
    busy_rows = {r for (r, _c), m in grid.placed.items()
                 if m.id != meeting.id and people & {p.person_id for p in m.participants}}
    for r in busy_rows:
        assert not any(_free_background(screen, r, c) for c in range(grid.tables))
    target = next(cell for cell in sorted(model.free)
                  if cell[0] != row and cell not in grid.placed)
    assert _free_background(screen, *target)
    _shot(screen.window(), "grid-selected")

    _drop(screen, (row, column), target)
    _wait_moved(qtbot, screen, meeting.id, grid.rows[target[0]].start, target[1] + 1)
    assert _meeting(screen, meeting.id).locked  # "Lock the meetings I move" is ticked
    qtbot.waitUntil(lambda: model.meeting_at(model.index(*target)) is not None
                    and model.meeting_at(model.index(*target)).id == meeting.id,
                    timeout=10_000)
    assert model.index(*target).data(Qt.ItemDataRole.DecorationRole) is not None  # the lock
    assert model.meeting_at(model.index(row, column)) is None
    # The selection followed the meeting to its new cell.
    qtbot.waitUntil(lambda: page.view.selected_meeting() is not None
                    and page.view.selected_meeting().id == meeting.id, timeout=10_000)
    assert (page.view.currentIndex().row(), page.view.currentIndex().column()) == target


def test_a_draft_moved_without_the_lock_stays_unlocked(qtbot, screen) -> None:
    ws = screen.ops.workspace
    ws.agenda.schedule(screen.mission_id)
    screen.reload()
    qtbot.waitUntil(lambda: not screen.ops.busy and screen.grid_page.model.grid is not None
                    and any(m.status == "draft"
                            for m in screen.grid_page.model.grid.placed.values()),
                    timeout=30_000)
    page, model = screen.grid_page, screen.grid_page.model
    cell, draft = next((c, m) for c, m in sorted(model.grid.placed.items())
                       if m.status == "draft" and not m.locked)
    qtbot.mouseClick(page.lock_moves, Qt.MouseButton.LeftButton)
    assert not page.lock_moves.isChecked()
    _click_cell(qtbot, screen, *cell)
    target = next(c for c in sorted(model.free) if c != cell)
    _drop(screen, cell, target)
    _wait_moved(qtbot, screen, draft.id, model.grid.rows[target[0]].start, target[1] + 1)
    assert not _meeting(screen, draft.id).locked
    assert _meeting(screen, draft.id).status == "draft"


def test_invalid_drops_are_refused_with_the_reason(qtbot, screen) -> None:
    ws = screen.ops.workspace
    page, model = screen.grid_page, screen.grid_page.model
    grid = model.grid
    placed = sorted(grid.placed.items())
    (row, column), meeting = placed[0]
    # A cell taken by another meeting of other people.
    people = {p.person_id for p in meeting.participants}
    (trow, tcol), other = next(
        (c, m) for c, m in placed if m.id != meeting.id
        and not people & {p.person_id for p in m.participants}
        and not any(people & {p.person_id for p in x.participants}
                    for (r, _c), x in placed if r == c[0] and x.id != meeting.id))
    _drop(screen, (row, column), (trow, tcol))
    text = page.message.text()
    assert text.startswith("Not moved: Table ") and "is taken at" in text
    assert other.side("guest")[0].name in text

    # A free table at a time one of the participants meets someone else.
    busy = next((c, m) for c, m in placed if m.id != meeting.id
                and people & {p.person_id for p in m.participants})
    (brow, _bcol), with_whom = busy
    free_col = next(c for c in range(grid.tables) if (brow, c) not in grid.placed)
    _drop(screen, (row, column), (brow, free_col))
    person = next(p for p in meeting.participants
                  if p.person_id in {x.person_id for x in with_whom.participants})
    assert f"{person.name} is busy at" in page.message.text()
    assert "with " in page.message.text()
    _shot(screen.window(), "grid-refused")

    # Outside the session (past its last slot), as a drop beside the grid would be.
    mime = model.mimeData([model.index(row, column)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, len(grid.rows), 0, model.index(-1, -1))
    assert "outside the session" in page.message.text()
    _idle(qtbot, screen)
    assert _meeting(screen, meeting.id).starts_at == meeting.starts_at  # never moved

    # A break: the session gets one, shown as a row of its own; a drop there is refused.
    session = grid.session
    pause = (grid.rows[-1].start, grid.rows[-1].end)
    ws.agenda.update_item(session.id, AgendaItemInput(
        kind=session.kind, title=session.title, starts_at=session.starts_at,
        ends_at=session.ends_at, timezone=session.timezone, venue_id=session.venue_id,
        description=session.description, whole_delegation=session.whole_delegation,
        participant_ids=session.participant_ids, slot_minutes=session.slot_minutes,
        table_count=session.table_count, breaks=(pause,)))
    screen.reload()
    qtbot.waitUntil(lambda: not screen.ops.busy and model.grid.rows[-1].is_break,
                    timeout=20_000)
    assert model.index(len(model.grid.rows) - 1, 0).data() == "Break"
    cell = model.grid.cell_of(meeting.id)
    _drop(screen, cell, (len(model.grid.rows) - 1, 3))
    assert "is a break" in page.message.text()


def test_keyboard_move_enter_arrows_enter(qtbot, screen) -> None:
    page, model, view = screen.grid_page, screen.grid_page.model, screen.grid_page.view
    grid = model.grid
    (row, column), meeting = sorted(grid.placed.items())[0]
    _click_cell(qtbot, screen, row, column)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert model.carried and model.active == meeting.id
    assert page.message.text().startswith("Moving ")
    # Escape leaves it where it was.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not model.carried and page.message.text() == ""

    free = sorted(c for c in model.free if c[0] == row and c[1] > column)
    target = free[0]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    for _ in range(target[1] - column):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert (view.currentIndex().row(), view.currentIndex().column()) == target
    qtbot.keyClick(view, Qt.Key.Key_Return)
    _wait_moved(qtbot, screen, meeting.id, grid.rows[row].start, target[1] + 1)


def test_the_move_dialog_snaps_to_slots_and_refuses_an_off_grid_time(qtbot, screen) -> None:
    ws = screen.ops.workspace
    mid = screen.mission_id
    session = b2b_sessions(ws.agenda.items(mid))[0]
    delegate = ws.agenda.delegates(mid)[-1].person_id
    guest = ws.agenda.guests(mid)[-1][0]
    odd = session.starts_at + dt.timedelta(minutes=69)  # 10:09, added by hand
    added = ws.agenda.add_meeting(mid, MeetingInput(
        starts_at=odd, ends_at=odd + dt.timedelta(minutes=30), delegate_ids=(delegate,),
        guest_ids=(guest,), table_number=None))
    screen.reload()
    qtbot.waitUntil(lambda: not screen.ops.busy and any(
        m.id == added.id for m in screen.grid_page.model.grid.off_grid), timeout=20_000)
    assert "Off the grid" in screen.grid_page.off_grid.text()

    dialog = screen.move_meeting_dialog(_meeting(screen, added.id))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    assert dialog.chosen_session().id == session.id
    assert dialog.slot.currentText().startswith("10:00")  # the nearest slot, said so
    assert "10:09 is not one of the session's slots" in dialog.snapped.text()
    assert dialog.new_start() == session.starts_at + dt.timedelta(minutes=60)
    _shot(dialog, "move-dialog-snapped")
    # Typed as "another time", 10:09 is refused under the field and the dialog stays open.
    dialog.session.setCurrentIndex(dialog.session.findData(""))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "the nearest is 10:00" in dialog.when_error.text()
    dialog.session.setCurrentIndex(dialog.session.findData(session.id))
    dialog.slot.setCurrentIndex(dialog.slot_starts.index(
        session.starts_at + dt.timedelta(minutes=150)))
    dialog.table.setValue(30)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _idle(qtbot, screen)
    moved = _meeting(screen, added.id)
    assert moved.starts_at == session.starts_at + dt.timedelta(minutes=150)
    assert moved.table_number == 30


def test_lock_and_unlock_from_the_grid(qtbot, screen) -> None:
    page, model = screen.grid_page, screen.grid_page.model
    cell, meeting = next((c, m) for c, m in sorted(model.grid.placed.items()) if not m.locked)
    _click_cell(qtbot, screen, *cell)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Meeting locked.", timeout=20_000)
    _idle(qtbot, screen)
    assert _meeting(screen, meeting.id).locked
    qtbot.waitUntil(lambda: model.index(*cell).data(Qt.ItemDataRole.DecorationRole) is not None,
                    timeout=10_000)
    # The cell's context menu offers the opposite: Unlock.
    menu = page.context_menu(model.meeting_at(model.index(*cell)))
    unlock = next(a for a in menu.actions() if a.text() == "Unlock")
    unlock.trigger()
    qtbot.waitUntil(lambda: page.message.text() == "Meeting unlocked.", timeout=20_000)
    _idle(qtbot, screen)
    assert not _meeting(screen, meeting.id).locked
    qtbot.waitUntil(lambda: model.index(*cell).data(Qt.ItemDataRole.DecorationRole) is None,
                    timeout=10_000)


def test_lock_unlock_and_cancel_several_from_the_meetings_list(qtbot, screen) -> None:
    ws = screen.ops.workspace
    screen.tabs.setCurrentIndex(2)
    view, model = screen.meeting_view, screen.meeting_model
    chosen = [model.id_at(r) for r in (0, 1, 2)]
    view.selectRow(0)
    for r in (1, 2):
        rect = view.visualRect(model.index(r, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, CTRL, rect.center())
    assert set(screen.selected_meeting_ids()) == set(chosen)

    def act(text: str) -> None:
        menu = screen.meeting_context_menu()
        next(a for a in menu.actions() if a.text() == text).trigger()

    act("Lock 3 meetings")
    qtbot.waitUntil(lambda: "meetings locked" in screen.summary.text(), timeout=20_000)
    _idle(qtbot, screen)
    assert all(_meeting(screen, m).locked for m in chosen)
    act("Unlock 3 meetings")
    qtbot.waitUntil(lambda: "meetings unlocked" in screen.summary.text(), timeout=20_000)
    _idle(qtbot, screen)
    assert not any(_meeting(screen, m).locked for m in chosen)

    batches = ws.batches.count()
    act("Cancel 3 meetings")
    qtbot.waitUntil(lambda: screen.summary.text().startswith("3 meetings cancelled"),
                    timeout=20_000)
    _idle(qtbot, screen)
    assert all(_meeting(screen, m).status == "cancelled" for m in chosen)
    assert ws.batches.count() == batches + 1
    qtbot.waitUntil(lambda: all(model.row_of(m) < 0 for m in chosen), timeout=10_000)
    ws.batches.undo(ws.batches.list(1)[0].id)
    assert all(_meeting(screen, m).status == "published" for m in chosen)
