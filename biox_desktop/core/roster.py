"""Roster rules: what a valid delegate is, the warnings a leader acts on, and import parsing.

Plain Python (no database, no Qt): the roster service and screen, the headless commands and
the tests all use these rules.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from biox_desktop.core.enums import REGISTRATION_STATUSES, ROSTER_ROLES
from biox_desktop.core.i18n import format_datetime, format_day, language, translate
from biox_desktop.core.validation import FieldError, ValidationError

VISA_STATUSES: dict[str, str] = {
    "not_required": "Not required",
    "to_apply": "To apply for",
    "pending": "Pending",
    "granted": "Granted",
    "esta_granted": "ESTA granted",
    "refused": "Refused",
}
#: Visa statuses that let a delegate travel.
VISA_OK = frozenset({"not_required", "granted", "esta_granted"})

#: A passport must stay valid this many months after the return date.
PASSPORT_MONTHS = 6
#: A visa must be granted this many days before departure.
VISA_DAYS = 14

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: A roster entry's fields that reach only those entitled to them (:func:`sees_roster_details`);
#: the sync protocol's ``SENSITIVE_ROSTER_FIELDS``.
SENSITIVE_FIELDS = (
    "passport_expiry",
    "visa_status",
    "dietary",
    "accessibility",
    "emergency_contact_name",
    "emergency_contact_phone",
    "notes",
)


def sees_roster_details(role: str, organisation_id: str | None,
                        mission_leads: frozenset[str] | set[str],
                        entry_organisation_id: str | None, *,
                        person_id: str | None = None,
                        entry_person_id: str | None = None) -> bool:  # fmt: skip
    """Whether a user may hold a roster entry's passport, visa, needs, emergency contact and
    notes: coordinators, the mission's leaders (users of its lead cluster) and the delegate
    themself: the user who is the entry's person when the server links users to people
    (``person_id``), otherwise a user of the organisation the entry names (the same rule as
    the ``own_entry`` write condition). The server enforces it (see
    ``biox_desktop.sync.protocol``, "Sensitive roster fields"); screens only explain it."""
    if role == "coordinator":
        return True
    if not organisation_id:
        return False
    if organisation_id in mission_leads:
        return True
    if person_id is not None:
        return entry_person_id == person_id
    return organisation_id == entry_organisation_id


# --------------------------------------------------------------------------------------------
# Delegates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DelegateInput:
    """What a leader types (or an import row gives) for one delegate of a mission.

    Flight times are aware datetimes (the form and the import read them in the mission's zone).
    """

    name: str
    organisation: str = ""
    name_native: str = ""
    email: str = ""
    phone: str = ""
    job_title: str = ""
    role: str = "sme_delegate"
    registration_status: str = "invited"
    arrival_flight: str = ""
    arrival_at: dt.datetime | None = None
    departure_flight: str = ""
    departure_at: dt.datetime | None = None
    hotel: str = ""
    hotel_check_in: dt.date | None = None
    hotel_check_out: dt.date | None = None
    passport_expiry: dt.date | None = None
    visa_status: str = ""
    dietary: str = ""
    accessibility: str = ""
    interpreter_needed: bool = False
    languages: tuple[str, ...] = ()
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class RosterWarning:
    """Something a leader has to act on for one delegate.

    ``severity`` is ``warning`` (act now) or ``todo`` (not late yet, but not done).
    """

    entry_id: str
    delegate: str
    code: str  # passport | visa | hotel | arrival
    field: str  # the form field that fixes it
    severity: str
    message: str


@dataclass(frozen=True, slots=True)
class DelegateView:
    """One roster entry as screens, commands and PDFs show it (plain data)."""

    id: str
    mission_id: str
    person_id: str
    organisation_id: str | None
    name: str
    name_native: str
    organisation: str
    email: str
    phone: str
    job_title: str
    role: str
    registration_status: str
    arrival_flight: str
    arrival_at: dt.datetime | None
    departure_flight: str
    departure_at: dt.datetime | None
    hotel: str
    hotel_check_in: dt.date | None
    hotel_check_out: dt.date | None
    passport_expiry: dt.date | None
    visa_status: str
    dietary: str
    accessibility: str
    interpreter_needed: bool
    languages: tuple[str, ...]
    emergency_contact_name: str
    emergency_contact_phone: str
    notes: str
    warnings: tuple[RosterWarning, ...] = ()
    #: The server kept this entry's passport, visa, needs, emergency contact and notes from
    #: this user (see :func:`sees_roster_details`): screens say so instead of showing blanks.
    details_hidden: bool = False

    @property
    def display_name(self) -> str:
        if self.name_native and self.name_native not in self.name:
            return f"{self.name_native} ({self.name})"
        return self.name

    def to_input(self) -> DelegateInput:
        return DelegateInput(
            name=self.name, organisation=self.organisation, name_native=self.name_native,
            email=self.email, phone=self.phone, job_title=self.job_title, role=self.role,
            registration_status=self.registration_status, arrival_flight=self.arrival_flight,
            arrival_at=self.arrival_at, departure_flight=self.departure_flight,
            departure_at=self.departure_at, hotel=self.hotel, hotel_check_in=self.hotel_check_in,
            hotel_check_out=self.hotel_check_out, passport_expiry=self.passport_expiry,
            visa_status=self.visa_status, dietary=self.dietary, accessibility=self.accessibility,
            interpreter_needed=self.interpreter_needed, languages=self.languages,
            emergency_contact_name=self.emergency_contact_name,
            emergency_contact_phone=self.emergency_contact_phone, notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class CompanyView:
    """A company of a mission's delegation, with its delegates (for the booklet and screen)."""

    id: str
    organisation_id: str
    name: str
    name_native: str
    kind: str
    country: str
    city: str
    website: str
    sector_tags: tuple[str, ...]
    home_cluster: str
    status: str
    profile: str
    delegates: tuple[DelegateView, ...] = ()


@dataclass(frozen=True, slots=True)
class MissionFacts:
    """What the warning rules need to know about the mission."""

    start_date: dt.date
    end_date: dt.date
    timezone: str
    first_item_title: str | None = None
    first_item_at: dt.datetime | None = None
    lead_cluster_id: str | None = None


def validate_delegate(data: DelegateInput, *, across: bool = True) -> DelegateInput:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` listing every problem.

    ``across=False`` leaves out the rules between fields (departure after arrival, check-out
    after check-in, a hotel for the dates): an import row that carries only some columns is
    checked against them once merged with what the delegate already has.
    """
    errors: list[FieldError] = []
    name = " ".join(data.name.split())
    if not name:
        errors.append(FieldError("name", translate("roster", "Give the delegate's name.")))
    elif len(name) > 300:
        errors.append(
            FieldError(
                "name", translate("roster", "The name is too long (300 characters at most).")
            )
        )
    email = data.email.strip()
    if email and not _EMAIL.match(email):
        errors.append(
            FieldError(
                "email",
                translate("roster", "'{email}' is not an e-mail address.").format(email=email),
            )
        )
    if data.role not in ROSTER_ROLES:
        errors.append(
            FieldError(
                "role",
                translate("roster", "'{role}' is not a roster role ({allowed}).").format(
                    role=data.role, allowed=", ".join(ROSTER_ROLES)
                ),
            )
        )
    if data.registration_status not in REGISTRATION_STATUSES:
        errors.append(
            FieldError(
                "registration_status",
                translate("roster", "'{status}' is not a registration status ({allowed}).").format(
                    status=data.registration_status, allowed=", ".join(REGISTRATION_STATUSES)
                ),
            )
        )
    if data.visa_status and data.visa_status not in VISA_STATUSES:
        errors.append(
            FieldError(
                "visa_status",
                translate("roster", "'{status}' is not a visa status ({allowed}).").format(
                    status=data.visa_status, allowed=", ".join(VISA_STATUSES)
                ),
            )
        )
    for name_, value in (("arrival_at", data.arrival_at), ("departure_at", data.departure_at)):
        if value is not None and value.tzinfo is None:
            errors.append(FieldError(name_, translate("roster", "The time has no time zone.")))
    if (across and data.arrival_at and data.departure_at and data.arrival_at.tzinfo
            and data.departure_at.tzinfo and data.departure_at < data.arrival_at):
        errors.append(
            FieldError("departure_at", translate("roster", "The departure is before the arrival."))
        )
    if across and data.hotel_check_in and data.hotel_check_out and \
            data.hotel_check_out <= data.hotel_check_in:
        errors.append(
            FieldError(
                "hotel_check_out",
                translate("roster", "The hotel check-out must be after the check-in."),
            )
        )
    if across and (data.hotel_check_in or data.hotel_check_out) and not data.hotel.strip():
        errors.append(
            FieldError("hotel", translate("roster", "Give the hotel's name for these dates."))
        )
    for field_, value_, limit in (("arrival_flight", data.arrival_flight, 40),
                                  ("departure_flight", data.departure_flight, 40),
                                  ("hotel", data.hotel, 200), ("phone", data.phone, 32),
                                  ("emergency_contact_phone", data.emergency_contact_phone, 32),
                                  ("organisation", data.organisation, 300)):
        if len(value_.strip()) > limit:
            errors.append(
                FieldError(
                    field_,
                    translate("roster", "Too long ({limit} characters at most).").format(
                        limit=limit
                    ),
                )
            )
    if errors:
        raise ValidationError(errors)
    languages = tuple(dict.fromkeys(x.strip().lower() for x in data.languages if x.strip()))
    return DelegateInput(
        name=name, organisation=" ".join(data.organisation.split()),
        name_native=data.name_native.strip(), email=email.lower(), phone=data.phone.strip(),
        job_title=data.job_title.strip(), role=data.role,
        registration_status=data.registration_status,
        arrival_flight=data.arrival_flight.strip().upper().replace(" ", ""),
        arrival_at=data.arrival_at,
        departure_flight=data.departure_flight.strip().upper().replace(" ", ""),
        departure_at=data.departure_at, hotel=data.hotel.strip(),
        hotel_check_in=data.hotel_check_in, hotel_check_out=data.hotel_check_out,
        passport_expiry=data.passport_expiry, visa_status=data.visa_status,
        dietary=data.dietary.strip(), accessibility=data.accessibility.strip(),
        interpreter_needed=data.interpreter_needed, languages=languages,
        emergency_contact_name=data.emergency_contact_name.strip(),
        emergency_contact_phone=data.emergency_contact_phone.strip(), notes=data.notes.strip(),
    )


# --------------------------------------------------------------------------------------------
# Warnings
# --------------------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the end of shorter months."""
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, d))
        except ValueError:
            continue
    return dt.date(year, month, 28)


def delegate_warnings(d: DelegateView, mission: MissionFacts, today: dt.date
                      ) -> tuple[RosterWarning, ...]:
    """The four rules a leader acts on, for one delegate (none for a cancelled one)."""
    if d.registration_status == "cancelled":
        return ()
    zone = ZoneInfo(mission.timezone)
    who = d.name
    found: list[RosterWarning] = []
    arrival_day = d.arrival_at.astimezone(zone).date() if d.arrival_at else None
    departure_day = d.departure_at.astimezone(zone).date() if d.departure_at else None
    # 1. Passport valid six months after the return date.
    if d.passport_expiry is not None:
        back = departure_day or mission.end_date
        needed = add_months(back, PASSPORT_MONTHS)
        if d.passport_expiry < needed:
            found.append(
                RosterWarning(
                    d.id,
                    who,
                    "passport",
                    "passport_expiry",
                    "warning",
                    translate(
                        "roster",
                        "Passport expires {expiry}; it must be valid until "
                        "{needed} (six months after the return on {back}).",
                    ).format(
                        expiry=format_day(d.passport_expiry),
                        needed=format_day(needed),
                        back=format_day(back),
                    ),
                )
            )
    # 2. Visa granted two weeks before departure.
    if d.visa_status and d.visa_status not in VISA_OK:
        leave = (arrival_day - dt.timedelta(days=1)) if arrival_day else mission.start_date
        leave = min(leave, mission.start_date)
        deadline = leave - dt.timedelta(days=VISA_DAYS)
        label = translate("shared", VISA_STATUSES.get(d.visa_status, d.visa_status)).lower()
        if today >= deadline:
            found.append(
                RosterWarning(
                    d.id,
                    who,
                    "visa",
                    "visa_status",
                    "warning",
                    translate(
                        "roster",
                        "Visa {status}: it had to be granted by {deadline}, "
                        "two weeks before departure.",
                    ).format(status=label, deadline=format_day(deadline)),
                )
            )
        else:
            found.append(
                RosterWarning(
                    d.id,
                    who,
                    "visa",
                    "visa_status",
                    "todo",
                    translate("roster", "Visa {status}: must be granted by {deadline}.").format(
                        status=label, deadline=format_day(deadline)
                    ),
                )
            )
    # 3. A hotel for every night of the mission the delegate is there.
    first_night = max(mission.start_date, arrival_day or mission.start_date)
    last_night = min(mission.end_date - dt.timedelta(days=1),
                     (departure_day or mission.end_date) - dt.timedelta(days=1))
    nights: list[dt.date] = []
    night = first_night
    while night <= last_night:
        covered = bool(d.hotel) and (
            (d.hotel_check_in is None or d.hotel_check_in <= night)
            and (d.hotel_check_out is None or night < d.hotel_check_out))
        if not covered:
            nights.append(night)
        night += dt.timedelta(days=1)
    if nights:
        listed = ", ".join(format_day(n, "day_month") for n in nights[:5]) + (
            "…" if len(nights) > 5 else ""
        )
        if not d.hotel:
            text = (
                translate("roster", "No hotel booked for {n} nights of the mission ({nights}).")
                if len(nights) > 1
                else translate("roster", "No hotel booked for 1 night of the mission ({nights}).")
            )
        else:
            text = (
                translate(
                    "roster", "The booking at {hotel} misses {n} nights of the mission ({nights})."
                )
                if len(nights) > 1
                else translate(
                    "roster", "The booking at {hotel} misses 1 night of the mission ({nights})."
                )
            )
        found.append(
            RosterWarning(
                d.id,
                who,
                "hotel",
                "hotel" if not d.hotel else "hotel_check_in",
                "warning",
                text.format(n=len(nights), nights=listed, hotel=d.hotel),
            )
        )
    # 4. Arrives before the first programme item.
    if d.arrival_at and mission.first_item_at and d.arrival_at > mission.first_item_at:
        arrive = d.arrival_at.astimezone(zone)
        first = mission.first_item_at.astimezone(zone)
        found.append(
            RosterWarning(
                d.id,
                who,
                "arrival",
                "arrival_at",
                "warning",
                translate(
                    "roster",
                    "Arrives {arrive}, after “{title}” starts ({first}).",
                ).format(
                    arrive=format_datetime(arrive, "day_month"),
                    title=mission.first_item_title,
                    first=format_datetime(first, "day_month"),
                ),
            )
        )
    return tuple(found)


# --------------------------------------------------------------------------------------------
# Import: column mapping and cell parsing
# --------------------------------------------------------------------------------------------

#: Fields an import column can fill, with their labels (also the export's headers).
IMPORT_FIELDS: dict[str, str] = {
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "name_native": "Name (native script)",
    "organisation": "Organisation",
    "email": "E-mail",
    "phone": "Phone",
    "job_title": "Job title",
    "role": "Role",
    "registration_status": "Registration status",
    "arrival_flight": "Arrival flight",
    "arrival_at": "Arrival time",
    "departure_flight": "Departure flight",
    "departure_at": "Departure time",
    "hotel": "Hotel",
    "hotel_check_in": "Hotel check-in",
    "hotel_check_out": "Hotel check-out",
    "passport_expiry": "Passport expiry",
    "visa_status": "Visa status",
    "dietary": "Dietary needs",
    "accessibility": "Accessibility needs",
    "interpreter_needed": "Interpreter needed",
    "languages": "Languages",
    "emergency_contact_name": "Emergency contact",
    "emergency_contact_phone": "Emergency phone",
    "notes": "Notes",
}
IGNORE = ""

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "delegate", "delegatename", "participant", "attendee",
             "nom", "nomcomplet", "nombre", "nome"),
    "first_name": ("firstname", "givenname", "prenom", "vorname", "forename"),
    "last_name": ("lastname", "surname", "familyname", "nomdefamille", "nachname", "cognome",
                  "apellido", "apellidos"),
    "name_native": ("namenativescript", "nativename", "namenative", "localname"),
    "organisation": ("organisation", "organization", "company", "companyname", "org",
                     "societe", "entreprise", "firma", "empresa", "azienda", "employer"),
    "email": ("email", "emailaddress", "mail", "courriel"),
    "phone": ("phone", "telephone", "mobile", "tel", "phonenumber", "cellphone"),
    "job_title": ("jobtitle", "title", "position", "function", "fonction", "poste"),
    "role": ("role", "delegationrole"),
    "registration_status": ("registrationstatus", "status", "registration"),
    "arrival_flight": ("arrivalflight", "inboundflight", "flightin"),
    "arrival_at": ("arrivaltime", "arrival", "arrivaldatetime", "arrivaldate", "arrives"),
    "departure_flight": ("departureflight", "outboundflight", "returnflight", "flightout"),
    "departure_at": ("departuretime", "departure", "departuredatetime", "departuredate",
                     "departs"),
    "hotel": ("hotel", "accommodation", "hotelname"),
    "hotel_check_in": ("hotelcheckin", "checkin", "checkindate"),
    "hotel_check_out": ("hotelcheckout", "checkout", "checkoutdate"),
    "passport_expiry": ("passportexpiry", "passportexpirydate", "passportvaliduntil",
                        "passportexpiration", "passportexpires"),
    "visa_status": ("visastatus", "visa"),
    "dietary": ("dietaryneeds", "dietary", "diet", "dietaryrequirements", "foodrestrictions"),
    "accessibility": ("accessibilityneeds", "accessibility", "specialneeds", "mobility"),
    "interpreter_needed": ("interpreterneeded", "interpreter", "needsinterpreter"),
    "languages": ("languages", "language", "langues", "spokenlanguages"),
    "emergency_contact_name": ("emergencycontact", "emergencycontactname", "incaseofemergency"),
    "emergency_contact_phone": ("emergencyphone", "emergencycontactphone",
                                "emergencytelephone"),
    "notes": ("notes", "comments", "remarks", "comment"),
}


def _key(header: str) -> str:
    folded = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.casefold())


def suggest_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, guessed from the headers (each field used once)."""
    lookup = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}
    lookup.update({_key(label): f for f, label in IMPORT_FIELDS.items()})
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for i, header in enumerate(headers):
        target = lookup.get(_key(header))
        if target and target not in used:
            mapping[i] = target
            used.add(target)
    return mapping


def check_mapping(headers: list[str], mapping: dict[int, str]) -> None:
    """Refuse a mapping that cannot give a name, or that fills one field from two columns."""
    errors: list[FieldError] = []
    seen: dict[str, int] = {}
    for col, target in sorted(mapping.items()):
        if target == IGNORE:
            continue
        if target not in IMPORT_FIELDS:
            errors.append(
                FieldError(
                    "mapping",
                    translate("roster", "'{target}' is not a roster field ({allowed}).").format(
                        target=target, allowed=", ".join(IMPORT_FIELDS)
                    ),
                )
            )
        elif target in seen:
            errors.append(
                FieldError(
                    "mapping",
                    translate(
                        "roster", "Columns '{a}' and '{b}' both fill '{field}'; choose one."
                    ).format(
                        a=headers[seen[target]],
                        b=headers[col],
                        field=translate("shared", IMPORT_FIELDS[target]),
                    ),
                )
            )
        else:
            seen[target] = col
    if "name" not in seen and not ("first_name" in seen or "last_name" in seen):
        found = ", ".join(f"'{h}'" for h in headers) or translate("roster", "none")
        errors.append(
            FieldError(
                "mapping",
                translate(
                    "roster",
                    "No column gives the delegate's name (columns found: "
                    "{found}). Map a column to 'Name' (or to 'First name' "
                    "and 'Last name').",
                ).format(found=found),
            )
        )
    if errors:
        raise ValidationError(errors)


@dataclass(frozen=True, slots=True)
class ImportTable:
    """A registration export as read from the file: headers and raw cell values."""

    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    #: 1-based line/row number in the file of each data row (headers are row 1).
    row_numbers: tuple[int, ...] = ()

    def number(self, index: int) -> int:
        return self.row_numbers[index] if self.row_numbers else index + 2


#: Registration statuses in the order a registration moves forward (``cancelled`` is apart).
STATUS_ORDER: tuple[str, ...] = ("invited", "registered", "confirmed")

#: Fields an empty cell never clears, even when the user asks empty cells to clear fields:
#: the name is required, e-mails and phones of a person are only ever added, a name in another
#: script is never dropped, role and status always have a value, and a delegate keeps a company.
NEVER_CLEARED = frozenset({"name", "first_name", "last_name", "name_native", "email", "phone",
                           "role", "registration_status", "organisation"})

@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an existing delegate an import changes (or keeps), as text old -> new.

    ``kind``: ``set`` (a new value), ``cleared`` (an empty cell clears it, when asked),
    ``kept`` (an empty cell leaves it as it is), ``backwards`` (the file moves the registration
    status back, which only an explicit cell can do).
    """

    field: str
    old: str
    new: str
    kind: str = "set"

    def describe(self) -> str:
        """"Hotel: Hilton → Lotte", in the user's language."""
        choices = {"registration_status": REGISTRATION_STATUSES, "role": ROSTER_ROLES,
                   "visa_status": VISA_STATUSES}.get(self.field, {})

        def shown(value: str) -> str:
            if value in choices:
                return translate("shared", choices[value])
            return value or translate("roster", "(none)")

        label = translate("shared", IMPORT_FIELDS.get(self.field, self.field))
        old, new = shown(self.old), shown(self.new)
        if self.kind == "kept":
            text = translate("roster", "{field}: {old} → (kept)")
        elif self.kind == "cleared":
            text = translate("roster", "{field}: {old} → (empty)")
        elif self.kind == "backwards":
            text = translate("roster", "{field}: {old} → {new} (back, as the file says)")
        else:
            text = translate("roster", "{field}: {old} → {new}")
        return text.format(field=label, old=old, new=new)


@dataclass(frozen=True, slots=True)
class ImportRowResult:
    """What happens (or happened) to one row.

    ``action``: ``add``, ``update``, ``unchanged`` (an existing delegate the row leaves as it
    is) or ``reject`` (with reasons). ``changes`` lists the field-level changes of an updated
    row; ``duplicate_of`` names an existing person the new delegate may be the same as (a shared
    mailbox, or the same e-mail under a clearly different name).
    """

    row: int
    action: str
    name: str
    organisation: str
    reasons: tuple[str, ...] = ()
    entry_id: str | None = None
    changes: tuple[FieldChange, ...] = ()
    duplicate_of: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The outcome of an import (or of its preview when ``committed`` is False).

    ``batch_id`` names the batch a committed import made (None for a preview, or when the
    import changed nothing); :meth:`BatchService.undo` takes it back.
    """

    source: str
    committed: bool
    rows: tuple[ImportRowResult, ...] = field(default_factory=tuple)
    clear_empty: bool = False
    batch_id: str | None = None

    @property
    def added(self) -> int:
        return sum(1 for r in self.rows if r.action == "add")

    @property
    def updated(self) -> int:
        return sum(1 for r in self.rows if r.action == "update")

    @property
    def unchanged(self) -> int:
        return sum(1 for r in self.rows if r.action == "unchanged")

    @property
    def duplicates(self) -> tuple[ImportRowResult, ...]:
        return tuple(r for r in self.rows if r.duplicate_of)

    @property
    def rejected(self) -> tuple[ImportRowResult, ...]:
        return tuple(r for r in self.rows if r.action == "reject")


_TRUE = {"yes", "y", "true", "1", "x", "oui", "ja", "si", "sí", "vrai", "needed", "required"}
_FALSE = {"no", "n", "false", "0", "non", "nein", "", "none", "faux", "not needed"}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_NAMED_DATE = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")


@functools.cache
def _month_names(lang: str) -> dict[str, int]:
    """Month names and abbreviations (folded) -> month number, in ``lang`` and English."""
    from babel import Locale

    out: dict[str, int] = {}
    for code in dict.fromkeys(("en", lang)):
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    out.setdefault(_key(name), number)
    return out


def parse_date(value: Any) -> dt.date | None:
    """A date from an ISO string, day/month/year, or a spreadsheet date cell."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d %b %Y",
                "%d %B %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    # "14 juin 2031", "14. Juni 2031", "14 giu 2031": a month name in the user's language.
    named = _NAMED_DATE.match(text)
    if named:
        month = _month_names(language()).get(_key(named.group(2)))
        if month:
            try:
                return dt.date(int(named.group(3)), month, int(named.group(1)))
            except ValueError:
                pass
    raise ValueError(
        translate("roster", "'{text}' is not a date (use YYYY-MM-DD)").format(text=text)
    )


def parse_local_datetime(value: Any, zone: str) -> dt.datetime | None:
    """A time in the mission's zone (from text or a spreadsheet cell) as an aware UTC instant."""
    if value is None or value == "":
        return None
    tz = ZoneInfo(zone)
    if isinstance(value, dt.datetime):
        local = value if value.tzinfo else value.replace(tzinfo=tz)
        return local.astimezone(dt.UTC)
    text = _text(value).replace("T", " ")
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        parsed = None
        # Day first with dashes, slashes or dots (as people in the app's languages type it).
        for fmt in ("%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M", "%d-%m-%Y %H:%M", "%Y/%m/%d %H:%M",
                    "%d %b %Y %H:%M", "%d %B %Y %H:%M"):
            try:
                parsed = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise ValueError(
            translate(
                "roster", "'{text}' is not a date and time (use YYYY-MM-DD HH:MM, local time)"
            ).format(text=text)
        )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(dt.UTC)


def _choice(value: Any, choices: dict[str, str], refusal: str, default: str) -> str:
    text = _text(value)
    if not text:
        return default
    key = _key(text)
    for k, label in choices.items():  # the key, the label, or the label in the user's language
        if key in (_key(k), _key(label), _key(translate("shared", label))):
            return k
    raise ValueError(refusal.format(text=text, allowed=", ".join(choices)))


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(translate("roster", "'{text}' is not yes or no").format(text=text))


def _filled(value: Any) -> bool:
    return isinstance(value, bool | dt.date) or _text(value) != ""


def carried_fields(values: dict[str, Any], clear_empty: bool = False) -> frozenset[str]:
    """The delegate fields a mapped row sets on an existing delegate.

    ``values`` holds only the mapped columns, so a column not in the file never changes a
    field. A filled cell sets its field; an empty cell leaves it, unless ``clear_empty`` (and
    the field is not in :data:`NEVER_CLEARED`). First and last name give ``name``.
    """
    out: set[str] = set()
    for name, value in values.items():
        target = "name" if name in ("first_name", "last_name") else name
        if _filled(value) or (clear_empty and name not in NEVER_CLEARED):
            out.add(target)
    return frozenset(out)


def empty_cells(values: dict[str, Any]) -> frozenset[str]:
    """The mapped fields whose cell is empty in this row."""
    return frozenset(n for n, v in values.items()
                     if n not in ("first_name", "last_name") and not _filled(v))


def _status_key(value: str) -> str:
    """A registration status's key from its key or its label (as exports write it)."""
    if value in STATUS_ORDER:
        return value
    key = _key(value)
    for k, label in REGISTRATION_STATUSES.items():
        if key in (_key(label), _key(translate("shared", label))):
            return k
    return value


def status_goes_back(old: str, new: str) -> bool:
    """Whether moving a registration from ``old`` to ``new`` (keys or labels) goes backwards."""
    old, new = _status_key(old), _status_key(new)
    if old in STATUS_ORDER and new in STATUS_ORDER:
        return STATUS_ORDER.index(new) < STATUS_ORDER.index(old)
    return False


def row_to_input(values: dict[str, Any], zone: str, *, across: bool = True) -> DelegateInput:
    """Turn one mapped row into a delegate; raise :class:`ValidationError` with every problem.

    ``across=False``: the rules between fields are left for the merged delegate (see
    :func:`validate_delegate`).
    """
    errors: list[FieldError] = []

    def conv(name: str, fn: Any, *args: Any) -> Any:
        try:
            return fn(values.get(name), *args)
        except ValueError as exc:
            errors.append(
                FieldError(
                    name,
                    translate("roster", "{field}: {problem}").format(
                        field=translate("shared", IMPORT_FIELDS[name]), problem=exc
                    ),
                )
            )
            return None

    name = _text(values.get("name"))
    if not name:
        name = " ".join(p for p in (_text(values.get("first_name")),
                                    _text(values.get("last_name"))) if p)
    role = conv(
        "role",
        _choice,
        ROSTER_ROLES,
        translate("roster", "'{text}' is not a role ({allowed})"),
        "sme_delegate",
    )
    status = conv(
        "registration_status",
        _choice,
        REGISTRATION_STATUSES,
        translate("roster", "'{text}' is not a registration status ({allowed})"),
        "registered",
    )
    visa = conv(
        "visa_status",
        _choice,
        VISA_STATUSES,
        translate("roster", "'{text}' is not a visa status ({allowed})"),
        "",
    )
    data = DelegateInput(
        name=name,
        organisation=_text(values.get("organisation")),
        name_native=_text(values.get("name_native")),
        email=_text(values.get("email")),
        phone=_text(values.get("phone")),
        job_title=_text(values.get("job_title")),
        role=role or "sme_delegate",
        registration_status=status or "registered",
        arrival_flight=_text(values.get("arrival_flight")),
        arrival_at=conv("arrival_at", parse_local_datetime, zone),
        departure_flight=_text(values.get("departure_flight")),
        departure_at=conv("departure_at", parse_local_datetime, zone),
        hotel=_text(values.get("hotel")),
        hotel_check_in=conv("hotel_check_in", parse_date),
        hotel_check_out=conv("hotel_check_out", parse_date),
        passport_expiry=conv("passport_expiry", parse_date),
        visa_status=visa or "",
        dietary=_text(values.get("dietary")),
        accessibility=_text(values.get("accessibility")),
        interpreter_needed=bool(conv("interpreter_needed", _bool)),
        languages=tuple(x for x in re.split(r"[,;/ ]+", _text(values.get("languages"))) if x),
        emergency_contact_name=_text(values.get("emergency_contact_name")),
        emergency_contact_phone=_text(values.get("emergency_contact_phone")),
        notes=_text(values.get("notes")),
    )
    try:
        clean = validate_delegate(data, across=across)
    except ValidationError as exc:
        errors.extend(exc.errors)
        clean = data
    if errors:
        raise ValidationError(errors)
    return clean


def export_row(d: DelegateView, zone: str) -> list[str]:
    """One delegate as export cells (headers: the labels of :data:`EXPORT_FIELDS`)."""
    tz = ZoneInfo(zone)

    def when(value: dt.datetime | None) -> str:
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""

    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    def label(value: str, choices: dict[str, str]) -> str:  # words, read back by import
        return translate("shared", choices[value]) if value in choices else value

    return [
        d.name, d.name_native, d.organisation, d.email, d.phone, d.job_title,
        label(d.role, ROSTER_ROLES), label(d.registration_status, REGISTRATION_STATUSES),
        d.arrival_flight, when(d.arrival_at), d.departure_flight,
        when(d.departure_at), d.hotel, day(d.hotel_check_in), day(d.hotel_check_out),
        day(d.passport_expiry), label(d.visa_status, VISA_STATUSES), d.dietary, d.accessibility,
        "yes" if d.interpreter_needed else "no", ", ".join(d.languages),
        d.emergency_contact_name, d.emergency_contact_phone, d.notes,
    ]


#: Export columns, in order; their labels re-import with no mapping to do.
EXPORT_FIELDS: tuple[str, ...] = (
    "name", "name_native", "organisation", "email", "phone", "job_title", "role",
    "registration_status", "arrival_flight", "arrival_at", "departure_flight", "departure_at",
    "hotel", "hotel_check_in", "hotel_check_out", "passport_expiry", "visa_status", "dietary",
    "accessibility", "interpreter_needed", "languages", "emergency_contact_name",
    "emergency_contact_phone", "notes",
)
