"""Agenda rules: programme items, meetings and requests as plain data, shown times, conflicts.

No Qt and no database. Services (:mod:`biox_desktop.db.agenda`) return these frozen dataclasses;
screens, PDFs, ICS files and commands show them.

Time: every instant is an aware UTC datetime plus the IANA zone of the place it happens
(the venue's zone). People see the venue-local wall time with the home time (the mission's
``home_timezone``, usually a European zone) beside it. Both are computed from the UTC instant
with zoneinfo, so a DST change on either side (or both, as with Sydney and Paris in spring)
moves the right one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from biox_desktop.core.counterpart import CounterpartAnswer
from biox_desktop.core.enums import AGENDA_KINDS
from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, format_datetime, format_time, translate
from biox_desktop.core.languages import (
    ANY,
    is_interpreter_language,
    language_name,
    normalise_language,
    speaks,
)
from biox_desktop.core.places import is_timezone
from biox_desktop.core.validation import FieldError, ValidationError

REQUEST_STATUSES: dict[str, str] = {
    "pending": "Pending",
    "accepted": "Accepted",
    "declined": "Declined",
    "expired": "Expired",
}

MEETING_STATUSES: dict[str, str] = {
    "draft": "Draft",
    "published": "Published",
    "cancelled": "Cancelled",
}

CONFLICT_KINDS: dict[str, str] = {
    "double_booked": QT_TRANSLATE_NOOP("shared", "In two places at once"),
    "travel": QT_TRANSLATE_NOOP("shared", "Too little travel time"),
    "outside_stay": QT_TRANSLATE_NOOP("shared", "Outside the stay"),
    "interpreters": QT_TRANSLATE_NOOP("shared", "Not enough interpreters"),
}

# ---------------------------------------------------------------------------------------------
# Shown times
# ---------------------------------------------------------------------------------------------


def _aware(moment: dt.datetime, what: str = "time") -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime")


def in_zone(moment: dt.datetime, zone: str) -> dt.datetime:
    """``moment`` (aware) as wall time in the IANA ``zone``."""
    _aware(moment)
    return moment.astimezone(ZoneInfo(zone))


def local_to_utc(day: dt.date, wall: dt.time, zone: str) -> dt.datetime:
    """The UTC instant of wall time ``wall`` on ``day`` in ``zone``.

    A wall time skipped by a DST change (02:30 on a spring-forward night) is read with the
    offset before the change (``fold=0``), as zoneinfo does; a repeated one takes the first.
    """
    return dt.datetime.combine(day, wall, ZoneInfo(zone)).astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class ShownTime:
    """One instant as people see it: venue-local wall time and home wall time."""

    utc: dt.datetime
    local: dt.datetime
    home: dt.datetime

    @property
    def home_day_shift(self) -> int:
        """Days between the home date and the local date (-1, 0 or +1 usually)."""
        return (self.home.date() - self.local.date()).days

    def local_text(self) -> str:
        return f"{format_time(self.local)}"

    def home_text(self) -> str:
        """Home wall time, with the day shift (``08:00 −1d``) when the date differs."""
        shift = self.home_day_shift
        if shift == 0:
            return f"{format_time(self.home)}"
        sign = "+" if shift > 0 else "−"
        return f"{format_time(self.home)} {sign}{abs(shift)}d"


def shown_time(moment: dt.datetime, local_zone: str, home_zone: str) -> ShownTime:
    """``moment`` as venue-local and home wall times (correct across DST on both sides)."""
    _aware(moment)
    utc = moment.astimezone(dt.UTC)
    return ShownTime(utc=utc, local=in_zone(utc, local_zone), home=in_zone(utc, home_zone))


def time_range_text(start: dt.datetime, end: dt.datetime, local_zone: str,
                    home_zone: str) -> str:
    """``09:00–09:30 (home 02:00–02:30)``: what a person reads on an agenda line."""
    a, b = shown_time(start, local_zone, home_zone), shown_time(end, local_zone, home_zone)
    return f"{a.local_text()}–{b.local_text()} (home {a.home_text()}–{b.home_text()})"


def zone_abbreviation(moment: dt.datetime, zone: str) -> str:
    """The zone's abbreviation at ``moment`` (JST, CEST, AEDT), or its UTC offset."""
    local = in_zone(moment, zone)
    name = local.tzname() or ""
    if name and name[0] not in "+-":
        return name
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_day(moment: dt.datetime, zone: str) -> dt.date:
    """The venue-local date of ``moment``."""
    return in_zone(moment, zone).date()


# ---------------------------------------------------------------------------------------------
# DTOs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VenueInput:
    name: str
    timezone: str
    address: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class VenueView:
    id: str
    mission_id: str
    name: str
    address: str
    city: str
    timezone: str


@dataclass(frozen=True, slots=True)
class TravelTimeView:
    from_venue_id: str
    to_venue_id: str
    minutes: int


@dataclass(frozen=True, slots=True)
class AgendaItemInput:
    """A programme item as typed or imported. Times are aware datetimes (any zone)."""

    kind: str
    title: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    timezone: str
    venue_id: str | None = None
    description: str = ""
    whole_delegation: bool = True
    participant_ids: tuple[str, ...] = ()
    #: B2B sessions only.
    slot_minutes: int | None = None
    table_count: int | None = None
    #: B2B sessions only: (start, end) aware datetimes of breaks inside the session.
    breaks: tuple[tuple[dt.datetime, dt.datetime], ...] = ()
    ics_uid: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    id: str
    mission_id: str
    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    venue_id: str | None
    venue_name: str
    venue_address: str
    description: str
    whole_delegation: bool
    participant_ids: tuple[str, ...]
    slot_minutes: int | None
    table_count: int | None
    breaks: tuple[tuple[dt.datetime, dt.datetime], ...]
    ics_uid: str | None

    @property
    def kind_label(self) -> str:
        return AGENDA_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class DelegateView:
    """A person on the mission's roster, with what the agenda needs to know."""

    person_id: str
    name: str
    organisation_id: str | None
    organisation_name: str
    role: str
    arrival_at: dt.datetime | None
    departure_at: dt.datetime | None
    interpreter_needed: bool
    email: str | None
    #: Languages they speak (ISO 639-1); for an interpreter, the ones they interpret.
    languages: tuple[str, ...] = ()

    @property
    def is_interpreter(self) -> bool:
        return self.role == "interpreter"


@dataclass(frozen=True, slots=True)
class MeetingRequestInput:
    requester_person_id: str | None
    target_person_id: str | None = None
    target_organisation_id: str | None = None
    requester_organisation_id: str | None = None
    priority: int = 1
    expires_at: dt.datetime | None = None
    notes: str = ""
    #: The language the meeting needs an interpreter for (ISO 639-1, or "any"); None: none.
    interpreter_language: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingRequestView:
    id: str
    mission_id: str
    requester_person_id: str | None
    requester_name: str
    requester_organisation_name: str
    target_person_id: str | None
    target_name: str
    target_organisation_id: str | None
    target_organisation_name: str
    priority: int
    status: str
    expires_at: dt.datetime | None
    notes: str
    #: Id of the active meeting that fulfils this request, if any.
    meeting_id: str | None
    interpreter_language: str | None = None
    #: The last answer (or the request) the foreign person gave on their counterpart page.
    counterpart_answer: CounterpartAnswer | None = None
    #: The B2B sessions (start, title) the foreign person of the request said they can attend.
    counterpart_sessions: tuple[tuple[dt.datetime, str], ...] = ()


@dataclass(frozen=True, slots=True)
class MeetingPerson:
    person_id: str
    name: str
    organisation_name: str
    side: str  # delegation | guest
    email: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingView:
    id: str
    mission_id: str
    request_id: str | None
    agenda_item_id: str | None
    venue_id: str | None
    venue_name: str
    venue_address: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    table_number: int | None
    status: str
    locked: bool
    interpreter_needed: bool
    outcome: str | None
    outcome_note: str
    changed_since_publish: bool
    participants: tuple[MeetingPerson, ...]
    rating: int | None = None  # how promising a held meeting was, 1-5
    #: The language of the interpreter it needs (ISO 639-1, or "any"); None when none is.
    interpreter_language: str | None = None

    def side(self, side: str) -> tuple[MeetingPerson, ...]:
        return tuple(p for p in self.participants if p.side == side)

    def names(self, side: str) -> str:
        return ", ".join(
            f"{p.name} ({p.organisation_name})" if p.organisation_name else p.name
            for p in self.side(side)
        )


@dataclass(frozen=True, slots=True)
class MeetingInput:
    """A meeting the leader adds by hand (day-of changes)."""

    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    delegate_ids: tuple[str, ...]
    guest_ids: tuple[str, ...]
    title: str = ""
    venue_id: str | None = None
    table_number: int | None = None
    interpreter_needed: bool = False
    request_id: str | None = None
    #: The language of the interpreter (ISO 639-1, or "any"); None with ``interpreter_needed``
    #: means the main language of the mission's country.
    interpreter_language: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """Something a person would miss: shown on the agenda screen and the leader grid."""

    kind: str  # see CONFLICT_KINDS
    person_id: str
    person_name: str
    message: str
    #: Ids of the meetings / programme items involved.
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScheduleSummary:
    """What a scheduling run did."""

    mission_id: str
    scheduled_count: int
    weight: int
    weight_bound: int
    idle_gaps: int
    optimal: bool
    new_meetings: int
    kept_meetings: int
    requests: int
    unscheduled: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]
    published: int = 0


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One line of a person's agenda: a programme item or a meeting."""

    kind: str  # an AGENDA_KINDS key, or "meeting"
    id: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    venue_name: str = ""
    venue_address: str = ""
    with_whom: str = ""
    table_number: int | None = None
    interpreter_needed: bool = False
    status: str = ""
    changed: bool = False


@dataclass(frozen=True, slots=True)
class ProgrammeImportItem:
    """One event of an imported calendar, as plain values (from reports.ics)."""

    uid: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    location: str = ""
    description: str = ""
    #: The calendar cancels this event: it is never added, and an item an earlier import
    #: created for the same UID is removed.
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class ImportSummary:
    created: int
    updated: int
    skipped: int
    warnings: tuple[str, ...]
    #: The batch that undoes this import (None when it changed nothing).
    batch_id: str | None = None


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


def validate_item(data: AgendaItemInput) -> AgendaItemInput:
    """A cleaned copy of ``data`` or :class:`ValidationError` listing every problem."""
    errors: list[FieldError] = []
    title = data.title.strip()
    if not title:
        errors.append(FieldError("title", translate("agenda", "Give the programme item a title.")))
    elif len(title) > 300:
        errors.append(
            FieldError(
                "title", translate("agenda", "The title is too long (300 characters at most).")
            )
        )
    if data.kind not in AGENDA_KINDS:
        errors.append(
            FieldError(
                "kind",
                translate("agenda", "'{kind}' is not a kind of programme item.").format(
                    kind=data.kind
                ),
            )
        )
    if not is_timezone(data.timezone):
        errors.append(
            FieldError(
                "timezone",
                translate("agenda", "'{timezone}' is not an IANA time zone.").format(
                    timezone=data.timezone
                ),
            )
        )
    for name, value in (("starts_at", data.starts_at), ("ends_at", data.ends_at)):
        if value is None:
            errors.append(FieldError(name, translate("agenda", "Give a time.")))
        elif value.tzinfo is None:
            errors.append(FieldError(name, translate("agenda", "The time has no time zone.")))
    if (data.starts_at and data.ends_at and data.starts_at.tzinfo and data.ends_at.tzinfo
            and data.ends_at <= data.starts_at):
        errors.append(FieldError("ends_at", translate("agenda", "The item ends before it starts.")))
    if data.kind == "b2b":
        if not data.slot_minutes or data.slot_minutes < 5:
            errors.append(
                FieldError(
                    "slot_minutes",
                    translate("agenda", "A B2B session needs slots of 5 minutes or more."),
                )
            )
        if data.table_count is None or data.table_count < 1:
            errors.append(
                FieldError(
                    "table_count", translate("agenda", "A B2B session needs at least one table.")
                )
            )
        for b_start, b_end in data.breaks:
            if b_start.tzinfo is None or b_end.tzinfo is None or b_end <= b_start:
                errors.append(
                    FieldError("breaks", translate("agenda", "A break must end after it starts."))
                )
                break
    if errors:
        raise ValidationError(errors)
    assert data.starts_at is not None and data.ends_at is not None
    b2b = data.kind == "b2b"
    return AgendaItemInput(
        kind=data.kind, title=title, starts_at=data.starts_at.astimezone(dt.UTC),
        ends_at=data.ends_at.astimezone(dt.UTC), timezone=data.timezone,
        venue_id=data.venue_id or None, description=data.description.strip(),
        whole_delegation=data.whole_delegation, participant_ids=tuple(data.participant_ids),
        slot_minutes=data.slot_minutes if b2b else None,
        table_count=data.table_count if b2b else None,
        breaks=tuple((a.astimezone(dt.UTC), b.astimezone(dt.UTC)) for a, b in data.breaks)
        if b2b else (),
        ics_uid=data.ics_uid,
    )


def validate_request(data: MeetingRequestInput) -> MeetingRequestInput:
    errors: list[FieldError] = []
    if not data.requester_person_id and not data.requester_organisation_id:
        errors.append(
            FieldError(
                "requester_person_id", translate("agenda", "Choose who asks for the meeting.")
            )
        )
    if not data.target_person_id and not data.target_organisation_id:
        errors.append(
            FieldError(
                "target_person_id",
                translate("agenda", "Choose the organisation or person to meet."),
            )
        )
    if not 1 <= data.priority <= 5:
        errors.append(
            FieldError(
                "priority", translate("agenda", "Priority goes from 1 (nice to have) to 5 (must).")
            )
        )
    if data.expires_at is not None and data.expires_at.tzinfo is None:
        errors.append(FieldError("expires_at", translate("agenda", "The expiry has no time zone.")))
    language_error = check_interpreter_language(data.interpreter_language)
    if language_error:
        errors.append(language_error)
    if errors:
        raise ValidationError(errors)
    return replace(data, interpreter_language=normalise_language(data.interpreter_language))


def check_interpreter_language(code: str | None) -> FieldError | None:
    """The error for an interpreter language that is no ISO 639-1 code (None when fine)."""
    clean = normalise_language(code)
    if clean is None or is_interpreter_language(clean):
        return None
    return FieldError(
        "interpreter_language",
        translate("agenda", "'{code}' is not a language code (ISO 639-1, such as ja or zh).")
        .format(code=(code or "").strip()),
    )


def b2b_slots(item: AgendaItemView) -> list[tuple[dt.datetime, dt.datetime]]:
    """The meeting slots of a B2B session: back to back from its start, skipping breaks."""
    if item.kind != "b2b" or not item.slot_minutes or not item.table_count:
        return []
    step = dt.timedelta(minutes=item.slot_minutes)
    slots = []
    start = item.starts_at
    while start + step <= item.ends_at:
        end = start + step
        if not any(start < b_end and b_start < end for b_start, b_end in item.breaks):
            slots.append((start, end))
        start = end
    return slots


# ---------------------------------------------------------------------------------------------
# Conflicts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Engagement:
    """Something one person attends, for conflict detection."""

    id: str
    title: str
    start: dt.datetime
    end: dt.datetime
    venue_id: str | None
    timezone: str
    #: Meetings and items the person was explicitly put on (not the whole-delegation programme).
    personal: bool = True


def travel_lookup(travel: Mapping[tuple[str, str], int], a: str | None,
                  b: str | None) -> int | None:
    """Minutes from venue ``a`` to ``b`` (either direction), 0 for the same venue, else None."""
    if a is None or b is None:
        return None
    if a == b:
        return 0
    minutes = travel.get((a, b))
    return minutes if minutes is not None else travel.get((b, a))


def find_conflicts(
    engagements: Mapping[str, Sequence[Engagement]],
    *,
    names: Mapping[str, str],
    stays: Mapping[str, tuple[dt.datetime | None, dt.datetime | None]] | None = None,
    travel: Mapping[tuple[str, str], int] | None = None,
    home_zone: str = "UTC",
) -> list[Conflict]:
    """Every conflict of every person in ``engagements`` (person id -> what they attend).

    * ``double_booked``: two engagements overlap, at least one personal (two whole-delegation
      items that overlap are parallel tracks, not a clash);
    * ``travel``: consecutive engagements at two venues leave less time than the travel table
      says (pairs missing from the table are not judged);
    * ``outside_stay``: a personal engagement starts before the person lands or ends after
      they leave (``stays``: person id -> (arrival, departure) from the roster).
    """
    stays = stays or {}
    travel = travel or {}
    out: list[Conflict] = []
    for pid, items in engagements.items():
        name = names.get(pid, pid)
        ordered = sorted(items, key=lambda e: (e.start, e.end, e.id))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if b.start >= a.end:
                    break
                if a.personal or b.personal:
                    when = shown_time(b.start, b.timezone, home_zone).local
                    out.append(
                        Conflict(
                            "double_booked",
                            pid,
                            name,
                            translate(
                                "agenda",
                                "{name} is due at “{title}” and “{other}” at the same time ({when}).",
                            ).format(
                                name=name,
                                title=a.title,
                                other=b.title,
                                when=format_datetime(when, "short"),
                            ),
                            (a.id, b.id),
                        )
                    )
        # Travel between consecutive engagements (the next one starting after this ends).
        for i, a in enumerate(ordered):
            following = [b for b in ordered[i + 1:] if b.start >= a.end]
            if not following:
                continue
            b = following[0]
            minutes = travel_lookup(travel, a.venue_id, b.venue_id)
            if not minutes or not (a.personal or b.personal):
                continue
            gap = (b.start - a.end).total_seconds() / 60
            if gap < minutes:
                out.append(
                    Conflict(
                        "travel",
                        pid,
                        name,
                        translate(
                            "agenda",
                            "{name} has {gap} min to get from “{title}” to “{other}”; the trip "
                            "takes {minutes} min.",
                        ).format(
                            name=name, gap=int(gap), title=a.title, other=b.title, minutes=minutes
                        ),
                        (a.id, b.id),
                    )
                )
        arrival, departure = stays.get(pid, (None, None))
        for e in ordered:
            if not e.personal:
                continue
            if arrival is not None and e.start < arrival:
                landed = shown_time(arrival, e.timezone, home_zone).local
                out.append(
                    Conflict(
                        "outside_stay",
                        pid,
                        name,
                        translate(
                            "agenda",
                            "“{title}” is before {name} arrives ({landed}).",
                        ).format(title=e.title, name=name, landed=format_datetime(landed, "short")),
                        (e.id,),
                    )
                )
            elif departure is not None and e.end > departure:
                leaves = shown_time(departure, e.timezone, home_zone).local
                out.append(
                    Conflict(
                        "outside_stay",
                        pid,
                        name,
                        translate("agenda", "“{title}” is after {name} leaves ({leaves}).").format(
                            title=e.title, name=name, leaves=format_datetime(leaves, "short")
                        ),
                        (e.id,),
                    )
                )
    return out


@dataclass(frozen=True, slots=True)
class InterpreterNeed:
    """A meeting that needs an interpreter, for the interpreter check."""

    id: str
    title: str
    start: dt.datetime
    end: dt.datetime
    timezone: str
    language: str


@dataclass(frozen=True, slots=True)
class InterpreterOnRoster:
    """An interpreter of the delegation and when they are there (None: not limited)."""

    person_id: str
    name: str
    languages: frozenset[str]
    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None

    def there(self, start: dt.datetime, end: dt.datetime) -> bool:
        return ((self.arrival is None or self.arrival <= start)
                and (self.departure is None or end <= self.departure))


def find_interpreter_conflicts(
    needs: Sequence[InterpreterNeed],
    interpreters: Sequence[InterpreterOnRoster],
    *,
    home_zone: str = "UTC",
) -> list[Conflict]:
    """Meetings at one moment that need more interpreters than the roster has there.

    At each meeting's start, the meetings running then must each get an interpreter of their
    own who speaks their language (Hall's condition over the languages: a multilingual
    interpreter counts once). A roster without interpreters is not judged: the delegation
    then finds them elsewhere. Each group of meetings is reported once, naming the
    interpreter when there is only one.
    """
    if not interpreters:
        return []
    out: list[Conflict] = []
    seen: set[frozenset[str]] = set()
    for moment in sorted({n.start for n in needs}):
        running = [n for n in needs if n.start <= moment < n.end]
        langs = sorted({n.language for n in running})
        for size in range(1, len(langs) + 1):
            found = False
            for group in itertools.combinations(langs, size):
                involved = [n for n in running if n.language in group]
                there = [t for t in interpreters
                         if any(speaks(t.languages, lang) for lang in group)
                         and all(t.there(n.start, n.end) for n in involved)]
                if len(involved) <= len(there):
                    continue
                found = True
                key = frozenset(n.id for n in involved)
                if key not in seen:
                    seen.add(key)
                    out.append(_interpreter_conflict(involved, group, there, moment, home_zone))
            if found:
                break
    return out


def _interpreter_conflict(involved: Sequence[InterpreterNeed], langs: Sequence[str],
                          there: Sequence[InterpreterOnRoster], moment: dt.datetime,
                          home_zone: str) -> Conflict:
    first = min(involved, key=lambda n: (n.start, n.id))
    when = format_datetime(shown_time(moment, first.timezone, home_zone).local, "short")
    titles = ", ".join(f"“{n.title}”" for n in sorted(involved, key=lambda n: (n.start, n.id)))
    language = " / ".join(language_name(lang) for lang in langs)
    ids = tuple(n.id for n in involved)
    if not there:
        message = translate(
            "agenda", "No interpreter for {language} on the roster is there for {titles} ({when})."
        ).format(language=language, titles=titles, when=when)
        return Conflict("interpreters", "", "", message, ids)
    if len(there) == 1:
        (only,) = there
        message = translate(
            "agenda", "{name}, the only interpreter for {language}, is needed for {titles} at "
            "the same time ({when})."
        ).format(name=only.name, language=language, titles=titles, when=when)
        return Conflict("interpreters", only.person_id, only.name, message, ids)
    if list(langs) == [ANY]:
        message = translate(
            "agenda", "{count} meetings need an interpreter at {when}, with {there} "
            "interpreter(s) there: {titles}."
        ).format(count=len(involved), when=when, there=len(there), titles=titles)
    else:
        message = translate(
            "agenda", "{count} meetings need an interpreter for {language} at {when}, with "
            "{there} interpreter(s) there: {titles}."
        ).format(count=len(involved), language=language, when=when, there=len(there),
                 titles=titles)
    return Conflict("interpreters", "", "", message, ids)


def conflicts_by_id(conflicts: Iterable[Conflict]) -> dict[str, list[Conflict]]:
    """Meeting / item id -> the conflicts it is part of (for flags in tables)."""
    out: dict[str, list[Conflict]] = defaultdict(list)
    for c in conflicts:
        for i in c.ids:
            out[i].append(c)
    return dict(out)
