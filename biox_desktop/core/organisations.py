"""The organisation directory in plain data: what a user types, what screens and commands show,
and a company's journey across missions.

The database side is :mod:`biox_desktop.db.organisations`; nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biox_desktop.core.enums import ORGANISATION_KINDS
from biox_desktop.core.i18n import translate
from biox_desktop.core.places import normalise_country
from biox_desktop.core.validation import FieldError, ValidationError


@dataclass(frozen=True, slots=True)
class OrganisationInput:
    """What a user types to add or edit an organisation."""

    name: str
    kind: str
    name_native: str = ""
    country: str = ""
    city: str = ""
    website: str = ""
    home_cluster_id: str | None = None
    description: str = ""
    sector_tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationView:
    """An organisation as the directory lists it."""

    id: str
    name: str
    kind: str
    name_native: str = ""
    country: str = ""
    city: str = ""
    website: str = ""
    home_cluster_id: str | None = None
    home_cluster_name: str = ""
    description: str = ""
    sector_tags: tuple[str, ...] = ()
    people: int = 0
    missions: int = 0

    @property
    def display(self) -> str:
        return f"{self.name} · {self.name_native}" if self.name_native else self.name

    def to_input(self) -> OrganisationInput:
        return OrganisationInput(
            name=self.name, kind=self.kind, name_native=self.name_native, country=self.country,
            city=self.city, website=self.website, home_cluster_id=self.home_cluster_id,
            description=self.description, sector_tags=self.sector_tags,
        )


@dataclass(frozen=True, slots=True)
class OrgPerson:
    """Someone of the organisation."""

    id: str
    name: str
    name_native: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class JourneyMission:
    """A mission the organisation joined (its delegation company row), or partnered."""

    mission_id: str
    name: str
    kind: str
    country: str
    start_date: dt.date
    end_date: dt.date
    status: str  # the company's status on that mission (invited, registered, ...)
    lead_cluster: str = ""


@dataclass(frozen=True, slots=True)
class JourneyDelegate:
    mission_id: str
    mission: str
    person_id: str
    name: str
    role: str
    registration_status: str


@dataclass(frozen=True, slots=True)
class JourneyMeeting:
    id: str
    mission_id: str
    mission: str
    day: dt.date
    title: str
    counterpart: str
    status: str
    outcome: str = ""
    rating: int | None = None


@dataclass(frozen=True, slots=True)
class JourneyLead:
    id: str
    mission_id: str | None
    mission: str
    name: str
    organisation: str
    captured_on: dt.date
    rating: int | None = None
    next_action: str = ""


@dataclass(frozen=True, slots=True)
class JourneyAgreement:
    id: str
    title: str
    kind: str
    status: str
    signed_on: dt.date | None
    mission_id: str | None
    mission: str
    role: str
    parties: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JourneyFollowUp:
    id: str
    mission_id: str | None
    mission: str
    subject: str
    kind: str
    due_date: dt.date | None
    done_on: dt.date | None
    outcome: str = ""
    rating: int | None = None


@dataclass(frozen=True)
class OrganisationDetail:
    """One organisation with its people and everything linked to it, across missions and years
    (for an SME: its journey)."""

    organisation: OrganisationView
    people: tuple[OrgPerson, ...] = ()
    missions: tuple[JourneyMission, ...] = ()
    partner_of: tuple[JourneyMission, ...] = ()
    delegates: tuple[JourneyDelegate, ...] = ()
    meetings: tuple[JourneyMeeting, ...] = ()
    leads: tuple[JourneyLead, ...] = ()
    agreements: tuple[JourneyAgreement, ...] = ()
    follow_ups: tuple[JourneyFollowUp, ...] = ()
    members: tuple[OrganisationView, ...] = ()  # a cluster's SMEs

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({m.start_date.year for m in self.missions}))

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({m.country for m in self.missions}))


@dataclass(frozen=True, slots=True)
class PartnerView:
    """A gateway partner of a mission."""

    id: str  # the mission_partners row
    mission_id: str
    organisation_id: str
    name: str
    name_native: str
    kind: str
    country: str
    city: str
    role: str
    contacts: tuple[OrgPerson, ...] = ()

    @property
    def display(self) -> str:
        return f"{self.name} · {self.name_native}" if self.name_native else self.name


def validate_organisation(data: OrganisationInput) -> OrganisationInput:
    """A cleaned copy of ``data``, or :class:`ValidationError` listing every problem."""
    errors: list[FieldError] = []
    name = " ".join(data.name.split())
    if not name:
        errors.append(FieldError("name", translate("organisations",
                                                   "Give the organisation a name.")))
    elif len(name) > 300:
        errors.append(FieldError("name", translate(
            "organisations", "The name is too long (300 characters at most).")))
    native = " ".join(data.name_native.split())
    if len(native) > 300:
        errors.append(FieldError("name_native", translate(
            "organisations", "The name in its own script is too long (300 characters at most).")))
    if data.kind not in ORGANISATION_KINDS:
        errors.append(FieldError("kind", translate(
            "organisations", "'{kind}' is not a kind of organisation ({allowed}).").format(
                kind=data.kind, allowed=", ".join(ORGANISATION_KINDS))))
    country = ""
    if data.country.strip():
        code = normalise_country(data.country)
        if code is None:
            errors.append(FieldError("country", translate(
                "organisations", "'{country}' is not a country: give its ISO code (JP) or its "
                "English name.").format(country=data.country.strip())))
        else:
            country = code
    city = data.city.strip()
    if len(city) > 120:
        errors.append(FieldError("city", translate(
            "organisations", "The city is too long (120 characters at most).")))
    website = data.website.strip()
    if website and " " in website:
        errors.append(FieldError("website", translate(
            "organisations", "A web address has no spaces.")))
    elif len(website) > 300:
        errors.append(FieldError("website", translate(
            "organisations", "The web address is too long (300 characters at most).")))
    elif website and "://" not in website:
        website = "https://" + website  # typed as "bioco.example"
    home = data.home_cluster_id or None
    if home is not None and data.kind == "cluster":
        errors.append(FieldError("home_cluster_id", translate(
            "organisations", "A cluster has no home cluster; leave it empty.")))
    tags = tuple(dict.fromkeys(t.strip() for t in data.sector_tags if t.strip()))
    if errors:
        raise ValidationError(errors)
    return OrganisationInput(name=name, kind=data.kind, name_native=native, country=country,
                             city=city, website=website, home_cluster_id=home,
                             description=data.description.strip(), sector_tags=tags)
