"""Tests for the B2B meeting scheduler: invariants over random events, then examples.

The checker below is written from the rules, not from the scheduler's code, so the property
tests compare two independent readings of the same rules.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biox_desktop.core.progress import Cancelled, Progress
from biox_desktop.core.scheduler import (
    Assignment,
    BusyInterval,
    Interpreter,
    Lock,
    Participant,
    Problem,
    Request,
    Schedule,
    Session,
    Slot,
    count_idle_slots,
    schedule,
)

DAY = datetime(2026, 5, 12, tzinfo=UTC)
VENUES = ("hall", "lab", "hotel")


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return DAY + timedelta(days=days, hours=hour, minutes=minute)


# ---------------------------------------------------------------------------------------------
# Independent checker
# ---------------------------------------------------------------------------------------------


def needed_gap(problem: Problem, venue_a: str | None, venue_b: str | None) -> timedelta:
    if venue_a is None or venue_b is None or venue_a == venue_b:
        return timedelta(0)
    minutes = problem.travel_minutes.get((venue_a, venue_b))
    if minutes is None:
        minutes = problem.travel_minutes.get((venue_b, venue_a), problem.default_travel_minutes)
    return timedelta(minutes=minutes + problem.travel_buffer_minutes)


def gap_ok(problem: Problem, a: tuple, b: tuple) -> bool:
    """Two (start, end, venue) items one person can both attend."""
    (_, a_end, a_venue), (b_start, _, b_venue) = sorted([a, b], key=lambda x: x[0])
    if b_start < a_end:
        return False
    return b_start - a_end >= needed_gap(problem, a_venue, b_venue)


def slot_item(problem: Problem, slot: Slot) -> tuple:
    session = next(s for s in problem.sessions if s.id == slot.session_id)
    return slot.start, slot.end, slot.venue_id or session.venue_id


def can_attend(problem: Problem, person: Participant, slot: Slot) -> bool:
    if person.availability and not any(
        a <= slot.start and slot.end <= b for a, b in person.availability
    ):
        return False
    item = slot_item(problem, slot)
    return all(gap_ok(problem, item, (b.start, b.end, b.venue_id)) for b in person.busy)


def interpreters_suffice(problem: Problem, placed: list[tuple[Request, Slot]]) -> bool:
    """At every moment, each meeting running then that needs an interpreter can have one of
    its own (present for its slot, speaking its language): a bipartite matching found by
    augmenting paths. No interpreters in the problem: needs are not limited."""
    if not problem.interpreters:
        return True

    def serves(t: Interpreter, lang: str, slot: Slot) -> bool:
        present = not t.availability or any(
            a <= slot.start and slot.end <= b for a, b in t.availability
        )
        return present and (bool(t.languages) if lang == "any" else lang in t.languages)

    for moment in {slot.start for _, slot in placed}:
        needing = [(r.interpreter, s) for r, s in placed
                   if r.interpreter and s.start <= moment < s.end]
        owner: dict[str, int] = {}

        def augment(k: int, seen: set[str], needing: list = needing,
                    owner: dict[str, int] = owner) -> bool:
            lang, slot = needing[k]
            for t in problem.interpreters:
                if t.id in seen or not serves(t, lang, slot):
                    continue
                seen.add(t.id)
                if t.id not in owner or augment(owner[t.id], seen):
                    owner[t.id] = k
                    return True
            return False

        if not all(augment(k, set()) for k in range(len(needing))):
            return False
    return True


def check_schedule(problem: Problem, result: Schedule) -> None:
    """Assert every hard rule of the scheduler on ``result``."""
    slots = {s.id: s for s in problem.slots}
    tables = {s.id: s.table_count for s in problem.sessions}
    requests = {r.id: r for r in problem.requests}
    people = {p.id: p for p in problem.participants}
    met = [a.request_id for a in result.assignments]
    assert len(met) == len(set(met)), "a request is met twice"
    assert len({(a.slot_id, a.table) for a in result.assignments}) == len(met), "table twice"
    per_slot = Counter(a.slot_id for a in result.assignments)
    for a in result.assignments:
        slot = slots[a.slot_id]
        assert 1 <= a.table <= tables[slot.session_id]
        assert per_slot[a.slot_id] <= tables[slot.session_id]
    locks = {(lk.request_id, lk.slot_id, lk.table) for lk in problem.locks}
    assert locks <= {(a.request_id, a.slot_id, a.table) for a in result.assignments}
    for a in result.assignments:
        assert a.locked == ((a.request_id, a.slot_id, a.table) in locks)
    agenda: dict[str, list[tuple]] = defaultdict(list)
    for a in result.assignments:
        request, slot = requests[a.request_id], slots[a.slot_id]
        if not a.locked:
            allowed = request.allowed_sessions
            assert allowed is None or slot.session_id in allowed
            for pid in request.people:
                assert can_attend(problem, people[pid], slot), (pid, a)
        for pid in request.people:
            agenda[pid].append(slot_item(problem, slot))
    for pid, items in agenda.items():
        for x, y in itertools.combinations(items, 2):
            assert gap_ok(problem, x, y), f"{pid} cannot attend both {x} and {y}"
    new = [(requests[a.request_id], slots[a.slot_id]) for a in result.assignments if not a.locked]
    if interpreters_suffice(problem, [(requests[lk.request_id], slots[lk.slot_id])
                                      for lk in problem.locks]):
        # Kept meetings may already need more interpreters than there are (a warning says
        # so); new meetings never add to that.
        assert interpreters_suffice(problem, [
            *new, *((requests[lk.request_id], slots[lk.slot_id]) for lk in problem.locks)
        ]), "more meetings need an interpreter at one moment than there are interpreters"
    assert result.weight == sum(requests[r].priority for r in met)
    assert result.scheduled_count == len(met)
    assert result.weight <= result.weight_bound
    unscheduled = [u.request_id for u in result.unscheduled]
    assert sorted(unscheduled + met) == sorted(requests)
    assert all(u.reason for u in result.unscheduled)
    assert result.idle_gaps == count_idle_slots(problem, result.assignments)


def brute_force(problem: Problem) -> tuple[int, int]:
    """Best weight, then fewest idle slots at that weight, by trying every request -> slot or
    nothing choice (tiny problems only)."""
    tables = {s.id: s.table_count for s in problem.sessions}
    people = {p.id: p for p in problem.participants}
    options = []
    for r in problem.requests:
        ok = [
            s
            for s in problem.slots
            if (r.allowed_sessions is None or s.session_id in r.allowed_sessions)
            and tables[s.session_id] > 0
            and all(can_attend(problem, people[p], s) for p in r.people)
        ]
        options.append([None, *ok])
    best, best_idle = 0, 0
    for choice in itertools.product(*options):
        per_slot = Counter(s.id for s in choice if s is not None)
        if any(per_slot[s.id] > tables[s.session_id] for s in choice if s is not None):
            continue
        agenda: dict[str, list[tuple]] = defaultdict(list)
        for r, s in zip(problem.requests, choice, strict=True):
            if s is not None:
                for p in r.people:
                    agenda[p].append(slot_item(problem, s))
        if all(
            gap_ok(problem, x, y)
            for items in agenda.values()
            for x, y in itertools.combinations(items, 2)
        ) and interpreters_suffice(
            problem, [(r, s) for r, s in zip(problem.requests, choice, strict=True) if s]
        ):
            pairs = [(r, s) for r, s in zip(problem.requests, choice, strict=True) if s]
            weight = sum(r.priority for r, _ in pairs)
            if weight < best:
                continue
            idle = count_idle_slots(problem, [Assignment(r.id, s.id, 1) for r, s in pairs])
            if weight > best or idle < best_idle:
                best, best_idle = weight, idle
    return best, best_idle


# ---------------------------------------------------------------------------------------------
# Random small events
# ---------------------------------------------------------------------------------------------


@st.composite
def events(draw: st.DrawFn, max_requests: int = 7, max_slots: int = 4) -> Problem:
    sessions, slots = [], []
    for n in range(draw(st.integers(1, 2))):
        session = Session(f"S{n}", draw(st.integers(0, 3)), draw(st.sampled_from(VENUES)))
        sessions.append(session)
        start = at(8) + timedelta(
            days=draw(st.integers(0, 1)), minutes=15 * draw(st.integers(0, 8))
        )
        for k in range(draw(st.integers(1, max_slots))):
            length = timedelta(minutes=draw(st.sampled_from((15, 20, 30))))
            venue = draw(st.sampled_from((None, *VENUES)))
            slots.append(Slot(f"S{n}.{k}", session.id, start, start + length, venue))
            start += length + timedelta(minutes=draw(st.sampled_from((0, 0, 10, 15, 60))))
    people = []
    for n in range(draw(st.integers(2, 6))):
        availability = ()
        if draw(st.booleans()):
            a = at(7) + timedelta(minutes=15 * draw(st.integers(0, 16)))
            b = a + timedelta(minutes=30 * draw(st.integers(1, 10)))
            availability = ((a, b),)
        busy = ()
        if draw(st.booleans()):
            a = at(7) + timedelta(minutes=15 * draw(st.integers(0, 16)))
            b = a + timedelta(minutes=15 * draw(st.integers(1, 6)))
            busy = (BusyInterval(a, b, draw(st.sampled_from((None, *VENUES)))),)
        people.append(Participant(f"p{n}", availability, busy))
    ids = [p.id for p in people]
    requests = []
    for n in range(draw(st.integers(1, max_requests))):
        group = draw(st.permutations(ids))
        n_req = draw(st.integers(1, min(2, len(ids) - 1)))
        n_tgt = draw(st.integers(1, min(2, len(ids) - n_req)))
        allowed = None
        if draw(st.integers(0, 3)) == 0:
            allowed = frozenset(draw(st.sets(st.sampled_from([s.id for s in sessions]))))
        requests.append(
            Request(
                f"r{n}",
                tuple(group[:n_req]),
                tuple(group[n_req : n_req + n_tgt]),
                draw(st.integers(1, 5)),
                allowed,
                draw(st.sampled_from((None, None, None, "ja", "zh", "any"))),
            )
        )
    # Interpreters speaking one or both languages; none: needs are not limited.
    interpreters = tuple(
        Interpreter(f"i{n}", draw(st.sets(st.sampled_from(("ja", "zh")), min_size=1)))
        for n in range(draw(st.integers(0, 2)))
    )
    travel = {
        pair: draw(st.sampled_from((0, 15, 30, 60))) for pair in itertools.combinations(VENUES, 2)
    }
    return Problem(
        tuple(sessions),
        tuple(slots),
        tuple(people),
        tuple(requests),
        travel_minutes=travel,
        travel_buffer_minutes=draw(st.sampled_from((0, 10))),
        interpreters=interpreters,
    )


PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MANY = settings(PROPERTY, max_examples=100)


@MANY
@given(events())
def test_random_events_keep_every_rule(problem: Problem) -> None:
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)


@PROPERTY
@given(events(max_requests=5, max_slots=3))
def test_weight_then_idle_slots_match_brute_force_on_tiny_events(problem: Problem) -> None:
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    best, best_idle = brute_force(problem)
    assert result.weight == best
    assert result.weight_bound >= best
    assert result.optimal
    assert result.idle_gaps == best_idle


@st.composite
def busy_host_events(draw: st.DrawFn) -> Problem:
    """One session; hosts each meet several delegates with narrow windows: idle slots matter."""
    slots = draw(st.integers(3, 5))
    hosts = [Participant(f"h{n}") for n in range(draw(st.integers(1, 2)))]
    delegates = []
    for n in range(draw(st.integers(2, 4))):
        first = draw(st.integers(0, slots - 1))
        last = draw(st.integers(first, slots - 1))
        window = ((at(9, 30 * first), at(9, 30 * last + 30)),)
        delegates.append(Participant(f"d{n}", window if draw(st.booleans()) else ()))
    requests = [
        Request(f"{d.id}-{h.id}", (d.id,), (h.id,), draw(st.integers(1, 2)))
        for d in delegates
        for h in hosts
        if draw(st.booleans())
    ]
    return event(
        requests or [Request("only", ("d0",), ("h0",))],
        slots=slots,
        tables=draw(st.integers(1, 2)),
        participants=hosts + delegates,
    )


@PROPERTY
@given(busy_host_events())
def test_idle_slots_match_brute_force_on_busy_hosts(problem: Problem) -> None:
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert (result.weight, result.idle_gaps) == brute_force(problem)
    assert result.optimal


@PROPERTY
@given(events(), st.data())
def test_rerun_with_locks_keeps_them_and_every_rule(problem: Problem, data: st.DataObject) -> None:
    first = schedule(problem, time_limit_s=10, workers=1)
    kept = data.draw(st.sets(st.sampled_from(first.as_locks()))) if first.assignments else set()
    extra = Request("late", (problem.participants[0].id,), (problem.participants[1].id,), 5)
    again = Problem(
        problem.sessions,
        problem.slots,
        problem.participants,
        (*problem.requests, extra),
        locks=tuple(sorted(kept, key=lambda lk: lk.request_id)),
        travel_minutes=problem.travel_minutes,
        travel_buffer_minutes=problem.travel_buffer_minutes,
        interpreters=problem.interpreters,
    )
    second = schedule(again, time_limit_s=10, workers=1)
    check_schedule(again, second)
    assert second.weight >= sum(
        r.priority for r in problem.requests if r.id in {lk.request_id for lk in kept}
    )


# ---------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------


def event(
    requests: list[Request],
    *,
    slots: int = 3,
    tables: int = 5,
    participants: list[Participant] | None = None,
    locks: tuple[Lock, ...] = (),
    **kwargs: object,
) -> Problem:
    """One session at the hall with back-to-back 30-minute slots from 9:00."""
    slot_list = tuple(Slot(f"s{k}", "b2b", at(9, 30 * k), at(9, 30 * k + 30)) for k in range(slots))
    if participants is None:
        ids = sorted({p for r in requests for p in r.people})
        participants = [Participant(pid) for pid in ids]
    return Problem(
        (Session("b2b", tables, "hall"),),
        slot_list,
        tuple(participants),
        tuple(requests),
        locks=locks,
        **kwargs,  # type: ignore[arg-type]
    )


def test_one_heavy_request_beats_two_light_ones_that_compete_with_it() -> None:
    problem = event(
        [
            Request("heavy", ("d1",), ("t1", "t2"), priority=5),
            Request("light1", ("d2",), ("t1",), priority=1),
            Request("light2", ("d3",), ("t2",), priority=1),
        ],
        slots=1,
    )
    result = schedule(problem)
    check_schedule(problem, result)
    assert [a.request_id for a in result.assignments] == ["heavy"]
    assert result.weight == 5
    assert result.optimal
    reasons = {u.request_id: u.reason for u in result.unscheduled}
    assert set(reasons) == {"light1", "light2"}
    assert "higher-priority" in reasons["light1"]


def test_idle_slots_are_closed_when_the_weight_is_tied() -> None:
    # t meets d1 (only free at 9:00) and d2 (free all morning): 9:30 for d2 leaves t no gap,
    # 10:00 would leave t idle at 9:30.
    d1 = Participant("d1", availability=((at(9), at(9, 30)),))
    participants = [d1, Participant("d2"), Participant("t")]
    problem = event(
        [Request("a", ("d1",), ("t",)), Request("b", ("d2",), ("t",))],
        participants=participants,
    )
    result = schedule(problem)
    check_schedule(problem, result)
    assert {a.request_id: a.slot_id for a in result.assignments} == {"a": "s0", "b": "s1"}
    assert result.idle_gaps == 0
    assert result.optimal


def test_idle_slots_count_free_positions_between_meetings_only() -> None:
    busy = BusyInterval(at(9, 30), at(10), "hall", "press talk")
    t = Participant("t", busy=(busy,))
    problem = event(
        [Request("a", ("d1",), ("t",)), Request("b", ("d2",), ("t",))],
        slots=5,
        participants=[Participant("d1"), Participant("d2"), t],
    )
    # Meetings at 9:00 and 10:30: 9:30 is the talk (not idle), 10:00 is idle.
    assert count_idle_slots(problem, [Assignment("a", "s0", 1), Assignment("b", "s3", 1)]) == 1
    # 9:00 and 10:00 are as compact as t's day allows.
    assert count_idle_slots(problem, [Assignment("a", "s0", 1), Assignment("b", "s2", 1)]) == 0


def test_busy_item_elsewhere_blocks_slots_within_travel_time() -> None:
    visit = BusyInterval(at(8), at(9, 40), "lab", "site visit")
    t = Participant("t", busy=(visit,))
    problem = event(
        [Request("a", ("d1",), ("t",)), Request("b", ("d2",), ("t",))],
        slots=3,
        participants=[Participant("d1"), Participant("d2"), t],
        travel_minutes={("lab", "hall"): 20},
        travel_buffer_minutes=10,
    )
    result = schedule(problem)
    check_schedule(problem, result)
    # Back from the lab at 9:40 + 20 + 10 = 10:10: the 9:00 and 9:30 slots overlap the visit,
    # and the 10:00 slot starts too early, so t can meet nobody.
    assert result.assignments == ()
    assert {u.reason for u in result.unscheduled} == {"no common free slot"}


def test_travel_time_between_meetings_at_two_venues() -> None:
    sessions = (Session("hall", 1, "hall"), Session("hotel", 1, "hotel"))
    slots = (
        Slot("h1", "hall", at(9), at(9, 30)),
        Slot("o1", "hotel", at(9, 40), at(10, 10)),
        Slot("o2", "hotel", at(10, 30), at(11)),
    )
    problem = Problem(
        sessions,
        slots,
        tuple(Participant(p) for p in ("d1", "d2", "t")),
        (
            Request("a", ("d1",), ("t",), 3, frozenset({"hall"})),
            Request("b", ("d2",), ("t",), 1, frozenset({"hotel"})),
        ),
        travel_minutes={("hall", "hotel"): 15},
        travel_buffer_minutes=10,
    )
    result = schedule(problem)
    check_schedule(problem, result)
    # 9:30 -> 9:40 is too short for 25 minutes; 10:30 is fine.
    assert {a.request_id: a.slot_id for a in result.assignments} == {"a": "h1", "b": "o2"}


@pytest.mark.parametrize(
    ("pairs", "slots", "best"),
    [
        # Each person has two meetings and there are two slots, yet an odd cycle needs three:
        # the weight over slot classes is only a bound until a cut removes it.
        (["ab", "bc", "ca"], 2, 2),
        (["ab", "bc", "cd", "de", "ea"], 2, 4),
        (["ab", "bc", "cd", "da"], 2, 4),
        # Four meetings that pairwise share someone need four slots; nobody has more than 3.
        (["ab", "ac", "bc", "ab"], 3, 3),
    ],
)
def test_meetings_that_fit_per_person_but_not_together(
    pairs: list[str], slots: int, best: int
) -> None:
    requests = [Request(f"{n}{p}", (p[0],), (p[1],)) for n, p in enumerate(pairs)]
    problem = event(requests, slots=slots)
    result = schedule(problem)
    check_schedule(problem, result)
    assert result.weight == best
    assert result.weight_bound == best
    assert result.optimal


def test_capacity_limits_meetings_per_slot_and_numbers_tables() -> None:
    requests = [Request(f"r{n}", (f"d{n}",), (f"t{n}",)) for n in range(5)]
    problem = event(requests, slots=2, tables=2)
    result = schedule(problem)
    check_schedule(problem, result)
    assert result.scheduled_count == 4
    assert sorted((a.slot_id, a.table) for a in result.assignments) == [
        ("s0", 1),
        ("s0", 2),
        ("s1", 1),
        ("s1", 2),
    ]


def test_a_host_keeps_their_table_across_slots() -> None:
    requests = [Request(f"r{n}", (f"d{n}",), ("host",)) for n in range(3)]
    requests += [Request(f"q{n}", (f"e{n}",), ("other",)) for n in range(3)]
    problem = event(requests, slots=3, tables=4, locks=(Lock("r0", "s0", 3),))
    result = schedule(problem)
    check_schedule(problem, result)
    tables = {a.table for a in result.assignments if a.request_id.startswith("r")}
    assert tables == {3}


def test_locked_meetings_are_kept_and_count() -> None:
    problem = event(
        [Request("a", ("d1",), ("t",), 1), Request("b", ("d2",), ("t",), 5)],
        slots=1,
        locks=(Lock("a", "s0", 2),),
    )
    result = schedule(problem)
    check_schedule(problem, result)
    assert [(a.request_id, a.slot_id, a.table, a.locked) for a in result.assignments] == [
        ("a", "s0", 2, True)
    ]
    assert result.weight == 1
    assert {u.request_id: u.reason for u in result.unscheduled} == {
        "b": "its common free slots are taken by locked meetings"
    }


def test_rerun_with_previous_result_as_locks_keeps_every_meeting() -> None:
    requests = [Request(f"r{n}", (f"d{n % 3}",), (f"t{n % 4}",), 1 + n % 3) for n in range(8)]
    problem = event(requests, slots=4, tables=2)
    first = schedule(problem)
    check_schedule(problem, first)
    later = event(
        [*requests, Request("new", ("d9",), ("t0",), 5)],
        slots=4,
        tables=2,
        locks=first.as_locks(),
    )
    second = schedule(later)
    check_schedule(later, second)
    kept = {(a.request_id, a.slot_id, a.table) for a in second.assignments if a.locked}
    assert kept == {(a.request_id, a.slot_id, a.table) for a in first.assignments}


@pytest.mark.parametrize(
    ("lock", "message"),
    [
        (Lock("a", "nowhere", 1), "unknown slot 'nowhere'"),
        (Lock("zzz", "s0", 1), "unknown request 'zzz'"),
        (Lock("a", "s0", 3), "table 3 is outside 1..2"),
        (Lock("a", "s0", 0), "table 0 is outside 1..2"),
    ],
)
def test_invalid_lock_names_the_problem(lock: Lock, message: str) -> None:
    problem = event([Request("a", ("d1",), ("t",))], tables=2, locks=(lock,))
    with pytest.raises(ValueError, match=message):
        schedule(problem)


def test_lock_that_double_books_a_person_is_refused() -> None:
    problem = event(
        [Request("a", ("d1",), ("t",)), Request("b", ("d2",), ("t",))],
        locks=(Lock("a", "s1", 1), Lock("b", "s1", 2)),
    )
    with pytest.raises(ValueError, match=r"lock of request 'b'.*double-books participant 't'"):
        schedule(problem)


def test_two_locks_on_one_table_are_refused() -> None:
    problem = event(
        [Request("a", ("d1",), ("t1",)), Request("b", ("d2",), ("t2",))],
        locks=(Lock("a", "s1", 1), Lock("b", "s1", 1)),
    )
    with pytest.raises(ValueError, match="table 1 is already locked for request 'a'"):
        schedule(problem)


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (Request("a", ("d1",), ("ghost",)), "unknown participant 'ghost'"),
        (Request("a", ("d1",), ("d1",)), "lists a person twice"),
        (Request("a", ("d1",), ("t",), priority=0), "priority 0"),
        (Request("a", (), ("t",)), "at least one requester"),
    ],
)
def test_invalid_requests_name_the_problem(request_: Request, message: str) -> None:
    problem = event([request_], participants=[Participant("d1"), Participant("t")])
    with pytest.raises(ValueError, match=message):
        schedule(problem)


def test_naive_datetimes_are_refused() -> None:
    problem = Problem(
        (Session("b2b", 1),),
        (Slot("s0", "b2b", datetime(2026, 5, 12, 9), datetime(2026, 5, 12, 9, 30)),),
        (),
        (),
    )
    with pytest.raises(ValueError, match="slot 's0' start must be a timezone-aware"):
        schedule(problem)


def medium_event() -> Problem:
    """Big enough that the search is still running when the cancel comes."""
    import random

    rng = random.Random(3)
    people = [Participant(f"p{n}") for n in range(60)]
    requests = []
    for n in range(200):
        a, b = rng.sample(range(60), 2)
        requests.append(Request(f"r{n}", (f"p{a}",), (f"p{b}",), rng.randint(1, 5)))
    return event(requests, slots=8, tables=10, participants=people)


def test_cancel_stops_the_solver_and_raises_cancelled() -> None:
    seen: list[str] = []

    def cancel_on_first_report(done: int, total: int, message: str) -> None:
        seen.append(message)
        if len(seen) == 3:
            progress.cancel()

    progress = Progress(cancel_on_first_report)
    with pytest.raises(Cancelled):
        schedule(medium_event(), time_limit_s=60, progress=progress, workers=1)


def test_cancel_before_start_raises_cancelled() -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        schedule(medium_event(), progress=progress)


def test_progress_is_reported_to_the_end() -> None:
    reports: list[tuple[int, int, str]] = []
    problem = event([Request("a", ("d1",), ("t",))])
    schedule(problem, progress=Progress(lambda *r: reports.append(r)))
    assert reports[-1] == (100, 100, "Schedule ready")


def test_short_time_limit_still_returns_a_valid_schedule() -> None:
    problem = medium_event()
    result = schedule(problem, time_limit_s=0.05, workers=1)
    check_schedule(problem, result)
    assert result.scheduled_count > 0


def test_scheduler_module_does_not_import_qt() -> None:
    code = (
        "import sys, biox_desktop.core.scheduler; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
