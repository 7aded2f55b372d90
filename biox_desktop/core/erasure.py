"""What erasing a person ("right to be forgotten") removes, shared by laptops and the server.

Plain data and pure functions: the laptop (:mod:`biox_desktop.db.erasure`) applies these rules
to its SQLite tables, the server (:mod:`biox_desktop.server.erasure`) to its JSON rows. Both
must blank the same fields, or a laptop and the server would disagree about what remains.

A row *names* the erased person when it is the person's own ``people`` row, or one of its
:data:`PERSON_COLUMNS` holds the person's id, or it hangs off a lead of the person
(:data:`LEAD_COLUMNS`), or it is an attachment of one of those rows. What happens to it:

* ``TOMBSTONE`` tables: the row is tombstoned and its :data:`BLANKS` fields set to empty
  values (the row stays as a tombstone so every copy learns it is gone).
* ``UNLINK`` columns: the reference is cleared and the row's free text blanked, but the row stays
  (a meeting request of a delegation still exists when the person it targeted is erased; a lead
  captured by an erased delegate is still the company's lead).
* ``merges``: the record of a merge involving the person keeps its ids (what was merged into
  what) but loses every copy of their values (snapshots, values written, values before, choices).

What remains is an erasure record: who erased, when, on what basis, and keyed hashes of the
person's normalised e-mails and phones, so that a later import of the same card is recognised
without keeping the address. The key (salt) of the hashes is per network: a new erasure reuses
the salt of the oldest erasure record the laptop holds, and only the very first erasure makes
one; every record carries its salt, so records made with two salts (two laptops erasing their
first person offline at once) still match.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from biox_desktop.core.names import normalise_email
from biox_desktop.core.phones import try_normalise

#: The synced table of erasure records.
ERASURES = "erasures"
#: Why a laptop's unsent edit or a pulled row was dropped (kept with the dropped change).
REASON_ERASED = "person erased"

#: Columns (beyond ``people.id``) holding a person's id, per table, and what to do there.
TOMBSTONE = "tombstone"
UNLINK = "unlink"
PERSON_COLUMNS: dict[str, dict[str, str]] = {
    "leads": {"person_id": TOMBSTONE, "captured_by_person_id": UNLINK},
    "consents": {"person_id": TOMBSTONE},
    "roster_entries": {"person_id": TOMBSTONE},
    "agenda_participants": {"person_id": TOMBSTONE},
    "meeting_participants": {"person_id": TOMBSTONE},
    "meeting_requests": {"requester_person_id": UNLINK, "target_person_id": UNLINK},
    "not_duplicates": {"id_a": TOMBSTONE, "id_b": TOMBSTONE},
    "merge_forwards": {"old_id": TOMBSTONE, "new_id": TOMBSTONE},
}
#: Rows hanging off an erased lead (tombstoned with their personal text).
LEAD_COLUMNS: dict[str, str] = {"follow_ups": "lead_id", "consents": "lead_id"}
#: Tables whose rows may carry a document of a person or lead (``owner_table``/``owner_id``).
ATTACHMENTS = "attachments"

#: The empty value written over each personal field, per table. ``None`` for nullable columns,
#: the type's empty value for NOT NULL ones (a tombstone must still be a storable row).
BLANKS: dict[str, dict[str, Any]] = {
    "people": {
        "organisation_id": None, "name": "", "name_native": None, "name_romanised": None,
        "job_title": None, "emails": [], "phones": [], "messaging": {}, "linkedin": None,
        "languages": [], "country": None, "city": None, "vcard_uid": None, "photo": None,
        "notes": None, "vcard_extra": None,
    },
    "leads": {
        "role": None, "rating": None, "tags": [], "notes": None, "next_action": None,
        "next_action_due": None, "captured_by_person_id": None,
    },
    "consents": {"wording": None, "withdrawn_at": None},
    "roster_entries": {
        "arrival_flight": None, "arrival_at": None, "departure_flight": None,
        "departure_at": None, "hotel": None, "hotel_check_in": None, "hotel_check_out": None,
        "passport_expiry": None, "visa_status": None, "dietary": None, "accessibility": None,
        "interpreter_needed": False, "languages": [], "emergency_contact_name": None,
        "emergency_contact_phone": None, "notes": None,
    },
    "follow_ups": {"notes": None, "outcome": None, "rating": None},
    "meeting_requests": {"notes": None},
    "not_duplicates": {},
    "merge_forwards": {},
    "agenda_participants": {},
    "meeting_participants": {},
    "merges": {"choices": {}, "merged_values": {}, "survivor_before": {}, "snapshots": {}},
    ATTACHMENTS: {"filename": "", "mime_type": "", "sha256": "", "size": 0, "data": b""},
}


def unlink_blanks(table: str, column: str) -> dict[str, Any]:
    """What an ``UNLINK`` clears: the reference and the row's free text."""
    out: dict[str, Any] = {column: None}
    if table == "meeting_requests":
        out["notes"] = None
    return out


def merge_names(fields: Mapping[str, Any], person_id: str) -> bool:
    """True when a ``merges`` row (its fields) involves the person."""
    if fields.get("kind") not in (None, "person"):
        return False
    merged = fields.get("merged_ids") or []
    return fields.get("survivor_id") == person_id or person_id in merged


# --------------------------------------------------------------------------------------------
# Keyed hashes of e-mails and phones


def new_salt() -> str:
    """A fresh random salt (hex) for the network's erasure hashes."""
    return secrets.token_hex(16)


def identifiers(emails: Iterable[str], phones: Iterable[str],
                region: str | None = None) -> tuple[list[str], list[str]]:  # fmt: skip
    """The normalised e-mails and phones (E.164) of a person, without blanks or repeats."""
    mails = sorted({m for m in (normalise_email(e) for e in emails if e) if m})
    numbers: set[str] = set()
    for raw in phones:
        if not raw:
            continue
        number = try_normalise(raw, region) or try_normalise(raw)
        if number:
            numbers.add(number)
        else:  # keep what was typed, digits only, so a card typed the same way still matches
            digits = "".join(ch for ch in raw if ch.isdigit() or ch == "+")
            if len(digits) >= 6:
                numbers.add(digits)
    return mails, sorted(numbers)


def keyed_hash(salt: str, kind: str, value: str) -> str:
    """HMAC-SHA256 of a normalised identifier under the network's salt (hex)."""
    return hmac.new(bytes.fromhex(salt), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def hashes(salt: str, emails: Iterable[str], phones: Iterable[str]) -> tuple[list[str], list[str]]:
    """Keyed hashes of already normalised e-mails and phones."""
    return ([keyed_hash(salt, "email", e) for e in emails],
            [keyed_hash(salt, "phone", p) for p in phones])


def matches(record: Mapping[str, Any], emails: Iterable[str], phones: Iterable[str]) -> bool:
    """True when a card's normalised e-mails or phones hash to one of the record's hashes."""
    salt = record.get("salt")
    if not isinstance(salt, str) or not salt:
        return False
    mail_h, phone_h = hashes(salt, emails, phones)
    return bool(set(mail_h) & set(record.get("email_hashes") or [])
                or set(phone_h) & set(record.get("phone_hashes") or []))
