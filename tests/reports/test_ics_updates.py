"""Calendar files that update: successive exports of a delegate's agenda, imported in order with
two independent parsers (icalendar and vobject), supersede each other as RFC 5545/5546 say.

A calendar program keeps one copy per UID and replaces it by a later one with a higher SEQUENCE
(or the same SEQUENCE and a later DTSTAMP); a cancelled event must arrive as STATUS:CANCELLED,
or the copy imported earlier stays in the calendar for good.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import icalendar
import pytest
import vobject
from sqlalchemy import select

from biox_desktop.core.agenda import AgendaItemInput, MeetingInput
from biox_desktop.db.models import AgendaItem, Meeting, OutboxEntry
from biox_desktop.reports.agenda_ics import delegate_calendar
from biox_desktop.reports.ics import CalendarEvent, build_calendar, build_invitation, event_uid

UTC = dt.UTC
T1 = dt.datetime(2027, 6, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Seen:
    """What a calendar program keeps of one VEVENT."""

    uid: str
    sequence: int
    stamp: dt.datetime
    start: dt.datetime
    status: str
    summary: str


def read_icalendar(data: bytes) -> tuple[str, dict[str, Seen]]:
    cal = icalendar.Calendar.from_ical(data)
    out = {}
    for e in cal.walk("VEVENT"):
        uid = str(e["UID"])
        assert uid not in out, "one VEVENT per UID"
        out[uid] = Seen(uid, int(e.get("SEQUENCE", 0)), e.decoded("DTSTAMP"),
                        e.decoded("DTSTART").astimezone(UTC), str(e.get("STATUS", "CONFIRMED")),
                        str(e["SUMMARY"]))
    return str(cal["METHOD"]), out


def read_vobject(data: bytes) -> tuple[str, dict[str, Seen]]:
    cal = vobject.readOne(data.decode("utf-8"))
    out = {}
    for e in cal.vevent_list:
        uid = e.uid.value
        assert uid not in out
        status = e.status.value if hasattr(e, "status") else "CONFIRMED"
        sequence = int(e.sequence.value) if hasattr(e, "sequence") else 0
        out[uid] = Seen(uid, sequence, e.dtstamp.value, e.dtstart.value.astimezone(UTC), status,
                        e.summary.value)
    return cal.method.value, out


class CalendarStore:
    """A calendar program's store: one copy per UID, replaced by a newer revision only."""

    def __init__(self) -> None:
        self.events: dict[str, Seen] = {}

    def import_file(self, events: dict[str, Seen]) -> None:
        for uid, new in events.items():
            old = self.events.get(uid)
            if old is None or (new.sequence, new.stamp) > (old.sequence, old.stamp):
                self.events[uid] = new

    def live(self) -> set[str]:
        return {uid for uid, e in self.events.items() if e.status != "CANCELLED"}


@pytest.fixture
def demo(workspace):  # type: ignore[no-untyped-def]
    workspace.seed_demo()
    return workspace, workspace.settings.current_mission_id


def _setup(ws, mid):  # type: ignore[no-untyped-def]
    """A delegate with a published meeting, a personal programme item and a whole-delegation
    item; returns (delegate id, meeting id, personal item id, delegation item id)."""
    agenda = ws.agenda
    delegate = agenda.delegates(mid)[0].person_id
    guest = agenda.guests(mid)[0][0]
    zones = agenda.zones(mid)
    day = dt.datetime.combine(zones.start_date + dt.timedelta(days=1), dt.time(1), UTC)
    # Late at night local time: clear of the demo's own programme and meetings.
    start = day + dt.timedelta(hours=12)
    meeting = agenda.add_meeting(mid, MeetingInput(
        starts_at=start, ends_at=start + dt.timedelta(minutes=30), delegate_ids=(delegate,),
        guest_ids=(guest,), title="Osaka Bio × Rhône Diagnostics"))
    agenda.publish(mid)
    personal = agenda.add_item(mid, AgendaItemInput(
        kind="site_visit", title="Lab visit", starts_at=start + dt.timedelta(hours=2),
        ends_at=start + dt.timedelta(hours=3), timezone=zones.timezone, whole_delegation=False,
        participant_ids=(delegate,)))
    everyone = agenda.add_item(mid, AgendaItemInput(
        kind="networking", title="Farewell drinks", starts_at=start + dt.timedelta(hours=4),
        ends_at=start + dt.timedelta(hours=5), timezone=zones.timezone))
    return delegate, meeting.id, personal.id, everyone.id


def _item_input(view, **change: Any) -> AgendaItemInput:  # type: ignore[no-untyped-def]
    values = dict(kind=view.kind, title=view.title, starts_at=view.starts_at,
                  ends_at=view.ends_at, timezone=view.timezone, venue_id=view.venue_id,
                  description=view.description, whole_delegation=view.whole_delegation,
                  participant_ids=view.participant_ids)
    values.update(change)
    return AgendaItemInput(**values)


@pytest.mark.parametrize("reader", [read_icalendar, read_vobject], ids=["icalendar", "vobject"])
def test_later_exports_supersede_earlier_ones(demo, reader) -> None:  # type: ignore[no-untyped-def]
    ws, mid = demo
    agenda = ws.agenda
    delegate, meeting_id, personal_id, everyone_id = _setup(ws, mid)
    uids = {k: event_uid(v) for k, v in
            (("meeting", meeting_id), ("personal", personal_id), ("everyone", everyone_id))}

    method, first = reader(delegate_calendar(agenda, mid, delegate, now=T1))
    assert method == "PUBLISH"
    assert set(uids.values()) <= set(first)
    assert {first[u].sequence for u in uids.values()} == {0}
    store = CalendarStore()
    store.import_file(first)

    # Same-day changes: the meeting moves by an hour, the visit by half an hour.
    moved_to = first[uids["meeting"]].start + dt.timedelta(hours=1)
    agenda.move_meeting(meeting_id, moved_to)
    visit = agenda.get_item(personal_id)
    agenda.update_item(personal_id, _item_input(
        visit, starts_at=visit.starts_at + dt.timedelta(minutes=30),
        ends_at=visit.ends_at + dt.timedelta(minutes=30)))
    _m, second = reader(delegate_calendar(agenda, mid, delegate, now=T1 + dt.timedelta(hours=1)))
    assert second[uids["meeting"]].sequence > first[uids["meeting"]].sequence
    assert second[uids["personal"]].sequence > first[uids["personal"]].sequence
    assert second[uids["everyone"]].sequence == first[uids["everyone"]].sequence
    assert all(e.stamp > first[u].stamp for u, e in second.items() if u in first)
    store.import_file(second)
    assert store.events[uids["meeting"]].start == moved_to

    # Then the meeting is cancelled, the drinks are dropped, the delegate leaves the visit.
    agenda.cancel_meeting(meeting_id)
    agenda.delete_item(everyone_id)
    visit = agenda.get_item(personal_id)
    agenda.update_item(personal_id, _item_input(visit, participant_ids=()))
    _m, third = reader(delegate_calendar(agenda, mid, delegate, now=T1 + dt.timedelta(hours=2)))
    for name, uid in uids.items():
        assert third[uid].status == "CANCELLED", name
        assert third[uid].sequence > second[uid].sequence, name
    store.import_file(third)
    assert not store.live() & set(uids.values())
    # Importing the older files again (a stale copy) changes nothing.
    store.import_file(first)
    store.import_file(second)
    assert not store.live() & set(uids.values())
    # What stays live is exactly the delegate's current agenda.
    current = {event_uid(e.id) for e in agenda.personal_agenda(mid, delegate)}
    assert store.live() == current


def test_an_unchanged_agenda_keeps_its_uids_and_sequences(demo) -> None:  # type: ignore[no-untyped-def]
    ws, mid = demo
    delegate, *_ = _setup(ws, mid)
    _m, a = read_icalendar(delegate_calendar(ws.agenda, mid, delegate, now=T1))
    _m, b = read_icalendar(delegate_calendar(ws.agenda, mid, delegate,
                                             now=T1 + dt.timedelta(days=1)))
    assert a.keys() == b.keys()
    assert all(a[u].sequence == b[u].sequence and b[u].stamp > a[u].stamp for u in a)
    assert all(u.endswith("@biox-missions") for u in a)


def test_the_sequence_is_stored_on_the_row_and_journaled_for_sync(demo) -> None:  # type: ignore[no-untyped-def]
    ws, mid = demo
    _delegate, meeting_id, personal_id, _everyone = _setup(ws, mid)
    meeting = ws.agenda.get_meeting(meeting_id)
    ws.agenda.move_meeting(meeting_id, meeting.starts_at + dt.timedelta(minutes=30))
    ws.agenda.move_meeting(meeting_id, meeting.starts_at + dt.timedelta(minutes=30))  # no change
    ws.agenda.cancel_meeting(meeting_id)
    ws.agenda.cancel_meeting(meeting_id)  # already cancelled: nothing a calendar would see
    with ws.db.session() as s:
        assert s.get(Meeting, meeting_id).ics_sequence == 2
        assert s.get(AgendaItem, personal_id).ics_sequence == 0
        sent = [json.loads(o.fields) for o in s.scalars(
            select(OutboxEntry).where(OutboxEntry.tbl == "meetings",
                                      OutboxEntry.row_id == meeting_id))]
    assert any("ics_sequence" in f for f in sent), sent


def test_a_draft_meeting_changes_without_raising_its_sequence(workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.seed_demo()
    mid = workspace.settings.current_mission_id
    with workspace.db.session() as s:  # no published meeting: a new one is a draft
        for m in s.scalars(select(Meeting).where(Meeting.mission_id == mid)):
            m.status = "draft"
    delegate = workspace.agenda.delegates(mid)[0].person_id
    guest = workspace.agenda.guests(mid)[0][0]
    start = dt.datetime.combine(workspace.agenda.zones(mid).start_date, dt.time(14), UTC)
    draft = workspace.agenda.add_meeting(mid, MeetingInput(
        starts_at=start, ends_at=start + dt.timedelta(minutes=30), delegate_ids=(delegate,),
        guest_ids=(guest,)))
    assert draft.status == "draft"
    workspace.agenda.move_meeting(draft.id, start + dt.timedelta(hours=1))
    _m, events = read_icalendar(delegate_calendar(workspace.agenda, mid, delegate, now=T1))
    assert events[event_uid(draft.id)].sequence == 0
    assert events[event_uid(draft.id)].status == "TENTATIVE"
    _m, feed = read_icalendar(delegate_calendar(workspace.agenda, mid, delegate, now=T1,
                                                published_only=True))
    assert event_uid(draft.id) not in feed


def _event(status: str, sequence: int) -> CalendarEvent:
    import uuid

    return CalendarEvent(id=uuid.UUID(int=7), uid=event_uid("row-7"), title="B2B",
                         start_utc=T1, end_utc=T1 + dt.timedelta(minutes=30),
                         status=status, sequence=sequence)  # type: ignore[arg-type]


def test_invitations_request_then_cancel_with_the_same_uid() -> None:
    request = icalendar.Calendar.from_ical(build_invitation(
        _event("CONFIRMED", 1), calendar_name="Osaka", tzid="Asia/Tokyo", now=T1))
    cancel = icalendar.Calendar.from_ical(build_invitation(
        _event("CANCELLED", 2), calendar_name="Osaka", tzid="Asia/Tokyo", now=T1))
    assert str(request["METHOD"]) == "REQUEST" and str(cancel["METHOD"]) == "CANCEL"
    (a,), (b,) = request.walk("VEVENT"), cancel.walk("VEVENT")
    assert str(a["UID"]) == str(b["UID"]) == "row-7@biox-missions"
    assert (str(b["STATUS"]), int(b["SEQUENCE"])) == ("CANCELLED", 2)
    file = icalendar.Calendar.from_ical(build_calendar(
        [_event("CANCELLED", 2)], calendar_name="Osaka", tzid="Asia/Tokyo", now=T1))
    assert str(file["METHOD"]) == "PUBLISH"
    assert vobject.readOne(build_invitation(_event("CANCELLED", 2), calendar_name="Osaka",
                                            tzid="Asia/Tokyo").decode()).method.value == "CANCEL"


def test_two_laptops_publish_the_same_sequence_after_sync(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The leader moves a meeting, the coordinator (another laptop) cancels it after syncing:
    each laptop's export carries the SEQUENCE the other one raised."""
    from tests.server.test_feeds import _build_mission
    from tests.sync.harness import World

    world = World(tmp_path)
    try:
        claire, claire_sync = world.laptop("claire")
        ids = _build_mission(claire, cluster=world.cluster, sme=world.sme_a)
        mid, uid = ids["mission"], event_uid(ids["meeting"])
        meeting = claire.agenda.get_meeting(ids["meeting"])
        claire.agenda.move_meeting(meeting.id, meeting.starts_at + dt.timedelta(hours=1))
        assert claire_sync.sync().rejected == 0
        cora, cora_sync = world.laptop("cora")
        cora_sync.sync()
        _m, at_claire = read_icalendar(delegate_calendar(claire.agenda, mid, ids["delegate"]))
        _m, at_cora = read_icalendar(delegate_calendar(cora.agenda, mid, ids["delegate"]))
        assert at_claire[uid].sequence == at_cora[uid].sequence == 1
        assert at_claire[uid].start == at_cora[uid].start

        cora.agenda.cancel_meeting(meeting.id)
        assert cora_sync.sync().rejected == 0
        claire_sync.sync()
        _m, at_claire = read_vobject(delegate_calendar(claire.agenda, mid, ids["delegate"]))
        assert (at_claire[uid].status, at_claire[uid].sequence) == ("CANCELLED", 2)
    finally:
        world.close()
