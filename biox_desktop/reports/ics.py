"""Calendar (iCalendar, RFC 5545) import and export for mission programmes.

No Qt and no database: screens and services call these functions with plain values.

Import policy (``parse_programme``)
    A file is *refused* (:class:`IcsImportError`) when we cannot read it with certainty:
    broken structure (missing or unbalanced BEGIN/END, a line that is not
    ``NAME[;PARAM=...]:VALUE``), a value that does not follow its type (dates and times,
    durations, GEO, calendar addresses, integers, enumerations), vCalendar 1.0, a TZID that is
    neither defined by a VTIMEZONE in the file nor a known IANA zone, or an event without
    DTSTART or ending before it starts. The message names the file, and the line and component
    where possible.

    A repair pass first accepts what other calendar programs accept, each kind with one
    warning: empty lines (between or inside components), blanks around a structured value
    (``DTSTART: 20240101T090000``), and DTSTAMP/CREATED/LAST-MODIFIED in local rather than UTC
    time (metadata the programme does not use; a malformed one is still refused). TZIDs are
    compared after the same normalisation on both sides (quotes and surrounding blanks
    removed), in the VTIMEZONE's definition as in every reference to it.

    A well-formed calendar without any VEVENT (only to-dos, journal entries, free/busy or time
    zones) is refused with :class:`NotAProgrammeError`, a subclass, so callers can tell
    "this is not a programme" from "this file is broken". Its message says "it contains
    nothing" only when the file truly holds nothing; repeating events with no occurrence in
    the window are named ("no occurrence between 2027-06-07 and 2027-06-25").

    Events with STATUS:CANCELLED (a single event, a whole series or one occurrence) are never
    programme events: they are listed in :attr:`ImportedProgramme.cancelled`, with a warning,
    so that a service can remove what an earlier import of the same UID created.

    Metadata we do not need is tolerated with a warning: no PRODID, no UID (a stable one is
    derived from the content), bytes that are not UTF-8 (replaced), an IANA TZID with no
    VTIMEZONE (common in Google and Apple exports), an empty ``TZID=``.

    Repeating events (RRULE/RDATE/EXDATE, with RECURRENCE-ID overrides) are expanded into
    single occurrences, because a programme is a list of concrete sessions. Expansion runs in
    the event's local wall-clock time (so "09:00 every day" stays 09:00 across a DST change)
    and is bounded: by ``window`` when given (occurrences overlapping it), otherwise one year
    from each series' first start; at most ``max_occurrences`` per series. Truncation is
    reported as a warning. One-off events are always imported, whatever the window (the
    agenda service lists those outside the mission's dates as warnings).

    Times: ``start_utc``/``end_utc`` are aware UTC datetimes. ``tz`` is the IANA name of the
    zone the event was given in: the TZID itself when it is an IANA name, else a Windows zone
    name mapped to IANA, else the VTIMEZONE's X-LIC-LOCATION, else ``default_tz`` (with a
    warning when its offsets disagree with the file's definition; UTC instants always follow
    the file). UTC and floating times, and all-day dates, use the calendar's X-WR-TIMEZONE when
    it is an IANA name, else ``default_tz``; floating times and all-day dates are read as wall
    time in that zone.

Export (``build_calendar``, ``build_invitation``)
    A METHOD:PUBLISH calendar with one VTIMEZONE generated from zoneinfo's transitions over the
    events' span, and one VEVENT per :class:`CalendarEvent`; or an invitation for one event
    (METHOD:REQUEST, or METHOD:CANCEL when the event is cancelled).

    Files that update (RFC 5545/5546): every event keeps one UID for its whole life
    (:func:`event_uid`, the row id with a fixed domain), carries the SEQUENCE its row stores
    (raised by the agenda service on every change a calendar shows), and a DTSTAMP per export.
    Cancelled events stay in later exports with STATUS:CANCELLED, so a calendar that imported an
    earlier file replaces its copy instead of keeping a meeting that no longer takes place.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any, Literal
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from dateutil.rrule import rruleset, rrulestr

from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress

PRODID = "-//bioX Missions//bioX Missions Desktop//EN"

#: The domain part of every UID this application writes (RFC 5545 suggests ``id@domain``).
UID_DOMAIN = "biox-missions"


def event_uid(row_id: str) -> str:
    """The UID of the calendar event for an agenda row (meeting or programme item): the same in
    every export, on every laptop and in the server's feeds, whatever changes in the row."""
    return f"{row_id}@{UID_DOMAIN}"


# --------------------------------------------------------------------------------------------
# Import: public types
# --------------------------------------------------------------------------------------------


class IcsImportError(ValueError):
    """The file cannot be imported; the message says why and where."""


class NotAProgrammeError(IcsImportError):
    """A readable calendar that holds no events (only to-dos, journal, free/busy, ...)."""


@dataclass(frozen=True)
class ImportedEvent:
    """One session of an imported programme (one occurrence of a repeating event)."""

    uid: str
    title: str
    start_utc: datetime
    end_utc: datetime
    tz: str
    all_day: bool
    location: str
    description: str
    #: UTC start of the occurrence this replaces, for occurrences of a repeating event.
    recurrence_id_utc: datetime | None = None


@dataclass(frozen=True)
class ImportedProgramme:
    source_name: str
    events: tuple[ImportedEvent, ...]
    warnings: tuple[str, ...] = ()
    #: Events (occurrences) the file marks STATUS:CANCELLED: never live programme items, but a
    #: service may remove what an earlier import of the same UID created.
    cancelled: tuple[ImportedEvent, ...] = ()


# --------------------------------------------------------------------------------------------
# Import: line-level checks (they know line numbers; icalendar does not)
# --------------------------------------------------------------------------------------------

_NAME = r"[A-Za-z0-9-]+"
_PARAM_VALUE = r'(?:"[^"]*"|[^";:,]*)'
_PARAM = rf"{_NAME}={_PARAM_VALUE}(?:,{_PARAM_VALUE})*"
_CONTENT_LINE = re.compile(rf"({_NAME})((?:;{_PARAM})*):(.*)", re.DOTALL)
_PARAM_SPLIT = re.compile(rf";({_NAME})=({_PARAM_VALUE}(?:,{_PARAM_VALUE})*)")

_UTC_ONLY = {"DTSTAMP", "CREATED", "LAST-MODIFIED"}
_CAL_ADDRESS = {"ATTENDEE", "ORGANIZER"}
_ENUMERATED = {"CLASS", "STATUS", "TRANSP"}
_INTEGER = {"SEQUENCE", "PRIORITY", "PERCENT-COMPLETE", "REPEAT"}
_TIME_PROPS = {"DTSTART", "DTEND", "DUE", "RDATE", "EXDATE", "RECURRENCE-ID"}
_FLOAT = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
_GEO = re.compile(rf"{_FLOAT};{_FLOAT}")
_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_UTC_DATETIME = re.compile(r"\d{8}T\d{6}Z")


@dataclass
class _Line:
    number: int  # 1-based number of the first physical line
    name: str  # upper case
    params: dict[str, str]
    value: str
    text: str


@dataclass
class _Scan:
    text: str  # the text to hand to icalendar (after the small repairs we warn about)
    lines: list[_Line]
    warnings: list[str] = field(default_factory=list)
    tzids_defined: set[str] = field(default_factory=set)


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


def _unescape_text(value: str) -> str:
    return re.sub(r"\\([,;\\nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _decode(data: bytes, where: str, warn: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warn.append(translate(
            "ics", "{where}: line {line} and possibly others are not valid UTF-8; "
            "the unreadable bytes were replaced by �"
        ).format(where=where, line=line))
        return data.decode("utf-8", errors="replace")


def _scan(text: str, where: str) -> _Scan:
    """Check the structure line by line and collect properties with their line numbers."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(p.strip() for p in physical):
        raise IcsImportError(translate("ics", "{where}: the file is empty").format(where=where))

    # Unfold, remembering where each logical line starts.
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(physical, start=1):
        if raw[:1] in (" ", "\t") and logical and logical[-1][1] != "":
            start, previous = logical[-1]
            logical[-1] = (start, previous + raw[1:])
        else:
            logical.append((number, raw))

    scan = _Scan(text="", lines=[])
    out_lines: list[str] = []
    stack: list[tuple[str, int]] = []
    seen_calendar = False
    empty_tzid = False
    blank_lines: list[int] = []
    repairs = _Repairs()
    for number, raw in logical:
        if raw.strip() == "":
            # RFC 5545 has no empty lines, but Outlook, Google and Apple read past them.
            if stack:
                blank_lines.append(number)
            continue
        match = _CONTENT_LINE.fullmatch(raw)
        if match is None:
            shown = raw if len(raw) <= 60 else raw[:57] + "..."
            raise IcsImportError(translate(
                "ics", "{where}: line {line}: not an iCalendar content line (NAME:VALUE): {text}"
            ).format(where=where, line=number, text=repr(shown)))
        name = match.group(1).upper()
        params = {
            p.group(1).upper(): p.group(2) for p in _PARAM_SPLIT.finditer(match.group(2))
        }
        value = match.group(3)
        if stack and name not in ("BEGIN", "END"):
            fixed = _repair_value(name, params, value, stack[-1][0], number, repairs)
            if fixed != value:
                value = fixed
                raw = match.group(1) + match.group(2) + ":" + value
            if "TZID" in params or (name == "TZID" and stack[-1][0] == "VTIMEZONE"):
                # TZIDs are compared as written after the same normalisation on both sides
                # (quotes and blanks around the name removed), here and for icalendar.
                raw, params, value = _normalise_tzids(match, name, params, value, raw,
                                                      number, repairs)
        if not stack and name != "BEGIN":
            raise IcsImportError(translate(
                "ics", "{where}: line {line}: {name} outside a calendar; "
                "the file must start with BEGIN:VCALENDAR"
            ).format(where=where, line=number, name=name))
        if name == "BEGIN":
            component = value.strip().upper()
            if not stack and component != "VCALENDAR":
                raise IcsImportError(translate(
                    "ics", "{where}: line {line}: BEGIN:{component} outside a calendar; "
                    "the file must start with BEGIN:VCALENDAR"
                ).format(where=where, line=number, component=value.strip()))
            if stack and component == "VCALENDAR":
                raise IcsImportError(translate(
                    "ics", "{where}: line {line}: a calendar nested inside the calendar begun "
                    "at line {begun}"
                ).format(where=where, line=number, begun=stack[0][1]))
            if not _TOKEN.fullmatch(component):
                raise IcsImportError(translate(
                    "ics", "{where}: line {line}: bad component name {name}"
                ).format(where=where, line=number, name=repr(value)))
            stack.append((component, number))
            seen_calendar = True
        elif name == "END":
            component = value.strip().upper()
            if component != stack[-1][0]:
                raise IcsImportError(translate(
                    "ics", "{where}: line {line}: END:{component} does not close "
                    "BEGIN:{open} from line {begun}"
                ).format(where=where, line=number, component=value.strip(), open=stack[-1][0],
                         begun=stack[-1][1]))
            stack.pop()
        else:
            _check_value(name, params, value, stack[-1][0], number, where)
            if name == "TZID" and stack[-1][0] == "VTIMEZONE":
                tzid = _tzid_key(_unescape_text(value))
                if not tzid:
                    empty_tzid = True
                    raw = "TZID:" + _EMPTY_TZID
                    tzid = _EMPTY_TZID
                scan.tzids_defined.add(tzid)
            if "TZID" in params and _unquote(params["TZID"]).strip() == "":
                empty_tzid = True
                raw = raw.replace("TZID=:", f"TZID={_EMPTY_TZID}:").replace(
                    "TZID=;", f"TZID={_EMPTY_TZID};"
                )
                params["TZID"] = _EMPTY_TZID
            scan.lines.append(_Line(number, name, params, value, raw))
        out_lines.append(raw)
    if stack:
        component, number = stack[-1]
        raise IcsImportError(translate(
            "ics", "{where}: the file ends inside {component} begun at line {begun} "
            "(no END:{component}; is the file cut short?)"
        ).format(where=where, component=component, begun=number))
    if not seen_calendar:
        raise IcsImportError(
            translate("ics", "{where}: no BEGIN:VCALENDAR found").format(where=where))
    if blank_lines:
        scan.warnings.append(translate(
            "ics", "{where}: {count} empty lines ignored (first at line {line}); iCalendar "
            "does not allow them, but other calendar programs read past them"
        ).format(where=where, count=len(blank_lines), line=blank_lines[0]))
    scan.warnings.extend(repairs.messages(where))
    if empty_tzid:
        scan.warnings.append(translate(
            "ics", "{where}: an empty TZID was used; its VTIMEZONE (if any) was applied as given"
        ).format(where=where))
    scan.text = "\r\n".join(out_lines) + "\r\n"
    return scan


_EMPTY_TZID = "X-BIOX-EMPTY-TZID"

#: Properties whose values have a grammar without blanks: a space before or after one (as
#: some exporters write "DTSTART: 20240101T090000") is removed, with a warning.
_STRUCTURED = (_TIME_PROPS | _UTC_ONLY | _ENUMERATED | _INTEGER
               | {"GEO", "VERSION", "DURATION", "RRULE", "EXRULE", "TZOFFSETFROM", "TZOFFSETTO",
                  "TRIGGER", "FREEBUSY", "COMPLETED", "CALSCALE", "METHOD"})
_FLOATING_DATETIME = re.compile(r"\d{8}T\d{6}")


@dataclass
class _Repairs:
    """What the repair pass changed, by kind, with the first line (one warning per kind)."""

    spaced: dict[str, int] = field(default_factory=dict)  # property -> first line
    not_utc: dict[str, tuple[int, str]] = field(default_factory=dict)  # property -> (line, value)
    tzids: dict[str, int] = field(default_factory=dict)  # TZID as written -> first line

    def messages(self, where: str) -> list[str]:
        out: list[str] = []
        if self.spaced:
            names = ", ".join(sorted(self.spaced))
            out.append(translate(
                "ics", "{where}: line {line}: blanks around the value of {names} were removed "
                "(a space before a value is not iCalendar, but other calendar programs accept "
                "it)").format(where=where, line=min(self.spaced.values()), names=names))
        for name, (line, value) in sorted(self.not_utc.items()):
            out.append(translate(
                "ics", "{where}: line {line}: {name} {value} is not in UTC as iCalendar "
                "requires; accepted, it does not change the programme"
            ).format(where=where, line=line, name=name, value=repr(value)))
        for tzid, line in sorted(self.tzids.items()):
            out.append(translate(
                "ics", "{where}: line {line}: time zone {tzid} is written with blanks or "
                "quotes around its name; read as {name}"
            ).format(where=where, line=line, tzid=repr(tzid), name=repr(_tzid_key(tzid))))
        return out


def _tzid_key(text: str) -> str:
    """A TZID as compared: without surrounding quotes and blanks (both the VTIMEZONE's
    definition and the references to it go through here)."""
    return _unquote(text.strip()).strip()


def _repair_value(name: str, params: dict[str, str], value: str, component: str, number: int,
                  repairs: _Repairs) -> str:
    """A value other calendar programs accept, made valid (each kind of repair is warned)."""
    if name in _STRUCTURED and value != value.strip() and value.strip():
        repairs.spaced.setdefault(name, number)
        value = value.strip()
    if name in _UTC_ONLY and component not in ("VCALENDAR", "VTIMEZONE") and not (
            _UTC_DATETIME.fullmatch(value)) and (
            _FLOATING_DATETIME.fullmatch(value) or ("TZID" in params and re.fullmatch(
                r"\d{8}T\d{6}Z?", value))):
        # Metadata only (when the event was stamped, created, changed): a local time is as
        # good as UTC for us, and Outlook exports such values.
        repairs.not_utc.setdefault(name, (number, value))
        value = value + "Z" if not value.endswith("Z") else value
    return value


def _normalise_tzids(match: re.Match[str], name: str, params: dict[str, str], value: str,
                     raw: str, number: int, repairs: _Repairs) -> tuple[str, dict[str, str], str]:
    """The line with every TZID (parameter or VTIMEZONE definition) in its compared form."""
    if name == "TZID" and "TZID" not in params:
        key = _tzid_key(value)
        if key != value and key:
            repairs.tzids.setdefault(value, number)
            return f"{match.group(1)}{match.group(2)}:{key}", params, key
        return raw, params, value
    written = params["TZID"]
    key = _tzid_key(written)
    if key == _unquote(written) or not key:
        return raw, params, value
    repairs.tzids.setdefault(_unquote(written), number)
    quoted = f'"{key}"' if re.search(r"[;:,]", key) else key
    rebuilt = _PARAM_SPLIT.sub(
        lambda p: f";{p.group(1)}={quoted}" if p.group(1).upper() == "TZID" else p.group(0),
        match.group(2))
    return f"{match.group(1)}{rebuilt}:{value}", {**params, "TZID": quoted}, value


def _check_value(name: str, params: dict[str, str], value: str, component: str,
                 number: int, where: str) -> None:
    """Refuse values that break their type's grammar (RFC 5545 section 3.3 and 3.8)."""
    stripped = value.strip()
    if component == "VCALENDAR" and name == "VERSION" and stripped not in ("2.0",):
        if stripped.startswith("1."):
            raise IcsImportError(translate(
                "ics", "{where}: line {line}: VERSION:{version} is the old vCalendar format, "
                "which is not supported; export the calendar as iCalendar 2.0"
            ).format(where=where, line=number, version=stripped))
        raise IcsImportError(translate(
            "ics", "{where}: line {line}: unsupported iCalendar VERSION {version}"
        ).format(where=where, line=number, version=repr(stripped)))
    if name in _UTC_ONLY and component not in ("VCALENDAR", "VTIMEZONE") and not (
        _UTC_DATETIME.fullmatch(stripped)
    ):
        raise IcsImportError(translate(
            "ics", "{where}: line {line}: {name} must be a UTC date-time like "
            "20240101T120000Z, got {value}"
        ).format(where=where, line=number, name=name, value=repr(stripped)))
    if name in _CAL_ADDRESS and (not stripped or re.search(r"\s", stripped)):
        # A calendar address is a URI, and URIs never contain spaces.
        raise IcsImportError(translate(
            "ics", "{where}: line {line}: {name} must be an address such as "
            "mailto:name@example.org (no spaces), got {value}"
        ).format(where=where, line=number, name=name, value=repr(stripped)))
    if name == "GEO" and not _GEO.fullmatch(stripped):
        raise IcsImportError(translate(
            "ics", "{where}: line {line}: GEO must be 'latitude;longitude', got {value}"
        ).format(where=where, line=number, value=repr(stripped)))
    if name in _ENUMERATED and not _TOKEN.fullmatch(stripped):
        raise IcsImportError(translate(
            "ics", "{where}: line {line}: {name} has an empty or malformed value {value}"
        ).format(where=where, line=number, name=name, value=repr(stripped)))
    if name in _INTEGER and not re.fullmatch(r"[+-]?\d+", stripped):
        raise IcsImportError(translate(
            "ics", "{where}: line {line}: {name} must be a whole number, got {value}"
        ).format(where=where, line=number, name=name, value=repr(stripped)))


# --------------------------------------------------------------------------------------------
# Import: time zones
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _iana(name: str) -> ZoneInfo | None:
    if not name or name.startswith("/") or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _windows_to_iana(name: str) -> str | None:
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:  # older icalendar
        return None
    mapped = WINDOWS_TO_OLSON.get(name)
    return mapped if mapped and _iana(mapped) else None


@dataclass
class _Zones:
    """Resolves the IANA name shown for an event, per calendar."""

    default_tz: str
    calendar_tz: str  # X-WR-TIMEZONE when usable, else default_tz
    x_lic: dict[str, str]
    warnings: list[str]
    where: str
    _warned: set[str] = field(default_factory=set)

    def name_for(self, value: datetime, tzid: str | None) -> str:
        tz = value.tzinfo
        if isinstance(tz, ZoneInfo) and tz.key and tz.key != "UTC":
            return tz.key
        if tzid is None or tz is None or (tz.utcoffset(value) == timedelta(0) and tzid in (
            "UTC", "Z", "Etc/UTC"
        )):
            return self.calendar_tz
        for candidate in (_windows_to_iana(tzid), self.x_lic.get(tzid)):
            if candidate and _iana(candidate):
                return candidate
        default = _iana(self.calendar_tz)
        if default is not None and default.utcoffset(value.replace(tzinfo=None)) == tz.utcoffset(
            value
        ):
            return self.calendar_tz
        if tzid not in self._warned:
            self._warned.add(tzid)
            self.warnings.append(translate(
                "ics", "{where}: time zone {tzid} is not an IANA zone; times were converted "
                "to UTC with the file's own definition and will be shown in {zone}"
            ).format(where=self.where, tzid=repr(tzid), zone=self.calendar_tz))
        return self.calendar_tz


# --------------------------------------------------------------------------------------------
# Import: the parser
# --------------------------------------------------------------------------------------------


def parse_programme(
    data: bytes,
    *,
    source_name: str,
    default_tz: str,
    window: tuple[datetime, datetime] | None = None,
    max_occurrences: int = 500,
    progress: Progress | None = None,
) -> ImportedProgramme:
    """Read an .ics file into programme events, or raise :class:`IcsImportError`.

    ``default_tz`` (IANA) applies to floating times and all-day dates when the calendar names
    no usable X-WR-TIMEZONE. ``window`` (aware datetimes) bounds the expansion of repeating
    events; see the module docstring for the whole policy.
    """
    where = source_name
    if _iana(default_tz) is None:
        raise ValueError(f"default_tz {default_tz!r} is not an IANA time zone")
    if window is not None and (window[0].tzinfo is None or window[1].tzinfo is None):
        raise ValueError("window must be given as aware datetimes")
    warn: list[str] = []
    text = _decode(data, where, warn)
    scan = _scan(text, where)
    warn.extend(scan.warnings)
    _check_tzid_references(scan, where, warn)

    with warnings.catch_warnings():
        # icalendar warns when it guesses a zone; _check_tzid_references already decided.
        warnings.simplefilter("ignore")
        try:
            calendars = icalendar.Calendar.from_ical(scan.text, multiple=True)
        except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError, ...
            raise IcsImportError(_locate(f"{where}: {_describe(exc)}", exc, scan)) from exc
        _check_component_errors(calendars, scan, where)

        events: list[ImportedEvent] = []
        outcome = _Outcome()
        other_kinds: dict[str, int] = {}
        undated_plain = 0  # undated VEVENTs in a calendar without METHOD: an RFC violation
        for cal_index, calendar in enumerate(calendars, start=1):
            if calendar.get("PRODID") is None:
                warn.append(translate("ics", "{where}: calendar {number} has no PRODID")
                            .format(where=where, number=cal_index))
            if calendar.get("VERSION") is None:
                warn.append(translate(
                    "ics", "{where}: calendar {number} has no VERSION; read as 2.0"
                ).format(where=where, number=cal_index))
            zones = _zones_for(calendar, default_tz, warn, where)
            for comp in calendar.subcomponents:
                kind = str(comp.name)
                if kind not in ("VEVENT", "VTIMEZONE"):
                    other_kinds[kind] = other_kinds.get(kind, 0) + 1
            vevents = [c for c in calendar.subcomponents if c.name == "VEVENT"]
            _check_vtimezone_coverage(calendar, vevents, scan, where, warn)
            dated = [c for c in vevents if c.get("DTSTART") is not None]
            undated = len(vevents) - len(dated)
            if undated:
                key = translate("ics", "VEVENT without DTSTART")
                other_kinds[key] = other_kinds.get(key, 0) + undated
                # With METHOD (iTIP: replies, cancellations) DTSTART is optional.
                if calendar.get("METHOD") is None:
                    undated_plain += undated
            if dated:
                events.extend(_events_from(dated, zones, window, max_occurrences, where, warn,
                                           progress, outcome))
    if events and undated_plain:
        raise IcsImportError(translate(
            "ics", "{where}: {count} event(s) have no DTSTART, so they cannot be placed in "
            "time (RFC 5545 requires DTSTART when the calendar has no METHOD)"
        ).format(where=where, count=undated_plain))
    if outcome.without_occurrence:
        shown = _shown_titles(outcome.without_occurrence)
        between = _between(window)
        if not events and not outcome.cancelled:
            raise NotAProgrammeError(translate(
                "ics", "{where}: {count} repeating event(s) ({shown}), but no occurrence "
                "{between}; nothing to import").format(
                    where=where, count=len(outcome.without_occurrence), shown=shown,
                    between=between))
        warn.append(translate(
            "ics", "{where}: repeating event(s) {shown} have no occurrence {between}; "
            "not imported").format(where=where, shown=shown, between=between))
    if not events and not outcome.cancelled:
        kinds = (", ".join(f"{n} {k}" for k, n in sorted(other_kinds.items()))
                 or translate("ics", "nothing"))
        raise NotAProgrammeError(translate(
            "ics", "{where}: a readable calendar, but it holds no dated events (VEVENT with "
            "DTSTART) to import as a programme; it contains {kinds}"
        ).format(where=where, kinds=kinds))
    if other_kinds:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(other_kinds.items()))
        warn.append(translate("ics", "{where}: ignored what is not a dated event: {kinds}")
                    .format(where=where, kinds=kinds))
    events = _latest_versions(events, where, warn)
    # A later version of an event in the file may cancel it (iTIP), or revive it.
    cancelled = {(e.uid, e.recurrence_id_utc): e for e in outcome.cancelled}
    live = {(e.uid, e.recurrence_id_utc) for e in events}
    events = [e for e in events if (e.uid, e.recurrence_id_utc) not in cancelled
              or outcome.order[(e.uid, e.recurrence_id_utc)] > 0]
    gone = sorted((e for k, e in cancelled.items() if k not in live
                   or outcome.order[k] < 0), key=lambda e: (e.start_utc, e.uid))
    events.sort(key=lambda e: (e.start_utc, e.uid))
    return ImportedProgramme(source_name=source_name, events=tuple(events), warnings=tuple(warn),
                             cancelled=tuple(gone))


@dataclass
class _Outcome:
    """What the expansion found besides live events (per file)."""

    cancelled: list[ImportedEvent] = field(default_factory=list)
    #: Titles of repeating events with no occurrence in the window.
    without_occurrence: list[str] = field(default_factory=list)
    #: (UID, occurrence) -> +1 when its last version in the file is live, -1 when cancelled.
    order: dict[tuple[str, datetime | None], int] = field(default_factory=dict)


def _shown_titles(titles: Sequence[str]) -> str:
    return ", ".join(repr(t) for t in titles[:3]) + (", ..." if len(titles) > 3 else "")


def _between(window: tuple[datetime, datetime] | None) -> str:
    """``between 2027-06-07 and 2027-06-25`` for an import window (its end is exclusive)."""
    if window is None:
        return translate("ics", "at all (every date is excluded)")
    last = window[1] - timedelta(microseconds=1)
    return translate("ics", "between {first} and {last}").format(
        first=f"{window[0]:%Y-%m-%d}", last=f"{last:%Y-%m-%d}")


def _is_cancelled(comp: Any) -> bool:
    return str(comp.get("STATUS", "")).strip().upper() == "CANCELLED"


def _latest_versions(events: list[ImportedEvent], where: str,
                     warn: list[str]) -> list[ImportedEvent]:
    """Keep one version per (UID, occurrence): the last one in the file wins.

    iTIP mail (several calendars in one file) repeats an event as it is rescheduled; events
    are appended in file order, so later versions replace earlier ones.
    """
    latest: dict[tuple[str, datetime | None], ImportedEvent] = {}
    for event in events:
        latest[(event.uid, event.recurrence_id_utc)] = event
    if len(latest) < len(events):
        warn.append(translate(
            "ics", "{where}: {count} repeated version(s) of the same event "
            "(same UID) were replaced by the last one in the file"
        ).format(where=where, count=len(events) - len(latest)))
    return list(latest.values())


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _locate(message: str, exc: BaseException, scan: _Scan) -> str:
    """Add the line number of the first line holding the offending value, when we can."""
    found = re.search(r":\s*'?([^\s']{4,})'?\s*$", str(exc))
    if found:
        needle = found.group(1)
        for line in scan.lines:
            if needle in line.value:
                return translate("ics", "{message} (line {line}, {name})").format(
                    message=message, line=line.number, name=line.name)
    return message


def _check_tzid_references(scan: _Scan, where: str, warn: list[str]) -> None:
    missing: dict[str, int] = {}
    for line in scan.lines:
        if "TZID" in line.params and line.name in _TIME_PROPS:
            tzid = _tzid_key(line.params["TZID"])
            if tzid in scan.tzids_defined:
                continue
            if _iana(tzid) is None:
                raise IcsImportError(translate(
                    "ics", "{where}: line {line}: {name} uses time zone {tzid}, which "
                    "the file does not define (no VTIMEZONE) and which is not an IANA zone name"
                ).format(where=where, line=line.number, name=line.name, tzid=repr(tzid)))
            missing.setdefault(tzid, line.number)
    for tzid, number in missing.items():
        warn.append(translate(
            "ics", "{where}: line {line}: time zone {tzid} has no VTIMEZONE in the file; "
            "used the IANA zone of that name"
        ).format(where=where, line=number, tzid=repr(tzid)))


def _check_component_errors(calendars: Sequence[Any], scan: _Scan, where: str) -> None:
    for calendar in calendars:
        for comp in calendar.walk():
            for prop, error in getattr(comp, "errors", ()):
                if prop:
                    message = f"{where}: {comp.name}: {prop}: {error}"
                    for line in scan.lines:
                        if line.name == str(prop).upper() and line.value in str(error):
                            message = translate(
                                "ics", "{where}: line {line}: {component}: {name}: {error}"
                            ).format(where=where, line=line.number, component=comp.name,
                                     name=prop, error=error)
                            break
                else:
                    message = translate("ics", "{where}: {component}: a line: {error}").format(
                        where=where, component=comp.name, error=error)
                raise IcsImportError(message)


def _check_vtimezone_coverage(calendar: Any, vevents: list[Any], scan: _Scan,
                              where: str, warn: list[str]) -> None:
    """Check times that fall before the first observance of the file's own VTIMEZONE.

    Such a definition gives no UTC offset for the time. When the TZID is an IANA name we use
    the IANA rules (as icalendar does) and warn; otherwise the instant is unknown: refuse.
    """
    first: dict[str, datetime] = {}
    for vtz in calendar.walk("VTIMEZONE"):
        onsets = [
            _local_naive(o.get("DTSTART").dt, None)
            for o in vtz.subcomponents
            if o.get("DTSTART") is not None
        ]
        if onsets and vtz.get("TZID") is not None:
            first[str(vtz.get("TZID"))] = min(onsets)
    if not first:
        return
    for comp in vevents:
        for name in ("DTSTART", "DTEND"):
            prop = comp.get(name)
            if prop is None or not isinstance(prop.dt, datetime) or "TZID" not in prop.params:
                continue
            tzid = str(prop.params["TZID"])
            local = prop.dt.replace(tzinfo=None)
            if tzid in first and local < first[tzid]:
                line = next(
                    (ln.number for ln in scan.lines
                     if ln.name == name and local.strftime("%Y%m%dT%H%M%S") in ln.value),
                    None,
                )
                at = (translate("ics", "{where}: line {line}").format(where=where, line=line)
                      if line else where)
                when = f"{local:%Y-%m-%d %H:%M}"
                if _iana(tzid) is not None:
                    warn.append(translate(
                        "ics", "{where}: {name} {when} is before the first date "
                        "the file defines time zone {tzid} for; used the IANA rules"
                    ).format(where=at, name=name, when=when, tzid=repr(tzid)))
                    first.pop(tzid)  # one warning per zone is enough
                    continue
                raise IcsImportError(translate(
                    "ics", "{where}: {name} {when} is before the first date the "
                    "file's time zone {tzid} is defined for ({first}), so its "
                    "UTC time is unknown"
                ).format(where=at, name=name, when=when, tzid=repr(tzid),
                         first=f"{first[tzid]:%Y-%m-%d}"))


def _zones_for(calendar: Any, default_tz: str, warn: list[str], where: str) -> _Zones:
    calendar_tz = default_tz
    wr = calendar.get("X-WR-TIMEZONE")
    if wr is not None:
        if _iana(str(wr)):
            calendar_tz = str(wr)
        else:
            warn.append(translate(
                "ics", "{where}: X-WR-TIMEZONE {zone} is not an IANA zone; ignored"
            ).format(where=where, zone=repr(str(wr))))
    x_lic: dict[str, str] = {}
    for vtz in calendar.walk("VTIMEZONE"):
        location = vtz.get("X-LIC-LOCATION")
        if location is not None and vtz.get("TZID") is not None:
            x_lic[str(vtz.get("TZID"))] = str(location)
    return _Zones(default_tz, calendar_tz, x_lic, warn, where)


def _text(comp: Any, name: str) -> str:
    value = comp.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def _as_utc(value: date | datetime, zone_name: str) -> datetime:
    """A DATE or DATE-TIME as aware UTC; dates and floating times are wall time in the zone."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    if value.tzinfo is None:
        zone = _iana(zone_name)
        assert zone is not None
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _event_zone_value(comp: Any, name: str) -> tuple[date | datetime, str | None] | None:
    prop = comp.get(name)
    if prop is None:
        return None
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    return prop.dt, (_unquote(str(tzid)) if tzid else None)


def _uid_for(comp: Any, where: str, warn: list[str]) -> str:
    uid = comp.get("UID")
    if uid is not None and str(uid).strip():
        return str(uid).strip()
    digest = hashlib.sha1(comp.to_ical()).hexdigest()[:20]
    warn.append(translate("ics", "{where}: event {title} has no UID; derived one").format(
        where=where, title=repr(_text(comp, "SUMMARY"))))
    return f"import-{digest}"


@dataclass
class _Series:
    comp: Any
    uid: str
    title: str
    start: date | datetime
    start_tzid: str | None
    duration: timedelta
    all_day: bool
    tz: str
    location: str
    description: str
    number: str  # for messages: "event 'title'"


def _events_from(
    vevents: list[Any],
    zones: _Zones,
    window: tuple[datetime, datetime] | None,
    max_occurrences: int,
    where: str,
    warn: list[str],
    progress: Progress | None,
    outcome: _Outcome,
) -> list[ImportedEvent]:
    masters: list[_Series] = []
    overrides: dict[tuple[str, datetime], _Series] = {}
    for index, comp in enumerate(vevents, start=1):
        if progress is not None:
            progress.step(index, len(vevents), translate("ics", "Reading events"))
        series = _series(comp, index, zones, where, warn)
        rid = comp.get("RECURRENCE-ID")
        if rid is not None:
            rid_utc = _as_utc(rid.dt, zones.calendar_tz if series.start_tzid is None else series.tz)
            if str(rid.params.get("RANGE", "")).upper() == "THISANDFUTURE":
                warn.append(translate(
                    "ics", "{where}: {event}: RANGE=THISANDFUTURE is applied to one "
                    "occurrence only"
                ).format(where=where, event=series.number))
            overrides[(series.uid, rid_utc)] = series
        else:
            masters.append(series)

    result: list[ImportedEvent] = []
    cancelled_titles: list[str] = []

    def add(event: ImportedEvent, series: _Series) -> None:
        key = (event.uid, event.recurrence_id_utc)
        if _is_cancelled(series.comp):
            outcome.cancelled.append(event)
            outcome.order[key] = -1
            if series.number not in cancelled_titles:
                cancelled_titles.append(series.number)
        else:
            result.append(event)
            outcome.order[key] = 1

    used: set[tuple[str, datetime]] = set()
    truncated: list[str] = []
    for series in masters:
        repeating = any(series.comp.get(p) is not None for p in ("RRULE", "RDATE"))
        if not repeating:
            add(_occurrence(series, series.start, None), series)
            continue
        starts, cut = _expand(series, window, max_occurrences, where)
        if cut:
            truncated.append(series.title or series.uid)
        if not starts:
            outcome.without_occurrence.append(series.title or series.uid)
        for local_start in starts:
            rid_utc = _as_utc(local_start, series.tz)
            override = overrides.get((series.uid, rid_utc))
            if override is not None:
                used.add((series.uid, rid_utc))
                add(_occurrence(override, override.start, rid_utc), override)
            else:
                add(_occurrence(series, local_start, rid_utc), series)
    for key, override in overrides.items():
        # An override whose series we did not expand (outside the window, or no master).
        if key not in used and (window is None or _overlaps(override, window)):
            add(_occurrence(override, override.start, key[1]), override)
    for label in cancelled_titles:
        warn.append(translate(
            "ics", "{where}: {event} is cancelled (STATUS:CANCELLED); not imported as a "
            "programme item").format(where=where, event=label))
    if truncated:
        shown = ", ".join(repr(t) for t in truncated[:3]) + (", ..." if len(truncated) > 3 else "")
        if window is not None:
            template = translate(
                "ics", "{where}: {count} repeating event(s) continue beyond the import window "
                "and were imported only within it ({shown})")
        else:
            template = translate(
                "ics", "{where}: {count} repeating event(s) continue beyond one year from their "
                "first date and were imported only within it ({shown})")
        warn.append(template.format(where=where, count=len(truncated), shown=shown))
    return result


def _overlaps(series: _Series, window: tuple[datetime, datetime]) -> bool:
    start = _as_utc(series.start, series.tz)
    return start < window[1] and start + series.duration > window[0]


def _series(comp: Any, index: int, zones: _Zones, where: str, warn: list[str]) -> _Series:
    title = _text(comp, "SUMMARY")
    label = (translate("ics", "event {number} ({title})").format(number=index, title=repr(title))
             if title else translate("ics", "event {number}").format(number=index))
    got = _event_zone_value(comp, "DTSTART")
    if got is None:
        raise IcsImportError(translate(
            "ics", "{where}: {event} has no DTSTART, so it cannot be placed in time"
        ).format(where=where, event=label))
    start, tzid = got
    all_day = not isinstance(start, datetime)
    tz = zones.name_for(start, tzid) if isinstance(start, datetime) else zones.calendar_tz
    end_prop = comp.get("DTEND")
    if end_prop is not None:
        end = end_prop.dt
        if isinstance(end, datetime) != isinstance(start, datetime):
            raise IcsImportError(translate(
                "ics", "{where}: {event}: DTSTART and DTEND must both be dates or both be "
                "date-times"
            ).format(where=where, event=label))
        duration = _as_utc(end, tz) - _as_utc(start, tz)
    elif comp.get("DURATION") is not None:
        duration = comp.get("DURATION").dt
    else:
        duration = timedelta(days=1) if all_day else timedelta(0)
    if duration < timedelta(0):
        raise IcsImportError(translate("ics", "{where}: {event} ends before it starts")
                             .format(where=where, event=label))
    return _Series(
        comp=comp,
        uid=_uid_for(comp, where, warn),
        title=title,
        start=start,
        start_tzid=tzid,
        duration=duration,
        all_day=all_day,
        tz=tz,
        location=_text(comp, "LOCATION"),
        description=_text(comp, "DESCRIPTION"),
        number=label,
    )


def _occurrence(series: _Series, start: date | datetime, rid_utc: datetime | None) -> ImportedEvent:
    start_utc = _as_utc(start, series.tz)
    if series.all_day:
        # All-day spans are whole local days, which are not always 24 hours long.
        first = start if not isinstance(start, datetime) else start.date()
        end_utc = _as_utc(first + timedelta(days=max(1, series.duration.days)), series.tz)
    else:
        end_utc = start_utc + series.duration
    return ImportedEvent(
        uid=series.uid,
        title=series.title,
        start_utc=start_utc,
        end_utc=end_utc,
        tz=series.tz,
        all_day=series.all_day,
        location=series.location,
        description=series.description,
        recurrence_id_utc=rid_utc,
    )


def _local_naive(value: date | datetime, zone: tzinfo | None) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time())
    if value.tzinfo is not None and zone is not None:
        value = value.astimezone(zone)
    return value.replace(tzinfo=None)


def _expand(
    series: _Series,
    window: tuple[datetime, datetime] | None,
    max_occurrences: int,
    where: str,
) -> tuple[list[date | datetime], bool]:
    """Occurrence starts in the series' own form (date or datetime), and if any were cut."""
    start = series.start
    zone: tzinfo | None = start.tzinfo if isinstance(start, datetime) else None
    naive_start = _local_naive(start, zone)
    rules = rruleset()
    props = series.comp.get("RRULE")
    for rule in props if isinstance(props, list) else ([props] if props is not None else []):
        recur = icalendar.vRecur(dict(rule))
        if "UNTIL" in recur:
            recur["UNTIL"] = [_until_local(u, zone) for u in recur["UNTIL"]]
        try:
            rules.rrule(rrulestr(recur.to_ical().decode(), dtstart=naive_start))
        except (ValueError, TypeError) as exc:
            raise IcsImportError(translate("ics", "{where}: {event}: bad RRULE: {error}").format(
                where=where, event=series.number, error=exc)) from exc
    for name, add in (("RDATE", rules.rdate), ("EXDATE", rules.exdate)):
        values = series.comp.get(name)
        for prop in values if isinstance(values, list) else ([values] if values else []):
            for item in prop.dts:
                value = item.dt[0] if isinstance(item.dt, tuple) else item.dt
                add(_local_naive(value, zone))
    if not series.comp.get("RRULE"):
        rules.rdate(naive_start)  # RFC 5545: DTSTART is always the first instance

    if window is not None:
        lo = _local_naive(window[0], zone or _iana(series.tz)) - series.duration
        hi = _local_naive(window[1], zone or _iana(series.tz))
    else:
        lo = naive_start
        hi = naive_start + timedelta(days=366)
    starts: list[datetime] = []
    truncated = False
    for occurrence in rules.xafter(lo - timedelta(seconds=1), inc=True):
        if occurrence >= hi:
            break
        if occurrence + series.duration <= lo and series.duration:
            continue
        if len(starts) >= max_occurrences:
            truncated = True
            break
        starts.append(occurrence)
    if window is None and not truncated:
        truncated = rules.after(hi, inc=True) is not None
    if not isinstance(start, datetime):
        return [s.date() for s in starts], truncated
    return [s.replace(tzinfo=zone) for s in starts], truncated


def _until_local(until: date | datetime, zone: tzinfo | None) -> datetime:
    if not isinstance(until, datetime):
        return datetime.combine(until, time(23, 59, 59))
    return _local_naive(until, zone)


# --------------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------------

Status = Literal["CONFIRMED", "TENTATIVE", "CANCELLED"]


@dataclass(frozen=True)
class CalendarPerson:
    """An attendee or organiser; without an email the address is ``urn:uuid:<id>``."""

    id: UUID
    name: str
    email: str | None = None
    role: Literal["REQ-PARTICIPANT", "OPT-PARTICIPANT", "CHAIR", "NON-PARTICIPANT"] = (
        "REQ-PARTICIPANT"
    )

    @property
    def address(self) -> str:
        return f"mailto:{self.email}" if self.email else f"urn:uuid:{self.id}"


@dataclass(frozen=True)
class CalendarEvent:
    """One programme item or meeting to publish. Times are aware datetimes (any zone)."""

    id: UUID
    title: str
    start_utc: datetime
    end_utc: datetime
    venue_name: str = ""
    venue_address: str = ""
    description: str = ""
    attendees: tuple[CalendarPerson, ...] = ()
    organizer: CalendarPerson | None = None
    status: Status = "CONFIRMED"
    #: The row's stored SEQUENCE, raised by the agenda service on every change a calendar shows
    #: (``db.agenda.raise_sequence``; stored and synced so every laptop and feed agree).
    sequence: int = 0
    last_modified_utc: datetime | None = None
    #: The UID to publish under (default: the ``id`` as text).
    uid: str = ""

    def __post_init__(self) -> None:
        for name in ("start_utc", "end_utc"):
            if getattr(self, name).tzinfo is None:
                raise ValueError(f"{name} must be an aware datetime")
        if self.end_utc < self.start_utc:
            raise ValueError("an event cannot end before it starts")
        if self.sequence < 0:
            raise ValueError("sequence cannot be negative")

    @property
    def location(self) -> str:
        return ", ".join(part for part in (self.venue_name, self.venue_address) if part)

    @property
    def event_uid(self) -> str:
        return self.uid or str(self.id)


@lru_cache(maxsize=64)
def _vtimezone(tzid: str, first: date, last: date) -> icalendar.Timezone:
    return icalendar.Timezone.from_tzid(tzid, first_date=first, last_date=last)


Method = Literal["PUBLISH", "REQUEST", "CANCEL"]


def build_invitation(
    event: CalendarEvent,
    *,
    calendar_name: str,
    tzid: str,
    now: datetime | None = None,
) -> bytes:
    """An invitation (iTIP, RFC 5546) for one event: METHOD:REQUEST, or METHOD:CANCEL with
    STATUS:CANCELLED when the event is cancelled. Mail programs apply it to the copy in the
    attendee's calendar with the same UID when its SEQUENCE is not lower."""
    method: Method = "CANCEL" if event.status == "CANCELLED" else "REQUEST"
    return build_calendar([event], calendar_name=calendar_name, tzid=tzid, now=now,
                          method=method)


def build_calendar(
    events: Iterable[CalendarEvent],
    *,
    calendar_name: str,
    tzid: str,
    now: datetime | None = None,
    method: Method = "PUBLISH",
    refresh: timedelta | None = None,
) -> bytes:
    """An iCalendar (METHOD:PUBLISH unless told) with the events in local time of ``tzid``.

    ``now`` is the DTSTAMP (default: the current time); pass it for reproducible output.
    ``refresh`` (for a subscribed feed) asks calendar programs to fetch it again that often
    (REFRESH-INTERVAL of RFC 7986, and X-PUBLISHED-TTL, which Outlook and Apple read).
    """
    zone = _iana(tzid)
    if zone is None:
        raise ValueError(f"{tzid!r} is not an IANA time zone")
    items = list(events)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    use_utc = tzid in ("UTC", "Etc/UTC")

    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method)
    calendar.add("X-WR-CALNAME", calendar_name)
    calendar.add("X-WR-TIMEZONE", tzid)
    if refresh is not None:
        calendar.add("REFRESH-INTERVAL", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("X-PUBLISHED-TTL", icalendar.vDuration(refresh).to_ical().decode())
    if items and not use_utc:
        first = min(e.start_utc for e in items).astimezone(zone).date() - timedelta(days=1)
        last = max(e.end_utc for e in items).astimezone(zone).date() + timedelta(days=2)
        calendar.add_component(_vtimezone(tzid, first, last))

    for item in items:
        event = icalendar.Event()
        event.add("UID", item.event_uid)
        event.add("DTSTAMP", stamp)
        if use_utc:
            event.add("DTSTART", item.start_utc.astimezone(UTC))
            event.add("DTEND", item.end_utc.astimezone(UTC))
        else:
            event.add("DTSTART", item.start_utc.astimezone(zone))
            event.add("DTEND", item.end_utc.astimezone(zone))
        event.add("SUMMARY", item.title)
        if item.location:
            event.add("LOCATION", item.location)
        if item.description:
            event.add("DESCRIPTION", item.description)
        if item.organizer is not None:
            event.add("ORGANIZER", _cal_address(item.organizer, organizer=True))
        for person in item.attendees:
            event.add("ATTENDEE", _cal_address(person, organizer=False))
        event.add("STATUS", item.status)
        event.add("SEQUENCE", item.sequence)
        if item.last_modified_utc is not None:
            event.add("LAST-MODIFIED",
                      item.last_modified_utc.astimezone(UTC).replace(microsecond=0))
        calendar.add_component(event)
    return calendar.to_ical()


def _cal_address(person: CalendarPerson, *, organizer: bool) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(person.address)
    if person.name:
        address.params["CN"] = person.name
    if not organizer:
        address.params["ROLE"] = person.role
        address.params["CUTYPE"] = "INDIVIDUAL"
    return address
