"""Mission rules: what a valid mission is, in words a delegation leader understands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biox_desktop.core.enums import MISSION_KINDS, MISSION_STATUSES
from biox_desktop.core.i18n import format_day, translate
from biox_desktop.core.places import countries, is_timezone
from biox_desktop.core.validation import FieldError, ValidationError


@dataclass(frozen=True, slots=True)
class MissionInput:
    """What a user types to create or edit a mission."""

    name: str
    kind: str
    country: str
    start_date: dt.date | None
    end_date: dt.date | None
    timezone: str
    cities: tuple[str, ...] = ()
    home_timezone: str = "Europe/Paris"
    lead_cluster_id: str | None = None
    status: str = "planning"
    description: str = ""


@dataclass(frozen=True, slots=True)
class MissionView:
    """A mission as screens and commands show it (plain data, safe across threads)."""

    id: str
    name: str
    kind: str
    country: str
    cities: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date
    timezone: str
    home_timezone: str
    lead_cluster_id: str | None
    lead_cluster_name: str | None
    status: str
    description: str
    companies: int = 0
    delegates: int = 0

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    def to_input(self) -> MissionInput:
        return MissionInput(
            name=self.name, kind=self.kind, country=self.country, start_date=self.start_date,
            end_date=self.end_date, timezone=self.timezone, cities=self.cities,
            home_timezone=self.home_timezone, lead_cluster_id=self.lead_cluster_id,
            status=self.status, description=self.description,
        )


#: Longest mission we accept; anything longer is almost certainly a typo in a year.
MAX_DAYS = 60


def validate_mission(data: MissionInput) -> MissionInput:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` listing every problem."""
    errors: list[FieldError] = []
    name = data.name.strip()
    if not name:
        errors.append(FieldError("name", translate("validation", "Give the mission a name.")))
    elif len(name) > 200:
        errors.append(FieldError("name", translate("validation", "The name is too long (200 characters at most).")))
    if data.kind not in MISSION_KINDS:
        allowed = ", ".join(MISSION_KINDS)
        errors.append(FieldError("kind", translate("validation", "'{kind}' is not a mission kind ({allowed}).").format(
            kind=data.kind, allowed=allowed)))
    country = data.country.strip().upper()
    if not country:
        errors.append(FieldError("country", translate(
            "validation", "Choose the country the mission goes to.")))
    elif country not in countries():
        errors.append(
            FieldError("country", translate("validation", "'{country}' is not an ISO 3166 country code (e.g. JP).")
                       .format(country=data.country))
        )
    if not data.timezone.strip():
        errors.append(FieldError("timezone", translate(
            "validation", "Choose the time zone where the mission takes place.")))
    elif not is_timezone(data.timezone):
        errors.append(
            FieldError("timezone", translate("validation", "'{zone}' is not an IANA time zone (e.g. Asia/Tokyo).")
                       .format(zone=data.timezone))
        )
    if not is_timezone(data.home_timezone):
        errors.append(FieldError("home_timezone", translate("validation", "'{zone}' is not an IANA time zone.")
                                 .format(zone=data.home_timezone)))
    if data.start_date is None:
        errors.append(FieldError("start_date", translate("validation", "Give the first day of the mission.")))
    if data.end_date is None:
        errors.append(FieldError("end_date", translate("validation", "Give the last day of the mission.")))
    if data.start_date and data.end_date:
        if data.end_date < data.start_date:
            errors.append(
                FieldError(
                    "end_date",
                    translate(
                        "validation", "The mission ends ({end}) before it starts ({start})."
                    ).format(end=format_day(data.end_date), start=format_day(data.start_date)),
                )
            )
        elif (data.end_date - data.start_date).days + 1 > MAX_DAYS:
            errors.append(
                FieldError("end_date", translate("validation", "A mission lasts at most {n} days; check the year.")
                           .format(n=MAX_DAYS))
            )
    if data.status not in MISSION_STATUSES:
        errors.append(FieldError("status", translate("validation", "'{status}' is not a mission status.").format(
            status=data.status)))
    cities = tuple(c.strip() for c in data.cities if c.strip())
    if errors:
        raise ValidationError(errors)
    return MissionInput(
        name=name, kind=data.kind, country=country, start_date=data.start_date,
        end_date=data.end_date, timezone=data.timezone, cities=cities,
        home_timezone=data.home_timezone, lead_cluster_id=data.lead_cluster_id or None,
        status=data.status, description=data.description.strip(),
    )
