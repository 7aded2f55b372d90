"""Seeded B2B events shaped like real partnering events, for the scheduler benchmark.

Real events have 40-60 participants, 100-200 requested meetings, 8-10 slots per session,
about 20 tables and several sessions; people arrive late, leave early or give a talk (slots
they cannot meet in), some meetings may only be in the morning or only in the afternoon, and
some meetings are already fixed. A complete schedule almost always exists.

Feasible families are made by *planting*: a schedule is drawn first (every meeting in a slot
where its people are free, at most ``tables`` meetings per slot), and the constraints are then
drawn around it (morning-only for a meeting planted in the morning, a fixed meeting kept where
it was planted), so the planted schedule proves that every meeting fits. The infeasible family
adds, on top of a planted event, a few people with more meetings than they have free slots
(a late arrival with a full morning-only wish list), so that a known number of meetings can
never be placed.

The interpreter family plants, in addition, an interpreter for each meeting that needs one
(Japanese, Chinese or Korean): a meeting is planted only in a slot where an interpreter of its
language is still free, so the planted schedule also proves the interpreters suffice. Some
interpreters speak two languages, which makes "enough" a matching, not a count per language.

Plain data and the app's scheduler types only; nothing here calls the app's scheduler.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from biox_desktop.core.scheduler import (
    BusyInterval,
    Interpreter,
    Lock,
    Participant,
    Problem,
    Request,
    Session,
    Slot,
)

VENUE = "hall"
FIRST_NAMES = (
    "Anna", "Bruno", "Chiara", "Dieter", "Elena", "Fabien", "Greta", "Hiro", "Ines", "Jun",
    "Klara", "Luca", "Mei", "Nils", "Olga", "Pablo", "Qing", "Rosa", "Sven", "Tomoko",
    "Ugo", "Vera", "Wen", "Xavier", "Yuki", "Zofia",
)
LAST_NAMES = (
    "Weber", "Rossi", "Dubois", "Sato", "Garcia", "Müller", "Lin", "Moreau", "Kim", "Ferrari",
    "Schmidt", "Tanaka", "Lopez", "Bernard", "Park", "Conti", "Fischer", "Suzuki", "Martin",
    "Costa",
)


@dataclass(frozen=True)
class Family:
    """A kind of generated event."""

    name: str
    people: tuple[int, int]
    meetings: tuple[int, int]
    sessions: tuple[int, int]
    slots_per_session: tuple[int, int]
    #: Tables per session; ``None`` sizes them to the planted busiest slot plus a little.
    tables: int | None = 20
    #: People made impossible to satisfy (infeasible family); 0 for a feasible family.
    overloaded: int = 0
    #: The languages of each interpreter there is; empty: interpreters are not limited.
    interpreters: tuple[tuple[str, ...], ...] = ()
    #: Share of the meetings that need an interpreter, and their languages with weights.
    interpreted: float = 0.0
    languages: tuple[tuple[str, int], ...] = (("ja", 5), ("zh", 3), ("ko", 2))


FAMILIES = (
    Family("event", (40, 60), (100, 200), (3, 4), (8, 10)),
    Family("dense", (40, 50), (150, 200), (2, 2), (8, 10), tables=None),
    Family("infeasible", (40, 60), (100, 200), (3, 4), (8, 10), overloaded=2),
    Family("interpreters", (40, 60), (100, 200), (3, 4), (8, 10),
           interpreters=(("ja",), ("ja", "en"), ("zh",), ("zh", "ko"), ("ko",)),
           interpreted=0.45),
)


@dataclass(frozen=True)
class Instance:
    """A generated event and what is known about it."""

    family: str
    seed: int
    problem: Problem
    #: Meetings known to be impossible (0 for a planted feasible event).
    impossible: int
    #: person id -> display name
    names: dict[str, str]


def _session_slots(day: datetime, am: bool, count: int, sid: str) -> list[Slot]:
    first = day.replace(hour=9 if am else 14)
    out = []
    for k in range(count):
        start = first + timedelta(minutes=30 * k)
        out.append(Slot(f"{sid}-{k}", sid, start, start + timedelta(minutes=25)))
    return out


def make_instance(family: Family, seed: int) -> Instance:
    """One seeded event of ``family`` (see the module docstring)."""
    rng = random.Random(f"{family.name}:{seed}")
    # A stream of its own, so the other families draw exactly what they drew before.
    lang_rng = random.Random(f"{family.name}:{seed}:interpreters")
    codes = [code for code, _ in family.languages]
    weights = [weight for _, weight in family.languages]
    # Single-language interpreters first, so the bilingual ones stay free for longer.
    interpreters = sorted(range(len(family.interpreters)),
                          key=lambda k: (len(family.interpreters[k]), k))
    interpreting: dict[str, set[int]] = {}  # slot id -> interpreters planted there
    n_people = rng.randint(*family.people)
    n_meetings = rng.randint(*family.meetings)
    n_sessions = rng.randint(*family.sessions)
    per_session = rng.randint(*family.slots_per_session)
    first_day = datetime(2026, 5, 12, tzinfo=UTC)

    sessions_spec: list[tuple[str, bool]] = []  # (session id, morning?)
    slots: list[Slot] = []
    for n in range(n_sessions):
        day = first_day + timedelta(days=n // 2)
        am = n % 2 == 0
        sid = f"d{n // 2 + 1}{'am' if am else 'pm'}"
        sessions_spec.append((sid, am))
        slots += _session_slots(day, am, per_session, sid)
    morning = {sid for sid, am in sessions_spec if am}
    afternoon = {sid for sid, am in sessions_spec if not am}
    slot_session = {s.id: s.session_id for s in slots}
    last_end = slots[-1].end

    # People: delegates (who ask) and hosts (who are asked); a few hosts are in demand.
    n_delegates = n_people * rng.randint(45, 55) // 100
    people = [f"p{k:02d}" for k in range(n_people)]
    delegates, hosts = people[:n_delegates], people[n_delegates:]
    names: dict[str, str] = {}
    used_names: set[str] = set()
    for pid in people:
        while True:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if name not in used_names:
                break
        used_names.add(name)
        names[pid] = name

    # Forbidden slots: late arrival, early departure, own talk (one or two slots).
    availability: dict[str, tuple[tuple[datetime, datetime], ...]] = {}
    busy: dict[str, tuple[BusyInterval, ...]] = {}
    forbidden: dict[str, set[str]] = {pid: set() for pid in people}
    for pid in people:
        roll = rng.random()
        if roll < 0.15:  # arrives during the first day
            arrive = rng.choice(slots[1 : 2 * per_session]).start
            availability[pid] = ((arrive, last_end + timedelta(days=1)),)
        elif roll < 0.25:  # leaves before the end
            leave = rng.choice(slots[-2 * per_session : -1]).end
            availability[pid] = ((first_day, leave),)
        if rng.random() < 0.3:
            k = rng.randrange(len(slots) - 1)
            length = rng.choice((1, 2))
            if slots[k].session_id != slots[k + 1].session_id:
                length = 1
            start, end = slots[k].start, slots[k + length - 1].end
            busy[pid] = (BusyInterval(start, end, VENUE, "talk"),)
        for s in slots:
            window = availability.get(pid)
            if window and not any(a <= s.start and s.end <= b for a, b in window):
                forbidden[pid].add(s.id)
            for item in busy.get(pid, ()):
                if item.start < s.end and s.start < item.end:
                    forbidden[pid].add(s.id)

    # Plant the meetings: a (delegate, host) pair, then a slot both are free in.
    popularity = [rng.choice((1, 1, 1, 2, 4)) for _ in hosts]
    booked: dict[str, set[str]] = {pid: set() for pid in people}
    per_slot: dict[str, int] = {s.id: 0 for s in slots}
    tables = family.tables or 10_000
    planted: list[tuple[tuple[str, ...], tuple[str, ...], str]] = []
    planted_language: list[str | None] = []
    pairs: set[tuple[str, str]] = set()
    attempts = 0
    while len(planted) < n_meetings and attempts < 50 * n_meetings:
        attempts += 1
        delegate = rng.choice(delegates)
        host = rng.choices(hosts, popularity)[0]
        if (delegate, host) in pairs:
            continue
        requesters: tuple[str, ...] = (delegate,)
        if rng.random() < 0.1:  # a colleague from the same company joins
            colleague = rng.choice(delegates)
            if colleague != delegate:
                requesters = (delegate, colleague)
        who = (*requesters, host)
        language = None
        if family.interpreters and lang_rng.random() < family.interpreted:
            language = lang_rng.choices(codes, weights)[0]

        def interpreter_free(sid: str, language: str | None = language) -> int | None:
            """An interpreter of ``language`` not yet planted at ``sid`` (-1: none needed)."""
            if language is None:
                return -1
            used = interpreting.get(sid, set())
            return next((k for k in interpreters
                         if language in family.interpreters[k] and k not in used), None)

        open_slots = [
            s.id
            for s in slots
            if per_slot[s.id] < tables
            and all(s.id not in forbidden[p] and s.id not in booked[p] for p in who)
            and interpreter_free(s.id) is not None
        ]
        if not open_slots:
            continue
        sid = rng.choice(open_slots)
        pairs.add((delegate, host))
        per_slot[sid] += 1
        for p in who:
            booked[p].add(sid)
        taken = interpreter_free(sid)
        if taken is not None and taken >= 0:
            interpreting.setdefault(sid, set()).add(taken)
        planted.append((requesters, (host,), sid))
        planted_language.append(language)
    table_count = family.tables or max(per_slot.values()) + rng.randint(0, 2)

    requests: list[Request] = []
    locks: list[Lock] = []
    tables_used: dict[str, int] = {s.id: 0 for s in slots}
    for n, (requesters, targets, sid) in enumerate(planted):
        rid = f"m{n:03d}"
        session = slot_session[sid]
        allowed = None
        roll = rng.random()
        if roll < 0.15:
            allowed = frozenset(morning if session in morning else afternoon)
        requests.append(Request(rid, requesters, targets, 1, allowed,
                                interpreter=planted_language[n]))
        if rng.random() < 0.05:  # already fixed by the leader
            tables_used[sid] += 1
            locks.append(Lock(rid, sid, tables_used[sid]))

    impossible = 0
    if family.overloaded:
        # A late arrival with a morning-only wish list longer than their free mornings.
        candidates = [p for p in hosts if not booked[p]] or hosts
        for pid in rng.sample(candidates, min(family.overloaded, len(candidates))):
            arrive = slots[-1 - (per_session if n_sessions % 2 == 0 else 0)].start
            morning_free = [
                s
                for s in slots
                if s.session_id in morning and s.start >= arrive
            ]
            availability[pid] = ((arrive, last_end + timedelta(days=1)),)
            busy.pop(pid, None)
            # Drop the person's planted meetings: they now arrive too late for them.
            requests = [r for r in requests if pid not in r.people]
            locks = [lk for lk in locks if lk.request_id in {r.id for r in requests}]
            extra = len(morning_free) + 2
            partners = rng.sample([d for d in delegates if d != pid], extra)
            for k, partner in enumerate(partners):
                requests.append(
                    Request(f"x{pid}-{k}", (partner,), (pid,), 1, frozenset(morning))
                )
            impossible += 2

    participants = tuple(
        Participant(pid, availability.get(pid, ()), busy.get(pid, ()), name=names[pid])
        for pid in people
    )
    problem = Problem(
        sessions=tuple(Session(sid, table_count, VENUE) for sid, _ in sessions_spec),
        slots=tuple(slots),
        participants=participants,
        requests=tuple(requests),
        locks=tuple(locks),
        interpreters=tuple(
            Interpreter(f"i{k}", frozenset(langs), name=f"Interpreter {k + 1}")
            for k, langs in enumerate(family.interpreters)
        ),
    )
    return Instance(family.name, seed, problem, impossible, names)
