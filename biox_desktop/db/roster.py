"""Roster service: a mission's companies and delegates, their warnings, import and export.

People and organisations belong to the common contact database (scope ``network``); roster
entries and mission companies belong to the mission (scope ``mission:<id>``). Every write goes
through the change journal like any other.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session, aliased

from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import NETWORK, mission_scope
from biox_desktop.core.ids import uuid7
from biox_desktop.core.matching import (
    PersonKeys,
    is_generic_mailbox,
    names_compatible,
    same_person,
)
from biox_desktop.core.names import has_non_latin, name_tokens
from biox_desktop.core.progress import Progress
from biox_desktop.core.roster import (
    EXPORT_FIELDS,
    IMPORT_FIELDS,
    SENSITIVE_FIELDS,
    CompanyView,
    DelegateInput,
    DelegateView,
    FieldChange,
    ImportReport,
    ImportRowResult,
    ImportTable,
    MissionFacts,
    RosterWarning,
    carried_fields,
    check_mapping,
    delegate_warnings,
    empty_cells,
    export_row,
    row_to_input,
    sees_roster_details,
    status_goes_back,
    validate_delegate,
)
from biox_desktop.core.text import fold
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.batches import BatchRecorder, BatchService, BatchView
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    AgendaItem,
    Mission,
    MissionCompany,
    Organisation,
    Person,
    RosterEntry,
)

#: Sort keys the screen and commands may ask for (column -> SQL expression or Python key).
SORT_KEYS = ("name", "organisation", "role", "status", "arrival", "departure", "hotel",
             "passport", "visa", "email", "warnings")

Home = aliased(Organisation)


class _Lookup:
    """People and organisations by e-mail and name, loaded once per import (fast matching)."""

    def __init__(self, s: Session, mission_id: str) -> None:
        #: Objects held here stay in the session's (weak) identity map: no reloads.
        self.objects: dict[str, Any] = {}
        #: New rows that reference new people: added after the people are flushed.
        self.pending: builtins.list[Any] = []
        self.companies: set[str] = {r[0] for r in s.execute(
            select(MissionCompany.organisation_id).where(
                MissionCompany.mission_id == mission_id, MissionCompany.deleted.is_(False)))}
        # This mission's delegates are the usual matches of a re-import: load them at once.
        for entry, person in s.execute(
                select(RosterEntry, Person).join(Person, Person.id == RosterEntry.person_id)
                .where(RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False))):
            self.objects[entry.id] = entry
            self.objects[person.id] = person
        self.orgs: dict[str, str] = {}
        self.org_names: dict[str, str] = {}
        for oid, name in s.execute(select(Organisation.id, Organisation.name).where(
                Organisation.deleted.is_(False)).order_by(Organisation.created_at.desc())):
            self.orgs[name.casefold()] = oid  # the oldest wins (loaded last)
            self.org_names[oid] = name
        self.by_email: dict[str, builtins.list[str]] = {}
        self.by_name: dict[tuple[str, str | None], builtins.list[str]] = {}
        for pid, emails, name, org in s.execute(select(
                Person.id, Person.emails, Person.name, Person.organisation_id).where(
                Person.deleted.is_(False)).order_by(Person.created_at, Person.id)):
            self.add_person(pid, emails or [], name, org)

    def org_name(self, s: Session, org_id: str | None) -> str | None:
        """An organisation's name, loaded once per import."""
        if not org_id:
            return None
        if org_id in self.org_names:
            return self.org_names[org_id]
        if org_id not in self.objects:
            self.objects[org_id] = s.get(Organisation, org_id)
        org = self.objects[org_id]
        return org.name if org is not None else None

    def add_person(self, pid: str, emails: builtins.list[str], name: str,
                   org: str | None) -> None:
        for e in emails:
            self.by_email.setdefault(e.lower(), []).append(pid)
        self.by_name.setdefault((name.casefold(), org), []).append(pid)


class _Abort(Exception):
    """Raised inside a preview transaction so it rolls back."""


class RosterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        #: The day warnings are judged on (tests replace it).
        self.today: Callable[[], dt.date] = dt.date.today
        # Per data version (Database.data_version): ordered ids per filter, searched texts.
        self._order_cache: dict[tuple[str, str, str, str, bool],
                                tuple[str, builtins.list[str]]] = {}
        self._text_cache: dict[str, tuple[str, dict[str, str]]] = {}

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- reading ------------------------------------------------------------------------------

    @staticmethod
    def _mission(s: Session, mission_id: str) -> Mission:
        mission = s.get(Mission, mission_id)
        if mission is None or mission.deleted:
            raise NotFoundError(f"no mission with id {mission_id}")
        return mission

    def _facts(self, s: Session, mission_id: str) -> MissionFacts:
        m = self._mission(s, mission_id)
        first = s.execute(
            select(AgendaItem.title, AgendaItem.starts_at)
            .where(AgendaItem.mission_id == mission_id, AgendaItem.deleted.is_(False),
                   AgendaItem.whole_delegation.is_(True))
            .order_by(AgendaItem.starts_at).limit(1)
        ).first()
        return MissionFacts(start_date=m.start_date, end_date=m.end_date, timezone=m.timezone,
                            first_item_title=first[0] if first else None,
                            first_item_at=first[1] if first else None,
                            lead_cluster_id=m.lead_cluster_id)

    def _base(self, mission_id: str) -> Any:
        return (
            select(RosterEntry, Person, Organisation.name)
            .join(Person, Person.id == RosterEntry.person_id)
            .outerjoin(Organisation, Organisation.id == RosterEntry.organisation_id)
            .where(RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False))
        )

    def _views(self, s: Session, facts: MissionFacts, query: Any) -> builtins.list[DelegateView]:
        today = self.today()
        me = self.ctx.identity
        leads = {facts.lead_cluster_id} if facts.lead_cluster_id else set()
        out = []
        for entry, person, org_name in s.execute(query).all():
            view = _view(entry, person, org_name)
            # Only a signed-in user (who has an organisation) is ever refused the values; an
            # entry that does hold some shows them whatever the rule says.
            if (me.organisation_id and not any(getattr(entry, f) for f in SENSITIVE_FIELDS)
                    and not sees_roster_details(me.role, me.organisation_id, leads,
                                                entry.organisation_id)):
                view = replace(view, details_hidden=True)
            out.append(_with_warnings(view, facts, today))
        return out

    def list(self, mission_id: str) -> builtins.list[DelegateView]:
        """Every delegate of the mission (cancelled ones too), by name, with warnings."""
        with self.db.session() as s:
            facts = self._facts(s, mission_id)
            return self._views(s, facts, self._base(mission_id).order_by(
                func.lower(Person.name)))

    def get(self, entry_id: str) -> DelegateView:
        with self.db.session() as s:
            entry = s.get(RosterEntry, entry_id)
            if entry is None or entry.deleted:
                raise NotFoundError(f"no roster entry with id {entry_id}")
            facts = self._facts(s, entry.mission_id)
            views = self._views(s, facts, self._base(entry.mission_id).where(
                RosterEntry.id == entry_id))
            return views[0]

    def ids(self, mission_id: str, *, search: str = "", status: str = "", role: str = "",
            warnings_only: bool = False, sort: str = "name", descending: bool = False
            ) -> builtins.list[str]:
        """Ids of the delegates matching a search and filters, in the order asked for.

        Filters and sorting run in SQL, the search over the folded texts in memory (both
        cached until the data changes: 100,000 delegates answer a keystroke in milliseconds);
        only the "with warnings" filter and sort, which are computed rules, read the rows.
        """
        if sort not in SORT_KEYS:
            raise ValidationError(
                [
                    FieldError(
                        "sort",
                        translate("roster", "cannot sort by '{sort}' ({allowed})").format(
                            sort=sort, allowed=", ".join(SORT_KEYS)
                        ),
                    )
                ]
            )
        terms = fold(search).split()
        with self.db.session() as s:
            self._mission(s, mission_id)
            # Both cached per data version: a search as you type over a big roster filters
            # the ordered ids in memory instead of folding every row's columns in SQL again.
            version = self.db.data_version()
            ordered = self._ordered_ids(s, version, mission_id, status, role, sort, descending)
            ids = ordered if terms else list(ordered)  # the cached list itself stays as it is
            if terms:
                text_of = self._search_texts(s, version, mission_id).get
                if len(terms) == 1:  # the usual case, kept to one test per delegate
                    term = terms[0]
                    ids = [i for i in ids if term in text_of(i, "")]
                else:
                    ids = [i for i in ids if all(t in text_of(i, "") for t in terms)]
            if not (warnings_only or sort == "warnings"):
                return ids
            facts = self._facts(s, mission_id)
            counts = {v.id: len([w for w in v.warnings if w.severity == "warning"])
                      for v in self._views(s, facts, self._base(mission_id).where(
                          RosterEntry.id.in_(ids)))} if ids else {}
            if warnings_only:
                ids = [i for i in ids if counts.get(i)]
            if sort == "warnings":
                ids.sort(key=lambda i: counts.get(i, 0), reverse=not descending)
            return ids

    def _ordered_ids(self, s: Session, version: str, mission_id: str, status: str, role: str,
                     sort: str, descending: bool) -> builtins.list[str]:
        """The mission's delegates' ids in the order asked for (cached per data version)."""
        key = (mission_id, status, role, sort, descending)
        cached = self._order_cache.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]  # shared: callers copy it before changing it
        query = (
            select(RosterEntry.id)
            .join(Person, Person.id == RosterEntry.person_id)
            .outerjoin(Organisation, Organisation.id == RosterEntry.organisation_id)
            .where(RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False))
        )
        if status:
            query = query.where(RosterEntry.registration_status == status)
        if role:
            query = query.where(RosterEntry.role == role)
        column: Any = {
            "name": func.biox_sort_name(Person.name),
            "organisation": func.biox_fold(Organisation.name),
            "role": RosterEntry.role, "status": RosterEntry.registration_status,
            "arrival": RosterEntry.arrival_at, "departure": RosterEntry.departure_at,
            "hotel": func.lower(RosterEntry.hotel), "passport": RosterEntry.passport_expiry,
            "visa": RosterEntry.visa_status, "email": cast(Person.emails, String),
            "warnings": func.lower(Person.name),
        }[sort]
        # NULLs last whichever the direction: an unknown date is not the earliest.
        order = [column.is_(None), column.desc() if descending else column.asc(),
                 func.biox_sort_name(Person.name), RosterEntry.id]
        ids = [r[0] for r in s.execute(query.order_by(*order)).all()]
        if len(self._order_cache) >= 16:
            self._order_cache.clear()
        self._order_cache[key] = (version, ids)
        return ids

    def _search_texts(self, s: Session, version: str, mission_id: str) -> dict[str, str]:
        """Per delegate, the searched columns folded (case and accents ignored: "muller"
        finds "Müller") and joined by a separator no search term holds, so "a term is in one
        of the columns" is "the term is in the joined text". Cached per data version."""
        cached = self._text_cache.get(mission_id)
        if cached is not None and cached[0] == version:
            return cached[1]
        columns = (Person.name, Person.name_native, Person.name_romanised, Organisation.name,
                   Organisation.name_native, cast(Person.emails, String), RosterEntry.hotel,
                   RosterEntry.arrival_flight, RosterEntry.departure_flight)
        rows = s.execute(
            select(RosterEntry.id, *columns)
            .join(Person, Person.id == RosterEntry.person_id)
            .outerjoin(Organisation, Organisation.id == RosterEntry.organisation_id)
            .where(RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False)))
        texts = {row[0]: "\x1f".join(fold(v) for v in row[1:] if v) for row in rows}
        self._text_cache = {mission_id: (version, texts)}  # one mission at a time
        return texts

    def rows(self, mission_id: str, ids: Sequence[str]) -> builtins.list[DelegateView]:
        """The delegates with these ids, in the same order (missing ids are skipped)."""
        if not ids:
            return []
        with self.db.session() as s:
            facts = self._facts(s, mission_id)
            found: dict[str, DelegateView] = {}
            chunk = 500
            for i in range(0, len(ids), chunk):
                part = list(ids[i:i + chunk])
                # Looked up by id: "mission_id || ''" keeps SQLite from walking the mission's
                # index (every delegate of a big roster) instead of the primary key.
                query = (
                    select(RosterEntry, Person, Organisation.name)
                    .join(Person, Person.id == RosterEntry.person_id)
                    .outerjoin(Organisation, Organisation.id == RosterEntry.organisation_id)
                    .where(RosterEntry.id.in_(part), RosterEntry.deleted.is_(False),
                           RosterEntry.mission_id.op("||")("") == mission_id))
                for view in self._views(s, facts, query):
                    found[view.id] = view
            return [found[i] for i in ids if i in found]

    def warnings(self, mission_id: str) -> builtins.list[RosterWarning]:
        """The checklist: every warning and to-do of the mission, worst first, then by name."""
        views = self.list(mission_id)
        items = [w for v in views for w in v.warnings]
        order = {"warning": 0, "todo": 1}
        items.sort(key=lambda w: (order.get(w.severity, 2), w.code, w.delegate.casefold()))
        return items

    def companies(self, mission_id: str) -> builtins.list[CompanyView]:
        """The delegation's companies, by name, each with its delegates (not cancelled)."""
        delegates = [d for d in self.list(mission_id) if d.registration_status != "cancelled"]
        by_org: dict[str | None, builtins.list[DelegateView]] = {}
        for d in delegates:
            by_org.setdefault(d.organisation_id, []).append(d)
        with self.db.session() as s:
            rows = s.execute(
                select(MissionCompany, Organisation, Home.name)
                .join(Organisation, Organisation.id == MissionCompany.organisation_id)
                .outerjoin(Home, Home.id == Organisation.home_cluster_id)
                .where(MissionCompany.mission_id == mission_id,
                       MissionCompany.deleted.is_(False))
                .order_by(func.lower(Organisation.name))
            ).all()
            return [
                CompanyView(
                    id=mc.id, organisation_id=org.id, name=org.name,
                    name_native=org.name_native or "", kind=org.kind, country=org.country or "",
                    city=org.city or "", website=org.website or "",
                    sector_tags=tuple(org.sector_tags or ()), home_cluster=home or "",
                    status=mc.status, profile=mc.profile or org.description or "",
                    delegates=tuple(by_org.get(org.id, ())),
                )
                for mc, org, home in rows
            ]

    def organisation_names(self) -> builtins.list[str]:
        """Names of every organisation (for completing the organisation field)."""
        with self.db.session() as s:
            return [r[0] for r in s.execute(
                select(Organisation.name).where(Organisation.deleted.is_(False))
                .order_by(Organisation.name)).all()]

    # -- writing ------------------------------------------------------------------------------

    def add(self, mission_id: str, data: DelegateInput) -> DelegateView:
        """Add a delegate, creating the person and organisation when they are new."""
        clean = validate_delegate(data)
        with self.db.session() as s:
            mission = self._mission(s, mission_id)
            person = self._find_person(s, clean, mission_id)
            if person is not None and self._entry_for(s, mission_id, person.id) is not None:
                raise ValidationError(
                    [
                        FieldError(
                            "name",
                            translate(
                                "roster", "{name} is already on the roster of this mission."
                            ).format(name=person.name),
                        )
                    ]
                )
            entry = self._upsert(s, mission, clean, person=person, entry=None)
            entry_id = entry.id
        return self.get(entry_id)

    def update(self, entry_id: str, data: DelegateInput) -> DelegateView:
        clean = validate_delegate(data)
        with self.db.session() as s:
            entry = s.get(RosterEntry, entry_id)
            if entry is None or entry.deleted:
                raise NotFoundError(f"no roster entry with id {entry_id}")
            mission = self._mission(s, entry.mission_id)
            person = s.get(Person, entry.person_id)
            self._upsert(s, mission, clean, person=person, entry=entry)
        return self.get(entry_id)

    def cancel(self, entry_id: str) -> DelegateView:
        """Mark a delegate as cancelled (kept on the roster, without warnings)."""
        with self.db.session() as s:
            entry = s.get(RosterEntry, entry_id)
            if entry is None or entry.deleted:
                raise NotFoundError(f"no roster entry with id {entry_id}")
            entry.registration_status = "cancelled"
        return self.get(entry_id)

    def _entry_for(self, s: Session, mission_id: str, person_id: str) -> RosterEntry | None:
        return s.scalars(select(RosterEntry).where(
            RosterEntry.mission_id == mission_id, RosterEntry.person_id == person_id,
            RosterEntry.deleted.is_(False)).limit(1)).first()

    def _find_org(self, s: Session, name: str, lookup: _Lookup | None = None
                  ) -> Organisation | None:
        """An organisation by name, ignoring case (the oldest if several)."""
        if not name:
            return None
        if lookup is not None:
            oid = lookup.orgs.get(name.casefold())
            if not oid:
                return None
            if oid not in lookup.objects:
                lookup.objects[oid] = s.get(Organisation, oid)
            return lookup.objects[oid]
        rows = s.scalars(select(Organisation).where(
            Organisation.deleted.is_(False),
            Organisation.name.ilike(_escape_like(name), escape="\\"))
            .order_by(Organisation.created_at, Organisation.id))
        return next((o for o in rows if o.name.casefold() == name.casefold()), None)

    def _find_person(self, s: Session, data: DelegateInput, mission_id: str) -> Person | None:
        """The form's match: by e-mail, else by name and organisation (this roster first).

        Imports use :meth:`_match` (the common "same person" rule) instead.
        """
        candidates: builtins.list[Person] = []
        if data.email:
            like = f'%"{_escape_like(data.email)}"%'
            candidates = [p for p in s.scalars(select(Person).where(
                Person.deleted.is_(False),
                cast(Person.emails, String).ilike(like, escape="\\")))
                if data.email in (e.lower() for e in p.emails or ())]
        if not candidates:
            org = self._find_org(s, data.organisation)
            same_name = s.scalars(select(Person).where(
                Person.deleted.is_(False),
                Person.name.ilike(_escape_like(data.name), escape="\\")))
            candidates = [p for p in same_name if p.name.casefold() == data.name.casefold()
                          and p.organisation_id == (org.id if org else None)]
        if not candidates:
            return None
        on_roster = {r[0] for r in s.execute(select(RosterEntry.person_id).where(
            RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False),
            RosterEntry.person_id.in_([p.id for p in candidates])))}
        candidates.sort(key=lambda p: (p.id not in on_roster, p.created_at, p.id))
        return candidates[0]

    def _upsert(self, s: Session, mission: Mission, data: DelegateInput, *,
                person: Person | None, entry: RosterEntry | None) -> RosterEntry:
        """Write what the delegate form holds (every field; imports use :meth:`_apply_row`)."""
        user = self.ctx.identity.user_id
        org: Organisation | None = None
        if data.organisation:
            org = self._find_org(s, data.organisation)
            if org is None:
                org = Organisation(id=uuid7(), scope=NETWORK, created_by=user,
                                   name=data.organisation, kind="sme")
                s.add(org)
                # No relationships are mapped, so the flush order is ours: parents first.
                s.flush()
        if person is None:
            person = Person(id=uuid7(), scope=NETWORK, created_by=user, name=data.name,
                            emails=[], phones=[], languages=[])
            s.add(person)
            s.flush()
        person.name = data.name
        if data.name_native or person.name_native:
            person.name_native = data.name_native or None
        person.organisation_id = org.id if org else None
        old = [e for e in (person.emails or ())]
        person.emails = ([data.email] if data.email else []) + [
            e for e in old[1:] if e.lower() != data.email]
        phones = [p for p in (person.phones or ())]
        person.phones = ([data.phone] if data.phone else []) + [
            p for p in phones[1:] if p != data.phone]
        if data.job_title:
            person.job_title = data.job_title
        if data.languages:
            person.languages = builtins.list(data.languages)
        if org is not None:
            company = s.scalars(select(MissionCompany).where(
                MissionCompany.mission_id == mission.id,
                MissionCompany.organisation_id == org.id,
                MissionCompany.deleted.is_(False)).limit(1)).first()
            if company is None:
                s.add(MissionCompany(id=uuid7(), scope=mission_scope(mission.id),
                                     created_by=user, mission_id=mission.id,
                                     organisation_id=org.id, status="registered",
                                     profile=org.description))
        if entry is None:
            entry = self._entry_for(s, mission.id, person.id)
        if entry is None:
            entry = RosterEntry(id=uuid7(), scope=mission_scope(mission.id), created_by=user,
                                mission_id=mission.id, person_id=person.id)
            s.add(entry)
        entry.organisation_id = org.id if org else None
        entry.role = data.role
        entry.registration_status = data.registration_status
        entry.arrival_flight = data.arrival_flight or None
        entry.arrival_at = data.arrival_at
        entry.departure_flight = data.departure_flight or None
        entry.departure_at = data.departure_at
        entry.hotel = data.hotel or None
        entry.hotel_check_in = data.hotel_check_in
        entry.hotel_check_out = data.hotel_check_out
        entry.passport_expiry = data.passport_expiry
        entry.visa_status = data.visa_status or None
        entry.dietary = data.dietary or None
        entry.accessibility = data.accessibility or None
        entry.interpreter_needed = data.interpreter_needed
        entry.languages = builtins.list(data.languages)
        entry.emergency_contact_name = data.emergency_contact_name or None
        entry.emergency_contact_phone = data.emergency_contact_phone or None
        entry.notes = data.notes or None
        s.flush()
        return entry

    # -- import and export --------------------------------------------------------------------

    def preview_import(self, mission_id: str, table: ImportTable, mapping: dict[int, str], *,
                       clear_empty: bool = False) -> ImportReport:
        """What an import would do, row by row and field by field, without changing anything.

        The same code path as :meth:`import_table`, rolled back at the end.
        """
        return self._import(mission_id, table, mapping, None, commit=False,
                            clear_empty=clear_empty)

    def import_table(self, mission_id: str, table: ImportTable, mapping: dict[int, str],
                     progress: Progress | None = None, *, clear_empty: bool = False
                     ) -> ImportReport:
        """Import the valid rows in one transaction, as one batch that can be undone.

        Rejected rows are reported with reasons. A column the file does not carry never changes
        a field, and an empty cell leaves its field unless ``clear_empty``; the registration
        status changes only when the row's status cell says so. A row updates an existing
        delegate only when it is provably the same person (see :meth:`_match`); otherwise a new
        delegate is added and named as a possible duplicate. A cancel (through ``progress``)
        rolls everything back. The report carries the batch id
        (:meth:`BatchService.undo <biox_desktop.db.batches.BatchService.undo>` takes it back).
        """
        return self._import(mission_id, table, mapping, progress, commit=True,
                            clear_empty=clear_empty)

    def history(self, entry_id: str) -> builtins.list[BatchView]:
        """The batches (imports) that created or changed a delegate, oldest first."""
        with self.db.session() as s:
            entry = s.get(RosterEntry, entry_id)
            if entry is None:
                raise NotFoundError(f"no roster entry with id {entry_id}")
            person_id = entry.person_id
        batches = BatchService(self.ctx)
        found = {b.id: b for b in batches.batches_for("roster_entries", entry_id)}
        found.update({b.id: b for b in batches.batches_for("people", person_id)})
        return sorted(found.values(), key=lambda b: (b.at, b.id))

    def _import(self, mission_id: str, table: ImportTable, mapping: dict[int, str],
                progress: Progress | None, *, commit: bool, clear_empty: bool) -> ImportReport:
        check_mapping(list(table.headers), mapping)
        results: builtins.list[ImportRowResult] = []
        batch_id: str | None = None
        try:
            with self.db.session() as s:
                mission = self._mission(s, mission_id)
                zone = mission.timezone
                lookup = _Lookup(s, mission_id)
                on_roster = {r[0]: r[1] for r in s.execute(
                    select(RosterEntry.person_id, RosterEntry.id).where(
                        RosterEntry.mission_id == mission_id, RosterEntry.deleted.is_(False)))}
                rec = BatchRecorder(s, kind="roster_import", label=translate(
                    "roster", "Roster import: {file}").format(file=table.source),
                    identity=self.ctx.identity)
                # Earlier rows of the file by e-mail and by name (a row is compared only with
                # those sharing one of them, never with every earlier row).
                seen: dict[str, builtins.list[tuple[int, DelegateInput]]] = {}
                total = len(table.rows)
                # No autoflush: every row's lookups come from memory, one flush at the end.
                s.autoflush = False
                for index, raw in enumerate(table.rows):
                    if progress is not None and index % 25 == 0:
                        progress.step(
                            index,
                            total,
                            translate("roster", "Row {row} of {total}").format(
                                row=index + 1, total=total
                            ),
                        )
                    number = table.number(index)
                    values = {f: raw[c] if c < len(raw) else None
                              for c, f in mapping.items() if f}
                    name_hint = str(values.get("name") or " ".join(
                        str(values.get(k) or "") for k in ("first_name", "last_name"))).strip()
                    org_hint = str(values.get("organisation") or "").strip()
                    try:
                        # Rules between fields wait for the merge with the delegate's values.
                        data = row_to_input(values, zone, across=False)
                    except ValidationError as exc:
                        results.append(ImportRowResult(
                            number, "reject", name_hint, org_hint,
                            tuple(e.message for e in exc.errors)))
                        continue
                    keys = _row_keys(data)
                    earlier = min((n for k in keys for n, d in seen.get(k, ())
                                   if _same_row(d, data)), default=None)
                    if earlier is not None:
                        results.append(ImportRowResult(
                            number, "reject", data.name, data.organisation,
                            (translate("roster", "The same delegate as row {row}.").format(
                                row=earlier),)))
                        continue
                    for k in keys:
                        seen.setdefault(k, []).append((number, data))
                    # No savepoint per row: pysqlite would commit at the first RELEASE. Rows
                    # are fully validated before anything is written, so none fails halfway.
                    person, duplicate = self._match(s, data, lookup, on_roster)
                    existing_id = on_roster.get(person.id) if person is not None else None
                    existing = None
                    if existing_id:
                        existing = lookup.objects.get(existing_id) or s.get(
                            RosterEntry, existing_id)
                    carried = carried_fields(values, clear_empty)
                    org_name = lookup.org_name(s, existing.organisation_id) \
                        if existing is not None else None
                    before = _cells(existing, person, org_name, zone) \
                        if existing is not None and person is not None else None
                    try:
                        _merged(existing, person, org_name, data, carried)
                    except ValidationError as exc:
                        results.append(ImportRowResult(
                            number, "reject", data.name, data.organisation,
                            tuple(e.message for e in exc.errors)))
                        continue
                    entry = self._apply_row(s, mission, data, carried, person=person,
                                            entry=existing, lookup=lookup, rec=rec)
                    on_roster[entry.person_id] = entry.id
                    lookup.objects[entry.id] = entry
                    if existing is None or before is None:
                        reasons: tuple[str, ...] = ()
                        if duplicate:
                            reasons = (translate(
                                "roster", "Possible duplicate of {name}: {why}").format(
                                name=duplicate[0], why=duplicate[1]),)
                        results.append(ImportRowResult(
                            number, "add", data.name, data.organisation, reasons, entry.id,
                            (), duplicate[0] if duplicate else ""))
                        continue
                    after = _cells(entry, lookup.objects[entry.person_id],
                                   lookup.org_name(s, entry.organisation_id), zone)
                    changes = _changes(before, after, empty_cells(values) - carried)
                    action = "update" if any(c.kind != "kept" for c in changes) else "unchanged"
                    results.append(ImportRowResult(
                        number, action, data.name, data.organisation, (), entry.id,
                        changes))
                if progress is not None:
                    progress.step(total, total, translate("roster", "Saving"))
                # No relationships are mapped, so SQLAlchemy cannot order inserts by foreign
                # key: people and organisations first, then what refers to them.
                s.flush()
                s.add_all(lookup.pending)
                s.flush()
                if not commit:
                    raise _Abort()
                batch_id = rec.finish()
        except _Abort:
            pass
        return ImportReport(source=table.source, committed=commit, rows=tuple(results),
                            clear_empty=clear_empty, batch_id=batch_id)

    def _match(self, s: Session, data: DelegateInput, lookup: _Lookup,
               on_roster: dict[str, str]) -> tuple[Person | None, tuple[str, str] | None]:
        """The person a row is, only when provably the same; else whom it may duplicate.

        The common rule: the same e-mail *and* a compatible name. A shared generic mailbox
        (info@, contact@) proves nothing, so a row with one (or with no e-mail) is the same
        person only as the same name at the same company, and never when the person's own
        e-mails differ from the row's. Returns ``(person or None, (name, why) or None)``.
        """

        def load(ids: builtins.list[str]) -> builtins.list[Person]:
            for i in ids:
                if i not in lookup.objects:
                    lookup.objects[i] = s.get(Person, i)
            found = [lookup.objects[i] for i in ids if lookup.objects.get(i) is not None]
            # This mission's delegates first, then the oldest (ids are time-ordered).
            return sorted(found, key=lambda p: (p.id not in on_roster, p.id))

        names = [data.name, data.name_native]
        generic = bool(data.email) and is_generic_mailbox(data.email)
        same_email = load(builtins.list(lookup.by_email.get(data.email, []))) \
            if data.email else []
        duplicate: tuple[str, str] | None = None
        if same_email:
            if not generic:
                incoming = PersonKeys(names=tuple(names), emails=(data.email,))
                fits = [p for p in same_email if same_person(PersonKeys(
                    names=(p.name, p.name_native or ""), emails=tuple(p.emails or ())),
                    incoming)]
                if fits:
                    return fits[0], None
                why = translate("roster", "the same e-mail {email} under another name")
            else:
                why = translate("roster", "they share the mailbox {email}")
            duplicate = (same_email[0].name, why.format(email=data.email))
        org = self._find_org(s, data.organisation, lookup) if data.organisation else None
        key = (data.name.casefold(), org.id if org else None)
        for p in load(builtins.list(lookup.by_name.get(key, []))):
            # Only a personal e-mail of the person's can contradict the row's.
            emails = {e.lower() for e in p.emails or () if not is_generic_mailbox(e)}
            if not data.email or generic or not emails or data.email in emails:
                return p, None
            duplicate = duplicate or (p.name, translate(
                "roster", "the same name at the same company with another e-mail"))
        return None, duplicate

    def _apply_row(self, s: Session, mission: Mission, data: DelegateInput,
                   carried: frozenset[str], *, person: Person | None,
                   entry: RosterEntry | None, lookup: _Lookup, rec: BatchRecorder
                   ) -> RosterEntry:
        """Write one import row: every value for a new delegate, the carried ones otherwise."""
        user = self.ctx.identity.user_id
        org: Organisation | None = None
        if data.organisation and "organisation" in carried:
            org = self._find_org(s, data.organisation, lookup)
            if org is None:
                org = Organisation(id=uuid7(), scope=NETWORK, created_by=user,
                                   name=data.organisation, kind="sme")
                s.add(org)
                # No relationships are mapped, so the flush order is ours: parents first.
                s.flush()
                rec.created(org)
                lookup.orgs[org.name.casefold()] = org.id
                lookup.org_names[org.id] = org.name
                lookup.objects[org.id] = org
        if person is None:
            person = Person(id=uuid7(), scope=NETWORK, created_by=user, name=data.name,
                            emails=[], phones=[], languages=[])
            s.add(person)
            rec.created(person)
        else:
            rec.before(person)
        if person.name != data.name and not _shorter_form(data.name, person.name):
            # A name in another script is never dropped: it moves to the native name.
            if has_non_latin(person.name) and not has_non_latin(data.name) \
                    and not person.name_native:
                person.name_native = person.name
            person.name = data.name
        if data.name_native:
            person.name_native = data.name_native
        if org is not None:
            person.organisation_id = org.id
        # E-mails and phones are only ever added (the row's first, as the roster shows it).
        emails = builtins.list(person.emails or ())
        if data.email and data.email not in {e.lower() for e in emails}:
            person.emails = [data.email, *emails]
            lookup.by_email.setdefault(data.email, []).append(person.id)
        phones = builtins.list(person.phones or ())
        if data.phone and data.phone not in phones:
            person.phones = [data.phone, *phones]
        if "job_title" in carried:
            person.job_title = data.job_title or None
        if data.languages:
            person.languages = builtins.list(dict.fromkeys(
                [*(person.languages or ()), *data.languages]))
        if person.id not in lookup.objects:
            lookup.add_person(person.id, builtins.list(person.emails or ()), person.name,
                              person.organisation_id)
        lookup.objects[person.id] = person
        if org is not None and org.id not in lookup.companies:
            lookup.companies.add(org.id)
            company = MissionCompany(id=uuid7(), scope=mission_scope(mission.id),
                                     created_by=user, mission_id=mission.id,
                                     organisation_id=org.id, status="registered",
                                     profile=org.description)
            lookup.pending.append(company)  # added after the people it refers to
            rec.created(company)
        new = entry is None
        if entry is None:
            entry = RosterEntry(id=uuid7(), scope=mission_scope(mission.id), created_by=user,
                                mission_id=mission.id, person_id=person.id)
            lookup.pending.append(entry)
            rec.created(entry)
        else:
            rec.before(entry)
        if new or org is not None:
            entry.organisation_id = org.id if org else None
        values: dict[str, Any] = {
            "role": data.role, "registration_status": data.registration_status,
            "arrival_flight": data.arrival_flight or None, "arrival_at": data.arrival_at,
            "departure_flight": data.departure_flight or None,
            "departure_at": data.departure_at, "hotel": data.hotel or None,
            "hotel_check_in": data.hotel_check_in, "hotel_check_out": data.hotel_check_out,
            "passport_expiry": data.passport_expiry, "visa_status": data.visa_status or None,
            "dietary": data.dietary or None, "accessibility": data.accessibility or None,
            "interpreter_needed": data.interpreter_needed,
            "languages": builtins.list(data.languages),
            "emergency_contact_name": data.emergency_contact_name or None,
            "emergency_contact_phone": data.emergency_contact_phone or None,
            "notes": data.notes or None,
        }
        for name, value in values.items():
            if new or name in carried:
                setattr(entry, name, value)
        return entry

    def export_rows(self, mission_id: str) -> tuple[builtins.list[str],
                                                    builtins.list[builtins.list[str]]]:
        """Headers and rows of the roster (times in the mission's zone); re-importable."""
        with self.db.session() as s:
            zone = self._mission(s, mission_id).timezone
        headers = [IMPORT_FIELDS[f] for f in EXPORT_FIELDS]
        return headers, [export_row(d, zone) for d in self.list(mission_id)]


def _row_keys(d: DelegateInput) -> tuple[str, ...]:
    """Keys under which a row may meet an earlier row of the same file (see _same_row)."""
    keys = [f"n:{d.name.casefold()}|{d.organisation.casefold()}"]
    if d.email:
        keys.append(f"e:{d.email}")
    return tuple(keys)


def _same_row(a: DelegateInput, b: DelegateInput) -> bool:
    """Whether two rows of one file are the same delegate (by the same rule as matching)."""
    if a.email and a.email == b.email and not is_generic_mailbox(a.email):
        return names_compatible([a.name, a.name_native], [b.name, b.name_native])
    same_emails = not (a.email and b.email) or a.email == b.email
    return (a.name.casefold() == b.name.casefold()
            and a.organisation.casefold() == b.organisation.casefold() and same_emails)


def _merged(entry: RosterEntry | None, person: Person | None, org_name: str | None,
            data: DelegateInput, carried: frozenset[str]) -> DelegateInput:
    """The delegate as the row would leave it, checked with every rule (raises
    :class:`ValidationError`): a new delegate is the row itself."""
    if entry is None or person is None:
        return validate_delegate(data)
    current = _view(entry, person, org_name).to_input()
    return validate_delegate(replace(current, **{
        f: getattr(data, f) for f in carried if hasattr(data, f)}))


def _shorter_form(new: str, old: str) -> bool:
    """Whether ``new`` says less than ``old`` ("J. Casals", "jordi casals" for "Jordi Casals"):
    then the fuller name a person already has is kept."""
    if has_non_latin(new) or has_non_latin(old):
        return False
    short, long = name_tokens(new), name_tokens(old)
    return bool(short) and len(short) <= len(long) and all(
        any(t == u or (len(t) == 1 and u.startswith(t)) for u in long) for t in short)


def _cells(entry: RosterEntry, person: Person, org_name: str | None, zone: str
           ) -> dict[str, str]:
    """A delegate as export cells by field (what the preview compares before and after)."""
    view = _view(entry, person, org_name)
    return dict(zip(EXPORT_FIELDS, export_row(view, zone), strict=True))


def _changes(before: dict[str, str], after: dict[str, str], kept: frozenset[str]
             ) -> tuple[FieldChange, ...]:
    """Field-level changes old -> new, and the fields an empty cell left as they were."""
    out: builtins.list[FieldChange] = []
    for name in EXPORT_FIELDS:
        old, new = before[name], after[name]
        if old != new:
            kind = "cleared" if not new else "set"
            if name == "registration_status" and status_goes_back(old, new):
                kind = "backwards"
            out.append(FieldChange(name, old, new, kind))
        elif name in kept and old and not (name == "interpreter_needed" and old == "no"):
            out.append(FieldChange(name, old, old, "kept"))
    return tuple(out)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _with_warnings(view: DelegateView, facts: MissionFacts, today: dt.date) -> DelegateView:
    return replace(view, warnings=delegate_warnings(view, facts, today))


def _view(e: RosterEntry, p: Person, org_name: str | None) -> DelegateView:
    return DelegateView(
        id=e.id, mission_id=e.mission_id, person_id=p.id, organisation_id=e.organisation_id,
        name=p.name, name_native=p.name_native or "", organisation=org_name or "",
        email=(p.emails or [""])[0] if p.emails else "",
        phone=(p.phones or [""])[0] if p.phones else "", job_title=p.job_title or "",
        role=e.role, registration_status=e.registration_status,
        arrival_flight=e.arrival_flight or "", arrival_at=e.arrival_at,
        departure_flight=e.departure_flight or "", departure_at=e.departure_at,
        hotel=e.hotel or "", hotel_check_in=e.hotel_check_in,
        hotel_check_out=e.hotel_check_out, passport_expiry=e.passport_expiry,
        visa_status=e.visa_status or "", dietary=e.dietary or "",
        accessibility=e.accessibility or "", interpreter_needed=bool(e.interpreter_needed),
        languages=tuple(e.languages or ()), emergency_contact_name=e.emergency_contact_name or "",
        emergency_contact_phone=e.emergency_contact_phone or "", notes=e.notes or "",
    )

