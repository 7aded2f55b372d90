"""Alembic environment of the sync server (its own tables only, never the desktop's)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, text

from biox_desktop.server.db import MIGRATION_LOCK_KEY, make_engine
from biox_desktop.server.models import ServerBase

config = context.config
target_metadata = ServerBase.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several server processes may start at once: one migrates, the others then
            # find the schema already at head.
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate on the connection the server passed in, or on one made from the URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("no database URL: pass -x url=...")
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported for the server database")
run_migrations_online()
