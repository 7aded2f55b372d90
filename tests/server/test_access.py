"""Table tests of the access policy (no database)."""

from __future__ import annotations

import pytest

from biox_desktop.server.access import (
    AccessFacts,
    ServerUser,
    may_create_mission,
    may_write,
    may_write_row,
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
    # Writing needs sight, and sight is enough for plain tables.
    assert may_write(who, scope, facts) is sees
    assert may_write_row(who, "leads", scope, facts) is sees


def test_visible_scopes_of_a_delegate_are_concrete() -> None:
    assert visible_scopes(ALICE, IN_M1) == {"network", "org:s1", "user:alice", "mission:m1"}


def test_coordinator_private_flag_never_leaks_user_scopes() -> None:
    scopes = visible_scopes(COORD, AccessFacts(coordinator_sees_private=True))
    assert "org:*" in scopes and "mission:*" in scopes
    assert not any(s.startswith("user:") and s != "user:coord" for s in scopes)


@pytest.mark.parametrize(
    ("who", "table", "allowed"),
    [
        (ALICE, "mission_companies", False),
        (ALICE, "missions", False),
        (ALICE, "mission_partners", False),
        (ALICE, "agenda_items", True),
        (LEADER, "mission_companies", True),
        (COORD, "missions", True),
    ],
)
def test_only_leaders_write_mission_access_rows(who: ServerUser, table: str, allowed: bool) -> None:
    assert may_write_row(who, table, "mission:m1", IN_M1) is allowed


def test_mission_creation() -> None:
    assert may_create_mission(LEADER, CLUSTER)
    assert not may_create_mission(LEADER, "c9")  # someone else's mission
    assert not may_create_mission(ALICE, SME1)
    assert may_create_mission(COORD, "c9")
