"""The slot × table grid of a B2B session and where a meeting may go, as plain data."""

from __future__ import annotations

import datetime as dt

from biox_desktop.core.agenda import AgendaItemView, MeetingPerson, MeetingView
from biox_desktop.core.agenda_grid import (
    drop_problem,
    free_cells,
    off_slot_problem,
    session_grid,
)

UTC = dt.UTC
T0 = dt.datetime(2027, 6, 14, 0, 0, tzinfo=UTC)  # 09:00 in Tokyo


def _session(**kw) -> AgendaItemView:  # type: ignore[no-untyped-def]
    values = dict(id="s", mission_id="m", kind="b2b", title="Partnering",
                  starts_at=T0, ends_at=T0 + dt.timedelta(hours=3), timezone="Asia/Tokyo",
                  venue_id="v", venue_name="Hall", venue_address="", description="",
                  whole_delegation=True, participant_ids=(), slot_minutes=30, table_count=3,
                  breaks=(), ics_uid=None)
    values.update(kw)
    return AgendaItemView(**values)  # type: ignore[arg-type]


def _meeting(mid: str, slot: int, table: int | None, *people: tuple[str, str],
             status: str = "draft") -> MeetingView:
    start = T0 + dt.timedelta(minutes=30 * slot)
    return MeetingView(
        id=mid, mission_id="m", request_id=None, agenda_item_id="s", venue_id="v",
        venue_name="Hall", venue_address="", title=mid, starts_at=start,
        ends_at=start + dt.timedelta(minutes=30), timezone="Asia/Tokyo", table_number=table,
        status=status, locked=False, interpreter_needed=False, outcome=None, outcome_note="",
        changed_since_publish=False,
        participants=tuple(MeetingPerson(pid, name, "", side)
                           for (pid, name), side in zip(people, ("delegation", "guest"),
                                                        strict=False)))


ANNA, EMI, JONAS, SEO = ("a", "Anna Weiß"), ("e", "佐々木恵美"), ("j", "Jonas"), ("s", "박서준")


def test_meetings_sit_in_their_cells_and_odd_ones_are_off_the_grid() -> None:
    pause = (T0 + dt.timedelta(minutes=60), T0 + dt.timedelta(minutes=90))
    session = _session(breaks=(pause,))
    a = _meeting("a", 0, 1, ANNA, EMI)
    odd = _meeting("odd", 0, None, JONAS, SEO)
    grid = session_grid(session, [a, odd, _meeting("c", 1, 2, JONAS, SEO, status="cancelled")])
    assert [r.is_break for r in grid.rows] == [False, False, True, False, False, False]
    assert grid.placed == {(0, 0): a} and grid.off_grid == (odd,)


def test_drop_problems_say_why_in_words() -> None:
    pause = (T0 + dt.timedelta(minutes=60), T0 + dt.timedelta(minutes=90))
    session = _session(breaks=(pause,))
    a = _meeting("a", 0, 1, ANNA, EMI)
    b = _meeting("b", 1, 1, JONAS, SEO)
    c = _meeting("c", 3, 2, ANNA, SEO)
    meetings = [a, b, c]
    grid = session_grid(session, meetings)
    assert drop_problem(grid, a, 1, 0, meetings) == "Table 1 is taken at 09:30 by Jonas × 박서준."
    assert drop_problem(grid, a, 1, 1, meetings) is None
    assert drop_problem(grid, a, 2, 1, meetings) == "10:00–10:30 is a break."
    assert drop_problem(grid, a, 3, 0, meetings) == "Anna Weiß is busy at 10:30 with 박서준."
    assert drop_problem(grid, a, 9, 0, meetings) == "That is outside the session “Partnering”."
    assert drop_problem(grid, a, 0, 3, meetings) == "That is outside the session “Partnering”."
    # A programme item naming a participant makes them busy too.
    visit = _session(id="visit", kind="site_visit", title="Lab visit",
                     starts_at=T0 + dt.timedelta(minutes=120),
                     ends_at=T0 + dt.timedelta(minutes=150), participant_ids=("e",))
    assert drop_problem(grid, a, 4, 2, meetings, [visit]) == \
        "佐々木恵美 is busy at 11:00 with “Lab visit”."
    free = free_cells(grid, a, meetings, [visit])
    assert (0, 0) in free and (1, 1) in free and (1, 0) not in free
    assert not any(r in (2, 3, 4) for r, _c in free)


def test_a_start_off_the_slots_is_named_with_the_nearest_slot() -> None:
    pause = (T0 + dt.timedelta(minutes=60), T0 + dt.timedelta(minutes=90))
    session = _session(breaks=(pause,))
    assert off_slot_problem(session, T0 + dt.timedelta(minutes=30)) is None
    assert off_slot_problem(session, T0 + dt.timedelta(minutes=9)) == (
        "Meetings of “Partnering” start on its 30-minute slots: 09:09 is not one "
        "(the nearest is 09:00).")
    assert off_slot_problem(session, T0 + dt.timedelta(minutes=60)) == (
        "10:00 is in a break of “Partnering”.")
    assert off_slot_problem(_session(slot_minutes=None), T0 + dt.timedelta(minutes=9)) is None
