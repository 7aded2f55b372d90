"""The organisation directory: the one place that lists, adds and edits organisations, shows
everything linked to one (a company's journey), and manages a mission's gateway partners.

Screens, headless commands and the demo all go through it (the demo through
:func:`add_organisation` inside its own transaction).
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
from collections import defaultdict
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from biox_desktop.core.enums import PARTNER_KINDS
from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import NETWORK, mission_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.organisations import (
    JourneyAgreement,
    JourneyDelegate,
    JourneyFollowUp,
    JourneyLead,
    JourneyMeeting,
    JourneyMission,
    OrganisationDetail,
    OrganisationInput,
    OrganisationView,
    OrgPerson,
    PartnerView,
    validate_organisation,
)
from biox_desktop.core.text import fold
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    Agreement,
    AgreementParty,
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

Home = aliased(Organisation)
_COLUMNS = (Organisation.id, Organisation.name, Organisation.name_native,
            Organisation.name_romanised, Organisation.kind, Organisation.country,
            Organisation.city, Organisation.website, Organisation.home_cluster_id,
            Organisation.description, Organisation.sector_tags)


def add_organisation(s: Session, data: OrganisationInput, *, created_by: str | None,
                     org_id: str | None = None, created_at: dt.datetime | None = None,
                     email: str | None = None,
                     name_romanised: str | None = None) -> Organisation:
    """Validate ``data`` and add the organisation in the session ``s`` (flushed).

    Organisations are network-wide: every laptop and the server share one directory.
    """
    clean = validate_organisation(data)
    _check_home(s, clean)
    org = Organisation(id=org_id or uuid7(), scope=NETWORK, created_by=created_by,
                       name_romanised=name_romanised or None, email=email or None)
    if created_at is not None:
        org.created_at = created_at
    _apply(org, clean)
    s.add(org)
    s.flush()
    return org


def _apply(org: Organisation, clean: OrganisationInput) -> None:
    org.name = clean.name
    org.name_native = clean.name_native or None
    org.kind = clean.kind
    org.country = clean.country or None
    org.city = clean.city or None
    org.website = clean.website or None
    org.home_cluster_id = clean.home_cluster_id
    org.description = clean.description or None
    org.sector_tags = list(clean.sector_tags)


def _check_home(s: Session, clean: OrganisationInput) -> None:
    if clean.home_cluster_id is None:
        return
    home = s.get(Organisation, clean.home_cluster_id)
    if home is None or home.deleted or home.kind != "cluster":
        raise ValidationError([FieldError("home_cluster_id", translate(
            "organisations", "Choose a cluster as home cluster."))])


class OrganisationService:
    """List, add, edit and show organisations; gateway partners of missions."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- reading ------------------------------------------------------------------------------

    def list(self, *, search: str = "", kind: str | None = None,
             country: str | None = None) -> builtins.list[OrganisationView]:
        """Organisations not deleted, by name; ``search`` matches any name or the city,
        ignoring case and accents ("elodie" finds "Élodie", "関西" finds 関西メディカル)."""
        wanted = fold(search.strip())
        with self.db.session() as s:
            # Plain columns, not ORM objects: the directory may hold thousands of rows.
            q = select(*_COLUMNS, Home.name).outerjoin(
                Home, Home.id == Organisation.home_cluster_id).where(
                Organisation.deleted.is_(False))
            if kind:
                q = q.where(Organisation.kind == kind)
            if country:
                q = q.where(Organisation.country == country.upper())
            rows = [r for r in s.execute(q).all()
                    # One fold per row (any name, or the city): folding is the costly part.
                    if not wanted or wanted in _folded("\x1f".join(
                        (r.name, r.name_native or "", r.name_romanised or "", r.city or "")))]
            people: dict[str, int] = {}
            missions: dict[str, int] = {}
            if rows:
                people = {k: v for k, v in s.execute(
                    select(Person.organisation_id, func.count())
                    .where(Person.deleted.is_(False), Person.organisation_id.is_not(None))
                    .group_by(Person.organisation_id)).all() if k}
                missions = {k: v for k, v in s.execute(
                    select(MissionCompany.organisation_id,
                           func.count(func.distinct(MissionCompany.mission_id)))
                    .join(Mission, Mission.id == MissionCompany.mission_id)
                    .where(MissionCompany.deleted.is_(False), Mission.deleted.is_(False))
                    .group_by(MissionCompany.organisation_id)).all()}
        views = [OrganisationView(
            id=r.id, name=r.name, kind=r.kind, name_native=r.name_native or "",
            country=r.country or "", city=r.city or "", website=r.website or "",
            home_cluster_id=r.home_cluster_id, home_cluster_name=r[-1] or "",
            description=r.description or "", sector_tags=tuple(r.sector_tags or ()),
            people=people.get(r.id, 0), missions=missions.get(r.id, 0)) for r in rows]
        views.sort(key=lambda v: (_folded(v.name), v.id))
        return views

    def get(self, org_id: str) -> OrganisationView:
        with self.db.session() as s:
            return self._get(s, org_id)

    def _get(self, s: Session, org_id: str) -> OrganisationView:
        org = s.get(Organisation, org_id)
        if org is None or org.deleted:
            raise NotFoundError(translate("organisations", "no organisation with id {id}")
                                .format(id=org_id))
        home = s.get(Organisation, org.home_cluster_id) if org.home_cluster_id else None
        people = s.scalar(select(func.count()).select_from(Person).where(
            Person.organisation_id == org_id, Person.deleted.is_(False))) or 0
        missions = s.scalar(select(func.count(func.distinct(MissionCompany.mission_id)))
                            .join(Mission, Mission.id == MissionCompany.mission_id)
                            .where(MissionCompany.organisation_id == org_id,
                                   MissionCompany.deleted.is_(False),
                                   Mission.deleted.is_(False))) or 0
        return _view(org, home.name if home else None, people, missions)

    def find(self, id_or_name: str) -> OrganisationView:
        """An organisation by id, id prefix (8 characters or more) or exact name (any case)."""
        wanted = id_or_name.strip()
        with self.db.session() as s:
            rows = s.execute(select(Organisation.id, Organisation.name, Organisation.name_native)
                             .where(Organisation.deleted.is_(False))).all()
        matches = [r[0] for r in rows if r[0] == wanted
                   or (len(wanted) >= 8 and r[0].startswith(wanted))]
        if not matches:
            key = fold(wanted)
            matches = [r[0] for r in rows if key in (fold(r[1]), fold(r[2] or ""))]
        if len(matches) != 1:
            if matches:
                raise NotFoundError(translate(
                    "organisations", "{n} organisations match '{what}': give the id").format(
                        n=len(matches), what=id_or_name))
            raise NotFoundError(translate("organisations", "no organisation matches '{what}'")
                                .format(what=id_or_name))
        return self.get(matches[0])

    def clusters(self) -> builtins.list[tuple[str, str]]:
        """(id, name) of every cluster, for an SME's home cluster."""
        with self.db.session() as s:
            return [(r[0], r[1]) for r in s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.kind == "cluster", Organisation.deleted.is_(False))
                .order_by(Organisation.name)).all()]

    def countries(self) -> builtins.list[str]:
        """The country codes organisations are in (for the country filter)."""
        with self.db.session() as s:
            return sorted(c for c in s.scalars(
                select(func.distinct(Organisation.country))
                .where(Organisation.deleted.is_(False), Organisation.country.is_not(None))) if c)

    # -- writing ------------------------------------------------------------------------------

    def create(self, data: OrganisationInput) -> OrganisationView:
        with self.db.session() as s:
            # With a name in its own script, the Latin name is its romanised form (searched
            # by lead capture and the duplicate finder).
            org = add_organisation(s, data, created_by=self.ctx.identity.user_id,
                                   name_romanised=data.name.strip() if data.name_native.strip()
                                   else None)
            org_id = org.id
        return self.get(org_id)

    def update(self, org_id: str, data: OrganisationInput) -> OrganisationView:
        clean = validate_organisation(data)
        with self.db.session() as s:
            org = s.get(Organisation, org_id)
            if org is None or org.deleted:
                raise NotFoundError(translate("organisations", "no organisation with id {id}")
                                    .format(id=org_id))
            if clean.home_cluster_id == org_id:
                raise ValidationError([FieldError("home_cluster_id", translate(
                    "organisations", "An organisation is not its own home cluster."))])
            _check_home(s, clean)
            # Only what changed is written: the journal then syncs just those fields.
            before = (org.name, org.name_native, org.kind, org.country, org.city, org.website,
                      org.home_cluster_id, org.description, list(org.sector_tags or ()))
            probe = Organisation()
            _apply(probe, clean)
            after = (probe.name, probe.name_native, probe.kind, probe.country, probe.city,
                     probe.website, probe.home_cluster_id, probe.description, probe.sector_tags)
            if before != after:
                _apply(org, clean)
        return self.get(org_id)

    # -- one organisation and everything linked to it ----------------------------------------

    def show(self, org_id: str) -> OrganisationDetail:
        """The organisation, its people, and every mission, delegate, meeting, lead, agreement
        and follow-up linked to it, oldest mission first (an SME's journey)."""
        with self.db.session() as s:
            view = self._get(s, org_id)
            people = tuple(
                OrgPerson(id=p.id, name=p.name, name_native=p.name_native or "",
                          job_title=p.job_title or "", email=(p.emails or [""])[0],
                          phone=(p.phones or [""])[0])
                for p in s.scalars(select(Person).where(
                    Person.organisation_id == org_id, Person.deleted.is_(False))
                    .order_by(Person.name)))
            person_ids = {p.id for p in people}
            mission_rows = {m.id: m for m in s.scalars(
                select(Mission).where(Mission.deleted.is_(False)))}
            names = {m.id: m.name for m in mission_rows.values()}
            cluster_names = dict(s.execute(select(Organisation.id, Organisation.name).where(
                Organisation.kind == "cluster")).all())

            def journey_mission(m: Mission, status: str) -> JourneyMission:
                return JourneyMission(mission_id=m.id, name=m.name, kind=m.kind,
                                      country=m.country, start_date=m.start_date,
                                      end_date=m.end_date, status=status,
                                      lead_cluster=cluster_names.get(m.lead_cluster_id or "", ""))

            missions = []
            for mc in s.scalars(select(MissionCompany).where(
                    MissionCompany.organisation_id == org_id, MissionCompany.deleted.is_(False))):
                if mc.mission_id in mission_rows:
                    missions.append(journey_mission(mission_rows[mc.mission_id], mc.status))
            missions.sort(key=lambda m: (m.start_date, m.name))
            partner_of = sorted(
                (journey_mission(mission_rows[mp.mission_id], mp.role)
                 for mp in s.scalars(select(MissionPartner).where(
                     MissionPartner.organisation_id == org_id, MissionPartner.deleted.is_(False)))
                 if mp.mission_id in mission_rows),
                key=lambda m: (m.start_date, m.name))

            delegates = []
            for entry, person in s.execute(
                select(RosterEntry, Person).join(Person, Person.id == RosterEntry.person_id)
                .where(RosterEntry.deleted.is_(False),
                       or_(RosterEntry.organisation_id == org_id,
                           RosterEntry.person_id.in_(person_ids)))
            ).all():
                if entry.mission_id in mission_rows:
                    delegates.append(JourneyDelegate(
                        mission_id=entry.mission_id, mission=names[entry.mission_id],
                        person_id=person.id, name=person.name, role=entry.role,
                        registration_status=entry.registration_status))
            delegates.sort(key=lambda d: (mission_rows[d.mission_id].start_date, d.name))

            meetings = self._meetings(s, org_id, person_ids, mission_rows)
            meeting_ids = {m.id for m in meetings}

            leads = []
            lead_org = aliased(Organisation)
            for lead, person, org_name in s.execute(
                select(Lead, Person, lead_org.name)
                .join(Person, Person.id == Lead.person_id)
                .outerjoin(lead_org, lead_org.id == Lead.organisation_id)
                .where(Lead.deleted.is_(False),
                       or_(Lead.owner_organisation_id == org_id, Lead.organisation_id == org_id))
            ).all():
                leads.append(JourneyLead(
                    id=lead.id, mission_id=lead.mission_id,
                    mission=names.get(lead.mission_id or "", ""), name=person.name,
                    organisation=org_name or "", captured_on=lead.created_at.date(),
                    rating=lead.rating, next_action=lead.next_action or ""))
            leads.sort(key=lambda x: (x.captured_on, x.name))
            lead_ids = {x.id for x in leads}

            agreements = self._agreements(s, org_id, names)
            follow_ups = self._follow_ups(s, meetings, leads, meeting_ids, lead_ids)
            members: tuple[OrganisationView, ...] = ()
            if view.kind == "cluster":
                members = tuple(_view(o, view.name, 0, 0) for o in s.scalars(
                    select(Organisation).where(Organisation.home_cluster_id == org_id,
                                               Organisation.deleted.is_(False))
                    .order_by(Organisation.name)))
        return OrganisationDetail(
            organisation=view, people=people, missions=tuple(missions),
            partner_of=tuple(partner_of), delegates=tuple(delegates), meetings=tuple(meetings),
            leads=tuple(leads), agreements=tuple(agreements), follow_ups=tuple(follow_ups),
            members=members)

    @staticmethod
    def _meetings(s: Session, org_id: str, person_ids: set[str],
                  missions: dict[str, Mission]) -> builtins.list[JourneyMeeting]:
        """Meetings the organisation asked for, was asked for, or had someone at."""
        requests = {r.id: r for r in s.scalars(select(MeetingRequest).where(
            MeetingRequest.deleted.is_(False),
            or_(MeetingRequest.requester_organisation_id == org_id,
                MeetingRequest.target_organisation_id == org_id)))}
        by_people = set(s.scalars(select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.deleted.is_(False),
            MeetingParticipant.person_id.in_(person_ids)))) if person_ids else set()
        rows = builtins.list(s.scalars(select(Meeting).where(
            Meeting.deleted.is_(False),
            or_(Meeting.request_id.in_(builtins.list(requests)),
                Meeting.id.in_(builtins.list(by_people))))))
        # The other side: the target of our request, or the requester of theirs.
        other_ids = set()
        for req in requests.values():
            other_ids.add(req.target_organisation_id if req.requester_organisation_id == org_id
                          else req.requester_organisation_id)
        other_names = dict(s.execute(select(Organisation.id, Organisation.name).where(
            Organisation.id.in_([o for o in other_ids if o]))).all())
        out = []
        for m in rows:
            if m.mission_id not in missions:
                continue
            r = requests.get(m.request_id or "")
            other = ""
            if r is not None:
                other_id = (r.target_organisation_id if r.requester_organisation_id == org_id
                            else r.requester_organisation_id)
                other = other_names.get(other_id or "", "")
            out.append(JourneyMeeting(
                id=m.id, mission_id=m.mission_id, mission=missions[m.mission_id].name,
                day=_local_day(m.starts_at, m.timezone), title=m.title or "",
                counterpart=other, status=m.status, outcome=m.outcome or "", rating=m.rating))
        out.sort(key=lambda x: (x.day, x.title))
        return out

    @staticmethod
    def _agreements(s: Session, org_id: str,
                    missions: dict[str, str]) -> builtins.list[JourneyAgreement]:
        roles = {r[0]: r[1] for r in s.execute(
            select(AgreementParty.agreement_id, AgreementParty.role).where(
                AgreementParty.organisation_id == org_id, AgreementParty.deleted.is_(False)))}
        if not roles:
            return []
        party_names: dict[str, builtins.list[str]] = defaultdict(builtins.list)
        for agreement_id, name in s.execute(
            select(AgreementParty.agreement_id, Organisation.name)
            .join(Organisation, Organisation.id == AgreementParty.organisation_id)
            .where(AgreementParty.agreement_id.in_(builtins.list(roles)),
                   AgreementParty.deleted.is_(False)).order_by(Organisation.name)
        ).all():
            party_names[agreement_id].append(name)
        out = [
            JourneyAgreement(id=a.id, title=a.title, kind=a.kind, status=a.status,
                             signed_on=a.signed_on, mission_id=a.mission_id,
                             mission=missions.get(a.mission_id or "", ""),
                             role=roles[a.id] or "other", parties=tuple(party_names[a.id]))
            for a in s.scalars(select(Agreement).where(
                Agreement.id.in_(builtins.list(roles)), Agreement.deleted.is_(False)))
        ]
        out.sort(key=lambda a: (a.signed_on is None, a.signed_on or dt.date.max, a.title))
        return out

    @staticmethod
    def _follow_ups(s: Session, meetings: builtins.list[JourneyMeeting],
                    leads: builtins.list[JourneyLead], meeting_ids: set[str],
                    lead_ids: set[str]) -> builtins.list[JourneyFollowUp]:
        if not meeting_ids and not lead_ids:
            return []
        by_meeting = {m.id: m for m in meetings}
        by_lead = {x.id: x for x in leads}
        out = []
        for f in s.scalars(select(FollowUp).where(
                FollowUp.deleted.is_(False),
                or_(FollowUp.meeting_id.in_(builtins.list(meeting_ids)),
                    FollowUp.lead_id.in_(builtins.list(lead_ids))))):
            mission_id: str | None
            if f.meeting_id in by_meeting:
                m = by_meeting[f.meeting_id]
                mission_id, mission = m.mission_id, m.mission
                subject = m.title or m.counterpart
            else:
                x = by_lead[f.lead_id or ""]
                mission_id, mission = x.mission_id, x.mission
                subject = f"{x.name} — {x.organisation}" if x.organisation else x.name
            out.append(JourneyFollowUp(
                id=f.id, mission_id=mission_id, mission=mission, subject=subject, kind=f.kind,
                due_date=f.due_date, done_on=f.done_at.date() if f.done_at else None,
                outcome=f.outcome or "", rating=f.rating))
        out.sort(key=lambda f: (f.done_on or f.due_date or dt.date.max, f.subject))
        return out

    # -- gateway partners of a mission --------------------------------------------------------

    def partners(self, mission_id: str) -> builtins.list[PartnerView]:
        """The mission's gateway partners, by name, with their contacts."""
        with self.db.session() as s:
            rows = s.execute(
                select(MissionPartner, Organisation)
                .join(Organisation, Organisation.id == MissionPartner.organisation_id)
                .where(MissionPartner.mission_id == mission_id,
                       MissionPartner.deleted.is_(False), Organisation.deleted.is_(False))
                .order_by(Organisation.name)).all()
            contacts: dict[str, builtins.list[OrgPerson]] = defaultdict(builtins.list)
            for p in s.scalars(select(Person).where(
                    Person.organisation_id.in_([o.id for _mp, o in rows]),
                    Person.deleted.is_(False)).order_by(Person.name)):
                contacts[p.organisation_id or ""].append(OrgPerson(
                    id=p.id, name=p.name, name_native=p.name_native or "",
                    job_title=p.job_title or "", email=(p.emails or [""])[0],
                    phone=(p.phones or [""])[0]))
            return [PartnerView(id=mp.id, mission_id=mp.mission_id, organisation_id=o.id,
                                name=o.name, name_native=o.name_native or "", kind=o.kind,
                                country=o.country or "", city=o.city or "", role=mp.role,
                                contacts=tuple(contacts[o.id]))
                    for mp, o in rows]

    def partner_choices(self) -> builtins.list[OrganisationView]:
        """Organisations that may be a mission's gateway partner."""
        return [o for o in self.list() if o.kind in PARTNER_KINDS]

    def add_partner(self, mission_id: str, org_id: str, role: str = "gateway") -> PartnerView:
        """Make an organisation (a gateway partner, foreign cluster or agency) a partner of the
        mission; adding it twice changes nothing."""
        with self.db.session() as s:
            mission = s.get(Mission, mission_id)
            if mission is None or mission.deleted:
                raise NotFoundError(translate("organisations", "no mission with id {id}")
                                    .format(id=mission_id))
            org = s.get(Organisation, org_id)
            if org is None or org.deleted:
                raise NotFoundError(translate("organisations", "no organisation with id {id}")
                                    .format(id=org_id))
            if org.kind not in PARTNER_KINDS:
                raise ValidationError([FieldError("organisation", translate(
                    "organisations", "{name} is not a gateway partner, foreign cluster or "
                    "agency: change its kind in the directory first.").format(name=org.name))])
            row = s.scalars(select(MissionPartner).where(
                MissionPartner.mission_id == mission_id, MissionPartner.organisation_id == org_id,
                MissionPartner.deleted.is_(False)).limit(1)).first()
            if row is None:
                # In the mission's scope: its delegation sees its partners.
                row = MissionPartner(id=uuid7(), scope=mission_scope(mission_id),
                                     created_by=self.ctx.identity.user_id,
                                     mission_id=mission_id, organisation_id=org_id,
                                     role=role or "gateway")
                s.add(row)
            row_id = row.id
        return next(p for p in self.partners(mission_id) if p.id == row_id)

    def remove_partner(self, mission_id: str, org_id: str) -> None:
        """The organisation is no longer a partner of the mission (it stays in the directory)."""
        with self.db.session() as s:
            rows = builtins.list(s.scalars(select(MissionPartner).where(
                MissionPartner.mission_id == mission_id, MissionPartner.organisation_id == org_id,
                MissionPartner.deleted.is_(False))))
            if not rows:
                raise NotFoundError(translate(
                    "organisations", "that organisation is not a partner of this mission"))
            for row in rows:
                row.deleted = True


@functools.lru_cache(maxsize=65_536)
def _folded(text: str) -> str:
    """:func:`core.text.fold`, remembered: searching as one types folds the same names over
    and over, and folding non-Latin names is the costly part of listing the directory."""
    return fold(text)


def _view(org: Organisation, home: str | None, people: int, missions: int) -> OrganisationView:
    return OrganisationView(
        id=org.id, name=org.name, kind=org.kind, name_native=org.name_native or "",
        country=org.country or "", city=org.city or "", website=org.website or "",
        home_cluster_id=org.home_cluster_id, home_cluster_name=home or "",
        description=org.description or "", sector_tags=tuple(org.sector_tags or ()),
        people=people, missions=missions)


def _local_day(moment: dt.datetime, zone: str) -> dt.date:
    try:
        return moment.astimezone(ZoneInfo(zone)).date()
    except (KeyError, ValueError):
        return moment.date()
