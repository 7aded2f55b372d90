"""Who is using this laptop, and the scopes their new records belong to.

Scopes decide who receives a row when syncing: ``network`` (everyone), ``org:<id>`` (one company
or cluster), ``mission:<id>`` (a delegation), ``user:<id>`` (one person only).
"""

from __future__ import annotations

from dataclasses import dataclass

NETWORK = "network"


def org_scope(organisation_id: str) -> str:
    return f"org:{organisation_id}"


def mission_scope(mission_id: str) -> str:
    return f"mission:{mission_id}"


def user_scope(user_id: str) -> str:
    return f"user:{user_id}"


def scope_kind(scope: str) -> str:
    """``network``, ``org``, ``mission`` or ``user``."""
    return scope.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class Identity:
    """The signed-in user (or the local user of a laptop that has never signed in)."""

    user_id: str
    display_name: str
    role: str  # coordinator | leader | delegate
    organisation_id: str | None = None
    organisation_name: str | None = None
    #: "My cluster": the organisation itself for cluster staff, the home cluster of an SME.
    cluster_id: str | None = None
    #: "Me": the user's own person row (their roster entries name it).
    person_id: str | None = None

    @property
    def private_scope(self) -> str:
        """Where this user's company-private records go (their own scope if no company)."""
        if self.organisation_id:
            return org_scope(self.organisation_id)
        return user_scope(self.user_id)
