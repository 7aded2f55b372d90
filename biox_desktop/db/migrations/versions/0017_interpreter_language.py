"""meetings.interpreter_language and meeting_requests.interpreter_language, synced

A meeting that needed "an interpreter" now needs one of a language, so that the scheduler and
the conflict check can count the interpreters of each language on the roster. Meetings that
needed one get the main language of the mission's country (CLDR, through Babel), or "any"
where it is unknown.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("meeting_requests", "meetings")


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
    from biox_desktop.core.languages import main_language

    bind = op.get_bind()
    for table in TABLES:
        had_triggers = _drop_journal_triggers(table)
        op.add_column(table, sa.Column("interpreter_language", sa.String(8), nullable=True))
        if table == "meetings":
            # Filled in with the triggers off: every laptop derives the same value from its
            # own copy, so nothing is sent (a delegate may not even write meetings). A row an
            # older client syncs later is read the same way (db/agenda.py).
            for mission_id, country in bind.exec_driver_sql(
                "SELECT DISTINCT m.mission_id, s.country FROM meetings m "
                "JOIN missions s ON s.id = m.mission_id WHERE m.interpreter_needed = 1"
            ).all():
                bind.exec_driver_sql(
                    "UPDATE meetings SET interpreter_language = ? "
                    "WHERE mission_id = ? AND interpreter_needed = 1",
                    (main_language(country), mission_id))
        # Triggers made before the column existed would never journal it. A new file has
        # none yet: the engine installs them after the migrations.
        if had_triggers:
            _create_journal_triggers(table)


def downgrade() -> None:
    for table in TABLES:
        had_triggers = _drop_journal_triggers(table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN interpreter_language")
        if had_triggers:
            _create_journal_triggers(table)
