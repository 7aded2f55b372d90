"""Mission service: the one place that reads and writes missions (screens and commands)."""

from __future__ import annotations

import builtins
import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import mission_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.missions import MissionInput, MissionView, validate_mission
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import Mission, MissionCompany, Organisation, RosterEntry


class MissionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def list(self) -> list[MissionView]:
        """Every mission not deleted, latest first."""
        with self.db.session() as s:
            companies = (
                select(MissionCompany.mission_id, func.count().label("n"))
                .where(MissionCompany.deleted.is_(False))
                .group_by(MissionCompany.mission_id)
                .subquery()
            )
            delegates = (
                select(RosterEntry.mission_id, func.count().label("n"))
                .where(RosterEntry.deleted.is_(False), RosterEntry.registration_status != "cancelled")
                .group_by(RosterEntry.mission_id)
                .subquery()
            )
            rows = s.execute(
                select(Mission, Organisation.name, companies.c.n, delegates.c.n)
                .outerjoin(Organisation, Organisation.id == Mission.lead_cluster_id)
                .outerjoin(companies, companies.c.mission_id == Mission.id)
                .outerjoin(delegates, delegates.c.mission_id == Mission.id)
                .where(Mission.deleted.is_(False))
                .order_by(Mission.start_date.desc(), Mission.name)
            ).all()
            return [_view(m, cluster, nc or 0, nd or 0) for m, cluster, nc, nd in rows]

    def get(self, mission_id: str) -> MissionView:
        for mission in self.list():
            if mission.id == mission_id:
                return mission
        raise NotFoundError(f"no mission with id {mission_id}")

    def find(self, id_or_name: str) -> MissionView:
        """A mission by id, id prefix (at least 8 characters) or exact name."""
        matches = [
            m for m in self.list()
            if m.id == id_or_name or m.name.casefold() == id_or_name.casefold()
            or (len(id_or_name) >= 8 and m.id.startswith(id_or_name))
        ]
        if len(matches) != 1:
            what = "no mission" if not matches else f"{len(matches)} missions"
            raise NotFoundError(f"{what} match '{id_or_name}'")
        return matches[0]

    def create(self, data: MissionInput) -> MissionView:
        """A new mission; without a lead cluster it gets the signed-in user's own cluster when
        this laptop holds it (the server accepts a leader's mission only when it leads it)."""
        clean = validate_mission(data)
        if clean.lead_cluster_id is None:
            # None when not signed in, or before the first sync brought the cluster's row.
            clean = dataclasses.replace(clean, lead_cluster_id=self.default_lead_cluster())
        with self.db.session() as s:
            self._check_cluster(s, clean)
            mission_id = uuid7()
            # A mission's rows live in its own scope: its delegation (and the coordinator) see it.
            mission = Mission(
                id=mission_id, scope=mission_scope(mission_id), created_by=self.ctx.identity.user_id
            )
            _apply(mission, clean)
            s.add(mission)
        return self.get(mission_id)

    def update(self, mission_id: str, data: MissionInput) -> MissionView:
        clean = validate_mission(data)
        with self.db.session() as s:
            mission = s.get(Mission, mission_id)
            if mission is None or mission.deleted:
                raise NotFoundError(f"no mission with id {mission_id}")
            self._check_cluster(s, clean)
            _apply(mission, clean)
        return self.get(mission_id)

    def delete(self, mission_id: str) -> None:
        """Tombstone the mission (it disappears everywhere after the next sync)."""
        with self.db.session() as s:
            mission = s.get(Mission, mission_id)
            if mission is None or mission.deleted:
                raise NotFoundError(f"no mission with id {mission_id}")
            mission.deleted = True

    def default_lead_cluster(self) -> str | None:
        """The signed-in user's cluster when this laptop holds it (else None: not signed in,
        or not synced yet)."""
        cluster_id = self.ctx.identity.cluster_id
        if not cluster_id:
            return None
        with self.db.session() as s:
            org = s.get(Organisation, cluster_id)
            ok = org is not None and not org.deleted and org.kind == "cluster"
        return cluster_id if ok else None

    def find_cluster(self, id_or_name: str) -> str:
        """A cluster's id from its id or exact name (case-insensitive), for ``--lead-cluster``."""
        wanted = id_or_name.strip().casefold()
        matches = [cid for cid, name in self.clusters()
                   if cid == id_or_name.strip() or name.casefold() == wanted]
        if len(matches) != 1:
            raise ValidationError([FieldError("lead_cluster_id", translate(
                "validation", "Choose a cluster as lead."))])  # fmt: skip
        return matches[0]

    def clusters(self) -> builtins.list[tuple[str, str]]:
        """(id, name) of every cluster, for choosing a mission's lead cluster."""
        with self.db.session() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.kind == "cluster", Organisation.deleted.is_(False))
                .order_by(Organisation.name)
            ).all()
            return [(r[0], r[1]) for r in rows]

    @staticmethod
    def _check_cluster(s: Session, data: MissionInput) -> None:
        if data.lead_cluster_id is None:
            return
        org = s.get(Organisation, data.lead_cluster_id)
        if org is None or org.deleted or org.kind != "cluster":
            raise ValidationError(
                [
                    FieldError(
                        "lead_cluster_id", translate("validation", "Choose a cluster as lead.")
                    )
                ]
            )


def _apply(mission: Mission, data: MissionInput) -> None:
    mission.name = data.name
    mission.kind = data.kind
    mission.country = data.country
    mission.cities = list(data.cities)
    mission.start_date = data.start_date  # type: ignore[assignment]
    mission.end_date = data.end_date  # type: ignore[assignment]
    mission.timezone = data.timezone
    mission.home_timezone = data.home_timezone
    mission.lead_cluster_id = data.lead_cluster_id
    mission.status = data.status
    mission.description = data.description or None


def _view(m: Mission, cluster: str | None, companies: int, delegates: int) -> MissionView:
    return MissionView(
        id=m.id, name=m.name, kind=m.kind, country=m.country, cities=tuple(m.cities or ()),
        start_date=m.start_date, end_date=m.end_date, timezone=m.timezone,
        home_timezone=m.home_timezone, lead_cluster_id=m.lead_cluster_id,
        lead_cluster_name=cluster, status=m.status, description=m.description or "",
        companies=companies, delegates=delegates,
    )
