"""The server's side of erasure: blank every stored row naming an erased person, forward the
blanked tombstones to every laptop, and refuse later writes to them.

Called from the push path of :class:`biox_desktop.server.store.Store` (kept here so the store
stays about merging). The rules (which rows, which fields) are
:mod:`biox_desktop.core.erasure`, the same the laptops apply. Rows the server blanked carry the
marker :data:`ERASED` in their ``authors`` (server-only bookkeeping, never sent): any later write
to such a row is refused, and so is a new row naming an erased person, whatever the laptop's
clock or how long it was offline.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, and_, or_, select, text, update

from biox_desktop.core import erasure as rules
from biox_desktop.core.hlc import HybridLogicalClock
from biox_desktop.core.i18n import translate
from biox_desktop.server.db import is_postgres
from biox_desktop.server.models import Conflict, PushResult, SyncRow
from biox_desktop.sync import protocol as P

if TYPE_CHECKING:
    from biox_desktop.server.store import ParsedOp, PushContext, RowState, Store

log = logging.getLogger(__name__)

#: Key in a row's ``authors`` marking it erased: [erasure record id, "erased", seq].
ERASED = "__erased__"


def erased_people(conn: Connection) -> dict[str, str]:
    """Person id -> erasure record id, for every erasure the server holds."""
    rows = conn.execute(select(SyncRow.row_id, SyncRow.fields)
                        .where(SyncRow.tbl == rules.ERASURES)).all()
    out: dict[str, str] = {}
    for row_id, fields in rows:
        person = (fields or {}).get("person_id")
        if isinstance(person, str):
            out.setdefault(person, row_id)
    return out


def lead_owner_orgs(conn: Connection, person_id: str) -> frozenset[str]:
    """Organisations owning a private lead of the person (they may erase the person): the
    organisation whose private scope holds the lead, its ``owner_organisation_id``, and the
    organisation of the user who created it."""
    rows = conn.execute(select(SyncRow.fields, SyncRow.scope, SyncRow.owner_org).where(
        SyncRow.tbl == "leads", SyncRow.fields["person_id"].as_string() == person_id)).all()
    owners: set[str] = set()
    for fields, scope, owner_org in rows:
        if (fields or {}).get("visibility", "private") != "private":
            continue
        if scope.startswith("org:"):
            owners.add(scope.split(":", 1)[1])
        for org in ((fields or {}).get("owner_organisation_id"), owner_org):
            if isinstance(org, str):
                owners.add(org)
    return frozenset(owners)


def refusal(conn: Connection, ctx: PushContext, op: ParsedOp,
            old: RowState | None) -> str | None:  # fmt: skip
    """Why an op may not be stored because it touches an erased person (``None``: fine)."""
    if op.table == rules.ERASURES:
        return None
    if old is not None and ERASED in old.authors:
        return translate("sync", "This record belonged to a person who was erased (right to be "
                         "forgotten); the change was not stored.")
    erased = ctx.erased
    if erased is None:
        erased = erased_people(conn)
        ctx.erased = erased
    if not erased:
        return None
    named: list[Any] = []
    if op.table == "people":
        named.append(op.row_id)
    for column in rules.PERSON_COLUMNS.get(op.table, {}):
        named.append(op.fields.get(column))
    if any(isinstance(n, str) and n in erased for n in named):
        return translate("sync", "This change names a person who was erased (right to be "
                         "forgotten); it was not stored.")
    return None


def _naming(conn: Connection, person_id: str) -> list[tuple[Any, dict[str, Any], bool]]:
    """Every stored row naming the person, with the fields to blank and whether to tombstone."""
    found: list[tuple[Any, dict[str, Any], bool]] = []
    seen: set[tuple[str, str]] = set()

    def add(rows: Any, blanks: dict[str, Any], tombstone: bool) -> None:
        for r in rows:
            key = (r.tbl, r.row_id)
            if key in seen:
                continue
            seen.add(key)
            found.append((r, blanks, tombstone))

    def where(table: str, column: str, values: list[str]) -> Any:
        return conn.execute(select(SyncRow).where(
            SyncRow.tbl == table, SyncRow.fields[column].as_string().in_(values))).all()

    add(conn.execute(select(SyncRow).where(SyncRow.tbl == "people",
                                           SyncRow.row_id == person_id)).all(),
        rules.BLANKS["people"], True)
    lead_ids: list[str] = []
    for table, columns in rules.PERSON_COLUMNS.items():
        for column, action in columns.items():
            rows = where(table, column, [person_id])
            if action == rules.TOMBSTONE:
                add(rows, rules.BLANKS.get(table, {}), True)
                if table == "leads":
                    lead_ids.extend(r.row_id for r in rows)
            else:
                add(rows, rules.unlink_blanks(table, column), False)
    if lead_ids:
        for table, column in rules.LEAD_COLUMNS.items():
            add(where(table, column, lead_ids), rules.BLANKS.get(table, {}), True)
        add(conn.execute(select(SyncRow).where(
            SyncRow.tbl == "merge_forwards", SyncRow.fields["tbl"].as_string() == "leads",
            SyncRow.fields["row_id"].as_string().in_(lead_ids))).all(), {}, True)
    owners = [("people", [person_id]), ("leads", lead_ids)]
    add(conn.execute(select(SyncRow).where(SyncRow.tbl == rules.ATTACHMENTS, or_(*[
        and_(SyncRow.fields["owner_table"].as_string() == t,
             SyncRow.fields["owner_id"].as_string().in_(ids)) for t, ids in owners if ids
    ]))).all(), {**rules.BLANKS[rules.ATTACHMENTS], "data": ""}, True)
    merges = conn.execute(select(SyncRow).where(
        SyncRow.tbl == "merges", SyncRow.fields["kind"].as_string() == "person")).all()
    add([m for m in merges if rules.merge_names(m.fields or {}, person_id)],
        rules.BLANKS["merges"], False)
    return found


def _forget_reasons(conn: Connection, people: list[dict[str, Any]]) -> None:
    """Remembered push results whose reason quotes the person's values (a refused write's
    reason names the value it refused) lose their reason."""
    needles: set[str] = set()
    for fields in people:
        for name in ("name", "name_native", "name_romanised"):
            value = (fields or {}).get(name)
            if isinstance(value, str) and len(value.strip()) >= 4:
                needles.add(value.strip())
        for name in ("emails", "phones"):
            needles.update(v for v in (fields or {}).get(name) or [] if isinstance(v, str) and v)
    if needles:
        conn.execute(update(PushResult).where(
            or_(*[PushResult.reason.contains(n, autoescape=True) for n in sorted(needles)])
        ).values(reason=None))


def _wire(value: Any) -> Any:
    """A blank as it travels (bytes are base64 text on the wire)."""
    return "" if isinstance(value, bytes) else value


def apply(store: Store, conn: Connection, ctx: PushContext, erasure: RowState) -> int:
    """Blank and tombstone every row naming the erased person (new seqs, a server clock above
    each row's), clear the values of conflict records on them; returns the rows changed."""
    from biox_desktop.server.store import RowState, _state_from_db, _utcnow

    person_id = erasure.fields.get("person_id")
    if not isinstance(person_id, str):
        return 0
    settings = store.settings(conn)
    clock = HybridLogicalClock((settings.server_id.replace("-", "") or "server")[:64])
    changed = 0
    keys: list[tuple[str, str]] = []
    rows = _naming(conn, person_id)
    _forget_reasons(conn, [r.fields for r, _b, _t in rows if r.tbl == "people"])
    for r, blanks, tombstone in rows:
        old = _state_from_db(r)
        for seen in [*old.clocks.values(), old.scope_clock]:
            clock.observe(seen)
        stamp = clock.now().pack()
        new_seq = ctx.counter + 1
        me = [ctx.user.id, ctx.device_id, new_seq]
        state = RowState(old.table, old.row_id, old.scope, dict(old.fields), dict(old.clocks),
                         dict(old.authors), old.deleted, old.deleted_at, old.scope_clock, new_seq,
                         True, old.owner_user, old.owner_org)
        for name, value in blanks.items():
            state.fields[name] = _wire(value)
            state.clocks[name] = stamp
            state.authors[name] = me
        if tombstone:
            if not state.deleted:
                state.deleted_at = _utcnow()
            state.deleted = True
            state.clocks[P.DELETED] = stamp
            state.authors[P.DELETED] = me
        state.authors[ERASED] = [erasure.row_id, "erased", new_seq]
        ctx.counter = new_seq
        store._save(conn, old, state)
        keys.append((state.table, state.row_id))
        changed += 1
    for start in range(0, len(keys), 200):
        chunk = keys[start:start + 200]
        conn.execute(update(Conflict).where(or_(*[
            and_(Conflict.tbl == t, Conflict.row_id == i) for t, i in chunk
        ])).values(winner_value=None, loser_value=None, resolved=True, resolution="erased"))
    ctx.erased = None  # looked up again: this push may hold more writes naming the person
    ctx.vacuum = True
    log.info("erasure %s: %d rows blanked", erasure.row_id, changed)
    return changed


def vacuum(engine: Engine) -> None:
    """After an erasure commits: rewrite the store so no free page or dead tuple keeps the
    erased values (SQLite: VACUUM and an emptied write-ahead log; PostgreSQL: VACUUM of the
    tables that held them). Best effort: a busy database is vacuumed at the next erasure."""
    try:
        if is_postgres(engine):
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM sync_rows, sync_conflicts"))
            return
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("PRAGMA secure_delete = ON")
            cur.execute("VACUUM")
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cur.close()
        finally:
            raw.close()
    except Exception:  # a vacuum that cannot run now must not fail the push that erased
        log.warning("vacuum after an erasure failed; it runs again at the next one",
                    exc_info=True)
