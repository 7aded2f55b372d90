"""A workspace: one data folder with its settings, local database and services.

Screens and headless commands both open a :class:`Workspace` and call its services; nothing is
implemented twice.
"""

from __future__ import annotations

import dataclasses
import functools
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
from biox_desktop.db.agenda import AgendaService
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


class Workspace:
    """Settings, database and services of one data folder."""

    def __init__(self, data_dir: Path | None = None) -> None:
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
        self._db = Database(self.data_dir / DB_FILENAME)
        self.missions = MissionService(self)
        self.roster = RosterService(self)
        self.agreements = AgreementService(self)
        self.follow_ups = FollowUpService(self)
        self.kpis = KpiService(self)
        self.agenda = AgendaService(self)
        self.backups = BackupService(self)
        self.leads = LeadService(self)
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
            self._db = Database(path)

    def close(self) -> None:
        self.db.close()
