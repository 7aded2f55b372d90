"""Table tests of the access policy (no database)."""

from __future__ import annotations

import pytest

from biox_desktop.server.access import (
    AccessFacts,
    RowFacts,
    ServerUser,
    authorise,
    is_narrowing,
    may_write,
    scope_visible,
    visible_scopes,
)

CLUSTER, SME1, SME2 = "c0", "s1", "s2"
M1, M2 = "m1", "m2"


def user(role: str, org: str, uid: str = "u") -> ServerUser:
    kind = "cluster" if org.startswith("c") else "sme"
    return ServerUser(uid, uid, uid, role, org, org, kind)


COORD = user("coordinator", CLUSTER, "coord")
LEADER = user("leader", CLUSTER, "lead")
ALICE = user("delegate", SME1, "alice")
BOB = user("delegate", SME2, "bob")
IN_M1 = AccessFacts(frozenset({M1}))
NONE = AccessFacts()


@pytest.mark.parametrize(
    ("who", "facts", "scope", "sees"),
    [
        (ALICE, NONE, "network", True),
        (ALICE, NONE, "org:s1", True),
        (ALICE, NONE, "org:s2", False),  # another SME's private leads
        (BOB, NONE, "org:s1", False),
        (ALICE, NONE, "user:alice", True),
        (ALICE, NONE, "user:bob", False),
        (ALICE, IN_M1, "mission:m1", True),
        (ALICE, IN_M1, "mission:m2", False),
        (ALICE, NONE, "mission:m1", False),
        (LEADER, IN_M1, "mission:m1", True),
        (LEADER, IN_M1, "org:s1", False),
        (COORD, NONE, "mission:m2", True),  # every mission
        (COORD, NONE, "org:c0", True),
        (COORD, NONE, "org:s1", False),  # private unless the policy says so
        (COORD, AccessFacts(coordinator_sees_private=True), "org:s1", True),
        (COORD, AccessFacts(coordinator_sees_private=True), "user:alice", False),
        (COORD, NONE, "user:coord", True),
    ],
)
def test_visibility(who: ServerUser, facts: AccessFacts, scope: str, sees: bool) -> None:
    assert scope_visible(scope, visible_scopes(who, facts)) is sees
    # Writing needs sight.
    assert may_write(who, scope, facts) is sees


def test_visible_scopes_of_a_delegate_are_concrete() -> None:
    assert visible_scopes(ALICE, IN_M1) == {"network", "org:s1", "user:alice", "mission:m1"}


def test_coordinator_private_flag_never_leaks_user_scopes() -> None:
    scopes = visible_scopes(COORD, AccessFacts(coordinator_sees_private=True))
    assert "org:*" in scopes and "mission:*" in scopes
    assert not any(s.startswith("user:") and s != "user:coord" for s in scopes)


def new(table: str, scope: str, **written: object) -> RowFacts:
    return RowFacts(table, "r1", scope, False, written=written)


def held(table: str, scope: str, owner: str | None, leads: frozenset[str] = frozenset(),
         stored: dict[str, object] | None = None, **written: object) -> RowFacts:  # fmt: skip
    return RowFacts(table, "r1", scope, True, owner, leads, stored or {}, written)


LED = frozenset({CLUSTER})


@pytest.mark.parametrize(
    ("who", "table", "leads", "allowed"),
    [
        (ALICE, "mission_companies", LED, False),
        (ALICE, "missions", LED, False),
        (ALICE, "mission_partners", LED, False),
        (ALICE, "agenda_items", LED, False),  # the programme is the leaders'
        (ALICE, "leads", LED, True),  # a delegate shares leads with the delegation
        (LEADER, "mission_companies", LED, True),
        (LEADER, "mission_companies", frozenset({"c9"}), False),  # another cluster's mission
        (COORD, "mission_companies", frozenset({"c9"}), True),
    ],
)
def test_only_the_missions_leaders_write_its_access_rows(who: ServerUser, table: str,
                                                         leads: frozenset[str],
                                                         allowed: bool) -> None:  # fmt: skip
    row = held(table, "mission:m1", owner=SME1, leads=leads, stored={"mission_id": "m1"},
               status="confirmed")  # fmt: skip
    assert (authorise(who, "mission:m1", "upsert", row) is None) is allowed


@pytest.mark.parametrize("who", [COORD, LEADER, ALICE])
@pytest.mark.parametrize("scope", ["network", "org:c0", "org:s1", "user:u"])
def test_access_rows_outside_their_missions_scope_are_refused(who: ServerUser,
                                                              scope: str) -> None:  # fmt: skip
    reason = authorise(who, scope, "upsert", new("mission_companies", scope, mission_id="m1",
                                                  organisation_id="c9"))  # fmt: skip
    assert reason is not None


def test_an_access_row_names_the_mission_of_its_scope() -> None:
    row = held("mission_companies", "mission:m1", SME1, LED, {"mission_id": "m1"},
               mission_id="m2")  # fmt: skip
    assert "mission they name" in (authorise(LEADER, "mission:m1", "upsert", row) or "")


def test_mission_creation() -> None:
    def create(who: ServerUser, lead: str) -> str | None:
        return authorise(who, "mission:r1", "upsert", new("missions", "mission:r1",
                                                          lead_cluster_id=lead))  # fmt: skip

    assert create(LEADER, CLUSTER) is None
    assert create(LEADER, "c9") is not None  # someone else's mission
    assert create(ALICE, SME1) is not None
    assert create(COORD, "c9") is None
    # A leader may not hand the mission over; a coordinator may.
    mission = held("missions", "mission:r1", CLUSTER, LED, {"lead_cluster_id": CLUSTER},
                   lead_cluster_id="c9")  # fmt: skip
    assert authorise(LEADER, "mission:r1", "upsert", mission) is not None
    assert authorise(COORD, "mission:r1", "upsert", mission) is None


@pytest.mark.parametrize(
    ("who", "owner", "allowed"),
    [(ALICE, SME1, True), (BOB, SME1, False), (LEADER, SME1, False), (COORD, SME1, True),
     (ALICE, None, False)],  # an old row of unknown owner: coordinators only
)  # fmt: skip
def test_network_rows_are_edited_by_their_owner_and_coordinators(who: ServerUser,
                                                                 owner: str | None,
                                                                 allowed: bool) -> None:  # fmt: skip
    for kind, written in (("upsert", {"notes": "x"}), ("delete", {"deleted": True})):
        row = held("leads", "network", owner, **written)
        assert (authorise(who, "network", kind, row) is None) is allowed


def test_a_delegate_edits_only_their_own_roster_entry() -> None:
    mine = held("roster_entries", "mission:m1", CLUSTER, LED, {"organisation_id": SME1},
                hotel="Hotel Granvia")  # fmt: skip
    assert authorise(ALICE, "mission:m1", "upsert", mine) is None
    assert authorise(BOB, "mission:m1", "upsert", mine) is not None
    handed = held("roster_entries", "mission:m1", CLUSTER, LED, {"organisation_id": SME1},
                  organisation_id=SME2)  # fmt: skip
    assert authorise(ALICE, "mission:m1", "upsert", handed) is not None
    assert authorise(ALICE, "mission:m1", "delete", held(
        "roster_entries", "mission:m1", CLUSTER, LED, {"organisation_id": SME1})) is not None


@pytest.mark.parametrize(
    ("old", "new_scope", "org_missions", "narrowing"),
    [
        ("network", "org:s1", frozenset(), True),
        ("network", "mission:m1", frozenset(), True),
        ("mission:m1", "network", frozenset(), False),
        ("mission:m1", "org:s1", frozenset(), True),
        ("mission:m1", "mission:m2", frozenset(), True),
        ("org:s1", "mission:m1", frozenset({"m1"}), False),  # s1 takes part: all see it
        ("org:s1", "mission:m2", frozenset({"m1"}), True),
        ("org:s1", "user:alice", frozenset(), True),
        ("user:alice", "org:s1", frozenset(), False),
        ("org:s1", "network", frozenset(), False),
    ],
)
def test_narrowing(old: str, new_scope: str, org_missions: frozenset[str],
                   narrowing: bool) -> None:  # fmt: skip
    assert is_narrowing(old, new_scope, org_missions) is narrowing


def test_moves() -> None:
    shared = held("leads", "network", SME1)
    # Not even the owner or a coordinator takes a shared row out of sight of its readers.
    assert "would lose" in (authorise(ALICE, "org:s1", "upsert", shared) or "")
    assert authorise(COORD, "org:c0", "upsert", shared) is not None
    # Another company may not move a private row it cannot see anyway; the owner widens.
    private = held("leads", "org:s1", SME1)
    assert authorise(ALICE, "network", "upsert", private) is None
    assert authorise(ALICE, "user:alice", "upsert", private) is None  # her own company's
    assert authorise(ALICE, "network", "upsert", held("leads", "org:s1", SME2)) is not None
