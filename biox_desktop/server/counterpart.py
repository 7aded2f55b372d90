"""The counterpart page: a foreign person's private page of one mission, served by the server.

A mission's leaders (and coordinators) make a link for a counterpart, the foreign person a
meeting request of the mission targets or a meeting has on its guest side
(``POST /api/v1/counterpart-links``). The answer carries the one copy of its address,
``/c/<token>``: the server keeps the token's SHA-256 only. A link expires (60 days by default)
and can be revoked (``DELETE /api/v1/counterpart-links/<id>``); both then answer 410 with a
page saying so in the counterpart's language, an unknown token 404.

The page (server-rendered Jinja2, autoescaped, no JavaScript) is in the counterpart's language
(:mod:`biox_desktop.server.counterpart_texts`: their pick, their or their organisation's
country, the browser's Accept-Language, the mission's country) and shows:

* the delegation's companies with their profiles;
* the meeting requests addressed to this person (``target_person_id``), with Accept and
  Decline, and the requests they made themselves;
* the mission's B2B sessions to tick: the sessions they can attend are ``agenda_participants``
  rows of theirs on the session (the laptop's scheduler keeps their meetings inside them);
* a form to ask one of the delegation's companies for a meeting: a new ``meeting_requests``
  row, requester = the counterpart and their organisation;
* their published agenda, and its calendar at ``/c/<token>/agenda.ics`` (the ICS of
  :mod:`biox_desktop.server.feeds`; the page's token is its credential, so revoking the page
  stops the calendar too).

Every answer is a synced write through the store's normal merge (:meth:`Store._publish`) in the
mission's scope, authored by ``counterpart:<person id>`` on device ``counterpart-page``, and a
line of :mod:`biox_desktop.core.counterpart` in the request's notes names the counterpart, so the
leader's laptop receives it with its next sync and shows "answered by NAME (counterpart page)".

Security: every form carries a token bound to the link and to a random cookie
(``SameSite=Lax``, ``HttpOnly``): a POST without both is refused (403) and counted. Unknown
tokens and refused forms count per client address against :class:`RateLimits` (429 past
``per_address`` in the window), and writes per link (``per_address`` * 3 in the window). Only
rows that name this person, and the mission's public parts (companies, sessions), are read:
nothing of another counterpart reaches the page. The token never reaches a log: the access
log's paths are redacted (:class:`RedactTokens`), and the page sends ``Referrer-Policy:
no-referrer``.
"""

# No "from __future__ import annotations": FastAPI must see the dependency annotations.

import datetime as dt
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, quote
from zoneinfo import ZoneInfo

import jinja2
from fastapi import Body, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection, func, insert, select, update
from starlette.concurrency import run_in_threadpool

from biox_desktop.core import counterpart as notes_line
from biox_desktop.core.ids import uuid7
from biox_desktop.reports.agenda_feed import person_events
from biox_desktop.server import auth
from biox_desktop.server.counterpart_texts import LANGUAGES, choose_language, texts
from biox_desktop.server.db import plain_tx, read_tx, write_tx
from biox_desktop.server.feeds import Feeds, by_id, mission_rows, not_modified, row_dict
from biox_desktop.server.models import CounterpartLink, LoginFailure, SyncRow
from biox_desktop.server.store import Principal, StoreError
from biox_desktop.sync import protocol as P

#: Where the pages are served (outside the API prefix: the token is the credential).
PAGE_PATH = "/c"
#: How long a new link works unless the leader says otherwise, and the longest allowed.
DEFAULT_DAYS = 60
MAX_DAYS = 366
#: Who the synced writes of a page are by (user id prefix, device id).
AUTHOR_PREFIX = "counterpart:"
DEVICE = "counterpart-page"
#: The cookie a form's token is bound to, and the one keeping the language picked.
CSRF_COOKIE = "biox_cp"
LANG_COOKIE = "biox_lang"
#: Meeting-request statuses a counterpart may still answer (an expired one is closed).
_ANSWERABLE = ("pending", "accepted", "declined")
#: Statuses of a delegation company that is not (or no longer) part of it.
_NOT_IN_DELEGATION = ("declined", "cancelled", "withdrawn")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,128}")
_MESSAGE_MAX = 1000
_TEMPLATES = Path(__file__).with_name("templates")

log = logging.getLogger(__name__)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


class PageError(Exception):
    """A page answer other than the page itself: ``key`` names its text."""

    def __init__(self, status: int, key: str, language: str = "", retry_after: int = 0) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.language = language
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Visit:
    """An opened link: whose page it is and in which language to speak."""

    link_id: str
    mission_id: str
    person_id: str
    expires_at: dt.datetime
    person: dict[str, Any]
    organisation: dict[str, Any]
    mission: dict[str, Any]

    @property
    def scope(self) -> str:
        return f"mission:{self.mission_id}"

    @property
    def name(self) -> str:
        return str(self.person.get("name") or "")

    def countries(self) -> list[str | None]:
        return [self.person.get("country"), self.organisation.get("country")]


class RedactTokens(logging.Filter):
    """Hides the tokens of feed and page addresses in uvicorn's access log lines."""

    _PATH = re.compile(r"/(feeds|c)/[A-Za-z0-9_-]{8,}")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._PATH.sub(r"/\1/…", a) if isinstance(a, str) else a
                                for a in record.args)  # fmt: skip
        elif isinstance(record.msg, str):
            record.msg = self._PATH.sub(r"/\1/…", record.msg)
        return True


def form_token(cookie: str, link_id: str) -> str:
    """The hidden field of every form: the cookie's HMAC of the link (double submit)."""
    return hmac.new(cookie.encode(), link_id.encode(), hashlib.sha256).hexdigest()


class CounterpartPages:
    """Counterpart links and the pages behind them, over the store's engine."""

    def __init__(self, feeds: Feeds, limits: auth.RateLimits) -> None:
        self.feeds = feeds
        self.store = feeds.store
        self.engine = feeds.engine
        self.limits = limits

    # ---- links (signed-in leaders) --------------------------------------------------------

    def create(self, principal: Principal, mission_id: str, person_id: str,
               days: int = DEFAULT_DAYS) -> dict[str, Any]:  # fmt: skip
        """A new link to ``person_id``'s page of ``mission_id``, valid ``days``; the token is
        shown once, in ``path``."""
        if not 1 <= days <= MAX_DAYS:
            raise StoreError(P.E_BAD_REQUEST, f"days must be 1 to {MAX_DAYS}")
        with read_tx(self.engine) as conn:
            self.feeds._check_leader(conn, principal, mission_id)
            rows = mission_rows(conn, mission_id)
            if rows is None:
                raise StoreError(P.E_NOT_FOUND, "No such mission on the server.", 404)
            if not _is_counterpart(conn, mission_id, person_id):
                raise StoreError(
                    P.E_NOT_FOUND,
                    "This person is not a counterpart of the mission: no meeting request "
                    "addresses them and no meeting has them as a guest (yet).",
                    404,
                )
        token = auth.new_token()
        now = _utcnow()
        expires = now + dt.timedelta(days=days)
        link: dict[str, Any] = {
            "id": uuid7(), "token_hash": auth.token_hash(token), "mission_id": mission_id,
            "person_id": person_id, "created_by": principal.user.id, "created_at": now,
            "expires_at": expires,
        }  # fmt: skip
        with plain_tx(self.engine) as conn:
            conn.execute(insert(CounterpartLink).values(**link))
        return {"id": link["id"], "mission_id": mission_id, "person_id": person_id,
                "expires_at": _iso(expires), "path": f"{PAGE_PATH}/{token}"}

    def list(self, principal: Principal, mission_id: str) -> list[dict[str, Any]]:
        """The mission's counterpart links (without tokens), newest first."""
        with read_tx(self.engine) as conn:
            self.feeds._check_leader(conn, principal, mission_id)
            found = conn.execute(
                select(CounterpartLink)
                .where(CounterpartLink.mission_id == mission_id)
                .order_by(CounterpartLink.created_at.desc(), CounterpartLink.id)
            ).all()
        return [_wire(link) for link in found]

    def revoke(self, principal: Principal, link_id: str) -> dict[str, Any]:
        """Revoke a link for good: its page and calendar answer 410 from then on."""
        with plain_tx(self.engine) as conn:
            link = conn.execute(
                select(CounterpartLink).where(CounterpartLink.id == link_id)).first()
            if link is None:
                raise StoreError(P.E_NOT_FOUND, "No such counterpart link.", 404)
            self.feeds._check_leader(conn, principal, link.mission_id)
            if link.revoked_at is None:
                conn.execute(update(CounterpartLink).where(CounterpartLink.id == link_id)
                             .values(revoked_at=_utcnow()))
            link = conn.execute(
                select(CounterpartLink).where(CounterpartLink.id == link_id)).one()
        return _wire(link)

    # ---- opening a link -------------------------------------------------------------------

    def _limited(self, conn: Connection, key: str, limit: int, now: float) -> int:
        """Seconds to wait when ``key`` has ``limit`` entries in the window (0: go ahead)."""
        count, oldest = conn.execute(
            select(func.count(), func.min(LoginFailure.at)).where(
                LoginFailure.key == key, LoginFailure.at > now - self.limits.window_s)
        ).one()
        if count >= limit and oldest is not None:
            return max(1, int(oldest + self.limits.window_s - now) + 1)
        return 0

    def refuse(self, address: str) -> None:
        """Count a refused form from ``address`` (as an unknown token counts)."""
        with plain_tx(self.engine) as conn:
            auth.record_failure(conn, [f"counterpart:{address}"], time.time(),
                                self.limits.window_s)

    def open(self, token: str, address: str, *, writing: bool = False) -> Visit:
        """The visit behind a token; :class:`PageError` 404 (unknown), 410 (revoked, expired,
        or the person or mission gone), 429 (too many unknown tokens from this address, or
        too many writes through this link)."""
        key = f"counterpart:{address}"
        now = time.time()
        with plain_tx(self.engine) as conn:
            wait = self._limited(conn, key, self.limits.per_address, now)
            if wait:
                raise PageError(429, "too_many", retry_after=wait)
            link = None
            if _TOKEN.fullmatch(token):
                link = conn.execute(select(CounterpartLink).where(
                    CounterpartLink.token_hash == auth.token_hash(token))).first()
            # (A failure is recorded in a transaction that commits: raise after it.)
            if link is None:
                auth.record_failure(conn, [key], now, self.limits.window_s)
            elif writing:
                writes = f"counterpart-write:{link.id}"
                wait = self._limited(conn, writes, self.limits.per_address * 3, now)
                if not wait:
                    auth.record_failure(conn, [writes], now, self.limits.window_s)
            elif link.revoked_at is None and link.expires_at > _utcnow():
                conn.execute(update(CounterpartLink).where(CounterpartLink.id == link.id)
                             .values(last_used_at=_utcnow()))
        if link is None:
            raise PageError(404, "gone")
        if wait:
            raise PageError(429, "too_many", retry_after=wait)
        with read_tx(self.engine) as conn:
            people = by_id(conn, "people", [link.person_id])
            person = people[0] if people and not people[0]["deleted"] else None
            missions = by_id(conn, "missions", [link.mission_id])
            mission = missions[0] if missions and not missions[0]["deleted"] else None
            orgs = by_id(conn, "organisations", [str((person or {}).get("organisation_id"))])
        organisation = orgs[0] if orgs else {}
        if person is None or mission is None:
            raise PageError(410, "gone")
        visit = Visit(link.id, link.mission_id, link.person_id, link.expires_at, person,
                      organisation, mission)
        if link.revoked_at is not None or link.expires_at <= _utcnow():
            language = choose_language(None, visit.countries(), None, mission.get("country"))
            raise PageError(410, "gone", language)
        return visit

    # ---- what the page shows --------------------------------------------------------------

    def view(self, visit: Visit, language: str) -> dict[str, Any]:
        """Everything the page shows, as plain values for the template."""
        zone = _zone(visit.mission.get("timezone"))
        with read_tx(self.engine) as conn:
            rows = mission_rows(conn, visit.mission_id)
            requests = _mission_table(conn, "meeting_requests", visit.scope)
            companies = _delegation(conn, visit.scope)
            mine = [r for r in requests if not r["deleted"] and (
                r.get("target_person_id") == visit.person_id
                or r.get("requester_person_id") == visit.person_id)]
            named = {str(r.get("requester_person_id")) for r in mine}
            people = {p["id"]: p for p in by_id(conn, "people", named)}
            org_ids = {str(r.get(k)) for r in mine for k in ("requester_organisation_id",
                                                             "target_organisation_id")}
            org_ids |= {str(p.get("organisation_id")) for p in people.values()}
            orgs = {o["id"]: o for o in by_id(conn, "organisations", org_ids)}
        assert rows is not None
        out_requests = []
        for r in sorted(mine, key=lambda r: (str(r.get("created_at") or ""), r["id"])):
            asked = r.get("requester_person_id") == visit.person_id
            if asked:
                who = _org_name(orgs.get(str(r.get("target_organisation_id"))))
            else:
                person = people.get(str(r.get("requester_person_id")))
                org = _org_name(orgs.get(str(r.get("requester_organisation_id")))
                                or orgs.get(str((person or {}).get("organisation_id"))))
                name = str((person or {}).get("name") or "")
                who = f"{name} ({org})" if name and org else name or org
            status = str(r.get("status") or "pending")
            out_requests.append({
                "id": r["id"], "who": who, "status": status, "asked": asked,
                "answerable": not asked and status in _ANSWERABLE,
                "message": _their_message(r.get("notes")) if asked else "",
            })
        sessions = []
        attending = {str(p.get("agenda_item_id")) for p in rows.item_participants
                     if not p.get("deleted") and p.get("person_id") == visit.person_id}
        for item in sorted((i for i in rows.items if i.get("kind") == "b2b"
                            and not i.get("deleted")),
                           key=lambda i: str(i.get("starts_at"))):  # fmt: skip
            start, end = _local(item["starts_at"], zone), _local(item["ends_at"], zone)
            sessions.append({
                "id": item["id"], "title": str(item.get("title") or ""),
                "when": f"{_day(start, language)} {_time(start, language)}–"
                        f"{_time(end, language)}",
                "checked": item["id"] in attending,
            })
        meetings = {m["id"]: m for m in rows.meetings}
        parts: dict[str, list[Mapping[str, Any]]] = {}
        for p in rows.meeting_participants:
            if not p.get("deleted"):
                parts.setdefault(str(p.get("meeting_id")), []).append(p)
        agenda = []
        for event in person_events(rows, visit.person_id, published_only=True):
            start, end = _local(event.start_utc, zone), _local(event.end_utc, zone)
            meeting = meetings.get(str(event.id))
            with_whom = []
            table = None
            if meeting is not None:
                table = meeting.get("table_number")
                for p in parts.get(meeting["id"], []):
                    pid = str(p.get("person_id"))
                    attendee = rows.people.get(pid)
                    if pid == visit.person_id or attendee is None:
                        continue
                    org = rows.organisations.get(str(attendee.get("organisation_id") or ""), "")
                    name = str(attendee.get("name") or "")
                    with_whom.append(f"{name} ({org})" if org else name)
            agenda.append({
                "title": event.title, "day": _day(start, language),
                "time": f"{_time(start, language)}–{_time(end, language)}",
                "venue": ", ".join(x for x in (event.venue_name, event.venue_address) if x),
                "with": "; ".join(with_whom), "table": table,
                "cancelled": event.status == "CANCELLED",
            })
        return {
            "requests": out_requests, "sessions": sessions, "agenda": agenda,
            "companies": companies, "zone": str(zone),
            "start": _date(visit.mission.get("start_date"), language),
            "end": _date(visit.mission.get("end_date"), language),
        }

    # ---- answers --------------------------------------------------------------------------

    def _write(self, conn: Connection, visit: Visit, table: str, row_id: str,
               fields: dict[str, Any], *, delete: bool = False) -> None:  # fmt: skip
        """One synced write as the counterpart, through the store's merge."""
        org = visit.organisation
        self.store._publish(
            conn, table, row_id, fields, str(org.get("id") or visit.person_id),
            str(org.get("kind") or "foreign_partner"), AUTHOR_PREFIX + visit.person_id,
            scope=visit.scope, device_id=DEVICE, kind=P.OP_DELETE if delete else P.OP_UPSERT)

    def answer(self, visit: Visit, request_id: str, accept: bool) -> str:
        """Accept or decline a request addressed to the visitor; the requester's company."""
        with write_tx(self.engine) as conn:
            row = _live_row(conn, "meeting_requests", request_id, visit.scope)
            if row is None or row.get("target_person_id") != visit.person_id:
                raise PageError(404, "gone")
            if str(row.get("status") or "pending") not in _ANSWERABLE:
                raise PageError(409, "expired")
            action = notes_line.ACCEPTED if accept else notes_line.DECLINED
            line = notes_line.answer_line(action, visit.name, dt.datetime.now(dt.UTC))
            self._write(conn, visit, "meeting_requests", request_id, {
                "status": "accepted" if accept else "declined",
                "notes": notes_line.with_answer(row.get("notes"), line),
            })
            company = by_id(conn, "organisations", [str(row.get("requester_organisation_id"))])
        return _org_name(company[0] if company else None)

    def set_availability(self, visit: Visit, session_ids: set[str]) -> None:
        """The visitor attends exactly the ticked B2B sessions of the mission."""
        with write_tx(self.engine) as conn:
            items = [i for i in _mission_table(conn, "agenda_items", visit.scope)
                     if i.get("kind") == "b2b" and not i["deleted"]
                     and i.get("mission_id") == visit.mission_id]
            participants = [p for p in _mission_table(conn, "agenda_participants", visit.scope)
                            if not p["deleted"] and p.get("person_id") == visit.person_id]
            for item in items:
                mine = [p for p in participants if p.get("agenda_item_id") == item["id"]]
                if item["id"] in session_ids and not mine:
                    self._write(conn, visit, "agenda_participants", uuid7(), {
                        "agenda_item_id": item["id"], "person_id": visit.person_id,
                        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    })
                elif item["id"] not in session_ids:
                    for p in mine:
                        self._write(conn, visit, "agenda_participants", p["id"], {},
                                    delete=True)

    def ask(self, visit: Visit, organisation_id: str, message: str) -> tuple[str, bool]:
        """A new request from the visitor to a company of the delegation; its name, and
        whether it was new (False: the visitor had already asked that company)."""
        message = " ".join(message.split())[:_MESSAGE_MAX]
        with write_tx(self.engine) as conn:
            companies = {c["id"]: c for c in _delegation(conn, visit.scope)}
            company = companies.get(organisation_id)
            if company is None:
                raise PageError(404, "gone")
            asked = [r for r in _mission_table(conn, "meeting_requests", visit.scope)
                     if not r["deleted"] and r.get("requester_person_id") == visit.person_id
                     and r.get("target_organisation_id") == organisation_id
                     and r.get("status") in ("pending", "accepted")]
            if asked:
                return company["name"], False
            now = dt.datetime.now(dt.UTC)
            fields: dict[str, Any] = {
                "mission_id": visit.mission_id, "requester_person_id": visit.person_id,
                "target_organisation_id": organisation_id, "priority": 1,
                "status": "pending", "created_at": now.isoformat(timespec="seconds"),
                "notes": notes_line.answer_line(notes_line.ASKED, visit.name, now, message),
            }
            if visit.organisation.get("id"):
                fields["requester_organisation_id"] = visit.organisation["id"]
            self._write(conn, visit, "meeting_requests", uuid7(), fields)
        return company["name"], True

    def calendar(self, visit: Visit) -> Any:
        return self.feeds.calendar(visit.mission_id, visit.person_id)


# --------------------------------------------------------------------------------------------
# Reading rows


def _wire(link: Any) -> dict[str, Any]:
    return {
        "id": link.id, "mission_id": link.mission_id, "person_id": link.person_id,
        "created_by": link.created_by, "created_at": _iso(link.created_at),
        "expires_at": _iso(link.expires_at), "revoked_at": _iso(link.revoked_at),
        "last_used_at": _iso(link.last_used_at),
    }  # fmt: skip


def _mission_table(conn: Connection, table: str, scope: str) -> list[dict[str, Any]]:
    return [row_dict(r) for r in conn.execute(
        select(SyncRow.tbl, SyncRow.row_id, SyncRow.fields, SyncRow.deleted).where(
            SyncRow.scope == scope, SyncRow.tbl == table))]


def _live_row(conn: Connection, table: str, row_id: str, scope: str) -> dict[str, Any] | None:
    r = conn.execute(select(SyncRow.tbl, SyncRow.row_id, SyncRow.fields, SyncRow.deleted).where(
        SyncRow.tbl == table, SyncRow.row_id == row_id, SyncRow.scope == scope)).first()
    return row_dict(r) if r is not None and not r.deleted else None


def _is_counterpart(conn: Connection, mission_id: str, person_id: str) -> bool:
    """Whether a live request of the mission addresses the person, or a live meeting of it
    has them on the guest side, and they are not a delegate on its roster."""
    scope = f"mission:{mission_id}"
    if any(not r["deleted"] and r.get("person_id") == person_id
           and r.get("mission_id") == mission_id
           for r in _mission_table(conn, "roster_entries", scope)):
        return False
    if any(not r["deleted"] and r.get("target_person_id") == person_id
           for r in _mission_table(conn, "meeting_requests", scope)):
        return True
    return any(not p["deleted"] and p.get("person_id") == person_id
               and p.get("side") != "delegation"
               for p in _mission_table(conn, "meeting_participants", scope))


def _org_name(org: dict[str, Any] | None) -> str:
    return str((org or {}).get("name") or "")


def _delegation(conn: Connection, scope: str) -> list[dict[str, Any]]:
    """The delegation's companies with what their profiles say, by name."""
    taking_part = [c for c in _mission_table(conn, "mission_companies", scope)
                   if not c["deleted"] and c.get("status") not in _NOT_IN_DELEGATION]
    profiles = {str(c.get("organisation_id")): str(c.get("profile") or "") for c in taking_part}
    out = []
    for org in by_id(conn, "organisations", profiles):
        if org["deleted"]:
            continue
        native = str(org.get("name_native") or "")
        out.append({
            "id": org["id"], "name": str(org.get("name") or ""),
            "native": native if native != org.get("name") else "",
            "place": ", ".join(str(x) for x in (org.get("city"), org.get("country")) if x),
            "website": _website(org.get("website")),
            "tags": [str(t) for t in org.get("sector_tags") or []],
            "description": str(org.get("description") or ""),
            "profile": profiles.get(org["id"], ""),
        })
    return sorted(out, key=lambda c: c["name"].casefold())


def _website(value: object) -> str:
    """A link only to a web address (never ``javascript:`` or the like)."""
    text = str(value or "").strip()
    if not text:
        return ""
    if not re.match(r"https?://", text, re.I):
        if re.match(r"[a-z][a-z0-9+.-]*:", text, re.I):
            return ""  # another scheme (javascript:, data:, mailto: ...)
        text = "https://" + text
    return text if re.fullmatch(r"https?://[^\s\"'<>]+", text, re.I) else ""


def _their_message(notes: object) -> str:
    found = notes_line.last_answer(str(notes or ""))
    return found.message if found is not None else ""


# --------------------------------------------------------------------------------------------
# Dates in the page's language


def _zone(name: object) -> ZoneInfo:
    try:
        return ZoneInfo(str(name or "UTC"))
    except (ValueError, KeyError, OSError):
        return ZoneInfo("UTC")


def _local(value: Any, zone: ZoneInfo) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone)


def _day(value: dt.datetime, language: str) -> str:
    from babel.dates import format_skeleton

    return format_skeleton("MMMEd", value, locale=language)


def _time(value: dt.datetime, language: str) -> str:
    from babel.dates import format_time

    return format_time(value, "HH:mm", locale=language)


def _date(value: object, language: str) -> str:
    from babel.dates import format_date

    try:
        day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return ""
    return format_date(day, "long", locale=language)


# --------------------------------------------------------------------------------------------
# HTTP


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined,
    trim_blocks=True, lstrip_blocks=True)

#: The page allows no script, no frame, no form target but itself, and no third party.
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src 'self' data:; form-action 'self'; base-uri 'none'; "
                               "frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex",
    "Cache-Control": "no-store",
}


def _render(template: str, status: int, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers=dict(_HEADERS))


def _error_page(exc: PageError, request: Request) -> HTMLResponse:
    language = exc.language or choose_language(
        request.cookies.get(LANG_COOKIE), [], request.headers.get("accept-language"))
    t = texts(language)
    key = exc.key if exc.key in t else "gone"
    title = t["gone_title"] if key == "gone" else ""
    body = t["gone_text"] if key == "gone" else t[key]
    response = _render("counterpart_gone.html", exc.status, lang=language, t=t, title=title,
                       text=body)
    if exc.retry_after:
        response.headers["Retry-After"] = str(exc.retry_after)
    return response


def add_routes(
    app: FastAPI,
    pages: CounterpartPages,
    principal: Callable[..., Principal],
    versions: Callable[..., None],
    client_address: Callable[[Request], str],
) -> None:
    """The link management (signed in, under the API prefix) and the pages themselves."""
    Caller = Annotated[Principal, Depends(principal)]
    Versions = Depends(versions)
    prefix = P.API_PREFIX

    @app.post(f"{prefix}/counterpart-links", dependencies=[Versions])
    def create_link(payload: Annotated[dict[str, Any], Body()], caller: Caller,
                    request: Request) -> dict[str, Any]:  # fmt: skip
        mission_id, person_id = payload.get("mission_id"), payload.get("person_id")
        days = payload.get("days", DEFAULT_DAYS)
        if not isinstance(mission_id, str) or not isinstance(person_id, str):
            raise StoreError(P.E_BAD_REQUEST, "mission_id and person_id are required")
        if not isinstance(days, int) or isinstance(days, bool):
            raise StoreError(P.E_BAD_REQUEST, "days must be a whole number")
        made = pages.create(caller, mission_id, person_id, days)
        made["url"] = str(request.base_url).rstrip("/") + made["path"]
        return made

    @app.get(f"{prefix}/counterpart-links", dependencies=[Versions])
    def list_links(caller: Caller, mission_id: str) -> dict[str, Any]:
        return {"links": pages.list(caller, mission_id)}

    @app.delete(f"{prefix}/counterpart-links/{{link_id}}", dependencies=[Versions])
    def revoke_link(link_id: str, caller: Caller) -> dict[str, Any]:
        return pages.revoke(caller, link_id)

    @app.get(PAGE_PATH + "/{token}")
    async def page(token: str, request: Request) -> Response:
        address = client_address(request)
        try:
            visit = await run_in_threadpool(pages.open, token, address)
        except PageError as exc:
            return _error_page(exc, request)
        asked = request.query_params.get("lang")
        language = choose_language(
            asked if asked in LANGUAGES else request.cookies.get(LANG_COOKIE),
            visit.countries(), request.headers.get("accept-language"),
            visit.mission.get("country"))
        shown = await run_in_threadpool(pages.view, visit, language)
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        if not re.fullmatch(r"[A-Za-z0-9_-]{43}", cookie):
            cookie = secrets.token_urlsafe(32)
        t = texts(language)
        done = _done_text(t, request.query_params, shown)
        response = _render(
            "counterpart.html", 200, lang=language, t=t, languages=LANGUAGES,
            mission=str(visit.mission.get("name") or ""), name=visit.name,
            base=f"{PAGE_PATH}/{token}", csrf=form_token(cookie, visit.link_id), done=done,
            valid_until=_date(visit.expires_at.date(), language),
            dates=t["dates"].format(start=shown["start"], end=shown["end"], zone=shown["zone"]),
            webcal=_webcal(request, token), **shown)
        secure = request.url.scheme == "https"
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="lax", secure=secure,
                            path=PAGE_PATH + "/")
        if asked in LANGUAGES:
            response.set_cookie(LANG_COOKIE, asked, max_age=366 * 86400, samesite="lax",
                                secure=secure, path=PAGE_PATH + "/")
        return response

    @app.post(PAGE_PATH + "/{token}/{action}")
    async def act(token: str, action: str, request: Request) -> Response:
        address = client_address(request)
        body = await request.body()
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True,
                        max_num_fields=200)
        try:
            if action not in ("answer", "availability", "ask"):
                raise PageError(404, "gone")
            visit = await run_in_threadpool(pages.open, token, address)
            cookie = request.cookies.get(CSRF_COOKIE) or ""
            sent = (form.get("csrf") or [""])[0]
            if not cookie or not hmac.compare_digest(sent, form_token(cookie, visit.link_id)):
                await run_in_threadpool(pages.refuse, address)
                raise PageError(403, "bad_form", _page_language(request, visit))
            visit = await run_in_threadpool(pages.open, token, address, writing=True)
            about = ""
            if action == "answer":
                answer = (form.get("answer") or [""])[0]
                if answer not in ("accept", "decline"):
                    raise PageError(400, "bad_form", _page_language(request, visit))
                request_id = (form.get("request") or [""])[0]
                await run_in_threadpool(pages.answer, visit, request_id, answer == "accept")
                done, about = ("accepted" if answer == "accept" else "declined"), request_id
            elif action == "availability":
                await run_in_threadpool(pages.set_availability, visit,
                                        set(form.get("session") or []))
                done = "availability"
            else:
                company = (form.get("company") or [""])[0]
                message = (form.get("message") or [""])[0]
                _name, new = await run_in_threadpool(pages.ask, visit, company, message)
                done, about = ("asked" if new else "already"), company
        except PageError as exc:
            if exc.status == 409:  # an expired request: show the page, it says so
                return RedirectResponse(f"{PAGE_PATH}/{token}", status_code=303)
            return _error_page(exc, request)
        target = f"{PAGE_PATH}/{token}?done={done}" + (f"&about={quote(about)}" if about else "")
        return RedirectResponse(target + "#done", status_code=303, headers=dict(_HEADERS))

    @app.api_route(PAGE_PATH + "/{token}/agenda.ics", methods=["GET", "HEAD"])
    async def calendar(token: str, request: Request) -> Response:
        try:
            visit = await run_in_threadpool(pages.open, token, client_address(request))
        except PageError as exc:
            return Response(status_code=exc.status)
        answer = await run_in_threadpool(pages.calendar, visit)
        if answer is None:
            return Response(status_code=410)
        headers = {"ETag": answer.etag, "Cache-Control": "private, no-cache",
                   "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer"}
        if not_modified(request, answer):
            return Response(status_code=304, headers=headers)
        return Response(answer.body, media_type="text/calendar; charset=utf-8",
                        headers={**headers,
                                 "Content-Disposition": 'inline; filename="agenda.ics"'})


def _page_language(request: Request, visit: Visit) -> str:
    return choose_language(request.cookies.get(LANG_COOKIE), visit.countries(),
                           request.headers.get("accept-language"), visit.mission.get("country"))


def _done_text(t: dict[str, str], query: Any, shown: dict[str, Any]) -> str:
    """The confirmation after a form, naming only what this page shows anyway."""
    done, about = query.get("done"), query.get("about") or ""
    if done in ("accepted", "declined"):
        company = next((r["who"] for r in shown["requests"] if r["id"] == about), "")
        return t["done_" + done].format(company=company)
    if done == "availability":
        return t["done_availability"]
    if done in ("asked", "already"):
        company = next((c["name"] for c in shown["companies"] if c["id"] == about), "")
        return (t["done_asked"] if done == "asked" else t["already_asked"]).format(
            company=company)
    return ""


def _webcal(request: Request, token: str) -> str:
    """The calendar's subscription address (``webcal://``: calendar apps subscribe)."""
    base = str(request.base_url).rstrip("/")
    return "webcal://" + base.split("://", 1)[1] + f"{PAGE_PATH}/{token}/agenda.ics"


__all__ = ["PAGE_PATH", "CounterpartPages", "RedactTokens", "add_routes", "form_token"]
