"""A delegation leader builds the programme from the Agenda screen: items, venues, travel times,
meeting requests and a meeting added on the day, typing into the forms as a person would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateTimeEdit,
    QDialogButtonBox,
    QListWidget,
    QMessageBox,
    QWidget,
)

from biox_desktop.core.agenda import in_zone
from biox_desktop.ui.agenda import AgendaScreen
from biox_desktop.ui.agenda_forms import (
    ItemDialog,
    MeetingDialog,
    RequestDialog,
    TravelTimeDialog,
    VenueDialog,
    VenuesDialog,
)

TOKYO = ZoneInfo("Asia/Tokyo")


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


def _click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _modal(qtbot, kind: type) -> object:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=20_000)
    return QApplication.activeModalWidget()


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace what a field holds by typing, as after a triple-click."""
    widget.setFocus()
    if isinstance(widget, QDateTimeEdit):
        widget.setSelectedSection(widget.sectionAt(0))
    elif isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
    else:
        widget.clear()
    qtbot.keyClicks(widget, text)


def _tick(qtbot, box: QListWidget, row: int) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    box.setCurrentRow(row)
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _toggle(qtbot, box: QWidget) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _local(moment: dt.datetime) -> str:
    return f"{in_zone(moment, 'Asia/Tokyo'):%Y-%m-%d %H:%M}"


def _first_day(screen: AgendaScreen) -> dt.date:
    return screen.day.itemData(0)


def test_add_a_b2b_session_and_a_site_visit(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    day = _first_day(screen) + dt.timedelta(days=4)

    _click(qtbot, screen.new_item_button)
    dialog = _modal(qtbot, ItemDialog)
    assert not dialog.slot_minutes.isVisibleTo(dialog)  # B2B fields only for B2B sessions
    qtbot.keyClicks(dialog.kind, "B2B")
    assert dialog.kind.currentData() == "b2b"
    assert dialog.slot_minutes.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.title, "Investor round tables")
    qtbot.keyClicks(dialog.venue, "Hotel")
    _type(qtbot, dialog.day, day.strftime("%Y-%m-%d"))
    _type(qtbot, dialog.start, "14:00")
    _type(qtbot, dialog.end, "17:00")
    assert "Home time (Europe/Paris)" in dialog.home.text()
    assert "Asia/Tokyo" in dialog.zone_note.text()
    _type(qtbot, dialog.slot_minutes, "20")
    _type(qtbot, dialog.table_count, "12")
    _type(qtbot, dialog.breaks, "15:20-15:40")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible() and not demo_window.ops.busy)

    def item(title: str) -> object:
        return next((i for i in screen.data.items if i.title == title), None)

    qtbot.waitUntil(lambda: item("Investor round tables") is not None)
    b2b = item("Investor round tables")
    assert (b2b.kind, b2b.slot_minutes, b2b.table_count) == ("b2b", 20, 12)
    assert _local(b2b.starts_at) == f"{day:%Y-%m-%d} 14:00"
    assert _local(b2b.ends_at) == f"{day:%Y-%m-%d} 17:00"
    assert [(_local(a)[-5:], _local(b)[-5:]) for a, b in b2b.breaks] == [("15:20", "15:40")]
    assert b2b.venue_name == "Hotel Granvia Osaka" and b2b.whole_delegation

    # A site visit for two delegates only.
    _click(qtbot, screen.new_item_button)
    dialog = _modal(qtbot, ItemDialog)
    qtbot.keyClicks(dialog.kind, "Site")
    assert dialog.kind.currentData() == "site_visit"
    assert not dialog.table_count.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.title, "Shionogi pharma plant")
    qtbot.keyClicks(dialog.venue, "Kobe")
    _type(qtbot, dialog.day, day.strftime("%Y-%m-%d"))
    _type(qtbot, dialog.start, "08:00")
    _type(qtbot, dialog.end, "09:15")
    _toggle(qtbot, dialog.whole)
    assert dialog.participants.isEnabled()
    _tick(qtbot, dialog.participants, 0)
    _tick(qtbot, dialog.participants, 2)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: item("Shionogi pharma plant") is not None, timeout=20_000)
    visit = item("Shionogi pharma plant")
    delegates = [d.person_id for d in screen.data.delegates]
    assert visit.kind == "site_visit" and not visit.whole_delegation
    assert set(visit.participant_ids) == {delegates[0], delegates[2]}
    assert visit.slot_minutes is None and visit.table_count is None
    assert _local(visit.starts_at) == f"{day:%Y-%m-%d} 08:00"


def test_item_ending_before_it_starts_is_refused_inline(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    before = len(screen.data.items)
    _click(qtbot, screen.new_item_button)
    dialog = _modal(qtbot, ItemDialog)
    qtbot.keyClicks(dialog.title, "Press conference")
    _type(qtbot, dialog.start, "11:00")
    _type(qtbot, dialog.end, "10:00")
    _save(qtbot, dialog)
    error = dialog.findChild(QWidget, "error_starts_at")
    assert dialog.isVisible() and error.isVisible()
    assert "ends before it starts" in error.text()
    assert not demo_window.ops.busy
    assert len(demo_window.ops.workspace.agenda.items(screen.mission_id)) == before

    # Corrected, it saves.
    _type(qtbot, dialog.end, "12:00")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: len(screen.data.items) == before + 1 and not demo_window.ops.busy)


def test_edit_then_delete_an_item_with_confirmation(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    first = screen.day_model.id_at(0)
    title = next(i.title for i in screen.data.items if i.id == first)
    screen.day_view.selectRow(0)
    _click(qtbot, screen.edit_item_button)
    dialog = _modal(qtbot, ItemDialog)
    assert dialog.title.text() == title
    _type(qtbot, dialog.title, "Welcome and safety briefing")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: any(i.title == "Welcome and safety briefing"
                                for i in screen.data.items) and not demo_window.ops.busy,
                    timeout=20_000)

    row = screen.day_model.row_of(first)
    screen.day_view.selectRow(row)
    _click(qtbot, screen.delete_item_button)
    box = _modal(qtbot, QMessageBox)
    assert "Welcome and safety briefing" in box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: all(i.id != first for i in screen.data.items)
                    and not demo_window.ops.busy, timeout=20_000)


def test_venue_and_travel_time_then_a_travel_conflict(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    ops = demo_window.ops
    _click(qtbot, screen.venues_button)
    venues = _modal(qtbot, VenuesDialog)
    assert venues.venue_table.rowCount() == 3 and venues.travel_table.rowCount() == 6

    _click(qtbot, venues.new_venue_button)
    dialog = _modal(qtbot, VenueDialog)
    _save(qtbot, dialog)  # no name: refused inline
    assert dialog.isVisible() and dialog.findChild(QWidget, "error_name").isVisible()
    qtbot.keyClicks(dialog.name, "Umeda Sky Building")
    qtbot.keyClicks(dialog.city, "Osaka")
    qtbot.keyClicks(dialog.address, "1-1-88 Oyodonaka, Kita-ku")
    assert dialog.timezone.currentText() == "Asia/Tokyo"
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: venues.venue_table.rowCount() == 4 and not ops.busy, timeout=20_000)
    row = next(r for r in range(4) if venues.venue_table.item(r, 0).text() == "Umeda Sky Building")
    venues.venue_table.selectRow(row)

    _click(qtbot, venues.travel_button)
    travel = _modal(qtbot, TravelTimeDialog)
    assert travel.from_venue.currentText() == "Umeda Sky Building"
    qtbot.keyClicks(travel.to_venue, "Know")
    assert travel.to_venue.currentText().startswith("Knowledge Capital")
    _type(qtbot, travel.minutes, "40")
    _save(qtbot, travel)
    qtbot.waitUntil(lambda: venues.travel_table.rowCount() == 8 and not ops.busy,
                    timeout=20_000)
    assert {venues.travel_table.item(r, 2).text() for r in range(8)} >= {"40"}
    _click(qtbot, venues.buttons.button(QDialogButtonBox.StandardButton.Close))

    # A delegate goes from the forum (Knowledge Capital, until 17:00) to the new venue at 17:10.
    _click(qtbot, screen.new_item_button)
    dialog = _modal(qtbot, ItemDialog)
    qtbot.keyClicks(dialog.kind, "Site")
    qtbot.keyClicks(dialog.title, "Sky garden visit")
    qtbot.keyClicks(dialog.venue, "Umeda")
    _type(qtbot, dialog.day, _first_day(screen).strftime("%Y-%m-%d"))
    _type(qtbot, dialog.start, "17:10")
    _type(qtbot, dialog.end, "18:00")
    _toggle(qtbot, dialog.whole)
    _tick(qtbot, dialog.participants, 1)
    _save(qtbot, dialog)

    def travel_conflicts() -> list[object]:
        return [c for c in screen.data.conflicts
                if c.kind == "travel" and "Sky garden visit" in c.message]

    qtbot.waitUntil(lambda: bool(travel_conflicts()) and not ops.busy, timeout=20_000)
    assert "the trip takes 40 min" in travel_conflicts()[0].message
    shown = [screen.conflict_list.item(i).text() for i in range(screen.conflict_list.count())]
    assert any("Sky garden visit" in t and "40 min" in t for t in shown)
    item_id = next(i.id for i in screen.data.items if i.title == "Sky garden visit")
    row = screen.day_model.row_of(item_id)
    assert "conflict" in screen.day_model.index(row, 8).data()


def test_request_accept_then_schedule_places_it(qtbot, demo_window) -> None:
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
    _save(qtbot, dialog)  # nobody chosen: both refused inline
    assert dialog.isVisible()
    assert dialog.findChild(QWidget, "error_requester_person_id").isVisible()
    assert dialog.findChild(QWidget, "error_target_person_id").isVisible()
    for _ in range(4):
        qtbot.keyClick(dialog.requester, Qt.Key.Key_Down)
    assert dialog.requester.currentData() == delegate.person_id
    qtbot.keyClicks(dialog.target.lineEdit(), f"{guest[1]} ({guest[2]})")
    _type(qtbot, dialog.priority, "5")
    qtbot.keyClicks(dialog.notes, "Met at BIO-Europe")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)

    def request() -> object:
        return next((r for r in screen.data.requests
                     if (r.requester_person_id, r.target_person_id)
                     == (delegate.person_id, guest[0])), None)

    qtbot.waitUntil(lambda: request() is not None and not ops.busy, timeout=20_000)
    assert (request().status, request().priority) == ("pending", 5)

    # Accept it from the Requests tab.
    row = screen.request_model.row_of(request().id)
    view = screen.request_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(screen.request_model.index(row, 1)).center())
    _click(qtbot, screen.accept_button)
    qtbot.waitUntil(lambda: request().status == "accepted" and not ops.busy, timeout=20_000)
    assert request().meeting_id is None

    # Schedule: the new request gets a (draft) meeting.
    _click(qtbot, screen.schedule_button)
    qtbot.waitUntil(lambda: screen.summary.text().startswith("Draft ready"), timeout=60_000)
    qtbot.waitUntil(lambda: request().meeting_id is not None and not ops.busy, timeout=20_000)
    meeting = next(m for m in screen.data.meetings if m.id == request().meeting_id)
    assert {p.person_id for p in meeting.participants} >= {delegate.person_id, guest[0]}
    row = screen.request_model.row_of(request().id)
    assert screen.request_model.index(row, 7).data() == "yes"


def test_decline_a_request(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    screen.tabs.setCurrentIndex(3)
    target = screen.data.requests[-1]
    screen.request_view.selectRow(screen.request_model.row_of(target.id))
    _click(qtbot, screen.decline_button)
    qtbot.waitUntil(lambda: next(r for r in screen.data.requests if r.id == target.id).status
                    == "declined" and not demo_window.ops.busy, timeout=20_000)


def test_add_a_meeting_on_the_day(qtbot, demo_window) -> None:
    screen = _screen(qtbot, demo_window)
    ops = demo_window.ops
    screen.tabs.setCurrentIndex(2)
    day = _first_day(screen) + dt.timedelta(days=1)
    guests = ops.workspace.agenda.guests(screen.mission_id)
    guest = next(g for g in guests if g[1].isascii() and g[2].isascii())
    before = len(screen.data.meetings)

    _click(qtbot, screen.add_meeting_button)
    dialog = _modal(qtbot, MeetingDialog)
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.findChild(QWidget, "error_delegate_ids").isVisible()
    _tick(qtbot, dialog.delegates, 5)
    qtbot.keyClicks(dialog.guest.lineEdit(), f"{guest[1]} ({guest[2]})")
    _type(qtbot, dialog.day, day.strftime("%Y-%m-%d"))
    _type(qtbot, dialog.start, "17:45")
    _type(qtbot, dialog.end, "18:15")
    _type(qtbot, dialog.table, "7")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: len(screen.data.meetings) == before + 1 and not ops.busy,
                    timeout=20_000)
    new = next(m for m in screen.data.meetings
               if any(p.person_id == guest[0] for p in m.participants)
               and _local(m.starts_at) == f"{day:%Y-%m-%d} 17:45")
    assert new.table_number == 7
    # The demo agenda is published: a meeting added on the day is published and marked changed.
    assert new.status == "published" and new.changed_since_publish
    assert screen.data.delegates[5].person_id in {p.person_id for p in new.participants}
