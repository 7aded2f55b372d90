"""Engines, migrations and the two kinds of transaction the server uses.

* :func:`write_tx` serialises writers that touch the change feed: ``BEGIN IMMEDIATE`` on SQLite
  (one writer at a time), and on PostgreSQL a transaction-scoped advisory lock taken first, so
  sequence numbers are assigned and committed in the same order across every server process.
* :func:`read_tx` is one consistent snapshot: ``REPEATABLE READ`` on PostgreSQL, a single
  deferred read transaction on SQLite (WAL gives readers a stable snapshot).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: Advisory lock key for pushes (any constant shared by every server process).
PUSH_LOCK_KEY = 0x62696F78  # "biox"
MIGRATION_LOCK_KEY = PUSH_LOCK_KEY + 1


def is_postgres(engine_or_conn: Engine | Connection) -> bool:
    """True when the database is PostgreSQL."""
    return engine_or_conn.dialect.name == "postgresql"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` set up for the server (SQLite: WAL, foreign keys, explicit BEGIN)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        _setup_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _setup_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling cannot issue BEGIN IMMEDIATE; take it over.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("biox_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the server-wide write lock until it commits."""
    with engine.connect() as conn:
        conn = conn.execution_options(biox_write=True)
        with conn.begin():
            if is_postgres(conn):
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK_KEY})
            yield conn


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    """A read-only consistent snapshot."""
    with engine.connect() as conn:
        if is_postgres(conn):
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            if is_postgres(conn):
                conn.execute(text("SET TRANSACTION READ ONLY"))
            yield conn


@contextmanager
def plain_tx(engine: Engine) -> Iterator[Connection]:
    """An ordinary short transaction (no feed lock): accounts, devices, rate limiting.

    On SQLite it still begins IMMEDIATE: a deferred transaction that reads and then writes can
    fail at once with "database is locked" when another writer got in between.
    """
    with engine.connect() as conn:
        conn = conn.execution_options(biox_write=True)
        with conn.begin():
            yield conn


def alembic_config(url: str | None = None) -> Any:
    """An Alembic config pointing at the migrations shipped in this package."""
    from alembic.config import Config

    cfg = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision (idempotent; safe from several processes)."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
