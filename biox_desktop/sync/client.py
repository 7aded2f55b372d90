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
* **Redacted rows** (a roster entry's sensitive fields, for a user not entitled to them: see
  "Sensitive roster fields" in the protocol) are stored with ``null`` in those fields, as any
  pulled change, so they are never journaled or pushed back. Once per change of the server's
  redaction rules, the scopes holding roster entries are downloaded again
  (:meth:`SyncClient.catch_up_redaction`): values an older server sent are overwritten.

Pulled changes are applied with the journal switched off (they are not local edits) and with
foreign keys unchecked: a laptop may legitimately hold a row whose parent it may not see.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, delete, func, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from biox_desktop.core.hlc import MAX_DRIFT_MS, ClockDriftError, Timestamp
from biox_desktop.core.i18n import translate
from biox_desktop.core.progress import Progress
from biox_desktop.db.engine import Database
from biox_desktop.db.migrate import packaged_head
from biox_desktop.db.models import (
    LocalMeta,
    OutboxEntry,
    SyncQuarantine,
    SyncRejection,
    SyncRowState,
)
from biox_desktop.sync import codec, schema
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
#: The server's redaction rules this laptop's copy follows (see "Sensitive roster fields" in
#: the protocol); below the server's, its roster scopes are downloaded again once.
REDACTION_KEY = "redaction_version"


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
    #: Rows from the server this laptop could not store, set aside this sync (with reasons).
    quarantined: int = 0
    #: Rows still set aside after this sync (retried at every sync).
    quarantined_held: int = 0
    redownloaded_scopes: list[str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)
    quarantine: list[str] = field(default_factory=list)
    #: Each change the server refused this sync: ``{table, row_id, op, reason}`` (kept in
    #: ``sync_rejections`` until retried or discarded, see :mod:`biox_desktop.sync.refusals`).
    refused: list[dict[str, str]] = field(default_factory=list)

    def add(self, other: SyncReport) -> None:
        """Count a further round (after merges were forwarded) in this report: every field."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            # A state, not a count: the later round's figure is the current one.
            setattr(self, f.name, theirs if f.name == "quarantined_held" else mine + theirs)


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
        # A laptop that never pulled holds nothing from before the redaction rules.
        fresh = int(self.db.meta(CURSOR_KEY) or 0) == 0
        while True:
            try:
                self.push(report, progress)
                self.pull(report, progress)
                self.catch_up_redaction(report, progress, fresh=fresh)
                self.retry_quarantine(report)
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
            progress.step(
                sent, total, translate("sync", "Sending {total:,} changes").format(total=total)
            )
            ops = [_op(e) for e in entries]
            # Stay under the server's cap on a push body (documents make big ops): cut the
            # batch where it would exceed it; the rest goes in the next round.
            size, keep = 0, 0
            for op in ops:
                size += len(json.dumps(op, separators=(",", ":"))) + 1
                if keep and size > p.MAX_PUSH_BYTES - 64 * 1024:
                    break
                keep += 1
            ops, entries = ops[:keep], entries[:keep]
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
                for held in quarantined:
                    s.add(OutboxEntry(tbl=held.tbl, row_id=held.row_id, scope=held.scope,
                                      op=held.op, fields=held.fields,
                                      hlc=self.db.clock.now().pack()))
                report.requeued += len(quarantined)
                # "duplicate": the server processed this seq but no longer knows (or never
                # knew, for a laptop restored from an old backup re-using seqs) what became of
                # this op. Sent again under a new seq with its own clock: applying the same
                # write twice changes nothing, losing it would.
                unknown = [by_seq[int(r.get("seq", -1))] for r in results
                           if r.get("status") == p.DUPLICATE and int(r.get("seq", -1)) in by_seq]
                if unknown:
                    s.execute(text("UPDATE sqlite_sequence SET seq = :n "
                                   "WHERE name = 'sync_outbox' AND seq < :n"), {"n": last_seq})
                    for again in unknown:
                        s.add(OutboxEntry(tbl=again.tbl, row_id=again.row_id, scope=again.scope,
                                          op=again.op, fields=again.fields, hlc=again.hlc))
                    report.requeued += len(unknown)
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
                        report.refused.append({"table": entry.tbl, "row_id": entry.row_id,
                                               "op": entry.op, "reason": reason})
                        s.add(SyncRejection(seq=seq, tbl=entry.tbl, row_id=entry.row_id,
                                            op=entry.op, fields=entry.fields, reason=reason))
                    row = result.get("row")
                    if status != p.APPLIED and isinstance(row, dict):
                        self._apply_rows(s, [row], pending_after_seq=seq, report=report)
                        if status == p.REJECTED and entry is not None:
                            self._unset_refused(s, entry, row)
                s.execute(delete(OutboxEntry).where(OutboxEntry.seq <= last_seq))
            acknowledged = sum(1 for e in entries if e.seq <= last_seq)
            if acknowledged == 0:
                raise SyncError(
                    translate("sync", "the server did not acknowledge any change; try again later")
                )
            sent += acknowledged
            report.pushed += acknowledged

    def _unset_refused(self, s: Session, entry: OutboxEntry, row: Mapping[str, Any]) -> None:
        """Back to the server's version: a refused field the server's row does not carry was
        never written there, so it is empty (unless a later local edit of it waits)."""
        table = codec.table_of(entry.tbl)
        if table is None:
            return
        held = self._pending(s, {(entry.tbl, entry.row_id)}, entry.seq).get(
            (entry.tbl, entry.row_id), set())
        server = row.get("fields") or {}
        names = [n for n in json.loads(entry.fields or "{}")
                 if n in table.c and n not in server and n not in held
                 and n not in ("id", "scope", "deleted") and table.c[n].nullable]
        if names:
            s.execute(update(table).where(table.c.id == entry.row_id)
                      .values(dict.fromkeys(names)))

    def _quarantined(self, answer: Mapping[str, Any], results: list[Any],
                     by_seq: dict[int, OutboxEntry]) -> list[OutboxEntry]:
        """Entries refused for a clock in the future; corrects our clock when it runs ahead."""
        flagged = [by_seq[int(r.get("seq", -1))] for r in results
                   if r.get("quarantined") and int(r.get("seq", -1)) in by_seq]
        server_ms = answer.get("server_time_ms")
        if not isinstance(server_ms, int):
            return flagged
        if self.db.clock.correct(server_ms):
            log.warning("this computer's clock runs ahead of the server's; corrected by %d ms",
                        self.db.clock.offset_ms)
            self.db.set_meta(CLOCK_OFFSET_KEY, str(self.db.clock.offset_ms))
        limit = server_ms + MAX_DRIFT_MS
        out = []
        for result in results:
            entry = by_seq.get(int(result.get("seq", -1)))
            if entry in flagged:
                out.append(entry)
            elif result.get("status") == p.CONFLICT and entry is not None:
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
        erased_any = False
        first_cursor = int(self.db.meta(CURSOR_KEY) or 0)
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
                live = [c for c in changes if not c.get("evict")]
                for change in changes:
                    if change.get("evict"):
                        self._evict(s, change["table"], change["row_id"])
                        report.evicted += 1
                self._apply_rows(s, live, report=report)
                # An erasure record: erase the person here too (their unsent edits dropped).
                erasures = [(str(c["row_id"]), pid) for c in live
                            if c.get("table") == "erasures" and not c.get("deleted")
                            and isinstance(pid := (c.get("fields") or {}).get("person_id"),
                                           str)]
                if erasures:
                    from biox_desktop.db.erasure import apply_pulled

                    done = apply_pulled(s, erasures)
                    report.rejected += done.get("dropped_edits", 0)
                    # A first download gets blank tombstones: nothing to wipe from the file.
                    erased_any = erased_any or first_cursor > 0 or bool(done.get("held"))
                for change in live:
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
            progress.step(
                pulled,
                max(expected, pulled) if expected else 0,
                translate("sync", "Received {pulled:,} changes").format(pulled=pulled),
            )
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
        if erased_any:
            from biox_desktop.db.erasure import vacuum

            try:  # no free page may keep the erased values; a busy file is vacuumed next time
                vacuum(self.db)
            except Exception:
                log.warning("vacuum after an erasure failed", exc_info=True)
        return pulled

    def catch_up_redaction(self, report: SyncReport, progress: Progress, *,
                           fresh: bool = False) -> None:
        """Once per change of the server's redaction rules: download again every scope this
        laptop holds roster entries of, so that values it may no longer hold (another
        delegate's passport, needs, emergency contact) are overwritten by the redacted rows.

        Nothing happens against a server without the rules (asked again at the next sync); a
        laptop that had pulled nothing before this sync only records the version.
        """
        done = int(self.db.meta(REDACTION_KEY) or 0)
        if done >= p.REDACTION_VERSION:
            return
        answer = self.transport.get("/checksums")
        version = answer.get("redaction")
        if not isinstance(version, int) or version <= done:
            return
        if not fresh:
            visible = set(answer.get("scopes") or {})
            with self.db.unjournaled() as s:
                held = set(s.scalars(select(SyncRowState.scope).where(
                    SyncRowState.tbl.in_(sorted(p.SENSITIVE_FIELDS))).distinct()))
            # A scope no longer visible is dropped by the checksum comparison instead.
            scopes = sorted(held & visible)
            for scope in scopes:
                log.info("downloading scope %s again under the server's redaction rules", scope)
                report.redownloaded_scopes.append(scope)
                self.pull(report, progress, scope=scope)
            if scopes:
                self._scrub()
        self.db.set_meta(REDACTION_KEY, str(version))

    def _scrub(self) -> None:
        """Leave no trace of overwritten values in the file: SQLite keeps a changed row's old
        bytes in the page's free space and in the write-ahead log. VACUUM rebuilds every page;
        the checkpoint then empties the log (once per change of the redaction rules)."""
        from biox_desktop.db import crypto

        conn = self.db.raw_connection()
        try:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except crypto.dbapi().Error as exc:  # a full disk, say: the values are gone already
            log.warning("could not compact the database after the redaction: %s", exc)
        finally:
            conn.close()

    # -- checksums ----------------------------------------------------------------------------

    def local_checksums(self) -> dict[str, tuple[int, int]]:
        """Per scope: (row count, checksum) over what the server last sent us.

        Added up by SQLite from the halves stored per row: a sync with nothing to do must not
        cost a Python loop over every row the laptop holds.
        """
        with self.db.unjournaled() as s:
            missing = list(s.execute(select(SyncRowState.tbl, SyncRowState.row_id,
                                            SyncRowState.max_clock, SyncRowState.deleted)
                                     .where(SyncRowState.ck_hi.is_(None))))
            for tbl, row_id, clock, deleted in missing:  # rows pulled before the halves existed
                hi, lo = _halves(p.row_checksum(tbl, row_id, {"max": clock} if clock else {},
                                                deleted))
                s.execute(update(SyncRowState).where(SyncRowState.tbl == tbl,
                                                     SyncRowState.row_id == row_id)
                          .values(ck_hi=hi, ck_lo=lo))
            rows = s.execute(select(SyncRowState.scope, func.count(), func.sum(SyncRowState.ck_hi),
                                    func.sum(SyncRowState.ck_lo))
                             .group_by(SyncRowState.scope)).all()
        return {scope: (int(n), ((int(hi or 0) << 32) + int(lo or 0)) % (1 << 64))
                for scope, n, hi, lo in rows}

    def verify(self, report: SyncReport, progress: Progress) -> None:
        """Compare per-scope checksums; download again any scope that drifted.

        The server says which feed position its sums describe; when others pushed since our
        pull, we pull the rest first, so their changes are not mistaken for a drift.
        """
        for _attempt in range(3):
            answer = self.transport.get("/checksums")
            server_cursor = answer.get("cursor")
            if not isinstance(server_cursor, int):
                break
            if server_cursor <= int(self.db.meta(CURSOR_KEY) or 0):
                break
            self.pull(report, progress)
        else:
            log.info("the server is busy: checksums are compared at the next sync")
            return
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

    def _pending(self, s: Session, keys: set[tuple[str, str]],
                 after_seq: int | None) -> dict[tuple[str, str], set[str]]:
        """Fields of these rows with a local edit still waiting in the outbox."""
        pending: dict[tuple[str, str], set[str]] = {}
        if not keys or s.execute(select(OutboxEntry.seq).limit(1)).first() is None:
            return pending
        ids = sorted({row_id for _, row_id in keys})
        for chunk in _chunks(ids, 500):
            query = select(OutboxEntry.tbl, OutboxEntry.row_id, OutboxEntry.fields,
                           OutboxEntry.op).where(OutboxEntry.row_id.in_(chunk))
            if after_seq is not None:
                query = query.where(OutboxEntry.seq > after_seq)
            for tbl, row_id, fields_json, op in s.execute(query):
                if (tbl, row_id) not in keys:
                    continue
                names = pending.setdefault((tbl, row_id), set())
                if op == "delete":
                    names.add("deleted")
                names.update(json.loads(fields_json))
        return pending

    def _apply_rows(self, s: Session, rows: list[Mapping[str, Any]], *,
                    pending_after_seq: int | None = None,
                    report: SyncReport | None = None) -> None:
        """Apply server rows; a row this laptop cannot store is quarantined, the rest applies.

        The whole list is tried at once inside a savepoint (the fast path); if any row fails,
        each row is tried again in its own savepoint and the failing ones are set aside in
        ``sync_quarantine`` with the reason (their row state is recorded as received, so the
        checksums do not ask for them again and again; they are retried at every sync).
        """
        if not rows:
            return
        try:
            with s.begin_nested():
                self._store_rows(s, rows, pending_after_seq)
        except _UNSTORABLE:
            for row in rows:
                try:
                    with s.begin_nested():
                        self._store_rows(s, [row], pending_after_seq)
                except _UNSTORABLE as exc:
                    self._quarantine(s, row, _reason(exc), report)
                else:
                    self._release(s, [row])
            return
        self._release(s, rows)

    def _quarantine(self, s: Session, row: Mapping[str, Any], reason: str,
                    report: SyncReport | None) -> None:
        """Set a pulled row aside with the reason (replacing an older version of it)."""
        table, row_id = str(row.get("table")), str(row.get("row_id"))
        log.warning("a row from the server cannot be stored here (%s %s): %s", table, row_id,
                    reason)
        held = s.get(SyncQuarantine, (table, row_id))
        body = json.dumps(dict(row), ensure_ascii=False, default=str)
        if held is None:
            s.add(SyncQuarantine(tbl=table, row_id=row_id, scope=str(row.get("scope")),
                                 row=body, reason=reason))
        else:
            held.row, held.reason, held.scope = body, reason, str(row.get("scope"))
            held.attempts += 1
        clocks = row.get("clocks") or {}
        deleted = bool(row.get("deleted"))
        hi, lo = _halves(p.row_checksum(table, row_id, clocks, deleted))
        s.merge(SyncRowState(tbl=table, row_id=row_id, scope=str(row.get("scope")),
                             max_clock=p.max_clock(p.checksum_clocks(table, clocks)),
                             deleted=deleted, ck_hi=hi, ck_lo=lo))
        s.flush()
        if report is not None:
            report.quarantined += 1
            report.quarantine.append(
                translate("sync", "{table} {row_id}: {reason}").format(
                    table=table, row_id=row_id, reason=reason))

    def _release(self, s: Session, rows: list[Mapping[str, Any]]) -> None:
        """Rows stored at last: their quarantined versions are superseded."""
        if s.execute(select(SyncQuarantine.tbl).limit(1)).first() is None:
            return  # the usual case: nothing set aside, nothing to look up
        for row in rows:
            s.execute(delete(SyncQuarantine).where(
                SyncQuarantine.tbl == str(row.get("table")),
                SyncQuarantine.row_id == str(row.get("row_id"))))

    def retry_quarantine(self, report: SyncReport) -> None:
        """Try the rows set aside again (their parent may have arrived since)."""
        with self.db.unjournaled() as s:
            held = list(s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.first_seen_at)))
            for entry in held:
                row = json.loads(entry.row)
                try:
                    with s.begin_nested():
                        self._store_rows(s, [row], None)
                except _UNSTORABLE as exc:
                    entry.attempts += 1
                    entry.reason = _reason(exc)
                else:
                    s.delete(entry)
            s.flush()
            report.quarantined_held = int(
                s.execute(select(func.count()).select_from(SyncQuarantine)).scalar() or 0)

    def _store_rows(self, s: Session, rows: list[Mapping[str, Any]],
                    pending_after_seq: int | None) -> None:
        """Apply server rows: inserts in bulk, updates per row, row states in bulk.

        Fields with a newer local edit pending keep the local value (the push will settle them).
        Raises when a row cannot be stored (see ``_UNSTORABLE``); the caller's savepoint undoes
        the partial work.
        """
        by_table: dict[str, list[Mapping[str, Any]]] = {}
        for row in rows:
            table = codec.table_of(str(row.get("table")))
            if table is None or "scope" not in table.c:
                continue  # a table of a newer version of the app: the server keeps it for us
            by_table.setdefault(table.name, []).append(row)
        keys = {(t, str(r["row_id"])) for t, rs in by_table.items() for r in rs}
        pending = self._pending(s, keys, pending_after_seq)
        states: list[dict[str, Any]] = []
        for table_name, table_rows in by_table.items():
            table = codec.table_of(table_name)
            assert table is not None
            known = codec.known_fields(table_name)
            ids = [str(r["row_id"]) for r in table_rows]
            existing: set[str] = set()
            for chunk in _chunks(ids, 500):
                existing.update(s.execute(select(table.c.id).where(table.c.id.in_(chunk)))
                                .scalars())
            inserts: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row in table_rows:
                row_id = str(row["row_id"])
                held = pending.get((table_name, row_id), set())
                deleted = bool(row.get("deleted"))
                values: dict[str, Any] = {
                    name: codec.wire_to_python(table_name, name, value)
                    for name, value in (row.get("fields") or {}).items()
                    if name in known and name not in held and name not in ("id", "scope",
                                                                            "deleted")
                }
                if "scope" not in held:
                    values["scope"] = row["scope"]
                if "deleted" not in held:
                    values["deleted"] = deleted
                problem = schema.check_pulled(
                    table_name,
                    {k: v for k, v in (row.get("fields") or {}).items()
                     if k not in held and k not in ("id", "scope", "deleted")},
                    creating=row_id not in existing,
                )
                if problem:
                    raise Unstorable(problem)
                if not p.is_valid_scope(row.get("scope")):
                    raise Unstorable(translate("sync", "the row's scope is not valid"))
                if row_id in existing:
                    if values:  # every field may be held by local edits waiting to be sent
                        updates.setdefault(tuple(sorted(values)), []).append(
                            {**values, "_row_id": row_id})
                else:
                    values.setdefault("scope", row["scope"])
                    values["id"] = row_id
                    existing.add(row_id)
                    inserts.setdefault(tuple(sorted(values)), []).append(values)
                clocks = row.get("clocks") or {}
                hi, lo = _halves(p.row_checksum(table_name, row_id, clocks, deleted))
                states.append({"tbl": table_name, "row_id": row_id, "scope": str(row["scope"]),
                               "max_clock": p.max_clock(p.checksum_clocks(table_name, clocks)),
                               "deleted": deleted,
                               "ck_hi": hi, "ck_lo": lo})
            for batch in inserts.values():
                _bulk_insert(s, table, batch)
            # Rows of a page are distinct (the server sends a row once per page), so the
            # updates can go in bulk too, one statement per set of columns.
            for batch in updates.values():
                s.execute(update(table).where(table.c.id == bindparam("_row_id")), batch)
        if states:
            _bulk_insert(s, SyncRowState.__table__, states, upsert=(
                "ON CONFLICT (tbl, row_id) DO UPDATE SET scope = excluded.scope, "
                "max_clock = excluded.max_clock, deleted = excluded.deleted, "
                "ck_hi = excluded.ck_hi, ck_lo = excluded.ck_lo"))

    def _evict(self, s: Session, table_name: str, row_id: str) -> None:
        table = codec.table_of(table_name)
        if table is not None and "scope" in table.c:
            s.execute(delete(table).where(table.c.id == row_id))
        s.execute(delete(SyncRowState).where(SyncRowState.tbl == table_name,
                                             SyncRowState.row_id == row_id))
        s.execute(delete(SyncQuarantine).where(SyncQuarantine.tbl == table_name,
                                               SyncQuarantine.row_id == row_id))

    def _drop_scope(self, scope: str) -> None:
        with self.db.unjournaled() as s:
            rows = list(s.execute(select(SyncRowState.tbl, SyncRowState.row_id)
                                  .where(SyncRowState.scope == scope)))
            for tbl, row_id in rows:
                self._evict(s, tbl, row_id)


def _bulk_insert(s: Session, table: Table, rows: list[dict[str, Any]], *,
                 upsert: str = "") -> None:
    """Insert rows that share one set of keys with a single ``executemany`` at the driver.

    What ``session.execute(insert(table), rows)`` stores, at a fraction of its cost on a
    first sync's 100,000 rows: the columns' own bind conversions (JSON, instants, booleans)
    and Python-side defaults of the columns the rows leave out are applied the same way.
    Driver errors still arrive as SQLAlchemy errors (the caller quarantines on them).
    """
    conn = s.connection()
    sql, names, defaults, processors = _insert_plan(conn.dialect, table, tuple(rows[0]),
                                                    upsert)
    params = []
    for row in rows:
        values = [row[n] for n in names]
        values.extend(d.arg if d.is_scalar else d.arg(None) for d in defaults)
        params.append(tuple(v if proc is None else proc(v)
                            for v, proc in zip(values, processors, strict=True)))
    conn.exec_driver_sql(sql, params)


@functools.lru_cache(maxsize=256)
def _insert_plan(dialect: Any, table: Table, names: tuple[str, ...], upsert: str
                 ) -> tuple[str, tuple[str, ...], tuple[Any, ...], tuple[Any, ...]]:  # fmt: skip
    """The SQL, defaulted columns and bind conversions of :func:`_bulk_insert` (memoised)."""
    defaulted = [c for c in table.c if c.name not in names and c.default is not None]
    columns = [table.c[n] for n in names] + defaulted
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)}) {upsert}")
    processors = tuple(c.type.bind_processor(dialect) for c in columns)
    return sql, names, tuple(c.default for c in defaulted), processors


class Unstorable(ValueError):
    """A pulled row that does not fit this laptop's schema (the typed sync schema says why)."""


#: What a pulled row that this laptop cannot store raises while being applied.
_UNSTORABLE = (Unstorable, codec.CodecError, SQLAlchemyError, ValueError, TypeError, KeyError)


def _reason(exc: BaseException) -> str:
    """A short reason for a quarantined row (driver messages can be long)."""
    orig = getattr(exc, "orig", None) if isinstance(exc, SQLAlchemyError) else None
    message = str(orig or exc)
    return message.splitlines()[0][:300] if message else type(exc).__name__


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


def _halves(checksum: int) -> tuple[int, int]:
    return checksum >> 32, checksum & 0xFFFFFFFF


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
