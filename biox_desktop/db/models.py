"""SQLAlchemy 2.0 typed models for the whole domain.

Two kinds of table live here:

* **Synced tables** (subclasses of :class:`Synced`): every row has a UUIDv7 ``id`` made on the
  laptop, an owning ``scope`` (``network``, ``org:<id>``, ``mission:<id>`` or ``user:<id>``), a
  ``deleted`` tombstone flag and provenance (``created_at``, ``created_by``). Triggers created by
  :mod:`biox_desktop.db.journal` record every insert, update and delete of these tables in the
  change journal, in the same transaction as the edit, whatever the write path.
* **Local tables** (``sync_*`` and ``local_meta``): bookkeeping for this laptop only; never synced.

Enumerations are stored as plain strings (the allowed values live in
:mod:`biox_desktop.core.enums`) so a newer client's value never breaks an older client's sync.
Timestamps are UTC; a row that shows a time to people also stores the IANA zone it belongs to.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from biox_desktop.core.ids import uuid7

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime stored as naive UTC text (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC instant is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    """The current instant, timezone-aware."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
        list[str]: JSON,
        dict[str, str]: JSON,
    }


class Synced(Base):
    """Columns every synced row carries. Subclasses are journaled by triggers."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    scope: Mapped[str] = mapped_column(String(80), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36))


# --------------------------------------------------------------------------------------------
# Organisations and people: the common international contact database
# --------------------------------------------------------------------------------------------


class Organisation(Synced):
    """An SME, a cluster, or a foreign partner, investor, hospital or agency."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(300))
    name_native: Mapped[str | None] = mapped_column(String(300))
    name_romanised: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30), default="foreign_partner")
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(300))
    sector_tags: Mapped[list[str]] = mapped_column(default=list)
    home_cluster_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    description: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))


class Person(Synced):
    """A person: a delegate, cluster staff, or a foreign contact met on a mission."""

    __tablename__ = "people"

    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_native: Mapped[str | None] = mapped_column(String(300))
    name_romanised: Mapped[str | None] = mapped_column(String(300))
    job_title: Mapped[str | None] = mapped_column(String(200))
    emails: Mapped[list[str]] = mapped_column(default=list)
    phones: Mapped[list[str]] = mapped_column(default=list)
    messaging: Mapped[dict[str, str]] = mapped_column(default=dict)
    linkedin: Mapped[str | None] = mapped_column(String(300))
    languages: Mapped[list[str]] = mapped_column(default=list)
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(120))
    vcard_uid: Mapped[str | None] = mapped_column(String(200), index=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes: Mapped[str | None] = mapped_column(Text)
    #: The vCard a lead was imported from, as ``core.contacts.card_to_json`` writes it (photo
    #: bytes excluded: they are in ``photo``): structured name, nickname, birthday, addresses,
    #: e-mail/phone types, URLs, GEO, KIND and the verbatim properties the model has no column
    #: for, so that an export writes them back. None for leads typed in the app.
    vcard_extra: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


# --------------------------------------------------------------------------------------------
# Missions and roster
# --------------------------------------------------------------------------------------------


class Mission(Synced):
    """A trade mission, discovery trip or partnering event abroad."""

    __tablename__ = "missions"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    country: Mapped[str] = mapped_column(String(2))
    cities: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    home_timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    lead_cluster_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    status: Mapped[str] = mapped_column(String(20), default="planning")
    description: Mapped[str | None] = mapped_column(Text)


class MissionPartner(Synced):
    """A foreign "gateway" partner of a mission (signed a cooperation agreement)."""

    __tablename__ = "mission_partners"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    role: Mapped[str] = mapped_column(String(40), default="gateway")


class MissionCompany(Synced):
    """A company (or cluster) taking part in a mission's delegation."""

    __tablename__ = "mission_companies"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="invited")
    profile: Mapped[str | None] = mapped_column(Text)


class RosterEntry(Synced):
    """One delegate on one mission, with travel logistics and needs."""

    __tablename__ = "roster_entries"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    role: Mapped[str] = mapped_column(String(30), default="sme_delegate")
    registration_status: Mapped[str] = mapped_column(String(20), default="invited")
    arrival_flight: Mapped[str | None] = mapped_column(String(40))
    arrival_at: Mapped[dt.datetime | None] = mapped_column()
    departure_flight: Mapped[str | None] = mapped_column(String(40))
    departure_at: Mapped[dt.datetime | None] = mapped_column()
    hotel: Mapped[str | None] = mapped_column(String(200))
    hotel_check_in: Mapped[dt.date | None] = mapped_column(Date)
    hotel_check_out: Mapped[dt.date | None] = mapped_column(Date)
    passport_expiry: Mapped[dt.date | None] = mapped_column(Date)
    visa_status: Mapped[str | None] = mapped_column(String(20))
    dietary: Mapped[str | None] = mapped_column(String(200))
    accessibility: Mapped[str | None] = mapped_column(String(200))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    languages: Mapped[list[str]] = mapped_column(default=list)
    emergency_contact_name: Mapped[str | None] = mapped_column(String(200))
    emergency_contact_phone: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)


# --------------------------------------------------------------------------------------------
# Agenda and meetings
# --------------------------------------------------------------------------------------------


class Venue(Synced):
    __tablename__ = "venues"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class TravelTime(Synced):
    """Minutes needed to get from one venue to another."""

    __tablename__ = "travel_times"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    from_venue_id: Mapped[str] = mapped_column(ForeignKey("venues.id"))
    to_venue_id: Mapped[str] = mapped_column(ForeignKey("venues.id"))
    minutes: Mapped[int] = mapped_column(Integer)


class AgendaItem(Synced):
    """A programme item: site visit, conference, networking, B2B session, transfer or meal."""

    __tablename__ = "agenda_items"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    venue_id: Mapped[str | None] = mapped_column(ForeignKey("venues.id"))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime] = mapped_column()
    timezone: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    whole_delegation: Mapped[bool] = mapped_column(Boolean, default=True)
    # B2B sessions only: slot length, number of tables, breaks as [[start_iso, end_iso], ...].
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    table_count: Mapped[int | None] = mapped_column(Integer)
    breaks: Mapped[list[Any]] = mapped_column(default=list)
    ics_uid: Mapped[str | None] = mapped_column(String(300))
    #: iCalendar SEQUENCE: raised on every change a calendar shows (see db/agenda.py), synced
    #: so that every laptop and the server's feeds publish the same number.
    ics_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AgendaParticipant(Synced):
    """A person attending a programme item that is not for the whole delegation."""

    __tablename__ = "agenda_participants"

    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)


class MeetingRequest(Synced):
    """A delegate (or the leader on their behalf) asks to meet a foreign organisation/person."""

    __tablename__ = "meeting_requests"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    requester_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    requester_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    target_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    target_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    priority: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    expires_at: Mapped[dt.datetime | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(Text)
    #: The language the meeting needs an interpreter for (ISO 639-1, or "any"); None: none.
    interpreter_language: Mapped[str | None] = mapped_column(String(8))


class Meeting(Synced):
    """A scheduled (draft or published) meeting, and its outcome."""

    __tablename__ = "meetings"

    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_requests.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_items.id"))
    venue_id: Mapped[str | None] = mapped_column(ForeignKey("venues.id"))
    title: Mapped[str | None] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime] = mapped_column()
    timezone: Mapped[str] = mapped_column(String(64))
    table_number: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The language of that interpreter (ISO 639-1, or "any"); kept in step with
    #: ``interpreter_needed``, which older clients still read and write.
    interpreter_language: Mapped[str | None] = mapped_column(String(8))
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_note: Mapped[str | None] = mapped_column(Text)
    changed_since_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    rating: Mapped[int | None] = mapped_column(Integer)
    #: iCalendar SEQUENCE, raised on every change of a published meeting (see db/agenda.py).
    ics_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class MeetingParticipant(Synced):
    __tablename__ = "meeting_participants"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    side: Mapped[str] = mapped_column(String(10), default="delegation")


# --------------------------------------------------------------------------------------------
# Leads, follow-ups, consent
# --------------------------------------------------------------------------------------------


class Lead(Synced):
    """A contact captured by an SME delegate; private to their company unless shared."""

    __tablename__ = "leads"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    # Indexed for the search index's triggers (an organisation renamed re-indexes its leads).
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    mission_id: Mapped[str | None] = mapped_column(ForeignKey("missions.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"))
    owner_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    captured_by_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    visibility: Mapped[str] = mapped_column(String(20), default="private")
    role: Mapped[str | None] = mapped_column(String(200))
    rating: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    next_action: Mapped[str | None] = mapped_column(String(300))
    next_action_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(20), default="typed")


class FollowUp(Synced):
    """A follow-up on a lead or a meeting, with its outcome rating."""

    __tablename__ = "follow_ups"

    lead_id: Mapped[str | None] = mapped_column(ForeignKey("leads.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="after_meeting")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(40))
    rating: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class Consent(Synced):
    """The GDPR basis on which a person's data is kept."""

    __tablename__ = "consents"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("leads.id"))
    basis: Mapped[str] = mapped_column(String(30))
    given_at: Mapped[dt.datetime] = mapped_column()
    wording_version: Mapped[str | None] = mapped_column(String(40))
    wording: Mapped[str | None] = mapped_column(Text)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column()


# --------------------------------------------------------------------------------------------
# Outcomes: agreements and MoUs
# --------------------------------------------------------------------------------------------


class Agreement(Synced):
    """An SME-to-SME agreement or a cluster cooperation agreement / MoU."""

    __tablename__ = "agreements"

    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    mission_id: Mapped[str | None] = mapped_column(ForeignKey("missions.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class AgreementParty(Synced):
    __tablename__ = "agreement_parties"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    role: Mapped[str | None] = mapped_column(String(40))


class AgreementLink(Synced):
    """The meeting or lead an agreement came from."""

    __tablename__ = "agreement_links"

    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id"), index=True)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"))
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("leads.id"))


class Attachment(Synced):
    """A document attached to a record (an agreement's signed PDF, say), kept in the database."""

    __tablename__ = "attachments"

    owner_table: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --------------------------------------------------------------------------------------------
# Coordinator merges of duplicate people and organisations
# --------------------------------------------------------------------------------------------


class Merge(Synced):
    """One coordinator merge: which records became which, with everything needed to undo it.

    A merge syncs like any row, and so do its effects (the survivor's new values, the merged
    rows' tombstones, every re-pointed reference), which are normal journaled edits. Laptops use
    the merge records to forward references and later edits still aimed at a merged-away id.
    """

    __tablename__ = "merges"

    kind: Mapped[str] = mapped_column(String(20))  # person | organisation
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_ids: Mapped[list[str]] = mapped_column(default=list)
    group_id: Mapped[str | None] = mapped_column(String(40))
    score: Mapped[float | None] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(default=list)
    #: Per field, where the survivor's value came from: a record id, or "combined".
    choices: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The values the merge wrote to the survivor, and the survivor's values before.
    merged_values: Mapped[dict[str, Any]] = mapped_column(default=dict)
    survivor_before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Per merged record, its field values at merge time (later edits differ from these).
    snapshots: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: [table, row id, column, old id] of every reference re-pointed by the merge.
    repointed: Mapped[list[Any]] = mapped_column(default=list)
    #: [table, row id] of link rows tombstoned because the survivor was already listed there.
    doubles: Mapped[list[Any]] = mapped_column(default=list)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    undone_at: Mapped[dt.datetime | None] = mapped_column()
    undone_by: Mapped[str | None] = mapped_column(String(36))


class MergeForward(Synced):
    """A reference a laptop forwarded to a merge's survivor after the merge (an offline
    laptop's lead for a merged contact, say). Kept in the scope of the row it changed, so the
    laptops that see that row can point it back if the coordinator undoes the merge."""

    __tablename__ = "merge_forwards"

    merge_id: Mapped[str] = mapped_column(String(36), index=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    col: Mapped[str] = mapped_column(String(64))
    old_id: Mapped[str] = mapped_column(String(36))
    new_id: Mapped[str] = mapped_column(String(36))
    reverted: Mapped[bool] = mapped_column(Boolean, default=False)


class NotDuplicate(Synced):
    """Two records the coordinator said are different; never proposed together again."""

    __tablename__ = "not_duplicates"

    kind: Mapped[str] = mapped_column(String(20))  # person | organisation
    id_a: Mapped[str] = mapped_column(String(36), index=True)
    id_b: Mapped[str] = mapped_column(String(36))


# --------------------------------------------------------------------------------------------
# Erasure records ("right to be forgotten"; see biox_desktop.core.erasure)
# --------------------------------------------------------------------------------------------


class Erasure(Synced):
    """What remains of an erased person: who erased them, when, why, and keyed hashes of their
    e-mails and phones (so a re-import warns). Never their name or any other value."""

    __tablename__ = "erasures"

    person_id: Mapped[str] = mapped_column(String(36), index=True)
    erased_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: The user who erased (their display name; their id is ``created_by``).
    erased_by: Mapped[str | None] = mapped_column(String(200))
    basis: Mapped[str | None] = mapped_column(Text)
    #: The network's salt of the hashes (hex), carried by every record.
    salt: Mapped[str] = mapped_column(String(64))
    email_hashes: Mapped[list[str]] = mapped_column(default=list)
    phone_hashes: Mapped[list[str]] = mapped_column(default=list)
    #: Backups of the erasing laptop that held the person: [{"file": name, "action": ...}].
    backups: Mapped[list[Any]] = mapped_column(default=list)


# --------------------------------------------------------------------------------------------
# Local bookkeeping (never synced, never journaled)
# --------------------------------------------------------------------------------------------


class LocalMeta(Base):
    """Key/value facts about this database: device id, trigger version, demo flag."""

    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OutboxEntry(Base):
    """One journaled change waiting to be pushed (the change journal / outbox).

    Written only by the triggers of :mod:`biox_desktop.db.journal`; deleted by the sync client
    once the server has acknowledged it.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    scope: Mapped[str | None] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(64))

    # AUTOINCREMENT: sequence numbers are never reused after acknowledged rows are deleted,
    # so the server's "last applied sequence per device" stays meaningful forever.
    __table_args__ = (
        Index("ix_sync_outbox_row", "tbl", "row_id"),
        {"sqlite_autoincrement": True},
    )


class SyncRowState(Base):
    """What the server last told this laptop about a row: its scope, newest clock, tombstone.

    Maintained only when pulled changes are applied; used for the per-scope checksums that
    detect a laptop that drifted from the server.
    """

    __tablename__ = "sync_row_state"

    tbl: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80), index=True)
    max_clock: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # The row's checksum contribution split in two 32-bit halves, so SQLite can add them up
    # per scope without overflowing (a no-op sync must not hash every row in Python).
    ck_hi: Mapped[int | None] = mapped_column(Integer)
    ck_lo: Mapped[int | None] = mapped_column(Integer)


class SyncRejection(Base):
    """A local change the server refused, kept with its reason so nothing vanishes silently."""

    __tablename__ = "sync_rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(Integer)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(100))
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Batch(Base):
    """An import or other batch change that can be undone (see :mod:`biox_desktop.db.batches`)."""

    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    created_by: Mapped[str | None] = mapped_column(String(36))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column()


class BatchRow(Base):
    """One record a batch created or changed, with the changed fields' values before and after."""

    __tablename__ = "batch_rows"

    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    created: Mapped[bool] = mapped_column(Boolean, default=False)
    before: Mapped[str] = mapped_column(Text)  # JSON {field: value} (db.batches.encode_value)
    after: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_batch_rows_record", "tbl", "row_id"),)


class Attendee(Base):
    """A participant of an event, from the organiser's export (b2match or any registration
    tool), kept on this laptop only so that a badge scan or a typed name finds them offline.

    Local, never synced: the list is the organiser's, imported by whoever has the file; a lead
    started from a participant is the synced record."""

    __tablename__ = "attendees"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    list_name: Mapped[str] = mapped_column(String(200), index=True)  # the file it came from
    mission_id: Mapped[str | None] = mapped_column(String(36))
    row: Mapped[int] = mapped_column(Integer)  # its row in the file (for messages)
    badge_id: Mapped[str | None] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_romanised: Mapped[str | None] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(100))
    profile: Mapped[str | None] = mapped_column(Text)
    #: Folded name, romanised name and organisation, for search as the delegate types.
    search_text: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncQuarantine(Base):
    """A pulled row this laptop could not store, set aside so the rest of the sync goes on.

    Holds the server's row as it came (wire form) with the reason; tried again at every sync
    (its parent may have arrived, or a newer version of it) and removed once it is stored.
    """

    __tablename__ = "sync_quarantine"

    tbl: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    scope: Mapped[str] = mapped_column(String(80))
    row: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    first_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=1)


def synced_tables() -> list[str]:
    """Names of every synced table (the tables of :class:`Synced` models), parents first."""
    synced = {m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Synced)}
    return [t.name for t in Base.metadata.sorted_tables if t.name in synced]
