"""Access export (GDPR right of access): everything this laptop holds about one person.

:func:`export_person` finds the person by e-mail, phone, person id or lead id (every person
record that carries the address or number: duplicates not merged yet are the same person) and
writes one JSON file a person can read: keys in words, dates in ISO 8601, sorted, indented,
UTF-8 as it is (山田 stays 山田), and a plain-text ``summary`` at the top. It holds the person
records, their organisations, leads (notes, tags, rating, owner, who captured them, mission,
meeting), consents, follow-ups, roster entries, the meetings and programme items they take part
in, meeting requests naming them, merges and forwarded references mentioning them, the import
batches that created or changed any of these records (with the values before and after), and
what sync keeps locally about them (changes waiting to be sent, refused changes, rows set
aside). Every record says where it came from (typed, vCard import, QR code, spreadsheet, sync)
and when, and who created it.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from biox_desktop.core.i18n import translate
from biox_desktop.core.validation import NotFoundError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.models import (
    AgendaItem,
    AgendaParticipant,
    Base,
    Batch,
    BatchRow,
    Consent,
    FollowUp,
    Lead,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Merge,
    MergeForward,
    Mission,
    Organisation,
    OutboxEntry,
    Person,
    RosterEntry,
    SyncQuarantine,
    SyncRejection,
    SyncRowState,
    Venue,
    utcnow,
)
from biox_desktop.db.people_lookup import find_people

#: How a lead's ``source`` reads in the export.
SOURCES = {
    "typed": "typed in the quick capture",
    "vcard": "vCard import",
    "qr": "QR code (badge or business card)",
    "spreadsheet": "spreadsheet import (CSV/XLSX)",
}
#: Columns left out of every record: bookkeeping with nothing about the person.
_SKIPPED = frozenset({"deleted"})


@dataclass(frozen=True)
class AccessExport:
    """What was exported: the main person record, their name, records per section."""

    person_id: str
    name: str
    person_ids: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict, repr=False)


#: Bookkeeping column names said in words.
_NAMES = {"tbl": "table", "hlc": "clock", "op": "operation", "seq": "sequence number"}


def _words(name: str) -> str:
    return _NAMES.get(name, name.replace("_", " "))


def _value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"size in bytes": len(value), "base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {str(k): _value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_value(v) for v in value]
    return value


def _record(row: Base, **extra: Any) -> dict[str, Any]:
    """A row as a dict with its column names in words; ``extra`` adds explanations."""
    out: dict[str, Any] = {}
    for column in inspect(row).mapper.column_attrs:
        if column.key in _SKIPPED:
            continue
        value = getattr(row, column.key)
        if value is None or value == [] or value == {}:
            continue
        out[_words(column.key)] = _value(value)
    for key, value in extra.items():
        if value is not None and value != "":
            out[_words(key)] = _value(value)
    return out


class _Collector:
    """Gathers the records of one person within one session."""

    def __init__(self, s: Session, person_ids: list[str]) -> None:
        self.s = s
        self.person_ids = person_ids
        self.names: dict[str, str] = {}

    def org_name(self, org_id: str | None) -> str | None:
        if not org_id:
            return None
        org = self.s.get(Organisation, org_id)
        return org.name if org else None

    def person_name(self, person_id: str | None) -> str | None:
        if not person_id:
            return None
        person = self.s.get(Person, person_id)
        return person.name if person else None

    def mission_name(self, mission_id: str | None) -> str | None:
        if not mission_id:
            return None
        mission = self.s.get(Mission, mission_id)
        return mission.name if mission else None

    def origin(self, table: str, row: Any) -> dict[str, Any]:
        """Where a synced row came from: made on this laptop (and not sent yet), received
        from the sync server, and the batches that touched it."""
        synced = self.s.get(SyncRowState, (table, row.id)) is not None
        waiting = self.s.scalar(select(OutboxEntry.seq).where(
            OutboxEntry.tbl == table, OutboxEntry.row_id == row.id).limit(1)) is not None
        how = ("received from the sync server" if synced
               else "recorded on this laptop")
        if waiting:
            how += ", with changes not yet sent"
        out: dict[str, Any] = {"how": how, "created at": _value(row.created_at)}
        if row.created_by:
            out["created by (user id)"] = row.created_by
        if row.deleted:
            out["deleted"] = "yes (kept as a tombstone until sync forgets it)"
        batches = [f"{b.label} (batch {b.id}, {_value(b.created_at)})"
                   for b in self.s.scalars(select(Batch).join(BatchRow, BatchRow.batch_id == Batch.id)
                                           .where(BatchRow.tbl == table, BatchRow.row_id == row.id)
                                           .order_by(Batch.created_at))]
        if batches:
            out["imports that created or changed it"] = batches
        return out


def gather(s: Session, person_ids: list[str], *, query: str = "",
           made_by: str = "") -> dict[str, Any]:
    """Everything held about the people ``person_ids`` (one human), as the export's data."""
    c = _Collector(s, person_ids)
    pids = set(person_ids)
    people = [p for p in (s.get(Person, pid) for pid in person_ids) if p is not None]
    if not people:
        raise NotFoundError(translate("privacy", "no person with id {ids}").format(
            ids=", ".join(person_ids)))

    # -- the person and organisations -------------------------------------------------------
    person_records = []
    org_ids: set[str] = set()
    for p in people:
        rec = _record(p, organisation=c.org_name(p.organisation_id))
        rec.pop("vcard extra", None)
        if p.vcard_extra:
            rec["details kept from the vCard"] = _value(p.vcard_extra)
        rec["source"] = c.origin("people", p)
        person_records.append(rec)
        if p.organisation_id:
            org_ids.add(p.organisation_id)

    # -- leads, consents, follow-ups ----------------------------------------------------------
    # Leads about the person. Leads a delegate captured are about other people: only how many
    # is said (their contents belong to those people's own exports).
    leads = list(s.scalars(select(Lead).where(Lead.person_id.in_(pids))
                           .order_by(Lead.created_at)))
    captured = len(s.scalars(select(Lead.id).where(Lead.captured_by_person_id.in_(pids))).all())
    lead_ids = {lead.id for lead in leads}
    lead_records = []
    for lead in leads:
        meeting = s.get(Meeting, lead.meeting_id) if lead.meeting_id else None
        rec = _record(
            lead, organisation=c.org_name(lead.organisation_id),
            owner_organisation=c.org_name(lead.owner_organisation_id),
            captured_by=c.person_name(lead.captured_by_person_id),
            mission=c.mission_name(lead.mission_id),
            meeting=(meeting.title or lead.meeting_id) if meeting else None,
            how_captured=SOURCES.get(lead.source, lead.source))
        rec["source"] = c.origin("leads", lead)
        lead_records.append(rec)
        if lead.organisation_id:
            org_ids.add(lead.organisation_id)
    consents = list(s.scalars(select(Consent).where(
        or_(Consent.person_id.in_(pids), Consent.lead_id.in_(lead_ids)))
        .order_by(Consent.given_at)))
    consent_records = [_record(x, source=c.origin("consents", x),
                               state="withdrawn" if x.withdrawn_at else "in force")
                       for x in consents]
    follow_ups = list(s.scalars(select(FollowUp).where(FollowUp.lead_id.in_(lead_ids))
                                .order_by(FollowUp.created_at)))

    # -- roster, meetings, programme ------------------------------------------------------------
    roster = list(s.scalars(select(RosterEntry).where(RosterEntry.person_id.in_(pids))
                            .order_by(RosterEntry.created_at)))
    roster_records = [_record(r, mission=c.mission_name(r.mission_id),
                              organisation=c.org_name(r.organisation_id),
                              source=c.origin("roster_entries", r)) for r in roster]
    taking_part = list(s.scalars(select(MeetingParticipant).where(
        MeetingParticipant.person_id.in_(pids))))
    meeting_ids = {m.meeting_id for m in taking_part} | {
        lead.meeting_id for lead in leads if lead.meeting_id}
    sides = {m.meeting_id: m.side for m in taking_part}
    meeting_records = []
    for meeting in s.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids))
                             .order_by(Meeting.starts_at)):
        venue = s.get(Venue, meeting.venue_id) if meeting.venue_id else None
        others = [c.person_name(p) for p in s.scalars(select(MeetingParticipant.person_id).where(
            MeetingParticipant.meeting_id == meeting.id,
            MeetingParticipant.person_id.not_in(pids), MeetingParticipant.deleted.is_(False)))]
        meeting_records.append(_record(
            meeting, mission=c.mission_name(meeting.mission_id),
            venue=venue.name if venue else None,
            this_person_takes_part_as=sides.get(meeting.id, "contact of a lead from it"),
            with_people=[n for n in others if n], source=c.origin("meetings", meeting)))
    requests = list(s.scalars(select(MeetingRequest).where(or_(
        MeetingRequest.requester_person_id.in_(pids),
        MeetingRequest.target_person_id.in_(pids))).order_by(MeetingRequest.created_at)))
    request_records = [_record(r, mission=c.mission_name(r.mission_id),
                               requester=c.person_name(r.requester_person_id),
                               target=c.person_name(r.target_person_id),
                               source=c.origin("meeting_requests", r)) for r in requests]
    agenda_ids = set(s.scalars(select(AgendaParticipant.agenda_item_id).where(
        AgendaParticipant.person_id.in_(pids), AgendaParticipant.deleted.is_(False))))
    agenda_records = [_record(a, mission=c.mission_name(a.mission_id),
                              source=c.origin("agenda_items", a))
                      for a in s.scalars(select(AgendaItem).where(AgendaItem.id.in_(agenda_ids))
                                         .order_by(AgendaItem.starts_at))]

    # -- merges ---------------------------------------------------------------------------------
    merge_records = []
    ids_text = pids | lead_ids
    for merge in s.scalars(select(Merge).order_by(Merge.created_at)):
        mentioned = {merge.survivor_id, *(merge.merged_ids or ())}
        if mentioned & ids_text:
            merge_records.append(_record(merge, source=c.origin("merges", merge)))
    forward_records = [_record(f, source=c.origin("merge_forwards", f))
                       for f in s.scalars(select(MergeForward).where(or_(
                           MergeForward.old_id.in_(ids_text), MergeForward.new_id.in_(ids_text),
                           MergeForward.row_id.in_(ids_text))))]

    # -- batches and what sync keeps locally -----------------------------------------------------
    rows_of: dict[str, set[str]] = {
        "people": pids, "leads": lead_ids, "consents": {x.id for x in consents},
        "follow_ups": {f.id for f in follow_ups}, "roster_entries": {r.id for r in roster},
    }
    batch_records = []
    batch_rows = [br for table, ids in rows_of.items() if ids
                  for br in s.scalars(select(BatchRow).where(BatchRow.tbl == table,
                                                             BatchRow.row_id.in_(ids)))]
    by_batch: dict[str, list[BatchRow]] = {}
    for br in batch_rows:
        by_batch.setdefault(br.batch_id, []).append(br)
    for batch_id, rows in by_batch.items():
        batch = s.get(Batch, batch_id)
        if batch is None:
            continue
        batch_records.append(_record(batch, changes=[{
            "table": br.tbl, "record id": br.row_id,
            "what": "created" if br.created else "changed",
            "before": json.loads(br.before or "{}"), "after": json.loads(br.after or "{}"),
        } for br in sorted(rows, key=lambda r: (r.tbl, r.row_id))]))
    all_ids = set().union(*rows_of.values()) | meeting_ids | {r.id for r in requests}
    waiting = [_record(o, what="a change waiting to be sent to the sync server",
                       fields_changed=json.loads(o.fields or "{}"))
               for o in s.scalars(select(OutboxEntry).where(OutboxEntry.row_id.in_(all_ids))
                                  .order_by(OutboxEntry.seq))]
    for rec in waiting:
        rec.pop("fields", None)
    rejected = [_record(r, fields_sent=json.loads(r.fields or "{}"))
                for r in s.scalars(select(SyncRejection).where(SyncRejection.row_id.in_(all_ids)))]
    for rec in rejected:
        rec.pop("fields", None)
    set_aside = [_record(q) for q in s.scalars(select(SyncQuarantine).where(
        SyncQuarantine.row_id.in_(all_ids)))]
    organisations = [_record(o, source=c.origin("organisations", o))
                     for o in (s.get(Organisation, oid) for oid in sorted(org_ids))
                     if o is not None]

    sections: dict[str, list[Any]] = {
        "person records": person_records,
        "organisations": organisations,
        "leads": lead_records,
        "consents": consent_records,
        "follow-ups": [_record(f, source=c.origin("follow_ups", f)) for f in follow_ups],
        "roster entries": roster_records,
        "meetings": meeting_records,
        "meeting requests": request_records,
        "programme items": agenda_records,
        "merges": merge_records,
        "references forwarded after a merge": forward_records,
        "import batches": batch_records,
        "changes waiting to be sent": waiting,
        "changes the server refused": rejected,
        "rows sync set aside": set_aside,
    }
    main = people[0]
    now = utcnow()
    data: dict[str, Any] = {
        "summary": _summary(main, sections, now),
        "about this export": {
            "made at": _value(now),
            "made by (user id)": made_by,
            "searched for": query,
            "person ids": sorted(pids),
            "leads this person captured of other people (not shown)": captured,
            "what it holds": "Everything this laptop's database holds about the person. "
                             "The sync server and other laptops may hold copies of the "
                             "shared records.",
        },
        **sections,
    }
    return data


def _summary(person: Person, sections: dict[str, list[Any]], now: dt.datetime) -> str:
    """A few sentences a person reads first."""
    counts = ", ".join(f"{len(v)} {k}" for k, v in sections.items() if v)
    name = person.name or person.name_romanised or person.name_native or person.id
    return "\n".join([
        translate("privacy", "Everything held about {name} on this laptop, on {when} "
                  "(UTC).").format(name=name, when=now.strftime("%Y-%m-%d %H:%M")),
        translate("privacy", "Records: {counts}.").format(counts=counts),
        translate("privacy", "Each record says where it came from (typed, vCard import, QR "
                  "code, spreadsheet, sync), when and by whom. Dates are ISO 8601, in UTC "
                  "unless a time zone is named."),
    ])


def export_person(ctx: ServiceContext, query: str, path: str | os.PathLike[str]) -> AccessExport:
    """Write the access export of the person ``query`` names to ``path`` (atomically).

    Raises :class:`NotFoundError` when no person record matches."""
    with ctx.db.session() as s:
        person_ids = find_people(s, query)
        if not person_ids:
            raise NotFoundError(translate(
                "privacy", "no person with the e-mail, phone or id '{query}' on this "
                "laptop").format(query=query))
        data = gather(s, person_ids, query=query, made_by=ctx.identity.user_id)
        main = s.get(Person, person_ids[0])
        name = main.name if main else ""
    text_ = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text_ + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    counts = {k: len(v) for k, v in data.items() if isinstance(v, list)}
    return AccessExport(person_ids[0], name, tuple(person_ids), counts, data)
