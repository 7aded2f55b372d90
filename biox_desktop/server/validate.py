"""Checks of pushed ops against the typed schema, and the memory of push results.

The server never stores a row a laptop could not store (see "Typed schema" in
:mod:`biox_desktop.sync.protocol`): every write is checked against
:mod:`biox_desktop.sync.schema`, and the first write of a row must carry its required fields.
A push's per-op results are remembered per device and seq, so a retry after a lost answer is
told what happened the first time instead of a bare ``duplicate``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from biox_desktop.core.hlc import Timestamp
from biox_desktop.core.i18n import translate
from biox_desktop.server.models import PushResult, SyncRow
from biox_desktop.sync import protocol as P
from biox_desktop.sync import schema


def op_reason(
    conn: Connection, table: str, row_id: str, kind: str, fields: Mapping[str, Any],
    *, exists: bool | None = None,
) -> str | None:
    """Why this op would leave its row unstorable on a laptop, or ``None``.

    ``exists``: whether the row is stored, when the caller already knows (else looked up)."""
    if schema.table_spec(table) is None:
        return translate("sync", "unknown table {table!r}").format(table=table[:70])
    if exists is None:
        exists = conn.execute(
            select(SyncRow.seq).where(SyncRow.tbl == table, SyncRow.row_id == row_id)
        ).first() is not None
    if kind == P.OP_DELETE:
        if not exists:
            # A bare tombstone would reach laptops that never held the row as a row without
            # its required fields.
            return translate("sync", "the row does not exist on the server")
        return None
    return schema.check_write(table, fields, creating=not exists)


def value_reason(table: str, field: str, value: Any) -> str | None:
    """Why a single field value (a conflict resolution) cannot be stored, or ``None``."""
    if field in (P.DELETED, "scope"):
        return None
    return schema.check_write(table, {field: value}, creating=False)


# --------------------------------------------------------------------------------------------
# Remembered results


def op_key(op: Mapping[str, Any]) -> str:
    """A fingerprint of an op: the same seq with another op is not the same delivery."""
    text = "\x1f".join(str(op.get(k)) for k in ("table", "row_id", "op", "hlc"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def is_quarantined(result: Mapping[str, Any], op: Mapping[str, Any], limit_ms: int) -> bool:
    """A conflict because the op's clock ran more than the drift limit ahead of the server."""
    if result.get("status") != P.CONFLICT:
        return False
    clocks = [op.get("hlc"), *((op.get("clocks") or {}).values())]
    for clock in clocks:
        try:
            if isinstance(clock, str) and Timestamp.unpack(clock).wall_ms > limit_ms:
                return True
        except ValueError:
            continue
    return False


def remembered(
    conn: Connection, device_id: str, ops: list[Mapping[str, Any]]
) -> dict[int, Any]:
    """The remembered results of these (duplicate) ops whose fingerprint matches."""
    seqs = [op["seq"] for op in ops]
    if not seqs:
        return {}
    rows = conn.execute(
        select(PushResult).where(PushResult.device_id == device_id, PushResult.seq.in_(seqs))
    ).all()
    keys = {op["seq"]: op_key(op) for op in ops}
    return {r.seq: r for r in rows if keys.get(r.seq) == r.op_key}


def remember(
    conn: Connection,
    device_id: str,
    done: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
    lowest_seq: int | None,
) -> None:
    """Store the results of newly processed ops; forget those below ``lowest_seq``.

    The client sends its outbox oldest first and deletes entries only once acknowledged, so a
    push starting at ``lowest_seq`` proves everything below was answered.
    """
    if lowest_seq is not None:
        conn.execute(
            delete(PushResult).where(
                PushResult.device_id == device_id, PushResult.seq < lowest_seq
            )
        )
    if not done:
        return
    conn.execute(
        insert(PushResult),
        [
            {
                "device_id": device_id,
                "seq": op["seq"],
                "op_key": op_key(op),
                "status": result["status"],
                "reason": result.get("reason"),
                "quarantined": bool(result.get("quarantined")),
            }
            for op, result in done
        ],
    )
