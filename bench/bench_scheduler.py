"""Benchmark: the app's scheduler against plain CP-SAT models, measured in the same run.

Default: real-event-like families from ``bench/scheduler_instances.py`` (40-60 people, 100-200
requested meetings, several sessions of 8-10 slots, forbidden slots per person, morning-only and
afternoon-only meetings, fixed meetings; planted feasible ones and infeasible ones; one family
whose meetings need Japanese, Chinese or Korean interpreters, five of them, two bilingual). For each
family and budget (2 s, 10 s, 30 s; ``--quick`` for 2 s only) it runs the app's ``schedule()``
and a plain CP-SAT reference (x[meeting, slot] over allowed slots, maximise scheduled, then
minimise idle slots with the rest of the same budget; with interpreters, each meeting that
needs one is given one of its language, at most one meeting per interpreter and slot), checks
both schedules with a verifier written here (interpreters by a bipartite matching per slot), and prints scheduled/requested, idle slots, wall time of the whole call and the
ratios, median over seeds. Never asserts on time.

``--big``: the older bench, a 150-participant event with priorities, against the weight optimum
proven by CP-SAT with no practical time limit (60 s cap).

Run: .venv/bin/python bench/bench_scheduler.py [--quick] [--budgets 2,10,30] [--seeds N]
     .venv/bin/python bench/bench_scheduler.py --big [--runs N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import dataclass
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scheduler_instances import FAMILIES, make_instance

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


def main_big(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
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



# ---------------------------------------------------------------------------------------------
# Real-event-like families (bench/scheduler_instances.py) against a plain CP-SAT model
# ---------------------------------------------------------------------------------------------


def _allowed_slots(problem: Problem) -> dict[str, list[Slot]]:
    """Request id -> slots its session rules and all its people allow (generated events only:
    one venue, slots that never overlap, so availability and busy items are the whole story)."""
    people = {p.id: p for p in problem.participants}

    def free(person: Participant, slot: Slot) -> bool:
        if person.availability and not any(
            a <= slot.start and slot.end <= b for a, b in person.availability
        ):
            return False
        return not any(b.start < slot.end and slot.start < b.end for b in person.busy)

    out = {}
    for r in problem.requests:
        out[r.id] = [
            s
            for s in problem.slots
            if (r.allowed_sessions is None or s.session_id in r.allowed_sessions)
            and all(free(people[p], s) for p in r.people)
        ]
    return out


def _days(problem: Problem) -> dict[object, list[Slot]]:
    """Day -> that day's slots in time order (the positions of the idle-slot count)."""
    days: dict[object, list[Slot]] = {}
    for s in sorted(problem.slots, key=lambda s: s.start):
        days.setdefault(s.start.date(), []).append(s)
    return days


def verify(problem: Problem, placed: dict[str, str]) -> tuple[list[str], int]:
    """Check ``placed`` (request id -> slot id) against every rule; return (faults, idle)."""
    faults = []
    allowed = {rid: {s.id for s in slots} for rid, slots in _allowed_slots(problem).items()}
    requests = {r.id: r for r in problem.requests}
    tables = {s.id: s.table_count for s in problem.sessions}
    session_of = {s.id: s.session_id for s in problem.slots}
    per_slot: dict[str, int] = {}
    person_at: dict[tuple[str, str], str] = {}
    for rid, sid in placed.items():
        if sid not in allowed[rid] and not any(lk.request_id == rid for lk in problem.locks):
            faults.append(f"{rid} at a slot it does not allow ({sid})")
        per_slot[sid] = per_slot.get(sid, 0) + 1
        for p in requests[rid].people:
            if (p, sid) in person_at:
                faults.append(f"{p} twice at {sid}")
            person_at[(p, sid)] = rid
    for sid, n in per_slot.items():
        if n > tables[session_of[sid]]:
            faults.append(f"{n} meetings at {sid} for {tables[session_of[sid]]} tables")
    for lk in problem.locks:
        if placed.get(lk.request_id) != lk.slot_id:
            faults.append(f"fixed meeting {lk.request_id} moved")
    for sid in per_slot:
        needing = [requests[rid].interpreter for rid, at in placed.items()
                   if at == sid and requests[rid].interpreter]
        if not _interpreters_suffice(problem, needing):
            faults.append(f"{len(needing)} meetings at {sid} need interpreters "
                          f"({', '.join(sorted(needing))}) that are not there")
    people = {p.id: p for p in problem.participants}
    idle = 0
    for pid in people:
        for day_slots in _days(problem).values():
            met = [(pid, s.id) in person_at for s in day_slots]
            if sum(met) < 2:
                continue
            first, last = met.index(True), len(met) - 1 - met[::-1].index(True)
            for k in range(first + 1, last):
                if not met[k] and _person_free(people[pid], day_slots[k]):
                    idle += 1
    return faults, idle


def _interpreters_suffice(problem: Problem, languages: list[str]) -> bool:
    """Whether each meeting (by the language it needs) can have an interpreter of its own:
    augmenting paths (generated events have no interpreter availability to check)."""
    if not problem.interpreters:
        return True
    owner: dict[str, int] = {}

    def augment(k: int, seen: set[str]) -> bool:
        for t in problem.interpreters:
            if t.id in seen or languages[k] not in t.languages:
                continue
            seen.add(t.id)
            if t.id not in owner or augment(owner[t.id], seen):
                owner[t.id] = k
                return True
        return False

    return all(augment(k, set()) for k in range(len(languages)))


def _person_free(person: Participant, slot: Slot) -> bool:
    if person.availability and not any(
        a <= slot.start and slot.end <= b for a, b in person.availability
    ):
        return False
    return not any(b.start < slot.end and slot.start < b.end for b in person.busy)


@dataclass(frozen=True)
class Outcome:
    scheduled: int
    idle: int
    seconds: float
    faults: int


def reference_schedule(problem: Problem, budget: float, workers: int) -> Outcome:
    """Plain CP-SAT: x[meeting, slot] over allowed slots; maximise scheduled, then minimise
    idle slots between each person's first and last meeting of a day (the rest of the budget,
    started from the first stage's answer)."""
    started = time.monotonic()
    allowed = _allowed_slots(problem)
    requests = {r.id: r for r in problem.requests}
    tables = {s.id: s.table_count for s in problem.sessions}
    fixed = {lk.request_id: lk.slot_id for lk in problem.locks}
    model = cp_model.CpModel()
    x: dict[tuple[str, str], cp_model.IntVar] = {}
    for r in problem.requests:
        slots = [s.id for s in allowed[r.id]]
        if r.id in fixed and fixed[r.id] not in slots:
            slots.append(fixed[r.id])
        for sid in slots:
            x[r.id, sid] = model.new_bool_var(f"x_{r.id}_{sid}")
        model.add_at_most_one(x[r.id, sid] for sid in slots)
        if r.id in fixed:
            model.add(x[r.id, fixed[r.id]] == 1)
    at: dict[tuple[str, str], list[cp_model.IntVar]] = {}
    in_slot: dict[str, list[cp_model.IntVar]] = {}
    for (rid, sid), v in x.items():
        in_slot.setdefault(sid, []).append(v)
        for p in requests[rid].people:
            at.setdefault((p, sid), []).append(v)
    for vs in at.values():
        model.add_at_most_one(vs)
    for s in problem.slots:
        model.add(sum(in_slot.get(s.id, [])) <= tables[s.session_id])
    if problem.interpreters:
        # Each meeting that needs an interpreter gets one of its language; an interpreter
        # is in at most one meeting per slot (generated slots never overlap).
        busy: dict[tuple[str, str], list[cp_model.IntVar]] = {}
        for (rid, sid), v in x.items():
            language = requests[rid].interpreter
            if not language:
                continue
            by = []
            for t in problem.interpreters:
                if language in t.languages:
                    y = model.new_bool_var("")
                    by.append(y)
                    busy.setdefault((t.id, sid), []).append(y)
            model.add(sum(by) == v)
        for ys in busy.values():
            model.add_at_most_one(ys)
    count = sum(x.values())
    model.maximize(count)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.max_time_in_seconds = max(0.05, budget - (time.monotonic() - started))
    solver.solve(model)
    best = round(solver.objective_value)
    first = {k: solver.boolean_value(v) for k, v in x.items()}

    # Stage 2: idle slots with the count held.
    people = {p.id: p for p in problem.participants}
    idle_vars = []
    for pid in people:
        for day_slots in _days(problem).values():
            met = [sum(at.get((pid, s.id), [])) for s in day_slots]
            if sum(len(at.get((pid, s.id), [])) for s in day_slots) < 2:
                continue
            n = len(day_slots)
            before = [model.new_bool_var("") for _ in range(n)]
            after = [model.new_bool_var("") for _ in range(n)]
            for k in range(n):
                model.add(before[k] >= met[k])
                model.add(after[k] >= met[k])
                if k:
                    model.add(before[k] >= before[k - 1])
                    model.add(after[k - 1] >= after[k])
            for k in range(1, n - 1):
                if _person_free(people[pid], day_slots[k]):
                    v = model.new_bool_var("")
                    model.add(v >= before[k - 1] + after[k + 1] - 1 - met[k])
                    idle_vars.append(v)
    model.add(count >= best)
    model.clear_objective()
    model.minimize(sum(idle_vars))
    for k, v in x.items():
        model.add_hint(v, first[k])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.max_time_in_seconds = max(0.05, budget - (time.monotonic() - started))
    status = solver.solve(model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        placed = {rid: sid for (rid, sid), v in x.items() if solver.boolean_value(v)}
    else:
        placed = {rid: sid for (rid, sid), v in first.items() if v}
    seconds = time.monotonic() - started
    faults, idle = verify(problem, placed)
    return Outcome(len(placed), idle, seconds, len(faults))


def app_schedule(problem: Problem, budget: float) -> Outcome:
    """The app's scheduler, timed over the whole call (model building included)."""
    started = time.monotonic()
    result = schedule(problem, time_limit_s=budget)
    seconds = time.monotonic() - started
    placed = {a.request_id: a.slot_id for a in result.assignments}
    faults, idle = verify(problem, placed)
    if faults:
        print("  APP FAULTS:", faults[:5])
    return Outcome(len(placed), idle, seconds, len(faults))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Scheduler against a plain CP-SAT model")
    parser.add_argument("--quick", action="store_true", help="the 2 s budget only")
    parser.add_argument("--budgets", default="2,10,30")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--families", default=",".join(f.name for f in FAMILIES))
    parser.add_argument("--ref-workers", type=int, default=2)
    parser.add_argument("--big", action="store_true", help="the older 150-person weight bench")
    args, rest = parser.parse_known_args(argv)
    if args.big:
        main_big(rest)
        return
    budgets = [2.0] if args.quick else [float(b) for b in args.budgets.split(",")]
    wanted = args.families.split(",")
    print(f"seeds 0..{args.seeds - 1}; medians over seeds; reference workers {args.ref_workers}")
    header = (
        f"{'family':<11}{'budget':>7} | {'app sched':>10}{'ref sched':>10}{'app idle':>9}"
        f"{'ref idle':>9}{'idle ratio':>11} | {'app s':>7}{'ref s':>7}{'app/budget':>11}"
        f"{'worst':>7} | faults"
    )
    print(header)
    for family in FAMILIES:
        if family.name not in wanted:
            continue
        instances = [make_instance(family, seed) for seed in range(args.seeds)]
        for budget in budgets:
            apps = [app_schedule(inst.problem, budget) for inst in instances]
            refs = [reference_schedule(inst.problem, budget, args.ref_workers) for inst in instances]
            requested = statistics.median(len(i.problem.requests) for i in instances)
            ratios = [(a.idle + 1) / (r.idle + 1) for a, r in zip(apps, refs, strict=True)]
            overrun = [a.seconds / budget for a in apps]
            print(
                f"{family.name:<11}{budget:>7.0f} | "
                f"{statistics.median(a.scheduled for a in apps):>5.0f}/{requested:<4.0f}"
                f"{statistics.median(r.scheduled for r in refs):>10.0f}"
                f"{statistics.median(a.idle for a in apps):>9.0f}"
                f"{statistics.median(r.idle for r in refs):>9.0f}"
                f"{statistics.median(ratios):>11.2f} | "
                f"{statistics.median(a.seconds for a in apps):>7.2f}"
                f"{statistics.median(r.seconds for r in refs):>7.2f}"
                f"{statistics.median(overrun):>11.2f}{max(overrun):>7.2f} | "
                f"{sum(a.faults for a in apps)}"
            )
            for inst, a, r in zip(instances, apps, refs, strict=True):
                print(
                    f"    seed {inst.seed}: app {a.scheduled}/{len(inst.problem.requests)} "
                    f"idle {a.idle} in {a.seconds:.2f}s; ref {r.scheduled} idle {r.idle} "
                    f"in {r.seconds:.2f}s"
                )


if __name__ == "__main__":
    main()
