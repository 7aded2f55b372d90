"""Erasing a person from this laptop ("right to be forgotten"), and the erasure records.

:meth:`ErasureService.erase` removes the person's personal fields from every local place (the
rules are :mod:`biox_desktop.core.erasure`, shared with the server): their ``people`` row, their
leads, consents, follow-ups, roster entries, meeting and agenda participations, merge
provenance, "not duplicates" and forwarded references, the change journal (outbox), refused and
quarantined sync rows, the undo notes of imports and the leads search index; then the file is
vacuumed with ``secure_delete`` on, so no free page keeps an old copy. What remains is an
``erasures`` row (synced to everyone: the server and every other laptop then erase the person
too, see :func:`apply_pulled`).

The blanking is written unjournaled: the server erases its own copy when the erasure record
reaches it and sends every laptop the blanked tombstones, and this laptop's own edits to the
person (waiting in the outbox) are dropped, never sent. Only the erasure record is journaled.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from biox_desktop.core import erasure as rules
from biox_desktop.core.i18n import format_day, translate
from biox_desktop.core.identity import NETWORK
from biox_desktop.core.ids import uuid7
from biox_desktop.core.phones import region_for_country
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    Base,
    BatchRow,
    Erasure,
    Lead,
    Organisation,
    OutboxEntry,
    Person,
    SyncQuarantine,
    SyncRejection,
    utcnow,
)
from biox_desktop.db.people_lookup import find_people

log = logging.getLogger(__name__)

#: Statements that re-index the leads marked dirty, then merge the index's segments so the
#: erased text leaves the FTS5 b-tree (not only its doclists) before the vacuum.
_FTS_SQL = ("INSERT INTO fts_leads(fts_leads) VALUES ('optimize')",)


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A person a query found (shown to choose when several match)."""

    id: str
    name: str
    organisation: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    leads: int
    deleted: bool


@dataclass(frozen=True, slots=True)
class ErasureResult:
    """What one erasure did on this laptop."""

    erasure_id: str
    person_id: str
    #: Table -> rows blanked (tombstoned or unlinked) there.
    rows: dict[str, int]
    #: Outbox entries, refused and quarantined sync rows, undo notes removed.
    dropped: dict[str, int]
    backups: tuple[dict[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {"erasure_id": self.erasure_id, "person_id": self.person_id,
                "rows": dict(self.rows), "dropped": dict(self.dropped),
                "backups": [dict(b) for b in self.backups]}


@dataclass(frozen=True, slots=True)
class ErasedMatch:
    """An imported card that matches an erasure record (the import skips it)."""

    erasure_id: str
    erased_at: dt.datetime


@dataclass
class _Touched:
    """The rows an erasure changed: (table, id) pairs, and counts per table."""

    keys: set[tuple[str, str]] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self.keys.update((table, i) for i in ids)
            self.counts[table] = self.counts.get(table, 0) + len(ids)


def _table(name: str) -> Table | None:
    return Base.metadata.tables.get(name)


def _blank_rows(s: Session, name: str, ids: list[str], blanks: dict[str, Any],
                touched: _Touched, *, tombstone: bool = True) -> None:  # fmt: skip
    table = _table(name)
    if table is None or not ids:
        return
    values = {k: v for k, v in blanks.items() if k in table.c}
    if tombstone:
        values["deleted"] = True
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        s.execute(update(table).where(table.c.id.in_(chunk)).values(**values))
    touched.add(name, ids)


def erase_rows(s: Session, person_id: str) -> _Touched:
    """Blank every local row naming the person (see :mod:`biox_desktop.core.erasure`)."""
    touched = _Touched()
    _blank_rows(s, "people", [person_id], rules.BLANKS["people"], touched)
    lead_ids: list[str] = []
    for name, columns in rules.PERSON_COLUMNS.items():
        table = _table(name)
        if table is None:
            continue
        for column, action in columns.items():
            ids = list(s.execute(select(table.c.id).where(table.c[column] == person_id))
                       .scalars())
            if action == rules.TOMBSTONE:
                _blank_rows(s, name, ids, rules.BLANKS.get(name, {}), touched)
                if name == "leads":
                    lead_ids.extend(ids)
            else:
                _blank_rows(s, name, ids, rules.unlink_blanks(name, column), touched,
                            tombstone=False)
    for name, column in rules.LEAD_COLUMNS.items():
        table = _table(name)
        if table is None or not lead_ids:
            continue
        ids = list(s.execute(select(table.c.id).where(table.c[column].in_(lead_ids))).scalars())
        _blank_rows(s, name, ids, rules.BLANKS.get(name, {}), touched)
    # References forwarded on the erased rows, and documents attached to them.
    forwards = _table("merge_forwards")
    if forwards is not None and lead_ids:
        ids = list(s.execute(select(forwards.c.id).where(
            forwards.c.tbl == "leads", forwards.c.row_id.in_(lead_ids))).scalars())
        _blank_rows(s, "merge_forwards", ids, {}, touched)
    attachments = _table(rules.ATTACHMENTS)
    if attachments is not None:
        owners = or_(
            (attachments.c.owner_table == "people") & (attachments.c.owner_id == person_id),
            (attachments.c.owner_table == "leads") & attachments.c.owner_id.in_(lead_ids),
        )
        ids = list(s.execute(select(attachments.c.id).where(owners)).scalars())
        _blank_rows(s, rules.ATTACHMENTS, ids, rules.BLANKS[rules.ATTACHMENTS], touched)
    merges = _table("merges")
    if merges is not None:
        found = s.execute(select(merges.c.id, merges.c.kind, merges.c.survivor_id,
                                 merges.c.merged_ids)
                          .where(or_(merges.c.survivor_id == person_id,
                                     func.instr(merges.c.merged_ids, person_id) > 0))).all()
        ids = [m.id for m in found if rules.merge_names(
            {"kind": m.kind, "survivor_id": m.survivor_id, "merged_ids": m.merged_ids},
            person_id)]
        _blank_rows(s, "merges", ids, rules.BLANKS["merges"], touched, tombstone=False)
    return touched


def _drop_local_traces(s: Session, person_id: str, touched: _Touched,
                       needles: list[str]) -> dict[str, int]:  # fmt: skip
    """Remove the journal entries, refused and quarantined rows and undo notes that carry the
    person's values: those of the rows blanked, and any other naming them (id, e-mail, phone)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in touched.keys:
        by_table.setdefault(table, []).append(row_id)
    dropped: dict[str, int] = {}
    specs: list[tuple[str, Any, Any, Any, list[Any]]] = [
        ("sync_outbox", OutboxEntry, OutboxEntry.tbl, OutboxEntry.row_id, [OutboxEntry.fields]),
        ("sync_rejections", SyncRejection, SyncRejection.tbl, SyncRejection.row_id,
         [SyncRejection.fields, SyncRejection.reason]),
        ("sync_quarantine", SyncQuarantine, SyncQuarantine.tbl, SyncQuarantine.row_id,
         [SyncQuarantine.row]),
        ("batch_rows", BatchRow, BatchRow.tbl, BatchRow.row_id, [BatchRow.before, BatchRow.after]),
    ]
    for name, model, tbl_col, id_col, text_cols in specs:
        clauses = [(tbl_col == t) & id_col.in_(ids[i:i + 500])
                   for t, ids in by_table.items() for i in range(0, len(ids), 500)]
        clauses.extend(col.contains(n, autoescape=True) for col in text_cols for n in needles
                       if n)
        if not clauses:
            continue
        done = s.execute(delete(model).where(or_(*clauses)))
        dropped[name] = int(done.rowcount or 0)  # type: ignore[attr-defined]
    return dropped


def vacuum(db: Database) -> None:
    """Rewrite the file without free pages, with ``secure_delete`` on (SQLCipher and SQLite
    both honour it), and empty the write-ahead log, so no old page keeps erased values."""
    db.engine.dispose()  # pooled connections would hold the WAL open
    conn = db.raw_connection()
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@contextlib.contextmanager
def _journaled(s: Session) -> Iterator[None]:
    """Journal the writes of this block inside an unjournaled session (the erasure record)."""
    switch = s.connection().info["journal"]
    switch.on = True
    try:
        yield
        s.flush()
    finally:
        switch.on = False


class ErasureService:
    """Find and erase people on this laptop; the erasure records; the re-import check."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- finding ------------------------------------------------------------------------------

    def find(self, query: str) -> list[PersonMatch]:
        """People matching an id, an e-mail or a phone (the rule of :mod:`db.people_lookup`)."""
        with self.db.session() as s:
            return [self._match(s, pid) for pid in find_people(s, query)]

    @staticmethod
    def _match(s: Session, person_id: str) -> PersonMatch:
        p = s.get(Person, person_id)
        assert p is not None
        org = s.get(Organisation, p.organisation_id) if p.organisation_id else None
        leads = int(s.execute(select(func.count()).select_from(Lead).where(
            Lead.person_id == person_id, Lead.deleted.is_(False))).scalar() or 0)
        return PersonMatch(p.id, p.name, org.name if org else None, tuple(p.emails or ()),
                           tuple(p.phones or ()), leads, bool(p.deleted))

    def person(self, person_id: str) -> PersonMatch:
        """One person by id (for the confirmation that names them)."""
        with self.db.session() as s:
            if s.get(Person, person_id) is None:
                raise NotFoundError(translate("erasure", "No person with id {id}.")
                                    .format(id=person_id))
            return self._match(s, person_id)

    # -- erasing ------------------------------------------------------------------------------

    def may_erase(self, person_id: str) -> str | None:
        """Why this user may not erase the person (``None``: allowed). Coordinators erase
        anyone; the organisation owning a private lead of the person erases that person."""
        ident = self.ctx.identity
        if ident.role == "coordinator":
            return None
        settings = getattr(self.ctx, "settings", None)
        if settings is not None and not getattr(settings, "server_url", ""):
            # A laptop never signed in answers for its own data; the server judges the record
            # when it first syncs.
            return None
        with self.db.session() as s:
            mine = or_(Lead.owner_organisation_id == ident.organisation_id,
                       Lead.scope == f"org:{ident.organisation_id}")
            owned = s.execute(select(Lead.id).where(
                Lead.person_id == person_id, Lead.visibility == "private",
                mine).limit(1)).first() if ident.organisation_id else None
        if owned is not None:
            return None
        return translate("erasure", "Only a coordinator, or the company owning a private lead of "
                         "this person, may erase them.")

    def erase(self, person_id: str, basis: str | None = None, by: str | None = None, *,
              backups: Any = None) -> ErasureResult:
        """Erase the person from this laptop and record the erasure (synced to everyone).

        ``backups`` (a :class:`biox_desktop.db.backup.BackupService`, optional) rewrites the
        backups that hold the person; what became of each is listed in the record.
        """
        refusal = self.may_erase(person_id)
        if refusal:
            raise ValidationError([FieldError("person", refusal)])
        ident = self.ctx.identity
        with self.db.session() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(translate("erasure", "No person with id {id}.")
                                    .format(id=person_id))
            done = s.scalars(select(Erasure.erased_at).where(
                Erasure.person_id == person_id, Erasure.deleted.is_(False))).first()
            if done is not None:
                raise ValidationError([FieldError("person", translate(
                    "erasure", "This person was already erased on {date}.").format(
                        date=format_day(done.date())))])
            mails, phones = rules.identifiers(person.emails or [], person.phones or [],
                                              region_for_country(person.country))
            raw = [*(person.emails or []), *(person.phones or []),
                   *(n for n in (person.name, person.name_native, person.name_romanised)
                     if n and len(n.strip()) >= 6)]
            salt = s.execute(select(Erasure.salt).order_by(Erasure.created_at, Erasure.id)
                             .limit(1)).scalar() or rules.new_salt()
        mail_h, phone_h = rules.hashes(salt, mails, phones)
        record_id = uuid7()
        with self.db.unjournaled() as s:
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            touched = erase_rows(s, person_id)
            dropped = _drop_local_traces(s, person_id, touched, [person_id, *mails, *phones,
                                                                 *raw])
            for statement in _reindex_sql():
                s.execute(text(statement))
            with _journaled(s):
                s.add(Erasure(id=record_id, scope=NETWORK, person_id=person_id,
                              erased_at=utcnow(), erased_by=by or ident.display_name,
                              basis=basis, salt=salt, email_hashes=mail_h,
                              phone_hashes=phone_h, backups=[], created_by=ident.user_id))
        vacuum(self.db)
        done: tuple[dict[str, str], ...] = ()
        if backups is not None:
            done = tuple(backups.erase_person(person_id, record_id))
            if done:
                with self.db.session() as s:
                    rec = s.get(Erasure, record_id)
                    assert rec is not None
                    rec.backups = [dict(d) for d in done]
        log.info("erased person %s (%s rows)", person_id, sum(touched.counts.values()))
        return ErasureResult(record_id, person_id, dict(touched.counts), dropped, done)

    # -- records ------------------------------------------------------------------------------

    def records(self) -> list[dict[str, Any]]:
        """Every erasure record this laptop holds (plain data; no personal values in them)."""
        with self.db.session() as s:
            return load_records(s)

    def erased_match(self, emails: Iterable[str], phones: Iterable[str],
                     region: str | None = None) -> ErasedMatch | None:  # fmt: skip
        """The erasure record a card's e-mails or phones match (a re-import warns), if any."""
        return match_card(self.records(), emails, phones, region)


def load_records(s: Session) -> list[dict[str, Any]]:
    """The erasure records in the session's database, oldest first, as plain data."""
    rows = s.scalars(select(Erasure).where(Erasure.deleted.is_(False))
                     .order_by(Erasure.erased_at)).all()
    return [{"id": r.id, "person_id": r.person_id, "erased_at": r.erased_at,
             "erased_by": r.erased_by, "basis": r.basis, "salt": r.salt,
             "email_hashes": list(r.email_hashes or []),
             "phone_hashes": list(r.phone_hashes or []),
             "backups": list(r.backups or [])} for r in rows]


def erased_note(match: ErasedMatch) -> str:
    """How an import lists a card of an erased person (it is skipped)."""
    return translate("erasure", "this person asked to be erased on {date}; not imported").format(
        date=format_day(match.erased_at.date()))


def match_card(records: list[dict[str, Any]], emails: Iterable[str], phones: Iterable[str],
               region: str | None = None) -> ErasedMatch | None:  # fmt: skip
    """The first of ``records`` matching a card's e-mails or phones (see :meth:`records`)."""
    if not records:
        return None
    mails, numbers = rules.identifiers(emails, phones, region)
    if not mails and not numbers:
        return None
    for record in records:
        if rules.matches(record, mails, numbers):
            return ErasedMatch(record["id"], record["erased_at"])
    return None


def _reindex_sql() -> tuple[str, ...]:
    from biox_desktop.db.leads import REINDEX_SQL

    return (*REINDEX_SQL, *_FTS_SQL)


def apply_pulled(s: Session, erasures: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Erase locally the people of erasure records pulled from the server, in the pull's own
    (unjournaled) session. ``erasures`` holds (record id, person id) pairs.

    Unsent local edits of the person (and edits the server already refused for that reason)
    are dropped, never pushed; each leaves a note without values in ``sync_rejections``.
    """
    total: dict[str, int] = {}
    note = translate("erasure", "Not sent: {reason}.").format(reason=rules.REASON_ERASED)
    for _record_id, person_id in erasures:
        needles = [person_id]
        person = s.get(Person, person_id)
        if person is not None:
            needles.extend(str(v) for v in [*(person.emails or []), *(person.phones or [])])
            if person.name or person.emails or person.phones or person.notes:
                # This laptop held their data: the caller rewrites the file.
                total["held"] = total.get("held", 0) + 1
        touched = erase_rows(s, person_id)
        by_table: dict[str, list[str]] = {}
        for table, row_id in touched.keys:
            by_table.setdefault(table, []).append(row_id)
        notes: dict[tuple[int, str, str], str] = {}
        for table, ids in by_table.items():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for model in (OutboxEntry, SyncRejection):
                    for seq, row_id, op in s.execute(
                            select(model.seq, model.row_id, model.op)
                            .where(model.tbl == table, model.row_id.in_(chunk))):
                        notes[(int(seq), table, row_id)] = op
        _drop_local_traces(s, person_id, touched, needles)
        for (seq, table, row_id), op in sorted(notes.items()):
            s.add(SyncRejection(seq=seq, tbl=table, row_id=row_id, op=op, fields="{}",
                                reason=note))
        total["dropped_edits"] = total.get("dropped_edits", 0) + len(notes)
        for statement in _reindex_sql():
            s.execute(text(statement))
        for table, n in touched.counts.items():
            total[table] = total.get(table, 0) + n
    s.flush()
    return total


def erase_in_file(path: Path, key: bytes | None, person_id: str,
                  record: dict[str, Any] | None = None) -> bool:  # fmt: skip
    """Erase the person inside another database file (a backup); True when they were in it.

    The file is opened with its key, the same rules applied, and it is vacuumed.
    """
    db = Database(path, key=key, migrate=True)
    try:
        with db.unjournaled() as s:
            if s.get(Person, person_id) is None:
                return False
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            touched = erase_rows(s, person_id)
            _drop_local_traces(s, person_id, touched, [person_id])
            # The backup's own journal of the person is gone with them; a restore of it then
            # knows the erasure too (the record is the server's as well).
            s.execute(delete(OutboxEntry).where(OutboxEntry.fields.contains(person_id)))
            for statement in _reindex_sql():
                s.execute(text(statement))
            if record is not None and s.get(Erasure, record["id"]) is None:
                s.add(Erasure(**record))
        vacuum(db)
        conn = db.raw_connection()
        try:  # a backup is one self-contained file, as copy_database makes it
            conn.isolation_level = None
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        return True
    finally:
        db.close()


def record_values(db: Database, erasure_id: str) -> dict[str, Any] | None:
    """An erasure record's column values (to carry it into a backup rewritten for it)."""
    with db.session() as s:
        rec = s.get(Erasure, erasure_id)
        if rec is None:
            return None
        return {c.name: getattr(rec, c.name) for c in Erasure.__table__.columns}


__all__ = ["ErasedMatch", "ErasureResult", "ErasureService", "PersonMatch", "apply_pulled",
           "erase_in_file", "erase_rows", "erased_note", "load_records", "match_card",
           "record_values", "vacuum"]
