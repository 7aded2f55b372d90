"""The desktop's sync client: push the outbox, pull the feed, compare checksums.

The order of one sync is push, then pull, then (when nothing is left to push) checksums:

* **Push** sends the outbox oldest first, in batches, each op with the client sequence number the
  journal gave it. Outbox rows are deleted only after the server acknowledged them (its
  ``last_seq``), in the same local transaction that applies the server's corrections, so a crash
  or a lost reply at any point means the batch is simply sent again (the server answers
  ``duplicate`` for what it already applied).
* **Pull** applies each page and stores the new cursor in one local transaction. Fields with a
  local edit still waiting in the outbox keep the local value: that edit will be pushed and the
  server's merge decides.
* **Checksums** per scope are compared; a mismatching scope is downloaded again, and local rows of
  that scope the server no longer has are dropped.

Pulled changes are applied with the journal switched off (they are not local edits) and with
foreign keys unchecked: a laptop may legitimately hold a row whose parent it may not see.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from biox_desktop.core.hlc import MAX_DRIFT_MS, ClockDriftError, Timestamp
from biox_desktop.core.progress import Progress
from biox_desktop.db.engine import Database
from biox_desktop.db.migrate import packaged_head
from biox_desktop.db.models import LocalMeta, OutboxEntry, SyncRejection, SyncRowState
from biox_desktop.sync import codec
from biox_desktop.sync import protocol as p
from biox_desktop.sync.errors import ServerUnreachable, SyncError

if TYPE_CHECKING:
    from biox_desktop.sync.transport import Transport

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_PAGE = 2000
CURSOR_KEY = "sync_cursor"
CLOCK_OFFSET_KEY = "clock_offset_ms"
LAST_SYNC_KEY = "last_sync_at"


def schema_version() -> int:
    """This client's schema version: the number of its newest local migration."""
    return int(packaged_head() or 0)


@dataclass
class SyncReport:
    """What one sync did, for the status bar and ``biox-desktop sync --json``."""

    pushed: int = 0
    pulled: int = 0
    evicted: int = 0
    conflicts: int = 0
    rejected: int = 0
    #: Changes sent again because this computer's clock ran too far ahead of the server's.
    requeued: int = 0
    #: Rows re-pointed or carried over to a merge's survivor after the sync.
    forwarded: int = 0
    redownloaded_scopes: list[str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)


class SyncClient:
    """Syncs one local database with the server behind ``transport``."""

    def __init__(self, db: Database, transport: Transport, *, device_id: str) -> None:
        self.db = db
        self.transport = transport
        self.device_id = device_id

    # -- the whole round ----------------------------------------------------------------------

    def sync(self, progress: Progress | None = None, *, retries: int = 3,
             sleep: Callable[[float], None] = time.sleep) -> SyncReport:
        """Push, pull and check, retrying network failures with exponential backoff."""
        progress = progress or Progress()
        report = SyncReport()
        attempt = 0
        while True:
            try:
                self.push(report, progress)
                self.pull(report, progress)
                if self.db.pending_changes() == 0:
                    self.verify(report, progress)
                break
            except ServerUnreachable:
                attempt += 1
                if attempt > retries:
                    raise
                delay = min(0.5 * 2 ** (attempt - 1), 8.0)
                log.info("server unreachable, retrying in %.1f s", delay)
                waited = 0.0
                while waited < delay:  # stay cancellable while waiting
                    progress.check()
                    sleep(min(0.1, delay - waited))
                    waited += 0.1
        self.db.set_meta(LAST_SYNC_KEY, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        return report

    # -- push ---------------------------------------------------------------------------------

    def push(self, report: SyncReport, progress: Progress) -> None:
        total = self.db.pending_changes()
        sent = 0
        while True:
            with self.db.session() as s:
                entries = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)
                                         .limit(PUSH_BATCH)))
            if not entries:
                return
            progress.step(sent, total, f"Sending {total:,} changes")
            ops = [_op(e) for e in entries]
            answer = self.transport.post("/push", {
                "device_id": self.device_id, "batch_id": str(uuid.uuid4()), "ops": ops,
            })
            last_seq = int(answer.get("last_seq", 0))
            results = answer.get("results") or []
            by_seq = {e.seq: e for e in entries}
            quarantined = self._quarantined(answer, results, by_seq)
            with self.db.unjournaled() as s:
                # Writes the server set aside because our clock ran far ahead go back in the
                # outbox, stamped by the corrected clock, before any correction is applied
                # (their fields then count as pending and keep the user's values).
                for entry in quarantined:
                    s.add(OutboxEntry(tbl=entry.tbl, row_id=entry.row_id, scope=entry.scope,
                                      op=entry.op, fields=entry.fields,
                                      hlc=self.db.clock.now().pack()))
                report.requeued += len(quarantined)
                s.flush()
                for result in results:
                    seq = int(result.get("seq", -1))
                    status = result.get("status")
                    entry = by_seq.get(seq)
                    if status == p.CONFLICT and entry not in quarantined:
                        report.conflicts += 1
                    if status == p.REJECTED and entry is not None:
                        report.rejected += 1
                        reason = str(result.get("reason") or "refused by the server")
                        report.rejections.append(f"{entry.tbl} {entry.row_id}: {reason}")
                        s.add(SyncRejection(seq=seq, tbl=entry.tbl, row_id=entry.row_id,
                                            op=entry.op, fields=entry.fields, reason=reason))
                    row = result.get("row")
                    if status != p.APPLIED and isinstance(row, dict):
                        self._apply_row(s, row, keep_pending_after=seq)
                s.execute(delete(OutboxEntry).where(OutboxEntry.seq <= last_seq))
            acknowledged = sum(1 for e in entries if e.seq <= last_seq)
            if acknowledged == 0:
                raise SyncError("the server did not acknowledge any change; try again later")
            sent += acknowledged
            report.pushed += acknowledged

    def _quarantined(self, answer: Mapping[str, Any], results: list[Any],
                     by_seq: dict[int, OutboxEntry]) -> list[OutboxEntry]:
        """Entries refused for a clock in the future; corrects our clock when it runs ahead."""
        server_ms = answer.get("server_time_ms")
        if not isinstance(server_ms, int):
            return []
        if self.db.clock.correct(server_ms):
            log.warning("this computer's clock runs ahead of the server's; corrected by %d ms",
                        self.db.clock.offset_ms)
            self.db.set_meta(CLOCK_OFFSET_KEY, str(self.db.clock.offset_ms))
        limit = server_ms + MAX_DRIFT_MS
        out = []
        for result in results:
            entry = by_seq.get(int(result.get("seq", -1)))
            if result.get("status") == p.CONFLICT and entry is not None:
                try:
                    if Timestamp.unpack(entry.hlc).wall_ms > limit:
                        out.append(entry)
                except ValueError:
                    continue
        return out

    # -- pull ---------------------------------------------------------------------------------

    def pull(self, report: SyncReport, progress: Progress, *, scope: str | None = None) -> int:
        """Apply the feed after the stored cursor (or one scope from the start)."""
        cursor = 0 if scope else int(self.db.meta(CURSOR_KEY) or 0)
        seen: set[tuple[str, str]] = set()
        pulled = 0
        # A first download can be large: learn its size from the checksums so the progress
        # shown is "12,000 of 100,000", not an endless spinner.
        expected = 0
        if cursor == 0:
            scopes = self.transport.get("/checksums").get("scopes") or {}
            wanted = [scopes.get(scope)] if scope else list(scopes.values())
            expected = sum(int(c.get("count", 0)) for c in wanted if isinstance(c, dict))
        while True:
            body: dict[str, Any] = {"cursor": cursor, "limit": PULL_PAGE}
            if scope:
                body["scope"] = scope
            page = self.transport.post("/pull", body)
            changes = page.get("changes") or []
            newest: Timestamp | None = None
            with self.db.unjournaled() as s:
                for change in changes:
                    if change.get("evict"):
                        self._evict(s, change["table"], change["row_id"])
                        report.evicted += 1
                        continue
                    self._apply_row(s, change, keep_pending_after=None)
                    seen.add((change["table"], change["row_id"]))
                    for clock in (change.get("clocks") or {}).values():
                        try:
                            ts = Timestamp.unpack(clock)
                        except ValueError:
                            continue
                        if newest is None or ts > newest:
                            newest = ts
                cursor = int(page.get("cursor", cursor))
                if not scope:
                    s.merge(LocalMeta(key=CURSOR_KEY, value=str(cursor)))
            if newest is not None:
                # The server quarantines clocks far in the future; ours must not follow them.
                with contextlib.suppress(ClockDriftError):
                    self.db.clock.observe(newest)
            pulled += len(changes)
            report.pulled += len(changes)
            progress.step(pulled, max(expected, pulled) if expected else 0,
                          f"Received {pulled:,} changes")
            if not page.get("more"):
                break
        if scope:
            # Whatever we hold in this scope that the server did not send is stale.
            with self.db.unjournaled() as s:
                stale = [
                    (r.tbl, r.row_id) for r in s.scalars(
                        select(SyncRowState).where(SyncRowState.scope == scope))
                    if (r.tbl, r.row_id) not in seen
                ]
                for tbl, row_id in stale:
                    self._evict(s, tbl, row_id)
                report.evicted += len(stale)
        return pulled

    # -- checksums ----------------------------------------------------------------------------

    def local_checksums(self) -> dict[str, tuple[int, int]]:
        """Per scope: (row count, checksum) over what the server last sent us."""
        sums: dict[str, list[int]] = {}
        with self.db.session() as s:
            for state in s.scalars(select(SyncRowState)):
                clocks = {"max": state.max_clock} if state.max_clock else {}
                sums.setdefault(state.scope, []).append(
                    p.row_checksum(state.tbl, state.row_id, clocks, state.deleted))
        return {scope: (len(v), p.combine(v)) for scope, v in sums.items()}

    def verify(self, report: SyncReport, progress: Progress) -> None:
        answer = self.transport.get("/checksums")
        remote: Mapping[str, Any] = answer.get("scopes") or {}
        local = self.local_checksums()
        for scope in sorted(set(local) | set(remote)):
            theirs = remote.get(scope)
            ours = local.get(scope)
            if theirs is None:
                if ours is not None:  # no longer visible to us: drop it
                    self._drop_scope(scope)
                    report.evicted += ours[0]
                continue
            if ours is None or (ours[0], ours[1]) != (int(theirs["count"]),
                                                       int(theirs["checksum"])):
                if ours is None and int(theirs["count"]) == 0:
                    continue
                log.warning("checksum mismatch in scope %s: downloading it again", scope)
                report.redownloaded_scopes.append(scope)
                self.pull(report, progress, scope=scope)

    # -- applying rows ------------------------------------------------------------------------

    def _pending_fields(self, s: Session, table: str, row_id: str,
                        after_seq: int | None) -> set[str]:
        query = select(OutboxEntry.fields, OutboxEntry.op).where(
            OutboxEntry.tbl == table, OutboxEntry.row_id == row_id)
        if after_seq is not None:
            query = query.where(OutboxEntry.seq > after_seq)
        pending: set[str] = set()
        for fields_json, op in s.execute(query):
            if op == "delete":
                pending.add("deleted")
            pending.update(json.loads(fields_json))
        return pending

    def _apply_row(self, s: Session, row: Mapping[str, Any], *,
                   keep_pending_after: int | None) -> None:
        table_name = str(row.get("table"))
        table = codec.table_of(table_name)
        if table is None or "scope" not in table.c:
            return  # a table of a newer version of the app: the server keeps it for us
        row_id = str(row["row_id"])
        clocks = row.get("clocks") or {}
        deleted = bool(row.get("deleted"))
        pending = self._pending_fields(s, table_name, row_id, keep_pending_after)
        known = codec.known_fields(table_name)
        values: dict[str, Any] = {}
        for name, value in (row.get("fields") or {}).items():
            if name in known and name not in pending and name not in ("id", "scope", "deleted"):
                values[name] = codec.wire_to_python(table_name, name, value)
        if "scope" not in pending:
            values["scope"] = row["scope"]
        if "deleted" not in pending:
            values["deleted"] = deleted
        exists = s.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None
        if exists:
            if values:
                s.execute(update(table).where(table.c.id == row_id).values(**values))
        else:
            values.setdefault("scope", row["scope"])
            s.execute(insert(table).values(id=row_id, **values))
        s.merge(SyncRowState(tbl=table_name, row_id=row_id, scope=str(row["scope"]),
                             max_clock=p.max_clock(clocks), deleted=deleted))

    def _evict(self, s: Session, table_name: str, row_id: str) -> None:
        table = codec.table_of(table_name)
        if table is not None and "scope" in table.c:
            s.execute(delete(table).where(table.c.id == row_id))
        s.execute(delete(SyncRowState).where(SyncRowState.tbl == table_name,
                                             SyncRowState.row_id == row_id))

    def _drop_scope(self, scope: str) -> None:
        with self.db.unjournaled() as s:
            rows = list(s.execute(select(SyncRowState.tbl, SyncRowState.row_id)
                                  .where(SyncRowState.scope == scope)))
            for tbl, row_id in rows:
                self._evict(s, tbl, row_id)


def _op(entry: OutboxEntry) -> dict[str, Any]:
    """One outbox entry as a push operation."""
    raw: dict[str, Any] = json.loads(entry.fields)
    if entry.op == "delete":
        return {"seq": entry.seq, "table": entry.tbl, "row_id": entry.row_id,
                "scope": entry.scope, "op": p.OP_DELETE, "fields": {},
                "clocks": {p.DELETED: entry.hlc}, "hlc": entry.hlc}
    fields = {
        name: codec.stored_to_wire(entry.tbl, name, value)
        for name, value in raw.items() if name not in p.IGNORED_FIELDS
    }
    return {"seq": entry.seq, "table": entry.tbl, "row_id": entry.row_id, "scope": entry.scope,
            "op": p.OP_UPSERT, "fields": fields, "clocks": dict.fromkeys(fields, entry.hlc),
            "hlc": entry.hlc}


def pending_rejections(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(SyncRejection.id))) or 0)


def ops_for(entries: Iterable[OutboxEntry]) -> list[dict[str, Any]]:
    """Push operations for outbox entries (exposed for tests and benchmarks)."""
    return [_op(e) for e in entries]
