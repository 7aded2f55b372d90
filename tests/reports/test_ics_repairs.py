"""Issue 13 item 6: calendars other programs accept, cancelled events, dates far from the
mission. Each test fails on the importer as it was (refused, or imported silently)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biox_desktop.reports.ics import (
    CalendarEvent,
    IcsImportError,
    NotAProgrammeError,
    build_calendar,
    parse_programme,
)

WINDOW = (datetime(2027, 6, 7, tzinfo=UTC), datetime(2027, 6, 26, tzinfo=UTC))


def _ics(*body: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\nVERSION:2.0\r\n" + "\r\n".join(body)
            + "\r\nEND:VCALENDAR\r\n").encode()


def _event(*lines: str, uid: str = "u1", stamp: str = "DTSTAMP:20270101T000000Z") -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", stamp, *lines, "END:VEVENT"])


def _parse(data: bytes, **kw: object):
    return parse_programme(data, source_name="t.ics", default_tz="Asia/Shanghai", **kw)


# --- cancelled events ------------------------------------------------------------------------

def test_a_single_cancelled_event_is_not_a_live_programme_item() -> None:
    data = _ics(_event("DTSTART:20270615T010000Z", "DTEND:20270615T020000Z",
                       "SUMMARY:Gala dinner", "STATUS:CANCELLED", uid="gala"),
                _event("DTSTART:20270615T030000Z", "DTEND:20270615T040000Z",
                       "SUMMARY:Site visit", uid="visit"))
    programme = _parse(data, window=WINDOW)
    assert [e.title for e in programme.events] == ["Site visit"]
    assert [e.uid for e in programme.cancelled] == ["gala"]
    assert any("'Gala dinner'" in w and "cancelled" in w for w in programme.warnings)


def test_a_cancelled_series_is_cancelled_in_every_occurrence() -> None:
    data = _ics(_event("DTSTART:20270614T010000Z", "DTEND:20270614T020000Z",
                       "RRULE:FREQ=DAILY;COUNT=3", "SUMMARY:Breakfast briefing",
                       "STATUS:CANCELLED", uid="brief"))
    programme = _parse(data, window=WINDOW)
    assert programme.events == ()
    assert len(programme.cancelled) == 3


# --- TZIDs written with a trailing space -------------------------------------------------------

_SHANGHAI_VTIMEZONE = ("BEGIN:VTIMEZONE\r\nTZID:China Standard Time \r\nBEGIN:STANDARD\r\n"
                       "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n"
                       "END:STANDARD\r\nEND:VTIMEZONE")


@pytest.mark.parametrize("reference", ['"China Standard Time "', "China Standard Time",
                                       "China Standard Time "])
def test_a_tzid_defined_with_a_trailing_space_is_found(reference: str) -> None:
    data = _ics(_SHANGHAI_VTIMEZONE,
                _event(f"DTSTART;TZID={reference}:20270615T090000",
                       f"DTEND;TZID={reference}:20270615T100000", "SUMMARY:Opening"))
    [event] = _parse(data, window=WINDOW).events
    assert event.start_utc == datetime(2027, 6, 15, 1, tzinfo=UTC)


# --- repeating events far from the mission -----------------------------------------------------

def test_a_series_with_no_occurrence_in_the_window_says_so() -> None:
    data = _ics(_event("DTSTART:20200106T010000Z", "DTEND:20200106T020000Z",
                       "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Weekly call"))
    with pytest.raises(NotAProgrammeError) as caught:
        _parse(data, window=WINDOW)
    message = str(caught.value)
    assert "no occurrence between 2027-06-07 and 2027-06-25" in message
    assert "contains nothing" not in message


def test_an_empty_calendar_still_contains_nothing() -> None:
    with pytest.raises(NotAProgrammeError, match="contains nothing"):
        _parse(_ics("X-WR-CALNAME:Empty"), window=WINDOW)


def test_a_series_outside_the_window_beside_other_events_is_a_warning() -> None:
    data = _ics(_event("DTSTART:20200106T010000Z", "DTEND:20200106T020000Z",
                       "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Weekly call", uid="call"),
                _event("DTSTART:20270615T030000Z", "DTEND:20270615T040000Z",
                       "SUMMARY:Site visit", uid="visit"))
    programme = _parse(data, window=WINDOW)
    assert [e.title for e in programme.events] == ["Site visit"]
    assert any("'Weekly call'" in w and "no occurrence between" in w
               for w in programme.warnings)


# --- repairs of what other calendar programs accept --------------------------------------------

def test_a_dtstamp_that_is_not_utc_is_accepted_with_a_warning() -> None:
    data = _ics(_event("DTSTART:20270615T010000Z", "CREATED:20270101T120000",
                       "SUMMARY:Opening", stamp="DTSTAMP:20270101T120000"))
    programme = _parse(data)
    assert len(programme.events) == 1
    assert any("DTSTAMP" in w and "UTC" in w for w in programme.warnings)
    assert any("CREATED" in w for w in programme.warnings)


def test_a_malformed_dtstamp_is_still_refused() -> None:
    with pytest.raises(IcsImportError, match="DTSTAMP"):
        _parse(_ics(_event("DTSTART:20270615T010000Z", stamp="DTSTAMP:2006717T080000Z")))


def test_blank_lines_between_components_are_ignored_with_a_warning() -> None:
    data = _ics("", _event("DTSTART:20270615T010000Z", "SUMMARY:One", uid="a"), "",
                _event("DTSTART:20270616T010000Z", "SUMMARY:Two", uid="b"), "")
    programme = _parse(data)
    assert [e.title for e in programme.events] == ["One", "Two"]
    assert any("3 empty lines" in w and "line 4" in w for w in programme.warnings)


def test_a_space_before_a_value_is_accepted_with_a_warning() -> None:
    data = _ics(_event("DTSTART;TZID=Asia/Shanghai: 20270615T090000",
                       "DTEND:  20270615T020000Z", "STATUS: CONFIRMED", "SUMMARY: Opening"))
    programme = _parse(data)
    [event] = programme.events
    assert event.start_utc == datetime(2027, 6, 15, 1, tzinfo=UTC)
    assert event.title == " Opening" or event.title == "Opening"
    assert any("space" in w and "DTSTART" in w for w in programme.warnings)


def test_a_blank_line_inside_an_event_is_ignored_with_a_warning() -> None:
    data = _ics(_event("DTSTART:20270615T010000Z", "", "SUMMARY:Opening"))
    programme = _parse(data)
    assert [e.title for e in programme.events] == ["Opening"]
    assert any("1 empty lines ignored (first at line 8)" in w for w in programme.warnings)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(15, 600)), min_size=1, max_size=4),
       st.sampled_from(["Asia/Shanghai", "Europe/Rome", "America/Sao_Paulo"]),
       st.booleans(), st.booleans(), st.booleans())
def test_repairs_never_move_an_event(slots: list[tuple[int, int]], tzid: str, blank: bool,
                                     spaced: bool, local_stamp: bool) -> None:
    """What the repair pass accepts reads as the same events as the clean file."""
    events = [CalendarEvent(id=UUID(int=i + 1), title=f"Session {i}",
                            start_utc=datetime(2027, 6, 14, tzinfo=UTC) + timedelta(hours=h),
                            end_utc=datetime(2027, 6, 14, tzinfo=UTC) + timedelta(hours=h,
                                                                                minutes=m))
              for i, (h, m) in enumerate(slots)]
    clean = build_calendar(events, calendar_name="c", tzid=tzid,
                           now=datetime(2027, 1, 1, tzinfo=UTC))
    messy = clean.decode()
    if blank:
        messy = messy.replace("END:VEVENT\r\n", "END:VEVENT\r\n\r\n")
    if spaced:
        messy = re.sub(r"(?m)^(DTSTART[^:\r\n]*):", r"\1: ", messy)
    if local_stamp:
        messy = re.sub(r"(?m)^DTSTAMP:(\d{8}T\d{6})Z", r"DTSTAMP:\1", messy)
    expected = _parse(clean)
    repaired = _parse(messy.encode())
    assert repaired.events == expected.events
    # Each repair is said: more warnings exactly when something was repaired.
    extra = len(repaired.warnings) - len(expected.warnings)
    assert (extra > 0) == (blank or spaced or local_stamp)
