"""Agenda rules: shown times across DST (São Paulo, Sydney vs Europe), slots, conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from biox_desktop.core.agenda import (
    AgendaItemInput,
    AgendaItemView,
    Engagement,
    b2b_slots,
    find_conflicts,
    local_to_utc,
    shown_time,
    time_range_text,
    validate_item,
)
from biox_desktop.core.validation import ValidationError

UTC = dt.UTC


def _shown(day: dt.date, hhmm: str, local: str, home: str) -> tuple[str, str]:
    h, m = map(int, hhmm.split(":"))
    s = shown_time(local_to_utc(day, dt.time(h, m), local), local, home)
    return s.local_text(), s.home_text()


@pytest.mark.parametrize(("day", "home_text"), [
    # Paris leaves summer time on 25 Oct 2026; São Paulo has kept -03 all year since 2019.
    (dt.date(2026, 10, 24), "15:00"),
    (dt.date(2026, 10, 26), "14:00"),
    # 2018: São Paulo started summer time on 4 Nov (00:00 -> 01:00); Paris was already on CET.
    (dt.date(2018, 11, 3), "14:00"),
    (dt.date(2018, 11, 5), "13:00"),
])
def test_sao_paulo_local_and_home_time_across_dst(day: dt.date, home_text: str) -> None:
    assert _shown(day, "10:00", "America/Sao_Paulo", "Europe/Paris") == ("10:00", home_text)


@pytest.mark.parametrize(("day", "home_text"), [
    # Sydney AEDT (+11) and Paris CET (+1): 10 h apart.
    (dt.date(2026, 3, 27), "00:00"),
    # Paris moves to CEST on 29 Mar: 9 h apart.
    (dt.date(2026, 3, 31), "01:00"),
    # Sydney back to AEST (+10) on 5 Apr: 8 h apart.
    (dt.date(2026, 4, 7), "02:00"),
    # Sydney to AEDT on 4 Oct, Paris still CEST until 25 Oct: 9 h apart.
    (dt.date(2026, 10, 6), "01:00"),
    # Paris to CET: 10 h; the home date is the day before.
    (dt.date(2026, 10, 27), "00:00"),
])
def test_sydney_local_and_home_time_across_dst(day: dt.date, home_text: str) -> None:
    assert _shown(day, "10:00", "Australia/Sydney", "Europe/Paris") == ("10:00", home_text)


def test_home_day_shift_is_shown() -> None:
    start = local_to_utc(dt.date(2026, 3, 27), dt.time(8, 0), "Australia/Sydney")
    s = shown_time(start, "Australia/Sydney", "Europe/Paris")
    assert s.home_day_shift == -1
    assert s.home_text() == "22:00 −1d"
    assert time_range_text(start, start + dt.timedelta(minutes=30), "Australia/Sydney",
                           "Europe/Paris") == "08:00–08:30 (home 22:00 −1d–22:30 −1d)"


def test_spring_forward_wall_time_in_the_gap_is_read_before_the_change() -> None:
    # 02:30 does not exist in Paris on 29 Mar 2026; zoneinfo reads it with the +01 offset.
    moment = local_to_utc(dt.date(2026, 3, 29), dt.time(2, 30), "Europe/Paris")
    assert moment == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def _item(**kw: object) -> AgendaItemView:
    base = dict(id="s", mission_id="m", kind="b2b", title="B2B", timezone="Asia/Tokyo",
                starts_at=dt.datetime(2026, 5, 1, 0, 0, tzinfo=UTC),
                ends_at=dt.datetime(2026, 5, 1, 3, 0, tzinfo=UTC), venue_id=None, venue_name="",
                venue_address="", description="", whole_delegation=True, participant_ids=(),
                slot_minutes=30, table_count=5, breaks=(), ics_uid=None)
    base.update(kw)
    return AgendaItemView(**base)  # type: ignore[arg-type]


def test_b2b_slots_skip_breaks() -> None:
    brk = (dt.datetime(2026, 5, 1, 1, 0, tzinfo=UTC), dt.datetime(2026, 5, 1, 1, 30, tzinfo=UTC))
    slots = b2b_slots(_item(breaks=(brk,)))
    assert len(slots) == 5
    assert all(not (a < brk[1] and brk[0] < b) for a, b in slots)
    assert b2b_slots(_item(kind="conference")) == []


def test_validate_item_lists_every_problem() -> None:
    with pytest.raises(ValidationError) as err:
        validate_item(AgendaItemInput(kind="b2b", title=" ", starts_at=None,
                                      ends_at=dt.datetime(2026, 1, 1), timezone="Mars/Base",
                                      slot_minutes=0, table_count=0))
    fields = {e.field for e in err.value.errors}
    assert {"title", "timezone", "starts_at", "ends_at", "slot_minutes",
            "table_count"} <= fields


def _at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, 1, h, m, tzinfo=UTC)


def test_conflicts_double_booking_travel_and_stay() -> None:
    engagements = {
        "p": [
            Engagement("m1", "Meeting A", _at(1), _at(1, 30), "kc", "Asia/Tokyo"),
            Engagement("m2", "Meeting B", _at(1, 15), _at(1, 45), "kc", "Asia/Tokyo"),
            Engagement("v", "Kobe visit", _at(2), _at(4), "kobe", "Asia/Tokyo", personal=False),
            Engagement("m3", "Late meeting", _at(9), _at(9, 30), "kc", "Asia/Tokyo"),
        ],
        # Two whole-delegation items overlapping are parallel tracks, not a clash.
        "q": [
            Engagement("t1", "Track 1", _at(1), _at(2), "kc", "Asia/Tokyo", personal=False),
            Engagement("t2", "Track 2", _at(1), _at(2), "kc", "Asia/Tokyo", personal=False),
        ],
    }
    conflicts = find_conflicts(
        engagements, names={"p": "Ana"}, travel={("kc", "kobe"): 55},
        stays={"p": (None, _at(8))}, home_zone="Europe/Paris")
    kinds = sorted((c.kind, c.ids) for c in conflicts)
    assert kinds == [("double_booked", ("m1", "m2")), ("outside_stay", ("m3",)),
                     ("travel", ("m1", "v")), ("travel", ("m2", "v"))]
    travel = next(c for c in conflicts if c.ids == ("m2", "v"))
    assert "15 min" in travel.message and "55 min" in travel.message
