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

from biox_desktop.core.contacts import (
    ContactCard,
    EmailAddress,
    MessagingId,
    PhoneNumber,
    Photo,
    has_non_latin_letters,
)
from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
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
from biox_desktop.core.text import fold
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
#: The basis an import gives its whole batch ("none": every lead is marked consent missing).
IMPORT_BASES: tuple[str, ...] = ("none", "consent", "legitimate_interest")
#: Why a lead is due for review (retention), in the coordinator's words.
REVIEW_REASONS: dict[str, str] = {
    "no_basis": QT_TRANSLATE_NOOP(
        "leads", "No legal basis {days} days after capture: record consent or legitimate "
        "interest, or erase the person"),
    "inactive": QT_TRANSLATE_NOOP(
        "leads", "No activity (edit, follow-up, meeting) for {months} months: erase the "
        "person, or edit the lead if it is still needed"),
}
#: Where a lead came from.
#: badge: an attendee list's row; card: a business card's photo read by OCR.
LEAD_SOURCES = ("typed", "vcard", "qr", "spreadsheet", "badge", "card")
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
    #: The card the lead was read from (None when typed): what the lead's fields cannot hold
    #: (structured name, types, addresses, birthday, kept properties ...) is stored with the
    #: person and written back on export; see :func:`card_for_lead`.
    vcard: ContactCard | None = field(default=None, repr=False)

    @property
    def is_organisation(self) -> bool:
        """A lead for an organisation's own card (``KIND:org``): it has no person's name."""
        return self.vcard is not None and self.vcard.is_organisation

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
    vcard: ContactCard | None = field(default=None, repr=False)  # as LeadInput.vcard

    @property
    def is_organisation(self) -> bool:
        """An organisation's card (``KIND:org``): ``name`` is empty on purpose."""
        return self.vcard is not None and self.vcard.is_organisation

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
            source=self.source, vcard_uid=self.vcard_uid, vcard=self.vcard,
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
    consent_missing: bool = False  # no live consent record (no legal basis)
    due_for_review: bool = False  # listed by the retention review (see db.retention)
    today: dt.date | None = None
    sort: str = "name"  # name | organisation | rating | due | captured
    descending: bool = False


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One event in a lead's history, newest last."""

    at: dt.datetime
    what: str  # created | edited | follow-up | follow-up done | consent | deleted | batch
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A lead the retention rule lists: complete its basis or erase the person, and why."""

    lead_id: str
    person_id: str
    name: str
    organisation_name: str
    reason: str  # a key of REVIEW_REASONS
    since: dt.datetime  # capture (no basis) or last activity (inactive)
    detail: str  # the reason in words


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
    #: The batch of the whole import run, for "undo this import" (None: nothing changed).
    batch_id: str | None = None
    #: Leads of this file (imported or updated) that have no legal basis after the import.
    without_basis: int = 0

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
    if not name and not romanised and data.is_organisation:
        if not (data.organisation_name.strip() or data.organisation_id):
            errors.append(FieldError("name", translate(
                "leads", "The organisation's card (KIND:org) has no name.")))
    elif not name and not romanised and data.source == "vcard":
        # Refused rather than named after its e-mail or company: a lead called
        # "info@example.com" is found by nobody and merges with the wrong person.
        errors.append(FieldError("name", translate(
            "leads", "The card has no name (no FN or N): it is not imported under its e-mail "
            "or company; add the name to the card and import it again.")))
    elif not name and not romanised:
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
                    "The privacy policy asks for a legal basis: choose consent once the person "
                    "agreed to the wording shown, or legitimate interest.",
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


#: Words for days from today in the five languages of the app, accents folded ("mañana").
_DUE_WORDS: dict[str, int] = {
    "today": 0, "tod": 0, "heute": 0, "aujourd'hui": 0, "aujourdhui": 0, "auj": 0, "hoy": 0,
    "oggi": 0,
    "tomorrow": 1, "tom": 1, "morgen": 1, "demain": 1, "manana": 1, "domani": 1,
    "day after tomorrow": 2, "ubermorgen": 2, "uebermorgen": 2, "apres-demain": 2,
    "apres demain": 2, "pasado manana": 2, "dopodomani": 2,
    "next week": 7, "nachste woche": 7, "naechste woche": 7, "semaine prochaine": 7,
    "la semaine prochaine": 7, "la semana que viene": 7, "la proxima semana": 7,
    "proxima semana": 7, "settimana prossima": 7, "la settimana prossima": 7,
}
#: "+3", "3d", "2w" and their words: Tage/jours/días/giorni, Wochen/semaines/semanas/settimane.
_DUE_COUNT = re.compile(
    r"(?:in\s+|dans\s+|en\s+|tra\s+|fra\s+)?\+?(\d{1,3})\s*"
    r"(d|t|j|g|days?|tage?n?|jours?|dias?|giorni|giorno"
    r"|w|s|weeks?|wochen?|semaines?|semanas?|settimane|settimana)?\.?")


def parse_due(text: str, today: dt.date) -> dt.date | None:
    """A due date typed fast: ``2026-12-01``, ``14.06.2027`` (day first), ``+3`` (days),
    ``3d``, ``2w``, ``tomorrow``, in any of the app's languages: ``morgen``, ``demain``,
    ``mañana``, ``domani``, ``3 Tage``, ``2 semaines``, ``übermorgen``...

    Empty text gives None; anything else unreadable raises :class:`ValidationError`.
    """
    t = " ".join(fold(text).split())
    if not t:
        return None
    if t in _DUE_WORDS:
        return today + dt.timedelta(days=_DUE_WORDS[t])
    m = _DUE_COUNT.fullmatch(t)
    if m:
        weeks = (m[2] or "d")[0] in "ws"
        return today + dt.timedelta(days=int(m[1]) * (7 if weeks else 1))
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
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
    """The quick form's fields from a vCard or QR card, with the card itself in ``vcard``.

    What the lead's fields cannot take (a phone that is not a valid number, an address that is
    not an e-mail address, a second id on one network) stays on the card, which is stored with
    the lead and written back on export; each such case adds a warning saying so.

    Decisions (issue 13):

    * An organisation's card (``KIND:org``, Apple's ``X-ABShowAs:COMPANY``, or a card with an
      ORG and no name at all, as Evolution and Android write company contacts) becomes an
      organisation-only lead: the organisation is the card's ORG (else its FN) and the
      person's name stays empty, so it is never taken for a person;
      :attr:`LeadInput.is_organisation` (and ``LeadView.is_organisation``) flags it. Its KIND
      is written back on export.
    * Any other card with no name (no FN, no N) gets an empty name, which
      :func:`validate_lead` refuses with its reason (the import names the file, card and
      line): it is never named after its e-mail, as before.
    """
    notes = warnings if warnings is not None else []
    phones: list[str] = []
    kept_phones: list[PhoneNumber] = []
    as_typed: list[str] = []
    hints = hint_regions(emails=[e.value.removeprefix("mailto:") for e in card.emails],
                         countries=[a.country for a in card.addresses])
    for phone in card.phones:
        try:
            readings = read_phone(phone.value, region, hints=hints)
        except PhoneError:
            readings = None
        held = ""
        if readings is not None and readings.flagged:
            # Two countries could own it: keep it as typed and say so, never pick one silently.
            held = readings.typed
            as_typed.append(readings.typed)
            notes.append(readings.warning())
        elif readings is not None and readings.reading is not None:
            held = readings.reading.e164
        elif phone.e164:  # a form the card's reader understood (a tel: URI...)
            held = phone.e164
        # The stored card remembers which number the lead holds for each TEL (E.164, or the
        # text kept as typed), so an export finds the number as written and its types.
        kept_phones.append(replace(phone, e164=held) if held != phone.e164 else phone)
        if held:
            phones.append(held)
        else:
            notes.append(translate(
                "leads", "phone '{phone}' is not a valid number: it is not among the lead's "
                "phones, but is kept on the card and written back on export").format(
                    phone=phone.value))
    emails: list[str] = []
    for email in card.emails:
        value = _email_value(email.value)
        if is_email(value):
            emails.append(value)
        elif value:
            notes.append(translate(
                "leads", "e-mail '{email}' is not an e-mail address: it is not among the "
                "lead's e-mails, but is kept on the card and written back on export").format(
                    email=value))
    messaging: list[tuple[str, str]] = []
    for m in card.messaging:
        net, value, problem = _messaging_pair(m, region)
        if problem:
            notes.append(translate(
                "leads", "{network} id '{id}' is kept on the card and written back on export, "
                "but not among the lead's ids: {problem}").format(
                    network=m.network, id=m.value, problem=problem))
        elif any(n == net for n, _v in messaging):
            notes.append(translate(
                "leads", "{network} id '{id}' is kept on the card and written back on export, "
                "but not among the lead's ids: a lead keeps one id per network").format(
                    network=m.network, id=m.value))
        else:
            messaging.append((net, value))
    name, romanised, organisation = _names_of(card)
    for what, text, limit in ((translate("leads", "name"), name, 300),
                              (translate("leads", "romanised name"), romanised, 300),
                              (translate("leads", "organisation"), organisation, 300),
                              (translate("leads", "role"), card.title or card.role, 200)):
        if len(text) > limit:
            notes.append(translate(
                "leads", "the {what} is longer than {limit} characters: the lead shows the "
                "first {limit}; the card keeps it whole for export").format(
                    what=what, limit=limit))
    if card.photo is not None and card.photo.uri and not card.photo.data:
        notes.append(translate(
            "leads", "the photo is a link ({uri}): it is not downloaded, but the link is kept "
            "and written back on export").format(uri=card.photo.uri[:80]))
    return LeadInput(
        name=name[:300], name_romanised=romanised[:300],
        organisation_name=organisation[:300], role=(card.title or card.role)[:200],
        emails=tuple(emails), phones=tuple(phones), phones_as_typed=tuple(as_typed),
        phone_hints=hints,
        messaging=tuple(messaging),
        linkedin=card.linkedin.replace(" ", ""), tags=card.categories, notes=card.note,
        vcard_uid=card.uid[:200], photo=card.photo.data if card.photo and card.photo.data
        else None, source="vcard", vcard=replace(card, phones=tuple(kept_phones)),
    )


def _names_of(card: ContactCard) -> tuple[str, str, str]:
    """(name, romanised name, organisation) a lead takes from ``card``, before truncation."""
    if card.is_organisation:
        return "", "", card.organisation or card.formatted_name
    romanised = card.name_romanised
    # FN, else N: never the e-mail or the company (see validate_lead).
    name = card.name_native or romanised or card.formatted_name or card.structured_name()
    return name, "" if name == romanised else romanised, card.organisation


def _email_value(text: str) -> str:
    value = text.strip()
    return value[7:] if value.lower().startswith("mailto:") else value


def _messaging_pair(m: MessagingId, region: str | None) -> tuple[str, str, str]:
    """(network, id as the lead stores it, "" ) or ("", "", why it cannot be stored)."""
    net = canonical_network(m.network)
    if not net:
        return "", "", translate("leads", "'{network}' is not a messaging network").format(
            network=m.network)
    try:
        return net, normalise_messaging_id(net, m.value, region), ""
    except PhoneError as exc:
        return "", "", str(exc)


def _clean_words(text: str) -> str:
    return " ".join(text.split())


def card_for_lead(
    stored: ContactCard | None, *, uid: str, name: str, name_native: str, name_romanised: str,
    organisation: str, role: str, emails: tuple[str, ...], phones: tuple[str, ...],
    messaging: tuple[tuple[str, str], ...], linkedin: str, notes: str, tags: tuple[str, ...],
    photo: bytes | None,
) -> ContactCard:
    """The card to export for a lead: the lead's fields, dressed with the card it came from.

    The inverse of :func:`input_from_card`. Each lead field still holding what the stored card
    gave is written as the card had it (FN and N with prefixes and suffixes, the organisation
    with its units, each e-mail and phone with its types and label as written, notes with their
    line breaks); a field edited since is written as it is now, and the card's detail for it is
    dropped as stale (a renamed person loses the old N). What the lead has no field for (nickname,
    birthday, addresses, URLs, GEO, KIND, kept properties ...) is written back as read.
    ``uid`` is the lead's UID (or the ``urn:uuid:`` the export falls back to).
    """
    card = stored or ContactCard()
    # What the lead took from the card when it was read (as input_from_card, without reading
    # the phones again: each stored TEL already names the number the lead holds).
    exp_name, exp_roman, exp_org = _names_of(card) if stored is not None else ("", "", "")
    exp_role = (card.title or card.role)[:200] if stored is not None else ""
    changes: dict[str, object] = {}
    exp_name = _clean_words(exp_name[:300])
    exp_native = exp_name if has_non_latin_letters(exp_name) else ""
    exp_romanised = _clean_words(exp_roman[:300]) or ("" if exp_native else exp_name)
    if stored is None or (exp_native, exp_romanised) != (name_native, name_romanised):
        changes.update(formatted_name=name_native or name_romanised or name,
                       name_native=name_native, name_romanised=name_romanised,
                       family_name="", given_name="", additional_names="", prefixes="",
                       suffixes="", name_phonetic="")
    if exp_org[:300].strip().casefold() != organisation.casefold():
        changes.update(organisation=organisation, org_units=())
    if exp_role.strip() != role:
        changes.update(title=role, role="")

    # Each list: the stored entries the lead still holds, in the card's order, with their
    # types and labels; a second entry for the same value (EMAIL;TYPE=work and ;TYPE=home)
    # goes with it; entries the lead never held (not valid) are kept as read; entries the
    # lead no longer holds (removed since) are dropped; the lead's new ones come last.
    wanted = {e.casefold() for e in emails}
    matched: set[str] = set()
    out_emails: list[EmailAddress] = []
    for e in card.emails:
        key = _email_value(e.value).casefold()
        if key in wanted or key in matched:
            wanted.discard(key)
            matched.add(key)
            out_emails.append(e)
        elif key and not is_email(_email_value(e.value)):
            out_emails.append(e)
    out_emails.extend(EmailAddress(e) for e in emails if e.casefold() in wanted)
    changes["emails"] = tuple(out_emails)

    wanted_phones = set(phones)
    matched = set()
    out_phones: list[PhoneNumber] = []
    for p in card.phones:
        if p.e164 and (p.e164 in wanted_phones or p.e164 in matched):
            wanted_phones.discard(p.e164)
            matched.add(p.e164)
            out_phones.append(p)
        elif not p.e164:
            out_phones.append(p)
    out_phones.extend(PhoneNumber(p, e164=p) for p in phones if p in wanted_phones)
    changes["phones"] = tuple(out_phones)

    # Ids: a lead keeps one per network, the card may have several. A stored id is dropped
    # only when the lead holds no id on its network any more (removed since); an id the lead
    # does not hold on a network it does (left out at import, or replaced by an edit) stays:
    # an export never loses one.
    wanted_ids = set(messaging)
    held_networks = {n for n, _v in messaging}
    matched_ids: set[tuple[str, str]] = set()
    out_ids: list[MessagingId] = []
    for m in card.messaging:
        net, value, problem = _messaging_pair(m, None)
        if not problem and ((net, value) in wanted_ids or (net, value) in matched_ids):
            wanted_ids.discard((net, value))
            matched_ids.add((net, value))
            out_ids.append(m)
        elif problem or net in held_networks:
            out_ids.append(m)
    out_ids.extend(MessagingId(n, v) for n, v in messaging if (n, v) in wanted_ids)
    changes["messaging"] = tuple(out_ids)

    if card.linkedin.replace(" ", "") != linkedin:
        changes["linkedin"] = linkedin
    if card.note.strip() != notes:
        changes["note"] = notes
    exp_tags = _dedupe([_clean_words(t) for t in card.categories if t.strip()])
    if exp_tags != tuple(tags):
        changes["categories"] = tuple(tags)
    if photo:
        if card.photo is None or card.photo.data != photo:
            changes["photo"] = Photo(photo)
    elif card.photo is not None and card.photo.data:
        changes["photo"] = None  # the lead's photo was removed
    changes["uid"] = card.uid if card.uid and card.uid[:200] == uid else uid
    return replace(card, **changes)  # type: ignore[arg-type]


__all__ = [
    "CONSENT_BASES",
    "FORM_NETWORKS",
    "IMPORT_BASES",
    "LEAD_SOURCES",
    "MESSAGING_NETWORKS",
    "REVIEW_REASONS",
    "VISIBILITIES",
    "ConsentPolicy",
    "ConsentView",
    "FileImport",
    "HistoryEntry",
    "LeadFilter",
    "LeadInput",
    "LeadRow",
    "LeadView",
    "ReviewItem",
    "card_for_lead",
    "input_from_card",
    "is_email",
    "lead_scope",
    "network_label",
    "parse_due",
    "split_list",
    "validate_lead",
]
