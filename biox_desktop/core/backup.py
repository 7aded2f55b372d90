"""Backups of the local database: what a backup is and what a restore did (plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

#: Automatic backups are named ``auto-YYYYMMDD-HHMMSS.sqlite3`` in the data folder's
#: ``backups`` folder; only these are pruned after ``Settings.backup_keep_days``.
AUTO_PREFIX = "auto-"
#: The copy of the current database made just before a restore replaces it.
BEFORE_RESTORE_PREFIX = "before-restore-"
BACKUP_SUFFIX = ".sqlite3"
#: How often an automatic backup is made while the application runs.
AUTO_INTERVAL = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    size_bytes: int
    created_at: dt.datetime  # aware UTC
    schema: str | None  # Alembic revision of the copied database


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the data came from and where the replaced data went."""

    restored_from: Path
    schema: str | None
    safety_copy: Path  # the database as it was just before the restore


def backup_name(prefix: str, moment: dt.datetime) -> str:
    """A file name that sorts by time: ``<prefix>YYYYMMDD-HHMMSS.sqlite3`` (UTC)."""
    return f"{prefix}{moment.astimezone(dt.UTC):%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def auto_backup_due(last_backup_at: str, now: dt.datetime) -> bool:
    """Whether a daily automatic backup is due (none yet, unreadable, or a day old)."""
    if not last_backup_at:
        return True
    try:
        last = dt.datetime.fromisoformat(last_backup_at)
    except ValueError:
        return True
    if last.tzinfo is None:
        last = last.replace(tzinfo=dt.UTC)
    # A clock set back (last in the future) must not stop backups for days.
    return now - last >= AUTO_INTERVAL or last > now + dt.timedelta(minutes=5)
