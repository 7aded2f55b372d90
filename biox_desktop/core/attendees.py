"""Participants of an event from the organiser's list, and the lead a badge scan starts from."""

from __future__ import annotations

from dataclasses import dataclass

from biox_desktop.core.contacts import has_non_latin_letters
from biox_desktop.core.leads import LeadInput
from biox_desktop.core.text import fold

__all__ = ["AttendeeInput", "AttendeeView", "lead_from_attendee", "search_text"]


@dataclass(frozen=True, slots=True)
class AttendeeInput:
    """One row of a participant export."""

    row: int  # its row in the file (1 = the header)
    name: str
    name_romanised: str = ""
    organisation: str = ""
    role: str = ""
    country: str = ""  # ISO alpha-2, "" when the file gives none (or one not understood)
    badge_id: str = ""
    email: str = ""
    phone: str = ""
    profile: str = ""


@dataclass(frozen=True, slots=True)
class AttendeeView:
    """A participant as the scanner and the capture form show it (plain data)."""

    id: str
    list_name: str
    name: str
    name_romanised: str
    organisation: str
    role: str
    country: str
    badge_id: str
    email: str
    phone: str
    profile: str


def search_text(name: str, romanised: str, organisation: str) -> str:
    """What a typed search looks in: the folded names and organisation."""
    return " ".join(fold(x) for x in (name, romanised, organisation) if x)


def lead_from_attendee(person: AttendeeView) -> LeadInput:
    """The lead a participant's row starts: names, organisation, role, e-mail, phone, and
    their profile text as the notes. The phone is read in their country first."""
    native = person.name if has_non_latin_letters(person.name) else ""
    return LeadInput(
        name=person.name,
        name_romanised=person.name_romanised if native else "",
        organisation_name=person.organisation,
        role=person.role,
        emails=(person.email,) if person.email else (),
        phones=(person.phone,) if person.phone else (),
        notes=person.profile,
        source="badge",
        phone_hints=(person.country,) if person.country else (),
    )
