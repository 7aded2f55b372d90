"""Batches: every import (and other batch change) can be undone, and records name their batch.

An import runs in one transaction. While it runs, a :class:`BatchRecorder` notes each row the
import creates and snapshots each existing row *before* the import changes it; at the end it
stores, per changed row, the before- and after-values of the fields that changed. These notes
live in two local tables (``batches`` and ``batch_rows``) that are never synced: the undo itself
is an ordinary edit, journaled and synced like any other.

Undo (:meth:`BatchService.undo`) works field by field and never destroys a later edit: a field
goes back to its before-value only while it still holds what the batch wrote; a field someone
changed since is kept and listed in the report. Rows the batch created are tombstoned, except
those a live record added later refers to (kept and listed, field ``deleted``).
"""

from __future__ import annotations

import base64
import builtins
import copy
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import Identity
from biox_desktop.core.ids import uuid7
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import Base, Batch, BatchRow, Synced, utcnow

#: Columns an undo never touches: identity and provenance of the row.
_FIXED = frozenset({"id", "created_at", "created_by"})


class BatchError(ValidationError):
    """The batch cannot be undone (already undone)."""


@dataclass(frozen=True, slots=True)
class BatchView:
    """One batch as lists and histories show it."""

    id: str
    kind: str
    label: str
    at: dt.datetime
    created: int
    updated: int
    undone_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class KeptField:
    """A field an undo left alone because it was edited after the batch."""

    table: str
    row_id: str
    field: str


@dataclass(frozen=True, slots=True)
class UndoReport:
    """What an undo did."""

    batch_id: str
    removed: int
    restored: int
    kept: tuple[KeptField, ...] = ()


# -- values as JSON ---------------------------------------------------------------------------

def encode_value(value: Any) -> Any:
    """A column value as JSON (dates, instants and bytes tagged so they come back as such)."""
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {"$j": value}  # a JSON column: never mistaken for a tag
    return value


def decode_value(value: Any) -> Any:
    """The inverse of :func:`encode_value`."""
    if isinstance(value, dict) and len(value) == 1:
        ((tag, raw),) = value.items()
        if tag == "$dt":
            return dt.datetime.fromisoformat(raw)
        if tag == "$d":
            return dt.date.fromisoformat(raw)
        if tag == "$b":
            return base64.b64decode(raw)
        if tag == "$j":
            return raw
    return value


def _columns(row: Synced) -> list[str]:
    return [a.key for a in inspect(type(row)).column_attrs if a.key not in _FIXED]


def _values(row: Synced) -> dict[str, Any]:
    return {name: copy.deepcopy(getattr(row, name)) for name in _columns(row)}


def _model_of(table: str) -> type[Synced]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table and issubclass(cls, Synced):
            return cls
    raise LookupError(table)


# -- recording ----------------------------------------------------------------------------------

@dataclass
class BatchRecorder:
    """Records one batch inside the caller's transaction (see the module docstring).

    Call :meth:`before` before changing an existing row, :meth:`created` for a row the batch
    added, and :meth:`finish` at the end, still inside the transaction.
    """

    session: Session
    kind: str
    label: str
    identity: Identity | None = None
    id: str = field(default_factory=uuid7)
    _before: dict[tuple[str, str], tuple[Synced, dict[str, Any]]] = field(default_factory=dict)
    _created: dict[tuple[str, str], Synced] = field(default_factory=dict)

    def before(self, row: Synced) -> None:
        """Snapshot an existing row before the batch changes it (once per row)."""
        key = (row.__tablename__, row.id)
        if key in self._created or key in self._before:
            return
        self._before[key] = (row, _values(row))

    def created(self, row: Synced) -> None:
        """Note a row the batch added (its id must be set)."""
        if row.id is None:
            self.session.flush([row])
        self._created[(row.__tablename__, row.id)] = row
        self._before.pop((row.__tablename__, row.id), None)

    def finish(self) -> str | None:
        """Store what the batch did; its id, or None when it changed nothing (then no batch)."""
        s = self.session
        rows: list[BatchRow] = []
        updated_rows: set[str] = set()
        for (table, row_id), (row, before) in self._before.items():
            after = _values(row)
            changed = {k: v for k, v in after.items() if before.get(k) != v}
            if not changed:
                continue
            rows.append(BatchRow(
                batch_id=self.id, tbl=table, row_id=row_id, created=False,
                before=json.dumps({k: encode_value(before.get(k)) for k in changed}),
                after=json.dumps({k: encode_value(v) for k, v in changed.items()}),
            ))
            updated_rows.add(row_id)
        for (table, row_id) in self._created:
            rows.append(BatchRow(batch_id=self.id, tbl=table, row_id=row_id, created=True,
                                 before="{}", after="{}"))
        if not rows:
            return None
        s.add(Batch(id=self.id, kind=self.kind, label=self.label, created_at=utcnow(),
                    created_by=self.identity.user_id if self.identity else None,
                    created_count=len(self._created), updated_count=len(updated_rows)))
        s.add_all(rows)
        s.flush()
        return self.id


# -- the service ----------------------------------------------------------------------------------

class BatchService:
    """Lists batches, names the batches of a record, and undoes a batch."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def recorder(self, s: Session, kind: str, label: str) -> BatchRecorder:
        """A recorder for a batch run inside session ``s``."""
        return BatchRecorder(s, kind, label, self.ctx.identity)

    def list(self, limit: int = 50) -> builtins.list[BatchView]:
        """The most recent batches, newest first."""
        with self.db.session() as s:
            rows = s.scalars(select(Batch).order_by(Batch.created_at.desc(), Batch.id.desc())
                             .limit(limit))
            return [_view(b) for b in rows]

    def get(self, batch_id: str) -> BatchView:
        with self.db.session() as s:
            return _view(_get(s, batch_id))

    def count(self) -> int:
        """How many batches are recorded (a preview must add none)."""
        with self.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(Batch)) or 0)

    def batches_for(self, table: str, row_id: str) -> builtins.list[BatchView]:
        """The batches that created or changed a record, oldest first."""
        with self.db.session() as s:
            rows = s.scalars(select(Batch).join(BatchRow, BatchRow.batch_id == Batch.id)
                             .where(BatchRow.tbl == table, BatchRow.row_id == row_id)
                             .order_by(Batch.created_at, Batch.id))
            return [_view(b) for b in rows]

    def undo(self, batch_id: str) -> UndoReport:
        """Take a batch back, in one transaction (see the module docstring)."""
        removed = restored = 0
        kept: builtins.list[KeptField] = []
        with self.db.session() as s:
            batch = _get(s, batch_id)
            if batch.undone_at is not None:
                raise BatchError([FieldError("batch", translate(
                    "batches", "This batch was already undone on {when}.").format(
                        when=f"{batch.undone_at:%Y-%m-%d %H:%M} UTC"))])
            rows = list(s.scalars(select(BatchRow).where(BatchRow.batch_id == batch.id)))
            created = {(r.tbl, r.row_id) for r in rows if r.created}
            in_use = _used_elsewhere(s, created)
            for r in rows:
                model = _model_of(r.tbl)
                row = s.get(model, r.row_id)
                if row is None:
                    continue
                if r.created:
                    if (r.tbl, r.row_id) in in_use:
                        # Something added after the batch relies on it (a delegate of an
                        # organisation the import made): removing it would orphan that.
                        kept.append(KeptField(r.tbl, r.row_id, "deleted"))
                        continue
                    if not row.deleted:
                        row.deleted = True
                        removed += 1
                    continue
                before, after = json.loads(r.before), json.loads(r.after)
                for name, wrote in after.items():
                    if not hasattr(row, name):
                        continue
                    if getattr(row, name) != decode_value(wrote):
                        kept.append(KeptField(r.tbl, r.row_id, name))
                        continue
                    if name == "ics_sequence":
                        # A calendar only takes a higher SEQUENCE: undoing a change (a
                        # cancel) is one more change for it, never a step back.
                        setattr(row, name, (getattr(row, name) or 0) + 1)
                    else:
                        setattr(row, name, decode_value(before.get(name)))
                    restored += 1
            batch.undone_at = utcnow()
            batch_id = batch.id
        return UndoReport(batch_id, removed, restored, tuple(kept))


def _used_elsewhere(s: Session, created: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The rows of ``created`` that a live row outside ``created`` refers to."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in created:
        by_table.setdefault(table, []).append(row_id)
    used: set[tuple[str, str]] = set()
    for referring in Base.metadata.sorted_tables:
        if "deleted" not in referring.c or "id" not in referring.c:
            continue
        for fk in referring.foreign_keys:
            target = fk.column.table.name
            ids = by_table.get(target)
            if not ids:
                continue
            col = fk.parent
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for ref_id, target_id in s.execute(
                        select(referring.c.id, col).where(col.in_(chunk),
                                                          referring.c.deleted.is_(False))):
                    if (referring.name, ref_id) not in created:
                        used.add((target, target_id))
    return used


def _get(s: Session, batch_id: str) -> Batch:
    batch = s.get(Batch, batch_id)
    if batch is None:
        matches = s.scalars(select(Batch).where(Batch.id.like(f"{batch_id}%")).limit(2)).all()
        if len(matches) != 1:
            raise NotFoundError(translate("batches", "No batch {id}.").format(id=batch_id))
        batch = matches[0]
    return batch


def _view(b: Batch) -> BatchView:
    return BatchView(b.id, b.kind, b.label, b.created_at, b.created_count, b.updated_count,
                     b.undone_at)


__all__ = ["BatchError", "BatchRecorder", "BatchService", "BatchView", "KeptField",
           "UndoReport", "decode_value", "encode_value"]
