"""Alembic migrations of the local database, applied at start-up.

Migrations only add (tables, nullable columns, indexes), so data typed on an older version is
never lost and a newer server can still talk to an older laptop. The check that nothing is
pending is cheap (one query plus reading the script folder), so it runs on every start.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: Revision ids are four-digit sequence numbers ("0001", "0002", ...) that prefix each
#: migration's file name, so the head is known without importing Alembic (a third of the
#: start-up time otherwise). tests/db/test_migrations.py checks this agrees with Alembic.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def is_local_index(name: str | None) -> bool:
    """True for the search index tables (``fts_*``, FTS5 and its shadow tables).

    They are created by migrations with raw SQL and deliberately left out of the models, so
    model/migration comparisons skip them.
    """
    return bool(name) and str(name).startswith("fts_")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name`` hook: compare everything but the local search index."""
    return not (type_ == "table" and is_local_index(name))


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    """The newest revision according to Alembic itself."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def packaged_head() -> str | None:
    """The newest revision by file name (the cheap check used at every start)."""
    revisions = [
        m.group(1) for p in (MIGRATIONS / "versions").iterdir()
        if (m := _REVISION_FILE.match(p.name))
    ]
    return max(revisions) if revisions else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table: a new, empty database
            return None


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    if current_revision(engine) == packaged_head():
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
