"""Opening the local database: engine, pragmas, migrations, journal, device identity.

One :class:`Database` per data folder. It owns the SQLAlchemy engine and session factory, the
hybrid logical clock of this laptop (its node id is the device id stored in the file), and the
per-connection SQL functions the journal triggers call.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from biox_desktop.core.hlc import HybridLogicalClock
from biox_desktop.core.i18n import translate
from biox_desktop.core.names import strip_honorifics
from biox_desktop.core.text import fold
from biox_desktop.db import journal
from biox_desktop.db.models import LocalMeta, OutboxEntry

DB_FILENAME = "biox.sqlite3"
#: Personal data: only the laptop's user may read the data folder and the database.
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private(path: Path) -> None:
    """Restrict ``path`` to its owner (where the OS has POSIX modes; a no-op on Windows, whose
    per-user profile folders are private already). The folder of the database gets 0700, the
    database and its WAL/SHM companions 0600; SQLite creates the companions with the database
    file's mode, so setting it before the first connection covers them."""
    if os.name != "posix":
        return
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if folder.stat().st_uid == os.getuid():
        folder.chmod(PRIVATE_FOLDER_MODE)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
    for companion in (path, path.with_name(path.name + "-wal"),
                      path.with_name(path.name + "-shm"),
                      path.with_name(path.name + "-journal")):  # fmt: skip
        with contextlib.suppress(FileNotFoundError):
            companion.chmod(PRIVATE_FILE_MODE)


T = TypeVar("T")


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` is SQLite's "another connection wrote first": with the sync on its own
    connection, a transaction that read and then writes after the sync committed a page fails at
    once (SQLITE_BUSY_SNAPSHOT in WAL; busy_timeout does not wait for it)."""
    if not isinstance(error, OperationalError):
        return False
    text_ = str(error.orig if error.orig is not None else error).lower()
    return "database is locked" in text_ or "database is busy" in text_


def retry_when_busy(work: Callable[[], T], attempts: int = 4, pause_s: float = 0.05) -> T:
    """``work()`` again when it failed only because another connection wrote first. For work
    that is one transaction (a quick capture): the failed attempt was rolled back whole, so a
    new attempt on the new snapshot is the same change, made once."""
    for attempt in range(attempts):
        try:
            return work()
        except OperationalError as exc:
            if attempt == attempts - 1 or not is_busy(exc):
                raise
            time.sleep(pause_s * (attempt + 1))
    raise AssertionError("unreachable")


class DatabaseError(RuntimeError):
    """The local database cannot be opened or upgraded; the message says why and where."""


def _begin(conn: Any) -> None:
    # The driver runs in autocommit mode (see _on_connect) and we open the transaction
    # ourselves, so it starts at the first statement whatever it is, reads included.
    # Foreign keys are then checked at commit, not per statement: the ORM does not order
    # inserts of unrelated mappers, and a transaction may add a child before its parent.
    conn.exec_driver_sql("BEGIN")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


class Database:
    """The local SQLite database of one data folder."""

    def __init__(self, path: Path, *, migrate: bool = True, key: bytes | None = None) -> None:
        """Open (and migrate) the database at ``path``; ``key`` unlocks a SQLCipher file
        (see :mod:`biox_desktop.db.crypto`; None: a plain SQLite file)."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        make_private(self.path)
        self.key = key
        # Until the device id is read, a throwaway node; replaced before any write can happen.
        self.clock = HybridLogicalClock("boot")
        if key is not None:
            from biox_desktop.db import crypto

            # The key must be the first statement on every connection, before any pragma.
            self.engine: Engine = create_engine(
                f"sqlite:///{self.path}", module=crypto.dbapi(),
                creator=lambda: crypto.connect(self.path, key, timeout=15,
                                               check_same_thread=False),
            )
        else:
            self.engine = create_engine(
                f"sqlite:///{self.path}",
                connect_args={"timeout": 15, "check_same_thread": False},
            )
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", _begin)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        if key is not None:
            self._check_key()
        if migrate:
            self.upgrade()
        self.device_id = self._ensure_device_id()
        self.clock = HybridLogicalClock(self.device_id)
        # A correction learnt from the sync server when this computer's clock is badly wrong.
        offset = self.meta("clock_offset_ms")
        if offset:
            self.clock.offset_ms = int(offset)

    # -- connections --------------------------------------------------------------------------

    def _check_key(self) -> None:
        """A wrong key (or a damaged file) is said plainly, before anything is written."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except Exception as exc:  # the driver says "file is not a database"
            self.engine.dispose()
            raise DatabaseError(translate(
                "crypto", "The database {path} cannot be opened with this key (a wrong "
                "passphrase or recovery code, or a damaged file). Nothing was changed."
            ).format(path=self.path)) from exc

    def raw_connection(self) -> Any:
        """A DB-API connection of its own to this database file (unlocked), for copies."""
        from biox_desktop.db import crypto

        return crypto.connect(self.path, self.key, timeout=15)

    def _on_connect(self, dbapi_conn: sqlite3.Connection, record: ConnectionPoolEntry) -> None:
        # pysqlite's own transaction handling begins only before writes; SQLAlchemy's
        # documented remedy is autocommit at the driver and an explicit BEGIN per transaction.
        dbapi_conn.isolation_level = None
        switch = journal.JournalSwitch()
        record.info["journal"] = switch
        dbapi_conn.create_function("biox_hlc", 0, lambda: self.clock.now().pack())
        dbapi_conn.create_function("biox_journal_on", 0, lambda: 1 if switch.on else 0)
        # Searches that ignore case and accents ("Muller" finds "Müller"): see core.text.
        dbapi_conn.create_function("biox_fold", 1, _fold, deterministic=True)
        # Name sorting: Élodie before Thomas, "Dr. Yamada" under Y (see _sort_name).
        dbapi_conn.create_function("biox_sort_name", 1, _sort_name, deterministic=True)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # NORMAL is durable across application crashes in WAL mode; only a power cut can lose
        # the last transactions, never corrupt the file.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.close()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def unjournaled(self) -> Iterator[Session]:
        """A transaction whose writes are neither journaled nor foreign-key checked.

        For applying changes pulled from the server only: they are not local edits (so must not
        be echoed back), and a laptop may hold a row whose parent it is not allowed to see.
        """
        with self.engine.connect() as conn:
            # PRAGMA foreign_keys only takes effect outside a transaction: set it on the driver
            # connection (autocommit) before the session opens one.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            switch: journal.JournalSwitch = conn.info["journal"]
            switch.on = False
            try:
                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    yield session
                    session.flush()
            finally:
                switch.on = True
                conn.rollback()
                raw.execute("PRAGMA foreign_keys=ON")

    # -- schema -------------------------------------------------------------------------------

    def upgrade(self) -> None:
        """Apply pending migrations and make the journal triggers match the schema."""
        from biox_desktop.db.migrate import upgrade_to_head

        try:
            upgrade_to_head(self.engine)
        except Exception as exc:  # alembic and sqlite raise many types; say where it happened
            raise DatabaseError(f"could not upgrade the database {self.path}: {exc}") from exc
        version = journal.triggers_version()
        with self.engine.begin() as conn:
            current = conn.execute(
                text("SELECT value FROM local_meta WHERE key = 'triggers_version'")
            ).scalar()
            if current != version:
                journal.install_triggers(conn)
                conn.execute(
                    text(
                        "INSERT INTO local_meta (key, value) VALUES ('triggers_version', :v) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                    ),
                    {"v": version},
                )

    def _ensure_device_id(self) -> str:
        with self.session() as s:
            value = s.get(LocalMeta, "device_id")
            if value is None:
                value = LocalMeta(key="device_id", value=uuid.uuid4().hex)
                s.add(value)
            return value.value

    # -- facts --------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self.session() as s:
            row = s.get(LocalMeta, key)
            return None if row is None else row.value

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as s:
            s.merge(LocalMeta(key=key, value=value))

    def data_version(self) -> str:
        """A token that changes whenever the data on this laptop changes, for caches of
        derived results (the merge candidates). Made of the change journal's last sequence
        number (every local edit of a synced table takes one; never reused, the outbox being
        AUTOINCREMENT) and the sync cursor (moved by every page of changes pulled)."""
        with self.session() as s:
            seq = s.execute(text(
                "SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'")).scalar()
            cursor = s.get(LocalMeta, "sync_cursor")
            return f"{seq or 0}/{cursor.value if cursor is not None else ''}"

    def pending_changes(self) -> int:
        """How many journaled changes wait to be sent to the server."""
        with self.session() as s:
            count = s.scalar(select(func.count(OutboxEntry.seq)))
            return int(count or 0)

    def close(self) -> None:
        self.engine.dispose()


def _fold(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    return fold(value) if isinstance(value, str) else value


def _sort_name(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    """A person's name as lists sort it: no titles, no accents ("Dr. Élodie" -> "elodie")."""
    return fold(strip_honorifics(value) or value) if isinstance(value, str) else value
