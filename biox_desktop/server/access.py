"""Who may see and write which scope: the one place the server's access policy lives.

Everyone sees ``network``, their own ``user:<id>`` and their organisation's ``org:<id>``. A user
sees ``mission:<m>`` when their organisation leads the mission or takes part in it (as a company
or a partner), facts the server derives from synced ``missions``, ``mission_companies`` and
``mission_partners`` rows. A coordinator sees every mission, and other organisations' private
scopes only when the server policy ``coordinator_sees_private`` is on; nobody ever sees another
user's ``user:*`` scope. Writing needs sight of the scope; the rows that decide mission access
may only be written by leaders and coordinators.

A set of visible scopes may hold the wildcards ``mission:*`` and ``org:*`` (coordinators);
use :func:`scope_visible` to test a scope against it.
"""

from __future__ import annotations

from dataclasses import dataclass

from biox_desktop.sync.protocol import NETWORK

COORDINATOR = "coordinator"
LEADER = "leader"
DELEGATE = "delegate"
ROLES = (COORDINATOR, LEADER, DELEGATE)
ORG_KINDS = ("cluster", "sme")

ALL_MISSIONS = "mission:*"
ALL_ORGS = "org:*"

#: Synced tables whose rows decide who sees a mission.
ACCESS_TABLES = frozenset({"missions", "mission_companies", "mission_partners"})


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

    def to_wire(self) -> dict[str, str]:
        """The ``user`` object of the login and ``/me`` answers."""
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "organisation_id": self.organisation_id,
            "organisation_name": self.organisation_name,
            "organisation_kind": self.organisation_kind,
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


def may_write_row(user: ServerUser, table: str, scope: str, facts: AccessFacts) -> bool:
    """:func:`may_write`, and only leaders and coordinators touch the mission access rows."""
    if table in ACCESS_TABLES and user.role not in (COORDINATOR, LEADER):
        return False
    return may_write(user, scope, facts)


def may_create_mission(user: ServerUser, lead_cluster_id: object) -> bool:
    """Whether ``user`` may create a mission (in its own not-yet-known ``mission:<id>`` scope).

    Coordinators may create any mission; a leader only one led by their own organisation.
    """
    if user.role == COORDINATOR:
        return True
    return user.role == LEADER and lead_cluster_id == user.organisation_id
