"""Benchmark: the app's scheduler against CP-SAT solved to proven optimality.

Generates a seeded event (150 participants, 400 requests, 12 slots, 30 tables), runs
``schedule()`` with its default 2 s budget several times (median wall time), then solves the same
weight problem with a separately written, plain CP-SAT model and no practical time limit (60 s
cap) as the reference. Prints figures; never asserts on time.

Run: /work/venv/bin/python bench/bench_scheduler.py [--runs N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ortools.sat.python import cp_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biox_desktop.core.progress import Progress
from biox_desktop.core.scheduler import (
    BusyInterval,
    Participant,
    Problem,
    Request,
    Session,
    Slot,
    schedule,
)

HALL, LAB = "hall", "lab"


def make_event(seed: int = 7) -> Problem:
    """150 people (90 delegates in 40 companies, 60 hosts in 45 organisations), 400 requests.

    Two sessions of 6 slots (morning and afternoon of one day, lunch in between), 30 tables each.
    Some people are only there half a day; some hosts leave for a site visit at the lab.
    """
    rng = random.Random(seed)
    day = datetime(2026, 3, 10, tzinfo=UTC)
    sessions = (Session("am", 30, HALL), Session("pm", 30, HALL))
    slots = []
    for session, first in (("am", day.replace(hour=8)), ("pm", day.replace(hour=12))):
        for k in range(6):
            start = first + timedelta(minutes=30 * k)
            slots.append(Slot(f"{session}{k}", session, start, start + timedelta(minutes=25)))

    delegates = [f"d{i}" for i in range(90)]
    hosts = [f"h{i}" for i in range(60)]
    people = []
    for pid in delegates + hosts:
        roll = rng.random()
        availability: tuple = ()
        busy: tuple = ()
        if roll < 0.10:
            availability = ((day.replace(hour=7), day.replace(hour=11)),)
        elif roll < 0.20:
            availability = ((day.replace(hour=11, minute=30), day.replace(hour=18)),)
        elif roll < 0.30 and pid.startswith("h"):
            start = day.replace(hour=9, minute=rng.choice((0, 30)))
            busy = (BusyInterval(start, start + timedelta(hours=1), LAB, "site visit"),)
        people.append(Participant(pid, availability, busy))

    companies = _split(rng, delegates, 40)
    organisations = _split(rng, hosts, 45)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 400:
        pairs.add((rng.randrange(len(companies)), rng.randrange(len(organisations))))
    requests = []
    for n, (c, o) in enumerate(sorted(pairs)):
        priority = rng.choices((1, 2, 3, 5), weights=(50, 25, 15, 10))[0]
        requests.append(Request(f"r{n}", tuple(companies[c]), tuple(organisations[o]), priority))
    return Problem(
        sessions,
        tuple(slots),
        tuple(people),
        tuple(requests),
        travel_minutes={(HALL, LAB): 25},
        travel_buffer_minutes=10,
    )


def _split(rng: random.Random, people: list[str], groups: int) -> list[list[str]]:
    """Cut ``people`` into ``groups`` non-empty groups of random size."""
    shuffled = people[:]
    rng.shuffle(shuffled)
    cuts = sorted(rng.sample(range(1, len(shuffled)), groups - 1))
    return [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(shuffled)], strict=True)]


def reference_weight(problem: Problem, limit_s: float = 60.0) -> tuple[int, bool, float]:
    """The weight optimum from a straightforward model: x[request, slot] for every pair."""
    started = time.monotonic()
    people = {p.id: p for p in problem.participants}
    tables = {s.id: s.table_count for s in problem.sessions}
    venue_of_session = {s.id: s.venue_id for s in problem.sessions}
    buffer = problem.travel_buffer_minutes

    def need(a: str | None, b: str | None) -> timedelta:
        if a is None or b is None or a == b:
            return timedelta(0)
        minutes = problem.travel_minutes.get((a, b), problem.travel_minutes.get((b, a)))
        if minutes is None:
            minutes = problem.default_travel_minutes
        return timedelta(minutes=minutes + buffer)

    def venue(slot: Slot) -> str | None:
        return slot.venue_id or venue_of_session[slot.session_id]

    def can_attend(person: Participant, slot: Slot) -> bool:
        if person.availability and not any(
            a <= slot.start and slot.end <= b for a, b in person.availability
        ):
            return False
        for item in person.busy:
            if item.start < slot.end and slot.start < item.end:
                return False
            gap = slot.start - item.end if item.end <= slot.start else item.start - slot.end
            if gap < need(item.venue_id, venue(slot)):
                return False
        return True

    model = cp_model.CpModel()
    x = {}
    for r in problem.requests:
        for s in problem.slots:
            x[r.id, s.id] = v = model.new_bool_var("")
            allowed = r.allowed_sessions is None or s.session_id in r.allowed_sessions
            if not allowed or not all(can_attend(people[p], s) for p in r.people):
                model.add(v == 0)
        model.add(sum(x[r.id, s.id] for s in problem.slots) <= 1)
    for s in problem.slots:
        model.add(sum(x[r.id, s.id] for r in problem.requests) <= tables[s.session_id])
    for pid in people:
        mine = [r for r in problem.requests if pid in r.people]
        for a in problem.slots:
            for b in problem.slots:
                if a.id > b.id:
                    continue
                overlap = a.start < b.end and b.start < a.end
                first, second = (a, b) if a.start <= b.start else (b, a)
                clash = overlap or second.start - first.end < need(venue(first), venue(second))
                if clash:
                    slots = {a.id, b.id}
                    model.add(sum(x[r.id, sid] for r in mine for sid in slots) <= 1)
    model.maximize(sum(r.priority * x[r.id, s.id] for r in problem.requests for s in problem.slots))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = limit_s
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    return round(solver.objective_value), status == cp_model.OPTIMAL, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    problem = make_event(args.seed)
    print(
        f"event: {len(problem.participants)} participants, {len(problem.requests)} requests, "
        f"{len(problem.slots)} slots, {problem.sessions[0].table_count} tables, seed {args.seed}"
    )
    times, weight_times, results = [], [], []
    for _ in range(args.runs):
        started = time.monotonic()
        marks: list[float] = []

        def note(
            done: int,
            total: int,
            message: str,
            marks: list[float] = marks,
            started: float = started,
        ) -> None:
            # The weight stages are over when the idle-slot stage starts.
            if message.startswith("Compacting") and not marks:
                marks.append(time.monotonic() - started)

        result = schedule(problem, time_limit_s=2.0, progress=Progress(note))
        times.append(time.monotonic() - started)
        weight_times.append(marks[0] if marks else times[-1])
        results.append(result)
    best, proven, ref_seconds = reference_weight(problem)
    weights = [r.weight for r in results]
    median_weight = statistics.median(weights)
    print(f"app weight (per run):   {weights}  median {median_weight}")
    print(f"app scheduled meetings: {[r.scheduled_count for r in results]}")
    print(f"app idle slots:         {[r.idle_gaps for r in results]}")
    print(f"app proven optimal:     {[r.optimal for r in results]}")
    print(f"optimum weight:         {best} ({'proven' if proven else 'NOT proven in 60 s'})")
    print(f"ratio app/optimum:      {median_weight / best:.4f} (worst {min(weights) / best:.4f})")
    print(f"app median seconds:     {statistics.median(times):.3f} (max {max(times):.3f})")
    print(
        f"app weight-stage secs:  {statistics.median(weight_times):.3f} median "
        f"(max {max(weight_times):.3f}); the rest of the budget goes to idle slots"
    )
    print(f"app weight proven:      {[r.weight == r.weight_bound for r in results]}")
    print(f"reference seconds:      {ref_seconds:.3f}")


if __name__ == "__main__":
    main()
