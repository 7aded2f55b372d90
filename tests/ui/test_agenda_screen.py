"""A delegation leader schedules, reviews, moves and publishes B2B meetings on the Agenda screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from biox_desktop.ui.agenda import AgendaScreen, MoveDialog


@pytest.fixture
def demo_window(qtbot, workspace) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from biox_desktop.ui.main_window import MainWindow
    from biox_desktop.ui.operations import Operations

    workspace.seed_demo()
    ops = Operations(workspace)
    win = MainWindow(ops, remember_geometry=False)
    qtbot.addWidget(win)
    win.load()
    win.show()
    yield win
    ops.wait_idle()


def _screen(qtbot, win) -> AgendaScreen:  # type: ignore[no-untyped-def]
    screen = win.show_screen("agenda")
    qtbot.waitUntil(lambda: screen.data is not None and not win.ops.busy, timeout=20_000)
    return screen


def _drafts(screen: AgendaScreen) -> list[object]:
    assert screen.data is not None
    return [m for m in screen.data.meetings if m.status == "draft"]


def test_schedule_review_move_and_publish(qtbot, demo_window, qtmodeltester) -> None:
    win = demo_window
    screen = _screen(qtbot, win)
    assert screen.day_model.rowCount() > 0
    qtmodeltester.check(screen.day_model)
    assert "home time: Europe/Paris" in screen.zone_label.text()
    first_row = [screen.day_model.index(0, c).data() for c in range(2)]
    assert all("–" in cell for cell in first_row), "local and home times are both shown"
    assert not screen.publish_button.isEnabled()

    # Schedule: runs in the background and leaves a draft to review.
    qtbot.mouseClick(screen.schedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.summary.text().startswith("Draft ready"), timeout=30_000)
    qtbot.waitUntil(lambda: bool(_drafts(screen)) and not win.ops.busy, timeout=20_000)
    assert screen.tabs.currentIndex() == 2
    assert "36 of 36" in screen.summary.text()
    assert screen.publish_button.isEnabled()
    qtmodeltester.check(screen.meeting_model)

    # Review: pick a draft in the meetings table and move it to a free table and slot.
    draft = _drafts(screen)[0]
    screen.select_meeting(draft.id)
    taken = {(m.starts_at, m.table_number) for m in screen.data.meetings}
    busy_people = {(m.starts_at, p.person_id) for m in screen.data.meetings
                   for p in m.participants}
    target = next(
        draft.starts_at + dt.timedelta(minutes=30 * k) for k in range(-6, 8)
        if k and (draft.starts_at + dt.timedelta(minutes=30 * k), 30) not in taken
        and not any((draft.starts_at + dt.timedelta(minutes=30 * k), p.person_id) in busy_people
                    for p in draft.participants)
        and draft.starts_at.astimezone(dt.UTC).date()
        == (draft.starts_at + dt.timedelta(minutes=30 * k)).date())
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MoveDialog))
    dialog = QApplication.activeModalWidget()
    # Inside a B2B session the start is one of its slots, picked from a list; outside the
    # sessions it is typed.
    session = next((i for i in screen.data.items if i.kind == "b2b"
                    and i.starts_at <= target < i.ends_at), None)
    dialog.session.setCurrentIndex(dialog.session.findData(session.id if session else ""))
    if session is not None:
        dialog.slot.setCurrentIndex(dialog.slot_starts.index(target))
    else:
        dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(target.timestamp()),
                                                              QTimeZone(b"Asia/Tokyo")))
    assert dialog.new_start() == target
    dialog.table.selectAll()
    qtbot.keyClicks(dialog.table, "30")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)

    def moved() -> bool:
        m = next((x for x in screen.data.meetings if x.id == draft.id), None)
        return m is not None and m.starts_at == target and m.table_number == 30

    qtbot.waitUntil(moved, timeout=20_000)
    assert next(x for x in screen.data.meetings if x.id == draft.id).locked

    # Publish: asks once (naming who is affected); no drafts are left, and the moved
    # meeting kept its place.
    qtbot.mouseClick(screen.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.publish_box is not None, timeout=20_000)
    box = screen.publish_box
    qtbot.mouseClick(next(b for b in box.buttons()
                          if box.buttonRole(b) == box.ButtonRole.AcceptRole),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Published" in screen.summary.text() and not _drafts(screen)
                    and not win.ops.busy, timeout=20_000)
    assert not screen.publish_button.isEnabled()
    assert moved()


def test_cancelled_scheduling_leaves_no_draft(qtbot, demo_window) -> None:
    win = demo_window
    screen = _screen(qtbot, win)
    screen.schedule()
    screen.schedule_handle.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in screen.summary.text(), timeout=20_000)
    qtbot.waitUntil(lambda: not win.ops.busy)
    assert win.ops.workspace.agenda.meetings(screen.mission_id) == [
        m for m in win.ops.workspace.agenda.meetings(screen.mission_id) if m.status != "draft"]


def test_invalid_ics_is_refused_with_its_message(qtbot, demo_window, tmp_path) -> None:
    win = demo_window
    screen = _screen(qtbot, win)
    before = len(screen.data.items)
    bad = tmp_path / "broken.ics"
    bad.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nEND:VCALENDAR\n")
    screen.import_ics(str(bad))
    qtbot.waitUntil(lambda: screen.summary.text().startswith("broken.ics:"), timeout=20_000)
    qtbot.waitUntil(lambda: not win.ops.busy)
    assert len(win.ops.workspace.agenda.items(screen.mission_id)) == before


def test_a_sync_reloads_the_shown_agenda_once(qtbot, window_in, ops, monkeypatch) -> None:
    # After every sync the Missions screen refills the mission selector; telling every screen
    # "the mission changed" again made the agenda (and the other screens) load twice.
    import biox_desktop.ui.agenda as agenda_ui

    win = window_in("en")
    screen = win.show_screen("agenda")
    qtbot.waitUntil(lambda: screen.data is not None and not ops.busy, timeout=20_000)
    loads = []
    original = agenda_ui.load_agenda
    monkeypatch.setattr(agenda_ui, "load_agenda",
                        lambda ws, mid: loads.append(mid) or original(ws, mid))
    ops.changed.emit(frozenset({"all", "sync"}))
    qtbot.waitUntil(lambda: not ops.busy and bool(loads), timeout=20_000)
    qtbot.wait(200)
    ops.wait_idle()
    assert len(loads) == 1


def test_a_held_meeting_is_rated_and_gets_its_follow_ups(qtbot, demo_window, workspace,
                                                          monkeypatch) -> None:
    # The Agenda screen is where delegates say how a meeting went; it once wrote the outcome
    # only, so no meeting got a rating or the follow-ups the reports count.
    from biox_desktop.db import outcomes

    # Said once the meetings have taken place: "held" is not offered before.
    monkeypatch.setattr(outcomes, "utcnow", lambda: dt.datetime(2099, 1, 1, tzinfo=dt.UTC))
    win = demo_window
    mission_id = workspace.settings.current_mission_id
    workspace.agenda.schedule(mission_id)
    workspace.agenda.publish(mission_id)
    screen = _screen(qtbot, win)
    screen.reload()
    qtbot.waitUntil(lambda: screen.meeting_model.rowCount() > 0 and not win.ops.busy,
                    timeout=20_000)
    screen.tabs.setCurrentIndex(2)
    screen.meeting_view.selectRow(0)
    meeting = screen.selected_meeting()
    assert meeting is not None
    dialog = screen.outcome_selected()
    assert dialog is not None
    assert not dialog.rating.isEnabled()  # only a held meeting is rated
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("held"))
    assert dialog.rating.isEnabled()
    dialog.rating.setValue(4)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(workspace.follow_ups.list(meeting_id=meeting.id)) == 2,
                    timeout=10_000)
    kinds = {f.kind for f in workspace.follow_ups.list(meeting_id=meeting.id)}
    assert kinds == {"after_meeting", "months_later"}
    held = workspace.agenda.get_meeting(meeting.id)
    assert (held.outcome, held.rating) == ("held", 4)


def test_scheduler_warnings_are_shown_by_name_under_the_summary(qtbot, demo_window) -> None:
    from biox_desktop.core.agenda import ScheduleSummary

    screen = _screen(qtbot, demo_window)
    warnings = tuple(f"Yamada Taro and Élodie Martin cannot both meet at 09:{i:02d}"
                     for i in range(7))
    screen._scheduled(ScheduleSummary(
        mission_id=screen.mission_id or "", scheduled_count=34, weight=34, weight_bound=36,
        idle_gaps=2, optimal=False, new_meetings=34, kept_meetings=0, requests=36,
        unscheduled=(), warnings=warnings))
    text = screen.summary.text()
    assert text.startswith("Draft ready: 34 of 36")
    assert "• Yamada Taro and Élodie Martin cannot both meet at 09:00" in text
    assert "09:05" not in text and "and 2 more" in text  # five shown, the rest counted
    assert screen.summary.toolTip().count("cannot both meet") == 7


def test_no_b2b_session_is_said_at_once_without_a_progress_dialog(
        qtbot, demo_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from biox_desktop.core.missions import MissionInput

    win = demo_window
    screen = _screen(qtbot, win)
    ws = win.ops.workspace
    trip = ws.missions.create(MissionInput(
        name="São Paulo scouting", kind="discovery_trip", country="BR",
        start_date=dt.date(2027, 9, 6), end_date=dt.date(2027, 9, 9),
        timezone="America/Sao_Paulo"))
    started: list[object] = []
    monkeypatch.setattr(ws.agenda, "schedule", lambda *a, **k: started.append(a))
    screen.set_mission(trip.id)
    qtbot.waitUntil(lambda: not win.ops.busy)
    screen.schedule()

    def box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: box() is not None, timeout=20_000)
    assert "no B2B session" in box().text()
    # The scheduler itself never started, and no progress was ever shown.
    assert started == []
    assert not [w for w in QApplication.allWidgets() if isinstance(w, QProgressDialog)]
    box().close()
    qtbot.waitUntil(lambda: not win.ops.busy)


def test_nothing_to_schedule_is_not_a_draft_of_zero(qtbot, demo_window) -> None:
    from biox_desktop.core.agenda import ScheduleSummary

    screen = _screen(qtbot, demo_window)
    screen._scheduled(ScheduleSummary(
        mission_id=screen.mission_id or "", scheduled_count=0, weight=0, weight_bound=0,
        idle_gaps=0, optimal=True, new_meetings=0, kept_meetings=0, requests=0,
        unscheduled=(), warnings=()))
    text = screen.summary.text()
    assert "0 of 0" not in text and "Publish" not in text
    assert text.startswith("Nothing to schedule")
