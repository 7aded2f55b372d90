"""Scheduling by hand below the UI: moves snap to a B2B session's slots, several meetings are
cancelled in one undoable batch, and undoing never lowers a calendar's SEQUENCE."""

from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core.agenda_grid import b2b_sessions
from biox_desktop.core.validation import ValidationError
from biox_desktop.db.models import Meeting


@pytest.fixture
def demo(workspace):  # type: ignore[no-untyped-def]
    workspace.seed_demo()
    return workspace, workspace.settings.current_mission_id


def _sequence(ws, meeting_id: str) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.get(Meeting, meeting_id).ics_sequence or 0


def test_an_off_grid_start_in_a_session_is_refused_with_the_nearest_slot(demo) -> None:
    ws, mid = demo
    session = b2b_sessions(ws.agenda.items(mid))[0]
    meeting = next(m for m in ws.agenda.meetings(mid)
                   if session.starts_at <= m.starts_at < session.ends_at)
    odd = session.starts_at + dt.timedelta(minutes=69)  # 10:09 in a session from 09:00
    with pytest.raises(ValidationError) as err:
        ws.agenda.move_meeting(meeting.id, odd, 29)
    message = err.value.for_field("starts_at") or ""
    assert "10:09 is not one" in message and "the nearest is 10:00" in message
    assert ws.agenda.get_meeting(meeting.id).starts_at == meeting.starts_at  # nothing moved
    on_slot = session.starts_at + dt.timedelta(minutes=60)
    assert ws.agenda.move_meeting(meeting.id, on_slot, 29).starts_at == on_slot


def test_a_start_in_a_break_is_refused(demo) -> None:
    from biox_desktop.core.agenda import AgendaItemInput

    ws, mid = demo
    session = b2b_sessions(ws.agenda.items(mid))[0]
    pause = (session.starts_at + dt.timedelta(minutes=90),
             session.starts_at + dt.timedelta(minutes=120))
    ws.agenda.update_item(session.id, AgendaItemInput(
        kind=session.kind, title=session.title, starts_at=session.starts_at,
        ends_at=session.ends_at, timezone=session.timezone, venue_id=session.venue_id,
        description=session.description, whole_delegation=session.whole_delegation,
        participant_ids=session.participant_ids, slot_minutes=session.slot_minutes,
        table_count=session.table_count, breaks=(pause,)))
    meeting = next(m for m in ws.agenda.meetings(mid)
                   if session.starts_at <= m.starts_at < session.ends_at)
    with pytest.raises(ValidationError) as err:
        ws.agenda.move_meeting(meeting.id, pause[0], 29)
    assert "is in a break" in (err.value.for_field("starts_at") or "")


def test_several_meetings_cancelled_in_one_batch_and_undone(demo) -> None:
    ws, mid = demo
    ws.agenda.schedule(mid)
    meetings = ws.agenda.meetings(mid)
    published = [m for m in meetings if m.status == "published"][:2]
    draft = next(m for m in meetings if m.status == "draft")
    chosen = [m.id for m in published] + [draft.id]
    before = {m.id: _sequence(ws, m.id) for m in published}

    result = ws.agenda.cancel_meetings(chosen + chosen[:1])  # a repeat counts once
    assert list(result.cancelled) == chosen
    after = {m.id: m for m in ws.agenda.meetings(mid, include_cancelled=True)}
    for m in published:
        assert after[m.id].status == "cancelled" and after[m.id].changed_since_publish
        assert _sequence(ws, m.id) == before[m.id] + 1  # calendars show it cancelled
    assert draft.id not in after  # a draft simply goes
    batch = ws.batches.get(result.batch_id)
    assert "3 meetings cancelled" in batch.label
    assert ws.agenda.cancel_meetings(chosen).cancelled == ()  # already cancelled: no batch

    ws.batches.undo(result.batch_id)
    back = {m.id: m for m in ws.agenda.meetings(mid)}
    assert {m.id for m in published} | {draft.id} <= set(back)
    assert all(back[m.id].status == "published" for m in published)
    assert back[draft.id].status == "draft" and back[draft.id].participants
    # SEQUENCE only goes up: the restored meeting supersedes the cancellation calendars saw.
    assert all(_sequence(ws, m.id) == before[m.id] + 2 for m in published)
