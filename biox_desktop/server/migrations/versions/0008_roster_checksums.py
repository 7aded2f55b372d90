"""Scope checksums no longer cover the sensitive roster fields: recompute the running sums.

A roster entry's passport, visa, needs, emergency contact and notes reach only the entitled
(see "Sensitive roster fields" in ``biox_desktop.sync.protocol``), so a row's checksum leaves
their clocks out. The per-scope sums kept in ``scope_stats`` were added up with the old rule:
every scope holding roster entries is summed again from its rows. Other scopes are unchanged.

The rule is written out here as it stood at this revision (a migration must not change when the
code does later).

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None

_SENSITIVE = {
    "roster_entries": frozenset({
        "passport_expiry", "visa_status", "dietary", "accessibility",
        "emergency_contact_name", "emergency_contact_phone", "notes",
    }),
}  # fmt: skip

_rows = sa.table(
    "sync_rows",
    sa.column("tbl", sa.String),
    sa.column("row_id", sa.String),
    sa.column("scope", sa.String),
    sa.column("clocks", sa.JSON),
    sa.column("deleted", sa.Boolean),
)
_stats = sa.table(
    "scope_stats",
    sa.column("scope", sa.String),
    sa.column("row_count", sa.BigInteger),
    sa.column("checksum", sa.String),
)


def _checksum(table: str, row_id: str, clocks: dict[str, str], deleted: bool) -> int:
    hidden = _SENSITIVE.get(table, frozenset())
    newest = max((c for k, c in (clocks or {}).items() if k not in hidden), default="")
    text = f"{table}\x1f{row_id}\x1f{newest}\x1f{1 if deleted else 0}"
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def _recompute(checksum: Callable[[str, str, dict[str, str], bool], int]) -> None:
    conn = op.get_bind()
    scopes = conn.execute(
        sa.select(_rows.c.scope).where(_rows.c.tbl.in_(sorted(_SENSITIVE))).distinct()
    ).scalars().all()
    for scope in scopes:
        total, count = 0, 0
        for r in conn.execute(
            sa.select(_rows.c.tbl, _rows.c.row_id, _rows.c.clocks, _rows.c.deleted)
            .where(_rows.c.scope == scope)
        ):
            total = (total + checksum(r.tbl, r.row_id, r.clocks, bool(r.deleted))) % (1 << 64)
            count += 1
        conn.execute(
            sa.update(_stats)
            .where(_stats.c.scope == scope)
            .values(row_count=count, checksum=str(total))
        )


def _old_checksum(table: str, row_id: str, clocks: dict[str, str], deleted: bool) -> int:
    newest = max((clocks or {}).values(), default="")
    text = f"{table}\x1f{row_id}\x1f{newest}\x1f{1 if deleted else 0}"
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def upgrade() -> None:
    _recompute(_checksum)


def downgrade() -> None:
    _recompute(_old_checksum)
