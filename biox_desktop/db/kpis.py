"""Loads the records the key figures are computed from and hands them to :mod:`core.kpis`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from biox_desktop.core.accompanied import CompanyFigures, company_figures
from biox_desktop.core.i18n import format_day
from biox_desktop.core.kpis import (
    AgreementRec,
    CompanyRec,
    Dataset,
    DelegateRec,
    FollowUpRec,
    KpiFilter,
    KpiReport,
    LeadRec,
    MeetingRec,
    MissionRec,
    OrgRec,
    RequestRec,
    build_report,
)
from biox_desktop.core.places import country_name
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    Agreement,
    AgreementLink,
    AgreementParty,
    Consent,
    FollowUp,
    Lead,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    MissionCompany,
    MissionPartner,
    Organisation,
    Person,
    RosterEntry,
)


class KpiService:
    """Key figures per mission, cluster, target country and period."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def report(self, flt: KpiFilter | None = None, *, today: dt.date | None = None) -> KpiReport:
        """Totals and breakdowns for ``flt`` (everything when ``None``)."""
        data = self.dataset()
        codes = {m.country for m in data.missions}
        names = {c: country_name(c) for c in codes}
        report = build_report(data, flt or KpiFilter(), today=today or dt.date.today(),
                              country_names=names)
        return dataclasses.replace(report, accompanied=self.companies(
            flt or KpiFilter(), data=data, country_names=names))

    def companies(self, flt: KpiFilter | None = None, *, data: Dataset | None = None,
                  country_names: dict[str, str] | None = None) -> CompanyFigures:
        """Companies accompanied per market and cluster, workshops, gateway agreements."""
        data = data or self.dataset()
        with self.db.session() as s:
            kinds = dict(s.execute(select(Mission.id, Mission.kind)
                                   .where(Mission.deleted.is_(False))).all())
            gateways = set(s.scalars(select(MissionPartner.organisation_id)
                                     .where(MissionPartner.deleted.is_(False))))
            gateways |= set(s.scalars(select(AgreementParty.organisation_id).where(
                AgreementParty.deleted.is_(False), AgreementParty.role == "gateway")))
        names = country_names or {m.country: country_name(m.country) for m in data.missions}
        return company_figures(data, flt or KpiFilter(), mission_kinds=kinds,
                               gateway_ids=frozenset(gateways), country_names=names)

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """What the filters offer: missions, clusters and target countries as (key, label)."""
        with self.db.session() as s:
            missions = s.execute(select(Mission.id, Mission.name, Mission.start_date)
                                 .where(Mission.deleted.is_(False))
                                 .order_by(Mission.start_date)).all()
            clusters = s.execute(select(Organisation.id, Organisation.name)
                                 .where(Organisation.kind == "cluster",
                                        Organisation.deleted.is_(False))
                                 .order_by(Organisation.name)).all()
        countries = sorted({(c, country_name(c)) for c in self._countries()},
                           key=lambda x: x[1])
        return {
            "missions": [(r[0], f"{r[1]} ({format_day(r[2], 'month_year')})") for r in missions],
            "clusters": [(r[0], r[1]) for r in clusters],
            "countries": countries,
        }

    def _countries(self) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(Mission.country).where(Mission.deleted.is_(False))))

    def dataset(self) -> Dataset:
        """Every record the figures count, as plain data (deleted rows left out)."""
        with self.db.session() as s:
            missions = tuple(
                MissionRec(m.id, m.name, m.country, m.start_date, m.end_date, m.lead_cluster_id)
                for m in s.scalars(select(Mission).where(Mission.deleted.is_(False)))
            )
            mission_ids = {m.id for m in missions}
            orgs = tuple(OrgRec(r[0], r[1], r[2], r[3], r[4], r[5]) for r in s.execute(
                select(Organisation.id, Organisation.name, Organisation.kind,
                       Organisation.country, Organisation.home_cluster_id,
                       Organisation.name_native)
                .where(Organisation.deleted.is_(False))))
            companies = tuple(CompanyRec(r[0], r[1], r[2]) for r in s.execute(
                select(MissionCompany.mission_id, MissionCompany.organisation_id,
                       MissionCompany.status).where(MissionCompany.deleted.is_(False)))
                if r[0] in mission_ids)
            delegates = tuple(DelegateRec(r[0], r[1], r[2], r[3]) for r in s.execute(
                select(RosterEntry.mission_id, RosterEntry.person_id,
                       RosterEntry.organisation_id, RosterEntry.registration_status)
                .where(RosterEntry.deleted.is_(False)))
                if r[0] in mission_ids)
            requests = tuple(RequestRec(r[0], r[1], r[2], r[3]) for r in s.execute(
                select(MeetingRequest.id, MeetingRequest.mission_id,
                       MeetingRequest.requester_organisation_id, MeetingRequest.status)
                .where(MeetingRequest.deleted.is_(False)))
                if r[1] in mission_ids)
            requester = {r.id: r.requester_organisation_id for r in requests}
            # A meeting without a request belongs to the company of its first delegate.
            delegation_org: dict[str, str] = {}
            for meeting_id, org_id in s.execute(
                select(MeetingParticipant.meeting_id, Person.organisation_id)
                .join(Person, Person.id == MeetingParticipant.person_id)
                .where(MeetingParticipant.deleted.is_(False),
                       MeetingParticipant.side == "delegation")
                .order_by(MeetingParticipant.created_at)
            ):
                if org_id and meeting_id not in delegation_org:
                    delegation_org[meeting_id] = org_id
            meetings = []
            for m in s.scalars(select(Meeting).where(Meeting.deleted.is_(False))):
                if m.mission_id not in mission_ids:
                    continue
                org = requester.get(m.request_id or "") or delegation_org.get(m.id)
                meetings.append(MeetingRec(m.id, m.mission_id, _local_day(m.starts_at, m.timezone),
                                           m.status, m.outcome, m.rating, org))
            # The live basis of each lead (the latest, should a lead have two).
            bases: dict[str, str] = {}
            for lead_id, basis in s.execute(
                select(Consent.lead_id, Consent.basis)
                .where(Consent.deleted.is_(False), Consent.withdrawn_at.is_(None),
                       Consent.lead_id.is_not(None)).order_by(Consent.given_at)):
                if lead_id:
                    bases[lead_id] = basis
            leads = tuple(
                LeadRec(r[0], r[1], r[2], r[3].date(), r[4], r[5], bases.get(r[0]))
                for r in s.execute(
                    select(Lead.id, Lead.mission_id, Lead.owner_organisation_id, Lead.created_at,
                           Lead.rating, Lead.meeting_id).where(Lead.deleted.is_(False))))
            follow_ups = tuple(
                FollowUpRec(f.id, f.kind, f.due_date, f.done_at.date() if f.done_at else None,
                            f.outcome, f.rating, f.lead_id, f.meeting_id)
                for f in s.scalars(select(FollowUp).where(FollowUp.deleted.is_(False))))
            parties: dict[str, list[str]] = defaultdict(list)
            for agreement_id, org_id in s.execute(
                select(AgreementParty.agreement_id, AgreementParty.organisation_id)
                .where(AgreementParty.deleted.is_(False))
            ):
                parties[agreement_id].append(org_id)
            linked_meetings: dict[str, list[str]] = defaultdict(list)
            linked_leads: dict[str, list[str]] = defaultdict(list)
            for link in s.scalars(select(AgreementLink).where(AgreementLink.deleted.is_(False))):
                if link.meeting_id:
                    linked_meetings[link.agreement_id].append(link.meeting_id)
                if link.lead_id:
                    linked_leads[link.agreement_id].append(link.lead_id)
            agreements = tuple(
                AgreementRec(a.id, a.kind, a.status, a.title, a.created_at.date(), a.signed_on,
                             a.mission_id if a.mission_id in mission_ids else None,
                             tuple(parties[a.id]), tuple(linked_meetings[a.id]),
                             tuple(linked_leads[a.id]))
                for a in s.scalars(select(Agreement).where(Agreement.deleted.is_(False))))
        return Dataset(missions=missions, organisations=orgs, companies=companies,
                       delegates=delegates, requests=requests, meetings=tuple(meetings),
                       leads=leads, follow_ups=follow_ups, agreements=agreements)


def _local_day(moment: dt.datetime, zone: str) -> dt.date:
    """The day a meeting took place where it took place."""
    from zoneinfo import ZoneInfo

    try:
        return moment.astimezone(ZoneInfo(zone)).date()
    except (KeyError, ValueError):
        return moment.date()
