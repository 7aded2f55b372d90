"""The role model of ``biox_desktop.sync.protocol`` as a table: (table, who, action) -> allowed.

Written by hand from the issue's words, not derived from the table it checks: a leader's
mission belongs to the leader's cluster; its colleagues, the coordinator and the delegates of
the companies on its roster read it, nobody else; a delegate edits only their own roster entry
(the one whose person is theirs, not any entry of their company); organisations and people are
edited by their own organisation, coordinators, and (edits only) the leaders of the cluster
that is their organisation's home cluster. Judged by the server's access code
(``biox_desktop.server.access``) on plain facts, so every row of the table is one real decision.
"""

from __future__ import annotations

import pytest

from biox_desktop.server.access import (
    AccessFacts,
    RowFacts,
    ServerUser,
    authorise,
    scope_visible,
    visible_scopes,
)
from biox_desktop.sync import protocol as P

LYON, BIOCAT, ACME, ZETA = "org-lyon", "org-biocat", "org-acme", "org-zeta"
MISSION = "m-osaka"
SCOPE = f"mission:{MISSION}"
#: Who takes part in the mission: its lead cluster, and Acme (on its roster).
MEMBERS = {MISSION: {LYON, ACME}}

USERS = {
    "leader": ServerUser("u-claire", "claire", "Claire", "leader", LYON, "Lyonbiopole", "cluster",
                         "p-claire"),
    "colleague": ServerUser("u-louis", "louis", "Louis", "leader", LYON, "Lyonbiopole",
                            "cluster", "p-louis"),
    "coordinator": ServerUser("u-cora", "cora", "Cora", "coordinator", LYON, "Lyonbiopole",
                              "cluster", "p-cora"),
    "other cluster's leader": ServerUser("u-bo", "bo", "Bo", "leader", BIOCAT, "Biocat",
                                         "cluster", "p-bo"),
    "delegate": ServerUser("u-alice", "alice", "Alice", "delegate", ACME, "Acme", "sme",
                           "p-alice"),
    "delegate's colleague": ServerUser("u-ann", "ann", "Ann", "delegate", ACME, "Acme", "sme",
                                       "p-ann"),
    "outsider delegate": ServerUser("u-zoe", "zoe", "Zoe", "delegate", ZETA, "Zeta", "sme",
                                    "p-zoe"),
}


def facts(user: ServerUser) -> AccessFacts:
    return AccessFacts(frozenset(m for m, orgs in MEMBERS.items() if user.organisation_id in orgs))


def reads(who: str, scope: str) -> bool:
    user = USERS[who]
    return scope_visible(scope, visible_scopes(user, facts(user)))


def decide(who: str, table: str, action: str, scope: str, *, owner: str | None = None,
           home: str | None = None, stored: dict[str, object] | None = None,
           written: dict[str, object] | None = None) -> bool:  # fmt: skip
    """Whether ``who`` may take ``action`` ("read", "create", "edit", "delete") on the row."""
    if action == "read":
        return reads(who, scope)
    user = USERS[who]
    if not reads(who, scope) and not (table == "missions" and action == "create"):
        return False  # writing needs sight of the scope (a new mission's scope aside)
    exists = action != "create"
    row = RowFacts(
        table=table, row_id=MISSION if table == "missions" else "row-1", scope=scope,
        exists=exists, owner_org=owner, owner_home_cluster=home,
        mission_leads=frozenset({LYON}),
        stored=stored or {}, written={**(written or {"notes": "x"}),
                                      **({P.DELETED: True} if action == "delete" else {})},
    )  # fmt: skip
    kind = P.OP_DELETE if action == "delete" else P.OP_UPSERT
    return authorise(user, scope, kind, row) is None


MISSION_ROW = {"lead_cluster_id": LYON, "name": "Osaka"}
ALICE_ENTRY = {"mission_id": MISSION, "person_id": "p-alice", "organisation_id": ACME}
ANN_ENTRY = {"mission_id": MISSION, "person_id": "p-ann", "organisation_id": ACME}

#: (table, who, action, what, expected)
TABLE = [
    # A mission: its lead cluster's leaders build it; the coordinator may; nobody else.
    ("missions", "leader", "create", "led by their own cluster", True),
    ("missions", "other cluster's leader", "create", "led by another cluster", False),
    ("missions", "delegate", "create", "led by their home cluster", False),
    ("missions", "colleague", "edit", "", True),
    ("missions", "coordinator", "edit", "", True),
    ("missions", "other cluster's leader", "edit", "", False),
    ("missions", "delegate", "edit", "", False),
    ("missions", "leader", "delete", "", True),
    ("missions", "delegate", "delete", "", False),
    # Who reads a mission (and all its rows): colleagues, coordinator, its companies' delegates.
    ("missions", "leader", "read", "", True),
    ("missions", "colleague", "read", "", True),
    ("missions", "coordinator", "read", "", True),
    ("missions", "delegate", "read", "their company is on the roster", True),
    ("missions", "delegate's colleague", "read", "their company is on the roster", True),
    ("missions", "other cluster's leader", "read", "", False),
    ("missions", "outsider delegate", "read", "their company is not on it", False),
    ("roster_entries", "outsider delegate", "read", "", False),
    # The roster: leaders build it; a delegate edits their own entry only.
    ("roster_entries", "leader", "create", "", True),
    ("roster_entries", "delegate", "create", "", False),
    ("roster_entries", "delegate", "edit", "their own entry", True),
    ("roster_entries", "delegate", "edit", "a colleague's entry", False),
    ("roster_entries", "delegate", "edit", "moving their entry to another person", False),
    ("roster_entries", "delegate", "delete", "their own entry", False),
    ("roster_entries", "colleague", "edit", "anyone's entry", True),
    ("mission_companies", "leader", "create", "", True),
    ("mission_companies", "delegate", "create", "", False),
    # The programme is the leaders'.
    ("agenda_items", "leader", "create", "", True),
    ("agenda_items", "delegate", "create", "", False),
    ("meetings", "delegate", "edit", "", False),
    # Leads: anyone in the mission captures; only their organisation edits.
    ("leads", "delegate", "create", "in the mission", True),
    ("leads", "delegate's colleague", "edit", "a lead their company owns", True),
    ("leads", "outsider delegate", "create", "in a mission they are not part of", False),
    # The directory (scope network): everyone reads and creates; owners and coordinators edit.
    ("organisations", "delegate", "read", "", True),
    ("organisations", "leader", "create", "", True),
    ("organisations", "delegate", "edit", "their own organisation's row", True),
    ("organisations", "leader", "edit", "another organisation's row", False),
    ("organisations", "coordinator", "edit", "any organisation's row", True),
    ("people", "outsider delegate", "read", "", True),
    ("people", "delegate", "edit", "their own person (owned by their organisation)", True),
    ("people", "leader", "delete", "another organisation's person", False),
    ("people", "leader", "edit", "a person of an SME of their cluster", True),
    ("people", "leader", "delete", "a person of an SME of their cluster", False),
    ("people", "other cluster's leader", "edit", "a person of an SME of another cluster", False),
    ("organisations", "colleague", "edit", "an SME of their cluster", True),
    ("organisations", "delegate", "edit", "their home cluster's row", False),
    # Merges are the coordinator's.
    ("merges", "coordinator", "create", "", True),
    ("merges", "leader", "create", "", False),
]


def _case(table: str, who: str, action: str, what: str) -> bool:
    user = USERS[who]
    if table in ("organisations", "people"):
        if "SME of" in what:  # Acme's rows; Acme's home cluster is Lyonbiopole
            return decide(who, table, action, P.NETWORK, owner=ACME, home=LYON)
        if "home cluster's row" in what:
            return decide(who, table, action, P.NETWORK, owner=LYON)
        own = "own" in what or what == "" or "any" in what
        owner = user.organisation_id if own else BIOCAT
        return decide(who, table, action, P.NETWORK, owner=owner)
    if table == "missions":
        lead = {"led by their own cluster": user.organisation_id,
                "led by their home cluster": LYON}.get(
            what, LYON if user.organisation_id != LYON else BIOCAT)  # another cluster
        if action == "create":
            return decide(who, table, action, SCOPE, written={**MISSION_ROW,
                                                              "lead_cluster_id": lead})
        return decide(who, table, action, SCOPE, stored=MISSION_ROW)
    if table == "roster_entries":
        stored = ANN_ENTRY if what in ("a colleague's entry", "anyone's entry") else ALICE_ENTRY
        written = {"dietary": "vegetarian"}
        if what.startswith("moving"):
            written = {"person_id": "p-ann"}
        if action == "create":
            return decide(who, table, action, SCOPE, written=ALICE_ENTRY)
        return decide(who, table, action, SCOPE, stored=stored, written=written)
    if table == "mission_companies":
        return decide(who, table, action, SCOPE, written={"mission_id": MISSION,
                                                          "organisation_id": ACME})
    if table == "leads":
        return decide(who, table, action, SCOPE, owner=user.organisation_id)
    if table == "merges":
        return decide(who, table, action, P.NETWORK)
    return decide(who, table, action, SCOPE, owner=LYON)


@pytest.mark.parametrize(("table", "who", "action", "what", "expected"), TABLE,
                         ids=[f"{t}-{w}-{a}-{x or 'any'}" for t, w, a, x, _e in TABLE])
def test_role_model(table: str, who: str, action: str, what: str, expected: bool) -> None:
    assert _case(table, who, action, what) is expected


@pytest.mark.parametrize("kind", P.SCOPE_KINDS)
@pytest.mark.parametrize("role", P.AUTH_ROLES)
def test_read_rules_say_what_the_server_does(kind: str, role: str) -> None:
    """READ_RULES, the written role model for reading, matches the server's visible scopes."""
    who = {"coordinator": "coordinator", "leader": "leader", "delegate": "delegate"}[role]
    user = USERS[who]
    rules = P.READ_RULES[kind][role]
    own = {"network": P.NETWORK, "mission": SCOPE, "org": f"org:{user.organisation_id}",
           "user": f"user:{user.id}"}[kind]  # fmt: skip
    foreign = {"network": P.NETWORK, "mission": "mission:m-other", "org": f"org:{ZETA}",
               "user": "user:u-zoe"}[kind]  # fmt: skip
    assert reads(who, own) is bool(rules)
    assert reads(who, foreign) is (P.READ_ANYONE in rules)
