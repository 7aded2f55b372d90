"""Automatic B2B meeting scheduler: places meeting requests into slots and tables.

Pure domain code: frozen dataclasses in, frozen dataclasses out, no Qt and no database, so a
background operation can hand a :class:`Problem` to :func:`schedule` and post the
:class:`Schedule` back to the GUI thread.

The model
---------
A B2B *session* is a run of *slots* (breaks are simply missing slots) with ``table_count``
interchangeable tables. A *request* asks for one meeting between all of its requesters (a
delegate company's people) and all of its targets (the foreign side). A *lock* pins a request to
a slot and table (a locked or already published meeting); it is kept exactly and still uses up
its people and its table.

Hard rules: a request is met at most once; a person is in at most one meeting at a time and is
never booked outside their availability, over one of their busy programme items, or too close
to something at another venue to travel between them (travel minutes plus a buffer); a slot
holds at most ``table_count`` meetings and every (slot, table) at most one.

Interpreters are a shared resource: a request may need an interpreter of a language (ISO 639-1,
or ``"any"``), and when the problem lists its interpreters, the meetings running at any one
moment never need more of them than are there. Interpreters may speak several languages, so
"enough" is Hall's condition of a matching, checked at every moment (each maximal set of
overlapping slots): for every set S of the languages needed, the meetings needing a language of
S are at most the interpreters (present for the whole of those slots) who speak one of S. With
the few languages of one event this is a handful of linear constraints, exact per moment; every
stage (CP-SAT models, greedy start, local search) keeps them. A problem without interpreters
does not limit interpreter needs at all (the delegation finds them elsewhere).

Objective, lexicographic, solved as a sequence of CP-SAT models rather than one big-M
objective (small coefficients keep CP-SAT's bounds tight, and each stage can prove its own
optimum):

1. maximise the sum of priority weights of the scheduled requests;
2. with that weight held, minimise the idle slots in people's days.

Stage 1 first asks for a *complete* schedule as a feasibility model (every request exactly
once, no objective): real events almost always have one, exactly-one constraints propagate far
better than a maximised sum, and when there is none CP-SAT usually proves it in presolve. Then
the clash is explained in people's names (a person with more meetings than free slots for them,
else a CP-SAT assumption core shrunk one request at a time) and the weight is maximised.

For that maximisation, stage 1 works on *classes* of interchangeable slots (same session, same free tables,
wanted by the same requests, no overlap or travel conflict with any other slot). The plain
request-by-slot model is full of symmetry (any permutation of such slots is another solution),
which makes CP-SAT slow to find the optimum; the class model has none, is a relaxation of the
slot model (so its optimum is an upper bound), and is usually solved at the root with the
stronger LP relaxation. The chosen meetings are then spread over the slots of each class; when
every one finds a slot, the bound is reached and the weight is proven optimal. Otherwise the slot
model continues from there.

Stage 2 starts with a local search (move one meeting, or swap two meetings of one person, when
that lowers the idle slots of the people involved): it compacts days far faster than CP-SAT,
whose presolve alone can take a second on these models. Then the meetings are kept within their
classes in a small CP-SAT model (a quarter of what is left), and the slot model with the weight
held (exactly-one per request when all are placed) gets the rest, started from the best answer.
Stage 2 also minimises, after idle slots, the empty slots at the start of each session (a
session at 09:00 begins at 09:00).

The time limit covers the whole call: stages plan within a share of the budget, each solver
gets what is left of its stage, and a search still running at the deadline is stopped.

Idle slots (``Schedule.idle_gaps``): for each person and each day (in the event's time zone), a
*position* is a distinct slot start time of that day. A position is idle for the person when
they have a meeting at an earlier position and at a later one that day, have no meeting running
at that moment, and are free then (inside their availability, not at or travelling to a busy
item). Breaks between sessions are not positions, so lunch never counts as idle; time at a site
visit does not count either. ``idle_gaps`` is the total over people and days.

Tables are not decision variables: all tables of a session are interchangeable, so a capacity
constraint per slot is equivalent, and tables are numbered afterwards (locked tables first, then
a target keeps the table they had in the previous slot of the session when it is free).
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ortools.sat.python import cp_model

from biox_desktop.core.i18n import translate
from biox_desktop.core.languages import ANY, language_name, speaks
from biox_desktop.core.progress import Cancelled, Progress

__all__ = [
    "Assignment",
    "BusyInterval",
    "Cancelled",
    "Interpreter",
    "Lock",
    "Participant",
    "Problem",
    "Request",
    "Schedule",
    "Session",
    "Slot",
    "Unscheduled",
    "count_idle_slots",
    "schedule",
]

# ---------------------------------------------------------------------------------------------
# Input
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    """A B2B session: a run of slots sharing ``table_count`` interchangeable tables."""

    id: str
    table_count: int
    venue_id: str | None = None


@dataclass(frozen=True)
class Slot:
    """One meeting time of a session. Times are timezone-aware UTC datetimes."""

    id: str
    session_id: str
    start: datetime
    end: datetime
    #: Where the slot takes place; ``None`` means the session's venue.
    venue_id: str | None = None


@dataclass(frozen=True)
class BusyInterval:
    """Another programme item a person attends (a site visit, a talk) and where it is."""

    start: datetime
    end: datetime
    venue_id: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Participant:
    """A person who can meet. Empty ``availability`` means always available."""

    id: str
    availability: tuple[tuple[datetime, datetime], ...] = ()
    busy: tuple[BusyInterval, ...] = ()
    #: How people call them; warnings name people by it (never by id).
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "availability", tuple(tuple(w) for w in self.availability))
        object.__setattr__(self, "busy", tuple(self.busy))


@dataclass(frozen=True)
class Interpreter:
    """An interpreter of the delegation. Empty ``availability`` means always there."""

    id: str
    #: ISO 639-1 codes of the languages they interpret (from and into the meeting's language).
    languages: frozenset[str]
    availability: tuple[tuple[datetime, datetime], ...] = ()
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "languages", frozenset(self.languages))
        object.__setattr__(self, "availability", tuple(tuple(w) for w in self.availability))


@dataclass(frozen=True)
class Request:
    """A wanted meeting: every requester and every target must attend."""

    id: str
    requesters: tuple[str, ...]
    targets: tuple[str, ...]
    priority: int = 1
    #: Sessions the meeting may be placed in; ``None`` means any.
    allowed_sessions: frozenset[str] | None = None
    #: The language the meeting needs an interpreter for (ISO 639-1, or "any"); None: none.
    interpreter: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "requesters", tuple(self.requesters))
        object.__setattr__(self, "targets", tuple(self.targets))
        if self.allowed_sessions is not None:
            object.__setattr__(self, "allowed_sessions", frozenset(self.allowed_sessions))

    @property
    def people(self) -> tuple[str, ...]:
        return self.requesters + self.targets


@dataclass(frozen=True)
class Lock:
    """A meeting kept exactly as given (locked by the leader, or already published)."""

    request_id: str
    slot_id: str
    table: int


@dataclass(frozen=True)
class Problem:
    """Everything the scheduler needs, as plain immutable data."""

    sessions: tuple[Session, ...]
    slots: tuple[Slot, ...]
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...]
    locks: tuple[Lock, ...] = ()
    #: Minutes to travel between two venues; either key order is looked up.
    travel_minutes: Mapping[tuple[str, str], int] = field(default_factory=dict, hash=False)
    #: Extra minutes on top of the travel time whenever two venues differ.
    travel_buffer_minutes: int = 0
    #: Travel minutes between two different venues missing from ``travel_minutes``.
    default_travel_minutes: int = 0
    #: IANA zone of the event; only used to cut the schedule into days for idle slots.
    timezone: str = "UTC"
    #: The interpreters there are; when empty, interpreter needs are not limited.
    interpreters: tuple[Interpreter, ...] = ()

    def __post_init__(self) -> None:
        for name in ("sessions", "slots", "participants", "requests", "locks", "interpreters"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "travel_minutes", MappingProxyType(dict(self.travel_minutes)))


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """A scheduled meeting. Tables are numbered from 1 within the slot's session."""

    request_id: str
    slot_id: str
    table: int
    locked: bool = False


@dataclass(frozen=True)
class Unscheduled:
    """A request left out, with the reason when it is cheap to state."""

    request_id: str
    reason: str


@dataclass(frozen=True)
class Schedule:
    """The result of :func:`schedule`."""

    assignments: tuple[Assignment, ...]
    #: Sum of the priorities of all scheduled requests, locked ones included.
    weight: int
    scheduled_count: int
    #: Total idle slots over people and days (see the module docstring).
    idle_gaps: int
    #: True when both phases were proven optimal (weight, then idle slots).
    optimal: bool
    unscheduled: tuple[Unscheduled, ...]
    #: Upper bound on the weight proven by the solver (``== weight`` when the weight is optimal).
    weight_bound: int
    #: Things kept as given but worth a look, e.g. a locked meeting outside availability.
    warnings: tuple[str, ...] = ()

    def as_locks(self) -> tuple[Lock, ...]:
        """Every meeting of this schedule as a lock, to keep them in a re-run."""
        return tuple(Lock(a.request_id, a.slot_id, a.table) for a in self.assignments)


# ---------------------------------------------------------------------------------------------
# Preparation: validation and the feasible (request, slot) pairs
# ---------------------------------------------------------------------------------------------


def _overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


class _Prepared:
    """Validated, indexed view of a problem. Raises ValueError naming the bad item."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.warnings: list[str] = []
        self._validate_basics()
        self._index_slots()
        self._validate_locks()
        self._build_candidates()

    # -- validation ---------------------------------------------------------------------------

    def _validate_basics(self) -> None:
        p = self.problem
        self.sessions = _unique(p.sessions, "session")
        self.slots = _unique(p.slots, "slot")
        self.people = _unique(p.participants, "participant")
        self.requests = _unique(p.requests, "request")
        for s in p.sessions:
            if not isinstance(s.table_count, int) or s.table_count < 0:
                raise ValueError(f"session {s.id!r} has an invalid table count {s.table_count!r}")
        for slot in p.slots:
            if slot.session_id not in self.sessions:
                raise ValueError(f"slot {slot.id!r} names unknown session {slot.session_id!r}")
            _check_aware(slot.start, f"slot {slot.id!r} start")
            _check_aware(slot.end, f"slot {slot.id!r} end")
            if slot.end <= slot.start:
                raise ValueError(f"slot {slot.id!r} ends before it starts")
        for person in p.participants:
            for w_start, w_end in person.availability:
                _check_aware(w_start, f"availability of participant {person.id!r}")
                _check_aware(w_end, f"availability of participant {person.id!r}")
                if w_end <= w_start:
                    raise ValueError(f"availability of participant {person.id!r} ends first")
            for b in person.busy:
                _check_aware(b.start, f"busy interval of participant {person.id!r}")
                _check_aware(b.end, f"busy interval of participant {person.id!r}")
                if b.end <= b.start:
                    raise ValueError(f"busy interval of participant {person.id!r} ends first")
        for r in p.requests:
            if not r.requesters or not r.targets:
                raise ValueError(f"request {r.id!r} needs at least one requester and one target")
            if len(set(r.people)) != len(r.people):
                raise ValueError(f"request {r.id!r} lists a person twice")
            for pid in r.people:
                if pid not in self.people:
                    raise ValueError(f"request {r.id!r} names unknown participant {pid!r}")
            if isinstance(r.priority, bool) or not isinstance(r.priority, int) or r.priority < 1:
                raise ValueError(f"request {r.id!r} has priority {r.priority!r}; it must be >= 1")
            for sid in r.allowed_sessions or ():
                if sid not in self.sessions:
                    raise ValueError(f"request {r.id!r} allows unknown session {sid!r}")
            if r.interpreter is not None and (not isinstance(r.interpreter, str)
                                              or not r.interpreter.strip()):
                raise ValueError(f"request {r.id!r} needs an interpreter of no language")
        self.interpreters = _unique(p.interpreters, "interpreter")
        for t in p.interpreters:
            for w_start, w_end in t.availability:
                _check_aware(w_start, f"availability of interpreter {t.id!r}")
                _check_aware(w_end, f"availability of interpreter {t.id!r}")
                if w_end <= w_start:
                    raise ValueError(f"availability of interpreter {t.id!r} ends first")
        for (venue_a, venue_b), minutes in p.travel_minutes.items():
            if minutes < 0:
                raise ValueError(f"travel time between {venue_a!r} and {venue_b!r} is negative")
        if p.travel_buffer_minutes < 0 or p.default_travel_minutes < 0:
            raise ValueError("travel buffer and default travel time must not be negative")
        try:
            self.zone = ZoneInfo(p.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {p.timezone!r}") from exc

    def _index_slots(self) -> None:
        p = self.problem
        self.slot_list: list[Slot] = sorted(p.slots, key=lambda s: (s.start, s.end, s.id))
        self.slot_index = {s.id: i for i, s in enumerate(self.slot_list)}
        self.venue = [s.venue_id or self.sessions[s.session_id].venue_id for s in self.slot_list]
        self.table_count = [self.sessions[s.session_id].table_count for s in self.slot_list]
        n = len(self.slot_list)
        # Slots one person cannot both attend: overlapping, or too close to travel between.
        self.conflicts: list[set[int]] = [set() for _ in range(n)]
        self.travel_pairs: list[tuple[int, int]] = []
        max_travel = self._max_travel
        for i in range(n):
            a = self.slot_list[i]
            for j in range(i + 1, n):
                b = self.slot_list[j]
                if b.start >= a.end + max_travel:
                    # Sorted by start: no later slot can conflict with ``a`` either.
                    break
                if _overlaps(a.start, a.end, b.start, b.end):
                    self.conflicts[i].add(j)
                    self.conflicts[j].add(i)
                elif self._too_close(a.end, self.venue[i], b.start, self.venue[j]):
                    self.conflicts[i].add(j)
                    self.conflicts[j].add(i)
                    self.travel_pairs.append((i, j))
        self.overlap_cliques = _overlap_cliques(self.slot_list)
        self.session_slots: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.slot_list):
            self.session_slots[s.session_id].append(i)
        self.day = [s.start.astimezone(self.zone).date() for s in self.slot_list]
        # Positions: distinct slot start times per day, and the slots running at each.
        self.positions: dict[date, list[datetime]] = defaultdict(list)
        for i, s in enumerate(self.slot_list):
            times = self.positions[self.day[i]]
            if not times or times[-1] != s.start:
                times.append(s.start)
        self.running: dict[datetime, list[int]] = {}
        for times in self.positions.values():
            for t in times:
                self.running[t] = [i for i, s in enumerate(self.slot_list) if s.start <= t < s.end]

    @property
    def _max_travel(self) -> timedelta:
        p = self.problem
        most = max([p.default_travel_minutes, *p.travel_minutes.values()], default=0)
        return timedelta(minutes=most + p.travel_buffer_minutes)

    def travel(self, venue_a: str | None, venue_b: str | None) -> timedelta:
        """Time needed between something at ``venue_a`` and something at ``venue_b``."""
        if venue_a is None or venue_b is None or venue_a == venue_b:
            return timedelta(0)
        p = self.problem
        minutes = p.travel_minutes.get((venue_a, venue_b))
        if minutes is None:
            minutes = p.travel_minutes.get((venue_b, venue_a), p.default_travel_minutes)
        return timedelta(minutes=minutes + p.travel_buffer_minutes)

    def _too_close(
        self,
        first_end: datetime,
        first_venue: str | None,
        next_start: datetime,
        next_venue: str | None,
    ) -> bool:
        return next_start - first_end < self.travel(first_venue, next_venue)

    def person_free(self, person: Participant, i: int) -> bool:
        """Whether ``person`` could be at slot ``i``, judged by availability and busy items."""
        slot, venue = self.slot_list[i], self.venue[i]
        if person.availability and not any(
            w_start <= slot.start and slot.end <= w_end for w_start, w_end in person.availability
        ):
            return False
        for b in person.busy:
            if _overlaps(slot.start, slot.end, b.start, b.end):
                return False
            if b.end <= slot.start and self._too_close(b.end, b.venue_id, slot.start, venue):
                return False
            if slot.end <= b.start and self._too_close(slot.end, venue, b.start, b.venue_id):
                return False
        return True

    def slot_time(self, i: int) -> str:
        """A slot's start in the event's time zone, for warnings (never its id)."""
        return f"{self.slot_list[i].start.astimezone(self.zone):%Y-%m-%d %H:%M}"

    def _validate_locks(self) -> None:
        self.locked: dict[str, tuple[int, int]] = {}  # request id -> (slot index, table)
        taken: dict[tuple[int, int], str] = {}
        booked: dict[str, list[tuple[int, str]]] = defaultdict(list)  # person -> (slot, request)
        for lock in self.problem.locks:
            where = f"lock of request {lock.request_id!r} at slot {lock.slot_id!r}"
            if lock.request_id not in self.requests:
                raise ValueError(f"{where}: unknown request {lock.request_id!r}")
            if lock.slot_id not in self.slot_index:
                raise ValueError(f"{where}: unknown slot {lock.slot_id!r}")
            if lock.request_id in self.locked:
                raise ValueError(f"{where}: request {lock.request_id!r} is locked twice")
            i = self.slot_index[lock.slot_id]
            count = self.table_count[i]
            if (
                isinstance(lock.table, bool)
                or not isinstance(lock.table, int)
                or not (1 <= lock.table <= count)
            ):
                raise ValueError(
                    f"{where}: table {lock.table!r} is outside 1..{count} of session "
                    f"{self.slot_list[i].session_id!r}"
                )
            other = taken.get((i, lock.table))
            if other is not None:
                raise ValueError(
                    f"{where}: table {lock.table} is already locked for request {other!r}"
                )
            taken[(i, lock.table)] = lock.request_id
            request = self.requests[lock.request_id]
            for pid in request.people:
                for j, other_request in booked[pid]:
                    if j == i or _overlaps(
                        self.slot_list[i].start,
                        self.slot_list[i].end,
                        self.slot_list[j].start,
                        self.slot_list[j].end,
                    ):
                        raise ValueError(
                            f"{where}: double-books participant {pid!r}, who is also locked "
                            f"into request {other_request!r} at slot {self.slot_list[j].id!r}"
                        )
                    if j in self.conflicts[i]:
                        self.warnings.append(
                            translate(
                                "agenda",
                                "kept meetings “{first}” and “{second}” leave {person} too "
                                "little time to travel between them",
                            ).format(
                                first=_request_label(self, other_request),
                                second=_request_label(self, lock.request_id),
                                person=_person_name(self, pid),
                            )
                        )
                booked[pid].append((i, lock.request_id))
                if not self.person_free(self.people[pid], i):
                    self.warnings.append(
                        translate(
                            "agenda",
                            "kept meeting “{meeting}” at {time} is outside the availability of "
                            "{person} or clashes with another item of theirs",
                        ).format(
                            meeting=_request_label(self, lock.request_id),
                            time=self.slot_time(i),
                            person=_person_name(self, pid),
                        )
                    )
            allowed = request.allowed_sessions
            if allowed is not None and self.slot_list[i].session_id not in allowed:
                self.warnings.append(
                    translate(
                        "agenda",
                        "kept meeting “{meeting}” at {time} is in a session the request does "
                        "not allow",
                    ).format(meeting=_request_label(self, lock.request_id), time=self.slot_time(i))
                )
            self.locked[lock.request_id] = (i, lock.table)
        self.locked_tables: dict[int, set[int]] = defaultdict(set)
        for i, table in self.locked.values():
            self.locked_tables[i].add(table)
        self.locked_slots_of: dict[str, list[int]] = {
            pid: [i for i, _ in entries] for pid, entries in booked.items()
        }

    # -- candidates ---------------------------------------------------------------------------

    def _build_candidates(self) -> None:
        """Feasible (request, slot) pairs for unlocked requests, and why a request has none."""
        n = len(self.slot_list)
        free_cache: dict[str, list[bool]] = {}

        def free(pid: str) -> list[bool]:
            if pid not in free_cache:
                person = self.people[pid]
                free_cache[pid] = [self.person_free(person, i) for i in range(n)]
            return free_cache[pid]

        self.free = free
        # A person's slots blocked by their locked meetings (the slot and its conflicts).
        blocked: dict[str, set[int]] = {}
        for pid, slots in self.locked_slots_of.items():
            blocked[pid] = set(slots).union(*(self.conflicts[i] for i in slots))
        capacity = [self.table_count[i] - len(self.locked_tables.get(i, ())) for i in range(n)]
        self.capacity = capacity
        self._build_interpreter_limits()
        self.candidates: dict[str, list[int]] = {}
        self.no_slot_reason: dict[str, str] = {}
        for r in self.problem.requests:
            if r.id in self.locked:
                continue
            allowed = r.allowed_sessions
            common = [
                i
                for i in range(n)
                if (allowed is None or self.slot_list[i].session_id in allowed)
                and self.table_count[i] > 0
                and all(free(pid)[i] for pid in r.people)
            ]
            usable = [
                i
                for i in common
                if capacity[i] > 0 and not any(i in blocked.get(pid, ()) for pid in r.people)
            ]
            with_interpreter = [i for i in usable if self.interpreter_room(r.interpreter, i)]
            self.candidates[r.id] = with_interpreter
            if usable and not with_interpreter:
                self.no_slot_reason[r.id] = translate(
                    "agenda", "no interpreter for {language} is free when its people are"
                ).format(language=language_name(r.interpreter or ANY))
            elif not common:
                self.no_slot_reason[r.id] = (
                    translate("agenda", "no common free slot in its allowed sessions")
                    if allowed is not None
                    else translate("agenda", "no common free slot")
                )
            elif not usable:
                self.no_slot_reason[r.id] = translate(
                    "agenda", "its common free slots are taken by locked meetings"
                )
        self.wanted_slots = {i for slots in self.candidates.values() for i in slots}
        self.free_at_cache: dict[tuple[str, date], list[bool]] = {}
        self._build_classes()

    def _build_classes(self) -> None:
        """Group slots that are interchangeable for the weight phase.

        Two slots are interchangeable when they belong to the same session, have the same free
        tables, are candidates for exactly the same requests and conflict with no other slot
        (a slot that overlaps or is too close to another one stays on its own). Swapping two
        such slots in any schedule gives another valid schedule with the same weight, which is
        the symmetry that makes the plain model slow to search.
        """
        n = len(self.slot_list)
        wanted_at: list[set[str]] = [set() for _ in range(n)]
        for rid, slots in self.candidates.items():
            for i in slots:
                wanted_at[i].add(rid)
        groups: dict[tuple[Any, ...], list[int]] = {}
        for i in range(n):
            if self.conflicts[i]:
                key: tuple[Any, ...] = ("alone", i)
            else:
                key = (self.slot_list[i].session_id, self.capacity[i], frozenset(wanted_at[i]),
                       self.interp_signature[i])
            groups.setdefault(key, []).append(i)
        self.classes: list[list[int]] = sorted(groups.values())

    # -- interpreters -------------------------------------------------------------------------

    def _build_interpreter_limits(self) -> None:
        """Per moment and set of languages, how many more meetings needing one of them fit.

        A moment is a maximal set of overlapping slots; an interpreter counts for it when
        present for the whole of those slots. For every set S of the languages needed, the
        meetings at the moment needing a language of S are at most the interpreters who speak
        one of S (Hall's condition: then each meeting can have an interpreter of its own).
        Locked meetings use their share first; ``room`` is what is left.
        """
        p = self.problem
        self.interp_limits: list[_Limit] = []
        self.limits_at: list[list[int]] = [[] for _ in self.slot_list]
        self.interp_signature: list[tuple[Any, ...]] = [() for _ in self.slot_list]
        langs = sorted({r.interpreter for r in p.requests if r.interpreter})
        if not p.interpreters or not langs:
            return
        if len(langs) <= 6:
            subsets = [frozenset(c) for k in range(1, len(langs) + 1)
                       for c in itertools.combinations(langs, k)]
        else:  # too many sets to list: the single languages and all of them together
            subsets = [frozenset([lang]) for lang in langs] + [frozenset(langs)]
        kept_at: dict[int, list[str]] = defaultdict(list)
        for rid, (i, _) in self.locked.items():
            lang = self.requests[rid].interpreter
            if lang:
                kept_at[i].append(lang)
        for clique in self.overlap_cliques:
            start = min(self.slot_list[i].start for i in clique)
            end = max(self.slot_list[i].end for i in clique)
            there = [t for t in p.interpreters if not t.availability
                     or any(w_start <= start and end <= w_end for w_start, w_end in t.availability)]
            moment = max(self.slot_list[i].start for i in clique)
            for langs_s in subsets:
                cap = sum(1 for t in there if any(speaks(t.languages, lang) for lang in langs_s))
                kept = sum(1 for i in clique for lang in kept_at[i] if lang in langs_s)
                if kept > cap and len(langs_s) == 1:
                    self.warnings.append(_interpreters_short(
                        kept, langs_s, f"{moment.astimezone(self.zone):%Y-%m-%d %H:%M}", cap))
                limit = _Limit(tuple(clique), langs_s, max(cap - kept, 0), cap, kept, moment)
                for i in clique:
                    self.limits_at[i].append(len(self.interp_limits))
                self.interp_limits.append(limit)
        for i in range(len(self.slot_list)):
            self.interp_signature[i] = tuple(
                (tuple(sorted(self.interp_limits[k].languages)), self.interp_limits[k].room)
                for k in self.limits_at[i]
            )

    def interpreter_room(self, lang: str | None, i: int) -> bool:
        """Whether one more meeting needing ``lang`` fits at slot ``i`` (ignoring new ones)."""
        return not lang or all(
            self.interp_limits[k].room > 0
            for k in self.limits_at[i]
            if lang in self.interp_limits[k].languages
        )


@dataclass(frozen=True)
class _Limit:
    """At the moment of ``slots``, at most ``room`` more meetings need a language of
    ``languages``; ``there`` interpreters speak one, ``kept`` are in locked meetings."""

    slots: tuple[int, ...]
    languages: frozenset[str]
    room: int
    there: int
    kept: int
    moment: datetime


def _interpreters_short(count: int, langs: Iterable[str], time: str, there: int) -> str:
    """“3 meetings need an interpreter for Japanese at 09:00, with 2 interpreter(s) there”."""
    langs = sorted(set(langs))
    if langs == [ANY]:
        return translate(
            "agenda", "{count} meetings need an interpreter at {time}, with {there} "
            "interpreter(s) there"
        ).format(count=count, time=time, there=there)
    return translate(
        "agenda", "{count} meetings need an interpreter for {language} at {time}, with {there} "
        "interpreter(s) there"
    ).format(count=count, language=" / ".join(language_name(lang) for lang in langs),
             time=time, there=there)


def _add_interpreter_limits(
    model: cp_model.CpModel, prep: _Prepared, lang_vars: Mapping[int, list[tuple[str, Any]]]
) -> None:
    """Add every interpreter limit (see ``_build_interpreter_limits``) that could bind, over
    ``lang_vars``: slot index -> (language needed, variable placing that meeting there)."""
    if not lang_vars:
        return
    for limit in prep.interp_limits:
        vars_k = [v for i in limit.slots for lang, v in lang_vars.get(i, ())
                  if lang in limit.languages]
        if len(vars_k) > limit.room:
            model.add(sum(vars_k) <= limit.room)


class _InterpreterLoad:
    """How much of each interpreter limit a set of new meetings uses (greedy, local search)."""

    def __init__(self, prep: _Prepared, chosen: Mapping[str, int] = MappingProxyType({})) -> None:
        self.prep = prep
        self.used = [0] * len(prep.interp_limits)
        self.apply([(prep.requests[rid].interpreter, None, i) for rid, i in chosen.items()])

    def _delta(self, changes: Iterable[tuple[str | None, int | None, int | None]]) -> dict[int, int]:
        delta: dict[int, int] = defaultdict(int)
        limits = self.prep.interp_limits
        for lang, old, new in changes:
            if not lang:
                continue
            for slot, sign in ((old, -1), (new, 1)):
                if slot is not None:
                    for k in self.prep.limits_at[slot]:
                        if lang in limits[k].languages:
                            delta[k] += sign
        return delta

    def fits(self, changes: Iterable[tuple[str | None, int | None, int | None]]) -> bool:
        """Whether moving meetings (language, from slot or None, to slot or None) keeps every
        limit."""
        limits = self.prep.interp_limits
        return all(self.used[k] + d <= limits[k].room
                   for k, d in self._delta(changes).items() if d > 0)

    def apply(self, changes: Iterable[tuple[str | None, int | None, int | None]]) -> None:
        for k, d in self._delta(changes).items():
            self.used[k] += d

    def full(self, lang: str, i: int) -> bool:
        """Whether the interpreters for ``lang`` are all busy at slot ``i``."""
        limits = self.prep.interp_limits
        return any(self.used[k] >= limits[k].room
                   for k in self.prep.limits_at[i] if lang in limits[k].languages)


def _unique(items: Sequence[Any], what: str) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for item in items:
        if item.id in index:
            raise ValueError(f"duplicate {what} id {item.id!r}")
        index[item.id] = item
    return index


def _check_aware(moment: datetime, what: str) -> None:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got {moment!r}")


def _overlap_cliques(slots: Sequence[Slot]) -> list[list[int]]:
    """Maximal sets of mutually overlapping slots (``slots`` sorted by start)."""
    cliques: list[frozenset[int]] = []
    for i, s in enumerate(slots):
        running = frozenset(j for j in range(i + 1) if slots[j].end > s.start)
        cliques.append(running)
    maximal = [c for c in set(cliques) if not any(c < other for other in cliques)]
    return sorted(sorted(c) for c in maximal)


# ---------------------------------------------------------------------------------------------
# Idle slots, counted from a finished set of assignments
# ---------------------------------------------------------------------------------------------


def _idle_from_positions(busy_at: list[bool], free_at: list[bool]) -> int:
    """Idle positions: free, not in a meeting, with a meeting before and after."""
    meetings = [k for k, met in enumerate(busy_at) if met]
    if len(meetings) < 2:
        return 0
    return sum(1 for k in range(meetings[0] + 1, meetings[-1]) if not busy_at[k] and free_at[k])


def _count_idle(prep: _Prepared, slots_by_person: Mapping[str, Iterable[int]]) -> int:
    total = 0
    for pid, slot_ids in slots_by_person.items():
        mine = set(slot_ids)
        if len(mine) < 2:
            continue
        for day in {prep.day[i] for i in mine}:
            times = prep.positions[day]
            busy_at = [any(j in mine for j in prep.running[t]) for t in times]
            total += _idle_from_positions(busy_at, _free_at(prep, pid, day))
    return total


def _free_at(prep: _Prepared, pid: str, day: date) -> list[bool]:
    """Whether ``pid`` is free at each position of ``day`` (cached: the local search asks
    for it thousands of times)."""
    key = (pid, day)
    found = prep.free_at_cache.get(key)
    if found is None:
        free = prep.free(pid)
        found = prep.free_at_cache[key] = [
            any(free[j] for j in prep.running[t] if prep.slot_list[j].start == t)
            for t in prep.positions[day]
        ]
    return found


def count_idle_slots(problem: Problem, assignments: Iterable[Assignment]) -> int:
    """Total idle slots of ``assignments`` as defined in the module docstring."""
    prep = _Prepared(problem)
    return _count_idle(prep, _slots_by_person(prep, assignments))


def _slots_by_person(prep: _Prepared, assignments: Iterable[Assignment]) -> dict[str, list[int]]:
    by_person: dict[str, list[int]] = defaultdict(list)
    for a in assignments:
        for pid in prep.requests[a.request_id].people:
            by_person[pid].append(prep.slot_index[a.slot_id])
    return by_person


# ---------------------------------------------------------------------------------------------
# CP-SAT model
# ---------------------------------------------------------------------------------------------


class _ClassModel:
    """The weight phase over classes of interchangeable slots (see ``_build_classes``).

    y[request, class] says the request is met in some slot of the class. Per class, a person
    meets at most as often as the class has slots and the class holds at most its tables times
    its slots. Every schedule maps onto this model with the same weight, so its optimum bounds
    the real one from above; when the chosen requests can then be spread over the slots of each
    class (``_spread``), the bound is reached and the weight is proven optimal.
    """

    def __init__(self, prep: _Prepared) -> None:
        self.prep = prep
        m = self.model = cp_model.CpModel()
        class_of = {i: c for c, slots in enumerate(prep.classes) for i in slots}
        self.y: dict[tuple[str, int], cp_model.IntVar] = {}
        by_class: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        person_class: dict[str, dict[int, list[cp_model.IntVar]]] = defaultdict(
            lambda: defaultdict(list)
        )
        class_lang: dict[int, list[tuple[str, Any]]] = defaultdict(list)
        for r in prep.problem.requests:
            classes = sorted({class_of[i] for i in prep.candidates.get(r.id, ())})
            vars_r = []
            for c in classes:
                v = m.new_bool_var("")
                self.y[(r.id, c)] = v
                vars_r.append(v)
                by_class[c].append(v)
                if r.interpreter:
                    class_lang[c].append((r.interpreter, v))
                for pid in r.people:
                    person_class[pid][c].append(v)
            if len(vars_r) > 1:
                m.add_at_most_one(vars_r)
        for c, vars_c in by_class.items():
            tables = sum(prep.capacity[i] for i in prep.classes[c])
            if len(vars_c) > tables:
                m.add(sum(vars_c) <= tables)
        if class_lang:
            # Overlapping slots are classes of their own, so such a moment's limit maps onto
            # classes; a lone slot's limit is summed over the interchangeable slots of its class.
            summed: dict[tuple[int, frozenset[str]], int] = defaultdict(int)
            for limit in prep.interp_limits:
                classes_k = {class_of[i] for i in limit.slots}
                if len(limit.slots) == 1 and len(prep.classes[next(iter(classes_k))]) > 1:
                    summed[(next(iter(classes_k)), limit.languages)] += limit.room
                    continue
                vars_k = [v for c in classes_k for lang, v in class_lang.get(c, ())
                          if lang in limit.languages]
                if len(vars_k) > limit.room:
                    m.add(sum(vars_k) <= limit.room)
            for (c, langs), room in summed.items():
                vars_k = [v for lang, v in class_lang.get(c, ()) if lang in langs]
                if len(vars_k) > room:
                    m.add(sum(vars_k) <= room)
        for per_class in person_class.values():
            for c, vars_c in per_class.items():
                size = len(prep.classes[c])
                if len(vars_c) > size:
                    if size == 1:
                        m.add_at_most_one(vars_c)
                    else:
                        m.add(sum(vars_c) <= size)
            # Slots with conflicts are classes of their own, so slot pairs map to class pairs.
            for clique in prep.overlap_cliques:
                vars_q = [v for i in clique for v in per_class.get(class_of[i], ())]
                if len(clique) > 1 and len(vars_q) > 1:
                    m.add_at_most_one(vars_q)
            for i, j in prep.travel_pairs:
                a, b = per_class.get(class_of[i]), per_class.get(class_of[j])
                if a and b:
                    m.add_at_most_one(a + b)
        m.maximize(sum(prep.requests[rid].priority * v for (rid, _), v in self.y.items()))

    def chosen(self, solver: cp_model.CpSolver) -> dict[int, list[str]]:
        """Class index -> the requests met in it."""
        out: dict[int, list[str]] = defaultdict(list)
        for (rid, c), v in self.y.items():
            if solver.boolean_value(v):
                out[c].append(rid)
        return out


class _Model:
    """The CP-SAT model: x[request, slot] for feasible pairs, plus idle-slot indicators.

    With ``only`` (request id -> slots), just those requests and slots are modelled and every
    one of those requests must be met: the restricted model of phase 2a.
    """

    def __init__(
        self,
        prep: _Prepared,
        only: Mapping[str, Sequence[int]] | None = None,
        *,
        with_idle: bool = True,
        assume: bool = False,
    ) -> None:
        self.prep = prep
        m = self.model = cp_model.CpModel()
        self.x: dict[tuple[str, int], cp_model.IntVar] = {}
        self.assumption: dict[str, cp_model.IntVar] = {}
        by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        lang_vars: dict[int, list[tuple[str, Any]]] = defaultdict(list)
        # person -> slot -> the x variables that would put this person there
        self.person_slot: dict[str, dict[int, list[cp_model.IntVar]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for r in prep.problem.requests:
            slots = prep.candidates.get(r.id, []) if only is None else only.get(r.id, [])
            if not slots:
                continue
            vars_r = []
            for i in slots:
                v = m.new_bool_var("")
                self.x[(r.id, i)] = v
                vars_r.append(v)
                by_slot[i].append(v)
                if r.interpreter:
                    lang_vars[i].append((r.interpreter, v))
                for pid in r.people:
                    self.person_slot[pid][i].append(v)
            if assume:
                # Switched on by an assumption, so CP-SAT can say which requests clash.
                lit = self.assumption[r.id] = m.new_bool_var("")
                m.add(sum(vars_r) == 1).only_enforce_if(lit)
            elif only is not None:
                m.add_exactly_one(vars_r)
            elif len(vars_r) > 1:
                m.add_at_most_one(vars_r)
        for i, vars_i in by_slot.items():
            if len(vars_i) > prep.capacity[i]:
                m.add(sum(vars_i) <= prep.capacity[i])
        _add_interpreter_limits(m, prep, lang_vars)
        self.by_slot = by_slot
        for per_slot in self.person_slot.values():
            for clique in prep.overlap_cliques:
                vars_c = [v for i in clique for v in per_slot.get(i, ())]
                if len(vars_c) > 1:
                    m.add_at_most_one(vars_c)
            for i, j in prep.travel_pairs:
                if i in per_slot and j in per_slot:
                    m.add_at_most_one(per_slot[i] + per_slot[j])
        self.locked_weight = sum(prep.requests[rid].priority for rid in prep.locked)
        self.weight = sum(prep.requests[rid].priority * v for (rid, _), v in self.x.items())
        self.max_weight = self.locked_weight + sum(
            r.priority for r in prep.problem.requests if prep.candidates.get(r.id)
        )
        self.idle_vars: list[cp_model.IntVar] = []
        # For hints: (person, positions, a vars, b vars, idle vars by position index)
        self.idle_parts: list[tuple[str, list[datetime], list[Any], list[Any], dict[int, Any]]] = []
        self.lead_parts: list[tuple[frozenset[int], cp_model.IntVar]] = []
        self.lead_vars: list[cp_model.IntVar] = []
        self.idle_total: Any = 0
        self.objective: Any = 0
        if with_idle:
            self._build_idle()

    def _build_idle(self) -> None:
        """Idle indicators per person and day position (see the module docstring)."""
        prep, m = self.prep, self.model
        locked_of = prep.locked_slots_of
        for pid, per_slot in self.person_slot.items():
            locked = set(locked_of.get(pid, ()))
            free = prep.free(pid)
            possible = set(per_slot) | locked
            for day in sorted({prep.day[i] for i in possible}):
                times = prep.positions[day]
                meeting: list[Any] = []
                for t in times:
                    running = prep.running[t]
                    if any(i in locked for i in running):
                        meeting.append(1)
                    else:
                        meeting.append(sum(v for i in running for v in per_slot.get(i, ())))
                can_meet = [
                    k for k, t in enumerate(times) if any(i in possible for i in prep.running[t])
                ]
                if len(can_meet) < 2 or can_meet[-1] - can_meet[0] < 2:
                    continue
                lo, hi = can_meet[0], can_meet[-1]
                span = times[lo : hi + 1]
                meets = meeting[lo : hi + 1]
                a = [m.new_bool_var("") for _ in span]  # a meeting at or before k
                b = [m.new_bool_var("") for _ in span]  # a meeting at or after k
                idle: dict[int, Any] = {}
                for k in range(len(span)):
                    m.add(a[k] >= meets[k])
                    m.add(b[k] >= meets[k])
                    if k > 0:
                        m.add(a[k] >= a[k - 1])
                        m.add(b[k - 1] >= b[k])
                for k in range(1, len(span) - 1):
                    t = span[k]
                    if not any(free[j] for j in prep.running[t] if prep.slot_list[j].start == t):
                        continue
                    v = m.new_bool_var("")
                    m.add(v >= a[k - 1] + b[k + 1] - 1 - meets[k])
                    idle[k] = v
                    self.idle_vars.append(v)
                self.idle_parts.append((pid, span, a, b, idle))
        self.idle_total = sum(self.idle_vars)
        # Empty first slots of a session: lead[k] is set when slots 0..k are all empty, so a
        # session at 09:00 begins at 09:00. Idle slots alone do not care where a day starts.
        for idx in prep.session_slots.values():
            prefix: list[int] = []
            in_prefix: list[cp_model.IntVar] = []
            for i in idx:
                if i in prep.locked_tables:
                    break  # a fixed meeting already opens the session
                prefix.append(i)
                in_prefix.extend(self.by_slot.get(i, ()))
                if not in_prefix:
                    continue  # nobody could meet this early: not a late start
                v = m.new_bool_var("")
                m.add(v + sum(in_prefix) >= 1)
                self.lead_vars.append(v)
                self.lead_parts.append((frozenset(prefix), v))
        # Lexicographic in one model: any idle slot outweighs every empty first slot.
        self.objective = self.idle_total * (len(self.lead_vars) + 1) + sum(self.lead_vars)

    def hint(self, chosen: Mapping[str, int]) -> None:
        """Hint a complete solution: ``chosen`` maps request id -> slot index."""
        m = self.model
        m.clear_hints()
        for (rid, i), v in self.x.items():
            m.add_hint(v, chosen.get(rid) == i)
        prep = self.prep
        slots_of: dict[str, set[int]] = defaultdict(set)
        for rid, i in [*chosen.items(), *((r, s) for r, (s, _) in prep.locked.items())]:
            for pid in prep.requests[rid].people:
                slots_of[pid].add(i)
        for pid, span, a, b, idle in self.idle_parts:
            mine = slots_of.get(pid, set())
            met = [any(i in mine for i in prep.running[t]) for t in span]
            seen = False
            for k, flag in enumerate(met):
                seen = seen or flag
                m.add_hint(a[k], seen)
            seen = False
            for k in range(len(met) - 1, -1, -1):
                seen = seen or met[k]
                m.add_hint(b[k], seen)
            for k, v in idle.items():
                m.add_hint(v, any(met[:k]) and any(met[k + 1 :]) and not met[k])
        used = set(chosen.values())
        for prefix, v in self.lead_parts:
            m.add_hint(v, not (prefix & used))

    def chosen(self, solver: cp_model.CpSolver) -> dict[str, int]:
        return {rid: i for (rid, i), v in self.x.items() if solver.boolean_value(v)}


# ---------------------------------------------------------------------------------------------
# Greedy start (hint, and fallback when the solver finds nothing in time)
# ---------------------------------------------------------------------------------------------


def _greedy(prep: _Prepared) -> dict[str, int]:
    """Highest priority first, each into its first slot still open for all its people."""
    capacity = list(prep.capacity)
    interpreters = _InterpreterLoad(prep)
    blocked: dict[str, set[int]] = defaultdict(set)
    chosen: dict[str, int] = {}
    order = sorted(
        (r for r in prep.problem.requests if prep.candidates.get(r.id)),
        key=lambda r: (-r.priority, len(prep.candidates[r.id]), r.id),
    )
    for r in order:
        for i in prep.candidates[r.id]:
            if (capacity[i] > 0 and not any(i in blocked[pid] for pid in r.people)
                    and interpreters.fits([(r.interpreter, None, i)])):
                chosen[r.id] = i
                capacity[i] -= 1
                interpreters.apply([(r.interpreter, None, i)])
                for pid in r.people:
                    blocked[pid].add(i)
                    blocked[pid].update(prep.conflicts[i])
                break
    return chosen


def _explain_infeasible(
    prep: _Prepared,
    everyone: Mapping[str, Sequence[int]],
    progress: Progress,
    clock: _Clock,
    until_share: float,
) -> list[str]:
    """Small sets of requests that cannot all be met together, as warnings in people's names.

    Each request's exactly-one constraint is switched on by an assumption; CP-SAT names a
    subset of assumptions that is already infeasible, which is then shrunk by dropping one
    request at a time while it stays infeasible. The requests of a set found are left out and
    the search repeats, so independent clashes are each explained (a few at most).
    """
    out: list[str] = []
    remaining = dict(everyone)
    for _ in range(2):
        if clock.left(until_share) <= 0:
            break
        core = _conflict_core(prep, remaining, progress, clock, until_share)
        if not core:
            break
        out.append(_describe_conflict(prep, core))
        for rid in core:
            remaining.pop(rid, None)
    return out


def _overbooked(prep: _Prepared, everyone: Mapping[str, Sequence[int]]) -> list[str]:
    """The usual clash, found without a solver: a person with more meetings than free slots
    for them (Hall's condition on that person's requests alone), as warnings by name."""
    out: list[str] = []
    remaining = dict(everyone)
    for pid in sorted(prep.people):
        mine = sorted((rid for rid in remaining if pid in prep.requests[rid].people),
                      key=lambda rid: (len(remaining[rid]), rid))
        slots: set[int] = set()
        worst, size = 0, 0
        for n, rid in enumerate(mine, start=1):
            slots.update(remaining[rid])
            if n - len(slots) > worst:  # the group that loses the most meetings
                worst, size = n - len(slots), n
        if worst:
            out.append(_describe_conflict(prep, mine[:size]))
            for done in mine[:size]:
                remaining.pop(done)
    # The same for interpreters: more meetings needing a language that can only be at one
    # moment than there are interpreters for it then.
    for limit in prep.interp_limits:
        if len(limit.languages) != 1:
            continue
        (lang,) = limit.languages
        mine = sorted(rid for rid in remaining if prep.requests[rid].interpreter == lang
                      and set(remaining[rid]) <= set(limit.slots))
        if len(mine) > limit.room:
            out.append(_interpreters_short(
                len(mine) + limit.kept, limit.languages, _moment_time(prep, limit), limit.there
            ) + ": " + "; ".join(_request_label(prep, rid) for rid in mine))
            for done in mine:
                remaining.pop(done)
    if len(out) > _MAX_EXPLAINED:  # a leader reads the first few; the rest is a count
        more = len(out) - _MAX_EXPLAINED
        summary = translate(
            "agenda", "… and {count} more groups of requests that cannot all be met"
        ).format(count=more)
        out = [*out[:_MAX_EXPLAINED], summary]
    return out


_MAX_EXPLAINED = 5


def _conflict_core(
    prep: _Prepared,
    requests: Mapping[str, Sequence[int]],
    progress: Progress,
    clock: _Clock,
    until_share: float,
) -> list[str]:
    """A small set of requests that cannot all be placed (empty if none is found in time)."""
    model = _Model(prep, only=requests, with_idle=False, assume=True)
    by_index = {v.index: rid for rid, v in model.assumption.items()}
    model.model.add_assumptions(list(model.assumption.values()))
    solver = clock.solver(until_share, workers=1)
    status = _solve(solver, model.model, progress, clock, _explaining)
    if status != cp_model.INFEASIBLE:
        return []
    core = sorted(by_index[k] for k in solver.sufficient_assumptions_for_infeasibility())
    if not core:
        return []
    # Shrink: a set is infeasible on its own iff it is with the others, so small models do.
    for rid in list(core):
        if clock.left(until_share) <= 0:
            break
        rest = [r for r in core if r != rid]
        small = _Model(prep, only={r: requests[r] for r in rest}, with_idle=False)
        solver = clock.solver(until_share, workers=1)
        if _solve(solver, small.model, progress, clock, _explaining) == cp_model.INFEASIBLE:
            core = rest
    return core


def _explaining(_: _Watch) -> str:
    return translate("agenda", "Finding the requests that cannot all be met")


def _person_name(prep: _Prepared, pid: str) -> str:
    name = prep.people[pid].name.strip()
    return name or translate("agenda", "a participant without a name")


def _request_label(prep: _Prepared, rid: str) -> str:
    """A request in people's words: “Anna Weber with Kenji Sato”."""
    r = prep.requests[rid]
    return translate("agenda", "{requesters} with {targets}").format(
        requesters=" & ".join(_person_name(prep, p) for p in r.requesters),
        targets=" & ".join(_person_name(prep, p) for p in r.targets),
    )


def _moment_time(prep: _Prepared, limit: _Limit) -> str:
    """When the slots of an interpreter limit all run, in the event's time zone."""
    return f"{limit.moment.astimezone(prep.zone):%Y-%m-%d %H:%M}"


def _describe_conflict(prep: _Prepared, core: Sequence[str]) -> str:
    meetings = "; ".join(_request_label(prep, rid) for rid in core)
    shared = set.intersection(*(set(prep.requests[rid].people) for rid in core))
    slots = set().union(*(prep.candidates[rid] for rid in core))
    langs = {prep.requests[rid].interpreter for rid in core}
    if prep.interp_limits and None not in langs and not (shared and len(slots) < len(core)):
        # Everyone could meet but not everyone can have an interpreter: say when, and how many.
        limits = [prep.interp_limits[k] for i in sorted(slots) for k in prep.limits_at[i]
                  if prep.interp_limits[k].languages == langs]
        times = sorted({_moment_time(prep, limit) for limit in limits})
        shown = ", ".join(times[:4]) + (" …" if len(times) > 4 else "")
        there = max((limit.there for limit in limits), default=0)
        count = len(core) + max((limit.kept for limit in limits), default=0)
        return _interpreters_short(count, langs, shown, there) + ": " + meetings
    if shared and len(slots) < len(core):
        return translate(
            "agenda",
            "{person} cannot have all of these {count} meetings: together they fit in only "
            "{slots} slot(s) when everyone involved is free and the session allows them: "
            "{meetings}",
        ).format(
            person=" & ".join(sorted(_person_name(prep, p) for p in shared)),
            count=len(core),
            slots=len(slots),
            meetings=meetings,
        )
    return translate(
        "agenda",
        "These {count} requested meetings cannot all be scheduled: their people's free slots, "
        "the sessions they allow and the tables do not leave room for all of them: {meetings}",
    ).format(count=len(core), meetings=meetings)


def _compact_locally(
    prep: _Prepared,
    chosen: Mapping[str, int],
    clock: _Clock,
    until_share: float,
    progress: Progress,
) -> dict[str, int]:
    """Local search on idle slots: move a meeting to another slot, or swap two meetings of one
    person, whenever that lowers the idle slots of the people involved; until no move helps.

    Cheap and quick (no solver), it gives the CP-SAT compaction a far better start than the
    first complete schedule, whose days are spread at random; CP-SAT's presolve alone can take
    a second on these models before it even reaches the hinted solution.
    """
    chosen = dict(chosen)
    at: dict[str, set[int]] = defaultdict(set)
    for rid, i in [*chosen.items(), *((r, s) for r, (s, _) in prep.locked.items())]:
        for pid in prep.requests[rid].people:
            at[pid].add(i)
    load = [0] * len(prep.slot_list)
    for i in chosen.values():
        load[i] += 1
    interpreters = _InterpreterLoad(prep, chosen)

    def lang(rid: str) -> str | None:
        return prep.requests[rid].interpreter

    def cost(people: Iterable[str]) -> int:
        return _count_idle(prep, {pid: at[pid] for pid in people})

    def can(pid: str, i: int) -> bool:
        mine = at[pid]
        return i not in mine and not (prep.conflicts[i] & mine)

    def move(rid: str, i: int, j: int) -> None:
        for pid in prep.requests[rid].people:
            at[pid].discard(i)
            at[pid].add(j)
        load[i] -= 1
        load[j] += 1
        interpreters.apply([(lang(rid), i, j)])
        chosen[rid] = j

    def relocate(rid: str) -> bool:
        i0, people = chosen[rid], prep.requests[rid].people
        best, best_cost = i0, cost(people)
        for pid in people:
            at[pid].discard(i0)
        for j in prep.candidates[rid]:
            if j == i0 or load[j] >= prep.capacity[j] or not all(can(p, j) for p in people):
                continue
            if not interpreters.fits([(lang(rid), i0, j)]):
                continue
            for pid in people:
                at[pid].add(j)
            c = cost(people)
            for pid in people:
                at[pid].discard(j)
            if c < best_cost:
                best, best_cost = j, c
        for pid in people:
            at[pid].add(i0)
        if best != i0:
            move(rid, i0, best)
        return best != i0

    def swap(a: str, b: str) -> bool:
        i, j = chosen[a], chosen[b]
        if i == j or j not in prep.candidates[a] or i not in prep.candidates[b]:
            return False
        only_a = set(prep.requests[a].people) - set(prep.requests[b].people)
        only_b = set(prep.requests[b].people) - set(prep.requests[a].people)
        # People of one meeting only change slot; shared people keep both slots.
        if not (moves_to(only_a, i, j) and moves_to(only_b, j, i)):
            return False
        changes = [(lang(a), i, j), (lang(b), j, i)]
        if not interpreters.fits(changes):
            return False
        people = only_a | only_b
        before = cost(people)
        flip(only_a, i, j)
        flip(only_b, j, i)
        if cost(people) < before:
            chosen[a], chosen[b] = j, i
            interpreters.apply(changes)
            return True
        flip(only_a, j, i)
        flip(only_b, i, j)
        return False

    def moves_to(people: Iterable[str], old: int, new: int) -> bool:
        return all(
            new not in at[p] and not (prep.conflicts[new] & (at[p] - {old})) for p in people
        )

    def flip(people: Iterable[str], i: int, j: int) -> None:
        for p in people:
            at[p].discard(i)
            at[p].add(j)

    by_person: dict[str, list[str]] = defaultdict(list)
    for rid in chosen:
        for pid in prep.requests[rid].people:
            by_person[pid].append(rid)
    def out_of_time() -> bool:
        progress.step(clock.percent(), 100, translate("agenda", "Compacting days"))
        return clock.left(until_share) <= 0

    def open_sessions() -> None:
        """Move a meeting into an empty first slot of a session when no idle slot is added:
        idle slots alone do not care whether a session at 09:00 begins at 10:00."""
        for idx in prep.session_slots.values():
            first = next((i for i in idx if i in prep.wanted_slots), None)
            if first is None or load[first] or first in prep.locked_tables:
                continue
            if not any(load[i] for i in idx):
                continue
            for rid in sorted(chosen):
                i, people = chosen[rid], prep.requests[rid].people
                if first not in prep.candidates[rid] or load[first] >= prep.capacity[first]:
                    continue
                if not interpreters.fits([(lang(rid), i, first)]):
                    continue
                before = cost(people)
                for pid in people:
                    at[pid].discard(i)
                fits = all(can(p, first) for p in people)
                for pid in people:
                    at[pid].add(i)
                if not fits:
                    continue
                move(rid, i, first)
                if cost(people) <= before:
                    break
                move(rid, first, i)

    improved = True
    while improved:
        open_sessions()
        improved = False
        for rid in sorted(chosen):
            if out_of_time():
                open_sessions()
                return chosen
            improved = relocate(rid) or improved
        for mine in by_person.values():
            if out_of_time():
                open_sessions()
                return chosen
            for k, a in enumerate(mine):
                for b in mine[k + 1 :]:
                    improved = swap(a, b) or improved
    open_sessions()
    return chosen


# ---------------------------------------------------------------------------------------------
# Solving
# ---------------------------------------------------------------------------------------------


class _Watch(cp_model.CpSolverSolutionCallback):
    """Remembers the best objective found so far; stops once ``target`` is reached."""

    def __init__(self, target: int | None = None) -> None:
        super().__init__()
        self.best: float | None = None
        self.target = target

    def on_solution_callback(self) -> None:
        self.best = self.objective_value
        if self.target is not None and self.best >= self.target:
            self.stop_search()


def _solve(
    solver: cp_model.CpSolver,
    model: cp_model.CpModel,
    progress: Progress,
    clock: _Clock,
    describe: Callable[[_Watch], str],
    target: int | None = None,
) -> int:
    """Run the solver in a helper thread while this thread reports progress and sees cancels.

    Progress callbacks therefore run on the caller's thread, and a cancel stops the search at
    once (``stop_search``) instead of waiting for the next solution.
    """
    watch = _Watch(target)
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["status"] = solver.solve(model, watch)
        except BaseException as exc:  # pragma: no cover - re-raised below
            result["error"] = exc

    worker = threading.Thread(target=run, name="scheduler-cp-sat", daemon=True)
    worker.start()
    try:
        while True:
            worker.join(0.02)
            if not worker.is_alive():
                break
            if clock.over():
                # CP-SAT's own limit starts after presolve and slips on a loaded machine.
                solver.stop_search()
            progress.step(clock.percent(), 100, describe(watch))
    except Cancelled:
        solver.stop_search()
        worker.join()
        raise
    if "error" in result:
        raise result["error"]
    status = int(result["status"])
    if status == cp_model.MODEL_INVALID:  # a bug here, not bad input
        raise RuntimeError(f"invalid scheduling model: {model.validate()}")
    return status


class _Clock:
    """The time budget of one :func:`schedule` call.

    Stages plan within ``USABLE`` of the budget: numbering tables, counting idle slots and
    the solver's own start and stop need the rest, and the whole call must end within the
    budget (a loaded machine slows everything, so the margin is a share, not a constant).
    """

    USABLE = 0.93

    def __init__(self, budget: float, workers: int) -> None:
        self.started = time.monotonic()
        self.budget = budget
        self.workers = workers

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def left(self, share: float = 1.0) -> float:
        """Seconds left until ``share`` of the usable budget is used."""
        return share * self.USABLE * self.budget - self.elapsed()

    def over(self) -> bool:
        """Past the usable budget: every search must stop now."""
        return self.left() <= 0

    def share_now(self) -> float:
        """The share of the usable budget used so far."""
        return self.elapsed() / (self.USABLE * self.budget)

    def percent(self) -> int:
        return min(99, int(100 * (time.monotonic() - self.started) / self.budget))

    def solver(self, until_share: float, workers: int | None = None, **params: Any) -> Any:
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(self.left(until_share), 0.01)
        solver.parameters.num_workers = workers or self.workers
        for name, value in params.items():
            setattr(solver.parameters, name, value)
        return solver


_FOUND = (cp_model.OPTIMAL, cp_model.FEASIBLE)


def _spread(
    prep: _Prepared,
    by_class: Mapping[int, list[str]],
    progress: Progress,
    clock: _Clock,
    until_share: float,
) -> tuple[dict[str, int], dict[int, bool]]:
    """Give each request chosen for a class one slot of it.

    Returns (request id -> slot index, class -> whether it is *proven* that not all of the
    class's chosen meetings fit; classes that fitted are absent). Per class, CP-SAT first looks
    for a placement of all of them (a feasibility model, far quicker than maximising), and only
    when there is none, or none was found in time, keeps the heaviest set it can place.
    """
    chosen: dict[str, int] = {}
    failed: dict[int, bool] = {}
    todo = sorted(by_class.items())
    for n, (c, rids) in enumerate(todo):
        slots = prep.classes[c]
        if len(slots) == 1:
            chosen.update((rid, slots[0]) for rid in rids)
            continue
        if clock.over():
            failed[c] = False  # not placed for want of time; the caller keeps what it had
            continue
        share = clock.left(until_share) / (len(todo) - n)
        placed, status = _place_in_class(prep, rids, slots, progress, clock, share, all_of=True)
        if status not in _FOUND:
            proven = status == cp_model.INFEASIBLE
            share = clock.left(until_share) / (len(todo) - n)
            placed, _ = _place_in_class(prep, rids, slots, progress, clock, share, all_of=False)
            failed[c] = proven
        chosen.update(placed)
    return chosen, failed


def _place_in_class(
    prep: _Prepared,
    rids: list[str],
    slots: list[int],
    progress: Progress,
    clock: _Clock,
    seconds: float,
    *,
    all_of: bool,
) -> tuple[list[tuple[str, int]], int]:
    """Place ``rids`` into ``slots``: all of them, or as heavy a subset as can be found."""
    m = cp_model.CpModel()
    z: dict[tuple[str, int], cp_model.IntVar] = {}
    by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    lang_vars: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    person_slot: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for rid in rids:
        vars_r = []
        lang = prep.requests[rid].interpreter
        for i in slots:
            v = z[(rid, i)] = m.new_bool_var("")
            vars_r.append(v)
            by_slot[i].append(v)
            if lang:
                lang_vars[i].append((lang, v))
            for pid in prep.requests[rid].people:
                person_slot[(pid, i)].append(v)
        if all_of:
            m.add_exactly_one(vars_r)
        else:
            m.add_at_most_one(vars_r)
    for i, vars_i in by_slot.items():
        if len(vars_i) > prep.capacity[i]:
            m.add(sum(vars_i) <= prep.capacity[i])
    _add_interpreter_limits(m, prep, lang_vars)
    for vars_p in person_slot.values():
        if len(vars_p) > 1:
            m.add_at_most_one(vars_p)
    if not all_of:
        m.maximize(sum(prep.requests[rid].priority * v for (rid, _), v in z.items()))
    solver = clock.solver(1.0, workers=1)
    solver.parameters.max_time_in_seconds = max(min(seconds, clock.left()), 0.01)
    status = _solve(solver, m, progress, clock, lambda _: translate("agenda", "Spreading meetings"))
    if status not in _FOUND:
        return [], status
    return [key for key, v in z.items() if solver.boolean_value(v)], status


def _odd_cycles(prep: _Prepared, rids: Iterable[str]) -> list[list[str]]:
    """Odd cycles of meetings where each shares a person with the next (a few, disjoint).

    Such a cycle cannot be spread over two slots, so for a class of two slots it gives a cut
    for the class model: not all of the cycle's meetings can be in the class.
    """
    remaining = set(rids)
    cycles: list[list[str]] = []
    while len(cycles) < 20:
        cycle = _one_odd_cycle(prep, sorted(remaining))
        if cycle is None:
            break
        cycles.append(cycle)
        remaining -= set(cycle)
    return cycles


def _one_odd_cycle(prep: _Prepared, rids: list[str]) -> list[str] | None:
    by_person: dict[str, list[str]] = defaultdict(list)
    for rid in rids:
        for pid in prep.requests[rid].people:
            by_person[pid].append(rid)
    near: dict[str, set[str]] = defaultdict(set)
    for group in by_person.values():
        for a in group:
            near[a].update(b for b in group if b != a)
    side: dict[str, int] = {}
    parent: dict[str, str | None] = {}

    def to_root(rid: str) -> list[str]:
        path = [rid]
        while (up := parent[path[-1]]) is not None:
            path.append(up)
        return path

    for root in rids:
        if root in side:
            continue
        side[root], parent[root] = 0, None
        queue = deque([root])
        while queue:
            u = queue.popleft()
            for v in sorted(near[u]):
                if v not in side:
                    side[v], parent[v] = 1 - side[u], u
                    queue.append(v)
                elif side[v] == side[u]:
                    up_u, up_v = to_root(u), to_root(v)
                    on_v = {x: k for k, x in enumerate(up_v)}
                    k = next(k for k, x in enumerate(up_u) if x in on_v)
                    return up_u[: k + 1] + up_v[: on_v[up_u[k]]][::-1]
    return None


def schedule(
    problem: Problem,
    *,
    time_limit_s: float = 2.0,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Schedule:
    """Place the requests of ``problem`` into slots and tables.

    Maximises the total priority of scheduled requests, then minimises idle slots with that
    total held. Returns the best schedule found within ``time_limit_s`` (``optimal`` tells
    whether both were proven); raises :class:`Cancelled` promptly when ``progress`` is
    cancelled, and ValueError naming the offending item for bad input (unknown ids, bad locks).
    ``workers`` is the number of CP-SAT search threads (default: the machine's cores, up to 8).

    Stages (see the module docstring), as shares of the budget: (0) a complete schedule, up
    to 50%, explained by name when proven impossible; otherwise (1a) the weight over classes
    of interchangeable slots, up to 55%, (1b) spreading each class's meetings over its slots,
    up to 60%, (1c) the slot model maximising the weight, up to 65%; then (2) local search on
    idle slots, up to half of what is left, the restricted model a quarter of the rest, and
    the slot model with the weight held until the end. On time-out the best schedule found so
    far is returned with ``optimal=False``; there is always one (at worst a greedy one).
    When not every request can be met, ``warnings`` say which requests clash, by name.
    """
    progress = progress or Progress()
    clock = _Clock(max(time_limit_s, 0.01), workers or max(1, min(8, os.cpu_count() or 1)))
    progress.step(0, 100, translate("agenda", "Checking the requests"))
    prep = _Prepared(problem)
    locked_weight = sum(prep.requests[rid].priority for rid in prep.locked)

    def weight(chosen: Mapping[str, int]) -> int:
        return sum(prep.requests[rid].priority for rid in chosen)

    def idle(chosen: Mapping[str, int]) -> int:
        slots_of: dict[str, list[int]] = defaultdict(list)
        for rid, i in [*chosen.items(), *((rid, i) for rid, (i, _) in prep.locked.items())]:
            for pid in prep.requests[rid].people:
                slots_of[pid].append(i)
        return _count_idle(prep, slots_of)

    def placing(w: _Watch) -> str:
        return translate("agenda", "Placing meetings")

    progress.step(0, 100, translate("agenda", "Building the scheduling model"))
    chosen = _greedy(prep)
    bound = sum(r.priority for r in prep.problem.requests if prep.candidates.get(r.id))
    weight_optimal = weight(chosen) >= bound
    everyone = {rid: slots for rid, slots in prep.candidates.items() if slots}
    overbooked = _overbooked(prep, everyone) if not weight_optimal else []
    prep.warnings += overbooked
    if not weight_optimal and not overbooked:
        # Phase 0: a complete schedule, as a feasibility model (every request exactly once).
        # Real events almost always have one, and exactly-one constraints propagate far
        # better than a maximised sum; an infeasible answer is usually proven in presolve.
        complete = _Model(prep, only=everyone, with_idle=False)
        complete.hint(chosen)
        solver = clock.solver(0.5)
        status = _solve(solver, complete.model, progress, clock, placing)
        if status in _FOUND:
            chosen, weight_optimal = complete.chosen(solver), True
        elif status == cp_model.INFEASIBLE:
            # Proven: not every request can be met. Say which ones clash, by name.
            prep.warnings += _explain_infeasible(prep, everyone, progress, clock, 0.5)
    classes = _ClassModel(prep) if not weight_optimal else None
    if classes is not None and classes.y:
        class_of = {i: c for c, slots in enumerate(prep.classes) for i in slots}
        for (rid, c), v in classes.y.items():
            classes.model.add_hint(v, rid in chosen and class_of[chosen[rid]] == c)
        # Phase 1a/1b, repeated while spreading shows the class model promised too much: each
        # round adds cuts (odd cycles in two-slot classes, or a proven misfit), which keep the
        # class model a relaxation, so its bound stays valid.
        for _round in range(30):
            solver = clock.solver(0.6, workers=1, linearization_level=2)
            status = _solve(solver, classes.model, progress, clock, placing)
            if status not in _FOUND:
                break
            bound = min(bound, round(solver.best_objective_bound))
            by_class = classes.chosen(solver)
            cuts = [
                (c, cycle)
                for c, rids in by_class.items()
                if len(prep.classes[c]) == 2
                for cycle in _odd_cycles(prep, rids)
            ]
            if not cuts or clock.left(0.55) <= 0:
                spread, failed = _spread(prep, by_class, progress, clock, 0.7)
                if weight(spread) >= weight(chosen):
                    chosen = spread
                cuts = [(c, by_class[c]) for c, proven in failed.items() if proven]
                if not failed or not cuts or clock.left(0.65) <= 0:
                    break
            for c, rids in cuts:
                classes.model.add(sum(classes.y[(rid, c)] for rid in rids) <= len(rids) - 1)
            classes.model.clear_hints()
            for v in classes.y.values():
                classes.model.add_hint(v, solver.boolean_value(v))
    weight_optimal = weight(chosen) >= bound

    # Building a model costs time too: none is started with too little of the budget left.
    enough = 0.05 * clock.budget
    if not weight_optimal and prep.candidates and clock.left(0.75) > enough:
        # Phase 1c: the slot model, started from the best schedule so far.
        model = _Model(prep, with_idle=False)
        model.model.maximize(model.weight)
        model.hint(chosen)
        solver = clock.solver(0.75)
        status = _solve(solver, model.model, progress, clock, placing, target=bound)
        if status in _FOUND:
            bound = min(bound, round(solver.best_objective_bound))
            better = model.chosen(solver)
            if weight(better) >= weight(chosen):
                chosen = better
        weight_optimal = status == cp_model.OPTIMAL or weight(chosen) >= bound

    # Phase 2a: idle slots with the chosen meetings kept, each within its class of slots.
    # Much smaller than the slot model, so it gets far in little time, but it is no proof and
    # can be stuck far from the optimum: it gets a quarter of what is left, and the slot model
    # (phase 2b) the rest, started from its answer.
    def compacting(w: _Watch) -> str:
        return translate("agenda", "Compacting days")

    def score(chosen: Mapping[str, int]) -> tuple[int, int]:
        return idle(chosen), _late_starts(prep, chosen)

    if chosen:
        used = clock.share_now()
        better = _compact_locally(prep, chosen, clock, used + 0.5 * (1.0 - used), progress)
        if score(better) <= score(chosen):
            chosen = better
    class_of = {i: c for c, slots in enumerate(prep.classes) for i in slots}
    idle_optimal = False
    # The slot model takes about three times as long to build as the restricted one (more
    # variables, and the hint): it is only started when that much time and more is left.
    full_build = clock.budget
    if clock.left() > 2 * enough:
        building = clock.elapsed()
        small = _Model(prep, only={rid: prep.classes[class_of[i]] for rid, i in chosen.items()})
        full_build = 3 * (clock.elapsed() - building)
        idle_optimal = not small.idle_vars and not small.lead_vars
    if not idle_optimal and clock.left() > 2 * enough:
        small.model.minimize(small.objective)
        small.hint(chosen)
        used = clock.share_now()
        solver = clock.solver(used + 0.25 * (1.0 - used))
        status = _solve(solver, small.model, progress, clock, compacting)
        if status in _FOUND and score(small.chosen(solver)) <= score(chosen):
            chosen = small.chosen(solver)
        # Nothing to gain when even the restricted model reaches zero.
        idle_optimal = status == cp_model.OPTIMAL and solver.objective_value == 0
    if not idle_optimal and clock.left() > enough + full_build:
        first_weight = weight(chosen)
        if everyone.keys() <= chosen.keys():
            # Everything placed: exactly-one per request propagates better than a weight sum.
            model = _Model(prep, only=everyone)
        else:
            model = _Model(prep)
            model.model.add(model.weight >= first_weight)
        model.model.clear_objective()
        model.model.minimize(model.objective)
        model.hint(chosen)
        solver = clock.solver(1.0)
        status = _solve(solver, model.model, progress, clock, compacting)
        if status in _FOUND:
            better = model.chosen(solver)
            if weight(better) >= first_weight and score(better) <= score(chosen):
                chosen = better
        idle_optimal = status == cp_model.OPTIMAL
    if chosen and _late_starts(prep, chosen):
        # CP-SAT stopped before closing the empty first slots: the local search's last pass
        # opens them where no idle slot is added (it stops at once, the budget being spent).
        better = _compact_locally(prep, chosen, clock, 1.0, progress)
        if score(better) <= score(chosen):
            chosen = better
    result = _result(
        prep, chosen, weight_optimal and idle_optimal, bound + locked_weight, weight_optimal
    )
    progress.step(100, 100, translate("agenda", "Schedule ready"))
    return result


# ---------------------------------------------------------------------------------------------
# Result: tables and reasons
# ---------------------------------------------------------------------------------------------


def _late_starts(prep: _Prepared, chosen: Mapping[str, int]) -> int:
    """Empty slots at the start of sessions, from the first slot anyone could meet in."""
    used = set(chosen.values()) | {i for i, _ in prep.locked.values()}
    total = 0
    for idx in prep.session_slots.values():
        started = False
        for i in idx:
            if i in used:
                break
            started = started or i in prep.wanted_slots
            total += started
    return total


def _result(
    prep: _Prepared, chosen: Mapping[str, int], optimal: bool, bound: int, weight_optimal: bool
) -> Schedule:
    assignments = [
        Assignment(rid, prep.slot_list[i].id, table, locked=True)
        for rid, (i, table) in prep.locked.items()
    ]
    assignments += _number_tables(prep, chosen)
    assignments.sort(key=lambda a: (prep.slot_index[a.slot_id], a.table))
    weight = sum(prep.requests[a.request_id].priority for a in assignments)
    scheduled = {a.request_id for a in assignments}
    unscheduled = []
    interpreters = _InterpreterLoad(prep, chosen)
    for r in prep.problem.requests:
        if r.id in scheduled:
            continue
        reason = prep.no_slot_reason.get(r.id)
        if reason is None and r.interpreter and all(
            interpreters.full(r.interpreter, i) for i in prep.candidates.get(r.id, ())
        ):
            reason = translate(
                "agenda",
                "the interpreters for {language} are busy in every slot its people could meet",
            ).format(language=language_name(r.interpreter))
        if reason is None:
            reason = (
                translate(
                    "agenda",
                    "no room left: its people's common free slots or the tables went to "
                    "higher-priority meetings",
                )
                if weight_optimal
                else translate(
                    "agenda",
                    "no room left: its people's common free slots or the tables went to other "
                    "meetings (search stopped at the time limit)",
                )
            )
        unscheduled.append(Unscheduled(r.id, reason))
    idle = _count_idle(prep, _slots_by_person(prep, assignments))
    return Schedule(
        assignments=tuple(assignments),
        weight=weight,
        scheduled_count=len(assignments),
        idle_gaps=idle,
        optimal=optimal,
        unscheduled=tuple(unscheduled),
        weight_bound=max(bound, weight),
        warnings=tuple(prep.warnings),
    )


def _number_tables(prep: _Prepared, chosen: Mapping[str, int]) -> list[Assignment]:
    """Give each new meeting a free table; a target keeps last slot's table when it can."""
    by_slot: dict[int, list[str]] = defaultdict(list)
    for rid, i in chosen.items():
        by_slot[i].append(rid)
    locked_by_slot: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for rid, (i, table) in prep.locked.items():
        locked_by_slot[i].append((rid, table))

    def key(session_id: str, rid: str) -> tuple[str, tuple[str, ...]]:
        return session_id, tuple(sorted(prep.requests[rid].targets))

    last_table: dict[tuple[str, tuple[str, ...]], int] = {}  # (session, targets) -> table
    out: list[Assignment] = []
    for i, slot in enumerate(prep.slot_list):
        taken = set(prep.locked_tables.get(i, ()))
        placed = list(locked_by_slot.get(i, ()))
        pending = []
        for rid in sorted(by_slot.get(i, ())):
            kept = last_table.get(key(slot.session_id, rid))
            if kept is not None and kept not in taken:
                taken.add(kept)
                placed.append((rid, kept))
                out.append(Assignment(rid, slot.id, kept))
            else:
                pending.append(rid)
        free_tables = (t for t in range(1, prep.table_count[i] + 1) if t not in taken)
        for rid in pending:
            table = next(free_tables)
            placed.append((rid, table))
            out.append(Assignment(rid, slot.id, table))
        for rid, table in placed:
            last_table[key(slot.session_id, rid)] = table
    return out
