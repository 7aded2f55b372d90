"""Backups of the local database while the application runs, and restoring one.

**Backup.** SQLite's online backup API (``sqlite3.Connection.backup``) copies the database from
one read transaction: in WAL mode readers never block writers, so the window keeps working
while the copy is made, and the copy is a consistent snapshot (everything committed before the
copy began, nothing after). The copy is switched to a single-file journal, checked with
``PRAGMA integrity_check`` and moved into place atomically, so a backup file is either complete
or absent.

**Restore.** The chosen file is first copied next to the database and checked: a SQLite file,
``integrity_check`` ok, a bioX Missions database, a schema no newer than this application's (an
older one is upgraded when the database is reopened). Then the current database is itself backed
up (``backups/before-restore-*.sqlite3``), closed, and replaced by one atomic rename; the stale
``-wal``/``-shm`` files of the old database are removed first so they can never be replayed
onto the restored one. Three facts of this laptop are carried over into the restored copy so
sync stays correct: the device id, the sync device id, and the high-water mark of the change
journal's sequence (the server skips sequence numbers it has already seen from this device, so
they must never be reused). The restored data is then synced like any other local data.

**With the window open.** The window restores through its operation helper: the work runs on
the one worker thread that owns database access, :meth:`Workspace.replace_database` closes the
engine, swaps the file and opens a new :class:`Database`, and every screen reloads. A headless
``biox-desktop restore`` refuses while the application holds the data folder's lock file
(``biox.lock``, written by the window at start and removed at exit; a lock left by a crashed
process, whose pid no longer runs, is ignored). ``biox-desktop backup`` works either way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from biox_desktop.core.backup import (
    AUTO_PREFIX,
    BACKUP_SUFFIX,
    BEFORE_RESTORE_PREFIX,
    BackupInfo,
    RestoreResult,
    auto_backup_due,
    backup_name,
)
from biox_desktop.core.i18n import translate
from biox_desktop.core.validation import FieldError, ValidationError
from biox_desktop.db import crypto

if TYPE_CHECKING:
    from biox_desktop.db.workspace import Workspace

log = logging.getLogger(__name__)

LOCK_FILENAME = "biox.lock"
BACKUPS_DIRNAME = "backups"
#: local_meta keys that belong to this laptop, not to the data: kept across a restore.
_LAPTOP_META = ("device_id", "sync_device_id")


class BackupError(ValidationError):
    """A backup or restore was refused; the message says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__([FieldError("backup", message)])
        self.message = message


class OtherKeyBackupError(BackupError):
    """The file is no database this folder's key opens: junk, or a backup made on another
    computer (then its recovery code opens it)."""


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# -- copying --------------------------------------------------------------------------------------


def copy_database(source: Path, target: Path, key: bytes | None = None) -> None:
    """Copy the database ``source`` to ``target`` consistently (online, WAL-safe).

    ``target`` is replaced atomically and is a single self-contained file (no WAL), encrypted
    with the same ``key`` as the source (None: both plain).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=BACKUP_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = crypto.connect(f"file:{source}?mode=ro", key, uri=True, timeout=15)
        try:
            dst = crypto.connect(tmp, key)
            try:
                # pages=-1: the whole database in one step, from one read snapshot.
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if ok != "ok":
            raise BackupError(translate(
                "backup", "The copy of the database failed its integrity check: {why}"
            ).format(why=ok))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except crypto.dbapi().Error as exc:
        raise BackupError(translate("backup", "The database could not be copied to {path}: {why}")
                          .format(path=target, why=exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)


def inspect_backup(path: Path, key: bytes | None = None) -> str | None:
    """Check that ``path`` is a sound bioX Missions database this version can open with
    ``key`` (a plain backup from before encryption opens without one).

    Returns its schema revision; raises :class:`BackupError` saying what is wrong.
    """
    from biox_desktop.db.migrate import MIGRATIONS, packaged_head

    if not path.is_file():
        raise BackupError(translate("backup", "There is no file {path}.").format(path=path))
    if crypto.is_plain_sqlite(path):
        key = None
    elif key is None or not crypto.can_open(path, key):
        raise OtherKeyBackupError(translate(
            "backup", "{path} is not a bioX Missions backup of this data folder: it is not a "
            "database, or it is encrypted with another key (a backup from another computer "
            "restores with that computer's recovery code)."
        ).format(path=path))
    try:
        conn = crypto.connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise BackupError(translate(
                    "backup", "{path} is damaged and cannot be restored ({why})."
                ).format(path=path, why=ok))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")}
            if not {"alembic_version", "local_meta", "missions"} <= tables:
                raise BackupError(translate(
                    "backup", "{path} is a SQLite database but not a bioX Missions backup."
                ).format(path=path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except crypto.dbapi().DatabaseError as exc:
        raise BackupError(translate("backup", "{path} cannot be read as a backup: {why}")
                          .format(path=path, why=exc)) from exc
    schema = None if row is None else str(row[0])
    known = {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py")}
    if schema is not None and schema not in known:
        head = packaged_head() or "?"
        raise BackupError(translate(
            "backup", "{path} was made by a newer version of bioX Missions (database version "
            "{schema}; this version knows up to {head}). Update bioX Missions, then restore it."
        ).format(path=path, schema=schema, head=head))
    return schema


def info(path: Path, key: bytes | None = None) -> BackupInfo:
    """Size, time and schema of a backup file (time from its name, else its mtime)."""
    stat = path.stat()
    created = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
    stem = path.name.removesuffix(BACKUP_SUFFIX)
    for prefix in (AUTO_PREFIX, BEFORE_RESTORE_PREFIX, ""):
        if stem.startswith(prefix):
            with contextlib.suppress(ValueError):
                created = dt.datetime.strptime(stem[len(prefix):], "%Y%m%d-%H%M%S").replace(
                    tzinfo=dt.UTC)
                break
    schema: str | None = None
    with contextlib.suppress(crypto.dbapi().Error):
        conn = crypto.connect(f"file:{path}?mode=ro",
                              None if crypto.is_plain_sqlite(path) else key, uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            schema = None if row is None else str(row[0])
        finally:
            conn.close()
    return BackupInfo(path=path, size_bytes=stat.st_size, created_at=created, schema=schema)


# -- the application's lock file -----------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_holder(data_dir: Path) -> int | None:
    """The pid of a running application holding ``data_dir``, or None (stale locks ignored)."""
    try:
        pid = int((data_dir / LOCK_FILENAME).read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        return None
    if pid == os.getpid() or not _pid_alive(pid):
        return None
    return pid


@contextlib.contextmanager
def app_lock(data_dir: Path) -> Iterator[None]:
    """Mark ``data_dir`` as open in the window for as long as the block runs."""
    path = data_dir / LOCK_FILENAME
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(str(os.getpid()), encoding="ascii")
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if path.read_text(encoding="ascii").strip() == str(os.getpid()):
                path.unlink()


# -- the service ---------------------------------------------------------------------------------


class BackupService:
    """Backups of one workspace's database (``ws.backups``)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @property
    def folder(self) -> Path:
        """Where automatic and safety backups go: ``<data folder>/backups``."""
        return self.ws.data_dir / BACKUPS_DIRNAME

    def backup(self, target: Path | None = None) -> BackupInfo:
        """Copy the database now to ``target`` (default: a dated file in :attr:`folder`)."""
        now = _utcnow()
        if target is None:
            target = self.folder / backup_name("backup-", now)
        target = Path(target)
        if target.resolve() == self.ws.db.path.resolve():
            raise BackupError(translate("backup", "A backup cannot replace the database itself."))
        copy_database(self.ws.db.path, target, self.ws.db.key)
        self.ws.update_settings(last_backup_at=now.isoformat())
        return info(target, self.ws.db.key)

    def auto_backup(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """The daily automatic backup, if switched on and due; old ones are pruned."""
        now = now or _utcnow()
        settings = self.ws.settings
        if not settings.auto_backup:
            return None
        made = None
        if auto_backup_due(settings.last_backup_at, now):
            target = self.folder / backup_name(AUTO_PREFIX, now)
            copy_database(self.ws.db.path, target, self.ws.db.key)
            self.ws.update_settings(last_backup_at=now.isoformat())
            made = info(target, self.ws.db.key)
        self.prune(now)
        return made

    def prune(self, now: dt.datetime | None = None) -> list[Path]:
        """Delete automatic backups older than ``backup_keep_days`` (never the newest one)."""
        now = now or _utcnow()
        keep = dt.timedelta(days=max(1, self.ws.settings.backup_keep_days))
        autos = sorted(self.folder.glob(f"{AUTO_PREFIX}*{BACKUP_SUFFIX}"))
        removed = []
        for path in autos[:-1]:
            if now - info(path).created_at > keep:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def erase_person(self, person_id: str, erasure_id: str | None = None) -> list[dict[str, str]]:
        """Erase a person from every backup in :attr:`folder` that holds them (the right to be
        forgotten reaches the copies too): each such file is rewritten (opened with its key, the
        same erasure run, vacuumed, the old file overwritten) or, when that fails (another key,
        a damaged file), overwritten and deleted. Returns ``{"file", "action"}`` per backup
        that held the person (``action``: ``rewritten`` or ``deleted``)."""
        from biox_desktop.db.erasure import erase_in_file, record_values

        if not self.folder.is_dir():
            return []
        record = record_values(self.ws.db, erasure_id) if erasure_id else None
        done: list[dict[str, str]] = []
        for path in sorted(self.folder.glob(f"*{BACKUP_SUFFIX}")):
            if path.name.startswith("."):
                continue  # a copy being written
            fd, tmp_name = tempfile.mkstemp(prefix=".erase-", suffix=BACKUP_SUFFIX,
                                            dir=self.folder)
            os.close(fd)
            tmp = Path(tmp_name)
            try:
                shutil.copyfile(path, tmp)
                held = erase_in_file(tmp, self.ws.db.key, person_id, record)
            except Exception:  # another key, a damaged or foreign file: it goes
                log.warning("backup %s could not be rewritten; deleting it", path, exc_info=True)
                crypto.secure_remove(tmp)
                crypto.secure_remove(path)
                done.append({"file": path.name, "action": "deleted"})
                continue
            if not held:
                crypto.secure_remove(tmp)
                continue
            crypto.secure_remove(path)
            os.replace(tmp, path)
            done.append({"file": path.name, "action": "rewritten"})
        return done

    def list(self) -> list[BackupInfo]:
        """Backups in :attr:`folder`, newest first."""
        if not self.folder.is_dir():
            return []
        found = [info(p, self.ws.db.key) for p in self.folder.glob(f"*{BACKUP_SUFFIX}")]
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def restore(self, source: Path, *, check_lock: bool = False,
                recovery_key: bytes | None = None) -> RestoreResult:
        """Replace the database by the backup ``source`` (see the module docstring).

        ``check_lock``: refuse when another process (the window) holds the data folder.
        ``recovery_key``: the key of a backup made on another computer (from its recovery
        code); the restored copy is re-keyed to this folder's key.
        """
        source = Path(source)
        data_dir = self.ws.data_dir
        if check_lock and (pid := lock_holder(data_dir)) is not None:
            raise BackupError(translate(
                "backup", "bioX Missions is open on this data folder (process {pid}). Close "
                "it first, or restore from its Settings dialog."
            ).format(pid=pid))
        if not source.is_file():
            raise BackupError(translate("backup", "There is no file {path}.").format(path=source))
        db_path = self.ws.db.path
        if source.resolve() == db_path.resolve():
            raise BackupError(translate("backup", "This file is the database in use, not a "
                                                  "backup."))
        fd, staged_name = tempfile.mkstemp(prefix=".restore-", suffix=BACKUP_SUFFIX,
                                           dir=db_path.parent)
        os.close(fd)
        staged = Path(staged_name)
        try:
            try:
                shutil.copyfile(source, staged)
            except OSError as exc:
                raise BackupError(translate("backup", "{path} cannot be read: {why}")
                                  .format(path=source, why=exc)) from exc
            key = self.ws.db.key
            _rekey(staged, recovery_key, key)
            schema = inspect_backup(staged, key)
            # Names in messages are the user's file, not the staged copy.
            now = _utcnow()
            safety = self.folder / backup_name(BEFORE_RESTORE_PREFIX, now)
            copy_database(db_path, safety, key)
            laptop = self._laptop_facts(db_path, key)
            _carry_over(staged, laptop, key)
            self.ws.replace_database(lambda path: _swap_in(staged, path, key))
        except BackupError as exc:
            raise type(exc)(exc.message.replace(str(staged), str(source))) from exc
        finally:
            staged.unlink(missing_ok=True)
        log.info("restored %s (schema %s); previous database kept in %s", source, schema, safety)
        return RestoreResult(restored_from=source, schema=schema, safety_copy=safety)

    @staticmethod
    def _laptop_facts(db_path: Path, key: bytes | None) -> dict[str, object]:
        conn = crypto.connect(f"file:{db_path}?mode=ro", key, uri=True, timeout=15)
        try:
            meta = dict(conn.execute(
                "SELECT key, value FROM local_meta WHERE key IN (?, ?)", _LAPTOP_META).fetchall())
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"
                               ).fetchone()
        finally:
            conn.close()
        return {"meta": meta, "outbox_seq": int(row[0]) if row else 0}


def _rekey(staged: Path, recovery_key: bytes | None, key: bytes | None) -> None:
    """Bring a staged backup to this folder's protection: a plain backup (from before
    encryption) is encrypted, one from another computer is re-keyed with its recovery key."""
    if key is None:
        return
    if crypto.is_plain_sqlite(staged):
        crypto.encrypt_in_place(staged, key)
    elif recovery_key is not None and recovery_key != key:
        if not crypto.can_open(staged, recovery_key):
            raise BackupError(translate(
                "backup", "{path} does not open with this recovery code.").format(path=staged))
        conn = crypto.connect(staged, recovery_key)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
        finally:
            conn.close()


def _carry_over(staged: Path, laptop: dict[str, object], key: bytes | None = None) -> None:
    """Write this laptop's own facts into the restored copy (before it is swapped in)."""
    meta: dict[str, str] = laptop["meta"]  # type: ignore[assignment]
    seq = int(laptop["outbox_seq"])  # type: ignore[call-overload]
    conn = crypto.connect(staged, key)
    try:
        with conn:
            for key, value in meta.items():
                conn.execute("INSERT INTO local_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"
                               ).fetchone()
            if row is None:
                conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_outbox', ?)",
                             (seq,))
            elif int(row[0]) < seq:
                conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'",
                             (seq,))
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _swap_in(staged: Path, db_path: Path, key: bytes | None = None) -> None:
    """Replace the (closed) database by ``staged``; its old WAL must never reach the new file."""
    with contextlib.suppress(crypto.dbapi().Error):
        conn = crypto.connect(db_path, key, timeout=15)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with open(staged, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(staged, db_path)


