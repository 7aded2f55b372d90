"""Private calendar feeds: each delegate's and counterpart's published agenda as ICS.

A mission's leaders (users of its lead cluster with the leader role) and coordinators make a
feed for one person of the mission (``POST /api/v1/feeds``); the answer carries the one and
only copy of its private URL, ``/feeds/<token>.ics``: the server keeps just the token's SHA-256
(like device tokens), so a leaked database gives no working link. Links are listed and revoked
(``GET /api/v1/feeds?mission_id=``, ``DELETE /api/v1/feeds/<id>``); a revoked link answers 404,
as an unknown one does.

A calendar program fetches the URL without signing in. The server builds the ICS from its own
stored rows (``sync_rows`` of the mission's scope, plus the people and organisations they name)
with :mod:`biox_desktop.reports.agenda_feed`, the same code that writes the laptop's files, so
UIDs, SEQUENCE numbers and cancellations agree. Only published meetings are served (drafts
never leave the leader's laptop through a feed). The DTSTAMP is the time of the newest change
among those rows, so an unchanged agenda gives the same bytes: the ETag is their hash and
``If-None-Match``/``If-Modified-Since`` get 304. A same-day change is in the feed as soon as the
leader's laptop has synced it. Unknown tokens are counted per client address in the login
failures table: past :attr:`RateLimits.per_address` in the window, the address gets 429.
"""

# No "from __future__ import annotations": FastAPI must see the dependency annotations.

import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import Connection, func, insert, select, update

from biox_desktop.core.hlc import Timestamp
from biox_desktop.core.ids import uuid7
from biox_desktop.reports.agenda_feed import MISSION_TABLES, AgendaRows, person_calendar
from biox_desktop.server import auth
from biox_desktop.server.access import COORDINATOR, LEADER
from biox_desktop.server.db import plain_tx, read_tx
from biox_desktop.server.models import FeedToken, LoginFailure, SyncRow
from biox_desktop.server.store import Principal, Store, StoreError
from biox_desktop.sync import protocol as P

#: Where the feeds are served (outside the API prefix: calendar programs do not sign in).
FEED_PATH = "/feeds"
#: How often subscribed calendars are asked to fetch again.
REFRESH = timedelta(minutes=15)
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,128}")


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class FeedAnswer:
    body: bytes
    etag: str
    last_modified: datetime  # aware UTC, whole seconds


class Feeds:
    """Feed links and feed contents over the store's engine."""

    def __init__(self, store: Store, limits: auth.RateLimits) -> None:
        self.store = store
        self.engine = store.engine
        self.limits = limits

    # ---- links ----------------------------------------------------------------------------

    def _check_leader(self, conn: Connection, principal: Principal, mission_id: str) -> None:
        user = principal.user
        if user.role == COORDINATOR:
            return
        leads = self.store._mission_leads(conn, mission_id)
        if user.role != LEADER or user.organisation_id not in leads:
            raise StoreError(
                P.E_FORBIDDEN, "Only the mission's leaders and coordinators manage its feeds.", 403
            )

    def create(self, principal: Principal, mission_id: str, person_id: str) -> dict[str, Any]:
        """A new private link to ``person_id``'s agenda of ``mission_id``; the token is shown
        once, in ``path`` (the server keeps only its hash)."""
        with read_tx(self.engine) as conn:
            self._check_leader(conn, principal, mission_id)
            rows = mission_rows(conn, mission_id)
            if rows is None:
                raise StoreError(P.E_NOT_FOUND, "No such mission on the server.", 404)
            if person_id not in rows.person_ids():
                raise StoreError(
                    P.E_NOT_FOUND,
                    "This person is not on the mission's roster, programme or meetings (yet).",
                    404,
                )
        token = auth.new_token()
        feed = {
            "id": uuid7(),
            "token_hash": auth.token_hash(token),
            "mission_id": mission_id,
            "person_id": person_id,
            "created_by": principal.user.id,
            "created_at": _utcnow(),
        }
        with plain_tx(self.engine) as conn:
            conn.execute(insert(FeedToken).values(**feed))
        return {
            "id": feed["id"],
            "mission_id": mission_id,
            "person_id": person_id,
            "path": f"{FEED_PATH}/{token}.ics",
        }

    def list(self, principal: Principal, mission_id: str) -> list[dict[str, Any]]:
        """The mission's feed links (without their tokens), newest first."""
        with read_tx(self.engine) as conn:
            self._check_leader(conn, principal, mission_id)
            found = conn.execute(
                select(FeedToken)
                .where(FeedToken.mission_id == mission_id)
                .order_by(FeedToken.created_at.desc(), FeedToken.id)
            ).all()
        return [_wire(f) for f in found]

    def revoke(self, principal: Principal, feed_id: str) -> dict[str, Any]:
        """Revoke a link for good (calendars that subscribed get 404 from then on)."""
        with plain_tx(self.engine) as conn:
            feed = conn.execute(select(FeedToken).where(FeedToken.id == feed_id)).first()
            if feed is None:
                raise StoreError(P.E_NOT_FOUND, "No such feed.", 404)
            self._check_leader(conn, principal, feed.mission_id)
            if feed.revoked_at is None:
                conn.execute(
                    update(FeedToken).where(FeedToken.id == feed_id).values(revoked_at=_utcnow())
                )
            feed = conn.execute(select(FeedToken).where(FeedToken.id == feed_id)).one()
        return _wire(feed)

    # ---- serving --------------------------------------------------------------------------

    def fetch(self, token: str, address: str) -> FeedAnswer:
        """The ICS behind a token; 404 for an unknown or revoked one, 429 when this address
        tried too many unknown tokens."""
        key = f"feed:{address}"
        now = time.time()
        with plain_tx(self.engine) as conn:
            count, oldest = conn.execute(
                select(func.count(), func.min(LoginFailure.at)).where(
                    LoginFailure.key == key, LoginFailure.at > now - self.limits.window_s
                )
            ).one()
            if count >= self.limits.per_address and oldest is not None:
                wait = max(1, int(oldest + self.limits.window_s - now) + 1)
                raise StoreError(
                    P.E_TOO_MANY_ATTEMPTS,
                    "Too many unknown feed addresses from here; try again later.",
                    429,
                    retry_after=wait,
                )
            feed = None
            if _TOKEN.fullmatch(token):
                feed = conn.execute(
                    select(FeedToken).where(
                        FeedToken.token_hash == auth.token_hash(token),
                        FeedToken.revoked_at.is_(None),
                    )
                ).first()
            if feed is None:
                auth.record_failure(conn, [key], now, self.limits.window_s)
            else:
                conn.execute(
                    update(FeedToken)
                    .where(FeedToken.id == feed.id)
                    .values(last_fetched_at=_utcnow())
                )
        if feed is None:
            raise StoreError(P.E_NOT_FOUND, "No such calendar feed (it may have been revoked).", 404)
        answer = self.calendar(feed.mission_id, feed.person_id)
        if answer is None:
            raise StoreError(P.E_NOT_FOUND, "No such calendar feed (it may have been revoked).", 404)
        return answer

    def calendar(self, mission_id: str, person_id: str) -> FeedAnswer | None:
        """The person's published agenda of the mission as ICS (also served by the
        counterpart pages); ``None`` when there is nothing to serve."""
        with read_tx(self.engine) as conn:
            rows = mission_rows(conn, mission_id)
            changed_ms = _last_change_ms(conn, mission_id, rows)
        if rows is None or rows.mission.get("deleted") or person_id not in rows.people:
            # The mission is gone, or the person was deleted or erased: nothing to serve, and
            # an erased person's agenda must not stay readable behind an old link.
            return None
        stamp = datetime.fromtimestamp(changed_ms // 1000, UTC)
        body = person_calendar(rows, person_id, published_only=True, now=stamp, refresh=REFRESH)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        return FeedAnswer(body, etag, stamp)


def _wire(feed: Any) -> dict[str, Any]:
    def iso(value: datetime | None) -> str | None:
        return value.isoformat(timespec="seconds") + "Z" if value is not None else None

    return {
        "id": feed.id,
        "mission_id": feed.mission_id,
        "person_id": feed.person_id,
        "created_by": feed.created_by,
        "created_at": iso(feed.created_at),
        "revoked_at": iso(feed.revoked_at),
        "last_fetched_at": iso(feed.last_fetched_at),
    }


def row_dict(r: Any) -> dict[str, Any]:
    """A stored row as the calendar builder reads it: its fields, id and tombstone."""
    return {**(r.fields or {}), "id": r.row_id, "deleted": bool(r.deleted)}


def mission_rows(conn: Connection, mission_id: str) -> AgendaRows | None:
    """The mission's rows (tombstones included) and the people and organisations they name;
    ``None`` when the server has no missions row for it."""
    by_table: dict[str, list[dict[str, Any]]] = {t: [] for t in MISSION_TABLES}
    for r in conn.execute(
        select(SyncRow.tbl, SyncRow.row_id, SyncRow.fields, SyncRow.deleted).where(
            SyncRow.scope == f"mission:{mission_id}", SyncRow.tbl.in_(MISSION_TABLES)
        )
    ):
        by_table[r.tbl].append(row_dict(r))
    missions = [m for m in by_table["missions"] if m["id"] == mission_id]
    if not missions:
        return None
    rows = AgendaRows(
        mission=missions[0],
        items=[i for i in by_table["agenda_items"] if i.get("mission_id") == mission_id],
        item_participants=by_table["agenda_participants"],
        meetings=[m for m in by_table["meetings"] if m.get("mission_id") == mission_id],
        meeting_participants=by_table["meeting_participants"],
        venues={v["id"]: v for v in by_table["venues"]},
        roster=[r for r in by_table["roster_entries"] if r.get("mission_id") == mission_id],
    )
    people = {p["id"]: p for p in by_id(conn, "people", rows.person_ids()) if not p["deleted"]}
    org_ids = {str(p["organisation_id"]) for p in people.values() if p.get("organisation_id")}
    orgs = {o["id"]: str(o.get("name") or "") for o in by_id(conn, "organisations", org_ids)}
    return replace(rows, people=people, organisations=orgs)


def by_id(conn: Connection, table: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    wanted = sorted(set(ids))
    out: list[dict[str, Any]] = []
    for i in range(0, len(wanted), 500):
        out.extend(
            row_dict(r)
            for r in conn.execute(
                select(SyncRow.tbl, SyncRow.row_id, SyncRow.fields, SyncRow.deleted).where(
                    SyncRow.tbl == table, SyncRow.row_id.in_(wanted[i : i + 500])
                )
            )
        )
    return out


def _last_change_ms(conn: Connection, mission_id: str, rows: AgendaRows | None) -> int:
    """The wall time of the newest write among the rows a feed is built from (HLC clocks)."""
    newest = 0
    ids = set(rows.people) | set(rows.organisations) if rows is not None else set()
    stmt = select(SyncRow.clocks).where(
        SyncRow.scope == f"mission:{mission_id}", SyncRow.tbl.in_(MISSION_TABLES)
    )
    clock_sets = list(conn.execute(stmt).scalars())
    wanted = sorted(ids)
    for i in range(0, len(wanted), 500):
        clock_sets.extend(
            conn.execute(
                select(SyncRow.clocks).where(
                    SyncRow.tbl.in_(("people", "organisations")),
                    SyncRow.row_id.in_(wanted[i : i + 500]),
                )
            ).scalars()
        )
    for clocks in clock_sets:
        for packed in (clocks or {}).values():
            try:
                newest = max(newest, Timestamp.unpack(str(packed)).wall_ms)
            except ValueError:
                continue
    return newest


def not_modified(request: Request, answer: FeedAnswer) -> bool:
    tags = request.headers.get("if-none-match")
    if tags is not None:
        return answer.etag in {t.strip().removeprefix("W/") for t in tags.split(",")} or (
            tags.strip() == "*"
        )
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return answer.last_modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def add_routes(
    app: FastAPI,
    feeds: Feeds,
    principal: Callable[..., Principal],
    versions: Callable[..., None],
    client_address: Callable[[Request], str],
) -> None:
    """The feed routes: management under the API prefix (signed in), the feeds themselves
    outside it (the token is the credential)."""
    Caller = Annotated[Principal, Depends(principal)]
    Versions = Depends(versions)
    prefix = P.API_PREFIX

    @app.post(f"{prefix}/feeds", dependencies=[Versions])
    def create_feed(payload: Annotated[dict[str, Any], Body()], caller: Caller,
                    request: Request) -> dict[str, Any]:  # fmt: skip
        mission_id, person_id = payload.get("mission_id"), payload.get("person_id")
        if not isinstance(mission_id, str) or not isinstance(person_id, str):
            raise StoreError(P.E_BAD_REQUEST, "mission_id and person_id are required")
        made = feeds.create(caller, mission_id, person_id)
        made["url"] = str(request.base_url).rstrip("/") + made["path"]
        return made

    @app.get(f"{prefix}/feeds", dependencies=[Versions])
    def list_feeds(caller: Caller, mission_id: str) -> dict[str, Any]:
        return {"feeds": feeds.list(caller, mission_id)}

    @app.delete(f"{prefix}/feeds/{{feed_id}}", dependencies=[Versions])
    def revoke_feed(feed_id: str, caller: Caller) -> dict[str, Any]:
        return feeds.revoke(caller, feed_id)

    # HEAD too: some calendar programs probe a subscription before fetching it.
    @app.api_route(FEED_PATH + "/{name}", methods=["GET", "HEAD"])
    def feed(name: str, request: Request) -> Response:
        if not name.endswith(".ics"):
            raise StoreError(P.E_NOT_FOUND, "No such address on this server.", 404)
        answer = feeds.fetch(name[: -len(".ics")], client_address(request))
        headers = {
            "ETag": answer.etag,
            "Last-Modified": format_datetime(answer.last_modified, usegmt=True),
            # Private (the URL is a secret) and always revalidated: a change shows at once.
            "Cache-Control": "private, no-cache",
            "X-Robots-Tag": "noindex",
        }
        if not_modified(request, answer):
            return Response(status_code=304, headers=headers)
        return Response(
            answer.body, media_type="text/calendar; charset=utf-8",
            headers={**headers, "Content-Disposition": 'inline; filename="agenda.ics"'},
        )  # fmt: skip


__all__ = ["FEED_PATH", "FeedAnswer", "Feeds", "add_routes"]
