"""A sync server app in process (SQLite file) with three organisations and their users."""

from __future__ import annotations

import warnings
from pathlib import Path

from argon2 import PasswordHasher

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from biox_desktop.db.workspace import Workspace
from biox_desktop.server.app import create_app
from biox_desktop.server.db import make_engine
from biox_desktop.server.store import Store
from biox_desktop.sync.service import SyncService

PASSWORD = "correct horse battery"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
URL = "http://testserver"


class World:
    """The server plus the laptops made in a test (closed by the fixture)."""

    def __init__(self, tmp: Path) -> None:
        engine = make_engine(f"sqlite:///{tmp / 'server.sqlite3'}")
        self.app = create_app(engine=engine)
        self.store: Store = self.app.state.store
        self.cluster = self.store.add_org("Lyonbiopole", "cluster")["id"]
        self.sme_a = self.store.add_org("Rhône Diagnostics", "sme")["id"]
        self.sme_b = self.store.add_org("Isar Antibodies", "sme")["id"]
        self.store.add_user("claire", self.cluster, "leader", PASSWORD, hasher=FAST)
        self.store.add_user("alice", self.sme_a, "delegate", PASSWORD, hasher=FAST)
        self.store.add_user("bob", self.sme_b, "delegate", PASSWORD, hasher=FAST)
        self.store.add_user("cora", self.cluster, "coordinator", PASSWORD, hasher=FAST)
        self.tmp = tmp
        self.laptops: list[Workspace] = []

    def service(self, ws: Workspace) -> SyncService:
        return SyncService(ws, http_client=lambda: TestClient(self.app))

    def workspace(self, name: str) -> Workspace:
        ws = Workspace(self.tmp / name)
        self.laptops.append(ws)
        return ws

    def laptop(self, username: str) -> tuple[Workspace, SyncService]:
        ws = self.workspace(username)
        service = self.service(ws)
        service.login(URL, username, PASSWORD)
        return ws, service

    def close(self) -> None:
        for ws in self.laptops:
            ws.close()
