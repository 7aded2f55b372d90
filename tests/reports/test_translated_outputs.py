"""With the German catalogue installed, errors below the UI, import reports and PDFs are German.

The translator is the application's own (``ui.i18n.CatalogueTranslator`` over the committed
``biox_de.qm``), routed to ``core.i18n.translate`` as the desktop does at start-up; the fixture
puts English back whatever happens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from biox_desktop.core import i18n as core_i18n
from biox_desktop.core.outcomes import AgreementInput, PartyInput, validate_agreement
from biox_desktop.core.roster import DelegateInput, validate_delegate
from biox_desktop.core.validation import ValidationError


@contextlib.contextmanager
def _language(code: str) -> Iterator[object]:
    """The catalogue of ``code`` routed to core's translate, and dates in ``code``."""
    from biox_desktop.ui.i18n import CatalogueTranslator, catalogue

    translator = CatalogueTranslator()
    assert translator.load(str(catalogue(code)))
    core_i18n.set_translator(lambda context, text: translator.translate(context, text) or "")
    core_i18n.set_language(code)
    try:
        yield translator
    finally:
        core_i18n.set_translator(None)
        core_i18n.set_language(None)


@pytest.fixture
def german() -> Iterator[object]:
    with _language("de") as translator:
        yield translator


@pytest.fixture
def french() -> Iterator[object]:
    with _language("fr") as translator:
        yield translator


def _refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    return err.value


def test_roster_errors_and_warnings_in_german(german) -> None:
    error = _refused(validate_delegate, DelegateInput(
        name="", email="not-an-address", hotel_check_in=dt.date(2027, 5, 12),
        hotel_check_out=dt.date(2027, 5, 10), hotel="Hotel Granvia"))
    assert error.for_field("name") == "Geben Sie den Namen der delegierten Person an."
    # The template is translated first, the value filled in afterwards.
    assert error.for_field("email") == "„not-an-address“ ist keine E-Mail-Adresse."
    assert error.for_field("hotel_check_out") == (
        "Der Check-out im Hotel muss nach dem Check-in liegen.")


def test_outcomes_errors_in_german(german) -> None:
    error = _refused(validate_agreement, AgreementInput(
        kind="nda", title="", status="signed", signed_on=None,
        parties=(PartyInput("org-1", "sme"),)), today=dt.date(2027, 1, 1))
    assert error.for_field("title") == "Geben Sie der Vereinbarung einen Titel."
    assert error.for_field("signed_on") == (
        "Eine unterzeichnete Vereinbarung braucht ihr Unterzeichnungsdatum.")
    assert error.for_field("parties") == (
        "Eine unterzeichnete Vereinbarung hat mindestens zwei Parteien.")


def test_english_again_without_the_translator() -> None:
    error = _refused(validate_delegate, DelegateInput(name=""))
    assert error.for_field("name") == "Give the delegate's name."


def test_the_funder_pdf_in_german(german, workspace, tmp_path: Path) -> None:
    from biox_desktop.core.kpis import KpiFilter
    from biox_desktop.reports.funder import write_funder_report

    workspace.seed_demo()
    report = workspace.kpis.report(KpiFilter())
    pdf = write_funder_report(tmp_path / "bericht.pdf", report,
                              generated=dt.datetime(2027, 6, 1, 9, 0, tzinfo=dt.UTC))
    reader = PdfReader(str(pdf))
    assert reader.metadata.title == "Ergebnisse der Missionen"
    pages = [page.extract_text() for page in reader.pages]
    flat = " ".join(" ".join(pages).split())
    for german_text in ("Bericht für Geldgeber", "Kennzahlen", "Alle Zahlen", "Diagramme",
                        "Je Cluster", "Je Zielland", "Vereinbarungen und Absichtserklärungen",
                        "Methodik", "Gelöschte Datensätze werden nie gezählt",
                        "Erstellt am 2027-06-01 09:00 UTC", f"Seite 2 von {len(pages)}"):
        assert german_text in flat, german_text
    for english in ("Headline figures", "Methodology", "Page 2 of", "Per target country"):
        assert english not in flat, english
    # Shared figure names come from the screens' catalogue ("shared" context).
    assert "Unterzeichnete KMU-Vereinbarungen" in flat
    today = report.today  # the cover's date, in German
    assert f"Zahlen zum {today.day}. {MONATE[today.month - 1]} {today.year}" in flat
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "4", str(pdf),
                        str(tmp_path / "seite")], check=True)
        assert list(tmp_path.glob("seite*.png"))


# Day and month names written out here, not taken from Babel, so the tests check its output.
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")


def _at(day: int, h: int, m: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, h, m, tzinfo=dt.UTC)


def _clashes() -> list:
    from biox_desktop.core.agenda import Engagement, find_conflicts

    # Tuesday 22 December 2026 in Tokyo (UTC+9): 10:00 and 10:15 overlap; Ana leaves at 17:00.
    engagements = {"p": [
        Engagement("m1", "Meeting A", _at(22, 1), _at(22, 1, 30), "kc", "Asia/Tokyo"),
        Engagement("m2", "Meeting B", _at(22, 1, 15), _at(22, 1, 45), "kc", "Asia/Tokyo"),
        Engagement("m3", "Late meeting", _at(22, 9), _at(22, 9, 30), "kc", "Asia/Tokyo"),
    ]}
    return find_conflicts(engagements, names={"p": "Ana"}, travel={},
                          stays={"p": (None, _at(22, 8))}, home_zone="Europe/Paris")


def test_agenda_conflicts_name_the_day_in_german(german) -> None:
    messages = sorted(c.message for c in _clashes())
    assert messages == [
        "Ana wird gleichzeitig bei „Meeting A“ und „Meeting B“ erwartet (Di., 22. Dez., 10:15).",
        "„Late meeting“ liegt nach der Abreise von Ana (Di., 22. Dez., 17:00).",
    ]


def test_agenda_conflicts_name_the_day_in_french(french) -> None:
    messages = " ".join(c.message for c in _clashes())
    assert "(mar. 22 déc., 10:15)" in messages and "(mar. 22 déc., 17:00)" in messages
    assert "Tue" not in messages and "Dec" not in messages


def test_agenda_conflicts_in_english_as_before() -> None:
    assert core_i18n.language() == "en"
    messages = sorted(c.message for c in _clashes())
    assert messages == [
        "Ana is due at “Meeting A” and “Meeting B” at the same time (Tue 22 Dec 10:15).",
        "“Late meeting” is after Ana leaves (Tue 22 Dec 17:00).",
    ]


def _days(ws, mission_id: str, person_id: str) -> list[dt.date]:  # type: ignore[no-untyped-def]
    from biox_desktop.core.agenda import local_day

    return sorted({local_day(e.starts_at, e.timezone)
                   for e in ws.agenda.personal_agenda(mission_id, person_id)})


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())


def test_agenda_pdfs_head_each_day_in_german(german, scheduled, tmp_path: Path) -> None:
    from biox_desktop.reports.agenda_pdf import write_leader_grid, write_personal_agenda

    ws, mid = scheduled
    person = ws.agenda.delegates(mid)[0].person_id
    days = _days(ws, mid, person)
    assert days
    pdf = write_personal_agenda(ws.agenda, mid, person, tmp_path / "agenda.pdf")
    text = _text(pdf)
    for day in days:
        assert f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}" in text
        assert f"{day:%A}" not in text
    grid = _text(write_leader_grid(ws.agenda, mid, tmp_path / "raster.pdf"))
    assert f"{WOCHENTAGE[days[0].weekday()]}, {days[0].day}. {MONATE[days[0].month - 1]}" in grid
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                        str(tmp_path / "agenda")], check=True)
        assert list(tmp_path.glob("agenda*.png"))


def test_agenda_pdf_heads_each_day_in_french(french, scheduled, tmp_path: Path) -> None:
    from biox_desktop.reports.agenda_pdf import write_personal_agenda

    ws, mid = scheduled
    person = ws.agenda.delegates(mid)[0].person_id
    text = _text(write_personal_agenda(ws.agenda, mid, person, tmp_path / "agenda.pdf"))
    for day in _days(ws, mid, person):
        assert f"{JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}" in text


def test_agenda_pdf_day_headings_in_english_as_before(scheduled, tmp_path: Path) -> None:
    from biox_desktop.reports.agenda_pdf import write_personal_agenda

    ws, mid = scheduled
    person = ws.agenda.delegates(mid)[0].person_id
    text = _text(write_personal_agenda(ws.agenda, mid, person, tmp_path / "agenda.pdf"))
    for day in _days(ws, mid, person):
        assert f"{day:%A %d %B %Y}" in text  # "Thursday 24 December 2026"


def test_duplicate_reasons_are_stored_in_english_and_shown_in_german(german) -> None:
    from biox_desktop.core.dedupe import PersonRecord, find_person_candidates
    from biox_desktop.core.merge import describe_reasons

    (group,) = find_person_candidates([
        PersonRecord(id="x", names=("Dr. Yamada Taro",), phones=("+819012345678",)),
        PersonRecord(id="y", names=("山田太郎",), phones=("090-1234-5678",), country="JP"),
    ])
    # Reasons are data (they travel in synced merge records), so they stay English...
    assert "same phone" in group.reasons
    # ...and read in the user's language where they are shown, numbers filled in.
    shown = describe_reasons(group.reasons)
    assert "gleiche Telefonnummer" in shown and "same" not in shown
    assert describe_reasons(["similar name (0.89)", "common name (4 records)"]) == (
        "ähnlicher Name (0.89), häufiger Name (4 Einträge)")
    assert describe_reasons(["same wechat id"]) == "gleiche wechat-ID"


# Import diagnostics: what a person reads in the import report when a vCard or calendar file
# is broken. Read through the functions the Leads and Agenda screens call.

BROKEN_VCF = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nEMAIL:anna@bb.example\r\n"
    b"PHOTO;ENCODING=b;TYPE=JPEG:!!!not base64\r\nEND:VCARD\r\n"  # card 1: a warning
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan Novak\r\nthis line has no colon\r\n"
    b"END:VCARD\r\n"  # card 2 (line 6): refused at line 10
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n"  # card 3 (line 12): no END:VCARD
)


def _import_broken_vcf(workspace: Any, tmp_path: Path) -> Any:
    from biox_desktop.reports.leads_io import import_vcards

    path = tmp_path / "broken.vcf"
    path.write_bytes(BROKEN_VCF)
    (result,) = import_vcards(workspace, [path])
    assert result.imported == 1 and len(result.refused) == 2 and len(result.warnings) == 1
    return result


def test_vcard_import_reasons_in_german(german, workspace, tmp_path: Path) -> None:
    result = _import_broken_vcf(workspace, tmp_path)
    assert result.refused == (
        "broken.vcf: Karte 2, Zeile 10: Zeile 10 ist keine vCard-Eigenschaft: "
        "kein „:“ trennt den Eigenschaftsnamen von seinem Wert",
        "broken.vcf: Karte 3, Zeile 12: die Karte, die in Zeile 12 beginnt, hat kein END:VCARD "
        "(ist die Datei abgeschnitten?)",
    )
    assert result.warnings[0].endswith(
        "Zeile 5: das Foto ist kein gültiges Base64; unverändert übernommen")


def test_vcard_import_reasons_in_english_as_before(workspace, tmp_path: Path) -> None:
    result = _import_broken_vcf(workspace, tmp_path)
    assert result.refused == (
        "broken.vcf: card 2, line 10: line 10 is not a vCard property: "
        "no ':' separates the property name from its value",
        "broken.vcf: card 3, line 12: the card that starts at line 12 has no END:VCARD "
        "(is the file cut short?)",
    )
    assert result.warnings == (
        "broken.vcf: card 1 (line 1): line 5: the photo is not valid base64; kept as is",)


def _calendar(body: bytes, head: bytes = b"PRODID:-//t//t//EN\r\n") -> bytes:
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + head + body + b"END:VCALENDAR\r\n"


def _event(end: bytes) -> bytes:
    return (b"BEGIN:VEVENT\r\nUID:e1\r\nDTSTAMP:20060101T000000Z\r\nSUMMARY:Opening\r\n"
            b"DTSTART;TZID=Europe/Brussels:20060105T100000\r\n"
            b"DTEND;TZID=Europe/Brussels:" + end + b"\r\nEND:VEVENT\r\n")


ENDS_TOO_EARLY = _calendar(_event(b"20060105T090000"))
UNDATED_ONLY = _calendar(b"BEGIN:VEVENT\r\nUID:e2\r\nDTSTAMP:20060101T000000Z\r\n"
                         b"SUMMARY:Dinner\r\nEND:VEVENT\r\n")
READABLE_WITH_WARNINGS = _calendar(_event(b"20060105T120000"),
                                   head=b"X-WR-TIMEZONE:Mars/Olympus\r\n")


def _import_broken_ics(workspace: Any) -> tuple[str, str, tuple[str, ...]]:
    """The refusal of ENDS_TOO_EARLY, of UNDATED_ONLY, and the warnings of the third file."""
    from biox_desktop.core.missions import MissionInput
    from biox_desktop.reports.agenda_ics import import_programme_file
    from biox_desktop.reports.ics import IcsImportError, NotAProgrammeError

    mission = workspace.missions.create(MissionInput(
        name="Brussels", kind="trade_mission", country="BE", start_date=dt.date(2006, 1, 1),
        end_date=dt.date(2006, 1, 20), timezone="Europe/Brussels"))
    with pytest.raises(IcsImportError) as refused:
        import_programme_file(workspace.agenda, mission.id, ENDS_TOO_EARLY,
                              source_name="programme.ics")
    with pytest.raises(NotAProgrammeError) as not_a_programme:
        import_programme_file(workspace.agenda, mission.id, UNDATED_ONLY,
                              source_name="programme.ics")
    summary = import_programme_file(workspace.agenda, mission.id, READABLE_WITH_WARNINGS,
                                    source_name="programme.ics")
    assert summary.created == 1
    return str(refused.value), str(not_a_programme.value), summary.warnings


def test_calendar_import_errors_and_warnings_in_german(german, workspace) -> None:
    refused, not_a_programme, warnings = _import_broken_ics(workspace)
    assert refused == "programme.ics: Ereignis 1 ('Opening') endet, bevor es beginnt"
    assert not_a_programme == (
        "programme.ics: ein lesbarer Kalender, der aber keine datierten Ereignisse (VEVENT mit "
        "DTSTART) enthält, die sich als Programm importieren lassen; er enthält 1 VEVENT ohne "
        "DTSTART")
    assert warnings == (
        "programme.ics: Zeile 8: die Zeitzone 'Europe/Brussels' hat keine VTIMEZONE in der "
        "Datei; die gleichnamige IANA-Zone wurde verwendet",
        "programme.ics: Kalender 1 hat keine PRODID",
        "programme.ics: X-WR-TIMEZONE 'Mars/Olympus' ist keine IANA-Zone; ignoriert",
    )


def test_calendar_import_errors_and_warnings_in_english_as_before(workspace) -> None:
    refused, not_a_programme, warnings = _import_broken_ics(workspace)
    assert refused == "programme.ics: event 1 ('Opening') ends before it starts"
    assert not_a_programme == (
        "programme.ics: a readable calendar, but it holds no dated events (VEVENT with "
        "DTSTART) to import as a programme; it contains 1 VEVENT without DTSTART")
    assert warnings == (
        "programme.ics: line 8: time zone 'Europe/Brussels' has no VTIMEZONE in the file; "
        "used the IANA zone of that name",
        "programme.ics: calendar 1 has no PRODID",
        "programme.ics: X-WR-TIMEZONE 'Mars/Olympus' is not an IANA zone; ignored",
    )
