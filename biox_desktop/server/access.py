"""Who may see and write which scope: the one place the server's access policy lives.

Everyone sees ``network``, their own ``user:<id>`` and their organisation's ``org:<id>``. A user
sees ``mission:<m>`` when their organisation leads the mission or takes part in it (as a company
or a partner), facts the server derives from synced ``missions``, ``mission_companies`` and
``mission_partners`` rows. A coordinator sees every mission, and other organisations' private
scopes only when the server policy ``coordinator_sees_private`` is on; nobody ever sees another
user's ``user:*`` scope. Writing needs sight of the scope, and then what the authorisation
table ``biox_desktop.sync.protocol.AUTHORISATION`` allows (:func:`authorise`): the rows that
decide mission access only in the mission's own scope and only from its leaders or a
coordinator, ``network`` rows edited by their owner organisation and coordinators, scope moves
by the owner and never a narrowing out of a shared scope.

A set of visible scopes may hold the wildcards ``mission:*`` and ``org:*`` (coordinators);
use :func:`scope_visible` to test a scope against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from biox_desktop.core.enums import ORGANISATION_KINDS
from biox_desktop.core.roster import sees_roster_details
from biox_desktop.sync import protocol as P
from biox_desktop.sync.protocol import NETWORK

COORDINATOR = "coordinator"
LEADER = "leader"
DELEGATE = "delegate"
ROLES = (COORDINATOR, LEADER, DELEGATE)
#: The kinds an organisation may have (the desktop's directory kinds).
ORG_KINDS = tuple(ORGANISATION_KINDS)

ALL_MISSIONS = "mission:*"
ALL_ORGS = "org:*"

#: Synced tables whose rows decide who sees a mission.
ACCESS_TABLES = P.MISSION_ACCESS_TABLES


@dataclass(frozen=True, slots=True)
class ServerUser:
    """An authenticated user as the access policy and the wire see them."""

    id: str
    username: str
    display_name: str
    role: str
    organisation_id: str
    organisation_name: str
    organisation_kind: str
    #: The synced ``people`` row of this user (None: made before users had one).
    person_id: str | None = None

    def to_wire(self) -> dict[str, str | None]:
        """The ``user`` object of the login and ``/me`` answers."""
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "organisation_id": self.organisation_id,
            "organisation_name": self.organisation_name,
            "organisation_kind": self.organisation_kind,
            "person_id": self.person_id,
        }


@dataclass(frozen=True, slots=True)
class AccessFacts:
    """What the server knows that access depends on, beyond the user themself."""

    #: Missions the user's organisation leads or takes part in.
    member_missions: frozenset[str] = frozenset()
    coordinator_sees_private: bool = False


def visible_scopes(user: ServerUser, facts: AccessFacts) -> frozenset[str]:
    """Every scope ``user`` may see (coordinators get wildcards)."""
    scopes = {NETWORK, f"user:{user.id}", f"org:{user.organisation_id}"}
    scopes.update(f"mission:{m}" for m in facts.member_missions)
    if user.role == COORDINATOR:
        scopes.add(ALL_MISSIONS)
        if facts.coordinator_sees_private:
            scopes.add(ALL_ORGS)
    return frozenset(scopes)


def scope_visible(scope: str, visible: frozenset[str]) -> bool:
    """True when ``scope`` is in ``visible``, wildcards included."""
    if scope in visible:
        return True
    kind = scope.split(":", 1)[0]
    return f"{kind}:*" in visible and kind in ("mission", "org")


def may_write(user: ServerUser, scope: str, facts: AccessFacts) -> bool:
    """A user may write only to scopes they may see."""
    return scope_visible(scope, visible_scopes(user, facts))


def outgoing_row(user: ServerUser, row: dict[str, Any], mission_leads: frozenset[str]
                 ) -> dict[str, Any]:  # fmt: skip
    """``row`` (a wire row) as ``user`` may receive it: a roster entry's sensitive fields are
    left out unless the user is entitled to them (``mission_leads``: the organisations leading
    the mission of the row's scope). See "Sensitive roster fields" in the protocol."""
    if row.get("table") not in P.SENSITIVE_FIELDS:
        return row
    fields = row.get("fields") or {}
    entry_org, entry_person = fields.get("organisation_id"), fields.get("person_id")
    # Users linked to their own person (a later server) are matched exactly.
    person = getattr(user, "person_id", None)
    if sees_roster_details(user.role, user.organisation_id, mission_leads,
                           entry_org if isinstance(entry_org, str) else None,
                           person_id=person if isinstance(person, str) else None,
                           entry_person_id=entry_person if isinstance(entry_person, str)
                           else None):  # fmt: skip
        return row
    return P.redact(row)


# --------------------------------------------------------------------------------------------
# Authorisation by meaning: the table lives in biox_desktop.sync.protocol (AUTHORISATION); this
# evaluates it for one op against what the server knows of the row.


def scope_kind(scope: str) -> str:
    """``network``, ``mission``, ``org`` or ``user``."""
    return scope.split(":", 1)[0]


def scope_id(scope: str) -> str:
    """The id part of ``org:<id>``, ``mission:<id>`` or ``user:<id>`` (``""`` for network)."""
    return scope.split(":", 1)[1] if ":" in scope else ""


@dataclass(frozen=True, slots=True)
class RowFacts:
    """What the server knows of the row an op touches, for :func:`authorise`."""

    table: str
    row_id: str
    #: The row's stored scope (the op's scope for a row the server does not hold yet).
    scope: str
    exists: bool
    #: The organisation whose user created the row (None: unknown, an old row).
    owner_org: str | None = None
    #: The organisations leading the mission of ``scope`` (mission scopes only).
    mission_leads: frozenset[str] = frozenset()
    #: The row's stored fields and the fields the op writes.
    stored: Mapping[str, object] = field(default_factory=dict)
    written: Mapping[str, object] = field(default_factory=dict)
    #: The home cluster of ``owner_org`` (its synced directory row's ``home_cluster_id``).
    owner_home_cluster: str | None = None
    #: ``erasures`` rows only: the organisations owning a private lead of the person.
    lead_owners: frozenset[str] = frozenset()


def op_actions(exists: bool, old_scope: str, new_scope: str, kind: str,
               written: Iterable[str]) -> list[str]:  # fmt: skip
    """The actions of :data:`~biox_desktop.sync.protocol.ACTIONS` one op takes."""
    names = set(written)
    if not exists:
        return [P.ACT_CREATE]
    actions: list[str] = []
    if old_scope != new_scope:
        actions.append(P.ACT_MOVE)
    if kind == P.OP_DELETE or P.DELETED in names:
        actions.append(P.ACT_DELETE)
    if names - {P.DELETED}:
        actions.append(P.ACT_EDIT)
    return actions


def _holds(user: ServerUser, condition: str, row: RowFacts, action: str) -> bool:
    if condition == P.IF_ANYONE:
        return True
    if condition == P.IF_OWNER:
        # A new row belongs to its creator's organisation.
        return (not row.exists and action == P.ACT_CREATE) or (
            row.owner_org is not None and row.owner_org == user.organisation_id
        )
    if condition == P.IF_MISSION_LEAD:
        if row.table == "missions" and "lead_cluster_id" in row.written and not row.exists:
            return row.written["lead_cluster_id"] == user.organisation_id
        return user.organisation_id in row.mission_leads
    if condition == P.IF_HOME_CLUSTER:
        return row.owner_home_cluster is not None and row.owner_home_cluster == user.organisation_id
    if condition == P.IF_OWN_ENTRY:
        if user.person_id is not None:
            # Exact: the entry whose person is the user, before and after the write.
            people = [row.stored.get("person_id")]
            if "person_id" in row.written:
                people.append(row.written["person_id"])
            return all(p == user.person_id for p in people)
        # A user made before users had a person: their organisation's entries.
        orgs = [row.stored.get("organisation_id")]
        if "organisation_id" in row.written:
            orgs.append(row.written["organisation_id"])
        return all(o == user.organisation_id for o in orgs)
    if condition == P.IF_LEAD_OWNER:
        return user.organisation_id in row.lead_owners
    return False


def may(user: ServerUser, table: str, scope: str, action: str, row: RowFacts) -> bool:
    """Whether the table lets ``user`` take ``action`` on ``row`` in ``scope``."""
    conditions = P.allowed_conditions(table, scope_kind(scope), user.role, action)
    return any(_holds(user, c, row, action) for c in conditions)


def is_narrowing(old_scope: str, new_scope: str, old_org_missions: frozenset[str]) -> bool:
    """Whether some reader of ``old_scope`` may not read ``new_scope``.

    ``network`` is read by everyone, ``user:<u>`` only by u. Everyone who reads ``org:<o>``
    reads the missions ``o`` leads or takes part in (``old_org_missions``); any other move
    between two different scopes leaves somebody behind.
    """
    if old_scope == new_scope or new_scope == NETWORK:
        return False
    old_kind, new_kind = scope_kind(old_scope), scope_kind(new_scope)
    if old_kind == "user":
        return False
    if old_kind == "org" and new_kind == "mission":
        return scope_id(new_scope) not in old_org_missions
    return True


def authorise(user: ServerUser, op_scope: str, kind: str, row: RowFacts,
              old_org_missions: frozenset[str] = frozenset()) -> str | None:  # fmt: skip
    """Why the op may not be applied (``None`` when the table allows it).

    ``row.scope`` is where the row lives now; ``op_scope`` where the op puts it. Edits and
    deletes are judged in the row's current scope, a move needs ``move`` there and ``create``
    in the new scope, and a narrowing move out of ``network`` or a mission scope is refused to
    everyone (its other readers would lose the row without a word: delete it instead), out of
    an organisation's scope allowed only to that organisation.
    """
    table = row.table
    actions = op_actions(row.exists, row.scope, op_scope, kind, row.written)
    for action in actions:
        scope = op_scope if action == P.ACT_CREATE else row.scope
        if not may(user, table, scope, action, row):
            return _refusal(user, table, scope, action)
    if P.ACT_MOVE in actions:
        if not may(user, table, op_scope, P.ACT_CREATE, RowFacts(table, row.row_id, op_scope, False,
                   written=row.written)):  # fmt: skip
            return f"a {user.role} may not move {table} rows into scope {op_scope!r}"
        if is_narrowing(row.scope, op_scope, old_org_missions):
            kind_old = scope_kind(row.scope)
            if kind_old in (NETWORK, "mission"):
                return (f"{table} rows shared in scope {row.scope!r} cannot be moved to "
                        f"{op_scope!r}: its other readers would lose them (delete instead)")
            if scope_id(row.scope) != user.organisation_id:
                return f"only the organisation's own users may move {table} rows out of {row.scope!r}"
    return _field_rules(user, table, op_scope, row)


#: How each condition of the table reads in a refusal.
_CONDITION_WORDS = {
    P.IF_OWNER: "rows their organisation owns",
    P.IF_MISSION_LEAD: "leaders of the mission's lead cluster",
    P.IF_OWN_ENTRY: "their own roster entry",
    P.IF_HOME_CLUSTER: "rows of their cluster's SMEs",
    P.IF_LEAD_OWNER: "the company owning a private lead of the person",
}


def _refusal(user: ServerUser, table: str, scope: str, action: str) -> str:
    """A reason naming what is not allowed, and what would be."""
    conditions = P.allowed_conditions(table, scope_kind(scope), user.role, action)
    text = f"a {user.role} may not {action} {table} rows in scope {scope!r}"
    words = sorted(_CONDITION_WORDS[c] for c in conditions if c in _CONDITION_WORDS)
    if words:
        text += " (allowed: " + " or ".join(words) + ")"
    return text


def _field_rules(user: ServerUser, table: str, op_scope: str, row: RowFacts) -> str | None:
    """What the table cannot say: access rows name their own mission, leaders keep theirs."""
    if table not in P.MISSION_ACCESS_TABLES:
        return None
    mission = scope_id(op_scope) if scope_kind(op_scope) == "mission" else None
    if table == "missions":
        if mission != row.row_id:
            return "a missions row lives in its own scope 'mission:<its id>'"
        lead = row.written.get("lead_cluster_id", row.stored.get("lead_cluster_id"))
        if (user.role != COORDINATOR and "lead_cluster_id" in row.written
                and lead != user.organisation_id):  # fmt: skip
            return "only a coordinator may hand a mission to another cluster"
        return None
    named = row.written.get("mission_id", row.stored.get("mission_id"))
    if mission is None or named != mission:
        return f"{table} rows live in the scope of the mission they name"
    return None
