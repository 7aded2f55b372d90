"""Fixtures for the sync server tests: SQLite files, a throwaway PostgreSQL, API harnesses.

PostgreSQL: ``BIOX_TEST_PG_URL`` (a server URL whose user may create databases) when set;
otherwise a cluster is started in a temporary folder if Debian's PostgreSQL binaries are there;
otherwise the tests marked ``postgres`` are skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

with warnings.catch_warnings():
    # Starlette nags about its httpx-based TestClient; it is still the documented way.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from biox_desktop.core.hlc import Timestamp
from biox_desktop.server.app import create_app
from biox_desktop.server.auth import RateLimits
from biox_desktop.server.db import make_engine
from biox_desktop.sync.protocol import request_headers

PG_BIN = Path("/usr/lib/postgresql/15/bin")
#: Cheap argon2 parameters: tests create many users.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"
SCHEMA = 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server URL (to the ``postgres`` database)."""
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


def new_pg_database(server_url: str) -> str:
    """Create an empty database on the server; returns its URL."""
    import psycopg

    name = f"biox_test_{os.getpid()}_{next(_db_counter)}"
    url = make_url(server_url)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname=url.database, autocommit=True
    ) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    return new_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """An empty PostgreSQL database URL."""
    return new_pg_database(pg_server)


def clock(ms: int, counter: int = 0, node: str = "nodeA") -> str:
    """A packed HLC timestamp."""
    return Timestamp(ms, counter, node).pack()


def upsert(seq: int, table: str, row_id: str, scope: str, fields: dict[str, Any], at: str,
           clocks: dict[str, str] | None = None) -> dict[str, Any]:  # fmt: skip
    """An upsert op whose fields all carry the clock ``at`` unless given."""
    return {
        "seq": seq, "table": table, "row_id": row_id, "scope": scope, "op": "upsert",
        "fields": fields, "clocks": clocks or dict.fromkeys(fields, at), "hlc": at,
    }  # fmt: skip


def delete_op(seq: int, table: str, row_id: str, scope: str, at: str) -> dict[str, Any]:
    return {
        "seq": seq, "table": table, "row_id": row_id, "scope": scope, "op": "delete",
        "fields": {}, "clocks": {"deleted": at}, "hlc": at,
    }  # fmt: skip


class Laptop:
    """One signed-in device talking to the API."""

    def __init__(self, api: TestClient, login: dict[str, Any]) -> None:
        self.api = api
        self.token: str = login["token"]
        self.device_id: str = login["device_id"]
        self.user: dict[str, Any] = login["user"]
        self.cursor = 0

    @property
    def headers(self) -> dict[str, str]:
        return {**request_headers(SCHEMA), "Authorization": f"Bearer {self.token}"}

    def post(self, path: str, body: dict[str, Any], **kw: Any) -> Any:
        return self.api.post(f"/api/v1/{path}", json=body, headers=self.headers, **kw)

    def get(self, path: str, **kw: Any) -> Any:
        return self.api.get(f"/api/v1/{path}", headers=self.headers, **kw)

    def push(self, *ops: dict[str, Any], batch_id: str = "b") -> dict[str, Any]:
        r = self.post("push", {"device_id": self.device_id, "batch_id": batch_id,
                               "ops": list(ops)})  # fmt: skip
        assert r.status_code == 200, r.text
        return dict(r.json())

    def pull_all(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Pull from the stored cursor until no more; returns every change seen."""
        seen: list[dict[str, Any]] = []
        while True:
            r = self.post("pull", {"cursor": self.cursor, "limit": limit})
            assert r.status_code == 200, r.text
            page = r.json()
            seen.extend(page["changes"])
            self.cursor = page["cursor"]
            if not page["more"]:
                return seen


class Harness:
    """An app over one database with organisations and users ready to sign in."""

    def __init__(self, url: str, limits: RateLimits | None = None,
                 coordinator_sees_private: bool = False) -> None:  # fmt: skip
        self.url = url
        self.engine: Engine = make_engine(url)
        self.app = create_app(engine=self.engine, limits=limits)
        self.store = self.app.state.store
        self.store.init_settings(coordinator_sees_private=coordinator_sees_private)
        self.api = TestClient(self.app)
        add = self.store.add_org
        self.cluster = add("Lyonbiopole", "cluster")["id"]
        self.cluster2 = add("BioM", "cluster")["id"]
        self.sme1 = add("Alpha Bio", "sme")["id"]
        self.sme2 = add("Beta Pharma", "sme")["id"]
        users = [
            ("coord", self.cluster, "coordinator"),
            ("leader", self.cluster, "leader"),
            ("leader2", self.cluster2, "leader"),
            ("alice", self.sme1, "delegate"),
            ("bob", self.sme2, "delegate"),
            ("alice2", self.sme1, "delegate"),
        ]
        self.user_ids = {}
        for name, org, role in users:
            u = self.store.add_user(name, org, role, PASSWORD, hasher=FAST_HASHER)
            self.user_ids[name] = u.id

    def login(self, username: str, device: str = "laptop") -> Laptop:
        r = self.api.post(
            "/api/v1/login",
            json={"username": username, "password": PASSWORD, "device_name": device},
            headers=request_headers(SCHEMA),
        )
        assert r.status_code == 200, r.text
        return Laptop(self.api, r.json())

    def close(self) -> None:
        self.api.close()
        self.engine.dispose()


@pytest.fixture
def harness(db_url: str) -> Iterator[Harness]:
    h = Harness(db_url)
    yield h
    h.close()
