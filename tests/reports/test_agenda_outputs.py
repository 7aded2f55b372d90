"""Agenda outputs: ICS per delegate read back with icalendar, PDFs, ICS import of the corpus."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from biox_desktop.reports.agenda_ics import (
    IcsImportError,
    delegate_calendar,
    import_programme_file,
)
from biox_desktop.reports.agenda_pdf import write_leader_grid, write_personal_agenda
from biox_desktop.reports.ics import NotAProgrammeError

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "ics" / "ical4j"
EMPTY_ARTEFACTS = {"New", "Years", "Day.ics"}
INVALID_BUT_READABLE = {"eli_courtwright.ics", "eli_test.ics", "OZMovies.ics",
                        # read thanks to the repair pass (see test_ics_corpus.py)
                        "CalendarDataFile.ics", "korganizer.ics", "korganizer-lowercase.ics"}


def _busy_delegate(ws, mid: str) -> str:  # type: ignore[no-untyped-def]
    with_interp = {p.person_id for m in ws.agenda.meetings(mid) if m.interpreter_needed
                   for p in m.side("delegation")}
    return sorted(with_interp)[0]


def test_delegate_ics_reads_back_with_vtimezone_location_and_attendees(scheduled) -> None:
    ws, mid = scheduled
    person = _busy_delegate(ws, mid)
    data = delegate_calendar(ws.agenda, mid, person)
    cal = icalendar.Calendar.from_ical(data)
    zones = [c for c in cal.walk("VTIMEZONE")]
    assert [str(z["TZID"]) for z in zones] == ["Asia/Tokyo"]
    events = cal.walk("VEVENT")
    entries = ws.agenda.personal_agenda(mid, person)
    assert len(events) == len(entries)
    meetings = [e for e in events if e.get("ATTENDEE")]
    assert meetings, "meetings carry attendees"
    for event, entry in zip(events, entries, strict=True):
        start = event.decoded("DTSTART")
        assert start == entry.starts_at
        assert str(start.tzinfo) in ("Asia/Tokyo", "JST") or start.utcoffset() == dt.timedelta(
            hours=9)
    assert all(e.get("LOCATION") for e in meetings)
    assert any("Table" in str(e.get("DESCRIPTION", "")) for e in meetings)


def test_personal_agenda_and_leader_grid_pdfs(scheduled, tmp_path: Path) -> None:
    ws, mid = scheduled
    person = _busy_delegate(ws, mid)
    personal = write_personal_agenda(ws.agenda, mid, person, tmp_path / "me.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(personal).pages)
    delegate = next(d for d in ws.agenda.delegates(mid) if d.person_id == person)
    assert delegate.name in text
    assert "Home" in text and "Interpreter booked" in text and "Table" in text
    assert "Knowledge Capital" in text and "Kita-ku" in text  # venue address
    grid = write_leader_grid(ws.agenda, mid, tmp_path / "grid.pdf")
    reader = PdfReader(grid)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "[INT]" in text and "Interpreters needed" in text
    assert delegate.name in text


def _corpus(kind: str) -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in (CORPUS / kind).iterdir()
                  if p.is_file() and p.name not in EMPTY_ARTEFACTS)


@pytest.fixture
def mission(workspace):  # type: ignore[no-untyped-def]
    from biox_desktop.core.missions import MissionInput

    m = workspace.missions.create(MissionInput(
        name="Brussels", kind="trade_mission", country="BE", start_date=dt.date(2006, 1, 1),
        end_date=dt.date(2006, 1, 20), timezone="Europe/Brussels"))
    return workspace, m.id


@pytest.mark.skipif(not CORPUS.is_dir(), reason="ICS corpus not found")
def test_ical4j_corpus_through_the_service(mission) -> None:
    ws, mid = mission
    counts = {"imported": 0, "not-a-programme": 0, "refused": 0}
    for kind in ("valid", "invalid"):
        for path in _corpus(kind):
            before = len(ws.agenda.items(mid))
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                try:
                    summary = import_programme_file(ws.agenda, mid, path.read_bytes(),
                                                    source_name=path.name)
                except NotAProgrammeError as exc:
                    counts["not-a-programme"] += 1
                    assert kind == "valid" or path.name not in INVALID_BUT_READABLE
                    assert str(exc).startswith(path.name + ":")
                    assert len(ws.agenda.items(mid)) == before
                    continue
                except IcsImportError as exc:
                    counts["refused"] += 1
                    assert kind == "invalid", f"{path.name} refused: {exc}"
                    assert str(exc).startswith(path.name + ":") and len(str(exc)) > 30
                    assert len(ws.agenda.items(mid)) == before, "nothing half-imported"
                    continue
            counts["imported"] += 1
            assert kind == "valid" or path.name in INVALID_BUT_READABLE, path.name
            assert summary.created + summary.updated > 0
            assert len(ws.agenda.items(mid)) == before + summary.created
    print(counts)
    assert counts["imported"] > 40 and counts["refused"] >= 15


def test_import_twice_updates_instead_of_duplicating(mission) -> None:
    ws, mid = mission
    ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
           b"UID:visit-1\r\nDTSTAMP:20060101T000000Z\r\n"
           b"DTSTART;TZID=Europe/Brussels:20060105T100000\r\n"
           b"DTEND;TZID=Europe/Brussels:20060105T120000\r\nSUMMARY:Site visit at UCB\r\n"
           b"LOCATION:UCB Campus, Allee de la Recherche 60\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    first = import_programme_file(ws.agenda, mid, ics, source_name="p.ics")
    again = import_programme_file(ws.agenda, mid, ics, source_name="p.ics")
    assert (first.created, again.created, again.updated) == (1, 0, 1)
    [item] = ws.agenda.items(mid)
    assert item.kind == "site_visit" and item.venue_name == "UCB Campus"
    assert item.starts_at == dt.datetime(2006, 1, 5, 9, tzinfo=dt.UTC)


def test_a_day_with_more_start_times_than_fit_continues_in_more_tables(
        scheduled, tmp_path: Path, monkeypatch) -> None:
    # The grid once kept the first 24 start times of a day and silently dropped the rest.
    from biox_desktop.core.agenda import local_day, shown_time
    from biox_desktop.reports import agenda_pdf

    ws, mid = scheduled
    monkeypatch.setattr(agenda_pdf, "GRID_COLUMNS", 3)
    meetings = ws.agenda.meetings(mid)
    day = min(local_day(m.starts_at, m.timezone) for m in meetings)
    starts = sorted({m.starts_at for m in meetings if local_day(m.starts_at, m.timezone) == day})
    assert len(starts) > 3
    grid = write_leader_grid(ws.agenda, mid, tmp_path / "grid.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(grid)).pages)
    zone = meetings[0].timezone
    for t in starts:  # every start time of the day heads a column somewhere
        assert shown_time(t, zone, zone).local_text() in text
