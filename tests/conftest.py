"""Shared fixtures: a real workspace on a temporary folder, Qt offscreen, no stray keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before Qt or keyring are imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server URL (to the ``postgres`` database); see tests/pg.py."""
    from tests.pg import pg_server_url

    yield from pg_server_url()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[object]:
    from biox_desktop.db.workspace import Workspace

    ws = Workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Window geometry and other Qt settings go to a temp folder, never the user's."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    folder = tmp_path_factory.getbasetemp() / "qsettings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """An in-memory keyring: tests never touch the machine's real keyring."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    store: dict[tuple[str, str], str] = {}

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if (service, username) not in store:
                raise PasswordDeleteError("not found")
            del store[(service, username)]

    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    yield store
    keyring.set_keyring(previous)
