"""The coordinator's view of sync conflicts: both values, who wrote them and when; a choice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from biox_desktop.core.hlc import Timestamp
from biox_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from biox_desktop.sync import codec, credentials
from biox_desktop.sync.errors import NotSignedIn
from biox_desktop.sync.service import SyncService


@dataclass(frozen=True)
class ConflictSide:
    value: Any
    author: str
    written_at: dt.datetime | None
    #: The laptop that wrote the value, by the name its owner gave it ("" when unknown).
    device: str = ""


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    row_id: str
    #: What the record is, in words ("Organisation Kansai Medical"), from this laptop's copy.
    record: str
    field: str
    reason: str
    winner: ConflictSide
    loser: ConflictSide
    recorded_at: str


def _side(raw: dict[str, Any]) -> ConflictSide:
    try:
        ms = Timestamp.unpack(str(raw.get("clock") or "")).wall_ms
        written = dt.datetime.fromtimestamp(ms / 1000, dt.UTC)
    except ValueError:
        written = None
    author = str(raw.get("user_name") or raw.get("user_id") or "unknown")
    return ConflictSide(value=raw.get("value"), author=author, written_at=written,
                        device=str(raw.get("device_name") or ""))


#: What the Conflicts screen calls a record of each synced table (in the user's language).
_RECORD_KINDS = {
    "attachments": QT_TRANSLATE_NOOP("sync", "Document"),
    "merges": QT_TRANSLATE_NOOP("sync", "Merge"),
    "merge_forwards": QT_TRANSLATE_NOOP("sync", "Merge forward"),
    "not_duplicates": QT_TRANSLATE_NOOP("sync", "Not a duplicate"),
    "organisations": QT_TRANSLATE_NOOP("sync", "Organisation"),
    "missions": QT_TRANSLATE_NOOP("sync", "Mission"),
    "people": QT_TRANSLATE_NOOP("sync", "Person"),
    "agreements": QT_TRANSLATE_NOOP("sync", "Agreement"),
    "meeting_requests": QT_TRANSLATE_NOOP("sync", "Meeting request"),
    "mission_companies": QT_TRANSLATE_NOOP("sync", "Mission company"),
    "mission_partners": QT_TRANSLATE_NOOP("sync", "Mission partner"),
    "roster_entries": QT_TRANSLATE_NOOP("sync", "Roster entry"),
    "venues": QT_TRANSLATE_NOOP("sync", "Venue"),
    "agenda_items": QT_TRANSLATE_NOOP("sync", "Agenda item"),
    "agreement_parties": QT_TRANSLATE_NOOP("sync", "Agreement party"),
    "travel_times": QT_TRANSLATE_NOOP("sync", "Travel time"),
    "agenda_participants": QT_TRANSLATE_NOOP("sync", "Agenda participant"),
    "meetings": QT_TRANSLATE_NOOP("sync", "Meeting"),
    "leads": QT_TRANSLATE_NOOP("sync", "Lead"),
    "meeting_participants": QT_TRANSLATE_NOOP("sync", "Meeting participant"),
    "agreement_links": QT_TRANSLATE_NOOP("sync", "Agreement link"),
    "consents": QT_TRANSLATE_NOOP("sync", "Consent"),
    "follow_ups": QT_TRANSLATE_NOOP("sync", "Follow-up"),
}


@dataclass(frozen=True)
class Quarantine:
    """Writes of one laptop set aside because its clock ran far ahead, counted, not listed."""

    device_id: str
    author: str
    count: int
    device_name: str = ""


@dataclass(frozen=True)
class ConflictPage:
    """One page of conflicts; ``next`` is what to pass for the following page (None: done)."""

    conflicts: tuple[ConflictView, ...]
    next: int | None
    quarantines: tuple[Quarantine, ...] = ()


#: Conflicts fetched per request (the server allows up to its own maximum).
PAGE_SIZE = 200


class ConflictService:
    """Lists and resolves conflicts on the server.

    Coordinators review what they see; conflicts in an organisation's private scope go to its
    own people unless coordinators may see private scopes (the server decides).
    """

    def __init__(self, sync: SyncService) -> None:
        self.sync = sync

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        s = self.sync.ws.settings
        token = credentials.load_token(s.server_url, s.username) if s.server_url else None
        if not token:
            raise NotSignedIn(translate("sync", "sign in to the sync server to review conflicts"))
        transport = self.sync._transport(s.server_url, token)
        try:
            if method == "GET":
                return transport.get(path)
            return transport.post(path, body or {})
        finally:
            transport.close()

    def page(self, after: int = 0, limit: int = PAGE_SIZE) -> ConflictPage:
        """Unresolved conflicts with ids above ``after``, at most ``limit`` of them."""
        answer = self._call("GET", f"/conflicts?resolved=false&after={int(after)}"
                                   f"&limit={int(limit)}")  # fmt: skip
        conflicts = tuple(
            ConflictView(
                id=int(c["id"]), table=str(c["table"]), row_id=str(c["row_id"]),
                record=self.describe(str(c["table"]), str(c["row_id"])),
                field=str(c["field"]), reason=str(c.get("reason") or ""),
                winner=_side(c["winner"]), loser=_side(c["loser"]),
                recorded_at=str(c.get("created_at") or ""),
            )
            for c in answer.get("conflicts") or []
        )  # fmt: skip
        quarantines = tuple(
            Quarantine(device_id=str(q.get("device_id") or ""),
                       author=str(q.get("user_name") or q.get("user_id") or "unknown"),
                       count=int(q.get("count") or 0),
                       device_name=str(q.get("device_name") or ""))
            for q in answer.get("quarantines") or []
        )  # fmt: skip
        following = answer.get("next")
        return ConflictPage(conflicts, int(following) if following else None, quarantines)

    def list(self) -> list[ConflictView]:
        """Every unresolved conflict, page by page (the screen fetches pages as needed)."""
        found: list[ConflictView] = []
        after: int | None = 0
        while after is not None:
            page = self.page(after)
            found.extend(page.conflicts)
            after = page.next
        return found

    def describe(self, table: str, row_id: str) -> str:
        """A record's kind and name as this laptop knows it ("Lead Kim Min-jun": records without
        a name of their own are named by their person; "Lead (not on this laptop)" without a copy)."""
        kind = translate("sync", _RECORD_KINDS.get(table, table))
        columns = codec.known_fields(table)
        label_column = next((c for c in ("name", "title", "filename") if c in columns), None)
        name = None
        t = codec.table_of(table)
        if t is not None:
            with self.sync.ws.db.session() as s:
                if label_column is not None:
                    name = s.execute(select(t.c[label_column]).where(t.c.id == row_id)).scalar()
                elif "person_id" in columns:
                    people = codec.table_of("people")
                    assert people is not None
                    name = s.execute(select(people.c.name).join(
                        t, t.c.person_id == people.c.id).where(t.c.id == row_id)).scalar()
        if name:
            return f"{kind} {name}"
        return f"{kind} " + translate("sync", "(not on this laptop)")

    def resolve(self, conflict_id: int, choice: str) -> None:
        """``choice`` is "winner" (keep what everyone has) or "loser" (bring the other value back).

        The chosen value is written on the server as a new change; it reaches every laptop,
        this one included, with the next sync.
        """
        if choice not in ("winner", "loser"):
            raise ValueError(f"unknown choice {choice!r}")
        self._call("POST", f"/conflicts/{conflict_id}/resolve", {"choice": choice})
