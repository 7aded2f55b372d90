"""Where the server keeps its database unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

#: Environment variable that overrides the default database URL.
DATABASE_URL_ENV = "BIOX_SERVER_DATABASE_URL"
#: Environment variable with the reverse proxies whose X-Forwarded-For is believed
#: (comma-separated addresses or networks; ``--trusted-proxy`` overrides it).
TRUSTED_PROXIES_ENV = "BIOX_SERVER_TRUSTED_PROXIES"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def default_database_url() -> str:
    """``$BIOX_SERVER_DATABASE_URL``, else a SQLite file in the user's data folder."""
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    path = Path(user_data_dir("biox-server", appauthor=False)) / "server.db"
    return f"sqlite:///{path}"


def default_trusted_proxies() -> str:
    """``$BIOX_SERVER_TRUSTED_PROXIES`` or nothing: by default no header is believed."""
    return os.environ.get(TRUSTED_PROXIES_ENV, "")
