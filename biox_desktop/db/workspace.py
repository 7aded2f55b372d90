"""A workspace: one data folder with its settings, local database and services.

Screens and headless commands both open a :class:`Workspace` and call its services; nothing is
implemented twice.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from biox_desktop.core.identity import Identity
from biox_desktop.core.settings import (
    Settings,
    default_config_dir,
    default_data_dir,
    load_settings,
    save_settings,
)
from biox_desktop.db import crypto
from biox_desktop.db.agenda import AgendaService
from biox_desktop.db.attendees import AttendeeService
from biox_desktop.db.backup import BackupService
from biox_desktop.db.batches import BatchService
from biox_desktop.db.engine import DB_FILENAME, Database
from biox_desktop.db.kpis import KpiService
from biox_desktop.db.leads import LeadService
from biox_desktop.db.missions import MissionService
from biox_desktop.db.outcomes import AgreementService, FollowUpService
from biox_desktop.db.roster import RosterService

if TYPE_CHECKING:
    from biox_desktop.db.merge import MergeService

log = logging.getLogger(__name__)


class Workspace:
    """Settings, database and services of one data folder."""

    def __init__(self, data_dir: Path | None = None, *, passphrase: str | None = None,
                 allow_plain: bool = False) -> None:
        """Open the data folder ``data_dir`` (default: the user's).

        The database is encrypted (:mod:`biox_desktop.db.crypto`): its key comes from the OS
        keyring, or from ``passphrase`` (or the ``BIOX_PASSPHRASE`` variable) on a computer
        without one. ``allow_plain``: a demo folder may stay unencrypted when no keyring works.
        Raises :class:`~biox_desktop.db.crypto.NoKeyringForKey` or
        :class:`~biox_desktop.db.crypto.PassphraseNeeded` when a passphrase must be asked for.
        """
        explicit = data_dir is not None
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        # With an explicit --data-dir everything stays in that folder (portable, testable).
        config_dir = self.data_dir if explicit else default_config_dir()
        self.settings_path = config_dir / "settings.json"
        self.settings = load_settings(self.settings_path)
        if not explicit and self.settings.data_dir:  # chosen in the Settings dialog
            self.data_dir = Path(self.settings.data_dir)
        if not self.settings_path.exists():
            save_settings(self.settings, self.settings_path)
        self.key_info, key = open_key(self.data_dir, passphrase=passphrase,
                                      allow_plain=allow_plain)
        self._db = Database(self.data_dir / DB_FILENAME, key=key)
        self.missions = MissionService(self)
        self.roster = RosterService(self)
        self.agreements = AgreementService(self)
        self.follow_ups = FollowUpService(self)
        self.kpis = KpiService(self)
        self.agenda = AgendaService(self)
        self.backups = BackupService(self)
        self.leads = LeadService(self)
        self.attendees = AttendeeService(self)
        self.batches = BatchService(self)

    @functools.cached_property
    def merges(self) -> MergeService:
        """Made on first use: duplicate detection brings numpy and rapidfuzz (~70 ms to
        import), which start-up does not need."""
        from biox_desktop.db.merge import MergeService

        return MergeService(self)

    @property
    def db(self) -> Database:
        return self._db

    @property
    def identity(self) -> Identity:
        s = self.settings
        return Identity(
            user_id=s.user_id,
            display_name=s.display_name or "Local user",
            role=s.role,
            organisation_id=s.organisation_id,
            organisation_name=s.organisation_name,
            cluster_id=s.cluster_id,
            person_id=s.person_id,
        )

    def update_settings(self, **changes: object) -> Settings:
        """Change and save settings; services read the new identity at once."""
        self.settings = dataclasses.replace(self.settings, **changes)  # type: ignore[arg-type]
        save_settings(self.settings, self.settings_path)
        return self.settings

    def seed_demo(self) -> bool:
        """Add the demo to an empty database and sign in as its delegation leader.

        Returns False (and changes nothing) when the database already holds missions.
        """
        from biox_desktop.db import demo

        if demo.has_data(self.db):
            return False
        ids = demo.seed_demo(self.db)
        self.update_settings(
            display_name="Claire Martin", role="leader", organisation_id=ids["lyonbiopole"],
            organisation_name="Lyonbiopole", current_mission_id=ids["osaka"],
        )
        return True

    def replace_database(self, install: Callable[[Path], None]) -> None:
        """Close the database, let ``install(path)`` replace its file, and open it again.

        For restoring a backup (:mod:`biox_desktop.db.backup`). In the window this runs on the
        operation worker, which owns all database access, so nothing else uses the old engine.
        Whatever ``install`` does, a database is open again afterwards.
        """
        path = self._db.path
        self._db.close()
        try:
            install(path)
        finally:
            self._db = Database(path, key=self._db.key)

    @property
    def encrypted(self) -> bool:
        """False only for a demo folder kept plain on a computer without a keyring."""
        return self.key_info.encrypted

    def close(self) -> None:
        self.db.close()


def open_key(data_dir: Path, *, passphrase: str | None = None,
             allow_plain: bool = False) -> tuple[crypto.KeyInfo, bytes | None]:
    """The key of a data folder's database, made on first use; a plain database from before
    encryption (and its backups) is converted here, once, without losing a row."""
    passphrase = passphrase or os.environ.get(crypto.PASSPHRASE_ENV) or None
    db_path = data_dir / DB_FILENAME
    info = crypto.read_key_info(data_dir)
    if info is None:
        info, key = crypto.new_key(data_dir, passphrase=passphrase, allow_plain=allow_plain)
    else:
        key = crypto.find_key(data_dir, info, passphrase=passphrase)
    if key is not None:
        # A folder from before encryption, or a conversion cut short: encrypt what is plain.
        if db_path.exists() and crypto.is_plain_sqlite(db_path):
            log.info("encrypting the database %s", db_path)
            crypto.encrypt_in_place(db_path, key)
        backups = data_dir / "backups"
        if backups.is_dir():
            for old in sorted(backups.glob("*.sqlite3")):
                if crypto.is_plain_sqlite(old):
                    crypto.encrypt_in_place(old, key)
    return info, key
