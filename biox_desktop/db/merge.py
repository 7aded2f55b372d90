"""Merge service: duplicate candidates, merges, undo, "not a duplicate", forwarding.

Everything a merge does is an ordinary journaled edit, so it syncs like any other change: the
survivor's chosen values, the merged records' tombstones, every reference re-pointed to the
survivor (leads, meetings, roster, agreements…; never a row's scope), and the ``merges`` row
that records it all for undo.

Laptops that were offline during a merge may still push rows pointing at a merged-away record,
or edits of it. :meth:`MergeService.forward` (run after every sync) uses the merge records to
re-point such references to the survivor and to carry later edits of a merged record over to
the survivor, so nothing typed on any laptop is lost. Each forwarded reference is remembered in
``merge_forwards`` in the scope of the row it changed (the coordinator may not see a company's
private leads), so when a merge is undone, the laptops that see those rows point them back.
"""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import itertools
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from biox_desktop.core import merge as mg
from biox_desktop.core.dedupe import (
    CandidateGroup,
    OrgRecord,
    PersonRecord,
    find_org_candidates,
    find_person_candidates,
)
from biox_desktop.core.i18n import translate
from biox_desktop.core.identity import scope_kind
from biox_desktop.core.ids import uuid7
from biox_desktop.core.labels import value_text
from biox_desktop.core.leads import network_label
from biox_desktop.core.phones import region_for_country, try_normalise
from biox_desktop.core.progress import Progress
from biox_desktop.core.validation import FieldError, NotFoundError, ValidationError
from biox_desktop.db.context import ServiceContext
from biox_desktop.db.engine import Database
from biox_desktop.db.models import (
    Base,
    Lead,
    Merge,
    MergeForward,
    Mission,
    MissionCompany,
    NotDuplicate,
    Organisation,
    Person,
    synced_tables,
    utcnow,
)

AUTO_THRESHOLD_KEY = "merge_auto_threshold"
#: Rows that decide who sees a mission: only leaders and coordinators may write them.
ACCESS_TABLES = frozenset({"missions", "mission_companies", "mission_partners"})

Record = Person | Organisation


def _model(kind: str) -> Any:
    """Person or Organisation (typed Any: both are used through their shared columns)."""
    return Person if kind == mg.PERSON else Organisation


def _target_table(kind: str) -> str:
    return "people" if kind == mg.PERSON else "organisations"


def reference_columns(kind: str) -> list[tuple[Table, str]]:
    """Every (table, column) of a synced table holding a person's or organisation's id."""
    target = _target_table(kind)
    out: list[tuple[Table, str]] = []
    for name in synced_tables():
        table = Base.metadata.tables[name]
        for column in table.columns:
            if any(fk.column.table.name == target and fk.column.name == "id"
                   for fk in column.foreign_keys):
                out.append((table, column.name))
    return out


def _plain(value: Any) -> Any:
    """A column value as JSON keeps it (lists and dicts copied)."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


class MergeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._cache: dict[str, mg.CandidateView] = {}
        self._searched = False
        #: The data version (:meth:`Database.data_version`) the cached search was made at.
        self._version: str | None = None
        # The search may run beside the database worker (see refresh_candidates).
        self._lock = threading.Lock()

    @property
    def db(self) -> Database:
        return self.ctx.db

    # -- candidates ---------------------------------------------------------------------------

    def candidates(self, kind: str | None = None, progress: Progress | None = None, *,
                   with_fields: bool = True) -> list[mg.CandidateView]:
        """Candidate groups among the records on this laptop, best first.

        Only what this laptop holds is looked at (the server sends each user only the scopes
        they may see), and a group never joins two scopes :func:`core.merge.may_link` refuses.
        ``with_fields=False`` leaves out the side-by-side fields (the queue does not show them;
        :meth:`group` adds them for the one group opened).
        """
        kinds = [kind] if kind else list(mg.KINDS)
        views: list[mg.CandidateView] = []
        with self.db.session() as s:
            for k in kinds:
                groups = self._groups(s, k, progress)
                views.extend(self._views(s, k, groups, with_fields=with_fields))
        views.sort(key=lambda v: (-v.score, v.id))
        with self._lock:
            self._cache = {v.id: v for v in views}
            self._searched = True
        return views

    def cached_queue(self) -> tuple[builtins.list[mg.CandidateView], bool]:
        """The queue of the last search without searching (empty if none ran), and whether it
        is current: True when no data changed on this laptop since it was made."""
        with self._lock:
            views = [dataclasses.replace(v, fields=()) for v in self._cache.values()]
            version, searched = self._version, self._searched
        views.sort(key=lambda v: (-v.score, v.id))
        return views, searched and version == self.db.data_version()

    def _is_current(self) -> bool:
        return self._searched and self._version == self.db.data_version()

    def refresh_candidates(self, progress: Progress | None = None
                           ) -> builtins.list[mg.CandidateView]:
        """Search again and cache the queue with the data version it was made at.

        Only reads, in a session of its own, so it may run on a thread beside the database
        worker; a change made meanwhile leaves the cache marked out of date (the version is
        read before the search)."""
        version = self.db.data_version()
        views = self.candidates(progress=progress, with_fields=False)
        with self._lock:
            self._version = version
        return views

    def _still_current(self, was_current: bool) -> None:
        """After a merge or "not a duplicate" made here, whose group already left the cache:
        the cache stays current if it was (its own change is accounted for)."""
        if was_current:
            with self._lock:
                self._version = self.db.data_version()

    def queue(self) -> builtins.list[mg.CandidateView]:
        """The groups of the last :meth:`candidates` search still waiting, best first, without
        searching again: merging or marking a group takes it out of the queue, and with
        100,000 contacts a search takes a quarter of a minute (the Refresh button runs one).
        Searches first when none has run yet."""
        if not self._searched:
            return self.candidates(with_fields=False)
        views = [dataclasses.replace(v, fields=()) for v in self._cache.values()]
        return sorted(views, key=lambda v: (-v.score, v.id))

    def group(self, group_id: str) -> mg.CandidateView:
        """One candidate group by id (or an unambiguous id prefix of at least 8 characters)."""
        found = self._find_group(group_id, self._cache.values())
        if found is None:
            kind = mg.ORGANISATION if group_id.startswith("org") else mg.PERSON
            found = self._find_group(group_id, self.candidates(kind))
        if found is None:
            raise NotFoundError(translate(
                "merge", "no candidate group {group_id} (already merged, marked not a duplicate, "
                "or its records changed: list the candidates again)").format(group_id=group_id))
        if not found.fields:
            found = self._with_fields(found)
            self._cache[found.id] = found
        return found

    def _with_fields(self, view: mg.CandidateView) -> mg.CandidateView:
        model = _model(view.kind)
        with self.db.session() as s:
            rows = {r.id: r for r in s.scalars(
                select(model).where(model.id.in_([m.id for m in view.members])))}
            if len(rows) != len(view.members):
                raise NotFoundError(translate(
                    "merge", "these records changed since the list was made: "
                    "list the candidates again"))
            ordered = [rows[m.id] for m in view.members]
            org_names = self._org_names(s, ordered) if view.kind == mg.PERSON else {}
            fields = _field_rows(view.kind, ordered, rows[view.survivor_id], org_names)
        return dataclasses.replace(view, fields=tuple(fields))

    @staticmethod
    def _find_group(group_id: str, views: Iterable[mg.CandidateView]) -> mg.CandidateView | None:
        matches = [v for v in views if v.id == group_id
                   or (len(group_id) >= 8 and v.id.startswith(group_id))]
        return matches[0] if len(matches) == 1 else None

    def _not_duplicates(self, s: Session, kind: str) -> list[tuple[str, str]]:
        return [(a, b) for a, b in s.execute(
            select(NotDuplicate.id_a, NotDuplicate.id_b)
            .where(NotDuplicate.kind == kind, NotDuplicate.deleted.is_(False)))]

    def _groups(self, s: Session, kind: str, progress: Progress | None) -> list[CandidateGroup]:
        not_dups = self._not_duplicates(s, kind)
        if kind == mg.PERSON:
            org_names = dict(s.execute(select(Organisation.id, Organisation.name)).all())
            people = s.execute(
                select(Person.id, Person.scope, Person.name, Person.name_native,
                       Person.name_romanised, Person.emails, Person.phones, Person.messaging,
                       Person.organisation_id, Person.country, Person.city)
                .where(Person.deleted.is_(False))
            ).all()
            records = [
                PersonRecord(
                    id=r.id, scope=r.scope,
                    names=tuple(dict.fromkeys(n for n in (r.name, r.name_native,
                                                          r.name_romanised) if n)),
                    emails=tuple(r.emails or ()), phones=tuple(r.phones or ()),
                    messaging=tuple((k, str(v)) for k, v in (r.messaging or {}).items()),
                    organisation=org_names.get(r.organisation_id) or "",
                    country=r.country or "", city=r.city or "",
                )
                for r in people
            ]
            return find_person_candidates(records, progress=progress, may_link=mg.may_link,
                                          not_duplicates=not_dups)
        orgs = s.execute(
            select(Organisation.id, Organisation.scope, Organisation.name,
                   Organisation.name_native, Organisation.name_romanised,
                   Organisation.website, Organisation.country, Organisation.city)
            .where(Organisation.deleted.is_(False))
        ).all()
        org_records = [
            OrgRecord(id=r.id, scope=r.scope,
                      names=tuple(dict.fromkeys(n for n in (r.name, r.name_native,
                                                            r.name_romanised) if n)),
                      website=r.website or "", country=r.country or "", city=r.city or "")
            for r in orgs
        ]
        return find_org_candidates(org_records, progress=progress, may_link=mg.may_link,
                                   not_duplicates=not_dups)

    def _views(self, s: Session, kind: str, groups: Sequence[CandidateGroup], *,
               with_fields: bool = True) -> list[mg.CandidateView]:
        if not groups:
            return []
        model = _model(kind)
        ids = sorted({m for g in groups for m in g.member_ids})
        rows: dict[str, Any] = {}
        # The queue needs only names, scopes and dates: plain rows, not ORM objects (a
        # quarter of the time with 20,000 groups); the side-by-side fields need the records.
        columns = (model.__table__.c if with_fields else
                   [model.__table__.c[name] for name in _QUEUE_COLUMNS[kind]])
        for chunk in _chunks(ids, 500):
            found: Iterable[Any] = (
                s.scalars(select(model).where(model.id.in_(chunk))) if with_fields
                else s.execute(select(*columns).where(model.id.in_(chunk))))
            rows.update({r.id: r for r in found})
        provenance = self._provenance(s, kind, rows)
        refs = self._reference_counts(s, kind, ids)
        org_names = self._org_names(s, rows.values()) if kind == mg.PERSON and with_fields else {}
        views = []
        for g in groups:
            members = [rows[m] for m in g.member_ids if m in rows]
            if len(members) < 2:
                continue
            survivor = _default_survivor(members, refs)
            ordered = [survivor] + [m for m in members if m.id != survivor.id]
            views.append(mg.CandidateView(
                id=g.id, kind=kind, score=round(g.score, 4), reasons=g.reasons,
                members=tuple(
                    mg.Member(id=m.id, label=_label(m, kind), scope=m.scope,
                              provenance=provenance[m.id], references=refs.get(m.id, 0))
                    for m in ordered),
                survivor_id=survivor.id,
                fields=tuple(_field_rows(kind, ordered, survivor, org_names))
                if with_fields else (),
            ))
        return views

    def _org_names(self, s: Session, people: Iterable[Record]) -> dict[str, str]:
        ids = {p.organisation_id for p in people if isinstance(p, Person) and p.organisation_id}
        if not ids:
            return {}
        return dict(s.execute(select(Organisation.id, Organisation.name)
                              .where(Organisation.id.in_(ids))).all())

    def _provenance(self, s: Session, kind: str,
                    rows: dict[str, Any]) -> dict[str, mg.Provenance]:
        """Per record: the first lead that captured it (who, when, which mission), else who
        created the row and when."""
        column = Lead.person_id if kind == mg.PERSON else Lead.organisation_id
        first_lead: dict[str, Any] = {}
        for chunk in _chunks(list(rows), 500):
            for lead in s.execute(
                    select(column.label("record_id"), Lead.created_at, Lead.created_by,
                           Lead.captured_by_person_id, Lead.mission_id)
                    .where(column.in_(chunk), Lead.deleted.is_(False))
                    .order_by(Lead.created_at, Lead.id)):
                first_lead.setdefault(str(lead.record_id), lead)
        missions = dict(s.execute(select(Mission.id, Mission.name)).all())
        mission_of: dict[str, str] = {}
        if kind == mg.ORGANISATION:
            for org_id, mission_id in s.execute(
                    select(MissionCompany.organisation_id, MissionCompany.mission_id)
                    .where(MissionCompany.deleted.is_(False))):
                mission_of.setdefault(org_id, missions.get(mission_id, ""))
        person_ids = {ld.captured_by_person_id for ld in first_lead.values()
                      if ld.captured_by_person_id}
        names = dict(s.execute(select(Person.id, Person.name)
                               .where(Person.id.in_(person_ids))).all()) if person_ids else {}
        me = self.ctx.identity
        users = _user_names(s)
        out: dict[str, mg.Provenance] = {}
        for row_id, row in rows.items():
            first = first_lead.get(row_id)
            private = row.scope.startswith(("org:", "user:"))
            if first is not None:
                out[row_id] = mg.Provenance(
                    captured_by=names.get(first.captured_by_person_id or "", "")
                    or _user_label(first.created_by, me.user_id, me.display_name, users),
                    captured_at=first.created_at,
                    mission=missions.get(first.mission_id or "", ""),
                    scope=row.scope, private=private)
            else:
                out[row_id] = mg.Provenance(
                    captured_by=_user_label(row.created_by, me.user_id, me.display_name, users),
                    captured_at=row.created_at, mission=mission_of.get(row_id, ""),
                    scope=row.scope, private=private)
        return out

    def _reference_counts(self, s: Session, kind: str, ids: Sequence[str]) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for table, column in reference_columns(kind):
            col = table.c[column]
            for chunk in _chunks(ids, 500):
                for value, n in s.execute(select(col, func.count()).where(
                        col.in_(chunk), table.c.deleted.is_(False)).group_by(col)):
                    counts[value] += n
        return counts

    # -- merging ------------------------------------------------------------------------------

    def _require_coordinator(self) -> None:
        if self.ctx.identity.role != "coordinator":
            raise ValidationError([FieldError(
                "role",
                translate("merge", "Only a coordinator can merge records or undo merges."))])

    def apply(self, request: mg.MergeRequest, *, automatic: bool = False) -> mg.MergeView:
        """Merge a candidate group field by field into one surviving record (keeps its id)."""
        self._require_coordinator()
        was_current = self._is_current()
        group = self.group(request.group_id)
        member_ids = [m.id for m in group.members]
        mg.validate_request(group.kind, request, member_ids)
        model = _model(group.kind)
        with self.db.session() as s:
            rows = {r.id: r for r in s.scalars(select(model).where(model.id.in_(member_ids)))}
            if len(rows) != len(member_ids) or any(r.deleted for r in rows.values()):
                raise NotFoundError(translate(
                    "merge", "these records changed since the list was made: "
                    "list the candidates again"))
            survivor = rows[request.survivor_id or group.survivor_id]
            members = [survivor] + [rows[m] for m in member_ids if m != survivor.id]
            widest = min(mg.scope_rank(r.scope) for r in members)
            if mg.scope_rank(survivor.scope) != widest:
                raise ValidationError([FieldError(
                    "survivor_id", translate(
                        "merge", "Keep the record everyone can see (the shared one): a "
                        "private capture cannot absorb a shared record."))])
            if not all(mg.may_link(a.scope, b.scope)
                       for a, b in itertools.combinations(members, 2)):
                raise ValidationError([FieldError(
                    "group_id", translate(
                        "merge", "These records belong to scopes that may not be merged."))])
            locked = {m.id for m in members if m.scope != survivor.scope}
            values: dict[str, Any] = {}
            choices: dict[str, str] = {}
            for name, _label, fkind in mg.fields_of(group.kind):
                source = request.choices.get(name) or _default_choice(
                    name, fkind, members, survivor, locked)
                if source in locked:
                    raise ValidationError([FieldError(name, translate(
                        "merge", "This value was captured privately by one company; a merge "
                        "cannot publish it in the shared record."))])
                if source == mg.COMBINED:
                    value = mg.combine([_comparable(m, name) for m in members
                                        if m.id not in locked])
                else:
                    value = _plain(getattr(rows[source], name))
                choices[name] = source
                values[name] = value
            before = {n: _plain(getattr(survivor, n)) for n, v in values.items()
                      if _plain(getattr(survivor, n)) != v}
            merged_values = {n: values[n] for n in before}
            for name in before:
                setattr(survivor, name, _plain(values[name]))
            merged = [m for m in members if m is not survivor]
            snapshots = {m.id: _snapshot(group.kind, m) for m in merged}
            repointed = self._repoint(s, group.kind, {m.id: survivor.id for m in merged})
            doubles = _tombstone_doubles(s, repointed, survivor.id)
            for m in merged:
                m.deleted = True
            narrowest = max(members, key=lambda r: mg.scope_rank(r.scope)).scope
            merge = Merge(
                id=uuid7(), scope=narrowest, created_by=self.ctx.identity.user_id,
                kind=group.kind, survivor_id=survivor.id, merged_ids=[m.id for m in merged],
                group_id=group.id, score=group.score, reasons=list(group.reasons),
                choices=choices, merged_values=merged_values, survivor_before=before,
                snapshots=snapshots, repointed=repointed, doubles=doubles,
                automatic=automatic, undone=False)
            s.add(merge)
            s.flush()
            view = self._merge_view(s, merge)
        self._cache.pop(group.id, None)
        self._still_current(was_current)
        return view

    def _repoint(self, s: Session, kind: str, survivor_of: dict[str, str], *,
                 skip_access: bool = False,
                 scopes: dict[str, str] | None = None) -> list[list[str]]:
        """Point every live reference to a key of ``survivor_of`` at its value (journaled).

        Returns [table, row id, column, old id] per change; ``scopes`` receives each changed
        row's scope."""
        done: list[list[str]] = []
        if not survivor_of:
            return done
        old_ids = list(survivor_of)
        owner = _target_table(kind)
        targets: list[tuple[Table, str, Any]] = [
            (table, column, table.c.deleted.is_(False))
            for table, column in reference_columns(kind)
            if not (skip_access and table.name in ACCESS_TABLES)]
        attachments = Base.metadata.tables["attachments"]
        targets.append((attachments, "owner_id", (attachments.c.owner_table == owner)
                        & attachments.c.deleted.is_(False)))
        for table, column, live in targets:
            col = table.c[column]
            found = s.execute(select(table.c.id, col, table.c.scope).where(
                col.in_(old_ids), live)).all()
            for row_id, old, scope in found:
                if not self._forwards_in(scope):
                    continue
                s.execute(update(table).where(table.c.id == row_id)
                          .values({column: survivor_of[old]}))
                done.append([table.name, row_id, column, old])
                if scopes is not None:
                    scopes[row_id] = scope
        return done

    def undo(self, merge_id: str) -> mg.MergeView:
        """Bring the merged records back and point their references at them again.

        Only what still holds the merge's value is put back: a field or reference someone
        changed after the merge keeps that later change.
        """
        self._require_coordinator()
        with self.db.session() as s:
            merge = self._get_merge(s, merge_id)
            if merge.undone:
                raise ValidationError([FieldError(
                    "merge", translate("merge", "This merge was already undone."))])
            model = _model(merge.kind)
            survivor = s.get(model, merge.survivor_id)
            if survivor is not None:
                for name, value in (merge.merged_values or {}).items():
                    if _plain(getattr(survivor, name)) == value:
                        setattr(survivor, name, _plain((merge.survivor_before or {}).get(name)))
            for mid in merge.merged_ids or []:
                row = s.get(model, mid)
                if row is not None:
                    row.deleted = False
            for table_name, row_id in merge.doubles or []:
                table = Base.metadata.tables.get(table_name)
                if table is not None:
                    s.execute(update(table).where(table.c.id == row_id).values(deleted=False))
            for table_name, row_id, column, old in merge.repointed or []:
                table = Base.metadata.tables.get(table_name)
                if table is None:
                    continue
                s.execute(update(table).where(table.c.id == row_id,
                                              table.c[column] == merge.survivor_id)
                          .values({column: old}))
            merge.undone = True
            merge.undone_at = utcnow()
            merge.undone_by = self.ctx.identity.user_id
            s.flush()
            view = self._merge_view(s, merge)
        self._cache.clear()
        self._searched = False  # the records are back: the next queue searches again
        return view

    def not_duplicate(self, group_id: str) -> int:
        """Remember that the records of a group are different; returns the pairs recorded."""
        self._require_coordinator()
        was_current = self._is_current()
        group = self.group(group_id)
        scope_of = {m.id: m.scope for m in group.members}
        with self.db.session() as s:
            known = set(self._not_duplicates(s, group.kind))
            added = 0
            for a, b in itertools.combinations(sorted(scope_of), 2):
                if (a, b) in known or (b, a) in known:
                    continue
                scope = max((scope_of[a], scope_of[b]), key=mg.scope_rank)
                s.add(NotDuplicate(id=uuid7(), scope=scope, created_by=self.ctx.identity.user_id,
                                   kind=group.kind, id_a=a, id_b=b))
                added += 1
        self._cache.pop(group.id, None)
        self._still_current(was_current)
        return added

    # -- history ------------------------------------------------------------------------------

    def history(self, limit: int = 100) -> builtins.list[mg.MergeView]:
        """Merges, newest first."""
        with self.db.session() as s:
            merges = s.scalars(select(Merge).where(Merge.deleted.is_(False))
                               .order_by(Merge.created_at.desc(), Merge.id.desc()).limit(limit))
            return [self._merge_view(s, m) for m in merges]

    def get(self, merge_id: str) -> mg.MergeView:
        with self.db.session() as s:
            return self._merge_view(s, self._get_merge(s, merge_id))

    @staticmethod
    def _get_merge(s: Session, merge_id: str) -> Merge:
        merge = s.get(Merge, merge_id)
        if merge is None and len(merge_id) >= 8:
            found = s.scalars(select(Merge).where(Merge.id.startswith(merge_id))).all()
            merge = found[0] if len(found) == 1 else None
        if merge is None or merge.deleted:
            raise NotFoundError(translate("merge", "no merge with id {merge_id}").format(
                merge_id=merge_id))
        return merge

    def _merge_view(self, s: Session, m: Merge) -> mg.MergeView:
        survivor = s.get(_model(m.kind), m.survivor_id)
        me = self.ctx.identity
        return mg.MergeView(
            id=m.id, kind=m.kind, survivor_id=m.survivor_id,
            survivor_label=_label(survivor) if survivor is not None else m.survivor_id,
            merged_ids=tuple(m.merged_ids or ()), created_at=m.created_at,
            created_by=_user_label(m.created_by, me.user_id, me.display_name, _user_names(s)),
            score=m.score, reasons=tuple(m.reasons or ()), repointed=len(m.repointed or ()),
            automatic=bool(m.automatic), undone=bool(m.undone))

    # -- automatic merging ----------------------------------------------------------------------

    def auto_threshold(self) -> float | None:
        """The score above which groups merge by themselves; None (the default) means never."""
        raw = self.db.meta(AUTO_THRESHOLD_KEY)
        return float(raw) if raw else None

    def set_auto_threshold(self, threshold: float | None) -> float | None:
        self._require_coordinator()
        if threshold is not None and not 0.5 <= threshold <= 1.0:
            raise ValidationError([FieldError(
                "threshold", translate(
                    "merge", "Choose a score between 0.50 and 1.00, or switch it off."))])
        self.db.set_meta(AUTO_THRESHOLD_KEY, "" if threshold is None else f"{threshold:.4f}")
        return threshold

    def auto_merge(self, progress: Progress | None = None) -> builtins.list[mg.MergeView]:
        """Merge, with the default choices, every group scoring at least the threshold whose
        records all share one scope (never across scopes). Each merge is whole or not at all."""
        self._require_coordinator()
        threshold = self.auto_threshold()
        if threshold is None:
            return []
        groups = [g for g in self.candidates() if g.score >= threshold
                  and len({m.scope for m in g.members}) == 1]
        done: list[mg.MergeView] = []
        for i, g in enumerate(groups):
            if progress is not None:
                progress.step(i, len(groups), translate("merge", "Merging duplicates"))
            done.append(self.apply(mg.MergeRequest(g.id), automatic=True))
        return done

    # -- forwarding after a sync ----------------------------------------------------------------

    def forward(self) -> int:
        """Re-point references still aimed at merged-away records, and carry later edits of
        merged records over to their survivors. Returns how many rows were changed.

        Runs after each sync on every laptop: an offline laptop may have captured a lead for a
        contact, or edited the contact, that the coordinator merged meanwhile.
        """
        changed = 0
        skip_access = self.ctx.identity.role not in ("coordinator", "leader")
        me = self.ctx.identity.user_id
        with self.db.session() as s:
            changed += self._revert_forwards(s)
            merges = list(s.scalars(select(Merge).where(
                Merge.undone.is_(False), Merge.deleted.is_(False))
                .order_by(Merge.created_at, Merge.id)))
            for kind in mg.KINDS:
                merge_of = {mid: m.id for m in merges if m.kind == kind
                            for mid in m.merged_ids or []}
                survivor_of = _resolve_chains(
                    {mid: m.survivor_id for m in merges if m.kind == kind
                     for mid in m.merged_ids or []})
                scopes: dict[str, str] = {}
                done = self._repoint(s, kind, survivor_of, skip_access=skip_access,
                                     scopes=scopes)
                for table, row_id, column, old in done:
                    # Remembered beside the row (same scope), for an undo of the merge.
                    s.add(MergeForward(id=uuid7(), scope=scopes[row_id], created_by=me,
                                       merge_id=merge_of[old], tbl=table, row_id=row_id,
                                       col=column, old_id=old, new_id=survivor_of[old],
                                       reverted=False))
                changed += len(done)
            for merge in merges:
                changed += self._forward_edits(s, merge)
        return changed

    def _forwards_in(self, scope: str) -> bool:
        """Whether this laptop forwards (and reverts) references in rows of ``scope``.

        The coordinator sees ``network`` and every mission and may edit their rows, so its
        laptop forwards there; others' laptops would be refused by the server (those rows are
        their authors' organisations' and the mission leaders', see protocol.AUTHORISATION) and
        forward only in the private scopes the coordinator may not see."""
        if self.ctx.identity.role == "coordinator":
            return True
        return scope_kind(scope) in ("org", "user")

    def _revert_forwards(self, s: Session) -> int:
        """Point references forwarded for merges since undone back at their own records."""
        undone = select(Merge.id).where(Merge.undone.is_(True))
        reverted = 0
        for fwd in s.scalars(select(MergeForward).where(
                MergeForward.reverted.is_(False), MergeForward.deleted.is_(False),
                MergeForward.merge_id.in_(undone))):
            if not self._forwards_in(fwd.scope):
                continue
            table = Base.metadata.tables.get(fwd.tbl)
            if table is not None and fwd.col in table.c:
                # Only if it still points where the forward put it: a later change stays.
                s.execute(update(table).where(
                    table.c.id == fwd.row_id, table.c[fwd.col] == fwd.new_id)
                    .values({fwd.col: fwd.old_id}))
            fwd.reverted = True
            reverted += 1
        return reverted

    def _forward_edits(self, s: Session, merge: Merge) -> int:
        model = _model(merge.kind)
        survivor = s.get(model, merge.survivor_id)
        if survivor is None or survivor.deleted or not self._forwards_in(survivor.scope):
            return 0
        snapshots = dict(merge.snapshots or {})
        labels = {n: label for n, label, _k in mg.fields_of(merge.kind)}
        kinds = {n: k for n, _l, k in mg.fields_of(merge.kind)}
        note_field = "notes" if merge.kind == mg.PERSON else "description"
        touched = 0
        for mid, snap in list(snapshots.items()):
            row = s.get(model, mid)
            if row is None:
                continue
            now = _snapshot(merge.kind, row)
            if now == snap:
                continue
            notes: list[str] = []
            for name, value in now.items():
                if value == snap.get(name) or mg.is_empty(value):
                    continue
                current = _plain(getattr(survivor, name))
                if kinds[name] in ("list", "dict"):
                    new = mg.combine([current, value])
                    if new != current:
                        setattr(survivor, name, new)
                elif mg.is_empty(current):
                    setattr(survivor, name, value)
                elif current != value and name != note_field:
                    notes.append(f"{labels[name]}: {value}")
                elif name == note_field and str(value) not in str(current):
                    notes.append(str(value))
            if notes:
                text = "\n".join(f"{line} (edited on a merged record)" for line in notes)
                existing = getattr(survivor, note_field) or ""
                setattr(survivor, note_field, f"{existing}\n{text}".strip())
            snapshots[mid] = now
            touched += 1
        if touched:
            merge.snapshots = snapshots
        return touched


# -- helpers ------------------------------------------------------------------------------------


#: Link tables where one parent lists a person or organisation once: (table, parent column).
LINK_PARENTS = {
    "meeting_participants": "meeting_id",
    "agenda_participants": "agenda_item_id",
    "agreement_parties": "agreement_id",
    "mission_companies": "mission_id",
    "mission_partners": "mission_id",
}


def _tombstone_doubles(s: Session, repointed: Sequence[Sequence[str]],
                       survivor_id: str) -> list[list[str]]:
    """A meeting that had two captures of one person as participants now lists the survivor
    twice: keep one row per parent, tombstone the others (undo brings them back)."""
    doubles: list[list[str]] = []
    for table_name, row_id, column, _old in repointed:
        parent_col = LINK_PARENTS.get(table_name)
        if parent_col is None:
            continue
        table = Base.metadata.tables[table_name]
        parent = s.execute(select(table.c[parent_col]).where(table.c.id == row_id)).scalar()
        others = s.execute(select(table.c.id).where(
            table.c[parent_col] == parent, table.c[column] == survivor_id,
            table.c.deleted.is_(False), table.c.id != row_id)).first()
        if others is not None:
            s.execute(update(table).where(table.c.id == row_id).values(deleted=True))
            doubles.append([table_name, row_id])
    return doubles


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _resolve_chains(survivor_of: dict[str, str]) -> dict[str, str]:
    """Follow merges of merges (A into B, then B into C: A goes to C); cycles stop."""
    out: dict[str, str] = {}
    for start in survivor_of:
        seen = {start}
        target = survivor_of[start]
        while target in survivor_of and target not in seen:
            seen.add(target)
            target = survivor_of[target]
        if target != start:
            out[start] = target
    return out


#: What the merge queue reads of each member (:meth:`MergeService._views`).
_QUEUE_COLUMNS = {
    mg.PERSON: ("id", "scope", "name", "name_native", "name_romanised", "created_at",
                "created_by"),
    mg.ORGANISATION: ("id", "scope", "name", "created_at", "created_by"),
}


def _label(row: Any, kind: str | None = None) -> str:
    """A record's name, with its other spellings ("山田太郎 (Yamada Taro)") for people;
    ``row`` is a record or a row of :data:`_QUEUE_COLUMNS` (then ``kind`` says which)."""
    if isinstance(row, Person) or kind == mg.PERSON:
        extra = [n for n in (row.name_native, row.name_romanised) if n and n not in row.name]
        return row.name + (f" ({', '.join(extra)})" if extra else "")
    return row.name


def _user_names(s: Session) -> dict[str, str]:
    """Users known by name on this laptop: whoever captured a lead as a person of the roster
    (a lead's writer and its "captured by" person are the same human)."""
    rows = s.execute(select(Lead.created_by, Person.name)
                     .join(Person, Person.id == Lead.captured_by_person_id)
                     .where(Lead.created_by.is_not(None)).distinct())
    return {str(user): str(name) for user, name in rows if name}


def _user_label(user_id: str | None, me: str, my_name: str,
                names: dict[str, str] | None = None) -> str:
    """Who a user is, in words (never their id): their name, else "another user"."""
    if not user_id:
        return translate("merge", "unknown")
    if user_id == me:
        return my_name
    return (names or {}).get(user_id) or translate("merge", "another user")


def _snapshot(kind: str, row: Record) -> dict[str, Any]:
    return {name: _plain(getattr(row, name)) for name, _l, _k in mg.fields_of(kind)}


def _default_survivor(members: Sequence[Record], refs: dict[str, int]) -> Record:
    """The widest scope, then the most referenced, then the oldest."""
    return min(members, key=lambda r: (mg.scope_rank(r.scope), -refs.get(r.id, 0),
                                       r.created_at or dt.datetime.max.replace(tzinfo=dt.UTC),
                                       r.id))


def _default_choice(name: str, fkind: str, members: Sequence[Record], survivor: Record,
                    locked: set[str]) -> str:
    open_members = [m for m in members if m.id not in locked]
    if fkind in ("list", "dict"):
        filled = {repr(getattr(m, name)) for m in open_members
                  if not mg.is_empty(getattr(m, name))}
        if len(filled) > 1:
            return mg.COMBINED
    if not mg.is_empty(getattr(survivor, name)):
        return survivor.id
    for m in open_members:
        if not mg.is_empty(getattr(m, name)):
            return m.id
    return survivor.id


def _comparable(member: Record, name: str) -> Any:
    """A member's value as combined: phones in E.164 (read in the record's country when written
    without +), so one number typed two ways ("010-4461-5886", "+821044615886") is kept once."""
    value = getattr(member, name)
    if name != "phones" or not value:
        return value
    region = region_for_country(getattr(member, "country", None))
    return [try_normalise(str(p), region) or p for p in value]


def _display(fkind: str, value: Any, org_names: dict[str, str]) -> str:
    if mg.is_empty(value):
        return ""
    if fkind == "ref":
        return org_names.get(str(value), str(value))
    if fkind == "list":
        return ", ".join(str(v) for v in value)
    if fkind == "dict":  # messaging ids: "WeChat: wang_wei_sh"
        return ", ".join(f"{network_label(str(k))}: {v}" for k, v in value.items())
    return str(value)


def _field_rows(kind: str, members: Sequence[Record], survivor: Record,
                org_names: dict[str, str]) -> list[mg.FieldRow]:
    locked = {m.id for m in members if m.scope != survivor.scope}
    rows = []
    for name, label, fkind in mg.fields_of(kind):
        default = _default_choice(name, fkind, members, survivor, locked)
        combined = ""
        if fkind in ("list", "dict"):
            combined = _display(fkind, mg.combine(
                [_comparable(m, name) for m in members if m.id not in locked]), org_names)
        rows.append(mg.FieldRow(
            field=name, label=label, kind=fkind,
            values=tuple(value_text(getattr(m, name), name, "organisations")
                         if name == "kind" else _display(fkind, getattr(m, name), org_names)
                         for m in members),
            default=default, combined=combined, locked=tuple(sorted(locked))))
    return rows
