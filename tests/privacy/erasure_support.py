"""Helpers of the erasure tests: a person in every local place, and a raw-bytes search."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from biox_desktop.core.leads import LeadInput
from biox_desktop.core.missions import MissionInput
from biox_desktop.db import crypto
from biox_desktop.db.models import (
    AgendaItem,
    AgendaParticipant,
    Merge,
    NotDuplicate,
    RosterEntry,
)

#: The erased person's identifying values: none may remain in any file afterwards.
NAME = "Zebulon Quetzalcoatl"
EMAIL = "zebulon.q@kansai-orthobio.jp"
PHONE = "+81 6-6123-4567"
PHONE_E164 = "+81661234567"
NOTE_WORD = "xylophonique"
NEEDLES = (NAME, "Quetzalcoatl", EMAIL, PHONE_E164, "66123", NOTE_WORD, "halal-kosher-vegan")


def seed_person(ws: Any, *, with_mission: bool = True) -> tuple[str, str]:
    """A lead of the person with notes, a follow-up, a roster entry, a programme item they
    attend, a merge and a "not duplicate" naming them. Returns (person id, lead id)."""
    lead = ws.leads.capture(LeadInput(
        name=NAME, organisation_name="Kansai OrthoBio", role="CTO", emails=(EMAIL,),
        phones=(PHONE,), notes=f"met at the booth, {NOTE_WORD} project", tags=("ortho",),
        next_action=f"send {NOTE_WORD} deck", consent_given=True))
    ws.follow_ups.add_reminder(lead.id, dt.date(2027, 7, 1), f"call about {NOTE_WORD}")
    other = ws.leads.capture(LeadInput(name="Other Person", organisation_name="Kansai OrthoBio",
                                       emails=("other@kansai-orthobio.jp",),
                                       consent_given=True))
    if with_mission:
        mission = ws.missions.create(MissionInput(
            name="Osaka Partnering", kind="trade_mission", country="JP",
            timezone="Asia/Tokyo", start_date=dt.date(2027, 6, 14),
            end_date=dt.date(2027, 6, 18)))
        with ws.db.session() as s:
            scope = f"mission:{mission.id}"
            s.add(RosterEntry(scope=scope, mission_id=mission.id, person_id=lead.person_id,
                              dietary="halal-kosher-vegan", notes=f"{NOTE_WORD} allergy",
                              emergency_contact_name=NAME, emergency_contact_phone=PHONE))
            item = AgendaItem(scope=scope, mission_id=mission.id, kind="site_visit",
                              title="Visit", starts_at=dt.datetime(2027, 6, 15, 1, tzinfo=dt.UTC),
                              ends_at=dt.datetime(2027, 6, 15, 3, tzinfo=dt.UTC),
                              timezone="Asia/Tokyo", whole_delegation=False)
            s.add(item)
            s.flush()
            s.add(AgendaParticipant(scope=scope, agenda_item_id=item.id,
                                    person_id=lead.person_id))
    with ws.db.session() as s:
        s.add(Merge(scope="network", kind="person", survivor_id=lead.person_id,
                    merged_ids=[other.person_id], choices={"name": lead.person_id},
                    merged_values={"name": NAME, "emails": [EMAIL]},
                    survivor_before={"name": NAME, "notes": NOTE_WORD},
                    snapshots={other.person_id: {"name": "Other Person"}}))
        s.add(NotDuplicate(scope="network", kind="person", id_a=lead.person_id,
                           id_b=other.person_id))
    return lead.person_id, lead.id


def plain_dump(db_path: Path, key: bytes | None, target: Path) -> bytes:
    """The decrypted bytes of a laptop database: a plain copy made with ``sqlcipher_export``
    plus a text dump of every table (search index shadow tables included)."""
    plain = db_path
    if key is not None:
        conn = crypto.connect(db_path, key)
        try:
            conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
            conn.execute("SELECT sqlcipher_export('plaintext')")
            conn.execute("DETACH DATABASE plaintext")
        finally:
            conn.close()
        plain = target
    reader = sqlite3.connect(plain)
    try:
        dump = "\n".join(reader.iterdump()).encode("utf-8")
    finally:
        reader.close()
    return plain.read_bytes() + b"\n" + dump + b"\n" + decrypted_pages(db_path, key)


def decrypted_pages(db_path: Path, key: bytes | None) -> bytes:
    """Every page of a SQLCipher 4 file decrypted, free pages and the slack inside pages
    included (what ``sqlcipher_export`` never shows): raw keys are used as the AES-256 key,
    each 4096-byte page ends with its 16-byte IV and a 64-byte HMAC, and page 1 starts with the
    16-byte salt. Falls back to the raw bytes of a plain file; skips without ``cryptography``."""
    raw = db_path.read_bytes()
    if key is None:
        return raw
    aes = pytest.importorskip("cryptography.hazmat.primitives.ciphers")
    size, reserve = 4096, 80
    out = bytearray()
    for n in range(len(raw) // size):
        page = raw[n * size:(n + 1) * size]
        iv = page[size - reserve:size - reserve + 16]
        dec = aes.Cipher(aes.algorithms.AES(key), aes.modes.CBC(iv)).decryptor()
        out += dec.update(page[16 if n == 0 else 0:size - reserve]) + dec.finalize()
    assert len(raw) < size or out[:2] == b"\x10\x00", "not decrypted: page size not found"
    return bytes(out)


def leftovers(blob: bytes) -> list[str]:
    """The needles still found in ``blob`` (as UTF-8, and as JSON-escaped text)."""
    found = []
    for needle in NEEDLES:
        if needle.encode() in blob or needle.lower().encode() in blob.lower():
            found.append(needle)
    return found
