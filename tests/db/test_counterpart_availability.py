"""A counterpart's availability from their page (participant rows of the B2B sessions they can
attend) reaches the scheduler and the requests list; their page answers show who answered."""

from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core import counterpart as notes_line
from biox_desktop.core.agenda import AgendaItemInput, MeetingRequestInput
from biox_desktop.core.identity import NETWORK
from biox_desktop.core.missions import MissionInput
from biox_desktop.db.models import AgendaParticipant, MeetingRequest, Person, RosterEntry

UTC = dt.UTC


def _setup(ws):  # type: ignore[no-untyped-def]
    mission = ws.missions.create(MissionInput(
        name="Seoul Bio Week", kind="trade_mission", country="KR",
        start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 14), timezone="Asia/Seoul",
        home_timezone="Europe/Paris"))
    scope = f"mission:{mission.id}"
    with ws.db.session() as s:
        delegate = Person(scope=NETWORK, name="Anne Martin")
        guest = Person(scope=NETWORK, name="김민준")
        s.add_all([delegate, guest])
        s.flush()
        s.add(RosterEntry(scope=scope, mission_id=mission.id, person_id=delegate.id,
                          registration_status="confirmed"))
        ids = {"delegate": delegate.id, "guest": guest.id}
    start = dt.datetime(2027, 5, 11, 0, 0, tzinfo=UTC)  # 09:00 in Seoul
    sessions = {name: ws.agenda.add_item(mission.id, AgendaItemInput(
        kind="b2b", title=name, starts_at=start + dt.timedelta(hours=h),
        ends_at=start + dt.timedelta(hours=h + 2), timezone="Asia/Seoul", slot_minutes=30,
        table_count=4)) for name, h in (("Morning", 0), ("Afternoon", 5))}
    request = ws.agenda.create_request(mission.id, MeetingRequestInput(
        requester_person_id=ids["delegate"], target_person_id=ids["guest"]))
    ws.agenda.accept_request(request.id)
    return mission.id, ids, sessions, request.id


@pytest.mark.parametrize("attends", ["Morning", "Afternoon"])
def test_the_scheduler_keeps_a_counterpart_inside_the_sessions_they_can_attend(
        workspace, attends: str) -> None:  # type: ignore[no-untyped-def]
    mission, ids, sessions, request = _setup(workspace)
    chosen = sessions[attends]
    with workspace.db.session() as s:  # as a sync from their page writes it
        s.add(AgendaParticipant(scope=f"mission:{mission}", agenda_item_id=chosen.id,
                                person_id=ids["guest"]))
    summary = workspace.agenda.schedule(mission)
    assert summary.scheduled_count == 1
    meeting = next(m for m in workspace.agenda.meetings(mission) if m.request_id == request)
    assert chosen.starts_at <= meeting.starts_at and meeting.ends_at <= chosen.ends_at
    view = next(r for r in workspace.agenda.requests(mission) if r.id == request)
    assert view.counterpart_sessions == ((chosen.starts_at, attends),)


def test_requests_say_who_answered_on_the_counterpart_page(workspace) -> None:  # type: ignore[no-untyped-def]
    mission, _ids, _sessions, request = _setup(workspace)
    view = next(r for r in workspace.agenda.requests(mission) if r.id == request)
    assert view.counterpart_answer is None and view.counterpart_sessions == ()
    when = dt.datetime(2027, 5, 1, 8, 30, tzinfo=UTC)
    with workspace.db.session() as s:
        row = s.get(MeetingRequest, request)
        row.notes = notes_line.with_answer("Typed by the leader", notes_line.answer_line(
            "declined", "김민준", when))
    view = next(r for r in workspace.agenda.requests(mission) if r.id == request)
    answer = view.counterpart_answer
    assert answer == notes_line.CounterpartAnswer("declined", "김민준", when, "")
    assert view.notes.startswith("Typed by the leader\n[counterpart page] declined · 김민준")


def test_answer_lines_round_trip() -> None:
    when = dt.datetime(2027, 5, 1, 8, 30, tzinfo=UTC)
    line = notes_line.answer_line("asked", "  Zoë   O'Brien · Jr ", when, "20 min · please\nthx")
    found = notes_line.parse_line(line)
    assert found == notes_line.CounterpartAnswer("asked", "Zoë O'Brien - Jr", when,
                                                 "20 min · please thx")
    assert notes_line.last_answer("a note\n" + line + "\nanother note") == found
    assert notes_line.last_answer("[counterpart page] shouted · x · now") is None
    with pytest.raises(ValueError):
        notes_line.answer_line("maybe", "x", when)


def test_a_meeting_a_counterpart_asked_for_puts_the_delegate_on_the_delegation_side(
        workspace) -> None:  # type: ignore[no-untyped-def]
    from biox_desktop.db.models import Organisation

    mission, ids, _sessions, _request = _setup(workspace)
    scope = f"mission:{mission}"
    with workspace.db.session() as s:
        sme = Organisation(scope=NETWORK, name="Rhône Diag", kind="sme", sector_tags=[])
        s.add(sme)
        s.flush()
        colleague = Person(scope=NETWORK, name="Jean Dupont", organisation_id=sme.id)
        s.add(colleague)
        s.flush()
        s.add(RosterEntry(scope=scope, mission_id=mission, person_id=colleague.id,
                          organisation_id=sme.id, registration_status="confirmed"))
        # What the page writes: requester = the counterpart, target = the company.
        asked = MeetingRequest(scope=scope, mission_id=mission, requester_person_id=ids["guest"],
                               target_organisation_id=sme.id, status="accepted", priority=1,
                               notes=notes_line.answer_line("asked", "김민준", dt.datetime.now(UTC)))
        s.add(asked)
        s.flush()
        asked_id, colleague_id = asked.id, colleague.id
    workspace.agenda.schedule(mission)
    meeting = next(m for m in workspace.agenda.meetings(mission) if m.request_id == asked_id)
    sides = {p.person_id: p.side for p in meeting.participants}
    assert sides[colleague_id] == "delegation" and sides[ids["guest"]] != "delegation"
