"""The sync API end to end through FastAPI's TestClient, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from typing import Any

import pytest

from biox_desktop.server.auth import RateLimits
from biox_desktop.sync import protocol as P
from biox_desktop.sync.protocol import request_headers

from .conftest import PASSWORD, Harness, Laptop, clock, delete_op, upsert

NOW = int(time.time() * 1000)
T1, T2, T3, T4 = (clock(NOW + i * 1000, node=n) for i, n in enumerate("ABCD", 1))


def lead_scope(h: Harness, org: str | None = None) -> str:
    return f"org:{org or h.sme1}"


def by_seq(push: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {r["seq"]: r for r in push["results"]}


def rows_of(changes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The latest change per row id, as a client would apply them."""
    out: dict[str, dict[str, Any]] = {}
    for c in changes:
        out[c["row_id"]] = c
    return out


# ---- push results and idempotency -------------------------------------------------------


def test_retried_batch_is_applied_exactly_once(harness: Harness) -> None:
    alice = harness.login("alice")
    s = lead_scope(harness)
    batch = [upsert(i, "leads", f"l{i}", s, {"name": f"n{i}"}, T1) for i in (1, 2, 3)]
    first = alice.push(*batch)
    assert [r["status"] for r in first["results"]] == ["applied"] * 3
    assert first["last_seq"] == 3
    # A retry (the answer was lost) is told what happened the first time, applied once.
    again = alice.push(*batch)
    assert [r["status"] for r in again["results"]] == ["applied"] * 3
    assert again["last_seq"] == 3
    # An overlapping retry: 2 and 3 were applied before, 4 is new.
    overlap = alice.push(*batch[1:], upsert(4, "leads", "l4", s, {"name": "n4"}, T1))
    assert [r["status"] for r in overlap["results"]] == ["applied", "applied", "applied"]
    assert overlap["last_seq"] == 4
    changes = alice.pull_all()
    assert sorted(c["row_id"] for c in changes) == ["l1", "l2", "l3", "l4"]
    assert len({c["seq"] for c in changes}) == 4  # one feed entry per applied op, not per retry


def test_each_op_gets_its_own_result_and_a_bad_op_blocks_nothing(harness: Harness) -> None:
    alice = harness.login("alice")
    s = lead_scope(harness)
    ops = [
        upsert(1, "Bad-Table", "x1", s, {"a": 1}, T1),
        upsert(2, "leads", "x2", s, {"a": 1}, T1) | {"clocks": {"a": "yesterday"}},
        upsert(3, "leads", "x3", lead_scope(harness, harness.sme2), {"a": 1}, T1),
        upsert(4, "leads", "x4", s, {"a": float("nan")}, T1),
        upsert(5, "leads", "x5", "galaxy", {"a": 1}, T1),
        upsert(6, "leads", "x6", s, {"a": "fine"}, T1),
        upsert(7, "leads", "x7", s, {"Bad Name": 1}, T1),
        upsert(8, "leads", "x8", s, {"a": "nul\x00"}, T1),
        upsert(9, "leads", "x9", s, {"a": "\ud800"}, T1),
        upsert(10, "leads", "x10", s, {"a": 1}, clock(NOW, node="bad node")),
    ]
    # httpx refuses to send NaN; a sloppy client's JSON encoder might not.
    body = json.dumps({"device_id": alice.device_id, "ops": ops})
    r = alice.api.post("/api/v1/push", content=body,
                       headers={**alice.headers, "Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 200, r.text
    res = by_seq(r.json())
    assert {k: v["status"] for k, v in res.items()} == {
        1: "rejected", 2: "rejected", 3: "rejected", 4: "rejected", 5: "rejected",
        6: "applied", 7: "rejected", 8: "rejected", 9: "rejected", 10: "rejected",
    }  # fmt: skip
    for k in (1, 2, 3, 4, 5, 7, 8, 9, 10):
        assert res[k]["reason"]
        assert res[k]["row"] is None
    assert "clock" in res[2]["reason"]
    assert [c["row_id"] for c in alice.pull_all()] == ["x6"]
    # Rejected ops count as processed: resending one gives its rejection again, not a retry.
    again = alice.push(ops[0])["results"][0]
    assert again["status"] == "rejected" and again["reason"] == res[1]["reason"]
    # Another op under a processed seq (a laptop restored from a backup) is not "applied".
    other = alice.push(upsert(6, "leads", "x66", s, {"a": "new"}, T2))["results"][0]
    assert other["status"] == "duplicate"


def test_malformed_batch_is_refused_whole(harness: Harness) -> None:
    alice = harness.login("alice")
    ok = upsert(1, "leads", "l1", lead_scope(harness), {"a": 1}, T1)
    r = alice.post("push", {"device_id": alice.device_id, "ops": [ok, {"seq": "two"}]})
    assert r.status_code == 400 and r.json()["error"] == "bad_request"
    r = alice.post("push", {"device_id": "someone-else", "ops": [ok]})
    assert r.status_code == 400
    r = alice.post("push", {"device_id": alice.device_id, "ops": [ok | {"seq": 2**63}]})
    assert r.status_code == 400
    assert alice.pull_all() == []
    assert alice.push(ok)["results"][0]["status"] == "applied"


# ---- merge ------------------------------------------------------------------------------


def test_higher_clock_wins_per_field(harness: Harness) -> None:
    alice, alice2 = harness.login("alice"), harness.login("alice2")
    s = lead_scope(harness)
    alice.push(upsert(1, "leads", "l1", s, {"name": "Ann", "phone": "+331"}, T2))
    alice2.pull_all()
    # Newer name, older phone: the name is taken, the phone is not.
    res = alice2.push(
        upsert(1, "leads", "l1", s, {"name": "Anne", "phone": "+339"}, T3,
               clocks={"name": T3, "phone": T1})
    )["results"][0]  # fmt: skip
    assert res["status"] == "conflict"  # the older phone differs: kept for review
    assert res["row"]["fields"] == {"name": "Anne", "phone": "+331"}
    assert res["row"]["clocks"] == {"name": T3, "phone": T2}
    row = rows_of(alice.pull_all())["l1"]
    assert row["fields"] == {"name": "Anne", "phone": "+331"}


def test_same_value_with_older_clock_is_superseded_without_conflict(harness: Harness) -> None:
    alice, alice2, coord = harness.login("alice"), harness.login("alice2"), harness.login("coord")
    s = lead_scope(harness)
    alice.push(upsert(1, "leads", "l1", s, {"name": "Ann"}, T2))
    res = alice2.push(upsert(1, "leads", "l1", s, {"name": "Ann"}, T1))["results"][0]
    assert res["status"] == "superseded"
    assert res["row"]["clocks"]["name"] == T2
    assert coord.get("conflicts").json()["conflicts"] == []


def test_conflict_recorded_and_resolved_through_the_feed(harness: Harness) -> None:
    # The second laptop is the leader's own: network rows are edited by their author's
    # organisation only (another cluster's edits are refused, see test_authorisation).
    leader, leader2 = harness.login("leader"), harness.login("leader", "second laptop")
    coord = harness.login("coord")
    # Network rows: both laptops edit the same organisation name offline.
    leader.push(upsert(1, "organisations", "o1", "network", {"name": "Acme"}, T1))
    leader2.pull_all()
    leader.push(upsert(2, "organisations", "o1", "network", {"name": "ACME Inc"}, T3))
    lost = leader2.push(upsert(1, "organisations", "o1", "network", {"name": "Acme SA"}, T2))
    assert lost["results"][0]["status"] == "conflict"
    assert lost["results"][0]["row"]["fields"]["name"] == "ACME Inc"
    conflicts = coord.get("conflicts", params={"resolved": "false"}).json()["conflicts"]
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["field"], c["reason"]) == ("name", "concurrent")
    assert c["winner"]["value"] == "ACME Inc" and c["winner"]["clock"] == T3
    assert c["winner"]["user_id"] == harness.user_ids["leader"]
    assert c["loser"]["value"] == "Acme SA" and c["loser"]["device_id"] == leader2.device_id
    # The reviewer reads which laptop wrote each value by its name, not its id.
    assert c["loser"]["device_name"] == "second laptop"
    # Network conflicts are the coordinator's: a leader sees none of them.
    assert leader.get("conflicts").json()["conflicts"] == []
    assert leader.post(f"conflicts/{c['id']}/resolve", {"choice": "loser"}).status_code == 404
    r = coord.post(f"conflicts/{c['id']}/resolve", {"choice": "loser"})
    assert r.status_code == 200, r.text
    assert r.json()["row"]["fields"]["name"] == "Acme SA"
    # The resolution is a new, newer write everyone receives.
    got = rows_of(leader.pull_all())["o1"]
    assert got["fields"]["name"] == "Acme SA" and got["clocks"]["name"] > T3
    assert rows_of(leader2.pull_all())["o1"]["fields"]["name"] == "Acme SA"
    assert coord.get("conflicts").json()["conflicts"] == []
    assert coord.post(f"conflicts/{c['id']}/resolve", {"choice": "winner"}).status_code == 409


def test_sequential_edits_are_not_conflicts(harness: Harness) -> None:
    leader, leader2, coord = (
        harness.login("leader"),
        harness.login("leader", "second laptop"),
        harness.login("coord"),
    )
    leader.push(upsert(1, "organisations", "o1", "network", {"name": "Acme"}, T1))
    leader2.pull_all()  # leader2 has seen "Acme" before editing it
    res = leader2.push(upsert(1, "organisations", "o1", "network", {"name": "Acme SA"}, T2))
    assert res["results"][0]["status"] == "applied"
    assert coord.get("conflicts").json()["conflicts"] == []


def test_concurrent_winning_edit_is_recorded(harness: Harness) -> None:
    leader, leader2, coord = (
        harness.login("leader"),
        harness.login("leader", "second laptop"),
        harness.login("coord"),
    )
    leader.push(upsert(1, "organisations", "o1", "network", {"name": "Acme"}, T1))
    # leader2 never pulled "Acme": its newer write wins but the replaced value is kept.
    res = leader2.push(upsert(1, "organisations", "o1", "network", {"name": "Acme SA"}, T2))
    assert res["results"][0]["status"] == "applied"
    (c,) = coord.get("conflicts").json()["conflicts"]
    assert c["winner"]["value"] == "Acme SA" and c["loser"]["value"] == "Acme"


def test_future_clock_is_quarantined(harness: Harness) -> None:
    alice, coord = harness.login("alice"), harness.login("coord")
    s = "network"
    alice.push(upsert(1, "people", "p1", s, {"name": "Li"}, T1))
    future = clock(NOW + 3 * 24 * 3600 * 1000, node="Z")
    res = alice.push(upsert(2, "people", "p1", s, {"name": "Lee", "city": "Osaka"}, T2,
                            clocks={"name": future, "city": T2}))["results"][0]  # fmt: skip
    assert res["status"] == "conflict"
    assert res["row"]["fields"] == {"name": "Li", "city": "Osaka"}  # the sane field applied
    page = coord.get("conflicts").json()
    assert page["conflicts"] == []  # collapsed per device, listed on request
    (q,) = page["quarantines"]
    assert (q["device_id"], q["count"], q["user_name"]) == (alice.device_id, 1, "alice")
    params = {"reason": "clock_in_future", "device": alice.device_id}
    (c,) = coord.get("conflicts", params=params).json()["conflicts"]
    assert c["reason"] == "clock_in_future" and c["loser"]["value"] == "Lee"
    # A later honest write still wins: the future clock was never stored.
    alice.push(upsert(3, "people", "p1", s, {"name": "Lei"}, T3))
    assert rows_of(coord.pull_all())["p1"]["fields"]["name"] == "Lei"
    # A brand-new row whose every clock is in the future is not created.
    res = alice.push(upsert(4, "people", "p2", s, {"name": "X"}, future))["results"][0]
    assert res["status"] == "conflict" and res["row"] is None
    assert "p2" not in rows_of(coord.pull_all())


# ---- tombstones -------------------------------------------------------------------------


def test_tombstones(harness: Harness) -> None:
    alice, alice2 = harness.login("alice"), harness.login("alice2")
    s = lead_scope(harness)
    alice.push(upsert(1, "leads", "l1", s, {"name": "Ann"}, T1))
    alice.push(delete_op(2, "leads", "l1", s, T3))
    got = rows_of(alice2.pull_all())["l1"]
    assert got["deleted"] is True and got["fields"] == {"name": "Ann"}  # fields kept
    assert got["clocks"]["deleted"] == T3
    # A concurrent older edit merges into the tombstone but does not revive it.
    res = alice2.push(upsert(1, "leads", "l1", s, {"name": "Anna"}, T2))["results"][0]
    assert res["status"] == "applied"
    assert res.get("row") is None
    got = rows_of(alice.pull_all())["l1"]
    assert got["deleted"] is True and got["fields"]["name"] == "Anna"
    # An explicit undelete older than the tombstone loses ...
    res = alice2.push(upsert(2, "leads", "l1", s, {"deleted": False}, T2))["results"][0]
    assert res["status"] == "conflict" and res["row"]["deleted"] is True
    # ... a newer one revives the row (a journaled "deleted = 0" update, 0/1 accepted).
    res = alice2.push(upsert(3, "leads", "l1", s, {"deleted": 0}, T4))["results"][0]
    assert res["status"] == "applied"
    got = rows_of(alice.pull_all())["l1"]
    assert got["deleted"] is False and "deleted" not in got["fields"]


def test_purge_never_touches_young_tombstones(harness: Harness) -> None:
    from biox_desktop.server.store import StoreError

    alice = harness.login("alice")
    alice.push(upsert(1, "leads", "l1", lead_scope(harness), {"name": "Ann"}, T1))
    alice.push(delete_op(2, "leads", "l1", lead_scope(harness), T2))
    with pytest.raises(StoreError):
        harness.store.purge_tombstones(179)
    assert harness.store.purge_tombstones(180) == 0
    assert alice.get("checksums").json()["scopes"][lead_scope(harness)]["count"] == 1


# ---- access -----------------------------------------------------------------------------


def test_private_sme_leads_never_reach_another_sme(harness: Harness) -> None:
    alice, bob, coord = harness.login("alice"), harness.login("bob"), harness.login("coord")
    alice2 = harness.login("alice2")
    alice.push(upsert(1, "leads", "secret", lead_scope(harness), {"name": "Ann"}, T1))
    assert bob.pull_all() == []
    assert [c["row_id"] for c in alice2.pull_all()] == ["secret"]  # same company sees it
    assert coord.pull_all() == []  # policy off: the coordinator does not see it either
    assert lead_scope(harness) not in bob.get("checksums").json()["scopes"]
    # Bob cannot overwrite (nor learn about) it by guessing the id, nor read the scope.
    res = bob.push(upsert(1, "leads", "secret", "network", {"name": "mine"}, T4))["results"][0]
    assert res["status"] == "rejected" and res["row"] is None
    r = bob.post("pull", {"cursor": 0, "limit": 10, "scope": lead_scope(harness)})
    assert r.status_code == 403
    assert rows_of(alice2.pull_all()) == {}  # nothing changed


def test_coordinator_sees_private_when_policy_says_so(db_url: str) -> None:
    h = Harness(db_url, coordinator_sees_private=True)
    try:
        alice, coord = h.login("alice"), h.login("coord")
        alice.push(upsert(1, "leads", "l1", lead_scope(h), {"name": "Ann"}, T1))
        alice.push(upsert(2, "notes", "n1", f"user:{alice.user['id']}", {"t": "mine"}, T1))
        assert [c["row_id"] for c in coord.pull_all()] == ["l1"]  # never user:* scopes
        assert lead_scope(h) in coord.get("me").json()["scopes"]
    finally:
        h.close()


def test_scope_move_evicts_those_who_lost_sight(harness: Harness) -> None:
    alice, alice2 = harness.login("alice"), harness.login("alice2")
    s, mine = lead_scope(harness), f"user:{alice.user['id']}"
    alice.push(upsert(1, "leads", "l1", s, {"name": "Ann"}, T1))  # her company's
    got = rows_of(alice2.pull_all())["l1"]
    assert got["scope"] == s and got["evict"] is False
    # Her company owns it: she may take it into her own scope (a shared row could not be:
    # see test_authorisation).
    alice.push(upsert(2, "leads", "l1", mine, {"rating": 5}, T3))
    alice.push(upsert(3, "leads", "l1", mine, {"rating": 4}, T4))
    (evict,) = alice2.pull_all()
    assert evict["evict"] is True and evict["row_id"] == "l1"
    assert "fields" not in evict and evict["scope"] == s
    # Alice still sees the row itself, once, at its latest state.
    alice_rows = rows_of(alice.pull_all())
    assert alice_rows["l1"]["scope"] == mine and alice_rows["l1"]["fields"]["rating"] == 4
    # Her colleague cannot move it back: he may not write the scope it is in now.
    res = alice2.push(upsert(1, "leads", "l1", s, {"name": "x"}, T4))["results"][0]
    assert res["status"] == "rejected" and res["row"] is None


def test_older_scope_move_loses(harness: Harness) -> None:
    alice, alice2 = harness.login("alice"), harness.login("alice2")
    s = lead_scope(harness)
    alice.push(upsert(1, "leads", "l1", s, {"name": "Ann"}, T1))
    alice.push(upsert(2, "leads", "l1", "network", {"name": "Ann"}, T3))
    res = alice2.push(upsert(1, "leads", "l1", s, {"note": "x"}, T2))["results"][0]
    assert res["status"] == "conflict" and res["row"]["scope"] == "network"
    assert res["row"]["fields"]["note"] == "x"


def _mission(h: Harness, leader: Laptop, mission: str, seq: int = 1) -> str:
    scope = f"mission:{mission}"
    res = leader.push(
        upsert(seq, "missions", mission, scope, {"name": "Osaka", "lead_cluster_id": h.cluster}, T1),
        upsert(seq + 1, "mission_companies", f"mc-{mission}", scope,
               {"mission_id": mission, "organisation_id": h.sme1}, T1),
        upsert(seq + 2, "agenda_items", f"ag-{mission}", scope, {"title": "Welcome"}, T1),
    )  # fmt: skip
    assert [r["status"] for r in res["results"]] == ["applied"] * 3, res
    return scope


def test_mission_scopes_follow_the_synced_roster(harness: Harness) -> None:
    leader, alice, bob = harness.login("leader"), harness.login("alice"), harness.login("bob")
    coord, leader2 = harness.login("coord"), harness.login("leader2")
    scope = _mission(harness, leader, "m1")
    assert scope in alice.get("me").json()["scopes"]
    assert {c["row_id"] for c in alice.pull_all()} == {"m1", "mc-m1", "ag-m1"}
    assert {c["row_id"] for c in coord.pull_all()} == {"m1", "mc-m1", "ag-m1"}
    assert bob.pull_all() == [] and leader2.pull_all() == []
    # Outsiders may not write into the mission; delegates may not change who takes part.
    res = bob.push(upsert(1, "agenda_items", "x", scope, {"title": "spam"}, T2))
    assert res["results"][0]["status"] == "rejected"
    res = alice.push(
        upsert(1, "mission_companies", "mc2", scope,
               {"mission_id": "m1", "organisation_id": harness.sme2}, T2)
    )  # fmt: skip
    assert res["results"][0]["status"] == "rejected"
    # A delegate shares leads with the delegation; the programme is the leaders' to build.
    res = alice.push(upsert(2, "leads", "l2", scope, {"name": "Lunch contact"}, T2))
    assert res["results"][0]["status"] == "applied"
    res = alice.push(upsert(3, "agenda_items", "a2", scope, {"title": "Lunch"}, T2))
    assert res["results"][0]["status"] == "rejected"
    # Another cluster's leader cannot create a mission led by this cluster.
    res = leader2.push(
        upsert(1, "missions", "m9", "mission:m9", {"lead_cluster_id": harness.cluster}, T1)
    )
    assert res["results"][0]["status"] == "rejected"
    # Nor claim a delegation whose rows arrived before its missions row.
    coord.push(upsert(1, "agenda_items", "ag5", "mission:m5", {"title": "x"}, T1))
    res = leader2.push(
        upsert(2, "missions", "m5", "mission:m5", {"lead_cluster_id": harness.cluster2}, T1)
    )
    assert res["results"][0]["status"] == "rejected"
    # Taking the company off the mission takes the scope away.
    leader.push(delete_op(4, "mission_companies", "mc-m1", scope, T3))
    assert scope not in alice.get("me").json()["scopes"]
    assert scope not in alice.get("checksums").json()["scopes"]


# ---- pull -------------------------------------------------------------------------------


def test_pull_pages_each_row_once_at_its_latest_state(harness: Harness) -> None:
    alice = harness.login("alice")
    s = lead_scope(harness)
    for i in range(5):
        alice.push(upsert(i + 1, "leads", "l1", s, {"rating": i}, clock(NOW + i, node="A")))
    for i in range(7):
        alice.push(upsert(10 + i, "leads", f"m{i}", s, {"name": str(i)}, T1))
    reader = harness.login("alice2")
    pages = []
    while True:
        r = reader.post("pull", {"cursor": reader.cursor, "limit": 3}).json()
        pages.append(r["changes"])
        reader.cursor = r["cursor"]
        if not r["more"]:
            break
    flat = [c for p in pages for c in p]
    assert len(flat) == 8 and len({c["row_id"] for c in flat}) == 8
    assert [c["seq"] for c in flat] == sorted(c["seq"] for c in flat)
    assert all(len(p) <= 3 for p in pages)
    assert rows_of(flat)["l1"]["fields"]["rating"] == 4
    # Nothing to do: an empty page and the same cursor.
    r = reader.post("pull", {"cursor": reader.cursor, "limit": 3}).json()
    assert r["changes"] == [] and r["cursor"] == reader.cursor and not r["more"]
    assert "server_time" in r


def test_pull_cursor_skips_past_rows_the_user_cannot_see(harness: Harness) -> None:
    alice, bob = harness.login("alice"), harness.login("bob")
    for i in range(4):
        alice.push(upsert(i + 1, "leads", f"l{i}", lead_scope(harness), {"a": i}, T1))
    r = bob.post("pull", {"cursor": 0, "limit": 2}).json()
    assert r["changes"] == [] and not r["more"] and r["cursor"] == 4


def test_pull_rejects_bad_limits(harness: Harness) -> None:
    alice = harness.login("alice")
    assert alice.post("pull", {"cursor": 0, "limit": 5001}).status_code == 400
    assert alice.post("pull", {"cursor": -1, "limit": 10}).status_code == 400


# ---- checksums --------------------------------------------------------------------------


def test_checksums_match_what_the_client_computes(harness: Harness) -> None:
    leader, alice = harness.login("leader"), harness.login("alice")
    _mission(harness, leader, "m1")
    alice.push(
        upsert(1, "leads", "l1", lead_scope(harness), {"name": "Ann", "x": 1}, T1,
               clocks={"name": T1, "x": T3}),
        upsert(2, "leads", "l2", lead_scope(harness), {"name": "Bo"}, T2),
        delete_op(3, "leads", "l2", lead_scope(harness), T4),
        upsert(4, "people", "p1", "network", {"name": "Li"}, T2),
        upsert(5, "leads", "l3", lead_scope(harness), {"name": "moved"}, T1),
        upsert(6, "leads", "l3", "network", {}, T2),
    )  # fmt: skip
    local: dict[str, dict[str, Any]] = {}
    for c in alice.pull_all():
        if c["evict"]:
            local.pop(c["row_id"], None)
        else:
            local[c["row_id"]] = c
    per_scope: dict[str, list[int]] = defaultdict(list)
    for c in local.values():
        per_scope[c["scope"]].append(
            P.row_checksum(c["table"], c["row_id"], c["clocks"], c["deleted"])
        )
    server = alice.get("checksums").json()["scopes"]
    for scope, sums in per_scope.items():
        assert server[scope] == {"count": len(sums), "checksum": P.combine(sums)}, scope
    assert {s for s, v in server.items() if v["count"]} == set(per_scope)
    # The sums kept up to date push by push equal those recomputed from the stored rows.
    with harness.engine.connect() as conn:
        recomputed = harness.store.recompute_checksums(conn, per_scope)
    assert recomputed == {scope: server[scope]["checksum"] for scope in per_scope}


def test_row_checksum_definition() -> None:
    import hashlib

    clocks = {"a": T1, "deleted": T3, "b": T2}
    expected = int.from_bytes(hashlib.sha256(f"t\x1fr\x1f{T3}\x1f1".encode()).digest()[:8], "big")
    assert P.row_checksum("t", "r", clocks, True) == expected
    assert P.combine([2**64 - 1, 2]) == 1


# ---- authentication and versions --------------------------------------------------------


def test_revoked_device_is_refused_at_once(harness: Harness) -> None:
    alice, other = harness.login("alice"), harness.login("alice", "desktop")
    assert alice.get("me").status_code == 200
    harness.store.revoke_device(alice.device_id)
    for r in (alice.get("me"), alice.post("pull", {"cursor": 0, "limit": 5})):
        assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    assert other.get("me").status_code == 200  # other laptops keep working
    assert other.post("logout", {}).status_code == 200
    assert other.get("checksums").json()["error"] == "device_revoked"
    r = alice.api.get("/api/v1/me", headers={**request_headers(1), "Authorization": "Bearer x"})
    assert r.status_code == 401 and r.json()["error"] == "bad_token"


def _login(h: Harness, user: str, password: str) -> Any:
    return h.api.post(
        "/api/v1/login",
        json={"username": user, "password": password, "device_name": "x"},
        headers=request_headers(1),
    )


def test_wrong_password_then_rate_limit(db_url: str) -> None:
    h = Harness(db_url, limits=RateLimits(per_user_address=3, per_address=5, window_s=60))
    try:
        r = _login(h, "alice", "nope")
        assert r.status_code == 401 and r.json()["error"] == "bad_credentials"
        assert _login(h, "nobody", "nope").json()["error"] == "bad_credentials"
        assert _login(h, "nul\x00", "nope").json()["error"] == "bad_credentials"
        _login(h, "alice", "nope")
        _login(h, "alice", "nope")
        r = _login(h, "alice", PASSWORD)  # right password, but locked for now
        assert r.status_code == 429 and r.json()["error"] == "too_many_attempts"
        assert 0 < r.json()["retry_after"] <= 60 and r.headers["Retry-After"]
        # Another user from the same address: one more failure trips the address limit.
        assert _login(h, "bob", PASSWORD).status_code == 200
        assert _login(h, "bob", "nope").status_code == 401
        assert _login(h, "bob", PASSWORD).status_code == 429
    finally:
        h.close()


def test_outdated_client_gets_426_and_nothing_is_applied(harness: Harness) -> None:
    alice = harness.login("alice")
    harness.store.init_settings(min_schema=3)
    body = {"device_id": alice.device_id,
            "ops": [upsert(1, "leads", "l1", lead_scope(harness), {"a": 1}, T1)]}  # fmt: skip
    r = alice.api.post("/api/v1/push", json=body, headers={**alice.headers, "X-Biox-Schema": "2"})
    assert r.status_code == 426
    assert r.json()["error"] == "upgrade_required" and r.json()["min_schema"] == 3
    r = alice.api.post(
        "/api/v1/push", json=body, headers={"Authorization": alice.headers["Authorization"]}
    )
    assert r.status_code == 426
    harness.store.init_settings(min_schema=1)
    # Nothing was applied nor counted: the same op is still new.
    assert alice.pull_all() == []
    assert alice.push(body["ops"][0])["results"][0]["status"] == "applied"
    assert harness.api.get("/api/v1/health").json()["min_schema"] == 1


def test_login_answer_shape(harness: Harness) -> None:
    r = _login(harness, "alice", PASSWORD).json()
    assert set(r) == {"token", "token_expires_at", "device_id", "server_id", "user"}
    assert r["user"]["organisation_kind"] == "sme" and r["user"]["role"] == "delegate"
    assert r["server_id"] == harness.api.get("/api/v1/health").json()["server_id"]


# ---- the typed schema and remembered results (issue 20) --------------------------------------


@pytest.fixture
def typed(db_url: str) -> Any:
    h = Harness(db_url, typed=True)
    yield h
    h.close()


def test_the_typed_server_refuses_rows_a_laptop_cannot_store(typed: Harness) -> None:
    alice = typed.login("alice")
    s = lead_scope(typed)
    person = "0190d0f0-0000-7000-8000-000000000001"
    res = by_seq(alice.push(
        upsert(1, "leads", "l1", s, {"notes": "no person"}, T1),
        upsert(2, "leads", "l2", s, {"person_id": person, "next_action_due": "soon"}, T1),
        upsert(3, "people", "p1", s, {"name": {"first": "Li"}}, T1),
        upsert(4, "people", "p2", s, {"name": "Li", "shoe_size": 44}, T1),
        upsert(5, "organisations", "o1", "network", {"name": "x" * 301}, T1),
        upsert(6, "notes", "n1", s, {"text": "a newer client's table"}, T1),
        delete_op(7, "people", "never-held", s, T1),
        upsert(8, "leads", "l3", s, {"person_id": person, "rating": 4}, T1),
        upsert(9, "leads", "l3", s, {"notes": "a partial update is fine"}, T2),
        upsert(10, "leads", "l3", s, {"person_id": None}, T3),
    ))  # fmt: skip
    assert {k: v["status"] for k, v in res.items()} == {
        1: "rejected", 2: "rejected", 3: "rejected", 4: "rejected", 5: "rejected",
        6: "rejected", 7: "rejected", 8: "applied", 9: "applied", 10: "rejected",
    }  # fmt: skip
    assert "person_id" in res[1]["reason"] and "date" in res[2]["reason"]
    assert "shoe_size" in res[4]["reason"] and "300" in res[5]["reason"]
    assert res[10]["row"]["fields"]["person_id"] == person  # the server's row, to correct
    rows = rows_of(alice.pull_all())
    assert set(rows) == {"l3"}
    assert rows["l3"]["fields"] == {"person_id": person, "rating": 4,
                                    "notes": "a partial update is fine"}  # fmt: skip


def test_a_retry_after_a_lost_answer_gets_the_first_results(typed: Harness) -> None:
    alice = typed.login("alice")
    s = lead_scope(typed)
    ahead = clock(NOW + 3 * 86_400_000, node="A")
    batch = [
        upsert(1, "people", "p1", s, {"name": "Li"}, T1),
        upsert(2, "people", "p2", s, {"name": "Wei"}, ahead),  # quarantined: clock ahead
        upsert(3, "people", "p3", s, {"name": None}, T1),  # rejected
    ]
    first = [(r["status"], r.get("quarantined"), r.get("reason")) for r in
             alice.push(*batch)["results"]]  # fmt: skip
    assert [f[0] for f in first] == ["applied", "conflict", "rejected"] and first[1][1] is True
    again = [(r["status"], r.get("quarantined"), r.get("reason")) for r in
             alice.push(*batch)["results"]]  # fmt: skip
    assert again == first
    assert [c["row_id"] for c in alice.pull_all()] == ["p1"]  # applied once, nothing else
    # Another op under a seq already processed: the outcome is unknown, not "applied".
    other = upsert(1, "people", "p9", s, {"name": "Restored"}, T2)
    assert alice.push(other)["results"][0]["status"] == "duplicate"
    # Results below the lowest seq of a push are forgotten (everything below was answered).
    alice.push(upsert(4, "people", "p4", s, {"name": "Next"}, T2))
    assert alice.push(batch[0])["results"][0]["status"] == "duplicate"
    with typed.engine.connect() as conn:
        from sqlalchemy import select

        from biox_desktop.server.models import PushResult

        kept = sorted(conn.execute(select(PushResult.seq)).scalars())
    assert kept == [4]


def test_a_conflict_resolution_is_checked_against_the_schema(typed: Harness) -> None:
    alice, coord = typed.login("alice"), typed.login("coord")
    alice.push(upsert(1, "organisations", "o1", "network", {"name": "Acme"}, T1))
    ahead = clock(NOW + 3 * 86_400_000, node="A")
    alice.push(upsert(2, "organisations", "o1", "network", {"name": "Acme SA"}, ahead))
    (conflict,) = coord.get("conflicts?reason=clock_in_future").json()["conflicts"]
    for bad in ({"a": 1}, None, "x" * 301, 5):
        r = coord.post(f"conflicts/{conflict['id']}/resolve", {"choice": "value", "value": bad})
        assert r.status_code == 400, (bad, r.text)
    r = coord.post(f"conflicts/{conflict['id']}/resolve", {"choice": "value", "value": "ACME"})
    assert r.status_code == 200, r.text
