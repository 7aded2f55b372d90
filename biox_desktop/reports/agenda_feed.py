"""One person's agenda as calendar events, from the mission's synced rows as plain mappings.

The same function serves the laptop's ICS file (rows read from the local database) and the sync
server's private feeds (rows read from ``sync_rows``), so both publish the same UIDs, SEQUENCE
numbers and cancellations. No Qt and no database here: values may be Python values (from the
laptop) or their wire form (ISO 8601 text for instants, from the server).

What a person's calendar holds:

* programme items for the whole delegation when they are on the roster (registration not
  cancelled), and items naming them as participant; B2B sessions are containers, not events;
* their meetings: published ones, and drafts (TENTATIVE) unless ``published_only``;
* as STATUS:CANCELLED, so that a calendar that imported or subscribed earlier drops its copy:
  published meetings that were cancelled, deleted programme items, and items or meetings the
  person was taken off (a participant row of theirs deleted, none live).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from biox_desktop.core.i18n import translate
from biox_desktop.reports.ics import CalendarEvent, CalendarPerson, build_calendar, event_uid

Row = Mapping[str, Any]

#: The synced tables a person's calendar is built from (all in the mission's scope, except
#: people and organisations, which are looked up by id).
MISSION_TABLES = ("missions", "agenda_items", "agenda_participants", "meetings",
                  "meeting_participants", "venues", "roster_entries")


@dataclass(frozen=True)
class AgendaRows:
    """The rows of one mission a calendar needs, each a mapping of synced field -> value
    (``id`` and ``deleted`` included)."""

    mission: Row
    items: Sequence[Row] = ()
    item_participants: Sequence[Row] = ()
    meetings: Sequence[Row] = ()
    meeting_participants: Sequence[Row] = ()
    venues: Mapping[str, Row] = field(default_factory=dict)
    roster: Sequence[Row] = ()
    #: person id -> people row; organisation id -> name.
    people: Mapping[str, Row] = field(default_factory=dict)
    organisations: Mapping[str, str] = field(default_factory=dict)

    def person_ids(self) -> set[str]:
        """Everyone the calendars of this mission may name (to load their people rows)."""
        ids = {str(r["person_id"]) for r in (*self.item_participants, *self.meeting_participants,
                                             *self.roster) if r.get("person_id")}
        return ids


def _instant(value: Any) -> dt.datetime:
    """An aware UTC datetime from a Python value or its wire text."""
    parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, value)


def _live(row: Row) -> bool:
    return not row.get("deleted")


def _first(values: Any) -> str | None:
    return str(values[0]) if isinstance(values, list | tuple) and values else None


def _sequence(row: Row) -> int:
    value = row.get("ics_sequence")
    return value if isinstance(value, int) and value >= 0 else 0


def person_events(rows: AgendaRows, person_id: str, *,
                  published_only: bool) -> list[CalendarEvent]:
    """The person's calendar events in time order (see the module's docstring)."""
    on_roster = any(_live(r) and r.get("person_id") == person_id
                    and r.get("registration_status") != "cancelled" for r in rows.roster)
    item_people: dict[str, dict[str, bool]] = defaultdict(dict)  # item -> person -> live
    for p in rows.item_participants:
        pid, iid = str(p.get("person_id")), str(p.get("agenda_item_id"))
        item_people[iid][pid] = item_people[iid].get(pid, False) or _live(p)
    meeting_people: dict[str, list[Row]] = defaultdict(list)
    for p in rows.meeting_participants:
        meeting_people[str(p.get("meeting_id"))].append(p)

    events: list[CalendarEvent] = []
    for item in rows.items:
        if item.get("kind") == "b2b":
            continue
        mine = item_people.get(str(item["id"]), {})
        if item.get("whole_delegation") and on_roster:
            attending, was = True, True
        else:
            attending, was = mine.get(person_id, False), person_id in mine
        if not was:
            continue
        cancelled = not _live(item) or not attending
        venue = rows.venues.get(str(item.get("venue_id") or ""), {})
        events.append(CalendarEvent(
            id=_uuid(str(item["id"])), uid=event_uid(str(item["id"])),
            title=str(item.get("title") or ""), start_utc=_instant(item["starts_at"]),
            end_utc=_instant(item["ends_at"]), venue_name=str(venue.get("name") or ""),
            venue_address=str(venue.get("address") or ""),
            description=str(item.get("description") or ""),
            status="CANCELLED" if cancelled else "CONFIRMED", sequence=_sequence(item)))

    for meeting in rows.meetings:
        status = meeting.get("status")
        if not _live(meeting) or (published_only and status == "draft"):
            continue  # a deleted meeting was a draft that never reached anyone
        parts = meeting_people.get(str(meeting["id"]), [])
        live = [p for p in parts if _live(p)]
        if not any(p.get("person_id") == person_id for p in parts):
            continue
        taken_off = not any(p.get("person_id") == person_id for p in live)
        cancelled = status == "cancelled" or taken_off
        attendees = []
        others = []
        for p in sorted(live, key=lambda p: (p.get("side") != "delegation",
                                             str(p.get("person_id")))):
            pid = str(p.get("person_id"))
            person = rows.people.get(pid)
            if person is None:
                continue
            name = str(person.get("name") or "")
            attendees.append(CalendarPerson(_uuid(pid), name, _first(person.get("emails"))))
            if pid != person_id:
                org = rows.organisations.get(str(person.get("organisation_id") or ""), "")
                others.append(f"{name} ({org})" if org else name)
        lines = []
        if others:
            lines.append(translate("agenda_pdf", "With: {who}").format(who="; ".join(others)))
        if meeting.get("table_number"):
            lines.append(translate("agenda_pdf", "Table {n}").format(n=meeting["table_number"]))
        if meeting.get("interpreter_needed"):
            lines.append(translate("agenda_pdf", "Interpreter booked"))
        if meeting.get("changed_since_publish") and not published_only and not cancelled:
            # A file is sent once: tell its reader; a feed is always current, so it never says.
            lines.append(translate("agenda_pdf", "Changed since the agenda was sent"))
        venue = rows.venues.get(str(meeting.get("venue_id") or ""), {})
        events.append(CalendarEvent(
            id=_uuid(str(meeting["id"])), uid=event_uid(str(meeting["id"])),
            title=str(meeting.get("title") or ""), start_utc=_instant(meeting["starts_at"]),
            end_utc=_instant(meeting["ends_at"]), venue_name=str(venue.get("name") or ""),
            venue_address=str(venue.get("address") or ""), description="\n".join(lines),
            attendees=tuple(attendees),
            status="CANCELLED" if cancelled else (
                "TENTATIVE" if status == "draft" else "CONFIRMED"),
            sequence=_sequence(meeting)))
    events.sort(key=lambda e: (e.start_utc, e.end_utc, e.title))
    return events


def calendar_name(rows: AgendaRows, person_id: str) -> str:
    """"Mission — Person" (the mission's name alone for someone unknown)."""
    mission = str(rows.mission.get("name") or "")
    person = rows.people.get(person_id)
    return f"{mission} — {person['name']}" if person and person.get("name") else mission


def person_calendar(rows: AgendaRows, person_id: str, *, published_only: bool,
                    now: dt.datetime | None = None,
                    refresh: dt.timedelta | None = None) -> bytes:
    """The person's agenda as a METHOD:PUBLISH iCalendar in the mission's time zone."""
    return build_calendar(person_events(rows, person_id, published_only=published_only),
                          calendar_name=calendar_name(rows, person_id),
                          tzid=str(rows.mission.get("timezone") or "UTC"), now=now,
                          refresh=refresh)


def index_by_id(rows: Iterable[Row]) -> dict[str, Row]:
    return {str(r["id"]): r for r in rows}
