"""Private calendar feed links, from the laptop: make, show again, revoke.

The server shows a feed's token once (it keeps only its hash, see
:mod:`biox_desktop.server.feeds`), so the laptop that made a link keeps it in its own encrypted
database (``local_meta``, never synced) to show and copy it again. Another laptop sees that a
person has a link (the server lists links without tokens) but can only make a new one or revoke.
The URL is the laptop's server address plus the path the server gives: what the laptop reaches
is what a phone on the same network reaches, whatever the server thinks its own name is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from biox_desktop.core.i18n import translate
from biox_desktop.sync.errors import SyncError
from biox_desktop.sync.service import SyncService

_KEY = "feed_link:{server}:{mission}:{person}"


@dataclass(frozen=True, slots=True)
class FeedLink:
    """One person's feed link; ``url`` is empty when this laptop did not make it."""

    id: str
    mission_id: str
    person_id: str
    url: str
    created_at: str = ""
    revoked: bool = False
    last_fetched_at: str = ""


class FeedLinks:
    """Feed links of the signed-in leader, through the sync server."""

    def __init__(self, sync: SyncService) -> None:
        self.sync = sync
        self.db = sync.ws.db

    def _key(self, server_url: str, mission_id: str, person_id: str) -> str:
        return _KEY.format(server=server_url, mission=mission_id, person=person_id)

    def stored(self, mission_id: str, person_id: str) -> FeedLink | None:
        """The link this laptop made for the person (no network needed)."""
        server_url = self.sync.ws.settings.server_url or ""
        raw = self.db.meta(self._key(server_url, mission_id, person_id))
        if not raw:
            return None
        known = json.loads(raw)
        return FeedLink(id=str(known["id"]), mission_id=mission_id, person_id=person_id,
                        url=str(known["url"]), created_at=str(known.get("created_at") or ""))

    def link(self, mission_id: str, person_id: str, *, new: bool = False) -> FeedLink:
        """The person's link: the one this laptop made, else (or with ``new``) a new one."""
        known = None if new else self.stored(mission_id, person_id)
        if known is not None:
            return known
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            made = transport.post("/feeds", {"mission_id": mission_id, "person_id": person_id})
        finally:
            transport.close()
        path = str(made.get("path") or "")
        if not path.startswith("/feeds/"):
            raise SyncError(translate("feeds", "the server gave no feed address"))
        link = FeedLink(id=str(made["id"]), mission_id=mission_id, person_id=person_id,
                        url=server_url.rstrip("/") + path)
        self.db.set_meta(self._key(server_url, mission_id, person_id),
                         json.dumps({"id": link.id, "url": link.url}))
        return link

    def listed(self, mission_id: str) -> list[FeedLink]:
        """Every link of the mission on the server (revoked ones too), with the URLs this
        laptop knows."""
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            answer = transport.get(f"/feeds?mission_id={mission_id}")
        finally:
            transport.close()
        out = []
        for f in answer.get("feeds") or []:
            person = str(f.get("person_id"))
            mine = self.stored(mission_id, person)
            out.append(FeedLink(
                id=str(f.get("id")), mission_id=mission_id, person_id=person,
                url=mine.url if mine is not None and mine.id == f.get("id") else "",
                created_at=str(f.get("created_at") or ""), revoked=bool(f.get("revoked_at")),
                last_fetched_at=str(f.get("last_fetched_at") or "")))
        return out

    def revoke(self, mission_id: str, person_id: str) -> int:
        """Revoke every live link of the person (whoever made it); how many were revoked."""
        links = [f for f in self.listed(mission_id)
                 if f.person_id == person_id and not f.revoked]
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            for f in links:
                transport.delete(f"/feeds/{f.id}")
        finally:
            transport.close()
        self.db.set_meta(self._key(server_url, mission_id, person_id), "")
        return len(links)
