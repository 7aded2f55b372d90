"""Lead rules: what a valid lead is, who may see it, and the plain data screens show.

A lead is a person an SME delegate met, captured in seconds: typed in the quick form, read from
a vCard or a QR code. Phones are stored in E.164, read in the mission's country when typed
without a country code; a number that cannot be read is refused with a sentence saying why.
A number another likely country could own as written (``090-1234-5678`` during a China
mission: see :func:`biox_desktop.core.phones.read_phone`) is never given a country silently:
it is stored as typed (no ``+``) until a person confirms it, imports say so in a warning
naming both readings, and the quick capture asks before saving.
Consent is recorded (basis, time, wording version) when the privacy policy in the settings
requires it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from biox_desktop.core.contacts import ContactCard
from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import NETWORK, Identity, mission_scope
from biox_desktop.core.phones import (
    MESSAGING_NETWORKS,
    PhoneError,
    canonical_network,
    country_name,
    hint_regions,
    is_confirmed,
    normalise_messaging_id,
    read_phone,
    region_for_country,
)
from biox_desktop.core.validation import FieldError, ValidationError

#: Who receives a lead when syncing, in the delegate's words.
VISIBILITIES: dict[str, str] = {
    "private": "My company only",
    "delegation": "The delegation",
    "network": "The whole network",
}
#: GDPR bases a lead may be kept on.
CONSENT_BASES: dict[str, str] = {
    "consent": "Consent given",
    "legitimate_interest": "Legitimate interest",
}
#: Where a lead came from.
LEAD_SOURCES = ("typed", "vcard", "qr")
#: Messaging networks the quick form asks for, in this order.
FORM_NETWORKS = ("wechat", "line", "kakaotalk", "whatsapp")

_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\\\"]+@[^@\s,;<>()\[\]\\\"]+\.[^@\s,;<>()\[\]\\\".]{2,}$")


@dataclass(frozen=True, slots=True)
class ConsentPolicy:
    """What the privacy policy in the settings asks of a capture."""

    required: bool = True
    wording: str = ""
    wording_version: str = ""


@dataclass(frozen=True, slots=True)
class LeadInput:
    """What a delegate types (or a card gives) to capture or edit a lead."""

    name: str = ""  # as the person writes it (native script when there is one)
    name_romanised: str = ""
    organisation_id: str | None = None  # an existing organisation, picked
    organisation_name: str = ""  # or a name: picked when it exists, created otherwise
    role: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    messaging: tuple[tuple[str, str], ...] = ()  # (network, id)
    linkedin: str = ""
    tags: tuple[str, ...] = ()
    rating: int | None = None  # interest, 1 (low) to 5 (high)
    notes: str = ""
    next_action: str = ""
    next_action_due: dt.date | None = None
    mission_id: str | None = None
    meeting_id: str | None = None
    visibility: str = "private"
    consent_given: bool = False
    consent_basis: str = "consent"
    source: str = "typed"
    vcard_uid: str = ""
    photo: bytes | None = field(default=None, repr=False)
    #: Phones kept exactly as typed until a person confirms their country (they could be read
    #: in two countries, see core.phones.read_phone); validation never rewrites them.
    phones_as_typed: tuple[str, ...] = ()
    #: Countries the card points to (its address, e-mail domains): numbers are also tried there.
    phone_hints: tuple[str, ...] = ()

    def with_changes(self, **changes: object) -> LeadInput:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ConsentView:
    basis: str
    given_at: dt.datetime
    wording_version: str
    withdrawn: bool = False


@dataclass(frozen=True, slots=True)
class LeadView:
    """A lead as screens and commands show it (plain data, safe across threads)."""

    id: str
    person_id: str
    name: str
    name_native: str
    name_romanised: str
    organisation_id: str | None
    organisation_name: str
    role: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    messaging: tuple[tuple[str, str], ...]
    linkedin: str
    tags: tuple[str, ...]
    rating: int | None
    notes: str
    next_action: str
    next_action_due: dt.date | None
    mission_id: str | None
    mission_name: str
    meeting_id: str | None
    meeting_title: str
    visibility: str
    scope: str
    source: str
    vcard_uid: str
    created_at: dt.datetime
    consent: ConsentView | None = None
    has_photo: bool = False

    def to_input(self) -> LeadInput:
        return LeadInput(
            name=self.name_native or self.name, name_romanised=self.name_romanised,
            organisation_id=self.organisation_id, organisation_name=self.organisation_name,
            role=self.role, emails=self.emails, phones=self.phones, messaging=self.messaging,
            linkedin=self.linkedin, tags=self.tags, rating=self.rating, notes=self.notes,
            next_action=self.next_action, next_action_due=self.next_action_due,
            mission_id=self.mission_id, meeting_id=self.meeting_id, visibility=self.visibility,
            consent_given=self.consent is not None and not self.consent.withdrawn,
            consent_basis=self.consent.basis if self.consent else "consent",
            source=self.source, vcard_uid=self.vcard_uid,
            phones_as_typed=tuple(p for p in self.phones if not is_confirmed(p)),
        )


@dataclass(frozen=True, slots=True)
class LeadRow:
    """One line of the Leads table (built on demand, a page at a time)."""

    id: str
    name: str
    organisation_name: str
    role: str
    rating: int | None
    tags: tuple[str, ...]
    next_action: str
    next_action_due: dt.date | None
    visibility: str
    mission_name: str
    email: str
    phone: str
    owner_name: str = ""  # the company that captured it


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """Which leads the Leads screen lists. Empty fields do not filter."""

    text: str = ""
    mission_id: str | None = None
    min_rating: int | None = None
    tag: str = ""
    follow_up_due: bool = False  # next action due on or before ``today``, or an open follow-up
    today: dt.date | None = None
    sort: str = "name"  # name | organisation | rating | due | captured
    descending: bool = False


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One event in a lead's history, newest last."""

    at: dt.datetime
    what: str  # created | edited | follow-up | follow-up done | consent | deleted
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CardRead:
    """A card read from a file, ready to import: where it was, and what was repaired."""

    card: ContactCard
    index: int  # 1-based position in the file
    line: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileImport:
    """What importing one vCard file did. Refused cards say why; nothing is half-done."""

    path: str
    imported: int = 0
    updated: int = 0
    refused: tuple[str, ...] = ()  # one reason per refused card (or the whole file)
    warnings: tuple[str, ...] = ()
    lead_ids: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        if self.imported or self.updated:
            return "imported" if not self.refused else "partly imported"
        return "refused" if self.refused else "empty"


# --------------------------------------------------------------------------------------------
# Scope


def lead_scope(visibility: str, identity: Identity, mission_id: str | None) -> str:
    """The sync scope of a lead (and of its person): who receives it."""
    if visibility == "network":
        return NETWORK
    if visibility == "delegation":
        if not mission_id:
            raise ValidationError(
                [
                    FieldError(
                        "visibility",
                        translate("leads", "Choose a mission to share a lead with its delegation."),
                    )
                ]
            )
        return mission_scope(mission_id)
    return identity.private_scope


# --------------------------------------------------------------------------------------------
# Validation


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def split_list(text: str) -> tuple[str, ...]:
    """Items typed in one box, separated by commas, semicolons or new lines."""
    return tuple(p.strip() for p in re.split(r"[,;\n]", text) if p.strip())


def _dedupe(items: list[str], key: object = str.casefold) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        k = key(item)  # type: ignore[operator]
        if k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


def validate_lead(
    data: LeadInput, *, country: str | None = None, policy: ConsentPolicy | None = None,
    require_consent: bool = True,
) -> LeadInput:
    """A cleaned copy of ``data`` (phones in E.164) or :class:`ValidationError` with every problem.

    ``country`` is the mission's ISO country: phones typed without ``+`` are read there.
    ``require_consent`` is False for imported cards (the basis is recorded when captured in
    person); typed and QR captures follow ``policy``.
    """
    errors: list[FieldError] = []
    name = " ".join(data.name.split())
    romanised = " ".join(data.name_romanised.split())
    if not name and not romanised:
        errors.append(FieldError("name", translate("leads", "Give the person's name.")))
    elif len(name) > 300 or len(romanised) > 300:
        errors.append(
            FieldError("name", translate("leads", "The name is too long (300 characters at most)."))
        )
    region = region_for_country(country)

    emails: list[str] = []
    for raw in data.emails:
        email = raw.strip()
        if not email:
            continue
        if email.lower().startswith("mailto:"):
            email = email[7:]
        if not is_email(email):
            errors.append(
                FieldError(
                    "emails",
                    translate("leads", "'{email}' is not an e-mail address.").format(email=email),
                )
            )
        else:
            emails.append(email)

    phones: list[str] = []
    as_typed = {p.strip() for p in data.phones_as_typed}
    hints = tuple(dict.fromkeys((*data.phone_hints, *hint_regions(emails=data.emails))))
    for raw in data.phones:
        text = raw.strip()
        if not text:
            continue
        if text in as_typed:
            phones.append(text)  # pending confirmation: stored as typed, never rewritten
            continue
        try:
            readings = read_phone(text, region, hints=hints)
            # A number two countries could own is kept as typed rather than silently given
            # the mission's country code; the forms ask before saving, imports warn.
            phones.append(text if readings.flagged or readings.reading is None
                          else readings.reading.e164)
        except PhoneError as exc:
            where = country_name(region) if region else ""
            hint = (
                translate("leads", " (read as a number in {where})").format(where=where)
                if where and where not in str(exc)
                else ""
            )
            errors.append(
                FieldError(
                    "phones",
                    translate("leads", "{problem}{hint}.").format(
                        problem=_capital(str(exc)), hint=hint
                    ),
                )
            )

    messaging: list[tuple[str, str]] = []
    for network, value in data.messaging:
        if not value.strip():
            continue
        net = canonical_network(network)
        if not net:
            errors.append(
                FieldError(
                    "messaging",
                    translate("leads", "'{network}' is not a messaging network.").format(
                        network=network
                    ),
                )
            )
            continue
        try:
            messaging.append((net, normalise_messaging_id(net, value.strip(), region)))
        except PhoneError as exc:
            errors.append(
                FieldError(
                    "messaging",
                    translate("leads", "{network}: {problem}.").format(
                        network=_network_label(net), problem=_capital(str(exc))
                    ),
                )
            )

    rating = data.rating
    if rating is not None and not 1 <= rating <= 5:
        errors.append(FieldError("rating", translate("leads", "Rate the interest from 1 to 5.")))
    if data.visibility not in VISIBILITIES:
        errors.append(
            FieldError(
                "visibility",
                translate("leads", "'{visibility}' is not a visibility.").format(
                    visibility=data.visibility
                ),
            )
        )
    elif data.visibility == "delegation" and not data.mission_id:
        errors.append(
            FieldError(
                "visibility",
                translate("leads", "Choose a mission to share a lead with its delegation."),
            )
        )
    if data.source not in LEAD_SOURCES:
        errors.append(
            FieldError(
                "source",
                translate("leads", "'{source}' is not a lead source.").format(source=data.source),
            )
        )
    if data.consent_basis not in CONSENT_BASES:
        errors.append(
            FieldError(
                "consent",
                translate("leads", "'{consent_basis}' is not a GDPR basis.").format(
                    consent_basis=data.consent_basis
                ),
            )
        )
    policy = policy or ConsentPolicy(required=False)
    if require_consent and policy.required and not data.consent_given:
        errors.append(
            FieldError(
                "consent",
                translate(
                    "leads",
                    "The privacy policy asks for the person's consent: tick the box once "
                    "they agreed to the wording shown.",
                ),
            )
        )
    linkedin = data.linkedin.strip()
    if linkedin and " " in linkedin:
        errors.append(
            FieldError(
                "linkedin", translate("leads", "A LinkedIn profile is a link or a name, no spaces.")
            )
        )
    if len(data.next_action) > 300:
        errors.append(
            FieldError(
                "next_action", translate("leads", "The next action is too long (300 at most).")
            )
        )
    if errors:
        raise ValidationError(errors)
    tags = _dedupe([" ".join(t.split()) for t in data.tags if t.strip()])
    return replace(
        data, name=name, name_romanised=romanised, organisation_name=data.organisation_name.strip(),
        role=data.role.strip(), emails=_dedupe(emails), phones=_dedupe(phones, key=str),
        phones_as_typed=tuple(p for p in _dedupe(phones, key=str) if not is_confirmed(p)),
        messaging=tuple(dict.fromkeys(messaging)), linkedin=linkedin, tags=tags,
        notes=data.notes.strip(), next_action=data.next_action.strip(),
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _network_label(network: str) -> str:
    return {"wechat": "WeChat", "line": "LINE", "kakaotalk": "KakaoTalk",
            "whatsapp": "WhatsApp"}.get(network, network.capitalize())


def network_label(network: str) -> str:
    """How a messaging network is written for people (``WeChat``, ``LINE`` ...)."""
    return _network_label(network)


def parse_due(text: str, today: dt.date) -> dt.date | None:
    """A due date typed fast: ``2026-12-01``, ``+3`` (days), ``3d``, ``2w``, ``tomorrow``.

    Empty text gives None; anything else unreadable raises :class:`ValidationError`.
    """
    t = text.strip().lower()
    if not t:
        return None
    if t in ("today", "tod"):
        return today
    if t in ("tomorrow", "tom"):
        return today + dt.timedelta(days=1)
    m = re.fullmatch(r"\+?(\d{1,3})\s*([dw]?)", t)
    if m:
        n = int(m[1]) * (7 if m[2] == "w" else 1)
        return today + dt.timedelta(days=n)
    try:
        return dt.date.fromisoformat(t)
    except ValueError:
        raise ValidationError(
            [
                FieldError(
                    "next_action_due",
                    translate(
                        "leads",
                        "'{text}' is not a date: type 2026-12-01, +3 (days), 2w or tomorrow.",
                    ).format(text=text.strip()),
                )
            ]
        ) from None


def input_from_card(card: ContactCard, *, region: str | None = None,
                    warnings: list[str] | None = None) -> LeadInput:
    """The quick form's fields from a vCard or QR card (phones the card could not read into
    E.164 are left out, with a warning, rather than refusing the card)."""
    notes = warnings if warnings is not None else []
    phones: list[str] = []
    as_typed: list[str] = []
    hints = hint_regions(emails=[e.value.removeprefix("mailto:") for e in card.emails],
                         countries=[a.country for a in card.addresses])
    for phone in card.phones:
        try:
            readings = read_phone(phone.value, region, hints=hints)
        except PhoneError:
            readings = None
        if readings is not None and readings.flagged:
            # Two countries could own it: keep it as typed and say so, never pick one silently.
            phones.append(readings.typed)
            as_typed.append(readings.typed)
            notes.append(readings.warning())
        elif readings is not None and readings.reading is not None:
            phones.append(readings.reading.e164)
        elif phone.e164:  # a form the card's reader understood (a tel: URI...)
            phones.append(phone.e164)
        else:
            notes.append(
                translate("leads", "phone '{phone}' left out: it is not a valid number").format(
                    phone=phone.value
                )
            )
    emails: list[str] = []
    for email in card.emails:
        value = email.value.strip()
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if is_email(value):
            emails.append(value)
        elif value:
            notes.append(
                translate("leads", "e-mail '{email}' left out: it is not an e-mail address").format(
                    email=value
                )
            )
    messaging: list[tuple[str, str]] = []
    for m in card.messaging:
        net = canonical_network(m.network)
        if any(n == net for n, _v in messaging):
            notes.append(
                translate(
                    "leads", "{network} id '{id}' left out: a lead keeps one id per network"
                ).format(network=m.network, id=m.value)
            )
            continue
        try:
            messaging.append((net, normalise_messaging_id(net, m.value, region)))
        except PhoneError as exc:
            notes.append(
                translate("leads", "{network} id left out: {exc}").format(
                    network=m.network, exc=exc
                )
            )
    native = card.name_native
    romanised = card.name_romanised
    name = native or romanised or card.display_name
    if name == romanised:
        romanised = ""
    return LeadInput(
        name=name[:300], name_romanised=romanised[:300],
        organisation_name=card.organisation[:300], role=(card.title or card.role)[:200],
        emails=tuple(emails), phones=tuple(phones), phones_as_typed=tuple(as_typed),
        phone_hints=hints,
        messaging=tuple(messaging),
        linkedin=card.linkedin.replace(" ", ""), tags=card.categories, notes=card.note,
        vcard_uid=card.uid[:200], photo=card.photo.data if card.photo and card.photo.data
        else None, source="vcard",
    )


__all__ = [
    "CONSENT_BASES",
    "FORM_NETWORKS",
    "LEAD_SOURCES",
    "MESSAGING_NETWORKS",
    "VISIBILITIES",
    "ConsentPolicy",
    "ConsentView",
    "FileImport",
    "HistoryEntry",
    "LeadFilter",
    "LeadInput",
    "LeadRow",
    "LeadView",
    "input_from_card",
    "is_email",
    "lead_scope",
    "network_label",
    "parse_due",
    "split_list",
    "validate_lead",
]
