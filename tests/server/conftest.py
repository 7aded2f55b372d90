"""Fixtures for the sync server tests: SQLite files, a throwaway PostgreSQL, API harnesses.

The PostgreSQL server (fixture ``pg_server``) lives in tests/conftest.py, see tests/pg.py.
"""

from __future__ import annotations

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

from biox_desktop.core.hlc import Timestamp
from biox_desktop.server.app import create_app
from biox_desktop.server.auth import RateLimits
from biox_desktop.server.db import make_engine
from biox_desktop.sync.protocol import request_headers
from tests.pg import free_port, new_pg_database

__all__ = ["free_port", "new_pg_database"]

#: Cheap argon2 parameters: tests create many users.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"
SCHEMA = 1


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
                 coordinator_sees_private: bool = False, typed: bool = False) -> None:  # fmt: skip
        """``typed=False`` switches off the typed-schema check: the protocol tests push generic
        rows (``leads`` with a ``name``) to test merge, feed and access rules on their own."""
        self.url = url
        self.engine: Engine = make_engine(url)
        self.app = create_app(engine=self.engine, limits=limits)
        self.store = self.app.state.store
        self.store.check_schema = typed
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
