"""The authorisation table, read and pushed through the real server app, case by case.

For every table x scope kind x role x action of ``protocol.AUTHORISATION``, an op is built and
pushed by a user of that role; it must be applied exactly when the table's conditions hold. The
conditions are judged here from how each case is set up (who owns the row, which cluster leads
the mission, whose roster entry it is), not by the server's code. Each case runs twice: on a
row of the actor's own organisation in a mission the actor's cluster leads ("own"), and on a
row of another organisation in a mission another cluster leads ("other").

Then the two findings of issue 20 with real ``biox-server serve`` processes on 127.0.0.1:
a leader may not open another cluster's mission by writing a mission link outside its scope
(finding 3), and nobody may take a shared row private, nor edit another organisation's network
rows (finding 4).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, insert, select, update
from sqlalchemy.types import JSON

from biox_desktop.db.models import Base, UTCDateTime
from biox_desktop.server.db import make_engine, migrate
from biox_desktop.server.models import Counter, SyncRow
from biox_desktop.server.store import Store
from biox_desktop.sync import protocol as P

from .conftest import (
    FAST_HASHER,
    PASSWORD,
    Harness,
    Laptop,
    clock,
    delete_op,
    free_port,
    upsert,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = int(time.time() * 1000)
ACTORS = {"coordinator": "coord", "leader": "leader", "delegate": "alice"}
VARIANTS = ("own", "other")
_ids = itertools.count(1)


def _value(column: Any) -> Any:
    """A plausible wire value for a desktop column (creates carry every required field)."""
    t = column.type
    if isinstance(t, UTCDateTime):
        return "2026-05-01T09:00:00+00:00"
    if isinstance(t, Boolean):
        return False
    if isinstance(t, Date):
        return "2026-05-01"
    if isinstance(t, Integer):
        return 1
    if isinstance(t, Float):
        return 1.0
    if isinstance(t, JSON):
        return []
    if isinstance(t, LargeBinary):
        return ""
    if column.name == "timezone":
        return "Asia/Tokyo"
    if column.name == "country":
        return "JP"
    return "x"


def required_fields(table: str) -> dict[str, Any]:
    """Every NOT NULL column of the desktop table without a default, with a plausible value."""
    out: dict[str, Any] = {}
    for column in Base.metadata.tables[table].columns:
        if column.name in ("id", "scope", "deleted", "created_at") or column.nullable:
            continue
        if column.default is None and column.server_default is None:
            out[column.name] = _value(column)
    return out


#: A column each table's edit writes (a real column of the desktop model).
EDIT_FIELD = {
    "organisations": "description", "people": "notes", "leads": "notes", "consents": "wording",
    "follow_ups": "notes", "agreements": "notes", "agreement_parties": "role",
    "agreement_links": "meeting_id", "attachments": "filename", "merge_forwards": "col",
    "missions": "description", "mission_companies": "profile", "mission_partners": "role",
    "roster_entries": "notes", "venues": "address", "travel_times": "minutes",
    "agenda_items": "description", "agenda_participants": "person_id", "meetings": "title",
    "meeting_participants": "side", "meeting_requests": "notes", "merges": "group_id",
    "not_duplicates": "kind", "erasures": "basis",
}  # fmt: skip


class World:
    """One server database with two missions and a laptop per role (module-wide)."""

    def __init__(self, url: str) -> None:
        self.h = Harness(url, coordinator_sees_private=True)
        store = self.h.store
        # Another cluster's coordinator creates the rows that belong to someone else.
        store.add_user("coord2", self.h.cluster2, "coordinator", PASSWORD, hasher=FAST_HASHER)
        self.laptops = {role: self.h.login(name) for role, name in ACTORS.items()}
        self.coord2 = self.h.login("coord2")
        self.orgs = {"coordinator": self.h.cluster, "leader": self.h.cluster,
                     "delegate": self.h.sme1}  # fmt: skip
        # M1 led by the actors' cluster, M2 by another; the actors' organisations in both.
        self.m1 = self.mission(self.laptops["leader"], self.h.cluster)
        self.m2 = self.mission(self.coord2, self.h.cluster2, extra=[self.h.cluster])

    def mission(self, by: Laptop, lead: str, extra: list[str] | None = None) -> str:
        mission = f"m{next(_ids)}"
        scope = f"mission:{mission}"
        ops = [self.op(by, "missions", mission, scope,
                       {**required_fields("missions"), "lead_cluster_id": lead})]  # fmt: skip
        for org in [self.h.sme1, *(extra or [])]:
            ops.append(self.op(by, "mission_companies", f"mc{next(_ids)}", scope,
                               {**required_fields("mission_companies"), "mission_id": mission,
                                "organisation_id": org}))  # fmt: skip
        results = by.push(*ops)["results"]
        assert {r["status"] for r in results} == {"applied"}, results
        return mission

    @staticmethod
    def op(by: Laptop, table: str, row_id: str, scope: str, fields: dict[str, Any],
           kind: str = "upsert") -> dict[str, Any]:  # fmt: skip
        seq = getattr(by, "seq", 0) + 1
        by.seq = seq  # type: ignore[attr-defined]
        # One clock for every laptop here, always rising: each write is the newest.
        at = clock(NOW + next(_ids), node=by.device_id.replace("-", "")[:20])
        if kind == "delete":
            return delete_op(seq, table, row_id, scope, at)
        return upsert(seq, table, row_id, scope, fields, at)

    def seed(self, table: str, row_id: str, scope: str, fields: dict[str, Any],
             owner_org: str) -> None:  # fmt: skip
        """A row stored as if its owner's laptop had pushed it (straight into the database)."""
        at = clock(NOW - 1000, node="seed")
        with self.h.engine.begin() as conn:
            seq = conn.execute(select(Counter.seq).where(Counter.id == 1)).scalar_one() + 1
            conn.execute(update(Counter).where(Counter.id == 1).values(seq=seq))
            conn.execute(insert(SyncRow).values(
                tbl=table, row_id=row_id, scope=scope, fields=fields,
                clocks=dict.fromkeys(fields, at), authors={}, deleted=False, deleted_at=None,
                scope_clock=at, seq=seq, owner_user=None, owner_org=owner_org,
            ))  # fmt: skip

    def close(self) -> None:
        self.h.close()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                               marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[World]:  # fmt: skip
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('authz') / 'server.db'}"
    else:
        from tests.pg import new_pg_database

        url = new_pg_database(request.getfixturevalue("pg_server"))
    w = World(url)
    yield w
    w.close()


def _holds(condition: str, role: str, variant: str, action: str) -> bool:
    """Whether a condition of the table is met by how the case is set up."""
    if condition == P.IF_ANYONE:
        return True
    own = variant == "own"
    if condition == P.IF_OWNER:
        return own or action == P.ACT_CREATE  # a new row belongs to its creator's organisation
    if condition == P.IF_MISSION_LEAD:
        return own and role in ("coordinator", "leader")  # their cluster leads M1, not M2
    if condition == P.IF_OWN_ENTRY:
        return own  # the entry names the actor's organisation in the own variant
    if condition == P.IF_HOME_CLUSTER:
        return own  # no organisation here has a home cluster: only the owner condition holds
    if condition == P.IF_LEAD_OWNER:
        return False  # no lead of the erased person exists in these cases (tests/privacy)
    raise AssertionError(condition)


def expected(table: str, kind: str, role: str, action: str, variant: str) -> bool:
    """Applied or not, as the table says for this case."""
    def allowed(k: str, a: str) -> bool:
        return any(_holds(c, role, variant, a) for c in P.allowed_conditions(table, k, role, a))

    if action != P.ACT_MOVE:
        return allowed(kind, action)
    # Moves go to network (never a narrowing), out of network to the actor's own scope (always
    # a narrowing: refused, whatever the table says).
    if kind == "network":
        return False
    return allowed(kind, P.ACT_MOVE) and allowed("network", P.ACT_CREATE)


CASES = [
    pytest.param(table, kind, role, action, variant, id=f"{table}-{kind}-{role}-{action}-{variant}")
    for table in sorted(P.AUTHORISATION)
    for kind in P.SCOPE_KINDS
    for role in P.AUTH_ROLES
    for action in P.ACTIONS
    for variant in VARIANTS
]


def test_the_table_covers_every_synced_table() -> None:
    synced = {t for t in Base.metadata.tables if not t.startswith("sync_")} - {
        "local_meta", "batches", "batch_rows", "attendees"}  # fmt: skip  (local tables)
    assert set(P.AUTHORISATION) == synced
    for by_kind in P.AUTHORISATION.values():
        assert set(by_kind) == set(P.SCOPE_KINDS)
        for by_role in by_kind.values():
            assert set(by_role) == set(P.AUTH_ROLES)
            for rule in by_role.values():
                assert set(rule) == set(P.ACTIONS)


@pytest.mark.parametrize(("table", "kind", "role", "action", "variant"), CASES)
def test_push_is_applied_exactly_as_the_table_says(world: World, table: str, kind: str,
                                                   role: str, action: str, variant: str) -> None:  # fmt: skip
    actor = world.laptops[role]
    org = world.orgs[role]
    other_org = world.h.cluster2 if role != "delegate" else world.h.sme2
    mission = world.m1 if variant == "own" else world.m2
    scope = {"network": "network", "mission": f"mission:{mission}", "org": f"org:{org}",
             "user": f"user:{actor.user['id']}"}[kind]  # fmt: skip
    row_id = f"r{next(_ids)}"
    fields = required_fields(table)
    if "mission_id" in fields or table == "roster_entries":
        fields["mission_id"] = mission
    if table == "roster_entries":
        fields["organisation_id"] = org if variant == "own" else world.h.sme2
    if table == "erasures":  # a person of its own: the module's other rows name "x"
        fields["person_id"] = f"p{next(_ids)}"
    if table == "missions" and kind == "mission":
        # A missions row lives in its own scope: a new mission, or one made for this case.
        lead = org if variant == "own" else world.h.cluster2
        fields["lead_cluster_id"] = lead
        if action == P.ACT_CREATE:
            scope = f"mission:{row_id}"
        else:
            maker = world.laptops["leader"] if variant == "own" else world.coord2
            lead = world.h.cluster if variant == "own" else world.h.cluster2
            extra = [] if role == "delegate" else [world.h.cluster]
            row_id = world.mission(maker, lead, extra=extra if variant == "other" else [])
            scope = f"mission:{row_id}"
    elif action != P.ACT_CREATE:
        world.seed(table, row_id, scope, fields, owner_org=org if variant == "own" else other_org)

    if action == P.ACT_CREATE:
        op = world.op(actor, table, row_id, scope, fields)
    elif action == P.ACT_EDIT:
        name = EDIT_FIELD[table]
        op = world.op(actor, table, row_id, scope, {name: 2 if name == "minutes" else "edited"})
    elif action == P.ACT_DELETE:
        op = world.op(actor, table, row_id, scope, {}, kind="delete")
    else:
        target = "network" if kind != "network" else f"org:{org}"
        op = world.op(actor, table, row_id, target, {})
    (result,) = actor.push(op)["results"]
    want = expected(table, kind, role, action, variant)
    assert (result["status"] == "applied") is want, result
    if not want:
        assert result["status"] == "rejected" and result["reason"], result


# --------------------------------------------------------------------------------------------
# Findings 3 and 4 of issue 20 against real server processes on 127.0.0.1


class Served:
    """A ``biox-server serve`` process over one database, with accounts made beforehand."""

    def __init__(self, url: str) -> None:
        engine = make_engine(url)
        migrate(engine)
        store = Store(engine)
        store.init_settings()
        self.cluster = store.add_org("Lyonbiopole", "cluster")["id"]
        self.cluster2 = store.add_org("BioM", "cluster")["id"]
        self.sme1 = store.add_org("Alpha Bio", "sme")["id"]
        self.sme2 = store.add_org("Beta Pharma", "sme")["id"]
        for name, org, role in (("claire", self.cluster, "leader"),
                                ("bruno", self.cluster2, "leader"),
                                ("alice", self.sme1, "delegate"),
                                ("bob", self.sme2, "delegate"),
                                ("cora", self.cluster, "coordinator")):  # fmt: skip
            store.add_user(name, org, role, PASSWORD, hasher=FAST_HASHER)
        engine.dispose()
        port = free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "biox_desktop.server", "serve", "--host", "127.0.0.1",
             "--port", str(port), "--database-url", url, "--log-level", "warning"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{port}{P.API_PREFIX}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert self.process.poll() is None, self.process.stdout and self.process.stdout.read()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)

    def laptop(self, username: str) -> Remote:
        return Remote(self.base, username)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(15)


class Remote:
    """One signed-in laptop talking HTTP to the served process."""

    def __init__(self, base: str, username: str) -> None:
        self.http = httpx.Client(base_url=base, headers=P.request_headers(1), timeout=20)
        r = self.http.post("/login", json={"username": username, "password": PASSWORD,
                                           "device_name": "e2e"})  # fmt: skip
        assert r.status_code == 200, r.text
        login = r.json()
        self.device_id, self.user = login["device_id"], login["user"]
        self.http.headers["Authorization"] = f"Bearer {login['token']}"
        self.seq = 0

    def push(self, table: str, row_id: str, scope: str, fields: dict[str, Any],
             delete: bool = False) -> dict[str, Any]:  # fmt: skip
        self.seq += 1
        at = clock(NOW + next(_ids), node=self.device_id.replace("-", "")[:20])
        op = (delete_op(self.seq, table, row_id, scope, at) if delete
              else upsert(self.seq, table, row_id, scope, fields, at))  # fmt: skip
        r = self.http.post("/push", json={"device_id": self.device_id, "batch_id": str(self.seq),
                                          "ops": [op]})  # fmt: skip
        assert r.status_code == 200, r.text
        (result,) = r.json()["results"]
        return dict(result)

    def rows(self) -> dict[str, dict[str, Any]]:
        """Every row this user may see now (a full pull from the start)."""
        out: dict[str, dict[str, Any]] = {}
        cursor = 0
        while True:
            page = self.http.post("/pull", json={"cursor": cursor, "limit": 1000}).json()
            for change in page["changes"]:
                if not change["evict"]:
                    out[change["row_id"]] = change
            cursor = page["cursor"]
            if not page["more"]:
                return out

    def scopes(self) -> list[str]:
        return list(self.http.get("/me").json()["scopes"])

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def served(db_url: str) -> Iterator[Served]:
    s = Served(db_url)
    yield s
    s.close()


def _osaka(s: Served, claire: Remote) -> str:
    """Claire's cluster leads a mission with Alpha Bio and Beta Pharma; a roster with a
    passport date, and an agenda item."""
    mission = "osaka"
    scope = f"mission:{mission}"
    for table, row_id, fields in (
        ("missions", mission, {**required_fields("missions"), "name": "Osaka",
                               "lead_cluster_id": s.cluster}),
        ("mission_companies", "mc1", {"mission_id": mission, "organisation_id": s.sme1}),
        ("mission_companies", "mc2", {"mission_id": mission, "organisation_id": s.sme2}),
        ("roster_entries", "re1", {"mission_id": mission, "person_id": "p1",
                                   "organisation_id": s.sme1, "passport_expiry": "2027-01-31"}),
        ("agenda_items", "ag1", {**required_fields("agenda_items"), "mission_id": mission,
                                 "title": "Welcome"}),
    ):  # fmt: skip
        assert claire.push(table, row_id, scope, fields)["status"] == "applied"
    return scope


def test_finding_3_a_leader_cannot_open_another_clusters_mission(served: Served) -> None:
    claire, bruno = served.laptop("claire"), served.laptop("bruno")
    try:
        scope = _osaka(served, claire)
        link = {"mission_id": "osaka", "organisation_id": served.cluster2}
        # Bruno writes the link in his own organisation's scope, in network, and in the
        # mission's scope; every one is refused with a reason.
        for where in (f"org:{served.cluster2}", "network", scope):
            result = bruno.push("mission_companies", f"mine-{where}", where, link)
            assert result["status"] == "rejected" and result["reason"], (where, result)
        # He never gains sight of the mission: not its roster, not its agenda.
        assert scope not in bruno.scopes()
        seen = bruno.rows()
        assert not {"osaka", "re1", "ag1", "mc1"} & set(seen), sorted(seen)
        # Nor may he write into it.
        result = bruno.push("agenda_items", "spam", scope,
                            {**required_fields("agenda_items"), "mission_id": "osaka"})
        assert result["status"] == "rejected"
        # The mission's own leader may add his cluster; then he sees it.
        assert claire.push("mission_companies", "mc3", scope, link)["status"] == "applied"
        assert scope in bruno.scopes() and "re1" in bruno.rows()
    finally:
        claire.close()
        bruno.close()


def test_finding_4_nobody_takes_shared_rows_private(served: Served) -> None:
    claire, alice, bob = (served.laptop(n) for n in ("claire", "alice", "bob"))
    cora = served.laptop("cora")
    try:
        scope = _osaka(served, claire)
        lead = {"notes": "Wants a distribution deal", "person_id": "p9"}
        assert alice.push("leads", "shared", "network", lead)["status"] == "applied"
        # Bob (another SME) may not take Alice's shared lead into his company's scope, nor
        # the roster entry of Alice into his; nor edit or delete her network row.
        for table, row_id, where in (("leads", "shared", "network"), ("roster_entries", "re1",
                                                                      scope)):  # fmt: skip
            result = bob.push(table, row_id, f"org:{served.sme2}", {})
            assert result["status"] == "rejected" and result["reason"], result
            assert result["row"]["scope"] == where  # he is told where it really is
        assert bob.push("leads", "shared", "network", {"notes": "mine"})["status"] == "rejected"
        assert bob.push("leads", "shared", "network", {}, delete=True)["status"] == "rejected"
        # Alice herself may not take it back silently from everyone who has it (she may
        # delete it: a tombstone everyone receives).
        result = alice.push("leads", "shared", f"org:{served.sme1}", {})
        assert result["status"] == "rejected", result
        # Everyone still holds it, unchanged, in network; the roster entry stays put.
        for laptop in (alice, bob, claire):
            row = laptop.rows()["shared"]
            assert row["scope"] == "network" and row["fields"]["notes"] == lead["notes"]
            assert not row["deleted"]
        assert claire.rows()["re1"]["scope"] == scope
        # Her company and the coordinator may edit it; the coordinator may not narrow it.
        assert alice.push("leads", "shared", "network", {"rating": 4})["status"] == "applied"
        assert cora.push("leads", "shared", "network", {"rating": 5})["status"] == "applied"
        assert cora.push("leads", "shared", f"org:{served.cluster}", {})["status"] == "rejected"
        assert alice.push("leads", "shared", "network", {}, delete=True)["status"] == "applied"
        assert bob.rows()["shared"]["deleted"] is True
    finally:
        for laptop in (claire, alice, bob, cora):
            laptop.close()
