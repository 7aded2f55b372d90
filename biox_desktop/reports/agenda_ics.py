"""Agenda calendars: a delegate's agenda as ICS, and an ICS file imported as a programme.

Glue between :mod:`biox_desktop.reports.ics` (the file format) and the agenda service (the
data); no Qt. Errors in an imported file are :class:`~biox_desktop.reports.ics.IcsImportError`
with a message naming the file and the problem; nothing is imported then.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from biox_desktop.core.agenda import ImportSummary, ProgrammeImportItem
from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress
from biox_desktop.db.agenda import AgendaService
from biox_desktop.reports.ics import (
    CalendarEvent,
    CalendarPerson,
    IcsImportError,
    build_calendar,
    parse_programme,
)

__all__ = ["IcsImportError", "delegate_calendar", "import_programme_file"]


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, value)


def delegate_calendar(agenda: AgendaService, mission_id: str, person_id: str, *,
                      now: dt.datetime | None = None) -> bytes:
    """The delegate's programme and meetings as an iCalendar file (mission-local VTIMEZONE)."""
    zones = agenda.zones(mission_id)
    delegates = {d.person_id: d for d in agenda.delegates(mission_id)}
    meetings = {m.id: m for m in agenda.meetings(mission_id, person_id=person_id)}
    events = []
    for entry in agenda.personal_agenda(mission_id, person_id):
        attendees: tuple[CalendarPerson, ...] = ()
        lines = []
        if entry.kind == "meeting":
            meeting = meetings[entry.id]
            attendees = tuple(
                CalendarPerson(_uuid(p.person_id), p.name, p.email) for p in meeting.participants
            )
            if entry.with_whom:
                lines.append(translate("agenda_pdf", "With: {who}").format(who=entry.with_whom))
            if entry.table_number:
                lines.append(translate("agenda_pdf", "Table {n}").format(n=entry.table_number))
            if entry.interpreter_needed:
                lines.append(translate("agenda_pdf", "Interpreter booked"))
            if entry.changed:
                lines.append(translate("agenda_pdf", "Changed since the agenda was sent"))
        events.append(CalendarEvent(
            id=_uuid(entry.id), title=entry.title, start_utc=entry.starts_at,
            end_utc=entry.ends_at, venue_name=entry.venue_name,
            venue_address=entry.venue_address, description="\n".join(lines),
            attendees=attendees,
            status="TENTATIVE" if entry.status == "draft" else "CONFIRMED"))
    who = delegates.get(person_id)
    name = f"{zones.name} — {who.name}" if who else zones.name
    return build_calendar(events, calendar_name=name, tzid=zones.timezone, now=now)


def write_delegate_calendar(agenda: AgendaService, mission_id: str, person_id: str,
                            path: str | Path) -> Path:
    """Write :func:`delegate_calendar` to ``path`` atomically."""
    data = delegate_calendar(agenda, mission_id, person_id)
    final = Path(path)
    temp = final.with_name(f".{final.name}.part")
    temp.write_bytes(data)
    temp.replace(final)
    return final


def import_programme_file(agenda: AgendaService, mission_id: str, data: bytes, *,
                          source_name: str, progress: Progress | None = None) -> ImportSummary:
    """Import an .ics file as programme items of the mission (all or nothing).

    Raises :class:`IcsImportError` (or its subclass ``NotAProgrammeError``) with a clear
    message for a file that cannot be read with certainty or holds no events. Repeating events
    are expanded within the mission's dates (a week either side).
    """
    zones = agenda.zones(mission_id)
    start = dt.datetime.combine(zones.start_date, dt.time(), dt.UTC) - dt.timedelta(days=7)
    end = dt.datetime.combine(zones.end_date, dt.time(), dt.UTC) + dt.timedelta(days=8)
    programme = parse_programme(data, source_name=source_name, default_tz=zones.timezone,
                                window=(start, end), progress=progress)
    items = [
        ProgrammeImportItem(uid=e.uid if e.recurrence_id_utc is None
                            else f"{e.uid}@{e.recurrence_id_utc:%Y%m%dT%H%M%SZ}",
                            title=e.title, starts_at=e.start_utc, ends_at=e.end_utc,
                            timezone=e.tz, location=e.location, description=e.description,
                            cancelled=cancelled)
        for events, cancelled in ((programme.events, False), (programme.cancelled, True))
        for e in events
    ]
    summary = agenda.import_programme(mission_id, items, progress=progress,
                                      source_name=source_name)
    return ImportSummary(summary.created, summary.updated, summary.skipped,
                         programme.warnings + summary.warnings, summary.batch_id)
