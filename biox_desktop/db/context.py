"""What every service needs: the database and who is using it."""

from __future__ import annotations

from typing import Protocol

from biox_desktop.core.identity import Identity
from biox_desktop.db.engine import Database


class ServiceContext(Protocol):
    """Implemented by :class:`biox_desktop.db.workspace.Workspace` (and test doubles of it)."""

    @property
    def db(self) -> Database: ...

    @property
    def identity(self) -> Identity: ...
