"""The scheduler on small events shaped like real ones, checked by an independent verifier.

Real B2B events have forbidden slots per person (late arrival, early departure, their own talk),
morning-only and afternoon-only meetings, meetings fixed by the leader, and almost always a
complete schedule. The events here are planted: a schedule is drawn first and the constraints
around it, so a complete schedule is known to exist. The verifier below is written from the
rules, not from the scheduler's code: it recomputes every constraint and the idle slots.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from biox_desktop.core.scheduler import (
    BusyInterval,
    Lock,
    Participant,
    Problem,
    Request,
    Schedule,
    Session,
    Slot,
    schedule,
)

DAY = datetime(2026, 5, 12, tzinfo=UTC)
BUDGET = 5.0  # seconds; generous for these sizes, never asserted on


def _sessions(per_session: int, tables: int, days: int = 1) -> tuple[list[Session], list[Slot]]:
    sessions, slots = [], []
    for d in range(days):
        for am in (True, False):
            sid = f"d{d}{'am' if am else 'pm'}"
            sessions.append(Session(sid, tables, "hall"))
            first = DAY + timedelta(days=d, hours=9 if am else 14)
            for k in range(per_session):
                start = first + timedelta(minutes=30 * k)
                slots.append(Slot(f"{sid}{k}", sid, start, start + timedelta(minutes=25)))
    return sessions, slots


def _free(person: Participant, slot: Slot) -> bool:
    if person.availability and not any(
        a <= slot.start and slot.end <= b for a, b in person.availability
    ):
        return False
    return not any(b.start < slot.end and slot.start < b.end for b in person.busy)


def verify(problem: Problem, result: Schedule) -> list[str]:
    """Every rule a returned schedule must keep; returns the faults found (none is good)."""
    faults: list[str] = []
    slots = {s.id: s for s in problem.slots}
    tables = {s.id: s.table_count for s in problem.sessions}
    people = {p.id: p for p in problem.participants}
    requests = {r.id: r for r in problem.requests}
    seen: set[str] = set()
    tables_used: set[tuple[str, int]] = set()
    person_times: dict[str, list[Slot]] = defaultdict(list)
    count: dict[str, int] = defaultdict(int)
    for a in result.assignments:
        slot, r = slots[a.slot_id], requests[a.request_id]
        if a.request_id in seen:
            faults.append(f"{a.request_id} met twice")
        seen.add(a.request_id)
        if not 1 <= a.table <= tables[slot.session_id]:
            faults.append(f"{a.request_id} at table {a.table}")
        if (a.slot_id, a.table) in tables_used:
            faults.append(f"table {a.table} twice at {a.slot_id}")
        tables_used.add((a.slot_id, a.table))
        count[a.slot_id] += 1
        locked = any(lk.request_id == a.request_id for lk in problem.locks)
        if not locked:
            if r.allowed_sessions is not None and slot.session_id not in r.allowed_sessions:
                faults.append(f"{a.request_id} in session {slot.session_id} it does not allow")
            for pid in r.people:
                if not _free(people[pid], slot):
                    faults.append(f"{pid} not free at {a.slot_id}")
        for pid in r.people:
            for other in person_times[pid]:
                if other.start < slot.end and slot.start < other.end:
                    faults.append(f"{pid} in two meetings at {slot.start}")
            person_times[pid].append(slot)
    for sid, n in count.items():
        if n > tables[slots[sid].session_id]:
            faults.append(f"{n} meetings at {sid}")
    kept = {(a.request_id, a.slot_id, a.table) for a in result.assignments}
    for lk in problem.locks:
        if (lk.request_id, lk.slot_id, lk.table) not in kept:
            faults.append(f"fixed meeting {lk.request_id} not kept")
    if result.scheduled_count != len(result.assignments):
        faults.append("scheduled_count disagrees")
    if result.idle_gaps != idle_slots(problem, person_times):
        faults.append(f"idle slots {result.idle_gaps} != {idle_slots(problem, person_times)}")
    return faults


def idle_slots(problem: Problem, person_times: dict[str, list[Slot]]) -> int:
    """Per person and day: free slot times with no meeting between their first and last."""
    people = {p.id: p for p in problem.participants}
    by_day: dict[object, list[Slot]] = defaultdict(list)
    for s in sorted(problem.slots, key=lambda s: s.start):
        by_day[s.start.date()].append(s)
    total = 0
    for pid, mine in person_times.items():
        starts = {s.start for s in mine}
        for day_slots in by_day.values():
            met = [s.start in starts for s in day_slots]
            if sum(met) < 2:
                continue
            first, last = met.index(True), len(met) - 1 - met[::-1].index(True)
            total += sum(
                1 for k in range(first + 1, last) if not met[k] and _free(people[pid], day_slots[k])
            )
    return total


def planted_event(seed: int, people: int = 14, meetings: int = 34) -> Problem:
    """A small event with a complete schedule planted first (see the module docstring)."""
    rng = random.Random(seed)
    sessions, slots = _sessions(per_session=5, tables=4, days=2)
    ids = [f"p{k}" for k in range(people)]
    delegates, hosts = ids[: people // 2], ids[people // 2 :]
    availability: dict[str, tuple[tuple[datetime, datetime], ...]] = {}
    busy: dict[str, tuple[BusyInterval, ...]] = {}
    for pid in ids:
        if rng.random() < 0.2:  # arrives late on the first day
            availability[pid] = ((rng.choice(slots[1:8]).start, DAY + timedelta(days=3)),)
        if rng.random() < 0.3:  # gives a talk
            talk = rng.choice(slots)
            busy[pid] = (BusyInterval(talk.start, talk.end, "hall", "talk"),)
    participants = {
        pid: Participant(pid, availability.get(pid, ()), busy.get(pid, ()), name=f"Person {pid}")
        for pid in ids
    }
    booked: dict[str, set[str]] = defaultdict(set)
    load: dict[str, int] = defaultdict(int)
    planted: list[tuple[str, str, Slot]] = []
    pairs: set[tuple[str, str]] = set()
    while len(planted) < meetings:
        d, h = rng.choice(delegates), rng.choice(hosts)
        if (d, h) in pairs:
            continue
        open_slots = [
            s
            for s in slots
            if load[s.id] < 4
            and all(_free(participants[p], s) and s.id not in booked[p] for p in (d, h))
        ]
        if not open_slots:
            continue
        s = rng.choice(open_slots)
        pairs.add((d, h))
        load[s.id] += 1
        booked[d].add(s.id)
        booked[h].add(s.id)
        planted.append((d, h, s))
    requests, locks = [], []
    tables_taken: dict[str, int] = defaultdict(int)
    for n, (d, h, s) in enumerate(planted):
        allowed = None
        if rng.random() < 0.25:  # morning-only or afternoon-only, as planted
            half = "am" if s.session_id.endswith("am") else "pm"
            allowed = frozenset(x.id for x in sessions if x.id.endswith(half))
        requests.append(Request(f"r{n}", (d,), (h,), 1, allowed))
        if rng.random() < 0.1:
            tables_taken[s.id] += 1
            locks.append(Lock(f"r{n}", s.id, tables_taken[s.id]))
    return Problem(
        tuple(sessions), tuple(slots), tuple(participants.values()), tuple(requests), tuple(locks)
    )


@pytest.mark.parametrize("seed", range(4))
def test_planted_event_is_scheduled_completely_and_keeps_every_rule(seed: int) -> None:
    problem = planted_event(seed)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    assert verify(problem, result) == []
    assert result.scheduled_count == len(problem.requests)
    assert result.unscheduled == ()
    assert result.warnings == ()


@pytest.mark.parametrize("seed", range(4))
def test_planted_event_uses_the_first_slot_of_every_session(seed: int) -> None:
    problem = planted_event(seed)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    used = {a.slot_id for a in result.assignments}
    for session in problem.sessions:
        mine = sorted((s for s in problem.slots if s.session_id == session.id), key=lambda s: s.start)
        if any(s.id in used for s in mine):
            assert mine[0].id in used, f"session {session.id} starts late"


def test_verifier_catches_a_broken_schedule() -> None:
    problem = planted_event(0)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    first, second = result.assignments[0], result.assignments[1]
    # Put the second meeting where the first is: a table twice, maybe a person twice.
    broken = Schedule(
        (first, type(second)(second.request_id, first.slot_id, first.table)),
        result.weight,
        2,
        0,
        False,
        (),
        result.weight_bound,
    )
    assert any("table" in fault for fault in verify(problem, broken))


def test_talks_arrivals_and_half_day_requests_are_respected() -> None:
    sessions, slots = _sessions(per_session=4, tables=3)
    talk = slots[0]
    people = (
        Participant("ana", busy=(BusyInterval(talk.start, talk.end, "hall", "talk"),)),
        Participant("ben", availability=((slots[2].start, DAY + timedelta(days=1)),)),
        Participant("cho"),
        Participant("dev"),
    )
    morning, afternoon = frozenset({"d0am"}), frozenset({"d0pm"})
    requests = (
        Request("a", ("ana",), ("cho",), 1, morning),
        Request("b", ("ana",), ("dev",), 1, morning),
        Request("c", ("ben",), ("cho",), 1, morning),
        Request("d", ("ben",), ("dev",), 1, afternoon),
        Request("e", ("ana",), ("ben",), 1, afternoon),
    )
    problem = Problem(tuple(sessions), tuple(slots), people, requests)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    assert verify(problem, result) == []
    assert result.scheduled_count == 5
    placed = {a.request_id: a.slot_id for a in result.assignments}
    assert placed["a"] != "d0am0" and placed["b"] != "d0am0"  # Ana's talk
    assert placed["c"] in {"d0am2", "d0am3"}  # Ben arrives at the third slot
    assert placed["d"].startswith("d0pm") and placed["e"].startswith("d0pm")


def test_fixed_meetings_stay_where_they_are() -> None:
    problem = planted_event(3)
    assert problem.locks
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    fixed = {(a.request_id, a.slot_id, a.table) for a in result.assignments if a.locked}
    assert fixed == {(lk.request_id, lk.slot_id, lk.table) for lk in problem.locks}
    assert verify(problem, result) == []


def test_a_session_begins_at_its_first_slot() -> None:
    # Two meetings of one person: any two adjacent slots give no idle slot; the session
    # must still begin at 09:00, not later.
    sessions, slots = _sessions(per_session=6, tables=2)
    people = tuple(Participant(p) for p in ("ana", "ben", "cho"))
    requests = (Request("a", ("ana",), ("ben",)), Request("b", ("ana",), ("cho",)))
    problem = Problem(tuple(sessions[:1]), tuple(slots[:6]), people, requests)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    assert verify(problem, result) == []
    assert result.idle_gaps == 0
    assert "d0am0" in {a.slot_id for a in result.assignments}


def _no_raw_ids(problem: Problem, texts: tuple[str, ...]) -> None:
    ids = {p.id for p in problem.participants} | {r.id for r in problem.requests}
    for text in texts:
        words = set(re.findall(r"[\w-]+", text))
        assert not (ids & words), f"raw id in: {text}"


def test_an_overbooked_person_is_proven_and_named() -> None:
    # Anna arrives for the last morning slot only, and three people want her, morning only.
    sessions, slots = _sessions(per_session=4, tables=4)
    morning = frozenset({"d0am"})
    people = (
        Participant("u1", ((slots[3].start, DAY + timedelta(days=1)),), name="Anna Weber"),
        Participant("u2", name="Kenji Sato"),
        Participant("u3", name="Mei Lin"),
        Participant("u4", name="Luca Rossi"),
        Participant("u5", name="Olga Fischer"),
    )
    requests = (
        Request("q1", ("u2",), ("u1",), 1, morning),
        Request("q2", ("u3",), ("u1",), 1, morning),
        Request("q3", ("u4",), ("u1",), 1, morning),
        Request("q4", ("u2",), ("u5",)),
    )
    problem = Problem(tuple(sessions), tuple(slots), people, requests)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    assert verify(problem, result) == []
    assert result.scheduled_count == 2
    assert result.weight_bound == 2  # proven: no schedule does better
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    for name in ("Anna Weber", "Kenji Sato", "Mei Lin", "Luca Rossi"):
        assert name in warning
    assert "Olga Fischer" not in warning
    _no_raw_ids(problem, result.warnings)


def test_a_clash_over_tables_names_every_meeting_in_it() -> None:
    # One table, one slot that both meetings need: no person is shared.
    sessions, slots = _sessions(per_session=3, tables=1)
    only_first = frozenset({"d0am"})
    people = tuple(
        Participant(f"x{k}", ((slots[0].start, slots[0].end),), name=name)
        for k, name in enumerate(("Ines Costa", "Jun Park", "Sven Martin", "Vera Conti"))
    )
    requests = (
        Request("m1", ("x0",), ("x1",), 1, only_first),
        Request("m2", ("x2",), ("x3",), 1, only_first),
    )
    problem = Problem(tuple(sessions), tuple(slots), people, requests)
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    assert verify(problem, result) == []
    assert result.scheduled_count == 1
    assert len(result.warnings) == 1
    for name in ("Ines Costa", "Jun Park", "Sven Martin", "Vera Conti"):
        assert name in result.warnings[0]
    _no_raw_ids(problem, result.warnings)


def test_a_kept_meeting_outside_availability_is_named_in_the_warning() -> None:
    sessions, slots = _sessions(per_session=3, tables=2)
    people = (
        Participant("u1", ((slots[1].start, DAY + timedelta(days=1)),), name="Anna Weber"),
        Participant("u2", name="Kenji Sato"),
    )
    problem = Problem(
        tuple(sessions),
        tuple(slots),
        people,
        (Request("q1", ("u2",), ("u1",)),),
        (Lock("q1", slots[0].id, 1),),
    )
    result = schedule(problem, time_limit_s=BUDGET, workers=1)
    assert result.scheduled_count == 1
    assert any("Anna Weber" in w and "Kenji Sato" in w for w in result.warnings)
    _no_raw_ids(problem, result.warnings)


def test_the_agenda_hands_the_scheduler_peoples_names(workspace) -> None:  # type: ignore[no-untyped-def]
    # Warnings name people, so the problem built from the database must carry their names.
    workspace.seed_demo()
    built = workspace.agenda.build_problem(workspace.settings.current_mission_id)
    assert built.problem.participants
    assert all(p.name.strip() for p in built.problem.participants)
