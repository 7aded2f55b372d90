"""Coordinator merge: what a candidate group, a field choice and a merge look like.

Plain data crossing threads and the command line; the rules live here too: which fields a
merge chooses, which scopes may be merged together, and which value a merge takes by default.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, format_day, translate
from biox_desktop.core.identity import NETWORK, scope_kind
from biox_desktop.core.validation import FieldError, ValidationError

PERSON = "person"
ORGANISATION = "organisation"
KINDS = (PERSON, ORGANISATION)

#: A field choice meaning "every member's values together" (lists and messaging ids only).
COMBINED = "combined"

#: (field, label, kind) per record kind. "list" and "dict" fields may be combined. Labels are
#: translated where shown (the screens' catalogue falls back to the "shared" context).
PERSON_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("shared", "Name"), "text"),
    ("name_native", QT_TRANSLATE_NOOP("shared", "Name in native script"), "text"),
    ("name_romanised", QT_TRANSLATE_NOOP("shared", "Romanised name"), "text"),
    ("job_title", QT_TRANSLATE_NOOP("shared", "Job title"), "text"),
    ("organisation_id", QT_TRANSLATE_NOOP("shared", "Organisation"), "ref"),
    ("emails", QT_TRANSLATE_NOOP("shared", "E-mails"), "list"),
    ("phones", QT_TRANSLATE_NOOP("shared", "Phones"), "list"),
    ("messaging", QT_TRANSLATE_NOOP("shared", "Messaging ids"), "dict"),
    ("linkedin", QT_TRANSLATE_NOOP("shared", "LinkedIn"), "text"),
    ("languages", QT_TRANSLATE_NOOP("shared", "Languages"), "list"),
    ("country", QT_TRANSLATE_NOOP("shared", "Country"), "text"),
    ("city", QT_TRANSLATE_NOOP("shared", "City"), "text"),
    ("notes", QT_TRANSLATE_NOOP("shared", "Notes"), "text"),
)
ORG_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("shared", "Name"), "text"),
    ("name_native", QT_TRANSLATE_NOOP("shared", "Name in native script"), "text"),
    ("name_romanised", QT_TRANSLATE_NOOP("shared", "Romanised name"), "text"),
    ("kind", QT_TRANSLATE_NOOP("shared", "Kind"), "text"),
    ("country", QT_TRANSLATE_NOOP("shared", "Country"), "text"),
    ("city", QT_TRANSLATE_NOOP("shared", "City"), "text"),
    ("website", QT_TRANSLATE_NOOP("shared", "Website"), "text"),
    ("email", QT_TRANSLATE_NOOP("shared", "E-mail"), "text"),
    ("phone", QT_TRANSLATE_NOOP("shared", "Phone"), "text"),
    ("sector_tags", QT_TRANSLATE_NOOP("shared", "Sectors"), "list"),
    ("description", QT_TRANSLATE_NOOP("shared", "Description"), "text"),
)


# Reasons are kept in English in candidate groups and in synced merge records (they are data,
# read on every laptop whatever its language) and translated where they are shown.
_REASONS = frozenset(
    [
        QT_TRANSLATE_NOOP("dedupe", "same email"),
        QT_TRANSLATE_NOOP("dedupe", "different addresses at the same organisation"),
        QT_TRANSLATE_NOOP("dedupe", "same phone"),
        QT_TRANSLATE_NOOP("dedupe", "same phone number, written differently"),
        QT_TRANSLATE_NOOP("dedupe", "different phones"),
        QT_TRANSLATE_NOOP("dedupe", "same name"),
        QT_TRANSLATE_NOOP("dedupe", "same name in another script"),
        QT_TRANSLATE_NOOP("dedupe", "initials match the name"),
        QT_TRANSLATE_NOOP("dedupe", "same organisation"),
        QT_TRANSLATE_NOOP("dedupe", "similar organisation"),
        QT_TRANSLATE_NOOP("dedupe", "different organisations"),
        QT_TRANSLATE_NOOP("dedupe", "different countries"),
        QT_TRANSLATE_NOOP("dedupe", "same city"),
        QT_TRANSLATE_NOOP("dedupe", "same address"),
        QT_TRANSLATE_NOOP("dedupe", "different addresses"),
        QT_TRANSLATE_NOOP("dedupe", "same website"),
        QT_TRANSLATE_NOOP("dedupe", "different websites"),
        QT_TRANSLATE_NOOP("dedupe", "one name is part of the other"),
        QT_TRANSLATE_NOOP("dedupe", "e-mail addresses one letter apart"),
        QT_TRANSLATE_NOOP("dedupe", "name completed from the e-mail address"),
        QT_TRANSLATE_NOOP("dedupe", "one is a department of the other"),
        QT_TRANSLATE_NOOP("dedupe", "same organisation named with its address"),
        QT_TRANSLATE_NOOP("dedupe", "same words in another order"),
        QT_TRANSLATE_NOOP("dedupe", "same name in another script, spelt by ear"),
        QT_TRANSLATE_NOOP("dedupe", "names one letter apart"),
    ]
)
_REASON_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (r"common name \((?P<count>\d+) records\)",
         QT_TRANSLATE_NOOP("dedupe", "common name ({count} records)")),
        (r"similar name \((?P<score>[\d.]+)\) in another script",
         QT_TRANSLATE_NOOP("dedupe", "similar name ({score}) in another script")),
        (r"similar name \((?P<score>[\d.]+)\)",
         QT_TRANSLATE_NOOP("dedupe", "similar name ({score})")),
        (r"somewhat similar name \((?P<score>[\d.]+)\)",
         QT_TRANSLATE_NOOP("dedupe", "somewhat similar name ({score})")),
        (r"different names \((?P<score>[\d.]+)\)",
         QT_TRANSLATE_NOOP("dedupe", "different names ({score})")),
        (r"similar address \((?P<score>[\d.]+)\)",
         QT_TRANSLATE_NOOP("dedupe", "similar address ({score})")),
        (r"same (?P<network>\S+) id", QT_TRANSLATE_NOOP("dedupe", "same {network} id")),
    )
)  # fmt: skip


def describe_reason(reason: str) -> str:
    """A duplicate-detection reason ("similar name (0.89)") in the user's language."""
    if reason in _REASONS:
        return translate("dedupe", reason)
    for pattern, template in _REASON_PATTERNS:
        match = pattern.fullmatch(reason)
        if match:
            return translate("dedupe", template).format(**match.groupdict())
    return reason


def describe_reasons(reasons: Sequence[str]) -> str:
    return ", ".join(describe_reason(r) for r in reasons)


def fields_of(kind: str) -> tuple[tuple[str, str, str], ...]:
    return PERSON_FIELDS if kind == PERSON else ORG_FIELDS


def may_link(scope_a: str, scope_b: str) -> bool:
    """Whether records of two scopes may be proposed and merged together.

    Same scope, or a narrower scope (a company's private capture) into a network record:
    everyone who saw the narrower record can see the survivor. Two companies' private
    captures are never merged: neither company may see the other's.
    """
    return scope_a == scope_b or NETWORK in (scope_a, scope_b)


def scope_rank(scope: str) -> int:
    """Wider scopes first: the survivor of a merge comes from the widest scope."""
    return {"network": 0, "mission": 1, "org": 2, "user": 3}.get(scope_kind(scope), 4)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def combine(values: Sequence[Any]) -> Any:
    """Lists: every item once, in order of first appearance; dicts: first value per key."""
    if any(isinstance(v, dict) for v in values):
        out: dict[str, Any] = {}
        for v in values:
            for k, item in (v or {}).items():
                out.setdefault(k, item)
        return out
    seen: list[Any] = []
    for v in values:
        for item in v or []:
            if item not in seen:
                seen.append(item)
    return seen


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who captured a record, when, and at which mission."""

    captured_by: str
    captured_at: dt.datetime
    mission: str = ""
    scope: str = NETWORK
    private: bool = False

    def text(self) -> str:
        parts = [self.captured_by, format_day(self.captured_at, "medium")]
        if self.mission:
            parts.append(self.mission)
        if self.private:
            parts.append(translate("merge", "private capture"))
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class Member:
    """One record of a candidate group, with where it came from."""

    id: str
    label: str
    scope: str
    provenance: Provenance
    #: How many leads, meetings, roster entries and other records point at it.
    references: int = 0


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One field side by side: each member's value (as text; "" when empty) and the default."""

    field: str
    label: str
    kind: str
    values: tuple[str, ...]
    default: str  # a member id, or COMBINED
    combined: str = ""  # the combined value as text (list/dict fields)
    #: Member ids whose value may not go into the survivor (narrower scope than the survivor).
    locked: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CandidateView:
    """A group proposed for merging, best first in the queue."""

    id: str
    kind: str
    score: float
    reasons: tuple[str, ...]
    members: tuple[Member, ...]
    survivor_id: str
    fields: tuple[FieldRow, ...] = field(default=())

    @property
    def title(self) -> str:
        return " / ".join(m.label for m in self.members)


@dataclass(frozen=True, slots=True)
class MergeRequest:
    """What the coordinator decided for one group."""

    group_id: str
    survivor_id: str | None = None
    #: field -> member id (take that member's value) or COMBINED; missing fields: the default.
    choices: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MergeView:
    """A merge as the history lists it."""

    id: str
    kind: str
    survivor_id: str
    survivor_label: str
    merged_ids: tuple[str, ...]
    created_at: dt.datetime
    created_by: str
    score: float | None
    reasons: tuple[str, ...]
    repointed: int
    automatic: bool
    undone: bool


def validate_request(kind: str, request: MergeRequest, member_ids: Sequence[str]) -> None:
    """Refuse choices naming unknown fields or records, in words the coordinator acts on."""
    errors: list[FieldError] = []
    if request.survivor_id is not None and request.survivor_id not in member_ids:
        errors.append(
            FieldError(
                "survivor_id", translate("merge", "The record to keep must be one of the group.")
            )
        )
    known = {name: fkind for name, _label, fkind in fields_of(kind)}
    for name, source in request.choices.items():
        if name not in known:
            errors.append(
                FieldError(
                    name,
                    translate("merge", "'{name}' is not a field of a {kind}.").format(
                        name=name, kind=kind
                    ),
                )
            )
        elif source == COMBINED:
            if known[name] not in ("list", "dict"):
                errors.append(
                    FieldError(
                        name, translate("merge", "Only lists (e-mails, phones…) can be combined.")
                    )
                )
        elif source not in member_ids:
            errors.append(
                FieldError(
                    name,
                    translate("merge", "Take '{name}' from a record of the group.").format(
                        name=name
                    ),
                )
            )
    if errors:
        raise ValidationError(errors)
