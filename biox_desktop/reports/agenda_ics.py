"""Agenda calendars: a delegate's agenda as ICS, and an ICS file imported as a programme.

Glue between :mod:`biox_desktop.reports.ics` (the file format) and the agenda service (the
data); no Qt. Errors in an imported file are :class:`~biox_desktop.reports.ics.IcsImportError`
with a message naming the file and the problem; nothing is imported then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from biox_desktop.core.agenda import ImportSummary, ProgrammeImportItem
from biox_desktop.core.progress import Progress
from biox_desktop.core.validation import NotFoundError
from biox_desktop.db.agenda import AgendaService
from biox_desktop.db.models import Base
from biox_desktop.reports.agenda_feed import AgendaRows, index_by_id, person_calendar
from biox_desktop.reports.ics import IcsImportError, parse_programme

__all__ = ["IcsImportError", "agenda_rows", "delegate_calendar", "import_programme_file"]


def agenda_rows(agenda: AgendaService, mission_id: str) -> AgendaRows:
    """The mission's rows a calendar needs, read from the local database as plain mappings
    (tombstones included: they become cancellations)."""
    tables = Base.metadata.tables

    def rows(name: str, column: str, values: Iterable[str]) -> list[dict[str, Any]]:
        table = tables[name]
        wanted = sorted(set(values))
        out: list[dict[str, Any]] = []
        for i in range(0, len(wanted), 500):
            out.extend(dict(r) for r in s.execute(
                select(table).where(table.c[column].in_(wanted[i:i + 500]))).mappings())
        return out

    with agenda.db.session() as s:
        missions = rows("missions", "id", [mission_id])
        if not missions:
            raise NotFoundError(f"no mission with id {mission_id}")
        items = rows("agenda_items", "mission_id", [mission_id])
        meetings = rows("meetings", "mission_id", [mission_id])
        found = AgendaRows(
            mission=missions[0], items=items,
            item_participants=rows("agenda_participants", "agenda_item_id",
                                   [str(i["id"]) for i in items]),
            meetings=meetings,
            meeting_participants=rows("meeting_participants", "meeting_id",
                                      [str(m["id"]) for m in meetings]),
            venues=index_by_id(rows("venues", "mission_id", [mission_id])),
            roster=rows("roster_entries", "mission_id", [mission_id]))
        people = index_by_id(rows("people", "id", found.person_ids()))
        orgs = {str(o["id"]): str(o["name"]) for o in rows(
            "organisations", "id", [str(p["organisation_id"]) for p in people.values()
                                    if p.get("organisation_id")])}
    return replace(found, people=people, organisations=orgs)


def delegate_calendar(agenda: AgendaService, mission_id: str, person_id: str, *,
                      now: dt.datetime | None = None, published_only: bool = False) -> bytes:
    """The person's programme and meetings as an iCalendar file (mission-local VTIMEZONE).

    Each export has its own DTSTAMP (``now``), keeps every event's UID and SEQUENCE, and lists
    what was cancelled for the person as STATUS:CANCELLED (see
    :mod:`biox_desktop.reports.agenda_feed`): importing it after an earlier one updates that.
    Drafts are TENTATIVE unless ``published_only`` leaves them out.
    """
    return person_calendar(agenda_rows(agenda, mission_id), person_id,
                           published_only=published_only, now=now)


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
