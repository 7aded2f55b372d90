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
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, Float, Integer, LargeBinary, insert, select, update
from sqlalchemy.types import JSON

from biox_desktop.db.models import Base, UTCDateTime
from biox_desktop.server.models import Counter, SyncRow
from biox_desktop.sync import protocol as P

from .conftest import FAST_HASHER, PASSWORD, Harness, Laptop, clock, delete_op, upsert

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
    "not_duplicates": "kind",
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
        "local_meta", "batches", "batch_rows"}  # fmt: skip
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
