"""ICS import (DST, recurrence, errors) and export (round trip through icalendar)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biox_desktop.reports.ics import (
    CalendarEvent,
    CalendarPerson,
    IcsImportError,
    NotAProgrammeError,
    build_calendar,
    parse_programme,
)


def _ics(*body: str, head: str = "PRODID:-//test//EN\nVERSION:2.0") -> bytes:
    return ("BEGIN:VCALENDAR\n" + head + "\n" + "\n".join(body) + "\nEND:VCALENDAR\n").encode()


def _event(*lines: str, uid: str = "u1") -> str:
    return "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20240101T000000Z", *lines,
                      "END:VEVENT"])


def _parse(data: bytes, **kw: object):
    return parse_programme(data, source_name="t.ics", default_tz="Europe/Brussels", **kw)


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- DST -------------------------------------------------------------------------------------


def test_sao_paulo_2018_dst_start_without_vtimezone() -> None:
    # Brazil's last DST began on 4 Nov 2018 (00:00 -> 01:00, UTC-3 -> UTC-2).
    data = _ics(
        _event("DTSTART;TZID=America/Sao_Paulo:20181103T100000",
               "DTEND;TZID=America/Sao_Paulo:20181103T110000", "SUMMARY:Before", uid="a"),
        _event("DTSTART;TZID=America/Sao_Paulo:20181105T100000",
               "DTEND;TZID=America/Sao_Paulo:20181105T110000", "SUMMARY:After", uid="b"),
    )
    before, after = _parse(data).events
    assert before.start_utc == _utc(2018, 11, 3, 13)
    assert after.start_utc == _utc(2018, 11, 5, 12)
    assert before.tz == after.tz == "America/Sao_Paulo"


def test_sao_paulo_daily_series_keeps_wall_clock_across_dst() -> None:
    data = _ics(_event("DTSTART;TZID=America/Sao_Paulo:20181102T090000",
                       "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=5", "SUMMARY:Daily"))
    starts = [e.start_utc for e in _parse(data).events]
    local = [s.astimezone(ZoneInfo("America/Sao_Paulo")).hour for s in starts]
    assert local == [9] * 5
    assert [s.hour for s in starts] == [12, 12, 11, 11, 11]
    assert len({e.recurrence_id_utc for e in _parse(data).events}) == 5


@pytest.mark.parametrize(
    ("local", "expected_utc"),
    [
        ("20240406T100000", _utc(2024, 4, 5, 23)),  # AEDT, UTC+11, day before DST ends
        ("20240408T100000", _utc(2024, 4, 8, 0)),  # AEST, UTC+10
        ("20241005T100000", _utc(2024, 10, 5, 0)),  # AEST, day before DST starts
        ("20241007T100000", _utc(2024, 10, 6, 23)),  # AEDT
    ],
)
def test_sydney_april_and_october_transitions(local: str, expected_utc: datetime) -> None:
    data = _ics(_event(f"DTSTART;TZID=Australia/Sydney:{local}", "DURATION:PT30M"))
    (event,) = _parse(data).events
    assert event.start_utc == expected_utc
    assert event.end_utc == expected_utc + timedelta(minutes=30)
    assert event.tz == "Australia/Sydney"


def test_sydney_with_the_files_own_vtimezone() -> None:
    vtz = icalendar.Timezone.from_tzid(
        "Australia/Sydney", first_date=date(2024, 1, 1), last_date=date(2025, 1, 1)
    ).to_ical().decode().strip()
    data = _ics(vtz, _event("DTSTART;TZID=Australia/Sydney:20240408T100000",
                            "DTEND;TZID=Australia/Sydney:20240408T110000"))
    programme = _parse(data)
    assert programme.events[0].start_utc == _utc(2024, 4, 8, 0)
    assert not any("VTIMEZONE" in w for w in programme.warnings)


def test_windows_zone_name_maps_to_iana_and_uses_file_definition() -> None:
    vtz = "\n".join([
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE",
    ])
    data = _ics(vtz, _event('DTSTART;TZID="AUS Eastern Standard Time":20241007T100000',
                            'DTEND;TZID="AUS Eastern Standard Time":20241007T110000'))
    (event,) = _parse(data).events
    assert event.start_utc == _utc(2024, 10, 6, 23)
    assert event.tz == "Australia/Sydney"


# --- other import behaviour --------------------------------------------------------------------


def test_floating_and_all_day_use_x_wr_timezone_then_default() -> None:
    data = _ics(_event("DTSTART:20240710T090000", "SUMMARY:Floating", uid="f"),
                _event("DTSTART;VALUE=DATE:20240711", "SUMMARY:All day", uid="d"),
                head="PRODID:x\nVERSION:2.0\nX-WR-TIMEZONE:Asia/Tokyo")
    floating, all_day = _parse(data).events
    assert floating.start_utc == _utc(2024, 7, 10, 0) and floating.tz == "Asia/Tokyo"
    assert all_day.all_day and all_day.start_utc == _utc(2024, 7, 10, 15)
    assert all_day.end_utc - all_day.start_utc == timedelta(days=1)
    default = _parse(_ics(_event("DTSTART:20240710T090000"))).events[0]
    assert default.tz == "Europe/Brussels" and default.start_utc == _utc(2024, 7, 10, 7)


def test_recurrence_window_exdate_and_override() -> None:
    data = _ics(
        _event("DTSTART;TZID=Europe/Paris:20240101T090000", "DTEND;TZID=Europe/Paris:20240101T100000",
               "RRULE:FREQ=DAILY", "EXDATE;TZID=Europe/Paris:20240103T090000", "SUMMARY:Visit"),
        _event("RECURRENCE-ID;TZID=Europe/Paris:20240104T090000",
               "DTSTART;TZID=Europe/Paris:20240104T140000",
               "DTEND;TZID=Europe/Paris:20240104T150000", "SUMMARY:Visit (moved)"),
    )
    programme = _parse(data, window=(_utc(2024, 1, 1), _utc(2024, 1, 6)))
    titles = [(e.start_utc.astimezone(ZoneInfo("Europe/Paris")).strftime("%d %H"), e.title)
              for e in programme.events]
    assert titles == [("01 09", "Visit"), ("02 09", "Visit"), ("04 14", "Visit (moved)"),
                      ("05 09", "Visit")]
    unbounded = _parse(data, max_occurrences=10)
    assert len(unbounded.events) == 10 and any("beyond" in w for w in unbounded.warnings)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"hello", "line 1"),
        (_ics(_event("DTSTART:20240101T090000")).replace(b"END:VEVENT\n", b""), "does not close"),
        (_ics(_event("DTSTART:20240101T090000", "DTEND:20231231T090000")), "ends before"),
        (_ics(_event("DTSTART:2024-01-01")), "t.ics"),
        (_ics(_event("DTSTART;TZID=Mars/Olympus:20240101T090000")), "Mars/Olympus"),
        # An empty line is read past (with a warning); one that breaks a folded value is not.
        (_ics(_event("DTSTART:20240101T090000", "DESCRIPTION:a", "", " b")), "line 10"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(data: bytes, fragment: str) -> None:
    with pytest.raises(IcsImportError) as caught:
        _parse(data)
    assert str(caught.value).startswith("t.ics")
    assert fragment in str(caught.value)


def test_todo_only_is_not_a_programme() -> None:
    data = _ics("BEGIN:VTODO\nUID:t\nDTSTAMP:20240101T000000Z\nSUMMARY:Call\nEND:VTODO")
    with pytest.raises(NotAProgrammeError, match="1 VTODO"):
        _parse(data)


# --- export ------------------------------------------------------------------------------------

ALICE = CalendarPerson(UUID("0190a000-0000-7000-8000-000000000001"), "Søren Ørsted",
                       "soren@example.dk")
BOB = CalendarPerson(UUID("0190a000-0000-7000-8000-000000000002"), "山田太郎")


def _sample(**changes: object) -> CalendarEvent:
    base = dict(
        id=UUID("0190a000-0000-7000-8000-0000000000aa"),
        title="Visit: Société Générale, São Paulo",
        start_utc=_utc(2024, 4, 5, 23),  # 10:00 AEDT on 6 April
        end_utc=_utc(2024, 4, 8, 1),  # 11:00 AEST on 8 April
        venue_name="Sydney Convention Centre",
        venue_address="14 Darling Dr, Sydney NSW 2000",
        description="Line one\nLine two; with, punctuation",
        attendees=(ALICE, BOB),
        organizer=ALICE,
        status="TENTATIVE",
        sequence=3,
        last_modified_utc=_utc(2024, 3, 1, 12),
    )
    base.update(changes)
    return CalendarEvent(**base)  # type: ignore[arg-type]


def test_export_round_trip_through_icalendar() -> None:
    event = _sample()
    data = build_calendar([event], calendar_name="Australia 2024", tzid="Australia/Sydney",
                          now=_utc(2024, 3, 2))
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["METHOD"]) == "PUBLISH" and str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    (vtz,) = calendar.walk("VTIMEZONE")
    assert str(vtz["TZID"]) == "Australia/Sydney"
    assert {c.name for c in vtz.subcomponents} == {"STANDARD", "DAYLIGHT"}
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == str(event.id)
    assert vevent["DTSTART"].params["TZID"] == "Australia/Sydney"
    assert vevent["DTSTART"].dt == event.start_utc and vevent["DTEND"].dt == event.end_utc
    assert vevent["DTSTART"].dt.hour == 10 and vevent["DTEND"].dt.hour == 11
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["LOCATION"]) == "Sydney Convention Centre, 14 Darling Dr, Sydney NSW 2000"
    assert str(vevent["DESCRIPTION"]) == event.description
    assert str(vevent["STATUS"]) == "TENTATIVE" and int(vevent["SEQUENCE"]) == 3
    assert vevent["DTSTAMP"].dt == _utc(2024, 3, 2)
    assert vevent["LAST-MODIFIED"].dt == _utc(2024, 3, 1, 12)
    attendees = vevent["ATTENDEE"]
    assert [str(a) for a in attendees] == ["mailto:soren@example.dk", f"urn:uuid:{BOB.id}"]
    assert [a.params["CN"] for a in attendees] == ["Søren Ørsted", "山田太郎"]
    assert str(vevent["ORGANIZER"]) == "mailto:soren@example.dk"
    # and our own importer reads it back
    (back,) = parse_programme(data, source_name="x.ics", default_tz="UTC").events
    assert (back.uid, back.start_utc, back.end_utc, back.tz) == (
        str(event.id), event.start_utc, event.end_utc, "Australia/Sydney")


def test_export_is_reproducible_and_uid_stable() -> None:
    first = build_calendar([_sample()], calendar_name="c", tzid="Australia/Sydney",
                           now=_utc(2024, 3, 2))
    again = build_calendar([_sample()], calendar_name="c", tzid="Australia/Sydney",
                           now=_utc(2024, 3, 2))
    assert first == again


def test_calendar_event_rejects_naive_or_reversed_times() -> None:
    with pytest.raises(ValueError):
        _sample(start_utc=datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        _sample(end_utc=_utc(2000, 1, 1))
    with pytest.raises(ValueError):
        build_calendar([], calendar_name="c", tzid="Nowhere/City")


@settings(max_examples=40, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2035, 1, 1),
                       timezones=st.just(UTC)),
    minutes=st.integers(min_value=0, max_value=60 * 72),
    tzid=st.sampled_from(["Australia/Sydney", "America/Sao_Paulo", "Europe/Brussels",
                          "Asia/Seoul", "UTC"]),
    title=st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and s.isprintable()),
)
def test_export_then_import_preserves_instants(start: datetime, minutes: int, tzid: str,
                                               title: str) -> None:
    start = start.replace(second=0, microsecond=0)
    event = _sample(start_utc=start, end_utc=start + timedelta(minutes=minutes), title=title)
    data = build_calendar([event], calendar_name="c", tzid=tzid, now=_utc(2024, 1, 1))
    (back,) = parse_programme(data, source_name="x.ics", default_tz="UTC").events
    assert (back.start_utc, back.end_utc, back.title) == (event.start_utc, event.end_utc, title)
