"""Changes the server refused: listed in plain words, then retried or discarded by a person.

A refused change is never kept silently: the push records it in ``sync_rejections`` with the
server's reason (:mod:`biox_desktop.sync.client`), ``biox-desktop sync`` exits 1 and the window
shows a banner, until someone decides:

* **Retry** (after fixing the cause: a lead cluster set, a role granted on the server): the
  change goes back into the outbox with a fresh clock. A row the server never accepted (its
  creation was refused) is sent whole, as it is now on this laptop, so a later fix travels with
  it; a refused edit or delete is sent again as it was.
* **Discard**: the server's version stays. A row the server never accepted is removed from this
  laptop (nobody else has it); a refused edit or delete of a row the server holds was already
  undone by the server's version sent with the refusal, so only the record goes.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from biox_desktop.core.i18n import translate
from biox_desktop.db import journal
from biox_desktop.db.engine import Database
from biox_desktop.db.models import Base, OutboxEntry, SyncRejection, SyncRowState, synced_tables

#: Columns that name a row for people, in order of preference.
_LABEL_COLUMNS = ("name", "title", "subject", "description")


@dataclass(frozen=True, slots=True)
class Refusal:
    """One refused change, as the banner and ``biox-desktop refused list`` show it."""

    id: int
    table: str
    row_id: str
    op: str
    reason: str
    rejected_at: str
    #: What the row is, in words ("Mission Osaka Bio 2027").
    label: str
    #: The server never accepted this row: discarding removes it from this laptop.
    local_only: bool
    #: Why, in plain words, and what to do.
    explanation: str
    advice: str


def explain(table: str, reason: str) -> tuple[str, str]:
    """The server's reason in plain words, and what the person can do about it."""
    r = reason.lower()
    if "scope you may not write" in r or "may not write to scope" in r:
        return (
            translate("sync", "You have no access to where this belongs on the server (a "
                      "mission your organisation is not part of, or another organisation's "
                      "records)."),
            translate("sync", "Ask the mission's leader to add your organisation, then retry; "
                      "or discard it."),
        )  # fmt: skip
    if "lead cluster" in r or "another cluster" in r:
        return (
            translate("sync", "Only the leaders of the mission's lead cluster and the "
                      "coordinators may change this."),
            translate("sync", "If the mission is your cluster's, set its lead cluster to your "
                      "cluster and retry; otherwise discard it."),
        )  # fmt: skip
    if "own roster entry" in r:
        return (
            translate("sync", "A delegate may change only their own roster entry."),
            translate("sync", "Ask the delegation leader to make this change; discard it "
                      "here."),
        )  # fmt: skip
    if "organisation owns" in r:
        return (
            translate("sync", "Only the organisation that created this record, and the "
                      "coordinators, may change it."),
            translate("sync", "Ask them to make the change; discard it here."),
        )  # fmt: skip
    if r.startswith(("a delegate may not", "a leader may not", "only a coordinator")):
        return (
            translate("sync", "Your role does not allow this change."),
            translate("sync", "Ask a coordinator; retry once your role allows it, or discard "
                      "it."),
        )  # fmt: skip
    return (
        translate("sync", "The server could not accept this change."),
        translate("sync", "Retry once the cause is fixed (an update of the app, say), or "
                  "discard it."),
    )  # fmt: skip


class Refusals:
    """The refused changes of one local database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        with self.db.session() as s:
            return int(s.scalar(select(func.count(SyncRejection.id))) or 0)

    def list(self) -> list[Refusal]:
        """Every refused change not yet retried or discarded, oldest first."""
        out: list[Refusal] = []
        with self.db.session() as s:
            for r in s.scalars(select(SyncRejection).order_by(SyncRejection.id)):
                explanation, advice = explain(r.tbl, r.reason)
                out.append(Refusal(
                    id=r.id, table=r.tbl, row_id=r.row_id, op=r.op, reason=r.reason,
                    rejected_at=r.rejected_at.isoformat(timespec="seconds"),
                    label=self._label(s, r.tbl, r.row_id), local_only=self._local_only(
                        s, r.tbl, r.row_id), explanation=explanation, advice=advice,
                ))  # fmt: skip
        return out

    def retry(self, ids: Iterable[int] | None = None) -> int:
        """Send the chosen refused changes again (all when ``ids`` is None); how many."""
        done = 0
        with self.db.unjournaled() as s:
            for r in self._chosen(s, ids):
                table = Base.metadata.tables.get(r.tbl)
                exists = table is not None and s.execute(
                    select(table.c.id).where(table.c.id == r.row_id)).first() is not None
                if table is not None and exists and r.op != "delete" and self._local_only(
                        s, r.tbl, r.row_id):
                    # Never accepted: the whole row as it is now (with any fix made since),
                    # instead of its pending edits, which the server would refuse in turn
                    # (an edit of a row it does not hold).
                    s.execute(delete(OutboxEntry).where(OutboxEntry.tbl == r.tbl,
                                                        OutboxEntry.row_id == r.row_id))
                    pairs = ", ".join(f"'{c.name}', {journal._value_expr(table, c.name, 't')}"
                                      for c in table.columns)
                    s.execute(text(
                        f'INSERT INTO sync_outbox (tbl, row_id, scope, op, fields, hlc) '
                        f"SELECT :tbl, t.id, t.scope, 'insert', json_object({pairs}), "
                        f'biox_hlc() FROM "{r.tbl}" AS t WHERE t.id = :id'),
                        {"tbl": r.tbl, "id": r.row_id})  # fmt: skip
                else:
                    scope = self._scope(s, r.tbl, r.row_id)
                    s.add(OutboxEntry(tbl=r.tbl, row_id=r.row_id, scope=scope, op=r.op,
                                      fields=r.fields, hlc=self.db.clock.now().pack()))
                s.delete(r)
                done += 1
        return done

    def discard(self, ids: Iterable[int] | None = None) -> int:
        """Give up the chosen refused changes (all when ``ids`` is None); how many.

        Rows the server never accepted are removed from this laptop, children first; one that
        something else on this laptop still refers to stays (and its refusal with it).
        """
        done = 0
        order = {name: i for i, name in enumerate(synced_tables())}
        with self.db.unjournaled() as s:
            chosen = sorted(self._chosen(s, ids), key=lambda r: -order.get(r.tbl, 0))
            for r in chosen:
                table = Base.metadata.tables.get(r.tbl)
                if table is not None and self._local_only(s, r.tbl, r.row_id):
                    try:
                        with s.begin_nested():
                            s.execute(delete(table).where(table.c.id == r.row_id))
                            s.execute(delete(OutboxEntry).where(OutboxEntry.tbl == r.tbl,
                                                                OutboxEntry.row_id == r.row_id))
                    except IntegrityError:
                        continue
                s.delete(r)
                done += 1
        return done

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _chosen(s: Session, ids: Iterable[int] | None) -> builtins.list[SyncRejection]:
        query = select(SyncRejection).order_by(SyncRejection.id)
        if ids is not None:
            query = query.where(SyncRejection.id.in_(builtins.list(ids)))
        return builtins.list(s.scalars(query))

    @staticmethod
    def _local_only(s: Session, table: str, row_id: str) -> bool:
        """True when the server never told this laptop about the row (it does not hold it)."""
        return s.get(SyncRowState, (table, row_id)) is None

    @staticmethod
    def _scope(s: Session, table_name: str, row_id: str) -> str | None:
        table = Base.metadata.tables.get(table_name)
        if table is not None and "scope" in table.c:
            scope = s.execute(select(table.c.scope).where(table.c.id == row_id)).scalar()
            if scope:
                return str(scope)
        state = s.get(SyncRowState, (table_name, row_id))
        return state.scope if state is not None else None

    @staticmethod
    def _label(s: Session, table_name: str, row_id: str) -> str:
        table = Base.metadata.tables.get(table_name)
        what = table_name.replace("_", " ")
        if table is None:
            return f"{what} {row_id[:8]}"
        for column in _LABEL_COLUMNS:
            if column in table.c:
                value = s.execute(select(table.c[column]).where(table.c.id == row_id)).scalar()
                if value:
                    return f"{what}: {str(value)[:80]}"
        if "person_id" in table.c:
            people = Base.metadata.tables["people"]
            name = s.execute(
                select(people.c.name).join(table, table.c.person_id == people.c.id)
                .where(table.c.id == row_id)).scalar()  # fmt: skip
            if name:
                return f"{what}: {name}"
        return f"{what} {row_id[:8]}"

