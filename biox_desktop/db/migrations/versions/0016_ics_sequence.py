"""agenda_items.ics_sequence and meetings.ics_sequence: the iCalendar SEQUENCE, synced

Revision ID: 0016
Revises: 0011
Create Date: 2026-12-02 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("agenda_items", "meetings")


def _drop_journal_triggers(table: str) -> list[str]:
    """Drop the journal triggers of ``table`` (each names every column); their names."""
    from biox_desktop.db import journal

    bind = op.get_bind()
    names = list(bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
        "AND name LIKE ?", (table, f"{journal.TRIGGER_PREFIX}%")).scalars())
    for name in names:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return names


def _create_journal_triggers(table: str) -> None:
    """Journal triggers of ``table`` for its columns as they now are."""
    from biox_desktop.db import journal

    reflected = sa.Table(table, sa.MetaData(), autoload_with=op.get_bind())
    for statement in journal.trigger_sql(reflected):
        op.get_bind().exec_driver_sql(statement)


def upgrade() -> None:
    # Only adds a column with a default: an older client that syncs without it keeps working
    # (its rows read as sequence 0 until a newer laptop raises it).
    for table in TABLES:
        op.add_column(table, sa.Column("ics_sequence", sa.Integer(), nullable=False,
                                       server_default="0"))
        # Triggers made before the column existed would never journal it. A new file has
        # none yet: the engine installs them after the migrations.
        if _drop_journal_triggers(table):
            _create_journal_triggers(table)


def downgrade() -> None:
    for table in TABLES:
        had_triggers = _drop_journal_triggers(table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN ics_sequence")
        if had_triggers:
            _create_journal_triggers(table)
