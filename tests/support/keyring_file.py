"""A keyring backend for desktop subprocesses started by tests (never shipped).

Use it with ``PYTHON_KEYRING_BACKEND=keyring_file.FileKeyring``, this folder on ``PYTHONPATH``
and ``BIOX_TEST_KEYRING_FILE`` naming a JSON file (one per simulated laptop). Tokens are stored
in clear in that file, so it exists only for tests; the in-process tests use the in-memory
backend of ``tests/conftest.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError

ENV = "BIOX_TEST_KEYRING_FILE"


def _path() -> Path:
    name = os.environ.get(ENV)
    if not name:
        raise PasswordSetError(f"{ENV} is not set: the test keyring has no file")
    return Path(name)


def _load() -> dict[str, str]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(k): str(v) for k, v in data.items()}


def _save(data: dict[str, str]) -> None:
    path = _path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _key(service: str, username: str) -> str:
    return f"{service}\x1f{username}"


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file named by ``BIOX_TEST_KEYRING_FILE``."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return _load().get(_key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        data = _load()
        data[_key(service, username)] = password
        _save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = _load()
        if data.pop(_key(service, username), None) is None:
            raise PasswordDeleteError("not found")
        _save(data)
