"""people.vcard_extra: what a lead's vCard holds beyond the lead model, written back on export

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _drop_journal_triggers() -> list[str]:
    """Drop the journal triggers of ``people`` (each names every column); their names."""
    from biox_desktop.db import journal

    bind = op.get_bind()
    names = list(bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'people' "
        f"AND name LIKE '{journal.TRIGGER_PREFIX}%'").scalars())
    for name in names:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return names


def _create_journal_triggers() -> None:
    """Journal triggers of ``people`` for its columns as they now are."""
    from biox_desktop.db import journal

    table = sa.Table("people", sa.MetaData(), autoload_with=op.get_bind())
    for statement in journal.trigger_sql(table):
        op.get_bind().exec_driver_sql(statement)


def upgrade() -> None:
    # Only adds a nullable column: an older client that syncs without it keeps working.
    op.add_column("people", sa.Column("vcard_extra", sa.JSON(), nullable=True))
    # Triggers made before the column existed would never journal it. A new file has none
    # yet: the engine installs them after the migrations.
    if _drop_journal_triggers():
        _create_journal_triggers()


def downgrade() -> None:
    # SQLite refuses to drop a column a trigger names, and a batch copy of "people" would
    # break the foreign keys that point at it: drop the triggers, then the column (3.35+).
    had_triggers = _drop_journal_triggers()
    op.execute("ALTER TABLE people DROP COLUMN vcard_extra")
    if had_triggers:
        _create_journal_triggers()
