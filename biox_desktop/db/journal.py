"""The change journal: every write to a synced table lands in ``sync_outbox``.

The journal is kept by SQLite triggers, not by ORM hooks, because only triggers see every write
path: ORM flushes, bulk ``insert()``/``update()``/``delete()`` statements, ``executemany``, raw
SQL text. A trigger runs inside the statement that fired it, so the journal entry commits or
rolls back together with the edit; nothing edited can miss the next sync and nothing rolled
back is ever sent.

The triggers call two functions that each connection of :class:`biox_desktop.db.engine.Database`
registers:

* ``biox_hlc()`` returns a fresh hybrid-logical-clock timestamp for the change;
* ``biox_journal_on()`` is 1, except while the sync client applies changes pulled from the
  server on that connection (those are not local edits and must not be echoed back).

A tool that opens the file without these functions (the sqlite3 shell, another program) cannot
write to a synced table at all: its statement fails with "no such function". That is deliberate:
an unjournaled write would silently never sync.

Per field: an insert records every column, an update only the columns whose value changed, and a
hard ``DELETE`` (the app itself tombstones with ``deleted = 1`` instead) records a delete. Values
are captured as SQLite stores them; :mod:`biox_desktop.db.codec` turns them into wire values.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import JSON, LargeBinary, Table, text
from sqlalchemy.engine import Connection

from biox_desktop.db.models import Base, synced_tables

TRIGGER_PREFIX = "biox_journal_"


@dataclass
class JournalSwitch:
    """Per-connection flag read by ``biox_journal_on()``."""

    on: bool = True


def _value_expr(table: Table, column: str, row: str) -> str:
    """SQL giving a column's value in a form ``json_object`` accepts."""
    col = table.c[column]
    ref = f'{row}."{column}"'
    if isinstance(col.type, LargeBinary):
        # JSON cannot hold blobs; the codec knows to unhex this column. hex(NULL) is '' in
        # SQLite, which would turn "no photo" into "an empty photo" on every other laptop.
        return f"CASE WHEN {ref} IS NULL THEN NULL ELSE hex({ref}) END"
    if isinstance(col.type, JSON):
        return f"json({ref})"  # embed as JSON, not as a string holding JSON
    return ref


def trigger_sql(table: Table) -> list[str]:
    """CREATE TRIGGER statements journaling inserts, updates and deletes of ``table``."""
    name = table.name
    cols = [c.name for c in table.columns]
    all_pairs = ", ".join(f"'{c}', {_value_expr(table, c, 'NEW')}" for c in cols)
    # Updates: start from every column, then remove each one that did not change (json_remove
    # takes many paths; removing an absent key is a no-op, a harmless path for changed ones).
    paths = ", ".join(
        f"CASE WHEN OLD.\"{c}\" IS NEW.\"{c}\" THEN '$.{c}' ELSE '$.__changed__' END" for c in cols
    )
    removed = f"json_remove(json_object({all_pairs}), {paths})"
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in cols)
    return [
        f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_ins AFTER INSERT ON "{name}"
WHEN biox_journal_on() BEGIN
  INSERT INTO sync_outbox (tbl, row_id, scope, op, fields, hlc)
  VALUES ('{name}', NEW.id, NEW.scope, 'insert', json_object({all_pairs}), biox_hlc());
END""",
        f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_upd AFTER UPDATE ON "{name}"
WHEN biox_journal_on() AND ({changed}) BEGIN
  INSERT INTO sync_outbox (tbl, row_id, scope, op, fields, hlc)
  VALUES ('{name}', NEW.id, NEW.scope, 'update', {removed}, biox_hlc());
END""",
        f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_del AFTER DELETE ON "{name}"
WHEN biox_journal_on() BEGIN
  INSERT INTO sync_outbox (tbl, row_id, scope, op, fields, hlc)
  VALUES ('{name}', OLD.id, OLD.scope, 'delete', '{{}}', biox_hlc());
END""",
        # The id is the row's identity across every laptop: it may never change.
        f"""CREATE TRIGGER {TRIGGER_PREFIX}{name}_id BEFORE UPDATE OF id ON "{name}"
WHEN OLD.id IS NOT NEW.id BEGIN
  SELECT RAISE(ABORT, 'the id of a synced row cannot change');
END""",
    ]


def all_trigger_sql() -> list[str]:
    """Trigger statements for every synced table of the current models."""
    statements: list[str] = []
    for name in synced_tables():
        statements.extend(trigger_sql(Base.metadata.tables[name]))
    return statements


def triggers_version() -> str:
    """A hash of the trigger definitions: changes whenever a synced column is added."""
    return hashlib.sha256("\n".join(all_trigger_sql()).encode()).hexdigest()[:16]


def install_triggers(conn: Connection) -> None:
    """(Re)create the journal triggers to match the current schema, in the caller's transaction."""
    existing = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
        {"p": TRIGGER_PREFIX + "%"},
    ).scalars()
    for trigger in list(existing):
        conn.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
    for statement in all_trigger_sql():
        conn.exec_driver_sql(statement)
