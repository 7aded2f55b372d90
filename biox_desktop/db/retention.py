"""Retention: which leads are due for review, and why.

Two rules, set in Settings › Privacy (``retention_no_basis_days``, ``retention_inactive_months``):

* a lead with no legal basis (no live consent record) some days after it was captured: the
  delegate records consent or legitimate interest, or the person is erased;
* a lead with no activity for some months: no edit of the lead or its person (the change journal
  and the clocks sync last recorded), no follow-up planned or done, no meeting with the person,
  no basis recorded.

The clock is passed in (``now``), so a test looks years ahead without waiting.
"""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import func, select, text, true

from biox_desktop.core.hlc import Timestamp
from biox_desktop.core.i18n import translate
from biox_desktop.core.leads import REVIEW_REASONS, ReviewItem
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.models import (
    Consent,
    FollowUp,
    Lead,
    Meeting,
    MeetingParticipant,
    Organisation,
    Person,
    utcnow,
)

DEFAULT_NO_BASIS_DAYS = 30
DEFAULT_INACTIVE_MONTHS = 24


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day and time ``months`` calendar months earlier (31 March - 1 month: 28/29 Feb)."""
    total = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(total, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _moment(when: dt.datetime | dt.date | None) -> dt.datetime:
    if when is None:
        return utcnow()
    if isinstance(when, dt.datetime):
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    # A day: the rule looks at the end of it.
    return dt.datetime.combine(when, dt.time.max, dt.UTC)


def _clock_time(packed: str | None) -> dt.datetime | None:
    if not packed:
        return None
    try:
        return dt.datetime.fromtimestamp(Timestamp.unpack(packed).wall_ms / 1000, dt.UTC)
    except ValueError:
        return None


def _later(*moments: dt.datetime | None) -> dt.datetime:
    return max(m for m in moments if m is not None)


def _setting(ctx: ServiceContext, name: str, default: int) -> int:
    settings = getattr(ctx, "settings", None)
    try:
        value = int(getattr(settings, name, default))
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def due_for_review(ctx: ServiceContext, now: dt.datetime | dt.date | None = None, *,
                   lead_ids: list[str] | None = None) -> list[ReviewItem]:
    """Every lead the retention rules list at ``now`` (default: this instant), one item per
    reason, the oldest first; ``lead_ids``: only those leads (a lead's detail)."""
    moment = _moment(now)
    days = _setting(ctx, "retention_no_basis_days", DEFAULT_NO_BASIS_DAYS)
    months = _setting(ctx, "retention_inactive_months", DEFAULT_INACTIVE_MONTHS)
    basis_cutoff = moment - dt.timedelta(days=days)
    idle_cutoff = months_before(moment, months)
    with ctx.db.session() as s:
        leads = s.execute(
            select(Lead.id, Lead.person_id, Lead.created_at, Lead.meeting_id, Person.name,
                   Organisation.name)
            .join(Person, Person.id == Lead.person_id)
            .outerjoin(Organisation, Organisation.id == Lead.organisation_id)
            .where(Lead.deleted.is_(False),
                   Lead.id.in_(lead_ids) if lead_ids is not None else true())).all()
        based = set(s.scalars(select(Consent.lead_id).where(
            Consent.deleted.is_(False), Consent.withdrawn_at.is_(None))))
        consent_at: dict[str, dt.datetime] = {}
        for lead_id, given in s.execute(select(Consent.lead_id, func.max(Consent.given_at))
                                        .where(Consent.deleted.is_(False))
                                        .group_by(Consent.lead_id)):
            if lead_id and given is not None:
                consent_at[lead_id] = given
        # Edits: what this laptop journaled and has not sent, and the newest clock sync stored.
        edits: dict[tuple[str, str], dt.datetime] = {}
        for table, row_id, clock in s.execute(text(
                "SELECT tbl, row_id, max(hlc) FROM sync_outbox WHERE tbl IN ('leads', 'people') "
                "GROUP BY tbl, row_id UNION ALL SELECT tbl, row_id, max_clock FROM "
                "sync_row_state WHERE tbl IN ('leads', 'people')")):
            at = _clock_time(clock)
            if at is not None:
                key = (table, row_id)
                edits[key] = max(at, edits.get(key, at))
        follow_ups: dict[str, dt.datetime] = {}
        for lead_id, created, done in s.execute(
                select(FollowUp.lead_id, func.max(FollowUp.created_at), func.max(FollowUp.done_at))
                .where(FollowUp.deleted.is_(False), FollowUp.lead_id.is_not(None))
                .group_by(FollowUp.lead_id)):
            if lead_id:
                follow_ups[lead_id] = _later(created, done)
        met: dict[str, dt.datetime] = {}
        for person_id, starts in s.execute(
                select(MeetingParticipant.person_id, func.max(Meeting.starts_at))
                .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
                .where(MeetingParticipant.deleted.is_(False), Meeting.deleted.is_(False))
                .group_by(MeetingParticipant.person_id)):
            if starts is not None:
                met[person_id] = starts
        meeting_at = dict(s.execute(select(Meeting.id, Meeting.starts_at)
                                    .where(Meeting.deleted.is_(False))).all())
    items: list[ReviewItem] = []
    for lead_id, person_id, created, meeting_id, name, org in leads:
        if lead_id not in based and created <= basis_cutoff:
            items.append(ReviewItem(
                lead_id, person_id, name or "", org or "", "no_basis", created,
                translate("leads", REVIEW_REASONS["no_basis"]).format(days=days)))
        last = _later(created, edits.get(("leads", lead_id)), edits.get(("people", person_id)),
                      follow_ups.get(lead_id), consent_at.get(lead_id),
                      met.get(person_id), meeting_at.get(meeting_id) if meeting_id else None)
        if last <= idle_cutoff:
            items.append(ReviewItem(
                lead_id, person_id, name or "", org or "", "inactive", last,
                translate("leads", REVIEW_REASONS["inactive"]).format(months=months)))
    items.sort(key=lambda i: (i.since, i.name.casefold(), i.reason))
    return items


def review_lead_ids(ctx: ServiceContext,
                    now: dt.datetime | dt.date | None = None) -> list[str]:
    """The ids of the leads due for review (each once), for the Leads screen's filter."""
    return list(dict.fromkeys(item.lead_id for item in due_for_review(ctx, now)))
