"""Conformance of the ICS importer on real-world files (ical4j's samples, read in place).

Every file must either import, or be refused with a clear message naming the file; nothing
may crash. The counts are printed (run with ``-s``) for the report.
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import pytest

from biox_desktop.reports.ics import IcsImportError, NotAProgrammeError, parse_programme

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "ics" / "ical4j"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"ICS corpus not found at {CORPUS} (shared test data)"
)

# Files of valid/ that are empty on disk: a sample called "New Years Day.ics" upstream arrived
# here as three empty files named by the words of its name.
EMPTY_ARTEFACTS = {"New", "Years", "Day.ics"}

# Files of invalid/ that we import on purpose, and why (each also yields warnings):
# - eli_*: the only defect is a missing PRODID, which valid/bitfire1.ics shares; nothing in
#   the event is ambiguous, so refusing one and importing the other would be arbitrary.
# - OZMovies: its VTIMEZONE for Australia/Sydney starts in 2006 while the events are in
#   2003-2004; valid/rfc5545-sec4.2.ics has the same gap, and for an IANA TZID the IANA rules
#   give the intended times (warned).
# - CalendarDataFile (DTSTAMP in local time), korganizer and korganizer-lowercase (an empty
#   line before END:VCALENDAR): what other calendar programs accept is repaired, with a warning
#   (issue 13); they were refused before.
INVALID_BUT_READABLE = {"eli_courtwright.ics", "eli_test.ics", "OZMovies.ics",
                        "CalendarDataFile.ics", "korganizer.ics", "korganizer-lowercase.ics"}
#: Files of invalid/ read only thanks to the repair pass, and the warning each must carry.
REPAIRED = {"CalendarDataFile.ics": "DTSTAMP '20050225T141522' is not in UTC",
            "korganizer.ics": "1 empty lines ignored (first at line 19)",
            "korganizer-lowercase.ics": "1 empty lines ignored (first at line 19)"}


def _files(kind: str) -> list[Path]:
    return sorted(p for p in (CORPUS / kind).iterdir() if p.is_file())


def _outcome(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the importer must not leak library warnings
        try:
            programme = parse_programme(data, source_name=path.name, default_tz="Europe/Brussels")
        except NotAProgrammeError as exc:
            return "not-a-programme", str(exc)
        except IcsImportError as exc:
            return "refused", str(exc)
    assert programme.events or programme.cancelled, path.name
    if path.name in REPAIRED:
        assert any(REPAIRED[path.name] in w for w in programme.warnings), programme.warnings
    for event in programme.events:
        assert event.start_utc.utcoffset() is not None
        assert event.end_utc >= event.start_utc
    return "imported", f"{len(programme.events)} events, {len(programme.warnings)} warnings"


def _check_message(path: Path, message: str) -> None:
    assert message.startswith(path.name + ":"), message
    assert len(message) > len(path.name) + 15, message


def test_valid_corpus_imports_or_is_refused_as_not_a_programme() -> None:
    counts: Counter[str] = Counter()
    for path in _files("valid"):
        outcome, detail = _outcome(path)
        if path.name in EMPTY_ARTEFACTS:
            assert outcome == "refused" and "empty" in detail, (path.name, detail)
            counts["empty file (corpus artefact), refused"] += 1
            continue
        assert outcome in ("imported", "not-a-programme"), (path.name, detail)
        if outcome == "not-a-programme":
            _check_message(path, detail)
            assert "no dated events" in detail
        counts[outcome] += 1
    print(f"\nICS valid/: {dict(counts)}")
    assert counts["imported"] >= 60


def test_invalid_corpus_is_refused_with_a_clear_message() -> None:
    counts: Counter[str] = Counter()
    for path in _files("invalid"):
        outcome, detail = _outcome(path)
        if path.name in INVALID_BUT_READABLE:
            assert outcome == "imported", (path.name, detail)
            counts["imported on purpose (see INVALID_BUT_READABLE)"] += 1
            continue
        assert outcome in ("refused", "not-a-programme"), (path.name, detail)
        _check_message(path, detail)
        counts[f"invalid-{outcome}"] += 1
    print(f"\nICS invalid/: {dict(counts)}")


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("13-MoonPhase.ics", "ends inside VEVENT"),
        ("boeing.ics", "line 5: DTSTAMP must be a UTC date-time"),
        ("lastfm.ics", "line 277: GEO"),
        ("core.ics", "vCalendar"),
        ("groupwise.ics", "line 18: ATTENDEE"),
        ("talios.ics", "not an IANA zone"),
        ("twinkle.ics", "line 107"),
        ("smallcluster.ics", "nested"),
    ],
)
def test_refusals_say_what_and_where(name: str, fragment: str) -> None:
    outcome, detail = _outcome(CORPUS / "invalid" / name)
    assert outcome == "refused"
    assert fragment in detail, detail
