"""A throwaway PostgreSQL for tests: shared by the server tests and the client-server model.

``BIOX_TEST_PG_URL`` (a server URL whose user may create databases) when set; otherwise a cluster
is started in a temporary folder if Debian's PostgreSQL binaries are there; otherwise the tests
that need it are skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def pg_server_url() -> Iterator[str]:
    """Yields a PostgreSQL server URL (to the ``postgres`` database); skips when impossible."""
    url = os.environ.get("BIOX_TEST_PG_URL")
    if url:
        yield url
        return
    initdb, pg_ctl = PG_BIN / "initdb", PG_BIN / "pg_ctl"
    if not initdb.exists():
        initdb_path, pg_ctl_path = shutil.which("initdb"), shutil.which("pg_ctl")
        if not initdb_path or not pg_ctl_path:
            pytest.skip("PostgreSQL is not available: set BIOX_TEST_PG_URL or install postgresql")
        initdb, pg_ctl = Path(initdb_path), Path(pg_ctl_path)
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as postgres")
    base = Path(tempfile.mkdtemp(prefix="biox-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data, sock = base / "data", base / "sock"
    port = free_port()
    try:
        subprocess.run(
            _as_postgres([str(initdb), "-D", str(data), "--auth=trust", "--no-sync", "-U",
                          "postgres"]),
            check=True, capture_output=True,
        )  # fmt: skip
        _mk = _as_postgres(["mkdir", "-p", str(sock)])
        subprocess.run(_mk, check=True)
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off"
        subprocess.run(
            _as_postgres([str(pg_ctl), "-D", str(data), "-w", "-l", str(base / "log"), "-o",
                          opts, "start"]),
            check=True, capture_output=True,
        )  # fmt: skip
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL: {exc}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres([str(pg_ctl), "-D", str(data), "-m", "fast", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


_db_counter = itertools.count()


def new_pg_database(server_url: str, template: str | None = None) -> str:
    """Create an empty database (or a copy of ``template``) on the server; returns its URL."""
    import psycopg

    name = f"biox_test_{os.getpid()}_{next(_db_counter)}"
    url = make_url(server_url)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname=url.database, autocommit=True
    ) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return url.set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url_text: str) -> None:
    """Drop a database made by :func:`new_pg_database` (its engines must be disposed)."""
    import psycopg

    url = make_url(url_text)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {url.database}")
