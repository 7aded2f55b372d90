"""Interpreters as a shared resource of the scheduler: at any moment, the meetings that need
an interpreter never need more of them (per language, and for multilingual interpreters as a
matching) than are there; when that leaves requests out, the warning says so in words."""

from __future__ import annotations

import random

from biox_desktop.core.scheduler import (
    Interpreter,
    Lock,
    Participant,
    Problem,
    Request,
    Session,
    Slot,
    schedule,
)
from tests.core.test_scheduler import at, check_schedule, event, interpreters_suffice


def named(requests: list[Request]) -> list[Participant]:
    ids = sorted({p for r in requests for p in r.people})
    return [Participant(pid, name=f"Person {pid.upper()}") for pid in ids]


def meetings(n: int, lang: str | None, prefix: str = "r", priority: int = 1) -> list[Request]:
    return [Request(f"{prefix}{k}", (f"{prefix}d{k}",), (f"{prefix}h{k}",), priority,
                    interpreter=lang) for k in range(n)]


EMI = Interpreter("emi", {"ja", "en"}, name="Sasaki Emi")
KEN = Interpreter("ken", {"ja"}, name="Ken Mori")
LI = Interpreter("li", {"zh", "ja"}, name="Li Wei")


def test_two_japanese_interpreters_take_two_meetings_per_slot() -> None:
    requests = meetings(4, "ja")
    problem = event(requests, slots=2, tables=5, participants=named(requests),
                    interpreters=(EMI, KEN))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert result.scheduled_count == 4 and result.optimal
    per_slot = sorted(sum(a.slot_id == s for a in result.assignments) for s in ("s0", "s1"))
    assert per_slot == [2, 2]


def test_too_many_meetings_for_the_interpreters_at_nine_are_named() -> None:
    requests = meetings(3, "ja")
    problem = event(requests, slots=1, tables=5, participants=named(requests),
                    interpreters=(EMI, KEN))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert result.scheduled_count == 2
    (warning,) = result.warnings
    assert warning.startswith(
        "3 meetings need an interpreter for Japanese at 2026-05-12 09:00, with 2 interpreter(s) there: ")
    assert "Person RD0 with Person RH0" in warning
    (left,) = result.unscheduled
    assert "interpreters for Japanese are busy" in left.reason


def test_a_clash_over_several_slots_is_explained_by_the_solver_in_words() -> None:
    # Five Japanese meetings, two slots, two interpreters: one is left; each meeting could be
    # in either slot, so only the solver proves it (no single moment is overbooked by itself).
    requests = meetings(5, "ja")
    problem = event(requests, slots=2, tables=5, participants=named(requests),
                    interpreters=(EMI, KEN))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert result.scheduled_count == 4
    assert any(w.startswith("5 meetings need an interpreter for Japanese at "
                            "2026-05-12 09:00, 2026-05-12 09:30, with 2 interpreter(s) there")
               for w in result.warnings), result.warnings


def test_a_multilingual_interpreter_is_counted_once() -> None:
    # Li speaks Chinese and Japanese, Ken only Japanese: two Japanese meetings and one
    # Chinese one at 9:00 need three interpreters, although each language alone has room.
    requests = [*meetings(2, "ja"), *meetings(1, "zh", prefix="c", priority=3)]
    problem = event(requests, slots=1, tables=5, participants=named(requests),
                    interpreters=(LI, KEN))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    met = {a.request_id for a in result.assignments}
    assert len(met) == 2 and "c0" in met  # the heavier Chinese meeting wins one of them


def test_any_language_takes_whoever_is_free() -> None:
    requests = [*meetings(1, "any", prefix="a"), *meetings(1, "ja")]
    problem = event(requests, slots=1, tables=5, participants=named(requests),
                    interpreters=(EMI, LI))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert result.scheduled_count == 2
    one = event(requests, slots=1, tables=5, participants=named(requests), interpreters=(EMI,))
    result = schedule(one, time_limit_s=10, workers=1)
    check_schedule(one, result)
    assert result.scheduled_count == 1
    assert any(w.startswith("2 meetings need an interpreter for any language / Japanese at "
                            "2026-05-12 09:00, with 1 interpreter(s) there") for w in result.warnings), result.warnings


def test_without_interpreters_needs_are_not_limited() -> None:
    requests = meetings(4, "ja")
    problem = event(requests, slots=1, tables=5, participants=named(requests))
    result = schedule(problem, time_limit_s=10, workers=1)
    assert result.scheduled_count == 4 and not result.warnings


def test_an_interpreter_who_leaves_at_half_past_nine_is_not_counted_after() -> None:
    requests = meetings(2, "ja")
    half = Interpreter("emi", {"ja"}, ((at(8), at(9, 30)),), name="Sasaki Emi")
    problem = event(requests, slots=3, tables=5, participants=named(requests),
                    interpreters=(half,))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert [a.slot_id for a in result.assignments] == ["s0"]
    (left,) = result.unscheduled
    assert left.reason == "the interpreters for Japanese are busy in every slot its people could meet"
    # Nobody for Korean at all: the request says so.
    korean = [Request("k", ("kd",), ("kh",), interpreter="ko")]
    problem = event(korean, slots=1, participants=named(korean), interpreters=(half,))
    (left,) = schedule(problem, time_limit_s=5, workers=1).unscheduled
    assert left.reason == "no interpreter for Korean is free when its people are"


def test_kept_meetings_use_their_interpreters_first() -> None:
    requests = meetings(3, "ja")
    locks = (Lock("r0", "s0", 1), Lock("r1", "s0", 2))
    problem = event(requests, slots=2, tables=5, participants=named(requests), locks=locks,
                    interpreters=(EMI, KEN))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert {a.request_id: a.slot_id for a in result.assignments}["r2"] == "s1"
    # Kept meetings beyond the interpreters are kept, with a warning.
    problem = event(requests, slots=2, tables=5, participants=named(requests),
                    locks=(*locks, Lock("r2", "s0", 3)), interpreters=(EMI,))
    result = schedule(problem, time_limit_s=10, workers=1)
    assert result.scheduled_count == 3
    assert result.warnings == (
        "3 meetings need an interpreter for Japanese at 2026-05-12 09:00, with 1 interpreter(s) there",)


def test_overlapping_sessions_share_the_interpreters() -> None:
    # A 30-minute session and a 20-minute one side by side: an interpreter in one is not free
    # in the other while both run.
    slots = (Slot("a0", "long", at(9), at(9, 30)), Slot("a1", "long", at(9, 30), at(10)),
             Slot("b0", "short", at(9, 10), at(9, 30)))
    requests = [Request("x", ("d1",), ("h1",), 2, interpreter="ja"),
                Request("y", ("d2",), ("h2",), 1, interpreter="ja",
                        allowed_sessions=frozenset({"short"}))]
    problem = Problem((Session("long", 3, "hall"), Session("short", 3, "hall")), slots,
                      tuple(named(requests)), tuple(requests), interpreters=(KEN,))
    result = schedule(problem, time_limit_s=10, workers=1)
    check_schedule(problem, result)
    assert {a.request_id: a.slot_id for a in result.assignments} == {"x": "a1", "y": "b0"}


def test_a_busy_event_keeps_the_limits_through_every_stage() -> None:
    """Many requests, few interpreters: the class model, spreading, the slot model and the
    local search all run; the result never overbooks the interpreters."""
    rng = random.Random(11)
    people = [Participant(f"p{n}", name=f"P{n}") for n in range(40)]
    requests = []
    for n in range(120):
        a, b = rng.sample(range(40), 2)
        lang = rng.choice((None, None, "ja", "ja", "zh", "any"))
        requests.append(Request(f"r{n}", (f"p{a}",), (f"p{b}",), rng.randint(1, 5),
                                interpreter=lang))
    problem = event(requests, slots=8, tables=8, participants=people,
                    interpreters=(EMI, KEN, LI))
    result = schedule(problem, time_limit_s=6, workers=1)
    check_schedule(problem, result)
    slots = {s.id: s for s in problem.slots}
    by_id = {r.id: r for r in requests}
    placed = [(by_id[a.request_id], slots[a.slot_id]) for a in result.assignments]
    assert interpreters_suffice(problem, placed)
    needing = [r for r, _ in placed if r.interpreter]
    assert len(needing) >= 8 * 2  # the interpreters are really used, not avoided
    assert all(len([r for r, s in placed if r.interpreter and s.start == t]) <= 3
               for t in {s.start for s in slots.values()})
