"""Find the person records a person's request names: one rule for erasure and access export.

A data-protection request names someone by what they know of themselves: an e-mail address,
a phone number as they write it, or (from a screen) a record's id. Both the erasure and the
access export find the records here, so "who is this" never has two answers.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from biox_desktop.core import erasure as rules
from biox_desktop.core.phones import region_for_country
from biox_desktop.db.models import Lead, Person

#: Fewer significant digits than this name strangers ("1234" ends many numbers).
MIN_PHONE_DIGITS = 8


def _significant(digits: str) -> str:
    return digits.lstrip("0")


def _same_phone(typed_digits: str, typed_e164: set[str], stored: str, region: str | None) -> bool:
    """One stored number against what was typed: equal in E.164 (the stored number read in
    its person's country), or the same last digits when at least eight of them agree
    ("090-1234-5678" typed as a Japanese reads it, "+81 90-1234-5678" stored)."""
    theirs = rules.identifiers([], [stored], region)[1]
    if typed_e164 & set(theirs):
        return True
    stored_digits = re.sub(r"\D", "", stored)
    typed = _significant(typed_digits)
    if stored_digits == typed_digits:
        return True
    return len(typed) >= MIN_PHONE_DIGITS and stored_digits.endswith(typed)


def find_people(s: Session, query: str) -> list[str]:
    """Ids (sorted) of the person records ``query`` names: a person or lead id, an e-mail
    address (any case; Gmail dots and +tags as Gmail reads them) or a phone number (as
    written, locally or in E.164)."""
    q = query.strip()
    if not q:
        return []
    person = s.get(Person, q)
    if person is not None:
        return [person.id]
    lead = s.get(Lead, q)
    if lead is not None and lead.person_id:
        return [lead.person_id]
    found: set[str] = set()
    if "@" in q:
        mails = set(rules.identifiers([q], [])[0])
        if not mails:
            return []
        domain = next(iter(mails)).rsplit("@", 1)[-1]
        rows = s.execute(select(Person.id, Person.emails)
                         .where(func.instr(func.lower(Person.emails), domain) > 0))
        for pid, emails in rows:
            if mails & set(rules.identifiers(emails or [], [])[0]):
                found.add(pid)
        return sorted(found)
    digits = re.sub(r"\D", "", q)
    if len(digits) < 6:
        return []
    typed_e164 = set(rules.identifiers([], [q])[1])
    for pid, phones, country in s.execute(select(Person.id, Person.phones, Person.country)):
        region = region_for_country(country)
        if any(_same_phone(digits, typed_e164, str(p), region) for p in phones or () if p):
            found.add(pid)
    return sorted(found)
