"""Issue 13 item 6 through the agenda service and the CLI: what a calendar file does to a
mission's programme (cancelled events, dates far from the mission, repaired files)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from biox_desktop.cli.main import main
from biox_desktop.reports.agenda_ics import import_programme_file


def _ics(*events: str, stamp: str = "DTSTAMP:20270101T000000Z") -> bytes:
    body = "\r\n".join(events)
    return ("BEGIN:VCALENDAR\r\nPRODID:-//test//EN\r\nVERSION:2.0\r\n" + body
            + "\r\nEND:VCALENDAR\r\n").replace("DTSTAMP:X", stamp).encode()


def _event(uid: str, title: str, start: str, end: str, *extra: str) -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:X",
                        f"DTSTART;TZID=Asia/Shanghai:{start}", f"DTEND;TZID=Asia/Shanghai:{end}",
                        f"SUMMARY:{title}", *extra, "END:VEVENT"])


@pytest.fixture
def shanghai(workspace: Any) -> tuple[Any, str]:
    from biox_desktop.core.missions import MissionInput

    m = workspace.missions.create(MissionInput(
        name="Shanghai BioForum", kind="trade_mission", country="CN",
        start_date=dt.date(2027, 6, 14), end_date=dt.date(2027, 6, 18),
        timezone="Asia/Shanghai"))
    return workspace, m.id


def test_a_cancelled_event_is_not_added_and_removes_what_an_earlier_import_added(
        shanghai: tuple[Any, str]) -> None:
    ws, mid = shanghai
    gala = _event("gala", "Gala dinner", "20270615T190000", "20270615T220000")
    visit = _event("visit", "Site visit", "20270616T090000", "20270616T110000")
    first = import_programme_file(ws.agenda, mid, _ics(gala, visit), source_name="p.ics")
    assert first.created == 2
    assert sorted(i.title for i in ws.agenda.items(mid)) == ["Gala dinner", "Site visit"]

    cancelled = _event("gala", "Gala dinner", "20270615T190000", "20270615T220000",
                       "STATUS:CANCELLED", "SEQUENCE:1")
    again = import_programme_file(ws.agenda, mid, _ics(cancelled, visit), source_name="p.ics")
    assert [i.title for i in ws.agenda.items(mid)] == ["Site visit"]
    assert any("“Gala dinner” is cancelled in the calendar; removed" in w
               for w in again.warnings)

    # A cancelled event never seen before is simply not added, with a warning.
    lunch = _event("lunch", "Lunch", "20270617T120000", "20270617T130000", "STATUS:CANCELLED")
    third = import_programme_file(ws.agenda, mid, _ics(lunch, visit), source_name="p.ics")
    assert (third.created, third.skipped) == (0, 1)
    assert [i.title for i in ws.agenda.items(mid)] == ["Site visit"]
    assert any("'Lunch'" in w and "cancelled" in w for w in third.warnings)


def test_one_off_events_years_away_are_imported_and_listed(shanghai: tuple[Any, str]) -> None:
    ws, mid = shanghai
    data = _ics(_event("a", "Opening", "20270614T090000", "20270614T100000"),
                _event("b", "Opening (old file)", "20240614T090000", "20240614T100000"),
                _event("c", "Follow-up forum", "20290301T090000", "20290301T100000"))
    summary = import_programme_file(ws.agenda, mid, data, source_name="p.ics")
    assert summary.created == 3
    outside = [w for w in summary.warnings if "outside the mission's dates" in w]
    assert outside == [
        "“Opening (old file)” on 2024-06-14 is outside the mission's dates "
        "(2027-06-14 to 2027-06-18)",
        "“Follow-up forum” on 2029-03-01 is outside the mission's dates "
        "(2027-06-14 to 2027-06-18)"]


def test_cli_says_no_occurrence_between_the_dates(shanghai: tuple[Any, str], data_dir: Path,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _ws, mid = shanghai
    path = tmp_path / "calls.ics"
    path.write_bytes(_ics(_event("call", "Weekly call", "20200106T090000", "20200106T100000",
                                 "RRULE:FREQ=WEEKLY;COUNT=4")))
    code = main(["--data-dir", str(data_dir), "agenda", "import-ics", str(path),
                 "--mission", mid])
    err = capsys.readouterr().err
    assert code == 1
    assert "no occurrence between 2027-06-07 and 2027-06-25" in err, err
    assert "contains nothing" not in err


def test_cli_imports_a_file_other_calendar_programs_accept(
        shanghai: tuple[Any, str], data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    ws, mid = shanghai
    path = tmp_path / "outlook.ics"
    data = _ics("", _event("a", "Opening", "20270614T090000", "20270614T100000"), "",
                _event("b", "Visit", "20270615T090000", "20270615T100000",
                       "CREATED:20270101T120000", "STATUS: CONFIRMED"), "",
                stamp="DTSTAMP:20270101T120000")
    path.write_bytes(data)
    code = main(["--data-dir", str(data_dir), "agenda", "import-ics", str(path),
                 "--mission", mid, "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    summary = json.loads(out)
    assert summary["created"] == 2
    text = "\n".join(summary["warnings"])
    assert "empty lines ignored" in text and "not in UTC" in text and "STATUS" in text
    assert sorted(i.title for i in ws.agenda.items(mid)) == ["Opening", "Visit"]
