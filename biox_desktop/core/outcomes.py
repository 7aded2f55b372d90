"""Outcome rules: agreements, MoUs and follow-up ratings, in words a cluster manager acts on.

An *agreement* is either SME-to-SME (NDA, distribution, licensing, R&D collaboration, other) or a
cluster cooperation agreement / MoU with a foreign partner (kinds ``mou`` and ``cooperation``).
It has parties (organisations), a status, the date it was signed, the mission it came from, the
meetings and leads that led to it, and optionally an attached document.

A *follow-up* rates a meeting or a lead twice: right after the meeting, and again months later
("negotiation started", "agreement reached", "nothing"); each has a due date that drives the
reminders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from biox_desktop.core.enums import AGREEMENT_KINDS
from biox_desktop.core.i18n import format_day, translate
from biox_desktop.core.validation import FieldError, ValidationError

#: Kinds that are cluster-level agreements with foreign partners (reported as "MoUs").
MOU_KINDS: frozenset[str] = frozenset({"mou", "cooperation"})

AGREEMENT_STATUSES: dict[str, str] = {
    "draft": "Draft",
    "negotiating": "In negotiation",
    "signed": "Signed",
    "active": "In force",
    "expired": "Expired",
    "terminated": "Terminated",
    "cancelled": "Abandoned",
}

#: Statuses of an agreement that was signed (counted as an agreement in the KPIs).
SIGNED_STATUSES: frozenset[str] = frozenset({"signed", "active", "expired", "terminated"})
#: Statuses of an agreement still being worked on.
OPEN_STATUSES: frozenset[str] = frozenset({"draft", "negotiating"})

PARTY_ROLES: dict[str, str] = {
    "sme": "SME",
    "cluster": "Cluster",
    "partner": "Foreign partner",
    "gateway": "Gateway partner",  # the foreign cluster or agency of a cooperation agreement
    "licensor": "Licensor",
    "licensee": "Licensee",
    "distributor": "Distributor",
    "supplier": "Supplier",
    "other": "Other",
}

MEETING_OUTCOMES: dict[str, str] = {
    "held": "Held",
    "no_show": "No-show",
    "rescheduled": "Rescheduled",
}

FOLLOW_UP_KINDS: dict[str, str] = {
    "after_meeting": "Right after the meeting",
    "months_later": "Months later",
    "reminder": "Reminder",  # a date a delegate set on a lead
}

FOLLOW_UP_OUTCOMES: dict[str, str] = {
    "nothing": "Nothing came of it",
    "in_contact": "Still in contact",
    "negotiation": "Negotiation started",
    "agreement": "Agreement reached",
}

#: Days after the meeting when each follow-up falls due.
FOLLOW_UP_DELAYS: dict[str, int] = {"after_meeting": 7, "months_later": 120}

RATING_MIN, RATING_MAX = 1, 5

#: Largest document kept in the database; it is synced to every laptop of the scope.
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024


def is_mou(kind: str) -> bool:
    """True for cluster cooperation agreements and MoUs (as opposed to SME-to-SME deals)."""
    return kind in MOU_KINDS


# --------------------------------------------------------------------------------------------
# Agreements
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartyInput:
    organisation_id: str
    role: str = "other"


@dataclass(frozen=True, slots=True)
class AgreementInput:
    """What a user types to register or edit an agreement."""

    kind: str
    title: str
    status: str = "draft"
    signed_on: dt.date | None = None
    mission_id: str | None = None
    notes: str = ""
    parties: tuple[PartyInput, ...] = ()
    meeting_ids: tuple[str, ...] = ()
    lead_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyView:
    organisation_id: str
    name: str
    name_native: str | None
    kind: str
    country: str | None
    role: str

    @property
    def display(self) -> str:
        return f"{self.name_native} ({self.name})" if self.name_native else self.name


@dataclass(frozen=True, slots=True)
class LinkView:
    """A meeting or lead an agreement came from."""

    kind: str  # "meeting" | "lead"
    target_id: str
    label: str


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: str
    filename: str
    mime_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class AgreementView:
    """An agreement as screens, reports and commands show it."""

    id: str
    kind: str
    title: str
    status: str
    signed_on: dt.date | None
    mission_id: str | None
    mission_name: str | None
    notes: str
    parties: tuple[PartyView, ...] = ()
    links: tuple[LinkView, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()

    @property
    def is_mou(self) -> bool:
        return is_mou(self.kind)

    @property
    def party_names(self) -> str:
        return "; ".join(p.display for p in self.parties)

    @property
    def meeting_ids(self) -> tuple[str, ...]:
        return tuple(link.target_id for link in self.links if link.kind == "meeting")

    @property
    def lead_ids(self) -> tuple[str, ...]:
        return tuple(link.target_id for link in self.links if link.kind == "lead")

    def to_input(self) -> AgreementInput:
        return AgreementInput(
            kind=self.kind, title=self.title, status=self.status, signed_on=self.signed_on,
            mission_id=self.mission_id, notes=self.notes,
            parties=tuple(PartyInput(p.organisation_id, p.role) for p in self.parties),
            meeting_ids=self.meeting_ids, lead_ids=self.lead_ids,
        )


def validate_agreement(data: AgreementInput, *, today: dt.date | None = None) -> AgreementInput:
    """Return a cleaned copy of ``data`` or raise :class:`ValidationError` listing every problem."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    title = data.title.strip()
    if not title:
        errors.append(FieldError("title", translate("outcomes", "Give the agreement a title.")))
    elif len(title) > 300:
        errors.append(
            FieldError(
                "title", translate("outcomes", "The title is too long (300 characters at most).")
            )
        )
    if data.kind not in AGREEMENT_KINDS:
        allowed = ", ".join(AGREEMENT_KINDS)
        errors.append(
            FieldError(
                "kind",
                translate("outcomes", "'{kind}' is not an agreement kind ({allowed}).").format(
                    kind=data.kind, allowed=allowed
                ),
            )
        )
    if data.status not in AGREEMENT_STATUSES:
        allowed = ", ".join(AGREEMENT_STATUSES)
        errors.append(
            FieldError(
                "status",
                translate("outcomes", "'{status}' is not a status ({allowed}).").format(
                    status=data.status, allowed=allowed
                ),
            )
        )
    signed = data.status in SIGNED_STATUSES
    if signed and data.signed_on is None:
        errors.append(
            FieldError(
                "signed_on",
                translate("outcomes", "A signed agreement needs the date it was signed."),
            )
        )
    if data.signed_on is not None:
        if data.status in OPEN_STATUSES:
            errors.append(
                FieldError(
                    "signed_on",
                    translate(
                        "outcomes",
                        "A draft or an agreement in negotiation has no signature date yet; clear "
                        "the date or set the status to Signed.",
                    ),
                )
            )
        elif data.signed_on > today:
            errors.append(
                FieldError(
                    "signed_on",
                    translate(
                        "outcomes", "The signature date ({signed_on}) is in the future."
                    ).format(signed_on=format_day(data.signed_on)),
                )
            )
        elif data.signed_on.year < 1990:
            errors.append(
                FieldError(
                    "signed_on",
                    translate("outcomes", "The signature date is too far back; check the year."),
                )
            )
    parties: list[PartyInput] = []
    seen: set[str] = set()
    for party in data.parties:
        org = (party.organisation_id or "").strip()
        if not org:
            continue
        if org in seen:
            errors.append(
                FieldError(
                    "parties",
                    translate("outcomes", "The same organisation is listed twice as a party."),
                )
            )
            continue
        seen.add(org)
        role = party.role if party.role in PARTY_ROLES else "other"
        parties.append(PartyInput(org, role))
    if not parties:
        errors.append(
            FieldError(
                "parties", translate("outcomes", "Name at least one party (an organisation).")
            )
        )
    elif signed and len(parties) < 2:
        errors.append(
            FieldError(
                "parties", translate("outcomes", "A signed agreement has at least two parties.")
            )
        )
    if errors:
        raise ValidationError(errors)
    return AgreementInput(
        kind=data.kind, title=title, status=data.status, signed_on=data.signed_on,
        mission_id=data.mission_id or None, notes=data.notes.strip(), parties=tuple(parties),
        meeting_ids=tuple(dict.fromkeys(m for m in data.meeting_ids if m)),
        lead_ids=tuple(dict.fromkeys(lead for lead in data.lead_ids if lead)),
    )


def check_attachment(filename: str, size: int) -> None:
    """Refuse an empty or too large document, saying what to do instead."""
    name = filename.strip()
    errors: list[FieldError] = []
    if not name:
        errors.append(
            FieldError("document", translate("outcomes", "The document has no file name."))
        )
    if size <= 0:
        errors.append(
            FieldError(
                "document",
                translate("outcomes", "'{name}' is empty; choose the signed document.").format(
                    name=name
                ),
            )
        )
    elif size > MAX_ATTACHMENT_BYTES:
        errors.append(
            FieldError(
                "document",
                translate(
                    "outcomes",
                    "'{name}' is {size:.1f} MB; documents up to {limit} MB can be "
                    "attached, because they are copied to every laptop of the delegation. "
                    "Attach a smaller PDF (scan at a lower resolution or compress it), or "
                    "keep it on a shared drive and note where in the agreement.",
                ).format(name=name, size=size / 1_048_576, limit=MAX_ATTACHMENT_BYTES // 1_048_576),
            )
        )
    if errors:
        raise ValidationError(errors)


# --------------------------------------------------------------------------------------------
# Follow-ups
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowUpView:
    """A follow-up reminder on a meeting or a lead, and its result once done."""

    id: str
    kind: str
    subject: str  # what it is about, e.g. "Rhône Diagnostics × Kansai Medical"
    mission_id: str | None
    meeting_id: str | None
    lead_id: str | None
    due_date: dt.date | None
    done_at: dt.datetime | None
    outcome: str | None
    rating: int | None
    notes: str

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today


@dataclass(frozen=True, slots=True)
class FollowUpResult:
    """What a user records when a follow-up is done."""

    outcome: str
    rating: int | None = None
    notes: str = ""


def check_rating(rating: int | None, field: str = "rating") -> list[FieldError]:
    if rating is None or RATING_MIN <= rating <= RATING_MAX:
        return []
    return [
        FieldError(
            field,
            translate("outcomes", "Rate from {low} (cold) to {high} (very promising).").format(
                low=RATING_MIN, high=RATING_MAX
            ),
        )
    ]


def validate_follow_up(result: FollowUpResult) -> FollowUpResult:
    errors = check_rating(result.rating)
    if result.outcome not in FOLLOW_UP_OUTCOMES:
        allowed = ", ".join(FOLLOW_UP_OUTCOMES)
        errors.append(
            FieldError(
                "outcome",
                translate("outcomes", "Choose what came of it ({allowed}).").format(
                    allowed=allowed
                ),
            )
        )
    if errors:
        raise ValidationError(errors)
    return FollowUpResult(result.outcome, result.rating, result.notes.strip())


def validate_meeting_outcome(outcome: str, rating: int | None) -> None:
    errors = check_rating(rating)
    if outcome not in MEETING_OUTCOMES:
        allowed = ", ".join(MEETING_OUTCOMES)
        errors.append(
            FieldError(
                "outcome",
                translate("outcomes", "'{outcome}' is not a meeting outcome ({allowed}).").format(
                    outcome=outcome, allowed=allowed
                ),
            )
        )
    if outcome != "held" and rating is not None:
        errors.append(
            FieldError(
                "rating", translate("outcomes", "Only a meeting that was held can be rated.")
            )
        )
    if errors:
        raise ValidationError(errors)
