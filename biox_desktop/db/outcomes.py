"""Agreements register and follow-up outcomes: the one place that reads and writes them."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import mimetypes
from collections.abc import Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from biox_desktop.core.i18n import format_datetime, translate
from biox_desktop.core.identity import mission_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.outcomes import (
    FOLLOW_UP_DELAYS,
    MEETING_OUTCOMES,
    AgreementInput,
    AgreementView,
    AttachmentInfo,
    FollowUpResult,
    FollowUpView,
    LinkView,
    PartyView,
    check_attachment,
    validate_agreement,
    validate_follow_up,
    validate_meeting_outcome,
)
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    Agreement,
    AgreementLink,
    AgreementParty,
    Attachment,
    FollowUp,
    Lead,
    Meeting,
    Mission,
    Organisation,
    Person,
    utcnow,
)

OWNER_TABLE = "agreements"


class AgreementService:
    """Register of agreements and MoUs: CRUD, parties, links, attached documents."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- reading ------------------------------------------------------------------------------

    def list(self, *, mission_id: str | None = None, kind: str | None = None,
             search: str = "") -> builtins.list[AgreementView]:
        """Agreements not deleted, newest signature first (unsigned ones first of all)."""
        with self.db.session() as s:
            q = select(Agreement).where(Agreement.deleted.is_(False))
            if mission_id:
                q = q.where(Agreement.mission_id == mission_id)
            if kind == "mou":
                q = q.where(Agreement.kind.in_(("mou", "cooperation")))
            elif kind == "sme":
                q = q.where(Agreement.kind.not_in(("mou", "cooperation")))
            elif kind:
                q = q.where(Agreement.kind == kind)
            if search.strip():
                like = f"%{search.strip()}%"
                parties = (select(AgreementParty.agreement_id)
                           .join(Organisation, Organisation.id == AgreementParty.organisation_id)
                           .where(AgreementParty.deleted.is_(False),
                                  or_(Organisation.name.ilike(like),
                                      Organisation.name_native.ilike(like))))
                q = q.where(or_(Agreement.title.ilike(like), Agreement.notes.ilike(like),
                                Agreement.id.in_(parties)))
            q = q.order_by(Agreement.signed_on.is_not(None), Agreement.signed_on.desc(),
                           Agreement.title)
            return _views(s, builtins.list(s.scalars(q)))

    def get(self, agreement_id: str) -> AgreementView:
        with self.db.session() as s:
            agreement = s.get(Agreement, agreement_id)
            if agreement is None or agreement.deleted:
                raise NotFoundError(f"no agreement with id {agreement_id}")
            return _views(s, [agreement])[0]

    # -- writing ------------------------------------------------------------------------------

    def create(self, data: AgreementInput, *, today: dt.date | None = None) -> AgreementView:
        clean = validate_agreement(data, today=today)
        with self.db.session() as s:
            _check_refs(s, clean)
            agreement_id = uuid7()
            agreement = Agreement(id=agreement_id, scope=self._scope(clean.mission_id),
                                  created_by=self.ctx.identity.user_id)
            _apply(agreement, clean)
            s.add(agreement)
            s.flush()
            self._sync_children(s, agreement, clean)
        return self.get(agreement_id)

    def update(self, agreement_id: str, data: AgreementInput, *,
               today: dt.date | None = None) -> AgreementView:
        clean = validate_agreement(data, today=today)
        with self.db.session() as s:
            agreement = _live(s, agreement_id)
            _check_refs(s, clean)
            _apply(agreement, clean)
            scope = self._scope(clean.mission_id)
            if agreement.scope != scope:
                agreement.scope = scope
                for child in _children(s, agreement_id):
                    child.scope = scope
            self._sync_children(s, agreement, clean)
        return self.get(agreement_id)

    def delete(self, agreement_id: str) -> None:
        """Tombstone the agreement with its parties, links and documents."""
        with self.db.session() as s:
            agreement = _live(s, agreement_id)
            agreement.deleted = True
            for child in _children(s, agreement_id):
                child.deleted = True

    def attach(self, agreement_id: str, filename: str, data: bytes,
               mime_type: str | None = None) -> AttachmentInfo:
        """Keep a document (the signed PDF, say) with the agreement; it syncs with it."""
        name = Path(filename).name
        check_attachment(name, len(data))
        digest = hashlib.sha256(data).hexdigest()
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.db.session() as s:
            agreement = _live(s, agreement_id)
            attachment = Attachment(
                id=uuid7(), scope=agreement.scope, created_by=self.ctx.identity.user_id,
                owner_table=OWNER_TABLE, owner_id=agreement_id, filename=name, mime_type=mime,
                sha256=digest, size=len(data), data=data,
            )
            s.add(attachment)
            return _attachment_info(attachment)

    def attach_file(self, agreement_id: str, path: Path) -> AttachmentInfo:
        """Attach a file from disk, refusing a too large one before reading it."""
        size = path.stat().st_size
        check_attachment(path.name, size)
        return self.attach(agreement_id, path.name, path.read_bytes())

    def detach(self, attachment_id: str) -> None:
        with self.db.session() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None or attachment.deleted:
                raise NotFoundError(f"no document with id {attachment_id}")
            attachment.deleted = True

    def document(self, attachment_id: str) -> tuple[AttachmentInfo, bytes]:
        """A document's details and bytes, checked against its stored SHA-256."""
        with self.db.session() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None or attachment.deleted:
                raise NotFoundError(f"no document with id {attachment_id}")
            data = bytes(attachment.data)
            if hashlib.sha256(data).hexdigest() != attachment.sha256:
                raise ValidationError(
                    [
                        FieldError(
                            "document",
                            translate(
                                "outcomes",
                                "'{filename}' is damaged (its checksum does not match); attach it again.",
                            ).format(filename=attachment.filename),
                        )
                    ]
                )
            return _attachment_info(attachment), data

    def save_document(self, attachment_id: str, target: Path) -> Path:
        """Write a document to ``target`` (a file, or a folder to put it in by name)."""
        info, data = self.document(attachment_id)
        path = target / info.filename if target.is_dir() else target
        temp = path.with_name(f".{path.name}.part")
        temp.write_bytes(data)
        temp.replace(path)
        return path

    # -- choices for the register's dialog ------------------------------------------------------

    def organisations(self) -> builtins.list[tuple[str, str, str, str]]:
        """(id, display name, kind, country) of every organisation, by name."""
        with self.db.session() as s:
            rows = s.execute(
                select(Organisation.id, Organisation.name, Organisation.name_native,
                       Organisation.kind, Organisation.country)
                .where(Organisation.deleted.is_(False)).order_by(Organisation.name)
            ).all()
            return [(r[0], f"{r[1]} · {r[2]}" if r[2] else r[1], r[3], r[4] or "") for r in rows]

    def sources(self, mission_id: str | None) -> tuple[builtins.list[tuple[str, str]],
                                                       builtins.list[tuple[str, str]]]:
        """(meetings, leads) of a mission as (id, label), to link an agreement to."""
        if not mission_id:
            return [], []
        with self.db.session() as s:
            meetings = s.execute(
                select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.timezone)
                .where(Meeting.mission_id == mission_id, Meeting.deleted.is_(False))
                .order_by(Meeting.starts_at)
            ).all()
            leads = s.execute(
                select(Lead.id, Person.name, Organisation.name)
                .join(Person, Person.id == Lead.person_id)
                .outerjoin(Organisation, Organisation.id == Lead.organisation_id)
                .where(Lead.mission_id == mission_id, Lead.deleted.is_(False))
                .order_by(Organisation.name, Person.name)
            ).all()
            return ([(r[0], _meeting_label(r[1], r[2], r[3])) for r in meetings],
                    [(r[0], f"{r[1]} — {r[2]}" if r[2] else r[1]) for r in leads])

    # -- internals ----------------------------------------------------------------------------

    def _scope(self, mission_id: str | None) -> str:
        # With a mission, the delegation (and coordinator) see it; otherwise it stays with the
        # user's company (or the user) until they choose to share it.
        return mission_scope(mission_id) if mission_id else self.ctx.identity.private_scope

    def _sync_children(self, s: Session, agreement: Agreement, clean: AgreementInput) -> None:
        """Make parties and links match ``clean``: keep rows that stay, tombstone the others."""
        user = self.ctx.identity.user_id
        parties = {p.organisation_id: p for p in s.scalars(select(AgreementParty).where(
            AgreementParty.agreement_id == agreement.id, AgreementParty.deleted.is_(False)))}
        wanted = {p.organisation_id: p.role for p in clean.parties}
        for org_id, row in parties.items():
            if org_id not in wanted:
                row.deleted = True
            elif row.role != wanted[org_id]:
                row.role = wanted[org_id]
        for org_id, role in wanted.items():
            if org_id not in parties:
                s.add(AgreementParty(id=uuid7(), scope=agreement.scope, created_by=user,
                                     agreement_id=agreement.id, organisation_id=org_id,
                                     role=role))
        links = builtins.list(s.scalars(select(AgreementLink).where(
            AgreementLink.agreement_id == agreement.id, AgreementLink.deleted.is_(False))))
        have = {("meeting", x.meeting_id) if x.meeting_id else ("lead", x.lead_id): x
                for x in links}
        want = {("meeting", m) for m in clean.meeting_ids} | {("lead", x) for x in clean.lead_ids}
        for key, link in have.items():
            if key not in want:
                link.deleted = True
        for kind, target in sorted(want - set(have)):
            s.add(AgreementLink(id=uuid7(), scope=agreement.scope, created_by=user,
                                agreement_id=agreement.id,
                                meeting_id=target if kind == "meeting" else None,
                                lead_id=target if kind == "lead" else None))


#: Outcomes that say the meeting's time has come: refused before it starts.
PAST_ONLY_OUTCOMES = frozenset({"held", "no_show"})


def check_outcome_time(outcome: str | None, starts_at: dt.datetime, zone: str = "UTC",
                       now: dt.datetime | None = None) -> None:
    """Refuse "held" or "no-show" for a meeting that has not started yet (the message gives
    its start in the meeting's own zone)."""
    if outcome not in PAST_ONLY_OUTCOMES:
        return
    start = starts_at if starts_at.tzinfo else starts_at.replace(tzinfo=dt.UTC)
    if start > (now or utcnow()):
        start = start.astimezone(ZoneInfo(zone))
        raise ValidationError([FieldError("outcome", translate(
            "outcomes", "This meeting starts on {when}: it cannot be recorded as held or as a "
            "no-show before then.").format(when=format_datetime(start, "day_month")))])


def allowed_outcomes(starts_at: dt.datetime, now: dt.datetime | None = None) -> tuple[str, ...]:
    """The outcomes a meeting starting at ``starts_at`` can be given now (what a form offers)."""
    start = starts_at if starts_at.tzinfo else starts_at.replace(tzinfo=dt.UTC)
    ahead = start > (now or utcnow())
    return tuple(k for k in MEETING_OUTCOMES if not (ahead and k in PAST_ONLY_OUTCOMES))


def record_meeting_outcome(s: Session, meeting: Meeting, outcome: str | None,
                           rating: int | None, note: str, user_id: str | None,
                           now: dt.datetime | None = None) -> None:
    """Write what happened at a meeting (validated by the caller); a held meeting gets its
    two follow-ups planned. The one way the Agenda screen and the services record it, so a
    meeting still ahead is never "held" or a "no-show" whichever way it is recorded."""
    check_outcome_time(outcome, meeting.starts_at, meeting.timezone, now)
    meeting.outcome = outcome
    meeting.rating = rating if outcome == "held" else None
    meeting.outcome_note = note.strip() or None
    if outcome == "held":
        plan_follow_ups(s, meeting.scope, user_id, meeting_id=meeting.id, lead_id=None,
                        base=meeting.starts_at.date())


def plan_follow_ups(s: Session, scope: str, user_id: str | None, *, meeting_id: str | None,
                    lead_id: str | None, base: dt.date) -> None:
    """The follow-ups right after and months later, those not planned yet."""
    q = select(FollowUp.kind).where(FollowUp.deleted.is_(False))
    q = q.where(FollowUp.meeting_id == meeting_id) if meeting_id else q.where(
        FollowUp.lead_id == lead_id)
    existing = set(s.scalars(q))
    for kind, days in FOLLOW_UP_DELAYS.items():
        if kind not in existing:
            s.add(FollowUp(id=uuid7(), scope=scope, created_by=user_id, meeting_id=meeting_id,
                           lead_id=lead_id, kind=kind, due_date=base + dt.timedelta(days=days)))


class FollowUpService:
    """Meeting outcomes and the two follow-up ratings (right after, months later)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def record_meeting_outcome(self, meeting_id: str, outcome: str, rating: int | None = None,
                               note: str = "") -> builtins.list[FollowUpView]:
        """Record whether a meeting was held (and how promising it was); a held meeting gets
        its two follow-ups planned. Returns the meeting's follow-ups."""
        validate_meeting_outcome(outcome, rating)
        with self.db.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None or meeting.deleted:
                raise NotFoundError(f"no meeting with id {meeting_id}")
            record_meeting_outcome(s, meeting, outcome, rating, note, self.ctx.identity.user_id)
        return self.list(meeting_id=meeting_id)

    def add_reminder(self, lead_id: str, due: dt.date | None, notes: str = "") -> FollowUpView:
        """A follow-up a delegate sets on a lead ("call back in two weeks"), besides the two
        planned ones; done like them, with what came of it and a rating."""
        with self.db.session() as s:
            lead = s.get(Lead, lead_id)
            if lead is None or lead.deleted:
                raise NotFoundError(f"no lead with id {lead_id}")
            row = FollowUp(id=uuid7(), scope=lead.scope, created_by=self.ctx.identity.user_id,
                           lead_id=lead.id, kind="reminder", due_date=due,
                           notes=notes.strip() or None)
            s.add(row)
            follow_up_id = row.id
        return self.get(follow_up_id)

    def record(self, follow_up_id: str, result: FollowUpResult,
               when: dt.datetime | None = None) -> FollowUpView:
        """Mark a follow-up done with what came of it and a 1–5 rating."""
        clean = validate_follow_up(result)
        with self.db.session() as s:
            row = s.get(FollowUp, follow_up_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no follow-up with id {follow_up_id}")
            row.outcome = clean.outcome
            row.rating = clean.rating
            row.notes = clean.notes or None
            row.done_at = when or utcnow()
        return self.get(follow_up_id)

    def get(self, follow_up_id: str) -> FollowUpView:
        with self.db.session() as s:
            views = _follow_up_views(s, select(FollowUp).where(FollowUp.id == follow_up_id,
                                                               FollowUp.deleted.is_(False)))
        if not views:
            raise NotFoundError(f"no follow-up with id {follow_up_id}")
        return views[0]

    def list(self, *, mission_id: str | None = None, meeting_id: str | None = None,
             lead_id: str | None = None, open_only: bool = False) -> builtins.list[FollowUpView]:
        """Follow-ups by due date, optionally of one mission, meeting or lead."""
        q = select(FollowUp).where(FollowUp.deleted.is_(False))
        if meeting_id:
            q = q.where(FollowUp.meeting_id == meeting_id)
        if lead_id:
            q = q.where(FollowUp.lead_id == lead_id)
        if open_only:
            q = q.where(FollowUp.done_at.is_(None))
        if mission_id:
            q = q.where(or_(
                FollowUp.meeting_id.in_(select(Meeting.id).where(Meeting.mission_id == mission_id)),
                FollowUp.lead_id.in_(select(Lead.id).where(Lead.mission_id == mission_id)),
            ))
        with self.db.session() as s:
            return _follow_up_views(s, q.order_by(FollowUp.due_date, FollowUp.kind))

    def due(self, today: dt.date | None = None, *, within_days: int = 7,
            mission_id: str | None = None) -> builtins.list[FollowUpView]:
        """Reminders: open follow-ups due by ``today + within_days`` (overdue ones first)."""
        today = today or dt.date.today()
        limit = today + dt.timedelta(days=within_days)
        return [f for f in self.list(mission_id=mission_id, open_only=True)
                if f.due_date is not None and f.due_date <= limit]


# --------------------------------------------------------------------------------------------


def _live(s: Session, agreement_id: str) -> Agreement:
    agreement = s.get(Agreement, agreement_id)
    if agreement is None or agreement.deleted:
        raise NotFoundError(f"no agreement with id {agreement_id}")
    return agreement


def _children(s: Session, agreement_id: str) -> Iterable[AgreementParty | AgreementLink |
                                                         Attachment]:
    yield from s.scalars(select(AgreementParty).where(
        AgreementParty.agreement_id == agreement_id, AgreementParty.deleted.is_(False)))
    yield from s.scalars(select(AgreementLink).where(
        AgreementLink.agreement_id == agreement_id, AgreementLink.deleted.is_(False)))
    yield from s.scalars(select(Attachment).where(
        Attachment.owner_table == OWNER_TABLE, Attachment.owner_id == agreement_id,
        Attachment.deleted.is_(False)))


def _check_refs(s: Session, clean: AgreementInput) -> None:
    errors: list[FieldError] = []
    if clean.mission_id:
        mission = s.get(Mission, clean.mission_id)
        if mission is None or mission.deleted:
            errors.append(
                FieldError("mission_id", translate("outcomes", "Choose a mission that exists."))
            )
    for party in clean.parties:
        org = s.get(Organisation, party.organisation_id)
        if org is None or org.deleted:
            errors.append(
                FieldError("parties", translate("outcomes", "A party is not a known organisation."))
            )
    for meeting_id in clean.meeting_ids:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted:
            errors.append(
                FieldError("links", translate("outcomes", "A linked meeting no longer exists."))
            )
    for lead_id in clean.lead_ids:
        lead = s.get(Lead, lead_id)
        if lead is None or lead.deleted:
            errors.append(
                FieldError("links", translate("outcomes", "A linked lead no longer exists."))
            )
    if errors:
        raise ValidationError(errors)


def _apply(agreement: Agreement, clean: AgreementInput) -> None:
    agreement.kind = clean.kind
    agreement.title = clean.title
    agreement.status = clean.status
    agreement.signed_on = clean.signed_on
    agreement.mission_id = clean.mission_id
    agreement.notes = clean.notes or None


def _attachment_info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(id=a.id, filename=a.filename, mime_type=a.mime_type, size=a.size,
                          sha256=a.sha256)


def _meeting_label(title: str | None, starts_at: dt.datetime, zone: str) -> str:
    from zoneinfo import ZoneInfo

    local = starts_at.astimezone(ZoneInfo(zone))
    return f"{format_datetime(local, 'day_month')} · {title or translate('shared', 'Meeting')}"


def _views(s: Session, agreements: builtins.list[Agreement]) -> builtins.list[AgreementView]:
    """Views with parties, links and documents, in a fixed number of queries."""
    ids = [a.id for a in agreements]
    if not ids:
        return []
    missions = dict(s.execute(select(Mission.id, Mission.name).where(
        Mission.id.in_({a.mission_id for a in agreements if a.mission_id}))).all())
    parties: dict[str, builtins.list[PartyView]] = {i: [] for i in ids}
    for party, org in s.execute(
        select(AgreementParty, Organisation)
        .join(Organisation, Organisation.id == AgreementParty.organisation_id)
        .where(AgreementParty.agreement_id.in_(ids), AgreementParty.deleted.is_(False))
        .order_by(Organisation.kind.desc(), Organisation.name)
    ).all():
        parties[party.agreement_id].append(PartyView(
            organisation_id=org.id, name=org.name, name_native=org.name_native, kind=org.kind,
            country=org.country, role=party.role or "other"))
    links: dict[str, builtins.list[LinkView]] = {i: [] for i in ids}
    link_rows = builtins.list(s.scalars(select(AgreementLink).where(
        AgreementLink.agreement_id.in_(ids), AgreementLink.deleted.is_(False))))
    meeting_ids = {x.meeting_id for x in link_rows if x.meeting_id}
    lead_ids = {x.lead_id for x in link_rows if x.lead_id}
    meeting_labels = {r[0]: _meeting_label(r[1], r[2], r[3]) for r in s.execute(
        select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.timezone)
        .where(Meeting.id.in_(meeting_ids))).all()}
    lead_labels = {r[0]: f"{r[1]} — {r[2]}" if r[2] else r[1] for r in s.execute(
        select(Lead.id, Person.name, Organisation.name)
        .join(Person, Person.id == Lead.person_id)
        .outerjoin(Organisation, Organisation.id == Lead.organisation_id)
        .where(Lead.id.in_(lead_ids))).all()}
    for x in link_rows:
        if x.meeting_id:
            links[x.agreement_id].append(LinkView("meeting", x.meeting_id,
                                                  meeting_labels.get(x.meeting_id, "Meeting")))
        elif x.lead_id:
            links[x.agreement_id].append(LinkView("lead", x.lead_id,
                                                  lead_labels.get(x.lead_id, "Lead")))
    docs: dict[str, builtins.list[AttachmentInfo]] = {i: [] for i in ids}
    for row in s.execute(
        select(Attachment.id, Attachment.owner_id, Attachment.filename, Attachment.mime_type,
               Attachment.size, Attachment.sha256)
        .where(Attachment.owner_table == OWNER_TABLE, Attachment.owner_id.in_(ids),
               Attachment.deleted.is_(False)).order_by(Attachment.created_at)
    ).all():
        docs[row[1]].append(AttachmentInfo(id=row[0], filename=row[2], mime_type=row[3],
                                           size=row[4], sha256=row[5]))
    return [
        AgreementView(
            id=a.id, kind=a.kind, title=a.title, status=a.status, signed_on=a.signed_on,
            mission_id=a.mission_id, mission_name=missions.get(a.mission_id or ""),
            notes=a.notes or "", parties=tuple(parties[a.id]),
            links=tuple(sorted(links[a.id], key=lambda x: (x.kind != "meeting", x.label))),
            attachments=tuple(docs[a.id]),
        )
        for a in agreements
    ]


def _follow_up_views(s: Session, q: object) -> builtins.list[FollowUpView]:
    rows = builtins.list(s.scalars(q))  # type: ignore[call-overload]
    meeting_ids = {f.meeting_id for f in rows if f.meeting_id}
    lead_ids = {f.lead_id for f in rows if f.lead_id}
    meetings = {r[0]: (r[1], r[2]) for r in s.execute(
        select(Meeting.id, Meeting.title, Meeting.mission_id).where(Meeting.id.in_(meeting_ids)))}
    leads = {r[0]: (f"{r[1]} — {r[2]}" if r[2] else r[1], r[3]) for r in s.execute(
        select(Lead.id, Person.name, Organisation.name, Lead.mission_id)
        .join(Person, Person.id == Lead.person_id)
        .outerjoin(Organisation, Organisation.id == Lead.organisation_id)
        .where(Lead.id.in_(lead_ids)))}
    views = []
    for f in rows:
        subject: str | None
        mission_id: str | None
        if f.meeting_id and f.meeting_id in meetings:
            subject, mission_id = meetings[f.meeting_id]
        elif f.lead_id and f.lead_id in leads:
            subject, mission_id = leads[f.lead_id]
        else:
            subject, mission_id = "Follow-up", None
        views.append(FollowUpView(
            id=f.id, kind=f.kind, subject=subject or "Meeting", mission_id=mission_id,
            meeting_id=f.meeting_id, lead_id=f.lead_id, due_date=f.due_date, done_at=f.done_at,
            outcome=f.outcome, rating=f.rating, notes=f.notes or ""))
    return views
