"""The agenda's interpreter check: meetings at one moment never need more interpreters than the
roster has there, counted as a matching (a bilingual interpreter serves one meeting at a time)."""

from __future__ import annotations

import datetime as dt

from biox_desktop.core.agenda import (
    InterpreterNeed,
    InterpreterOnRoster,
    find_interpreter_conflicts,
)

NINE = dt.datetime(2027, 5, 11, 0, 0, tzinfo=dt.UTC)  # 09:00 in Osaka


def need(mid: str, language: str, minutes: int = 0, length: int = 30) -> InterpreterNeed:
    start = NINE + dt.timedelta(minutes=minutes)
    return InterpreterNeed(mid, f"Meeting {mid}", start, start + dt.timedelta(minutes=length),
                           "Asia/Tokyo", language)


EMI = InterpreterOnRoster("emi", "Sasaki Emi", frozenset({"ja", "en"}))
LI = InterpreterOnRoster("li", "Li Wei", frozenset({"zh", "ja"}))


def test_no_interpreter_on_the_roster_is_not_judged() -> None:
    assert find_interpreter_conflicts([need("a", "ja"), need("b", "ja")], []) == []


def test_the_one_interpreter_in_two_overlapping_meetings_is_named() -> None:
    (c,) = find_interpreter_conflicts([need("a", "ja"), need("b", "ja", 15)], [EMI],
                                      home_zone="Europe/Paris")
    assert (c.kind, c.person_id, c.ids) == ("interpreters", "emi", ("a", "b"))
    assert c.message == ("Sasaki Emi, the only interpreter for Japanese, is needed for "
                         "“Meeting a”, “Meeting b” at the same time (Tue 11 May 09:15).")
    # Back to back is fine.
    assert find_interpreter_conflicts([need("a", "ja"), need("b", "ja", 30)], [EMI]) == []


def test_a_bilingual_interpreter_serves_one_meeting_at_a_time() -> None:
    # Japanese has two interpreters and Chinese one, but Li cannot do both at once.
    needs = [need("a", "ja"), need("b", "ja"), need("c", "zh")]
    (c,) = find_interpreter_conflicts(needs, [EMI, LI])
    assert set(c.ids) == {"a", "b", "c"} and c.person_id == ""
    assert c.message.startswith("3 meetings need an interpreter for Japanese / Chinese at ")
    assert c.message.endswith("with 2 interpreter(s) there: “Meeting a”, “Meeting b”, "
                              "“Meeting c”.")
    assert find_interpreter_conflicts(needs[1:], [EMI, LI]) == []


def test_any_language_and_interpreters_who_are_not_there_yet() -> None:
    assert find_interpreter_conflicts([need("a", "any"), need("b", "ja")], [EMI, LI]) == []
    late = InterpreterOnRoster("li", "Li Wei", frozenset({"zh"}),
                               arrival=NINE + dt.timedelta(hours=2))
    (c,) = find_interpreter_conflicts([need("c", "zh")], [EMI, late])
    assert c.message.startswith("No interpreter for Chinese on the roster is there for "
                                "“Meeting c”")
    assert find_interpreter_conflicts([need("c", "zh", 180)], [EMI, late]) == []
