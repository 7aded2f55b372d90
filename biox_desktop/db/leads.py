"""Lead service: capture, edit, search, follow up, import and export leads.

The one place that reads and writes leads, for the screens and the headless commands. Every
write goes through the ORM in one transaction, so the journal triggers record it for sync. The
search index (``fts_leads``, migration 0004) is kept by triggers too, so rows written by the
sync client are searchable as soon as they land.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from biox_desktop.core.contacts import (
    ContactCard,
    card_from_json,
    card_to_json,
    has_non_latin_letters,
    merge_cards,
    with_structured_name,
)
from biox_desktop.core.hlc import Timestamp
from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, format_datetime, format_day, translate
from biox_desktop.core.ids import uuid7
from biox_desktop.core.leads import (
    CONSENT_BASES,
    CardRead,
    ConsentPolicy,
    ConsentView,
    FileImport,
    HistoryEntry,
    LeadFilter,
    LeadInput,
    LeadRow,
    LeadView,
    card_for_lead,
    input_from_card,
    lead_scope,
    validate_lead,
)
from biox_desktop.core.matching import (
    PersonKeys,
    is_generic_mailbox,
    names_compatible,
    normalise_uid,
    same_person,
)
from biox_desktop.core.names import name_tokens, normalise_email
from biox_desktop.core.outcomes import FOLLOW_UP_OUTCOMES
from biox_desktop.core.phones import is_confirmed, region_for_country
from biox_desktop.core.progress import Progress
from biox_desktop.core.text import fold
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.batches import BatchRecorder, BatchService
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    Consent,
    FollowUp,
    Lead,
    Meeting,
    Mission,
    Organisation,
    OutboxEntry,
    Person,
    utcnow,
)

#: Files a folder import picks up.
#: Most results a search returns (a person types more to narrow it down).
SEARCH_LIMIT = 200
#: Columns of the CSV and XLSX exports.
EXPORT_COLUMNS = (
    "id", "name", "name_native", "name_romanised", "organisation", "role", "emails", "phones",
    "wechat", "line", "kakaotalk", "whatsapp", "linkedin", "tags", "rating", "notes",
    "next_action", "next_action_due", "mission", "meeting", "visibility", "source", "captured_at",
    "consent_basis", "consent_given_at", "consent_wording_version",
)

#: A lead (aliased ``l``) without a live consent record: no legal basis.
NO_BASIS_SQL = ("NOT EXISTS (SELECT 1 FROM consents c WHERE c.lead_id = l.id "
                "AND c.deleted = 0 AND c.withdrawn_at IS NULL)")

_SORTS = {
    "name": "biox_sort_name(p.name)",  # accents and titles ignored: Élodie, then Dr. Thomas
    "organisation": "biox_fold(coalesce(o.name, ''))",
    "rating": "coalesce(l.rating, 0)",
    "due": "coalesce(l.next_action_due, '9999-12-31')",
    "captured": "l.created_at",
}


def _values(json_column: str) -> str:
    # json_each decodes the JSON escapes (SQLAlchemy stores non-ASCII as \uXXXX).
    return f"coalesce((SELECT group_concat(value, ' ') FROM json_each({json_column})), '')"


def _text(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


_NAMES = _text("p.name", "p.name_native", "p.name_romanised", "o.name", "o.name_native",
               "o.name_romanised", "l.role", "p.job_title")
_BODY = " || ' ' || ".join([
    _values("p.emails"), _values("p.phones"), _values("p.messaging"),
    _text("p.linkedin"), _values("l.tags"), _text("l.notes", "l.next_action", "p.notes"),
])
#: Re-index the leads the triggers marked (migration 0004), in the caller's transaction.
REINDEX_SQL = (
    "INSERT OR IGNORE INTO fts_leads_rows (lead_id) SELECT lead_id FROM fts_leads_dirty",
    "DELETE FROM fts_leads WHERE rowid IN (SELECT r.n FROM fts_leads_dirty d "
    "JOIN fts_leads_rows r ON r.lead_id = d.lead_id)",
    f"INSERT INTO fts_leads (rowid, names, body) SELECT r.n, biox_fold({_NAMES}), "
    f"biox_fold({_BODY}) "
    "FROM fts_leads_dirty d JOIN leads l ON l.id = d.lead_id "
    "JOIN fts_leads_rows r ON r.lead_id = l.id "
    "LEFT JOIN people p ON p.id = l.person_id "
    "LEFT JOIN organisations o ON o.id = l.organisation_id WHERE l.deleted = 0",
    "DELETE FROM fts_leads_dirty",
)


def fts_query(text_: str) -> tuple[str, list[str]]:
    """The FTS5 MATCH expression for what a person typed, and the words too short for it.

    The index holds text folded by :func:`core.text.fold` (no case, no accents), and so
    is what was typed. The trigram index answers words of three characters or more (each
    becomes a quoted phrase, so punctuation such as ``+``, ``@`` or ``-`` is safe); shorter
    words (two-character Chinese names such as 李娜) are matched with LIKE on the rows the
    long words leave.
    """
    long_words: list[str] = []
    short: list[str] = []
    for word in fold(text_).split():  # the index holds folded text: no case, no accents
        (long_words if len(word) >= 3 else short).append(word)
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    return match, short


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


#: Leads a new card is said to resemble, at most (the rest are counted).
_MAX_RESEMBLING = 3


@dataclass
class _Index:
    """Existing leads by vCard UID and personal e-mail, for re-imports that update.

    Only the rule of :func:`biox_desktop.core.matching.same_person` decides: the same UID, or
    a shared personal e-mail with compatible names. Phones and generic mailboxes are kept
    only to tell the user which new lead resembles which (duplicate detection proposes them).
    """

    keys: dict[str, PersonKeys] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    by_uid: dict[str, str] = field(default_factory=dict)
    by_email: dict[str, builtins.list[str]] = field(default_factory=dict)
    by_phone: dict[str, builtins.list[str]] = field(default_factory=dict)
    by_card: dict[tuple[str, str], builtins.list[str]] = field(default_factory=dict)
    contacts: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, lead_id: str, person_id: str, uid: str | None, names: Iterable[str],
            emails: Iterable[str], phones: Iterable[str] = (), organisation: str = "") -> None:
        """Index a lead (again, after an update: its keys are replaced)."""
        keys = PersonKeys(uid=uid or "", names=tuple(n for n in names if n),
                          emails=tuple(emails))
        self.keys[lead_id] = keys
        self.labels[lead_id] = next(iter(keys.names), "")
        phones = tuple(phones)
        self.contacts[lead_id] = frozenset(
            (*(normalise_email_key(e) for e in keys.emails), *phones))
        for name in keys.names:
            ids = self.by_card.setdefault(_card_key(name, organisation), [])
            if lead_id not in ids:
                ids.append(lead_id)
        # A card exported by this app carries the person's id; a spreadsheet, the lead's.
        for key in (uid, person_id, lead_id):
            if key and (norm := normalise_uid(key)):
                self.by_uid.setdefault(norm, lead_id)
        for email in keys.emails:
            if norm := normalise_email(email):
                ids = self.by_email.setdefault(norm, [])
                if lead_id not in ids:
                    ids.append(lead_id)
        for phone in phones:
            ids = self.by_phone.setdefault(phone, [])
            if lead_id not in ids:
                ids.append(lead_id)

    def find(self, incoming: PersonKeys) -> str | None:
        """The lead an incoming card is provably the same person as, if any."""
        uid = normalise_uid(incoming.uid)
        if uid and uid in self.by_uid:
            return self.by_uid[uid]
        for email in sorted(incoming.personal_emails()):
            for lead_id in self.by_email.get(email, ()):
                if same_person(self.keys[lead_id], incoming) is not None:
                    return lead_id
        return None

    def find_repeat(self, incoming: PersonKeys, phones: Iterable[str],
                    organisation: str) -> str | None:
        """A lead the card merely repeats: the same name and organisation, and no phone or
        e-mail the lead lacks (a card without UID imported again). Nothing new to tell two
        people apart, so not a new lead either."""
        contacts = {*(normalise_email_key(e) for e in incoming.emails), *phones}
        for name in incoming.names:
            for lead_id in self.by_card.get(_card_key(name, organisation), ()):
                if contacts <= self.contacts[lead_id]:
                    return lead_id
        return None

    def resembling(self, incoming: PersonKeys, phones: Iterable[str]) -> builtins.list[str]:
        """Why a card that became a new lead resembles existing leads (for the warnings)."""
        notes: builtins.list[str] = []
        seen: set[str] = set()
        for email in incoming.emails:
            norm = normalise_email(email)
            for lead_id in self.by_email.get(norm, ()):
                if lead_id in seen:
                    continue
                seen.add(lead_id)
                if is_generic_mailbox(norm):
                    notes.append(translate(
                        "leads", "shares the mailbox {email} with {name}, which names no one "
                        "person: imported as a new lead").format(
                            email=email, name=self.labels[lead_id]))
                else:
                    notes.append(translate(
                        "leads", "shares the e-mail {email} with {name} under another name: "
                        "imported as a new lead").format(email=email, name=self.labels[lead_id]))
        for phone in phones:
            for lead_id in self.by_phone.get(phone, ()):
                if lead_id in seen:
                    continue
                seen.add(lead_id)
                notes.append(translate(
                    "leads", "shares the phone {phone} with {name}; a phone alone does not "
                    "identify a person: imported as a new lead").format(
                        phone=phone, name=self.labels[lead_id]))
        if len(notes) > _MAX_RESEMBLING:  # a switchboard shared by a whole company
            more = len(notes) - _MAX_RESEMBLING
            notes = [*notes[:_MAX_RESEMBLING], translate(
                "leads", "resembles {n} more leads the same way").format(n=more)]
        return notes


class LeadService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- settings -----------------------------------------------------------------------------

    def policy(self) -> ConsentPolicy:
        """What the privacy policy in the settings asks of a capture."""
        settings = getattr(self.ctx, "settings", None)
        if settings is None:
            return ConsentPolicy(required=False)
        return ConsentPolicy(required=bool(settings.consent_required),
                             wording=settings.consent_wording,
                             wording_version=settings.consent_wording_version)

    def default_basis(self) -> str:
        """The legal basis the quick capture starts with ("" : the delegate picks)."""
        settings = getattr(self.ctx, "settings", None)
        basis = getattr(settings, "default_lead_basis", "") or ""
        # Consent is never preselected: a pre-ticked consent is no consent.
        return basis if basis == "legitimate_interest" else ""

    def default_visibility(self) -> str:
        settings = getattr(self.ctx, "settings", None)
        return getattr(settings, "default_lead_visibility", "private") or "private"

    def current_mission_id(self) -> str | None:
        settings = getattr(self.ctx, "settings", None)
        return getattr(settings, "current_mission_id", "") or None

    # -- capture and edit ---------------------------------------------------------------------

    def capture(self, data: LeadInput, *, require_consent: bool = True) -> LeadView:
        """Save a new lead (and its person, organisation and consent) in one transaction.

        A capture read from a card (a QR code) of someone who already is a lead, by the rule
        of :func:`biox_desktop.core.matching.same_person`, adds to that lead instead
        (:meth:`_merge_for_update`); the view returned is then that lead's.
        """
        with self.db.session() as s:
            clean = self._validate(s, data, require_consent)
            if clean.source in ("qr", "vcard"):  # a scanned card of an erased person: refused
                from biox_desktop.db.erasure import erased_note, load_records, match_card

                gone = match_card(load_records(s), clean.emails,
                                  (*clean.phones, *clean.phones_as_typed))
                if gone is not None:
                    raise ValidationError([FieldError("emails", erased_note(gone))])
            existing = self._same_person(s, clean) if clean.source in ("qr", "vcard") else None
            if existing is not None:
                merged = self._merge_for_update(s, existing, clean)
                if clean.consent_given and not merged.consent_given:
                    merged = merged.with_changes(consent_given=True,
                                                 consent_basis=clean.consent_basis)
                self._apply(s, existing, merged, now=utcnow())
                lead_id = existing.id
            else:
                lead = self._create(s, clean)
                lead_id = lead.id
        return self.get(lead_id)

    def _same_person(self, s: Session, data: LeadInput) -> Lead | None:
        """The live lead a card-read capture is provably the same person as, if any."""
        incoming = PersonKeys(uid=data.vcard_uid, names=(data.name, data.name_romanised),
                              emails=data.emails)
        uid = normalise_uid(data.vcard_uid)
        emails = sorted({e.strip().lower() for e in data.emails if e.strip()})
        if not uid and not emails:
            return None
        params: dict[str, Any] = {"uid": data.vcard_uid.strip(), "norm": uid,
                                  "urn": f"urn:uuid:{uid}"}
        marks = ", ".join(f":e{i}" for i in range(len(emails)))
        params.update({f"e{i}": e for i, e in enumerate(emails)})
        by_email = (f" OR EXISTS (SELECT 1 FROM json_each(p.emails) j "
                    f"WHERE lower(j.value) IN ({marks}))") if emails else ""
        rows = s.execute(text(
            "SELECT l.id, p.id, p.vcard_uid, p.name_native, p.name_romanised, p.name, p.emails "
            "FROM leads l JOIN people p ON p.id = l.person_id WHERE l.deleted = 0 AND ("
            "(:uid != '' AND (p.vcard_uid IN (:uid, :norm, :urn) OR p.id = :norm OR l.id = :norm))"
            f"{by_email}) ORDER BY l.created_at"), params).all()
        for lead_id, person_id, vcard_uid, native, romanised, name, raw_emails in rows:
            if uid and uid in {normalise_uid(vcard_uid or ""), person_id, lead_id}:
                return s.get(Lead, lead_id)
            keys = PersonKeys(uid=vcard_uid or "", names=(native or "", romanised or "",
                                                          name or ""),
                              emails=tuple(json.loads(raw_emails) if raw_emails else ()))
            if same_person(keys, incoming) is not None:
                return s.get(Lead, lead_id)
        return None

    def update(self, lead_id: str, data: LeadInput) -> LeadView:
        """Change a lead; only the fields that changed are journaled."""
        with self.db.session() as s:
            lead = self._lead(s, lead_id)
            # Numbers stored as typed (pending a person's choice of country) stay as they are
            # unless the edit changes them.
            person = s.get(Person, lead.person_id)
            kept = tuple(p for p in (person.phones or ()) if not is_confirmed(p)) if person else ()
            data = data.with_changes(phones_as_typed=(*data.phones_as_typed, *kept))
            clean = self._validate(s, data, require_consent=False)
            self._apply(s, lead, clean, now=utcnow())
        return self.get(lead_id)

    def delete(self, lead_id: str) -> None:
        """Tombstone the lead, its consent records and open follow-ups (synced as deletes)."""
        with self.db.session() as s:
            lead = self._lead(s, lead_id)
            lead.deleted = True
            for follow_up in s.scalars(select(FollowUp).where(
                    FollowUp.lead_id == lead_id, FollowUp.deleted.is_(False))):
                follow_up.deleted = True

    def _validate(self, s: Session, data: LeadInput, require_consent: bool) -> LeadInput:
        country = None
        if data.mission_id:
            mission = s.get(Mission, data.mission_id)
            if mission is None or mission.deleted:
                raise ValidationError(
                    [FieldError("mission_id", translate("leads", "That mission does not exist."))]
                )
            country = mission.country
        clean = validate_lead(data, country=country, policy=self.policy(),
                              require_consent=require_consent and data.source != "vcard")
        if clean.organisation_id:
            org = s.get(Organisation, clean.organisation_id)
            if org is None or org.deleted:
                raise ValidationError(
                    [
                        FieldError(
                            "organisation",
                            translate(
                                "leads", "That organisation no longer exists; type its name."
                            ),
                        )
                    ]
                )
        if clean.meeting_id:
            meeting = s.get(Meeting, clean.meeting_id)
            if meeting is None or meeting.deleted:
                raise ValidationError(
                    [FieldError("meeting_id", translate("leads", "That meeting does not exist."))]
                )
        return clean

    def _create(self, s: Session, data: LeadInput, now: dt.datetime | None = None,
                orgs: dict[str, str] | None = None, rec: BatchRecorder | None = None) -> Lead:
        identity = self.ctx.identity
        scope = lead_scope(data.visibility, identity, data.mission_id)
        person = Person(id=uuid7(), scope=scope, created_by=identity.user_id, name="",
                        emails=[], phones=[], messaging={}, languages=[])
        # The owning company, when its row is on this laptop (a foreign key).
        owner = identity.organisation_id
        if owner and s.get(Organisation, owner) is None:
            owner = None
        now = now or utcnow()
        person.created_at = now
        lead = Lead(id=uuid7(), scope=scope, created_by=identity.user_id, person_id=person.id,
                    owner_organisation_id=owner, tags=[], source=data.source, created_at=now)
        self._apply(s, lead, data, now=now, person=person, new=True, orgs=orgs, rec=rec)
        return lead

    def _apply(self, s: Session, lead: Lead, data: LeadInput, *, now: dt.datetime,
               person: Person | None = None, new: bool = False,
               orgs: dict[str, str] | None = None, rec: BatchRecorder | None = None) -> None:
        """Write ``data`` onto a lead and its person; ``rec`` notes it for the batch's undo."""
        person = person or s.get(Person, lead.person_id)
        assert person is not None
        if rec is not None and not new:
            rec.before(person)
            rec.before(lead)
        scope = lead_scope(data.visibility, self.ctx.identity, data.mission_id)
        # The organisation first: picking one queries (and creating one flushes).
        org_id = self._organisation(s, data, scope, orgs, rec)
        native = data.name if has_non_latin_letters(data.name) else ""
        romanised = data.name_romanised or ("" if native else data.name)
        _set(person, "scope", scope)
        _set(person, "name", f"{native} ({romanised})" if native and romanised
             else native or romanised)
        _set(person, "name_native", native or None)
        _set(person, "name_romanised", romanised or None)
        _set(person, "job_title", data.role or None)
        _set(person, "emails", list(data.emails))
        _set(person, "phones", list(data.phones))
        _set(person, "messaging", _first_per_network(data.messaging))
        _set(person, "linkedin", data.linkedin or None)
        if data.vcard_uid:
            _set(person, "vcard_uid", data.vcard_uid)
        if data.photo:
            _set(person, "photo", data.photo)
        if data.vcard is not None:  # a form edit carries no card: the stored one stays
            _set(person, "vcard_extra", card_to_json(data.vcard))
        _set(person, "organisation_id", org_id)
        _set(lead, "scope", scope)
        _set(lead, "organisation_id", org_id)
        _set(lead, "mission_id", data.mission_id)
        _set(lead, "meeting_id", data.meeting_id)
        _set(lead, "visibility", data.visibility)
        _set(lead, "role", data.role or None)
        _set(lead, "rating", data.rating)
        _set(lead, "tags", list(data.tags))
        _set(lead, "notes", data.notes or None)
        _set(lead, "next_action", data.next_action or None)
        _set(lead, "next_action_due", data.next_action_due)
        if new:
            # Parents are flushed before children: the engine's deferred foreign keys do not
            # hold once a read ran first in the transaction (pysqlite commits the pragma away).
            s.add(person)
            s.flush()
            s.add(lead)
            s.flush()
            if rec is not None:
                rec.created(person)
                rec.created(lead)
        self._consent(s, lead, person, data, scope, now, rec)

    def _organisation(self, s: Session, data: LeadInput, scope: str,
                      cache: dict[str, str] | None = None,
                      rec: BatchRecorder | None = None) -> str | None:
        """The organisation picked, else the one with that name, else a new one.

        ``cache`` (name folded -> id, from :meth:`_organisation_names`) saves a query per card
        during imports; organisations created are added to it.
        """
        if data.organisation_id:
            return data.organisation_id
        name = data.organisation_name
        if not name:
            return None
        folded = name.casefold()
        if cache is not None:
            if folded in cache:
                return cache[folded]
            org_id = self._new_organisation(s, data, scope, rec)
            cache[folded] = org_id
            return org_id
        found = s.scalar(
            select(Organisation.id).where(
                Organisation.deleted.is_(False),
                or_(func.lower(Organisation.name) == folded.lower(),
                    Organisation.name_native == name, Organisation.name_romanised == name))
            .order_by(Organisation.created_at).limit(1)
        )
        if found:
            return str(found)
        return self._new_organisation(s, data, scope, rec)

    @staticmethod
    def _organisation_names(s: Session) -> dict[str, str]:
        names: dict[str, str] = {}
        rows = s.execute(select(Organisation.id, Organisation.name, Organisation.name_native,
                                Organisation.name_romanised)
                         .where(Organisation.deleted.is_(False))
                         .order_by(Organisation.created_at.desc()))
        for oid, *forms in rows:  # oldest last, so the oldest wins, as in the query
            for form in forms:
                if form:
                    names[form.casefold()] = oid
        return names

    def _new_organisation(self, s: Session, data: LeadInput, scope: str,
                          rec: BatchRecorder | None = None) -> str:
        name = data.organisation_name
        country = None
        if data.mission_id:
            mission = s.get(Mission, data.mission_id)
            country = mission.country if mission else None
        native = has_non_latin_letters(name)
        org = Organisation(id=uuid7(), scope=scope, created_by=self.ctx.identity.user_id,
                           name=name, name_native=name if native else None,
                           kind="foreign_partner", country=country, sector_tags=[])
        s.add(org)
        s.flush()
        if rec is not None:
            rec.created(org)
        return org.id

    def _consent(self, s: Session, lead: Lead, person: Person, data: LeadInput, scope: str,
                 now: dt.datetime, rec: BatchRecorder | None = None) -> None:
        current = s.scalars(select(Consent).where(
            Consent.lead_id == lead.id, Consent.deleted.is_(False),
            Consent.withdrawn_at.is_(None))).all()
        if rec is not None:
            for consent in current:
                rec.before(consent)
        for consent in current:
            _set(consent, "scope", scope)
        if data.consent_given and current and all(c.basis != data.consent_basis
                                                  for c in current):
            # Another basis chosen: the old record ends, a new one says when and which.
            for consent in current:
                consent.withdrawn_at = now
            current = []
        if data.consent_given and not current:
            policy = self.policy()
            # The wording and its version prove what a person agreed to; legitimate interest
            # is the organisation's own assessment, with no wording agreed to.
            agreed = data.consent_basis == "consent"
            added = Consent(id=uuid7(), scope=scope, created_by=self.ctx.identity.user_id,
                            person_id=person.id, lead_id=lead.id, basis=data.consent_basis,
                            given_at=now,
                            wording_version=(policy.wording_version or None) if agreed else None,
                            wording=(policy.wording or None) if agreed else None)
            s.add(added)
            if rec is not None:
                rec.created(added)
        elif not data.consent_given and current:
            for consent in current:
                consent.withdrawn_at = now

    @staticmethod
    def _lead(s: Session, lead_id: str) -> Lead:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted:
            raise NotFoundError(f"no lead with id {lead_id}")
        return lead

    # -- reading ------------------------------------------------------------------------------

    def get(self, lead_id: str) -> LeadView:
        with self.db.session() as s:
            lead = self._lead(s, lead_id)
            return self._view(s, lead)

    def _view(self, s: Session, lead: Lead) -> LeadView:
        person = s.get(Person, lead.person_id)
        org = s.get(Organisation, lead.organisation_id) if lead.organisation_id else None
        mission = s.get(Mission, lead.mission_id) if lead.mission_id else None
        meeting = s.get(Meeting, lead.meeting_id) if lead.meeting_id else None
        consent = s.scalars(select(Consent).where(
            Consent.lead_id == lead.id, Consent.deleted.is_(False))
            .order_by(Consent.given_at.desc()).limit(1)).first()
        p_name = person.name if person else ""
        return LeadView(
            id=lead.id, person_id=lead.person_id, name=p_name,
            name_native=(person.name_native or "") if person else "",
            name_romanised=(person.name_romanised or "") if person else "",
            organisation_id=lead.organisation_id, organisation_name=org.name if org else "",
            role=lead.role or (person.job_title if person else None) or "",
            emails=tuple(person.emails or ()) if person else (),
            phones=tuple(person.phones or ()) if person else (),
            messaging=tuple(sorted((person.messaging or {}).items())) if person else (),
            linkedin=(person.linkedin or "") if person else "",
            tags=tuple(lead.tags or ()), rating=lead.rating, notes=lead.notes or "",
            next_action=lead.next_action or "", next_action_due=lead.next_action_due,
            mission_id=lead.mission_id, mission_name=mission.name if mission else "",
            meeting_id=lead.meeting_id, meeting_title=(meeting.title or "") if meeting else "",
            visibility=lead.visibility, scope=lead.scope, source=lead.source,
            vcard_uid=(person.vcard_uid or "") if person else "", created_at=lead.created_at,
            consent=ConsentView(consent.basis, consent.given_at, consent.wording_version or "",
                                consent.withdrawn_at is not None) if consent else None,
            has_photo=bool(person and person.photo),
            vcard=_stored_card(person) if person else None,
        )

    def _filtered(self, f: LeadFilter) -> tuple[str, dict[str, Any]]:
        """SQL (FROM ... WHERE ...) and parameters for a filter; search joins the index."""
        params: dict[str, Any] = {}
        joins = ["FROM leads l JOIN people p ON p.id = l.person_id",
                 "LEFT JOIN organisations o ON o.id = l.organisation_id",
                 "LEFT JOIN missions m ON m.id = l.mission_id"]
        where = ["l.deleted = 0"]
        match, short = fts_query(f.text)
        if match or short:
            joins.insert(0, "FROM fts_leads f JOIN fts_leads_rows r ON r.n = f.rowid")
            joins[1] = "JOIN leads l ON l.id = r.lead_id JOIN people p ON p.id = l.person_id"
            if match:
                where.append("fts_leads MATCH :match")
                params["match"] = match
            for i, word in enumerate(short):
                where.append(f"(f.names LIKE :w{i} ESCAPE '\\' OR f.body LIKE :w{i} ESCAPE '\\')")
                params[f"w{i}"] = _like(word)
        if f.mission_id:
            where.append("l.mission_id = :mission")
            params["mission"] = f.mission_id
        if f.min_rating:
            where.append("l.rating >= :rating")
            params["rating"] = f.min_rating
        if f.tag:
            where.append("EXISTS (SELECT 1 FROM json_each(l.tags) t WHERE lower(t.value) = :tag)")
            params["tag"] = f.tag.casefold()
        if f.follow_up_due:
            params["today"] = (f.today or dt.date.today()).isoformat()
            where.append(
                "(l.next_action_due <= :today OR EXISTS (SELECT 1 FROM follow_ups fu "
                "WHERE fu.lead_id = l.id AND fu.deleted = 0 AND fu.done_at IS NULL "
                "AND fu.due_date <= :today))")
        if f.consent_missing:
            where.append(NO_BASIS_SQL)
        if f.due_for_review:
            from biox_desktop.db.retention import review_lead_ids

            params["review"] = json.dumps(review_lead_ids(self.ctx, f.today))
            where.append("l.id IN (SELECT value FROM json_each(:review))")
        return " ".join(joins) + " WHERE " + " AND ".join(where), params

    def ids(self, f: LeadFilter | None = None, *, limit: int | None = None) -> list[str]:
        """Ids of the leads a filter selects, in display order (best match first when searching).

        A search returns at most :data:`SEARCH_LIMIT` leads unless ``limit`` says otherwise.
        """
        f = f or LeadFilter()
        searching = bool(f.text.split())
        if searching:
            self.refresh_index()
        plain = not (f.mission_id or f.min_rating or f.tag or f.follow_up_due
                     or f.consent_missing or f.due_for_review)
        if searching and plain and f.sort == "name" and not f.descending:
            return self._search_ids(f.text, limit if limit is not None else SEARCH_LIMIT)
        sql, params = self._filtered(f)
        if searching and fts_query(f.text)[0] and f.sort == "name" and not f.descending:
            order = "f.rank"
        else:
            order = _SORTS.get(f.sort, _SORTS["name"]) + (" DESC" if f.descending else "")
            order += ", l.id"
        lim = limit if limit is not None else (SEARCH_LIMIT if searching else None)
        tail = f" LIMIT {int(lim)}" if lim is not None else ""
        with self.db.session() as s:
            return list(s.execute(text(f"SELECT l.id {sql} ORDER BY {order}{tail}"),
                                  params).scalars())

    def refresh_index(self) -> int:
        """Re-index the leads whose text changed since the last search; returns how many.

        Cheap when nothing changed (one lookup). Runs before every search, so captures,
        imports and rows pulled by sync are all found.
        """
        with self.db.session() as s:
            dirty = int(s.execute(text("SELECT count(*) FROM fts_leads_dirty")).scalar() or 0)
            if dirty:
                for statement in REINDEX_SQL:
                    s.execute(text(statement))
        return dirty

    def _search_ids(self, typed: str, limit: int) -> builtins.list[str]:
        """Search alone (the keystroke path): the index answers without touching the leads.

        The index holds live leads only. Newest captures first: FTS5 walks its rowids
        backwards and stops after ``limit`` matches, so a common word ("example", one letter)
        costs no more than a rare one. (Ranking by bm25 scored every match: 1.5 s for a word in
        every row of 100,000, measured by bench/bench_leads.py.)
        """
        match, short = fts_query(typed)
        where: builtins.list[str] = []
        params: dict[str, Any] = {"limit": int(limit)}
        if match:
            where.append("fts_leads MATCH :match")
            params["match"] = match
        for i, word in enumerate(short):
            where.append(f"(names LIKE :w{i} ESCAPE '\\' OR body LIKE :w{i} ESCAPE '\\')")
            params[f"w{i}"] = _like(word)
        sql = ("SELECT r.lead_id FROM (SELECT rowid AS n FROM fts_leads "
               f"WHERE {' AND '.join(where)} ORDER BY rowid DESC LIMIT :limit) x "
               "JOIN fts_leads_rows r ON r.n = x.n ORDER BY x.n DESC")
        with self.db.session() as s:
            return list(s.execute(text(sql), params).scalars())

    def count(self, f: LeadFilter | None = None) -> int:
        if f is not None and f.text.split():
            self.refresh_index()
        sql, params = self._filtered(f or LeadFilter())
        with self.db.session() as s:
            return int(s.execute(text(f"SELECT count(*) {sql}"), params).scalar() or 0)

    def rows(self, ids: Sequence[str]) -> list[LeadRow]:
        """Table rows for ``ids``, in the same order (missing or deleted ids are skipped).

        Plain SQL rather than the ORM: the screen asks for a page on every keystroke.
        """
        if not ids:
            return []
        out: dict[str, LeadRow] = {}
        with self.db.session() as s:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                marks = ", ".join(f":i{n}" for n in range(len(chunk)))
                result = s.execute(text(
                    "SELECT l.id, p.name, o.name, l.role, p.job_title, l.rating, l.tags, "
                    "l.next_action, l.next_action_due, l.visibility, m.name, "
                    "json_extract(p.emails, '$[0]'), json_extract(p.phones, '$[0]'), w.name "
                    "FROM leads l JOIN people p ON p.id = l.person_id "
                    "LEFT JOIN organisations o ON o.id = l.organisation_id "
                    "LEFT JOIN organisations w ON w.id = l.owner_organisation_id "
                    "LEFT JOIN missions m ON m.id = l.mission_id "
                    f"WHERE l.deleted = 0 AND l.id IN ({marks})"),
                    {f"i{n}": v for n, v in enumerate(chunk)})
                for (lid, name, org, role, title, rating, tags, action, due, vis, mission,
                     email, phone, owner_name) in result:
                    out[lid] = LeadRow(
                        id=lid, name=name or "", organisation_name=org or "",
                        role=role or title or "", rating=rating,
                        tags=tuple(json.loads(tags) if tags else ()), next_action=action or "",
                        next_action_due=dt.date.fromisoformat(due) if due else None,
                        visibility=vis, mission_name=mission or "", email=email or "",
                        phone=phone or "", owner_name=owner_name or "")
        return [out[i] for i in ids if i in out]

    def search(self, text_: str, limit: int = 50) -> builtins.list[LeadRow]:
        """Leads matching every word typed, best first (search as you type)."""
        return self.rows(self.ids(LeadFilter(text=text_), limit=limit))

    # -- pickers ------------------------------------------------------------------------------

    def organisations(self) -> builtins.list[tuple[str, str]]:
        """(id, name) of every organisation, for the pick-or-create completer."""
        with self.db.session() as s:
            rows = s.execute(select(Organisation.id, Organisation.name, Organisation.name_native)
                             .where(Organisation.deleted.is_(False))
                             .order_by(func.lower(Organisation.name))).all()
        out: builtins.list[tuple[str, str]] = []
        for oid, name, native in rows:
            out.append((oid, name))
            if native and native != name:
                out.append((oid, native))
        return out

    def meetings(self, mission_id: str | None) -> builtins.list[tuple[str, str]]:
        """(id, "Wed 14:30 · title") of a mission's meetings, in time order."""
        if not mission_id:
            return []
        from zoneinfo import ZoneInfo

        with self.db.session() as s:
            rows = s.execute(select(Meeting.id, Meeting.title, Meeting.starts_at,
                                    Meeting.timezone)
                             .where(Meeting.mission_id == mission_id,
                                    Meeting.deleted.is_(False))
                             .order_by(Meeting.starts_at)).all()
        out: builtins.list[tuple[str, str]] = []
        for mid, title, starts, tz in rows:
            when = ""
            if starts is not None:
                when = format_datetime(starts.astimezone(ZoneInfo(tz or "UTC")), "short") + " · "
            out.append((mid, when + (title or "")))
        return out

    def tags(self) -> builtins.list[str]:
        """Every tag used on a lead, for the tag filter."""
        with self.db.session() as s:
            rows = s.execute(text(
                "SELECT DISTINCT t.value FROM leads l, json_each(l.tags) t "
                "WHERE l.deleted = 0 ORDER BY lower(t.value)")).scalars()
            return [str(r) for r in rows]

    def mission_country(self, mission_id: str | None) -> str | None:
        if not mission_id:
            return None
        with self.db.session() as s:
            mission = s.get(Mission, mission_id)
            return mission.country if mission else None

    # -- follow-ups and history ---------------------------------------------------------------

    def history(self, lead_id: str) -> builtins.list[HistoryEntry]:
        """What happened to a lead: captured, edits not yet synced (from the change journal),
        the last change the server confirmed, consent, follow-ups. Oldest first."""
        with self.db.session() as s:
            lead = s.get(Lead, lead_id)
            if lead is None:
                raise NotFoundError(f"no lead with id {lead_id}")
            how = {"typed": QT_TRANSLATE_NOOP("leads", "typed"),
                   "vcard": QT_TRANSLATE_NOOP("leads", "from a vCard"),
                   "qr": QT_TRANSLATE_NOOP("leads", "from a QR code"),
                   "spreadsheet": QT_TRANSLATE_NOOP("leads", "from a spreadsheet")}
            entries = [HistoryEntry(lead.created_at, "created",
                                    translate("leads", how.get(lead.source, lead.source)))]
            journal = s.scalars(select(OutboxEntry).where(
                or_(and_(OutboxEntry.tbl == "leads", OutboxEntry.row_id == lead.id),
                    and_(OutboxEntry.tbl == "people", OutboxEntry.row_id == lead.person_id)))
                .order_by(OutboxEntry.seq)).all()
            for entry in journal:
                if entry.op != "update":
                    continue
                try:
                    changed = sorted(json.loads(entry.fields))
                    at = dt.datetime.fromtimestamp(Timestamp.unpack(entry.hlc).wall_ms / 1000,
                                                   dt.UTC)
                except ValueError:
                    continue
                shown = [c for c in changed if c not in ("scope",)]
                if "deleted" in shown:
                    entries.append(HistoryEntry(at, "deleted", ""))
                elif shown:
                    entries.append(HistoryEntry(at, "edited", ", ".join(
                        translate("leads", _FIELD_WORDS.get(c, c)) for c in shown)))
            synced = s.execute(text(
                "SELECT max_clock FROM sync_row_state WHERE tbl = 'leads' AND row_id = :id"),
                {"id": lead.id}).scalar()
            if synced:
                try:
                    at = dt.datetime.fromtimestamp(Timestamp.unpack(synced).wall_ms / 1000,
                                                   dt.UTC)
                    entries.append(HistoryEntry(at, "edited", translate(
                        "leads", "last change received by sync")))
                except ValueError:
                    pass
            for c in s.scalars(select(Consent).where(Consent.lead_id == lead.id,
                                                     Consent.deleted.is_(False))):
                basis = translate("shared", CONSENT_BASES.get(c.basis, c.basis))
                entries.append(HistoryEntry(c.given_at, "consent", translate(
                    "leads", "{basis}, wording {version}").format(
                        basis=basis, version=c.wording_version)
                    if c.wording_version else basis))
                if c.withdrawn_at:
                    entries.append(HistoryEntry(c.withdrawn_at, "consent",
                                                translate("leads", "withdrawn")))
            for fu in s.scalars(select(FollowUp).where(FollowUp.lead_id == lead.id,
                                                       FollowUp.deleted.is_(False))):
                due = (translate("leads", "due {date}").format(date=format_day(fu.due_date))
                       if fu.due_date else translate("leads", "no due date"))
                entries.append(HistoryEntry(fu.created_at, "follow-up",
                                            "; ".join(x for x in (due, fu.notes or "") if x)))
                if fu.done_at:
                    outcome = FOLLOW_UP_OUTCOMES.get(fu.outcome or "", fu.outcome or "")
                    entries.append(HistoryEntry(fu.done_at, "follow-up done",
                                                translate("shared", outcome) if outcome else ""))
            person_id = lead.person_id
        entries.extend(self._batch_history(lead_id, person_id))
        # The capture comes first whatever the clocks say; the rest in time order.
        return entries[:1] + sorted(entries[1:], key=lambda e: e.at)

    def _batch_history(self, lead_id: str, person_id: str) -> builtins.list[HistoryEntry]:
        """The imports (batches) that created or changed the lead or its person, by name."""
        batches = BatchService(self.ctx)
        seen: dict[str, Any] = {}
        for table, row_id in (("leads", lead_id), ("people", person_id)):
            for b in batches.batches_for(table, row_id):
                seen.setdefault(b.id, b)
        out = []
        for b in seen.values():
            detail = translate("leads", "{label} (batch {id})").format(label=b.label, id=b.id)
            if b.undone_at is not None:
                detail += translate("leads", ", undone on {when}").format(
                    when=format_datetime(b.undone_at, "medium"))
            out.append(HistoryEntry(b.at, "batch", detail))
        return out

    # -- vCard import -------------------------------------------------------------------------

    def card_import(self, *, mission_id: str | None = None, visibility: str | None = None,
                    kind: str = "vcard_import", basis: str | None = None) -> CardImport:
        """Start importing cards (from vCard files, see ``reports.leads_io``) file by file.

        Use it as a context manager: the whole run is one transaction and one batch that can
        be undone (:meth:`CardImport.add_file` per file). A card updates an existing lead only
        when :func:`biox_desktop.core.matching.same_person` says it is the same person, and
        the update merges (:meth:`_merge_for_update`); otherwise it becomes a new lead.
        Refused cards are listed with their reason. ``basis`` ("consent",
        "legitimate_interest"; None or "none": no basis) is recorded for every lead of the
        batch that has none yet; leads left without one are counted as consent missing.
        """
        mission_id = mission_id or self.current_mission_id()
        with self.db.session() as s:
            if mission_id and (s.get(Mission, mission_id) is None):
                mission_id = None
        visibility = visibility or self.default_visibility()
        if visibility == "delegation" and not mission_id:
            visibility = "private"
        country = self.mission_country(mission_id)
        if basis not in (None, "none", *CONSENT_BASES):
            raise ValidationError([FieldError("basis", translate(
                "leads", "'{basis}' is not a legal basis: consent, legitimate_interest or "
                "none.").format(basis=basis))])
        run = CardImport(self, self._match_index(), mission_id, visibility, country, kind)
        run.basis = basis if basis in CONSENT_BASES else None
        return run

    def _match_index(self) -> _Index:
        index = _Index()
        with self.db.session() as s:
            rows = s.execute(select(Lead.id, Person.id, Person.vcard_uid, Person.emails,
                                    Person.phones, Person.name_native, Person.name_romanised,
                                    Person.name, Organisation.name)
                             .join(Person, Person.id == Lead.person_id)
                             .outerjoin(Organisation, Organisation.id == Lead.organisation_id)
                             .where(Lead.deleted.is_(False)).order_by(Lead.created_at))
            for lid, pid, uid, emails, phones, native, romanised, name, org in rows:
                index.add(lid, pid, uid, (native or "", romanised or "", name or ""),
                          emails or (), phones or (), org or "")
        return index

    def _merge_for_update(self, s: Session, lead: Lead, card: LeadInput,
                          warnings: builtins.list[str] | None = None) -> LeadInput:
        """What a lead becomes when a card of the same person is imported: the card ADDS.

        Names in another script are kept (a romanised card fills the romanised name and keeps
        the native one); e-mails, phones, messaging ids and tags are added, never dropped;
        the card's notes are appended unless already there; a field the card leaves empty
        stays as it is; the delegate's own rating, next action, mission and consent stay.
        A name is replaced only by one at least as complete ("H. Yamada" never replaces
        "Hanako Yamada").
        """
        base = self._view(s, lead).to_input()
        old_native = base.name if has_non_latin_letters(base.name) else ""
        old_roman = base.name_romanised or ("" if old_native else base.name)
        card_native = card.name if has_non_latin_letters(card.name) else ""
        card_roman = card.name_romanised or ("" if card_native else card.name)
        native = _fuller(old_native, card_native)
        roman = _fuller(old_roman, card_roman)
        messaging = dict(base.messaging)
        for network, value in card.messaging:
            if network in messaging and messaging[network] != value and warnings is not None:
                if card.vcard is not None:  # the card, kept with the lead, still has it
                    warnings.append(translate(
                        "leads", "{network} id '{id}' is kept on the card (written back on "
                        "export) but not among the lead's ids: the lead keeps '{kept}' (one id "
                        "per network)").format(network=network, id=value,
                                               kept=messaging[network]))
                else:
                    warnings.append(translate(
                        "leads", "{network} id '{id}' left out: the lead keeps '{kept}' (one "
                        "id per network)").format(network=network, id=value,
                                                  kept=messaging[network]))
            messaging.setdefault(network, value)
        notes = base.notes
        if card.notes and card.notes.strip() not in notes:
            notes = f"{notes}\n\n{card.notes}" if notes else card.notes
        return base.with_changes(
            name=native or roman,
            name_romanised=roman if native else "",
            organisation_id=None if card.organisation_name else base.organisation_id,
            organisation_name=card.organisation_name or base.organisation_name,
            role=card.role or base.role,
            emails=_union(base.emails, card.emails, normalise_email_key),
            phones=_union(base.phones, card.phones, str),
            messaging=tuple(messaging.items()),
            linkedin=card.linkedin or base.linkedin,
            tags=_union(base.tags, card.tags, str.casefold),
            notes=notes,
            # Carried by spreadsheets only (a card has no rating or next action).
            rating=card.rating if card.rating is not None else base.rating,
            next_action=card.next_action or base.next_action,
            next_action_due=card.next_action_due or base.next_action_due,
            vcard_uid=base.vcard_uid or card.vcard_uid, photo=card.photo,
            vcard=merge_cards(base.vcard, card.vcard) if base.vcard and card.vcard
            else card.vcard or base.vcard,
            mission_id=base.mission_id or card.mission_id,
            visibility=base.visibility if (base.mission_id or base.visibility != "delegation")
            else card.visibility,
        )

    # -- export -------------------------------------------------------------------------------

    def cards(self, ids: Sequence[str] | None = None, *,
              structured_names: bool = False) -> builtins.list[ContactCard]:  # fmt: skip
        """Leads as contact cards (for vCard export and QR codes). ``structured_names``: a
        lead typed (not read from a vCard or QR code) gets N's family and given parts from its
        one-line name, so phones that list by N do not show it nameless; a card that came as
        a vCard keeps exactly the name parts it had."""
        ids = list(ids) if ids is not None else self.ids()
        out = []
        with self.db.session() as s:
            for lid in ids:
                lead = s.get(Lead, lid)
                if lead is None or lead.deleted:
                    continue
                person = s.get(Person, lead.person_id)
                org = s.get(Organisation, lead.organisation_id) if lead.organisation_id else None
                if person is None:
                    continue
                card = card_of(lead, person, org)
                if structured_names and lead.source not in ("vcard", "qr"):
                    card = with_structured_name(card)
                out.append(card)
        return out

    def table(self, ids: Sequence[str] | None = None) -> builtins.list[builtins.list[str]]:
        """Leads as rows of :data:`EXPORT_COLUMNS` (text)."""
        ids = list(ids) if ids is not None else self.ids()
        rows = []
        with self.db.session() as s:
            for lid in ids:
                lead = s.get(Lead, lid)
                if lead is None or lead.deleted:
                    continue
                v = self._view(s, lead)
                msg = dict(v.messaging)
                consent = v.consent
                rows.append([
                    v.id, v.name, v.name_native, v.name_romanised, v.organisation_name, v.role,
                    "; ".join(v.emails), "; ".join(v.phones), msg.get("wechat", ""),
                    msg.get("line", ""), msg.get("kakaotalk", ""), msg.get("whatsapp", ""),
                    v.linkedin, "; ".join(v.tags), "" if v.rating is None else str(v.rating),
                    v.notes, v.next_action,
                    v.next_action_due.isoformat() if v.next_action_due else "", v.mission_name,
                    v.meeting_title, v.visibility, v.source, v.created_at.isoformat(),
                    consent.basis if consent and not consent.withdrawn else "",
                    consent.given_at.isoformat() if consent and not consent.withdrawn else "",
                    consent.wording_version if consent and not consent.withdrawn else "",
                ])
        return rows


#: How the edit history names a changed field (translated when the history is read).
_FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("leads", "name"),
    "name_native": QT_TRANSLATE_NOOP("leads", "name"),
    "name_romanised": QT_TRANSLATE_NOOP("leads", "romanised name"),
    "job_title": QT_TRANSLATE_NOOP("leads", "role"),
    "emails": QT_TRANSLATE_NOOP("leads", "e-mails"),
    "phones": QT_TRANSLATE_NOOP("leads", "phones"),
    "messaging": QT_TRANSLATE_NOOP("leads", "messaging ids"),
    "linkedin": QT_TRANSLATE_NOOP("leads", "LinkedIn"),
    "organisation_id": QT_TRANSLATE_NOOP("leads", "organisation"),
    "role": QT_TRANSLATE_NOOP("leads", "role"),
    "rating": QT_TRANSLATE_NOOP("leads", "rating"),
    "tags": QT_TRANSLATE_NOOP("leads", "tags"),
    "notes": QT_TRANSLATE_NOOP("leads", "notes"),
    "next_action": QT_TRANSLATE_NOOP("leads", "next action"),
    "next_action_due": QT_TRANSLATE_NOOP("leads", "due date"),
    "mission_id": QT_TRANSLATE_NOOP("leads", "mission"),
    "meeting_id": QT_TRANSLATE_NOOP("leads", "meeting"),
    "visibility": QT_TRANSLATE_NOOP("leads", "visibility"),
    "photo": QT_TRANSLATE_NOOP("leads", "photo"),
    "vcard_uid": QT_TRANSLATE_NOOP("leads", "vCard UID"),
}


class CardImport:
    """One import run: one transaction and one batch; later cards match earlier ones.

    Use as a context manager: leaving it normally commits every file and records the batch
    (:attr:`batch_id`); an error or a cancel rolls the whole run back, so nothing of it stays.
    """

    def __init__(self, service: LeadService, index: _Index, mission_id: str | None,
                 visibility: str, country: str | None, kind: str = "vcard_import") -> None:
        self.service = service
        self.kind = kind
        self.index = index
        self.mission_id = mission_id
        self.visibility = visibility
        self.country = country
        #: The region phones without a country code are read in (the mission's country).
        self.region = region_for_country(country)
        #: The batch recorded for this run once it is committed (None: nothing changed).
        self.batch_id: str | None = None
        self._stack: contextlib.ExitStack | None = None
        self._session: Session | None = None
        self._rec: BatchRecorder | None = None
        self._orgs: dict[str, str] = {}
        self._names: builtins.list[str] = []
        #: The legal basis recorded for the batch's leads (None: consent missing).
        self.basis: str | None = None
        self._erased: builtins.list[dict[str, Any]] = []

    def __enter__(self) -> CardImport:
        self._stack = contextlib.ExitStack()
        s = self._stack.enter_context(self.service.db.session())
        self._session = s
        self._rec = BatchRecorder(s, kind=self.kind, label="",
                                  identity=self.service.ctx.identity)
        self._orgs = self.service._organisation_names(s)
        from biox_desktop.db.erasure import load_records

        #: Erasure records: a card of an erased person is listed and skipped, never imported.
        self._erased = load_records(s)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        assert self._stack is not None and self._rec is not None
        try:
            if exc_type is None:
                self._rec.label = _batch_label(self._names)
                self.batch_id = self._rec.finish()
        except BaseException:
            self._stack.__exit__(*sys.exc_info())
            raise
        # Commits, or rolls back when the run failed or was cancelled.
        return bool(self._stack.__exit__(exc_type, exc, tb))

    def add_file(self, path: str, name: str, items: Sequence[CardRead | str],
                 progress: Progress | None = None) -> FileImport:
        """Import one file's cards into the run.

        ``items`` are the file's cards in order: read (:class:`CardRead`) or refused (the
        reason, naming the file and line). The result's ``batch_id`` is set by
        :func:`biox_desktop.reports.leads_io.import_vcards` once the run is committed.
        """
        rows: builtins.list[ImportedRow | str] = []
        for item in items:
            if isinstance(item, str):
                rows.append(item)
                continue
            where = translate("leads", "{name}: card {card} (line {line})").format(
                name=name, card=item.index, line=item.line)
            notes = builtins.list(item.warnings)
            data = input_from_card(item.card, region=self.region, warnings=notes)
            rows.append(ImportedRow(where, data.with_changes(source="vcard"), item.card.uid,
                                    tuple(notes)))
        return self.add_rows(path, name, rows, progress)

    def add_rows(self, path: str, name: str, rows: Sequence[ImportedRow | str],
                 progress: Progress | None = None) -> FileImport:
        """Import one file's leads (from cards or spreadsheet rows) into the run, by the rule
        of :mod:`biox_desktop.core.matching`; a ``str`` is a row refused while reading."""
        s, rec = self._session, self._rec
        if s is None or rec is None:
            raise RuntimeError("CardImport is used as a context manager")
        svc, index = self.service, self.index
        self._names.append(name)
        refused: builtins.list[str] = []
        warnings: builtins.list[str] = []
        imported = updated = without_basis = 0
        lead_ids: builtins.list[str] = []
        now = utcnow()
        for n, item in enumerate(rows, start=1):
            if progress is not None and n % 200 == 0:
                progress.check()  # a cancel rolls back the whole run
            if isinstance(item, str):
                refused.append(item)
                continue
            where, row_warnings = item.where, builtins.list(item.warnings)
            data_in = item.data.with_changes(mission_id=self.mission_id,
                                             visibility=item.data.visibility
                                             if item.keep_visibility else self.visibility,
                                             consent_given=self.basis is not None,
                                             consent_basis=self.basis or "consent")
            if data_in.visibility == "delegation" and not data_in.mission_id:
                data_in = data_in.with_changes(visibility="private")
            try:
                clean = validate_lead(data_in, country=self.country, require_consent=False)
            except ValidationError as exc:
                refused.append(f"{where}: " + "; ".join(e.message for e in exc.errors))
                continue
            if self._erased:
                from biox_desktop.db.erasure import erased_note, match_card

                gone = match_card(self._erased, clean.emails,
                                  (*clean.phones, *clean.phones_as_typed), self.region)
                if gone is not None:
                    refused.append(f"{where}: {erased_note(gone)}")
                    continue
            incoming = PersonKeys(uid=clean.vcard_uid or item.uid,
                                  names=(clean.name, clean.name_romanised),
                                  emails=clean.emails)
            existing = index.find(incoming) or index.find_repeat(
                incoming, clean.phones, clean.organisation_name)
            lead = s.get(Lead, existing) if existing is not None else None
            if lead is not None and not lead.deleted:
                merged = svc._merge_for_update(s, lead, clean, row_warnings)
                if self.basis is not None and not merged.consent_given:
                    merged = merged.with_changes(consent_given=True, consent_basis=self.basis)
                svc._apply(s, lead, merged, now=now, orgs=self._orgs, rec=rec)
                updated += 1
                result = merged
            else:
                row_warnings.extend(index.resembling(incoming, clean.phones))
                lead = svc._create(s, clean, now, self._orgs, rec)
                imported += 1
                result = clean
            warnings.extend(f"{where}: {w}" for w in row_warnings)
            lead_ids.append(lead.id)
            if not result.consent_given:
                without_basis += 1
            # The same person later in this file, or in a later file, meets this lead.
            native = result.name if has_non_latin_letters(result.name) else ""
            index.add(lead.id, lead.person_id, result.vcard_uid,
                      (native, result.name_romanised or ("" if native else result.name)),
                      result.emails, result.phones, result.organisation_name)
            if incoming.uid and (uid := normalise_uid(incoming.uid)):
                index.by_uid.setdefault(uid, lead.id)  # kept a UID of its own: both count
        return FileImport(path, imported, updated, tuple(refused), tuple(warnings),
                          tuple(lead_ids), without_basis=without_basis)


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """One lead read from a file, before matching: where it was, what it says, its UID (or
    the lead id an export wrote), and what reading it noted."""

    where: str
    data: LeadInput
    uid: str = ""
    warnings: tuple[str, ...] = ()
    #: The file says who sees the lead (a spreadsheet's "visibility" column).
    keep_visibility: bool = False


def _card_key(name: str, organisation: str) -> tuple[str, str]:
    return " ".join(sorted(fold(name).split())), " ".join(fold(organisation).split())


def _batch_label(names: Sequence[str]) -> str:
    """How the batch list and a lead's history name an import run."""
    if not names:
        return translate("leads", "Imported from no file")
    if len(names) <= 3:
        return translate("leads", "Imported from {files}").format(files=", ".join(names))
    return translate("leads", "Imported from {files} and {n} more files").format(
        files=", ".join(names[:2]), n=len(names) - 2)


def _fuller(old: str, new: str) -> str:
    """The name to keep: the card's, unless it says less than the one there ("H. Yamada"
    for "Hanako Yamada", "Yamada" for "Yamada Hanako")."""
    if not new or new == old:
        return old
    if not old:
        return new
    if _whole_words(new) < _whole_words(old) and names_compatible([old], [new]):
        return old
    return new


def _whole_words(name: str) -> int:
    if has_non_latin_letters(name):
        return len("".join(name.split()))
    return sum(1 for t in name_tokens(name) if len(t) > 1)


def normalise_email_key(email: str) -> str:
    """The key under which two spellings of one e-mail address are one address."""
    return normalise_email(email) or email.strip().casefold()


def _set(obj: object, name: str, value: object) -> None:
    """Assign only when different, so the journal records real changes only."""
    if getattr(obj, name) != value:
        setattr(obj, name, value)


def _first_per_network(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for network, value in pairs:
        out.setdefault(network, value)
    return out


def _union(first: Iterable[str], second: Iterable[str], key: Any) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for item in (*first, *second):
        if key(item) not in seen:
            seen.add(key(item))
            out.append(item)
    return tuple(out)


def _stored_card(person: Person) -> ContactCard | None:
    """The card a person's lead was imported from (photo bytes from ``person.photo``)."""
    if not isinstance(person.vcard_extra, dict):
        return None
    return card_from_json(person.vcard_extra, person.photo)


def card_of(lead: Lead, person: Person, org: Organisation | None) -> ContactCard:
    """A lead and its person as a contact card, with what its own vCard held written back."""
    return card_for_lead(
        _stored_card(person), uid=person.vcard_uid or f"urn:uuid:{person.id}",
        name=person.name or "", name_native=person.name_native or "",
        name_romanised=person.name_romanised or "", organisation=org.name if org else "",
        role=lead.role or person.job_title or "", emails=tuple(person.emails or ()),
        phones=tuple(person.phones or ()),
        messaging=tuple(sorted((person.messaging or {}).items())),
        linkedin=person.linkedin or "", notes=lead.notes or "", tags=tuple(lead.tags or ()),
        photo=person.photo,
    )


__all__ = ["EXPORT_COLUMNS", "CardImport", "ImportedRow", "LeadService", "card_of", "fts_query",
           "input_from_card"]  # input_from_card: re-exported from core

