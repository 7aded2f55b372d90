"""One unstorable row must never stop a laptop's sync, and no acknowledged write is ever lost.

Issue 20, findings 1 and 2, against a real ``biox-server serve`` process on 127.0.0.1 (SQLite
file). Laptops are desktop workspaces syncing over real HTTP.

* The server refuses every kind of malformed write with a per-op ``rejected`` (finding 1a) and a
  conflict resolution with a wrong-typed value (1d), and stores none of them.
* Rows an older server stored without those checks (written here through the same merge code
  with the check switched off, exactly as such a server would have) are quarantined by each
  laptop with their reason; the rest of every page applies, the cursor moves on, and a row is
  stored as soon as a later write makes it whole.
* A laptop whose clock runs days ahead loses the answer to its push: the retry is told the
  first answer (quarantined), the writes stay in its outbox and reach the server (finding 2).
* A laptop restored from an old backup re-uses sequence numbers the server has seen: its new
  edits still reach the server.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from biox_desktop.core.hlc import HybridLogicalClock, Timestamp
from biox_desktop.core.identity import NETWORK, org_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.missions import MissionInput
from biox_desktop.db.engine import DB_FILENAME
from biox_desktop.db.models import (
    Lead,
    Mission,
    Organisation,
    OutboxEntry,
    Person,
    SyncQuarantine,
    SyncRejection,
)
from biox_desktop.db.workspace import Workspace
from biox_desktop.server.db import make_engine
from biox_desktop.server.models import SyncRow
from biox_desktop.server.store import Store
from biox_desktop.sync import credentials
from biox_desktop.sync import protocol as p
from biox_desktop.sync.client import CURSOR_KEY, SyncClient, schema_version
from biox_desktop.sync.errors import ServerUnreachable
from biox_desktop.sync.service import DEVICE_KEY, SyncService
from biox_desktop.sync.transport import HttpTransport

from .test_e2e import Server

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from biox_desktop.server.app import create_app

PASSWORD = "correct horse battery"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
DAY = 86_400_000


class Net:
    """The server process plus the facts the tests need about it."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.url = f"sqlite:///{tmp / 'server.sqlite3'}"
        engine = make_engine(self.url)
        store = create_app(engine=engine).state.store  # migrates the empty database
        store.init_settings(coordinator_sees_private=False)
        self.cluster = store.add_org("Lyonbiopole", "cluster")["id"]
        self.sme_a = store.add_org("Rhône Diagnostics", "sme")["id"]
        self.sme_b = store.add_org("Isar Antibodies", "sme")["id"]
        self.cluster2 = store.add_org("BioM", "cluster")["id"]
        for name, org, role in (("claire", self.cluster, "leader"),
                                ("cora", self.cluster, "coordinator"),
                                ("alice", self.sme_a, "delegate"),
                                ("bob", self.sme_b, "delegate")):  # fmt: skip
            store.add_user(name, org, role, PASSWORD, hasher=FAST)
        engine.dispose()
        self.server = Server(self.url, tmp / "server.log")
        self.server.start()
        self.base = f"http://127.0.0.1:{self.server.port}"
        self.workspaces: list[Workspace] = []

    def laptop(self, username: str, folder: str | None = None) -> tuple[Workspace, SyncService]:
        ws = Workspace(self.tmp / (folder or username))
        self.workspaces.append(ws)
        service = SyncService(ws)
        service.login(self.base, username, PASSWORD)
        return ws, service

    def login(self, username: str) -> dict[str, Any]:
        """A second device of ``username`` speaking the raw protocol."""
        r = httpx.post(f"{self.base}/api/v1/login", headers=p.request_headers(1),
                       json={"username": username, "password": PASSWORD, "device_name": "raw"})
        assert r.status_code == 200, r.text
        return dict(r.json())

    def post(self, token: str, path: str, body: dict[str, Any]) -> httpx.Response:
        headers = {**p.request_headers(1), "Authorization": f"Bearer {token}"}
        return httpx.post(f"{self.base}/api/v1{path}", headers=headers, json=body, timeout=30)

    def old_server_push(self, token: str, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Store ops as a server without the typed schema did (same merge, no checks)."""
        engine = make_engine(self.url)
        try:
            store = Store(engine)
            store.check_schema = False
            answer = store.push(store.authenticate(token), ops)
        finally:
            engine.dispose()
        return list(answer["results"])

    def rows(self) -> dict[tuple[str, str], Any]:
        engine = make_engine(self.url)
        try:
            with engine.connect() as conn:
                return {(r.tbl, r.row_id): r for r in conn.execute(select(SyncRow))}
        finally:
            engine.dispose()

    def close(self) -> None:
        for ws in self.workspaces:
            ws.close()
        self.server.stop()


@pytest.fixture
def net(tmp_path: Path) -> Iterator[Net]:
    n = Net(tmp_path)
    yield n
    n.close()


def _now() -> str:
    return Timestamp(int(time.time() * 1000), 0, "rawdevice").pack()


def _upsert(seq: int, table: str, row_id: str, scope: str, fields: dict[str, Any],
            at: str | None = None) -> dict[str, Any]:  # fmt: skip
    at = at or _now()
    return {"seq": seq, "table": table, "row_id": row_id, "scope": scope, "op": "upsert",
            "fields": fields, "clocks": dict.fromkeys(fields, at), "hlc": at}  # fmt: skip


def _malformed(net: Net) -> dict[str, dict[str, Any]]:
    """Every kind of write a laptop cannot store, by name: (table, scope, fields)."""
    private = org_scope(net.sme_a)
    return {
        "lead without its person": {"table": "leads", "scope": NETWORK,
                                    "fields": {"notes": "no person"}},
        # In its own scope (mission:<its id>), seen by its cluster and the coordinator.
        "mission without a name": {"table": "missions", "scope": "own", "who": "claire",
                                   "seen_by": ("claire", "cora"),
                                   "fields": {"lead_cluster_id": net.cluster}},
        "a date that is not a date": {"table": "leads", "scope": private,
                                      "fields": {"person_id": uuid7(),
                                                 "next_action_due": "not-a-date"}},
        "an object in a text column": {"table": "people", "scope": NETWORK,
                                       "fields": {"name": {"first": "Li"}}},
        "text in a list column": {"table": "people", "scope": NETWORK,
                                  "fields": {"name": "Li", "emails": "li@example.org"}},
        # A laptop skips a field it does not know (a newer client's column): the server, which
        # knows every column, refuses it; a row an old server holds with one is stored.
        "an unknown field": {"table": "people", "scope": NETWORK, "skipped": True,
                             "fields": {"name": "Li", "shoe_size": 44}},
        "an over-long text": {"table": "organisations", "scope": NETWORK,
                              "fields": {"name": "x" * 301}},
        "a null in a NOT NULL column": {"table": "organisations", "scope": NETWORK,
                                        "fields": {"name": None}},
        "text in an integer column": {"table": "leads", "scope": NETWORK,
                                      "fields": {"person_id": uuid7(), "rating": "five"}},
    }  # fmt: skip


def _scope(case: dict[str, Any], i: int) -> str:
    """The case's scope; ``own``: the row's own mission scope (a mission's, by its id)."""
    return f"mission:bad-{i}" if case["scope"] == "own" else str(case["scope"])


def test_the_server_refuses_every_write_a_laptop_could_not_store(net: Net) -> None:
    """Finding 1a: one crafted push from any user into ``network`` (refused, nothing stored)."""
    devices = {who: net.login(who) for who in ("alice", "claire")}
    alice = devices["alice"]
    cases = _malformed(net)
    for name, (i, case) in zip(cases, enumerate(cases.values(), start=1), strict=True):
        dev = devices[case.get("who", "alice")]
        op = _upsert(i, case["table"], f"bad-{i}", _scope(case, i), case["fields"])
        r = net.post(dev["token"], "/push", {"device_id": dev["device_id"], "ops": [op]})
        assert r.status_code == 200, r.text
        (result,) = r.json()["results"]
        assert result["status"] == "rejected", (name, result)
        assert result["reason"] and result["row"] is None, name
        assert "scope" not in result["reason"], (name, result)  # refused for its shape
    good = _upsert(100, "people", "good-1", NETWORK, {"name": "Li"})
    r = net.post(alice["token"], "/push", {"device_id": alice["device_id"], "ops": [good]})
    assert r.json()["results"][0]["status"] == "applied"
    held = net.rows()
    assert not [k for k in held if k[1].startswith("bad-")]
    assert ("people", "good-1") in held
    # A delete of a row the server never held would leave a bare tombstone (finding 1e).
    gone = {"seq": 101, "table": "people", "row_id": "never-seen", "scope": NETWORK,
            "op": "delete", "fields": {}, "clocks": {"deleted": _now()}, "hlc": _now()}
    r = net.post(alice["token"], "/push", {"device_id": alice["device_id"], "ops": [gone]})
    assert r.json()["results"][0]["status"] == "rejected"
    assert ("people", "never-seen") not in net.rows()


def test_a_conflict_resolution_must_be_storable_too(net: Net) -> None:
    """Finding 1d: ``POST /conflicts/{id}/resolve`` with a wrong-typed value is refused."""
    alice = net.login("alice")
    cora = net.login("cora")
    now = int(time.time() * 1000)
    first = Timestamp(now, 0, "nodeA").pack()
    net.post(alice["token"], "/push", {"device_id": alice["device_id"],
                                       "ops": [_upsert(1, "people", "p1", NETWORK,
                                                       {"name": "Li"}, first)]})  # fmt: skip
    ahead = Timestamp(now + 3 * DAY, 0, "nodeA").pack()  # quarantined: a conflict record
    net.post(alice["token"], "/push", {"device_id": alice["device_id"],
                                       "ops": [_upsert(2, "people", "p1", NETWORK,
                                                       {"name": "Lee"}, ahead)]})  # fmt: skip
    conflicts = httpx.get(f"{net.base}/api/v1/conflicts?reason=clock_in_future",
                          headers={**p.request_headers(1),
                                   "Authorization": f"Bearer {cora['token']}"}).json()
    items = conflicts.get("conflicts", conflicts) if isinstance(conflicts, dict) else conflicts
    (conflict,) = [c for c in items if c["row_id"] == "p1"]
    bad = net.post(cora["token"], f"/conflicts/{conflict['id']}/resolve",
                   {"choice": "value", "value": {"not": "a name"}})
    assert bad.status_code == 400, bad.text
    assert net.rows()[("people", "p1")].fields["name"] == "Li"
    ok = net.post(cora["token"], f"/conflicts/{conflict['id']}/resolve",
                  {"choice": "value", "value": "Li Wei"})
    assert ok.status_code == 200, ok.text


def test_rows_an_old_server_stored_are_quarantined_and_every_laptop_keeps_syncing(
    net: Net,
) -> None:
    """Findings 1a-1c, 1e: unstorable rows already on a server never stop a laptop."""
    laptops = {name: net.laptop(name) for name in ("alice", "bob", "claire", "cora")}
    for _ws, service in laptops.values():
        service.sync()
    devices = {who: net.login(who) for who in ("alice", "claire")}
    raw = devices["alice"]
    cases = _malformed(net)
    for i, case in enumerate(cases.values(), start=1):
        op = _upsert(i, case["table"], f"bad-{i}", _scope(case, i), case["fields"])
        (result,) = net.old_server_push(devices[case.get("who", "alice")]["token"], [op])
        assert result["status"] == "applied", result  # an old server stored them all
    # The bare tombstone of a row nobody held (finding 1e).
    bare = {"seq": 50, "table": "people", "row_id": "bare-tombstone", "scope": NETWORK,
            "op": "delete", "fields": {}, "clocks": {"deleted": _now()}, "hlc": _now()}
    assert net.old_server_push(raw["token"], [bare])[0]["status"] == "applied"
    # Good rows around the bad ones, from a laptop: they must arrive everywhere.
    alice_ws, alice_sync = laptops["alice"]
    with alice_ws.db.session() as s:
        person = Person(id=uuid7(), scope=NETWORK, name="Contact after the bad rows")
        s.add(person)
        s.add(Lead(id=uuid7(), scope=NETWORK, person_id=person.id, visibility="network",
                   tags=[], notes="good"))  # fmt: skip
    alice_sync.sync()

    for name, (ws, service) in laptops.items():
        report = service.sync()  # no exception, whatever the server holds
        head = httpx.get(f"{net.base}/api/v1/health").status_code
        assert head == 200
        with ws.db.session() as s:
            assert s.get(Person, person.id) is not None, name
            held = {q.row_id: q.reason for q in s.scalars(select(SyncQuarantine))}
        # alice's private scope is hers alone; everything in network reaches everyone
        expected = {f"bad-{i}" for i, c in enumerate(cases.values(), start=1)
                    if name in c.get("seen_by", ("alice",) if c["scope"] != NETWORK
                                     else laptops) and not c.get("skipped")
                    } | {"bare-tombstone"}  # fmt: skip
        skipped = list(cases).index("an unknown field") + 1
        with ws.db.session() as s:
            assert s.get(Person, f"bad-{skipped}").name == "Li"  # type: ignore[union-attr]
        assert set(held) == expected, (name, set(held) ^ expected)
        assert all(held.values()), name
        assert report.quarantined_held == len(expected), name
        assert service.status().quarantined == len(expected), name
        assert all(report.quarantine), name  # "table row: reason" for those set aside now
        assert int(ws.db.meta(CURSOR_KEY) or 0) > 0
        # Quarantined rows never reach the tables the app reads.
        with ws.db.session() as s:
            assert s.scalar(select(func.count()).select_from(Lead)
                            .where(Lead.id.like("bad-%"))) == 0  # fmt: skip

    # A second sync: the quarantine is retried, nothing is downloaded again and again.
    ws, service = laptops["bob"]
    again = service.sync()
    assert again.redownloaded_scopes == [] and again.quarantined == 0

    # A later write makes a row whole (its person arrives): it is stored and leaves quarantine.
    lead_ix = list(cases).index("lead without its person") + 1
    fix = _upsert(100, "leads", f"bad-{lead_ix}", NETWORK, {"person_id": person.id})
    assert net.old_server_push(raw["token"], [fix])[0]["status"] == "applied"
    service.sync()
    with ws.db.session() as s:
        lead = s.get(Lead, f"bad-{lead_ix}")
        assert lead is not None and lead.person_id == person.id and lead.notes == "no person"
        assert s.get(SyncQuarantine, ("leads", f"bad-{lead_ix}")) is None


def test_an_edit_of_a_refused_mission_does_not_leave_a_partial_row(net: Net) -> None:
    """Finding 1b: a leader's mission refused, then edited once the cluster row arrived."""
    claire, claire_sync = net.laptop("claire")
    cora, cora_sync = net.laptop("cora")
    with claire.db.session() as s:
        for org_id, name in ((net.cluster, "Lyonbiopole"), (net.cluster2, "BioM")):
            s.add(Organisation(id=org_id, scope=NETWORK, name=name, kind="cluster",
                               sector_tags=[]))  # fmt: skip
    data = MissionInput(name="Osaka Partnering Days", kind="partnering_event", country="JP",
                        start_date=dt.date(2027, 3, 9), end_date=dt.date(2027, 3, 12),
                        timezone="Asia/Tokyo", lead_cluster_id=net.cluster2)  # fmt: skip
    mission = claire.missions.create(data)  # led by another cluster: the server refuses it
    first = claire_sync.sync()
    assert first.rejected >= 1
    claire.missions.update(mission.id, dataclasses.replace(data, lead_cluster_id=net.cluster))
    with claire.db.session() as s:
        sent = [json.loads(e.fields) for e in s.scalars(select(OutboxEntry))]
    assert sent and all("name" not in f for f in sent)  # only the changed field travels
    second = claire_sync.sync()
    assert second.rejected >= 1 and any("missions" in r for r in second.rejections)
    assert ("missions", mission.id) not in net.rows()  # no partial row on the server
    cora_sync.sync()  # the coordinator, who sees every mission, keeps syncing
    with cora.db.session() as s:
        assert s.get(Mission, mission.id) is None
        assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 0
    with claire.db.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncRejection)) >= 2


class LoseFirstPushAnswer:
    """The real transport, except that the first push's answer is lost after the commit."""

    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self.lost = False

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        answer = self.inner.post(path, body)
        if path == "/push" and not self.lost:
            self.lost = True
            raise ServerUnreachable("the Wi-Fi dropped after the server committed")
        return answer

    def get(self, path: str) -> dict[str, Any]:
        return self.inner.get(path)


def test_a_quarantined_write_whose_answer_was_lost_still_reaches_the_server(net: Net) -> None:
    """Finding 2: a laptop days ahead, its push answer lost; nothing acknowledged is lost."""
    ws, service = net.laptop("alice")
    ws.db.clock = HybridLogicalClock(ws.db.device_id,
                                     wall=lambda: int(time.time() * 1000) + 2 * DAY)  # fmt: skip
    leads = []
    with ws.db.session() as s:
        for i in range(30):
            person = Person(id=uuid7(), scope=org_scope(net.sme_a), name=f"Contact {i}")
            lead = Lead(id=uuid7(), scope=org_scope(net.sme_a), person_id=person.id,
                        visibility="private", tags=[], notes=f"met {i}")  # fmt: skip
            s.add_all([person, lead])
            leads.append(lead.id)
    token = credentials.load_token(net.base, "alice")
    assert token
    inner = HttpTransport(net.base, schema_version=schema_version(), token=token)
    try:
        client = SyncClient(ws.db, LoseFirstPushAnswer(inner),
                            device_id=ws.db.meta(DEVICE_KEY) or "")
        client.sync(retries=2, sleep=lambda _s: None)
    finally:
        inner.close()
    service.sync()
    assert ws.db.pending_changes() == 0
    held = net.rows()
    missing = [lead for lead in leads if ("leads", lead) not in held]
    assert missing == [], f"{len(missing)} of {len(leads)} acknowledged leads never stored"


def test_a_laptop_restored_from_an_old_backup_loses_none_of_its_new_edits(net: Net) -> None:
    """Its outbox numbers restart below what the server has seen from it."""
    ws, service = net.laptop("alice", folder="alice")
    with ws.db.session() as s:
        s.add(Person(id=uuid7(), scope=NETWORK, name="Before the backup"))
    service.sync()
    backup = net.tmp / "backup.sqlite3"
    with ws.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(ws.db.path, backup)
    with ws.db.session() as s:
        for i in range(5):
            s.add(Person(id=uuid7(), scope=NETWORK, name=f"After the backup {i}"))
    service.sync()
    ws.close()
    net.workspaces.remove(ws)
    folder = net.tmp / "alice"
    for extra in folder.glob(f"{DB_FILENAME}-*"):
        extra.unlink()
    shutil.copy(backup, folder / DB_FILENAME)
    restored = Workspace(folder)
    net.workspaces.append(restored)
    new_ids = [uuid7() for _ in range(3)]
    with restored.db.session() as s:
        for i, pid in enumerate(new_ids):
            s.add(Person(id=pid, scope=NETWORK, name=f"Made after the restore {i}"))
        seqs = list(s.scalars(select(OutboxEntry.seq)))
    assert seqs and max(seqs) <= 6  # numbers the server has already seen from this laptop
    SyncService(restored).sync()
    held = net.rows()
    assert all(("people", pid) in held for pid in new_ids)
    assert restored.db.pending_changes() == 0
