"""Agenda service: programme, venues, meeting requests, the B2B scheduler and day-of changes.

Screens and commands call this; it returns the frozen dataclasses of
:mod:`biox_desktop.core.agenda`. Every write is one transaction (a cancelled scheduling run
leaves nothing behind).

Meetings move through ``draft`` (made by the scheduler, reviewed by the leader) to
``published`` (sent to delegates); ``cancelled`` meetings stay as records. A re-run of the
scheduler replaces unlocked drafts and keeps locked and published meetings exactly where they
are. After publishing, any change to a meeting (move, cancel, a meeting added) sets
``changed_since_publish`` so the affected delegates' agendas are known to need resending;
publishing again clears the flags.

Calendars that update: programme items and meetings keep an iCalendar SEQUENCE on the row
(``ics_sequence``, synced), raised by :func:`raise_sequence` on every change a calendar shows
(time, place, title, participants, status) of a programme item or of a published meeting, so an
exported file or the server's feed supersedes what a calendar imported before. Any other code
that changes such a row must call it too.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from biox_desktop.core.agenda import (
    AgendaEntry,
    AgendaItemInput,
    AgendaItemView,
    Conflict,
    DelegateView,
    Engagement,
    ImportSummary,
    InterpreterNeed,
    InterpreterOnRoster,
    MeetingInput,
    MeetingPerson,
    MeetingRequestInput,
    MeetingRequestView,
    MeetingView,
    ProgrammeImportItem,
    ScheduleSummary,
    TravelTimeView,
    VenueInput,
    VenueView,
    b2b_slots,
    check_interpreter_language,
    find_conflicts,
    find_interpreter_conflicts,
    local_day,
    validate_item,
    validate_request,
)
from biox_desktop.core.agenda_grid import off_slot_problem
from biox_desktop.core.counterpart import last_answer
from biox_desktop.core.i18n import translate
from biox_desktop.core.ids import uuid7
from biox_desktop.core.languages import language_code, main_language, normalise_language
from biox_desktop.core.outcomes import validate_meeting_outcome
from biox_desktop.core.places import is_timezone
from biox_desktop.core.progress import Progress
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.batches import BatchRecorder
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    AgendaItem,
    AgendaParticipant,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    Organisation,
    Person,
    RosterEntry,
    TravelTime,
    Venue,
    utcnow,
)
from biox_desktop.db.outcomes import record_meeting_outcome

ACTIVE_MEETING = ("draft", "published")
_T = TypeVar("_T")


@dataclass(frozen=True)
class MissionZones:
    mission_id: str
    name: str
    timezone: str
    home_timezone: str
    start_date: dt.date
    end_date: dt.date


@dataclass(frozen=True)
class BuiltProblem:
    """A scheduler problem plus what is needed to store its answer."""

    problem: sch.Problem
    #: slot id -> (agenda item id, start, end)
    slots: dict[str, tuple[str, dt.datetime, dt.datetime]]
    #: scheduler request id -> meeting request id (None for a kept meeting without one)
    request_of: dict[str, str | None]
    #: scheduler request ids that are kept meetings (locks) -> meeting id
    kept: dict[str, str]
    #: draft unlocked meetings the run replaces
    replaced: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class RequestAnswers:
    """What one bulk answer to several meeting requests did (one transaction, one batch)."""

    action: str  # "accept", "decline" or "expire"
    changed: tuple[str, ...]  # ids of the requests whose status changed
    #: (request id, why it was left as it was), e.g. an expired request cannot be accepted
    skipped: tuple[tuple[str, str], ...]
    batch_id: str | None  # undoable through the Imports dialog / ``batches undo``


@dataclass(frozen=True)
class MeetingsCancelled:
    """What one bulk cancel did (one transaction, one batch)."""

    cancelled: tuple[str, ...]  # ids of the meetings cancelled (already cancelled ones left)
    batch_id: str | None  # undoable through the Imports dialog / ``batches undo``


@dataclass(frozen=True)
class PersonChanges:
    """One person's meetings that a publish sends, by kind of change."""

    person_id: str
    name: str
    organisation_name: str
    side: str  # "delegation" or "guest"
    added: tuple[str, ...]  # meeting ids
    moved: tuple[str, ...]
    cancelled: tuple[str, ...]


@dataclass(frozen=True)
class PublishPreview:
    """Who a publish affects, and how (meetings added, moved or changed, cancelled)."""

    mission_id: str
    added: int
    moved: int
    cancelled: int
    people: tuple[PersonChanges, ...]


if TYPE_CHECKING:  # OR-Tools (and pandas with it) cost ~0.3 s to import: only to schedule
    from biox_desktop.core import scheduler as sch


def _no_b2b_session() -> str:
    """Why the scheduler has nothing to do (translated when raised)."""
    return translate(
        "agenda", "The programme has no B2B session with slots and tables to schedule into.")


class AgendaService:
    #: Minutes added to the travel time whenever two consecutive things are at different venues.
    travel_buffer_minutes = 10

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- mission ------------------------------------------------------------------------------

    def zones(self, mission_id: str) -> MissionZones:
        with self.db.session() as s:
            m = _mission(s, mission_id)
            return MissionZones(m.id, m.name, m.timezone, m.home_timezone, m.start_date,
                                m.end_date)

    # -- venues and travel times --------------------------------------------------------------

    def venues(self, mission_id: str) -> list[VenueView]:
        with self.db.session() as s:
            rows = s.scalars(select(Venue).where(Venue.mission_id == mission_id,
                                                 Venue.deleted.is_(False))
                             .order_by(Venue.name)).all()
            return [_venue_view(v) for v in rows]

    def add_venue(self, mission_id: str, data: VenueInput) -> VenueView:
        clean = _validate_venue(data)
        with self.db.session() as s:
            m = _mission(s, mission_id)
            venue = Venue(id=uuid7(), scope=m.scope, created_by=self._user, mission_id=m.id,
                          name=clean.name, address=clean.address or None,
                          city=clean.city or None, timezone=clean.timezone)
            s.add(venue)
            s.flush()
            return _venue_view(venue)

    def update_venue(self, venue_id: str, data: VenueInput) -> VenueView:
        clean = _validate_venue(data)
        with self.db.session() as s:
            venue = _get(s, Venue, venue_id, "venue")
            venue.name, venue.address = clean.name, clean.address or None
            venue.city, venue.timezone = clean.city or None, clean.timezone
            return _venue_view(venue)

    def delete_venue(self, venue_id: str) -> None:
        with self.db.session() as s:
            _get(s, Venue, venue_id, "venue").deleted = True

    def travel_times(self, mission_id: str) -> list[TravelTimeView]:
        with self.db.session() as s:
            return [TravelTimeView(t.from_venue_id, t.to_venue_id, t.minutes)
                    for t in self._travel_rows(s, mission_id)]

    def set_travel_time(self, mission_id: str, from_venue_id: str, to_venue_id: str,
                        minutes: int, *, both_ways: bool = True) -> None:
        """Set the minutes from one venue to another (and back, by default)."""
        if minutes < 0 or minutes > 24 * 60:
            raise ValidationError(
                [
                    FieldError(
                        "minutes",
                        translate("agenda", "Give a travel time between 0 and 1440 minutes."),
                    )
                ]
            )
        if from_venue_id == to_venue_id:
            raise ValidationError(
                [FieldError("to_venue_id", translate("agenda", "Choose two different venues."))]
            )
        with self.db.session() as s:
            m = _mission(s, mission_id)
            for v in (from_venue_id, to_venue_id):
                _get(s, Venue, v, "venue")
            pairs = [(from_venue_id, to_venue_id)]
            if both_ways:
                pairs.append((to_venue_id, from_venue_id))
            existing = {(t.from_venue_id, t.to_venue_id): t for t in self._travel_rows(s, m.id)}
            for a, b in pairs:
                row = existing.get((a, b))
                if row is None:
                    s.add(TravelTime(id=uuid7(), scope=m.scope, created_by=self._user,
                                     mission_id=m.id, from_venue_id=a, to_venue_id=b,
                                     minutes=minutes))
                elif row.minutes != minutes:
                    row.minutes = minutes

    @staticmethod
    def _travel_rows(s: Session, mission_id: str) -> Sequence[TravelTime]:
        return s.scalars(select(TravelTime).where(TravelTime.mission_id == mission_id,
                                                  TravelTime.deleted.is_(False))).all()

    def _travel_map(self, s: Session, mission_id: str) -> dict[tuple[str, str], int]:
        return {(t.from_venue_id, t.to_venue_id): t.minutes
                for t in self._travel_rows(s, mission_id)}

    # -- programme items ----------------------------------------------------------------------

    def items(self, mission_id: str) -> list[AgendaItemView]:
        """Every programme item of the mission, in time order."""
        with self.db.session() as s:
            return self._items(s, mission_id)

    def _items(self, s: Session, mission_id: str) -> list[AgendaItemView]:
        rows = s.execute(
            select(AgendaItem, Venue)
            .outerjoin(Venue, Venue.id == AgendaItem.venue_id)
            .where(AgendaItem.mission_id == mission_id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.starts_at, AgendaItem.title)
        ).all()
        people: dict[str, list[str]] = defaultdict(list)
        ids = [item.id for item, _v in rows]
        if ids:
            for item_id, person_id in s.execute(
                select(AgendaParticipant.agenda_item_id, AgendaParticipant.person_id)
                .where(AgendaParticipant.agenda_item_id.in_(ids),
                       AgendaParticipant.deleted.is_(False))
            ):
                people[item_id].append(person_id)
        return [_item_view(item, venue, tuple(people.get(item.id, ()))) for item, venue in rows]

    def get_item(self, item_id: str) -> AgendaItemView:
        with self.db.session() as s:
            item = _get(s, AgendaItem, item_id, "programme item")
            for view in self._items(s, item.mission_id):
                if view.id == item_id:
                    return view
        raise NotFoundError(f"no programme item with id {item_id}")

    def add_item(self, mission_id: str, data: AgendaItemInput) -> AgendaItemView:
        clean = validate_item(data)
        with self.db.session() as s:
            m = _mission(s, mission_id)
            self._check_venue(s, m.id, clean.venue_id)
            item = AgendaItem(id=uuid7(), scope=m.scope, created_by=self._user, mission_id=m.id)
            _apply_item(item, clean)
            s.add(item)
            s.flush()
            self._set_participants(s, item, clean.participant_ids)
            item_id = item.id
        return self.get_item(item_id)

    def update_item(self, item_id: str, data: AgendaItemInput) -> AgendaItemView:
        clean = validate_item(data)
        with self.db.session() as s:
            item = _get(s, AgendaItem, item_id, "programme item")
            self._check_venue(s, item.mission_id, clean.venue_id)
            before = _item_shown(item)
            _apply_item(item, clean)
            people_changed = self._set_participants(s, item, clean.participant_ids)
            if people_changed or _item_shown(item) != before:
                raise_sequence(item)
        return self.get_item(item_id)

    def delete_item(self, item_id: str) -> None:
        with self.db.session() as s:
            item = _get(s, AgendaItem, item_id, "programme item")
            item.deleted = True
            raise_sequence(item)  # calendars show it as cancelled
            for p in s.scalars(select(AgendaParticipant).where(
                    AgendaParticipant.agenda_item_id == item_id)):
                p.deleted = True

    def _set_participants(self, s: Session, item: AgendaItem, person_ids: Iterable[str]) -> bool:
        """Make the item's participants ``person_ids``; whether anything changed."""
        wanted = set(person_ids)
        current = {p.person_id: p for p in s.scalars(select(AgendaParticipant).where(
            AgendaParticipant.agenda_item_id == item.id, AgendaParticipant.deleted.is_(False)))}
        for pid, row in current.items():
            if pid not in wanted:
                row.deleted = True
        for pid in sorted(wanted - set(current)):
            s.add(AgendaParticipant(id=uuid7(), scope=item.scope, created_by=self._user,
                                    agenda_item_id=item.id, person_id=pid))
        return wanted != set(current)

    @staticmethod
    def _check_venue(s: Session, mission_id: str, venue_id: str | None) -> None:
        if venue_id is None:
            return
        venue = s.get(Venue, venue_id)
        if venue is None or venue.deleted or venue.mission_id != mission_id:
            raise ValidationError(
                [FieldError("venue_id", translate("agenda", "Choose a venue of this mission."))]
            )

    # -- roster -------------------------------------------------------------------------------

    def delegates(self, mission_id: str) -> list[DelegateView]:
        """People on the roster (not cancelled), by name."""
        with self.db.session() as s:
            return self._delegates(s, mission_id)

    @staticmethod
    def _delegates(s: Session, mission_id: str) -> list[DelegateView]:
        rows = s.execute(
            select(RosterEntry, Person, Organisation.name)
            .join(Person, Person.id == RosterEntry.person_id)
            .outerjoin(Organisation, Organisation.id == RosterEntry.organisation_id)
            .where(RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False),
                   RosterEntry.registration_status != "cancelled")
            .order_by(Person.name)
        ).all()
        return [
            DelegateView(person_id=p.id, name=p.name, organisation_id=r.organisation_id,
                         organisation_name=org or "", role=r.role, arrival_at=r.arrival_at,
                         departure_at=r.departure_at, interpreter_needed=r.interpreter_needed,
                         email=_first(p.emails), languages=tuple(r.languages or ()))
            for r, p, org in rows
        ]

    def guests(self, mission_id: str) -> list[tuple[str, str, str]]:
        """(person id, name, organisation) of people the delegation may meet: targets of the
        mission's requests and people of organisations outside the delegation."""
        with self.db.session() as s:
            on_roster = select(RosterEntry.person_id).where(RosterEntry.mission_id == mission_id)
            rows = s.execute(
                select(Person.id, Person.name, Organisation.name)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.deleted.is_(False), Person.id.not_in(on_roster),
                       Organisation.kind.not_in(("sme", "cluster")))
                .order_by(Organisation.name, Person.name)
            ).all()
            return [(r[0], r[1], r[2] or "") for r in rows]

    # -- meeting requests ---------------------------------------------------------------------

    def requests(self, mission_id: str) -> list[MeetingRequestView]:
        """Requests of the mission, highest priority first."""
        with self.db.session() as s:
            return self._requests(s, mission_id)

    def _requests(self, s: Session, mission_id: str) -> list[MeetingRequestView]:
        reqs = s.scalars(select(MeetingRequest).where(
            MeetingRequest.mission_id == mission_id, MeetingRequest.deleted.is_(False))).all()
        people = _people(s, {r.requester_person_id for r in reqs}
                         | {r.target_person_id for r in reqs})
        orgs = _orgs(s, {r.requester_organisation_id for r in reqs}
                     | {r.target_organisation_id for r in reqs}
                     | {p.organisation_id for p in people.values()})
        met = dict(s.execute(
            select(Meeting.request_id, Meeting.id).where(
                Meeting.mission_id == mission_id, Meeting.deleted.is_(False),
                Meeting.status.in_(ACTIVE_MEETING), Meeting.request_id.is_not(None))
        ).all())
        # The B2B sessions each foreign person said (on their page) they can attend.
        sessions: dict[str, list[tuple[dt.datetime, str]]] = defaultdict(list)
        for item, pid in s.execute(
                select(AgendaItem, AgendaParticipant.person_id)
                .join(AgendaParticipant, AgendaParticipant.agenda_item_id == AgendaItem.id)
                .where(AgendaItem.mission_id == mission_id, AgendaItem.kind == "b2b",
                       AgendaItem.deleted.is_(False), AgendaParticipant.deleted.is_(False))):
            sessions[pid].append((item.starts_at, item.title))
        out = []
        for r in reqs:
            requester = people.get(r.requester_person_id or "")
            target = people.get(r.target_person_id or "")
            req_org = r.requester_organisation_id or (requester.organisation_id
                                                      if requester else None)
            tgt_org = r.target_organisation_id or (target.organisation_id if target else None)
            out.append(MeetingRequestView(
                id=r.id, mission_id=r.mission_id, requester_person_id=r.requester_person_id,
                requester_name=requester.name if requester else "",
                requester_organisation_name=orgs.get(req_org or "", ""),
                target_person_id=r.target_person_id,
                target_name=target.name if target else "",
                target_organisation_id=tgt_org,
                target_organisation_name=orgs.get(tgt_org or "", ""),
                priority=r.priority, status=r.status, expires_at=r.expires_at,
                notes=r.notes or "", meeting_id=met.get(r.id),
                interpreter_language=r.interpreter_language,
                counterpart_answer=last_answer(r.notes),
                counterpart_sessions=tuple(sorted(
                    sessions.get(r.target_person_id or "", [])
                    + sessions.get(r.requester_person_id or "", [])))))
        out.sort(key=lambda v: (-v.priority, v.requester_organisation_name, v.target_name))
        return out

    def create_request(self, mission_id: str, data: MeetingRequestInput) -> MeetingRequestView:
        clean = validate_request(data)
        with self.db.session() as s:
            m = _mission(s, mission_id)
            requester_org = clean.requester_organisation_id
            if clean.requester_person_id:
                requester = _get(s, Person, clean.requester_person_id, "person")
                requester_org = requester_org or requester.organisation_id
            target_org = clean.target_organisation_id
            if clean.target_person_id:
                target = _get(s, Person, clean.target_person_id, "person")
                target_org = target_org or target.organisation_id
            req = MeetingRequest(
                id=uuid7(), scope=m.scope, created_by=self._user, mission_id=m.id,
                requester_person_id=clean.requester_person_id,
                requester_organisation_id=requester_org,
                target_organisation_id=target_org, target_person_id=clean.target_person_id,
                priority=clean.priority, status="pending", expires_at=clean.expires_at,
                notes=clean.notes.strip() or None,
                interpreter_language=clean.interpreter_language)
            s.add(req)
            req_id = req.id
        return self._request_view(mission_id, req_id)

    def _request_view(self, mission_id: str, request_id: str) -> MeetingRequestView:
        for r in self.requests(mission_id):
            if r.id == request_id:
                return r
        raise NotFoundError(f"no meeting request with id {request_id}")

    def accept_request(self, request_id: str) -> MeetingRequestView:
        return self._set_request_status(request_id, "accepted")

    def decline_request(self, request_id: str) -> MeetingRequestView:
        """Decline; a draft meeting made for it goes (published ones stay: cancel those). One
        transaction: a declined request never keeps a draft the next publish would send."""
        with self.db.session() as s:
            req = self._change_status(s, request_id, "declined")
            for meeting in s.scalars(select(Meeting).where(
                    Meeting.request_id == request_id, Meeting.deleted.is_(False),
                    Meeting.status == "draft")):
                _drop_meeting(s, meeting)
            mission_id = req.mission_id
        return self._request_view(mission_id, request_id)

    def _set_request_status(self, request_id: str, status: str) -> MeetingRequestView:
        with self.db.session() as s:
            mission_id = self._change_status(s, request_id, status).mission_id
        return self._request_view(mission_id, request_id)

    def _change_status(self, s: Session, request_id: str, status: str) -> MeetingRequest:
        req = _get(s, MeetingRequest, request_id, "meeting request")
        # Past its expiry a pending request is expired, whether or not it was marked yet.
        lapsed = req.status == "pending" and req.expires_at is not None \
            and req.expires_at <= utcnow()
        if (req.status == "expired" or lapsed) and status == "accepted":
            raise ValidationError(
                [
                    FieldError(
                        "status",
                        translate(
                            "agenda", "This request has expired; ask again with a new request."
                        ),
                    )
                ]
            )
        req.status = status
        return req

    def answer_requests(self, request_ids: Sequence[str], action: str) -> RequestAnswers:
        """Accept, decline or expire several requests in one step: one transaction and one
        batch (undone like an import). A request already in that state is left alone; an
        expired one cannot be accepted and is named in ``skipped`` with the reason. Declining
        drops the draft meetings made for the requests, as :meth:`decline_request` does."""
        status = {"accept": "accepted", "decline": "declined", "expire": "expired"}.get(action)
        if status is None:
            raise ValueError(f"unknown action {action!r}")
        label = {
            "accept": translate("agenda", "{count} meeting requests accepted"),
            "decline": translate("agenda", "{count} meeting requests declined"),
            "expire": translate("agenda", "{count} meeting requests expired"),
        }[action]
        changed: list[str] = []
        skipped: list[tuple[str, str]] = []
        with self.db.session() as s:
            rec = BatchRecorder(s, "request_answers", "", self.ctx.identity)
            for rid in dict.fromkeys(request_ids):  # once each, in the order given
                req = _get(s, MeetingRequest, rid, "meeting request")
                if req.status == status:
                    continue
                rec.before(req)
                try:
                    self._change_status(s, rid, status)
                except ValidationError as error:
                    skipped.append((rid, "; ".join(e.message for e in error.errors)))
                    continue
                changed.append(rid)
                if status == "declined":
                    for meeting in s.scalars(select(Meeting).where(
                            Meeting.request_id == rid, Meeting.deleted.is_(False),
                            Meeting.status == "draft")):
                        rec.before(meeting)
                        for p in s.scalars(select(MeetingParticipant).where(
                                MeetingParticipant.meeting_id == meeting.id,
                                MeetingParticipant.deleted.is_(False))):
                            rec.before(p)
                        _drop_meeting(s, meeting)
            rec.label = label.format(count=len(changed))
            batch_id = rec.finish()
        return RequestAnswers(action, tuple(changed), tuple(skipped), batch_id)

    def expire_requests(self, mission_id: str, now: dt.datetime | None = None) -> int:
        """Mark pending requests past their expiry as expired; returns how many."""
        now = now or utcnow()
        count = 0
        with self.db.session() as s:
            for req in s.scalars(select(MeetingRequest).where(
                    MeetingRequest.mission_id == mission_id, MeetingRequest.deleted.is_(False),
                    MeetingRequest.status == "pending",
                    MeetingRequest.expires_at.is_not(None))):
                if req.expires_at is not None and req.expires_at <= now:
                    req.status = "expired"
                    count += 1
        return count

    # -- meetings -----------------------------------------------------------------------------

    def meetings(self, mission_id: str, *, person_id: str | None = None,
                 include_cancelled: bool = False) -> list[MeetingView]:
        with self.db.session() as s:
            return self._meetings(s, mission_id, person_id=person_id,
                                  include_cancelled=include_cancelled)

    def _meetings(self, s: Session, mission_id: str, *, person_id: str | None = None,
                  include_cancelled: bool = False) -> list[MeetingView]:
        q = (select(Meeting, Venue).outerjoin(Venue, Venue.id == Meeting.venue_id)
             .where(Meeting.mission_id == mission_id, Meeting.deleted.is_(False)))
        if not include_cancelled:
            q = q.where(Meeting.status.in_(ACTIVE_MEETING))
        if person_id is not None:
            q = q.where(Meeting.id.in_(select(MeetingParticipant.meeting_id).where(
                MeetingParticipant.person_id == person_id,
                MeetingParticipant.deleted.is_(False))))
        rows = s.execute(q.order_by(Meeting.starts_at, Meeting.table_number)).all()
        country = s.scalar(select(Mission.country).where(Mission.id == mission_id))
        ids = [m.id for m, _v in rows]
        parts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for chunk in _chunks(ids, 500):
            for mid, pid, side in s.execute(
                select(MeetingParticipant.meeting_id, MeetingParticipant.person_id,
                       MeetingParticipant.side)
                .where(MeetingParticipant.meeting_id.in_(chunk),
                       MeetingParticipant.deleted.is_(False))
            ):
                parts[mid].append((pid, side))
        people = _people(s, {pid for lst in parts.values() for pid, _ in lst})
        orgs = _orgs(s, {p.organisation_id for p in people.values()})
        out = []
        for m, venue in rows:
            plist = []
            for pid, side in sorted(parts.get(m.id, ()), key=lambda x: (x[1] != "delegation",
                                                                        x[0])):
                p = people.get(pid)
                if p is None:
                    continue
                plist.append(MeetingPerson(pid, p.name, orgs.get(p.organisation_id or "", ""),
                                           side, _first(p.emails)))
            out.append(_meeting_view(m, venue, tuple(plist), country))
        return out

    def get_meeting(self, meeting_id: str) -> MeetingView:
        with self.db.session() as s:
            m = _get(s, Meeting, meeting_id, "meeting")
            for view in self._meetings(s, m.mission_id, include_cancelled=True):
                if view.id == meeting_id:
                    return view
        raise NotFoundError(f"no meeting with id {meeting_id}")

    def add_meeting(self, mission_id: str, data: MeetingInput) -> MeetingView:
        """Add a meeting by hand. Once the mission has published meetings, it is published
        at once and marked changed (the delegates' agendas need resending)."""
        errors = []
        if data.starts_at is None or data.starts_at.tzinfo is None:
            errors.append(FieldError("starts_at", translate("agenda", "Give the start time.")))
        if data.ends_at is None or data.ends_at.tzinfo is None:
            errors.append(FieldError("ends_at", translate("agenda", "Give the end time.")))
        elif data.starts_at is not None and data.ends_at <= data.starts_at:
            errors.append(
                FieldError("ends_at", translate("agenda", "The meeting ends before it starts."))
            )
        if not data.delegate_ids:
            errors.append(
                FieldError("delegate_ids", translate("agenda", "Choose at least one delegate."))
            )
        if not data.guest_ids:
            errors.append(FieldError("guest_ids", translate("agenda", "Choose who they meet.")))
        language_error = check_interpreter_language(data.interpreter_language)
        if language_error:
            errors.append(language_error)
        if errors:
            raise ValidationError(errors)
        assert data.starts_at is not None and data.ends_at is not None
        with self.db.session() as s:
            m = _mission(s, mission_id)
            published = s.scalar(select(Meeting.id).where(
                Meeting.mission_id == m.id, Meeting.deleted.is_(False),
                Meeting.status == "published").limit(1)) is not None
            session_item = self._session_at(s, m.id, data.starts_at)
            venue_id = data.venue_id or (session_item.venue_id if session_item else None)
            self._check_venue(s, m.id, venue_id)
            zone = m.timezone
            if venue_id:
                zone = _get(s, Venue, venue_id, "venue").timezone
            language = normalise_language(data.interpreter_language)
            if language is None and data.interpreter_needed:
                language = main_language(m.country)
            meeting = Meeting(
                id=uuid7(), scope=m.scope, created_by=self._user, mission_id=m.id,
                request_id=data.request_id,
                agenda_item_id=session_item.id if session_item else None, venue_id=venue_id,
                title=data.title.strip() or None, starts_at=data.starts_at, ends_at=data.ends_at,
                timezone=zone, table_number=data.table_number,
                status="published" if published else "draft", locked=True,
                interpreter_needed=language is not None, interpreter_language=language,
                changed_since_publish=published)
            s.add(meeting)
            s.flush()
            self._check_table(s, meeting)
            for side, ids in (("delegation", data.delegate_ids), ("guest", data.guest_ids)):
                for pid in ids:
                    _get(s, Person, pid, "person")
                    s.add(MeetingParticipant(id=uuid7(), scope=m.scope, created_by=self._user,
                                             meeting_id=meeting.id, person_id=pid, side=side))
            if meeting.title is None:
                meeting.title = self._title(s, data.delegate_ids, data.guest_ids)
            meeting_id = meeting.id
        return self.get_meeting(meeting_id)

    def move_meeting(self, meeting_id: str, starts_at: dt.datetime,
                     table_number: int | None = None, *, lock: bool = True) -> MeetingView:
        """Move a meeting (same length) to ``starts_at``, optionally to another table.

        A moved meeting is locked unless ``lock`` is false (a re-run keeps the leader's
        choice; the leader sees the lock and can lift it); a moved published meeting is
        marked changed. A table already taken at that time is refused; a person's
        clash is allowed but shown as a conflict.
        """
        if starts_at.tzinfo is None:
            raise ValidationError(
                [FieldError("starts_at", translate("agenda", "The time has no time zone."))]
            )
        with self.db.session() as s:
            meeting = _get(s, Meeting, meeting_id, "meeting")
            if meeting.status == "cancelled":
                raise ValidationError(
                    [FieldError("status", translate("agenda", "A cancelled meeting cannot move."))]
                )
            length = meeting.ends_at - meeting.starts_at
            before = _meeting_shown(meeting)
            meeting.starts_at = starts_at.astimezone(dt.UTC)
            meeting.ends_at = meeting.starts_at + length
            session_item = self._session_at(s, meeting.mission_id, meeting.starts_at)
            if session_item is not None:
                # Inside a B2B session, meetings start on its slots (never 10:09, never a break).
                problem = off_slot_problem(_item_view(session_item, None, ()),
                                           meeting.starts_at)
                if problem is not None:
                    raise ValidationError([FieldError("starts_at", problem)])
                meeting.agenda_item_id = session_item.id
                meeting.venue_id = session_item.venue_id or meeting.venue_id
                meeting.timezone = session_item.timezone
            else:
                meeting.agenda_item_id = None
            if table_number is not None:
                meeting.table_number = table_number
            s.flush()
            self._check_table(s, meeting)
            meeting.locked = lock
            if meeting.status == "published" and _meeting_shown(meeting) != before:
                meeting.changed_since_publish = True
                raise_sequence(meeting)
        return self.get_meeting(meeting_id)

    def set_locked(self, meeting_id: str, locked: bool) -> MeetingView:
        with self.db.session() as s:
            _get(s, Meeting, meeting_id, "meeting").locked = locked
        return self.get_meeting(meeting_id)

    def set_locked_many(self, meeting_ids: Sequence[str], locked: bool) -> int:
        """Lock (a scheduling run keeps them where they are) or unlock several meetings in
        one transaction; returns how many changed."""
        count = 0
        with self.db.session() as s:
            for mid in dict.fromkeys(meeting_ids):
                meeting = _get(s, Meeting, mid, "meeting")
                if meeting.locked != locked:
                    meeting.locked = locked
                    count += 1
        return count

    def publish_preview(self, mission_id: str) -> PublishPreview:
        """Who the next publish affects: per person, the meetings it adds (drafts), the
        published ones moved or changed since, and the cancelled ones still to announce."""
        with self.db.session() as s:
            _mission(s, mission_id)
            meetings = self._meetings(s, mission_id, include_cancelled=True)
            created = dict(s.execute(select(Meeting.id, Meeting.created_at).where(
                Meeting.mission_id == mission_id, Meeting.deleted.is_(False))).all())
        # No publish time is stored, but the last publish came after every meeting it left
        # unchanged was made: a changed published meeting made later than all of those was
        # added (by hand) since, not moved.
        settled = [created[m.id] for m in meetings
                   if m.status == "published" and not m.changed_since_publish
                   and created.get(m.id) is not None]
        bound = max(settled, default=None)
        kinds: dict[str, str] = {}
        for m in meetings:
            if m.status == "draft":
                kinds[m.id] = "added"
            elif m.changed_since_publish and m.status == "cancelled":
                kinds[m.id] = "cancelled"
            elif m.changed_since_publish:
                made = created.get(m.id)
                kinds[m.id] = ("added" if bound is not None and made is not None
                               and made > bound else "moved")
        people: dict[str, dict[str, list[str]]] = {}
        who: dict[str, MeetingPerson] = {}
        for m in meetings:
            kind = kinds.get(m.id)
            if kind is None:
                continue
            for p in m.participants:
                who.setdefault(p.person_id, p)
                people.setdefault(p.person_id, {"added": [], "moved": [], "cancelled": []})[
                    kind].append(m.id)
        rows = tuple(sorted(
            (PersonChanges(pid, who[pid].name, who[pid].organisation_name, who[pid].side,
                           tuple(c["added"]), tuple(c["moved"]), tuple(c["cancelled"]))
             for pid, c in people.items()),
            key=lambda p: (p.side != "delegation", p.name.casefold())))
        counts = [sum(1 for k in kinds.values() if k == name)
                  for name in ("added", "moved", "cancelled")]
        return PublishPreview(mission_id, counts[0], counts[1], counts[2], rows)

    def cancel_meeting(self, meeting_id: str) -> MeetingView:
        """Cancel: a draft simply goes; a published meeting stays, cancelled and changed."""
        with self.db.session() as s:
            meeting = _get(s, Meeting, meeting_id, "meeting")
            if meeting.status == "draft":
                _drop_meeting(s, meeting)
                meeting.status = "cancelled"
                country = s.scalar(select(Mission.country).where(Mission.id == meeting.mission_id))
                return _meeting_view(meeting, None, (), country)
            if meeting.status != "cancelled":  # calendars replace their copy by a cancelled one
                raise_sequence(meeting)
            meeting.status = "cancelled"
            meeting.changed_since_publish = True
        return self.get_meeting(meeting_id)

    def cancel_meetings(self, meeting_ids: Sequence[str]) -> MeetingsCancelled:
        """Cancel several meetings in one transaction and one batch (undone like an import):
        drafts go, published ones stay cancelled and changed, their SEQUENCE raised so
        calendars show them cancelled (as :meth:`cancel_meeting` does for one)."""
        changed: list[str] = []
        with self.db.session() as s:
            rec = BatchRecorder(s, "meetings_cancelled", "", self.ctx.identity)
            for mid in dict.fromkeys(meeting_ids):  # once each, in the order given
                meeting = s.get(Meeting, mid)
                if meeting is None:
                    raise NotFoundError(f"no meeting with id {mid}")
                if meeting.status == "cancelled":  # a cancelled draft is gone (deleted)
                    continue
                rec.before(meeting)
                if meeting.status == "draft":
                    for p in s.scalars(select(MeetingParticipant).where(
                            MeetingParticipant.meeting_id == meeting.id,
                            MeetingParticipant.deleted.is_(False))):
                        rec.before(p)
                    _drop_meeting(s, meeting)
                else:
                    raise_sequence(meeting)
                    meeting.changed_since_publish = True
                meeting.status = "cancelled"
                changed.append(mid)
            rec.label = translate("agenda", "{count} meetings cancelled").format(
                count=len(changed))
            batch_id = rec.finish()
        return MeetingsCancelled(tuple(changed), batch_id)

    def set_outcome(self, meeting_id: str, outcome: str | None, note: str = "",
                    rating: int | None = None) -> MeetingView:
        """Record what happened (held, no-show, rescheduled; None: not recorded), a short note
        and, for a held meeting, how promising it was (1-5). A held meeting gets its two
        follow-ups planned, as the outcomes screen and the reports expect."""
        if outcome is not None:
            validate_meeting_outcome(outcome, rating)
        if len(note) > 2000:
            raise ValidationError(
                [
                    FieldError(
                        "outcome_note", translate("agenda", "Keep the note under 2000 characters.")
                    )
                ]
            )
        with self.db.session() as s:
            meeting = _get(s, Meeting, meeting_id, "meeting")
            record_meeting_outcome(s, meeting, outcome, rating, note, self.ctx.identity.user_id)
            if outcome == "rescheduled" and meeting.status == "published":
                meeting.changed_since_publish = True
        return self.get_meeting(meeting_id)

    def publish(self, mission_id: str) -> int:
        """Publish every draft meeting; clears the "changed" marks. Returns drafts published."""
        with self.db.session() as s:
            _mission(s, mission_id)
            count = 0
            for meeting in s.scalars(select(Meeting).where(
                    Meeting.mission_id == mission_id, Meeting.deleted.is_(False))):
                if meeting.status == "draft":
                    meeting.status = "published"
                    count += 1
                if meeting.changed_since_publish:
                    meeting.changed_since_publish = False
            return count

    def _check_table(self, s: Session, meeting: Meeting) -> None:
        """A table holds one meeting at a time (tables are numbered per venue)."""
        if meeting.table_number is None:
            return
        item = s.get(AgendaItem, meeting.agenda_item_id) if meeting.agenda_item_id else None
        if item is not None and item.table_count and not (
                1 <= meeting.table_number <= item.table_count):
            raise ValidationError(
                [
                    FieldError(
                        "table_number",
                        translate("agenda", "The session has tables 1 to {table_count}.").format(
                            table_count=item.table_count
                        ),
                    )
                ]
            )
        q = select(Meeting.id).where(
            Meeting.mission_id == meeting.mission_id, Meeting.id != meeting.id,
            Meeting.deleted.is_(False), Meeting.status.in_(ACTIVE_MEETING),
            Meeting.table_number == meeting.table_number,
            Meeting.starts_at < meeting.ends_at, Meeting.ends_at > meeting.starts_at)
        if meeting.venue_id is not None:
            q = q.where(Meeting.venue_id == meeting.venue_id)
        elif meeting.agenda_item_id is not None:
            q = q.where(Meeting.agenda_item_id == meeting.agenda_item_id)
        else:
            return
        clash = s.scalar(q.limit(1))
        if clash is not None:
            raise ValidationError(
                [
                    FieldError(
                        "table_number",
                        translate(
                            "agenda",
                            "Table {table_number} is taken at that time; choose another table.",
                        ).format(table_number=meeting.table_number),
                    )
                ]
            )

    @staticmethod
    def _session_at(s: Session, mission_id: str, moment: dt.datetime) -> AgendaItem | None:
        return s.scalars(select(AgendaItem).where(
            AgendaItem.mission_id == mission_id, AgendaItem.deleted.is_(False),
            AgendaItem.kind == "b2b", AgendaItem.starts_at <= moment,
            AgendaItem.ends_at > moment).limit(1)).first()

    @staticmethod
    def _title(s: Session, delegate_ids: Iterable[str], guest_ids: Iterable[str]) -> str:
        def org_of(ids: Iterable[str]) -> str:
            for pid in ids:
                p = s.get(Person, pid)
                if p is None:
                    continue
                org = s.get(Organisation, p.organisation_id) if p.organisation_id else None
                return org.name if org else p.name
            return "?"
        return f"{org_of(delegate_ids)} × {org_of(guest_ids)}"

    # -- conflicts and personal agendas -------------------------------------------------------

    def conflicts(self, mission_id: str) -> list[Conflict]:
        """Every conflict of the mission's people (see :func:`core.agenda.find_conflicts`)."""
        with self.db.session() as s:
            m = _mission(s, mission_id)
            engagements, names, stays = self._engagements(s, m.id)
            found = find_conflicts(engagements, names=names, stays=stays,
                                   travel=self._travel_map(s, m.id), home_zone=m.home_timezone)
            needs = [InterpreterNeed(v.id, v.title, v.starts_at, v.ends_at, v.timezone,
                                     v.interpreter_language)
                     for v in self._meetings(s, m.id) if v.interpreter_language]
            return found + find_interpreter_conflicts(
                needs, self._interpreters(s, m.id), home_zone=m.home_timezone)

    def interpreters(self, mission_id: str) -> list[InterpreterOnRoster]:
        """The interpreters on the roster (role "interpreter", not cancelled), by name."""
        with self.db.session() as s:
            return self._interpreters(s, mission_id)

    def _interpreters(self, s: Session, mission_id: str) -> list[InterpreterOnRoster]:
        return [InterpreterOnRoster(d.person_id, d.name,
                                    frozenset(filter(None, map(language_code, d.languages))),
                                    d.arrival_at, d.departure_at)
                for d in self._delegates(s, mission_id) if d.is_interpreter]

    def _engagements(self, s: Session, mission_id: str) -> tuple[
            dict[str, list[Engagement]], dict[str, str],
            dict[str, tuple[dt.datetime | None, dt.datetime | None]]]:
        delegates = self._delegates(s, mission_id)
        names = {d.person_id: d.name for d in delegates}
        stays = {d.person_id: (d.arrival_at, d.departure_at) for d in delegates}
        out: dict[str, list[Engagement]] = defaultdict(list)
        for item in self._items(s, mission_id):
            if item.kind == "b2b":
                continue  # a container: the meetings inside it are what people attend
            if item.whole_delegation:
                attendees, personal = [d.person_id for d in delegates], False
            else:
                attendees, personal = list(item.participant_ids), True
            for pid in attendees:
                out[pid].append(Engagement(item.id, item.title, item.starts_at, item.ends_at,
                                           item.venue_id, item.timezone, personal))
        for meeting in self._meetings(s, mission_id):
            for p in meeting.participants:
                names.setdefault(p.person_id, p.name)
                out[p.person_id].append(Engagement(
                    meeting.id, meeting.title, meeting.starts_at, meeting.ends_at,
                    meeting.venue_id, meeting.timezone, True))
        return dict(out), names, stays

    def personal_agenda(self, mission_id: str, person_id: str) -> list[AgendaEntry]:
        """What one person attends: their programme items and meetings, in time order."""
        with self.db.session() as s:
            _mission(s, mission_id)
            on_roster = s.scalar(select(RosterEntry.id).where(
                RosterEntry.mission_id == mission_id, RosterEntry.person_id == person_id,
                RosterEntry.deleted.is_(False), RosterEntry.registration_status != "cancelled"
            ).limit(1)) is not None
            entries: list[AgendaEntry] = []
            for item in self._items(s, mission_id):
                if item.kind == "b2b":
                    continue
                if (item.whole_delegation and on_roster) or person_id in item.participant_ids:
                    entries.append(AgendaEntry(
                        kind=item.kind, id=item.id, title=item.title, starts_at=item.starts_at,
                        ends_at=item.ends_at, timezone=item.timezone,
                        venue_name=item.venue_name, venue_address=item.venue_address))
            for m in self._meetings(s, mission_id, person_id=person_id):
                others = [p for p in m.participants if p.person_id != person_id]
                with_whom = "; ".join(
                    f"{p.name} ({p.organisation_name})" if p.organisation_name else p.name
                    for p in others)
                entries.append(AgendaEntry(
                    kind="meeting", id=m.id, title=m.title, starts_at=m.starts_at,
                    ends_at=m.ends_at, timezone=m.timezone, venue_name=m.venue_name,
                    venue_address=m.venue_address, with_whom=with_whom,
                    table_number=m.table_number, interpreter_needed=m.interpreter_needed,
                    status=m.status, changed=m.changed_since_publish))
            entries.sort(key=lambda e: (e.starts_at, e.ends_at, e.title))
            return entries

    # -- scheduling ---------------------------------------------------------------------------

    def check_schedulable(self, mission_id: str) -> None:
        """Raise :class:`ValidationError` when the mission has nothing to schedule into (no
        B2B session with slots and tables). Cheap: the screens call it before they show the
        scheduler's progress, so the answer comes at once."""
        with self.db.session() as s:
            m = _mission(s, mission_id)
            if not any(b2b_slots(item) for item in self._items(s, m.id)):
                raise ValidationError([FieldError("mission", _no_b2b_session())])

    def build_problem(self, mission_id: str, *, now: dt.datetime | None = None) -> BuiltProblem:
        """The scheduler's problem for the mission's B2B sessions, from the database."""

        with self.db.session() as s:
            return self._build(s, mission_id, now or utcnow())

    def _build(self, s: Session, mission_id: str, now: dt.datetime) -> BuiltProblem:
        from biox_desktop.core import scheduler as sch

        m = _mission(s, mission_id)
        items = self._items(s, m.id)
        sessions, slots, slot_info = [], [], {}
        by_start: dict[tuple[str, dt.datetime], str] = {}
        table_count: dict[str, int] = {}
        for item in items:
            item_slots = b2b_slots(item)
            if not item_slots:
                continue
            sessions.append(sch.Session(item.id, item.table_count or 0, item.venue_id))
            table_count[item.id] = item.table_count or 0
            for start, end in item_slots:
                slot_id = f"{item.id}@{start:%Y%m%dT%H%M%SZ}"
                slots.append(sch.Slot(slot_id, item.id, start, end))
                slot_info[slot_id] = (item.id, start, end)
                by_start[(item.id, start)] = slot_id
        delegates = {d.person_id: d for d in self._delegates(s, m.id)}
        requests = [r for r in self._requests(s, m.id)]
        meetings = self._meetings(s, m.id)
        warnings: list[str] = []

        # Kept meetings (locked or published) become locks when they sit on a slot and table.
        locks: list[sch.Lock] = []
        sched_requests: dict[str, sch.Request] = {}
        request_of: dict[str, str | None] = {}
        kept: dict[str, str] = {}
        replaced: list[str] = []
        extra_busy: dict[str, list[sch.BusyInterval]] = defaultdict(list)
        taken_tables: set[tuple[str, int]] = set()
        booked: dict[str, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
        fulfilled: set[str] = set()
        for meeting in meetings:
            if meeting.status == "draft" and not meeting.locked:
                replaced.append(meeting.id)
                continue
            if meeting.request_id:
                fulfilled.add(meeting.request_id)
            delegation = tuple(p.person_id for p in meeting.side("delegation"))
            guests = tuple(p.person_id for p in meeting.side("guest"))
            sid: str | None = None
            for item_id in ([meeting.agenda_item_id] if meeting.agenda_item_id else
                            list(table_count)):
                sid = by_start.get((item_id, meeting.starts_at))
                if sid:
                    break
            usable = (
                sid is not None and delegation and guests
                and slot_info[sid][2] == meeting.ends_at
                and meeting.table_number is not None
                and 1 <= meeting.table_number <= table_count[slot_info[sid][0]]
                and (sid, meeting.table_number) not in taken_tables
                and not any(a < meeting.ends_at and meeting.starts_at < b
                            for pid in delegation + guests for a, b in booked[pid])
            )
            if not usable or sid is None or meeting.table_number is None:
                # Kept as it is, outside the scheduler's slots: its people are busy then.
                if sid is not None:
                    warnings.append(
                        translate(
                            "agenda",
                            "meeting “{title}” is kept but clashes with another kept meeting or has "
                            "no free table; check it",
                        ).format(title=meeting.title)
                    )
                for pid in delegation + guests:
                    extra_busy[pid].append(sch.BusyInterval(meeting.starts_at, meeting.ends_at,
                                                            meeting.venue_id, meeting.title))
                continue
            rid = f"meeting:{meeting.id}"
            sched_requests[rid] = sch.Request(rid, delegation, guests, _priority_of(
                meeting.request_id, requests), interpreter=meeting.interpreter_language)
            request_of[rid] = meeting.request_id
            kept[rid] = meeting.id
            locks.append(sch.Lock(rid, sid, meeting.table_number))
            taken_tables.add((sid, meeting.table_number))
            for pid in delegation + guests:
                booked[pid].append((meeting.starts_at, meeting.ends_at))

        for r in requests:
            if r.status != "accepted" or r.id in fulfilled:
                continue
            if r.expires_at is not None and r.expires_at <= now:
                continue
            requester = r.requester_person_id
            target = r.target_person_id
            if target is None and requester is not None and requester not in delegates:
                # A counterpart asked (on their page) to meet one of the delegation's
                # companies: meet a delegate of that company.
                target = next((pid for pid, d in sorted(delegates.items())
                               if d.organisation_id == r.target_organisation_id), None)
            target = target or self._contact_of(s, r.target_organisation_id)
            if requester is None or target is None or requester == target:
                warnings.append(
                    translate(
                        "agenda", "request {requester} → {target} names no person to meet; skipped"
                    ).format(
                        requester=r.requester_organisation_name, target=r.target_organisation_name
                    )
                )
                continue
            if requester not in delegates and target in delegates:
                # Asked by the foreign side: the delegate is still the delegation's side.
                requester, target = target, requester
            sched_requests[r.id] = sch.Request(r.id, (requester,), (target,), r.priority,
                                               interpreter=self._request_language(r, delegates,
                                                                                  m.country))
            request_of[r.id] = r.id

        people = {pid for req in sched_requests.values() for pid in req.people}
        busy: dict[str, list[sch.BusyInterval]] = defaultdict(list)
        for item in items:
            if item.kind == "b2b":
                continue
            attendees = (set(delegates) if item.whole_delegation else set(item.participant_ids))
            for pid in attendees & people:
                busy[pid].append(sch.BusyInterval(item.starts_at, item.ends_at, item.venue_id,
                                                  item.title))
        # A counterpart who said on their page which B2B sessions they can attend (they are
        # participants of those sessions) meets only inside them.
        attends: dict[str, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
        for item in items:
            if item.kind == "b2b":
                for pid in item.participant_ids:
                    attends[pid].append((item.starts_at, item.ends_at))
        participants = []
        for pid in sorted(people):
            d = delegates.get(pid)
            availability: tuple[tuple[dt.datetime, dt.datetime], ...] = ()
            if d is not None and (d.arrival_at or d.departure_at):
                availability = ((d.arrival_at or dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
                                 d.departure_at or dt.datetime(9999, 1, 1, tzinfo=dt.UTC)),)
            elif d is None and attends.get(pid):
                availability = tuple(sorted(attends[pid]))
            person = s.get(Person, pid)
            # The scheduler's warnings name people by this, never by id.
            participants.append(sch.Participant(pid, availability,
                                                tuple(busy[pid] + extra_busy[pid]),
                                                name=person.name if person else ""))
        interpreters = tuple(
            sch.Interpreter(t.person_id, t.languages,
                            () if t.arrival is None and t.departure is None else
                            ((t.arrival or dt.datetime(1970, 1, 1, tzinfo=dt.UTC),
                              t.departure or dt.datetime(9999, 1, 1, tzinfo=dt.UTC)),),
                            name=t.name)
            for t in self._interpreters(s, m.id))
        problem = sch.Problem(
            sessions=tuple(sessions), slots=tuple(slots), participants=tuple(participants),
            requests=tuple(sched_requests.values()), locks=tuple(locks),
            travel_minutes=self._travel_map(s, m.id),
            travel_buffer_minutes=self.travel_buffer_minutes, timezone=m.timezone,
            interpreters=interpreters)
        return BuiltProblem(problem, slot_info, request_of, kept, tuple(replaced),
                            tuple(warnings))

    @staticmethod
    def _request_language(r: MeetingRequestView, delegates: dict[str, DelegateView],
                          country: str | None) -> str | None:
        """The interpreter a request needs: its own language, else the main language of the
        country when the roster says the delegate who asks needs an interpreter."""
        if r.interpreter_language:
            return r.interpreter_language
        asking = delegates.get(r.requester_person_id or "")
        return main_language(country) if asking and asking.interpreter_needed else None

    @staticmethod
    def _contact_of(s: Session, organisation_id: str | None) -> str | None:
        if organisation_id is None:
            return None
        return s.scalar(select(Person.id).where(Person.organisation_id == organisation_id,
                                                Person.deleted.is_(False))
                        .order_by(Person.created_at, Person.id).limit(1))

    def schedule(self, mission_id: str, *, progress: Progress | None = None,
                 time_limit_s: float = 2.0, publish: bool = False) -> ScheduleSummary:
        """Place the accepted requests into the B2B sessions and store a draft.

        Unlocked drafts of an earlier run are replaced; locked and published meetings stay.
        With ``publish`` the draft is published at once (headless use). Cancelling (through
        ``progress``) changes nothing.
        """
        self.check_schedulable(mission_id)
        from biox_desktop.core import scheduler as sch  # OR-Tools: imported only when needed

        progress = progress or Progress()
        built = self.build_problem(mission_id)
        problem = built.problem
        if not problem.sessions:  # checked above; the data may have changed since
            raise ValidationError([FieldError("mission", _no_b2b_session())])
        try:
            result = sch.schedule(problem, time_limit_s=time_limit_s, progress=progress)
        except ValueError as exc:  # a kept meeting the scheduler cannot keep
            # The scheduler's message names internal ids: say it in the leader's words.
            raise ValidationError([FieldError("meetings", translate(
                "agenda", "Two kept meetings clash: the same person or the same table at the "
                "same time. Unlock or move one of them and schedule again."))]) from exc
        progress.step(0, len(result.assignments), translate("agenda", "Saving the draft"))
        new = 0
        with self.db.session() as s:
            m = _mission(s, mission_id)
            for meeting_id in built.replaced:
                row = s.get(Meeting, meeting_id)
                if row is not None:
                    _drop_meeting(s, row)
            requests = {r.id: r for r in problem.requests}
            delegates = {d.person_id: d for d in self._delegates(s, m.id)}
            items = {i.id: i for i in self._items(s, m.id)}
            for n, a in enumerate(result.assignments):
                progress.step(n, len(result.assignments), translate("agenda", "Saving the draft"))
                if a.request_id in built.kept:
                    continue
                item_id, start, end = built.slots[a.slot_id]
                item = items[item_id]
                req = requests[a.request_id]
                language = req.interpreter or next(
                    (main_language(m.country) for p in req.requesters
                     if p in delegates and delegates[p].interpreter_needed), None)
                meeting = Meeting(
                    id=uuid7(), scope=m.scope, created_by=self._user, mission_id=m.id,
                    request_id=built.request_of.get(a.request_id), agenda_item_id=item_id,
                    venue_id=item.venue_id, starts_at=start, ends_at=end,
                    timezone=item.timezone, table_number=a.table, status="draft",
                    interpreter_needed=language is not None, interpreter_language=language)
                meeting.title = self._title(s, req.requesters, req.targets)
                s.add(meeting)
                for side, ids in (("delegation", req.requesters), ("guest", req.targets)):
                    for pid in ids:
                        s.add(MeetingParticipant(id=uuid7(), scope=m.scope,
                                                 created_by=self._user, meeting_id=meeting.id,
                                                 person_id=pid, side=side))
                new += 1
            progress.step(
                len(result.assignments),
                len(result.assignments),
                translate("agenda", "Saving the draft"),
            )
        published = self.publish(mission_id) if publish else 0
        names = {r.id: r for r in self.requests(mission_id)}
        unscheduled = tuple(
            (_request_label(names.get(built.request_of.get(u.request_id) or "")) or u.request_id,
             u.reason)
            for u in result.unscheduled)
        return ScheduleSummary(
            mission_id=mission_id, scheduled_count=result.scheduled_count, weight=result.weight,
            weight_bound=result.weight_bound, idle_gaps=result.idle_gaps,
            optimal=result.optimal, new_meetings=new, kept_meetings=len(built.kept),
            requests=len(problem.requests), unscheduled=unscheduled,
            warnings=built.warnings + result.warnings, published=published)

    # -- ICS import ---------------------------------------------------------------------------

    def import_programme(self, mission_id: str, events: Sequence[ProgrammeImportItem],
                         *, progress: Progress | None = None,
                         source_name: str = "") -> ImportSummary:
        """Add imported calendar events as programme items (all or nothing).

        The import is one batch (:mod:`biox_desktop.db.batches`) that can be undone; its id is
        in the summary.

        An event whose UID was imported before updates that item instead of duplicating it.
        Locations become venues (matched by name) in the event's zone. The kind is guessed from
        the title (B2B, visit, lunch/dinner, transfer/bus, networking/reception), else
        "conference".
        """
        progress = progress or Progress()
        created = updated = skipped = 0
        warnings: list[str] = []
        outside: list[tuple[dt.datetime, str, str]] = []  # (start, title, zone)
        with self.db.session() as s:
            m = _mission(s, mission_id)
            rec = BatchRecorder(s, "programme_import", translate(
                "agenda", "Programme import: {file}").format(file=source_name or m.name),
                self.ctx.identity)
            existing = {i.ics_uid: i for i in s.scalars(select(AgendaItem).where(
                AgendaItem.mission_id == m.id, AgendaItem.deleted.is_(False),
                AgendaItem.ics_uid.is_not(None)))}
            venues = {v.name.casefold(): v for v in s.scalars(select(Venue).where(
                Venue.mission_id == m.id, Venue.deleted.is_(False)))}
            created_now: set[str] = set()  # new items start at SEQUENCE 0
            for n, event in enumerate(events):
                progress.step(n, len(events), translate("agenda", "Importing the programme"))
                if event.cancelled:
                    skipped += 1
                    cancelled = existing.get(event.uid[:300])
                    if cancelled is not None:
                        warnings.append(self._cancel_imported(s, cancelled, rec))
                    continue
                zone = event.timezone if is_timezone(event.timezone) else m.timezone
                if not m.start_date <= local_day(event.starts_at, zone) <= m.end_date:
                    outside.append((event.starts_at, event.title.strip() or "(untitled)", zone))
                if event.ends_at <= event.starts_at:
                    # A point in time (or zero length): give it 30 minutes so it shows.
                    ends = event.starts_at + dt.timedelta(minutes=30)
                else:
                    ends = event.ends_at
                venue_id = None
                location = event.location.strip()
                if location:
                    name = location.split(",")[0].strip()[:200] or location[:200]
                    venue = venues.get(name.casefold())
                    if venue is None:
                        venue = Venue(id=uuid7(), scope=m.scope, created_by=self._user,
                                      mission_id=m.id, name=name, address=location,
                                      timezone=zone)
                        s.add(venue)
                        s.flush()  # the item below refers to it
                        rec.created(venue)
                        venues[name.casefold()] = venue
                    venue_id = venue.id
                title = (event.title.strip() or "(untitled)")[:300]
                uid = event.uid[:300]
                item = existing.get(uid)
                if item is None:
                    item = AgendaItem(id=uuid7(), scope=m.scope, created_by=self._user,
                                      mission_id=m.id, ics_uid=uid, kind=guess_kind(title),
                                      whole_delegation=True, breaks=[])
                    s.add(item)
                    rec.created(item)
                    existing[uid] = item
                    created_now.add(uid)
                    created += 1
                else:
                    rec.before(item)
                    updated += 1
                before = _item_shown(item)
                item.title = title
                item.starts_at = event.starts_at.astimezone(dt.UTC)
                item.ends_at = ends.astimezone(dt.UTC)
                item.timezone = zone
                item.venue_id = venue_id
                item.description = event.description.strip() or None
                if uid not in created_now and _item_shown(item) != before:
                    raise_sequence(item)
                if item.kind == "b2b" and (not item.slot_minutes or not item.table_count):
                    item.slot_minutes, item.table_count = item.slot_minutes or 30, \
                        item.table_count or 10
                    warnings.append(
                        translate(
                            "agenda",
                            "“{title}”: B2B session given 30-minute slots and {table_count} tables; "
                            "adjust them",
                        ).format(title=title, table_count=item.table_count)
                    )
            progress.step(len(events), len(events), translate("agenda", "Importing the programme"))
            warnings.extend(_outside_warnings(outside, m.start_date, m.end_date))
            batch_id = rec.finish()
        return ImportSummary(created, updated, skipped, tuple(warnings), batch_id)

    def _cancel_imported(self, s: Session, item: AgendaItem, rec: BatchRecorder) -> str:
        """Remove an item an earlier import created for an event the calendar now cancels,
        unless meetings were scheduled in it (a person decides then); the warning says which."""
        meetings = s.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.agenda_item_id == item.id, Meeting.deleted.is_(False))) or 0
        if meetings:
            return translate(
                "agenda", "“{title}” is cancelled in the calendar but has {count} meetings; "
                "it was kept, decide what to do with it").format(title=item.title, count=meetings)
        rec.before(item)
        item.deleted = True
        raise_sequence(item)
        for p in s.scalars(select(AgendaParticipant).where(
                AgendaParticipant.agenda_item_id == item.id)):
            rec.before(p)
            p.deleted = True
        return translate(
            "agenda", "“{title}” is cancelled in the calendar; removed from the programme"
        ).format(title=item.title)

    @property
    def _user(self) -> str:
        return self.ctx.identity.user_id


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

#: Events outside the mission's dates named one by one in the import's warnings (then a count).
_OUTSIDE_SHOWN = 10


def _outside_warnings(outside: list[tuple[dt.datetime, str, str]], first: dt.date,
                      last: dt.date) -> list[str]:
    """Warnings for imported events that fall outside the mission's dates (a calendar of
    another year, a series that goes on): imported as the file says, but listed."""
    out: list[str] = []
    for start, title, zone in sorted(outside)[:_OUTSIDE_SHOWN]:
        out.append(translate(
            "agenda", "“{title}” on {day} is outside the mission's dates ({first} to {last})"
        ).format(title=title, day=local_day(start, zone).isoformat(), first=first.isoformat(),
                 last=last.isoformat()))
    if len(outside) > _OUTSIDE_SHOWN:
        out.append(translate(
            "agenda", "and {count} more events outside the mission's dates").format(
                count=len(outside) - _OUTSIDE_SHOWN))
    return out


def raise_sequence(row: AgendaItem | Meeting) -> None:
    """A change a calendar shows: the next export and feed carry a higher SEQUENCE, so calendar
    programs replace their copy of the event (RFC 5545 3.8.7.4)."""
    row.ics_sequence = (row.ics_sequence or 0) + 1


def _item_shown(item: AgendaItem) -> tuple[object, ...]:
    """What a calendar shows of a programme item (participants apart)."""
    return (item.title, _utc(item.starts_at), _utc(item.ends_at), item.venue_id,
            item.description or None, item.whole_delegation, item.kind)


def _meeting_shown(meeting: Meeting) -> tuple[object, ...]:
    return (_utc(meeting.starts_at), _utc(meeting.ends_at), meeting.venue_id,
            meeting.table_number, meeting.title, meeting.status)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """Compare instants, whatever zone (or none: stored UTC) they were given in."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def guess_kind(title: str) -> str:
    """A programme kind from an imported event's title."""
    t = title.casefold()
    for words, kind in (
        (("b2b", "one-to-one", "partnering", "matchmaking", "1:1"), "b2b"),
        (("visit", "tour", "site "), "site_visit"),
        (("lunch", "dinner", "breakfast", "meal"), "meal"),
        (("transfer", "bus", "train", "shuttle", "flight", "taxi"), "transfer"),
        (("networking", "reception", "cocktail", "drinks"), "networking"),
    ):
        if any(w in t for w in words):
            return kind
    return "conference"


def _first(values: Sequence[str] | None) -> str | None:
    return values[0] if values else None


def _priority_of(request_id: str | None, requests: Sequence[MeetingRequestView]) -> int:
    for r in requests:
        if r.id == request_id:
            return max(1, r.priority)
    return 1


def _request_label(r: MeetingRequestView | None) -> str:
    if r is None:
        return ""
    who = r.requester_organisation_name or r.requester_name
    whom = r.target_organisation_name or r.target_name
    return f"{who} → {whom}"


def _mission(s: Session, mission_id: str) -> Mission:
    m = s.get(Mission, mission_id)
    if m is None or m.deleted:
        raise NotFoundError(f"no mission with id {mission_id}")
    return m


def _get(s: Session, model: type[_T], row_id: str, what: str) -> _T:
    row = s.get(model, row_id)
    if row is None or getattr(row, "deleted", False):
        raise NotFoundError(f"no {what} with id {row_id}")
    return row


def _drop_meeting(s: Session, meeting: Meeting) -> None:
    meeting.deleted = True
    for p in s.scalars(select(MeetingParticipant).where(
            MeetingParticipant.meeting_id == meeting.id, MeetingParticipant.deleted.is_(False))):
        p.deleted = True


def _people(s: Session, ids: Iterable[str | None]) -> dict[str, Person]:
    wanted = [i for i in set(ids) if i]
    out: dict[str, Person] = {}
    for chunk in _chunks(wanted, 500):
        for p in s.scalars(select(Person).where(Person.id.in_(chunk))):
            out[p.id] = p
    return out


def _orgs(s: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = [i for i in set(ids) if i]
    out: dict[str, str] = {}
    for chunk in _chunks(wanted, 500):
        for oid, name in s.execute(select(Organisation.id, Organisation.name)
                                   .where(Organisation.id.in_(chunk))):
            out[oid] = name
    return out


def _chunks(items: Sequence[str], size: int) -> Iterable[builtins.list[str]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def _validate_venue(data: VenueInput) -> VenueInput:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", translate("agenda", "Give the venue a name.")))
    if not is_timezone(data.timezone):
        errors.append(
            FieldError(
                "timezone",
                translate("agenda", "'{timezone}' is not an IANA time zone.").format(
                    timezone=data.timezone
                ),
            )
        )
    if errors:
        raise ValidationError(errors)
    return VenueInput(data.name.strip(), data.timezone, data.address.strip(), data.city.strip())


def _venue_view(v: Venue) -> VenueView:
    return VenueView(v.id, v.mission_id, v.name, v.address or "", v.city or "", v.timezone)


def _apply_item(item: AgendaItem, data: AgendaItemInput) -> None:
    assert data.starts_at is not None and data.ends_at is not None
    item.kind, item.title = data.kind, data.title
    item.starts_at, item.ends_at, item.timezone = data.starts_at, data.ends_at, data.timezone
    item.venue_id = data.venue_id
    item.description = data.description or None
    item.whole_delegation = data.whole_delegation
    item.slot_minutes, item.table_count = data.slot_minutes, data.table_count
    item.breaks = [[a.isoformat(), b.isoformat()] for a, b in data.breaks]
    if data.ics_uid is not None:
        item.ics_uid = data.ics_uid


def _parse_breaks(raw: Sequence[object] | None, zone: str) -> tuple[
        tuple[dt.datetime, dt.datetime], ...]:
    from zoneinfo import ZoneInfo

    out = []
    for pair in raw or ():
        try:
            a, b = (dt.datetime.fromisoformat(str(x)) for x in pair)  # type: ignore[attr-defined]
        except (TypeError, ValueError):
            continue  # a malformed break from another client is ignored, not fatal
        if a.tzinfo is None:
            a = a.replace(tzinfo=ZoneInfo(zone))
        if b.tzinfo is None:
            b = b.replace(tzinfo=ZoneInfo(zone))
        out.append((a.astimezone(dt.UTC), b.astimezone(dt.UTC)))
    return tuple(out)


def _item_view(item: AgendaItem, venue: Venue | None,
               participants: tuple[str, ...]) -> AgendaItemView:
    return AgendaItemView(
        id=item.id, mission_id=item.mission_id, kind=item.kind, title=item.title,
        starts_at=item.starts_at, ends_at=item.ends_at, timezone=item.timezone,
        venue_id=item.venue_id, venue_name=venue.name if venue else "",
        venue_address=(venue.address or "") if venue else "",
        description=item.description or "", whole_delegation=item.whole_delegation,
        participant_ids=participants, slot_minutes=item.slot_minutes,
        table_count=item.table_count, breaks=_parse_breaks(item.breaks, item.timezone),
        ics_uid=item.ics_uid)


def interpreter_language_of(m: Meeting, country: str | None) -> str | None:
    """The language a meeting needs an interpreter for. A row written by an older client
    says only that one is needed: the main language of the mission's country, as the
    migration to 0017 read the rows it found."""
    if m.interpreter_language:
        return m.interpreter_language
    return main_language(country) if m.interpreter_needed else None


def _meeting_view(m: Meeting, venue: Venue | None,
                  participants: tuple[MeetingPerson, ...], country: str | None) -> MeetingView:
    return MeetingView(
        id=m.id, mission_id=m.mission_id, request_id=m.request_id,
        agenda_item_id=m.agenda_item_id, venue_id=m.venue_id,
        venue_name=venue.name if venue else "",
        venue_address=(venue.address or "") if venue else "", title=m.title or "",
        starts_at=m.starts_at, ends_at=m.ends_at, timezone=m.timezone,
        table_number=m.table_number, status=m.status, locked=m.locked,
        interpreter_needed=m.interpreter_needed, outcome=m.outcome,
        outcome_note=m.outcome_note or "", changed_since_publish=m.changed_since_publish,
        rating=m.rating,
        participants=participants, interpreter_language=interpreter_language_of(m, country))

