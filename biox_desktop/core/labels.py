"""Words for people in place of internal keys: field names, enumeration values, stored values.

Screens, exports and command output show these (translated where shown); raw keys and ids are
only in ``--json`` output. The enumerations' own labels live in :mod:`biox_desktop.core.enums`.
"""

from __future__ import annotations

import json
from typing import Any

from biox_desktop.core.enums import (
    AGENDA_KINDS,
    AGREEMENT_KINDS,
    LEAD_VISIBILITIES,
    MISSION_KINDS,
    MISSION_STATUSES,
    ORGANISATION_KINDS,
    REGISTRATION_STATUSES,
    ROLES,
    ROSTER_ROLES,
)
from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

#: Labels of the synced records' fields (context "shared", as the screens' other labels).
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("shared", "Name"),
    "name_native": QT_TRANSLATE_NOOP("shared", "Name in native script"),
    "name_romanised": QT_TRANSLATE_NOOP("shared", "Romanised name"),
    "title": QT_TRANSLATE_NOOP("shared", "Title"),
    "job_title": QT_TRANSLATE_NOOP("shared", "Job title"),
    "organisation_id": QT_TRANSLATE_NOOP("shared", "Organisation"),
    "person_id": QT_TRANSLATE_NOOP("shared", "Person"),
    "mission_id": QT_TRANSLATE_NOOP("shared", "Mission"),
    "venue_id": QT_TRANSLATE_NOOP("shared", "Venue"),
    "meeting_id": QT_TRANSLATE_NOOP("shared", "Meeting"),
    "lead_id": QT_TRANSLATE_NOOP("shared", "Lead"),
    "emails": QT_TRANSLATE_NOOP("shared", "E-mails"),
    "email": QT_TRANSLATE_NOOP("shared", "E-mail"),
    "phones": QT_TRANSLATE_NOOP("shared", "Phones"),
    "phone": QT_TRANSLATE_NOOP("shared", "Phone"),
    "messaging": QT_TRANSLATE_NOOP("shared", "Messaging ids"),
    "linkedin": QT_TRANSLATE_NOOP("shared", "LinkedIn"),
    "languages": QT_TRANSLATE_NOOP("shared", "Languages"),
    "country": QT_TRANSLATE_NOOP("shared", "Country"),
    "city": QT_TRANSLATE_NOOP("shared", "City"),
    "cities": QT_TRANSLATE_NOOP("shared", "Cities"),
    "address": QT_TRANSLATE_NOOP("shared", "Address"),
    "website": QT_TRANSLATE_NOOP("shared", "Website"),
    "notes": QT_TRANSLATE_NOOP("shared", "Notes"),
    "description": QT_TRANSLATE_NOOP("shared", "Description"),
    "sector_tags": QT_TRANSLATE_NOOP("shared", "Sectors"),
    "tags": QT_TRANSLATE_NOOP("shared", "Tags"),
    "kind": QT_TRANSLATE_NOOP("shared", "Kind"),
    "status": QT_TRANSLATE_NOOP("shared", "Status"),
    "role": QT_TRANSLATE_NOOP("shared", "Role"),
    "rating": QT_TRANSLATE_NOOP("shared", "Interest"),
    "priority": QT_TRANSLATE_NOOP("shared", "Priority"),
    "visibility": QT_TRANSLATE_NOOP("shared", "Visible to"),
    "next_action": QT_TRANSLATE_NOOP("shared", "Next action"),
    "next_action_due": QT_TRANSLATE_NOOP("shared", "Due"),
    "due_date": QT_TRANSLATE_NOOP("shared", "Due"),
    "starts_at": QT_TRANSLATE_NOOP("shared", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("shared", "Ends"),
    "start_date": QT_TRANSLATE_NOOP("shared", "First day"),
    "end_date": QT_TRANSLATE_NOOP("shared", "Last day"),
    "timezone": QT_TRANSLATE_NOOP("shared", "Time zone"),
    "home_timezone": QT_TRANSLATE_NOOP("shared", "Home time zone"),
    "table_number": QT_TRANSLATE_NOOP("shared", "Table"),
    "table_count": QT_TRANSLATE_NOOP("shared", "Tables"),
    "slot_minutes": QT_TRANSLATE_NOOP("shared", "Slot length"),
    "registration_status": QT_TRANSLATE_NOOP("shared", "Registration"),
    "arrival_at": QT_TRANSLATE_NOOP("shared", "Arrival time"),
    "arrival_flight": QT_TRANSLATE_NOOP("shared", "Arrival flight"),
    "departure_at": QT_TRANSLATE_NOOP("shared", "Departure time"),
    "departure_flight": QT_TRANSLATE_NOOP("shared", "Departure flight"),
    "hotel": QT_TRANSLATE_NOOP("shared", "Hotel"),
    "hotel_check_in": QT_TRANSLATE_NOOP("shared", "Check-in"),
    "hotel_check_out": QT_TRANSLATE_NOOP("shared", "Check-out"),
    "passport_expiry": QT_TRANSLATE_NOOP("shared", "Passport expiry"),
    "visa_status": QT_TRANSLATE_NOOP("shared", "Visa"),
    "dietary": QT_TRANSLATE_NOOP("shared", "Dietary needs"),
    "accessibility": QT_TRANSLATE_NOOP("shared", "Accessibility needs"),
    "interpreter_needed": QT_TRANSLATE_NOOP("shared", "Interpreter needed"),
    "emergency_contact_name": QT_TRANSLATE_NOOP("shared", "Emergency contact"),
    "emergency_contact_phone": QT_TRANSLATE_NOOP("shared", "Emergency phone"),
    "outcome": QT_TRANSLATE_NOOP("shared", "Outcome"),
    "outcome_note": QT_TRANSLATE_NOOP("shared", "Outcome note"),
    "signed_on": QT_TRANSLATE_NOOP("shared", "Signed on"),
    "whole_delegation": QT_TRANSLATE_NOOP("shared", "Whole delegation"),
    "locked": QT_TRANSLATE_NOOP("shared", "Locked"),
    "basis": QT_TRANSLATE_NOOP("shared", "Legal basis"),
    "given_at": QT_TRANSLATE_NOOP("shared", "Given"),
    "wording": QT_TRANSLATE_NOOP("shared", "Wording"),
    "filename": QT_TRANSLATE_NOOP("shared", "File"),
}

#: Enumerations per field, so a stored value shows as its label ("sme_delegate" -> "SME delegate").
_VALUE_LABELS: dict[str, dict[str, str]] = {
    "role": {**ROLES, **ROSTER_ROLES},
    "registration_status": REGISTRATION_STATUSES,
    "visibility": LEAD_VISIBILITIES,
}
_KIND_LABELS: dict[str, dict[str, str]] = {
    "missions": MISSION_KINDS, "organisations": ORGANISATION_KINDS, "agenda_items": AGENDA_KINDS,
    "agreements": AGREEMENT_KINDS,
}


def field_label(field: str) -> str:
    """The field's name for people, translated ("cities" -> "Cities", "Städte" in German)."""
    known = FIELD_LABELS.get(field)
    if known is not None:
        return translate("shared", known)
    return field.replace("_", " ").capitalize()


def role_label(role: str) -> str:
    """A roster or account role in words ("sme_delegate" -> "SME delegate"), translated."""
    return translate("shared", ROSTER_ROLES.get(role) or ROLES.get(role) or role)


def value_text(value: Any, field: str = "", table: str = "") -> str:
    """A stored value as people read it: lists joined ("Munich, Martinsried"), messaging ids as
    "WeChat: kim88", enumeration keys as their labels, nothing as ""."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return translate("shared", "Yes") if value else translate("shared", "No")
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        from biox_desktop.core.leads import network_label  # leads imports much; only here

        return ", ".join(f"{network_label(str(k))}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, str):
        labels = _KIND_LABELS.get(table, {}) if field == "kind" else _VALUE_LABELS.get(field, {})
        if field == "status" and table == "missions":
            labels = MISSION_STATUSES
        return translate("shared", labels[value]) if value in labels else value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)

