"""AgendaService on a real SQLite file: programme, requests, scheduling, publish, day-of changes."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from biox_desktop.core.agenda import (
    AgendaItemInput,
    MeetingInput,
    MeetingRequestInput,
    VenueInput,
    local_to_utc,
    shown_time,
)
from biox_desktop.core.missions import MissionInput
from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.models import Meeting, OutboxEntry

UTC = dt.UTC


@pytest.fixture
def after_the_meetings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outcomes are recorded once the demo's meetings have taken place ("held" is refused
    before a meeting starts)."""
    from biox_desktop.db import outcomes

    monkeypatch.setattr(outcomes, "utcnow", lambda: dt.datetime(2099, 1, 1, tzinfo=dt.UTC))


@pytest.fixture
def demo(workspace):  # type: ignore[no-untyped-def]
    workspace.seed_demo()
    return workspace, workspace.settings.current_mission_id


def _mission(ws, zone: str, start: dt.date, days: int = 10):  # type: ignore[no-untyped-def]
    return ws.missions.create(MissionInput(
        name=f"Mission {zone}", kind="trade_mission", country="BR" if "Sao" in zone else "AU",
        start_date=start, end_date=start + dt.timedelta(days=days), timezone=zone,
        home_timezone="Europe/Paris"))


@pytest.mark.parametrize(("zone", "days", "expected"), [
    ("America/Sao_Paulo", (dt.date(2026, 10, 24), dt.date(2026, 10, 26)),
     [("10:00", "15:00"), ("10:00", "14:00")]),
    ("Australia/Sydney", (dt.date(2026, 3, 27), dt.date(2026, 3, 31), dt.date(2026, 4, 7)),
     [("10:00", "00:00"), ("10:00", "01:00"), ("10:00", "02:00")]),
])
def test_programme_items_show_local_and_home_time_across_dst(workspace, zone, days,
                                                             expected) -> None:
    m = _mission(workspace, zone, days[0], days=(days[-1] - days[0]).days)
    venue = workspace.agenda.add_venue(m.id, VenueInput("Centre", zone, "1 Main St", "City"))
    for day in days:
        start = local_to_utc(day, dt.time(10), zone)
        workspace.agenda.add_item(m.id, AgendaItemInput(
            kind="conference", title=f"Talk {day}", starts_at=start,
            ends_at=start + dt.timedelta(hours=1), timezone=zone, venue_id=venue.id))
    items = workspace.agenda.items(m.id)
    shown = [shown_time(i.starts_at, i.timezone, m.home_timezone) for i in items]
    assert [(s.local_text(), s.home_text().split()[0]) for s in shown] == expected
    assert all(i.venue_address == "1 Main St" for i in items)


def test_item_crud_and_validation(workspace) -> None:
    m = _mission(workspace, "Australia/Sydney", dt.date(2026, 4, 1))
    a = workspace.agenda.add_venue(m.id, VenueInput("A", "Australia/Sydney"))
    b = workspace.agenda.add_venue(m.id, VenueInput("B", "Australia/Sydney"))
    workspace.agenda.set_travel_time(m.id, a.id, b.id, 25)
    assert {(t.from_venue_id, t.minutes) for t in workspace.agenda.travel_times(m.id)} == {
        (a.id, 25), (b.id, 25)}
    start = dt.datetime(2026, 4, 2, 0, tzinfo=UTC)
    item = workspace.agenda.add_item(m.id, AgendaItemInput(
        kind="b2b", title="B2B", starts_at=start, ends_at=start + dt.timedelta(hours=2),
        timezone="Australia/Sydney", venue_id=a.id, slot_minutes=20, table_count=4,
        breaks=((start + dt.timedelta(minutes=60), start + dt.timedelta(minutes=80)),)))
    assert item.breaks and item.table_count == 4
    with pytest.raises(ValidationError) as err:
        workspace.agenda.update_item(item.id, AgendaItemInput(
            kind="b2b", title="B2B", starts_at=start, ends_at=start, timezone="Australia/Sydney",
            slot_minutes=20, table_count=0))
    assert err.value.for_field("ends_at") and err.value.for_field("table_count")
    workspace.agenda.delete_item(item.id)
    assert workspace.agenda.items(m.id) == []


def test_requests_accept_decline_expire(demo) -> None:
    ws, mid = demo
    d = ws.agenda.delegates(mid)[0]
    guest = ws.agenda.guests(mid)[0]
    now = dt.datetime.now(UTC)
    r1 = ws.agenda.create_request(mid, MeetingRequestInput(d.person_id, guest[0], priority=3))
    r2 = ws.agenda.create_request(mid, MeetingRequestInput(
        d.person_id, guest[0], priority=1, expires_at=now - dt.timedelta(hours=1)))
    assert r1.status == "pending" and r1.target_name == guest[1]
    assert ws.agenda.accept_request(r1.id).status == "accepted"
    assert ws.agenda.expire_requests(mid, now) == 1
    with pytest.raises(ValidationError):
        ws.agenda.accept_request(r2.id)
    assert ws.agenda.decline_request(r1.id).status == "declined"
    with pytest.raises(ValidationError):
        ws.agenda.create_request(mid, MeetingRequestInput(None, None, priority=9))


def _count(ws, **where) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        q = select(func.count(Meeting.id)).where(Meeting.deleted.is_(False))
        for k, v in where.items():
            q = q.where(getattr(Meeting, k) == v)
        return int(s.scalar(q) or 0)


def test_schedule_keeps_published_and_locked_and_replaces_drafts(demo) -> None:
    ws, mid = demo
    published_before = {m.id: (m.starts_at, m.table_number)
                        for m in ws.agenda.meetings(mid) if m.status == "published"}
    first = ws.agenda.schedule(mid)
    assert first.scheduled_count == first.requests == 36
    # 29 published meetings sit on B2B slots and are kept as locks; the demo's evening
    # follow-up is outside every session and is kept as it is (its people are busy then).
    assert len(published_before) == 30
    assert first.kept_meetings == 29 and first.new_meetings == 36 - 29
    after = {m.id: m for m in ws.agenda.meetings(mid)}
    for mid_, (start, table) in published_before.items():
        assert (after[mid_].starts_at, after[mid_].table_number) == (start, table)
    drafts = [m for m in after.values() if m.status == "draft"]
    assert len(drafts) == first.new_meetings
    # No person and no table is double-booked.
    seen: set[tuple[object, ...]] = set()
    for m in after.values():
        for key in [(m.starts_at, "table", m.table_number)] + [
                (m.starts_at, p.person_id) for p in m.participants]:
            assert key not in seen
            seen.add(key)
    # Lock one draft: a re-run keeps it and replaces the others.
    kept = ws.agenda.set_locked(drafts[0].id, True)
    second = ws.agenda.schedule(mid)
    now = {m.id: m for m in ws.agenda.meetings(mid)}
    assert kept.id in now and now[kept.id].starts_at == kept.starts_at
    assert all(d.id not in now for d in drafts[1:])
    assert second.kept_meetings == first.kept_meetings + 1
    assert ws.agenda.publish(mid) == second.new_meetings + 1
    assert _count(ws, status="draft") == 0


def test_cancelled_schedule_changes_nothing(demo) -> None:
    ws, mid = demo
    before = ws.db.pending_changes()
    progress = Progress()
    calls = []

    def stop(done: int, total: int, msg: str) -> None:
        calls.append(msg)
        if msg == "Saving the draft" and done >= 3:
            progress.cancel()

    progress._on_progress = stop
    with pytest.raises(Cancelled):
        ws.agenda.schedule(mid, progress=progress)
    assert _count(ws, status="draft") == 0
    assert ws.db.pending_changes() == before
    # Cancelled early, from another thread, during the solve.
    p2 = Progress()
    threading.Timer(0.05, p2.cancel).start()
    with pytest.raises(Cancelled):
        ws.agenda.schedule(mid, progress=p2, time_limit_s=5)
    assert _count(ws, status="draft") == 0


def test_day_of_move_cancel_add_outcome_mark_changes(demo, after_the_meetings) -> None:
    ws, mid = demo
    ws.agenda.schedule(mid, publish=True)
    meetings = ws.agenda.meetings(mid)
    assert not any(m.changed_since_publish for m in meetings)
    m0 = meetings[0]
    # Taking a table already used at that time is refused.
    clash = next(m for m in meetings if m.starts_at == m0.starts_at and m.id != m0.id)
    with pytest.raises(ValidationError) as err:
        ws.agenda.move_meeting(m0.id, m0.starts_at, clash.table_number)
    assert "taken" in (err.value.for_field("table_number") or "")
    later = m0.starts_at + dt.timedelta(hours=5)
    moved = ws.agenda.move_meeting(m0.id, later, 29)
    assert moved.changed_since_publish and moved.starts_at == later
    assert moved.ends_at - moved.starts_at == m0.ends_at - m0.starts_at
    cancelled = ws.agenda.cancel_meeting(meetings[1].id)
    assert cancelled.status == "cancelled" and cancelled.changed_since_publish
    delegate = meetings[2].side("delegation")[0].person_id
    guest = meetings[2].side("guest")[0].person_id
    added = ws.agenda.add_meeting(mid, MeetingInput(
        starts_at=meetings[2].starts_at, ends_at=meetings[2].ends_at,
        delegate_ids=(delegate,), guest_ids=(guest,), table_number=None))
    assert added.status == "published" and added.changed_since_publish
    # The added meeting puts both people in two places at once: flagged.
    conflicts = [c for c in ws.agenda.conflicts(mid) if added.id in c.ids]
    assert {c.kind for c in conflicts} == {"double_booked"}
    done = ws.agenda.set_outcome(meetings[3].id, "no_show", "Flight delayed")
    assert (done.outcome, done.outcome_note) == ("no_show", "Flight delayed")
    with pytest.raises(ValidationError):
        ws.agenda.set_outcome(meetings[3].id, "maybe")
    agenda = ws.agenda.personal_agenda(mid, delegate)
    assert any(e.changed for e in agenda)
    ws.agenda.publish(mid)
    assert not any(m.changed_since_publish for m in ws.agenda.meetings(mid))


def test_meeting_outside_the_stay_is_flagged(demo) -> None:
    ws, mid = demo
    d = next(x for x in ws.agenda.delegates(mid) if x.departure_at)
    guest = ws.agenda.guests(mid)[0][0]
    start = d.departure_at + dt.timedelta(hours=2)
    ws.agenda.add_meeting(mid, MeetingInput(starts_at=start,
                                            ends_at=start + dt.timedelta(minutes=30),
                                            delegate_ids=(d.person_id,), guest_ids=(guest,)))
    assert any(c.kind == "outside_stay" and c.person_id == d.person_id
               for c in ws.agenda.conflicts(mid))


def test_writes_are_journaled(demo) -> None:
    ws, mid = demo
    ws.agenda.schedule(mid)
    with ws.db.session() as s:
        tables = set(s.scalars(select(OutboxEntry.tbl)))
    assert {"meetings", "meeting_participants"} <= tables


def test_schedule_without_b2b_session_is_refused(workspace) -> None:
    m = _mission(workspace, "Australia/Sydney", dt.date(2026, 4, 1))
    with pytest.raises(ValidationError) as err:
        workspace.agenda.schedule(m.id)
    assert "B2B" in str(err.value)


def test_set_outcome_rates_a_held_meeting_and_plans_its_follow_ups(
        workspace, after_the_meetings) -> None:
    ws = workspace
    ws.seed_demo()
    mid = ws.settings.current_mission_id
    ws.agenda.schedule(mid)
    meeting = ws.agenda.meetings(mid)[0]
    with pytest.raises(ValidationError):
        ws.agenda.set_outcome(meeting.id, "no_show", rating=3)  # only a held meeting is rated
    held = ws.agenda.set_outcome(meeting.id, "held", "Keen on a pilot", rating=5)
    assert (held.outcome, held.rating, held.outcome_note) == ("held", 5, "Keen on a pilot")
    planned = ws.follow_ups.list(meeting_id=meeting.id)
    assert sorted(f.kind for f in planned) == ["after_meeting", "months_later"]
    ws.agenda.set_outcome(meeting.id, "held", rating=4)  # recorded again: planned once
    assert len(ws.follow_ups.list(meeting_id=meeting.id)) == 2
    cleared = ws.agenda.set_outcome(meeting.id, None)
    assert (cleared.outcome, cleared.rating) == (None, None)


def test_a_lapsed_request_cannot_be_accepted_even_before_it_is_marked(workspace) -> None:
    ws = workspace
    ws.seed_demo()
    mid = ws.settings.current_mission_id
    d = ws.agenda.delegates(mid)[0]
    guest = ws.agenda.guests(mid)[0]
    lapsed = ws.agenda.create_request(mid, MeetingRequestInput(
        d.person_id, guest[0], priority=2,
        expires_at=dt.datetime.now(UTC) - dt.timedelta(minutes=5)))
    assert lapsed.status == "pending"  # nobody has opened the agenda since
    with pytest.raises(ValidationError):
        ws.agenda.accept_request(lapsed.id)
    assert ws.agenda.decline_request(lapsed.id).status == "declined"
