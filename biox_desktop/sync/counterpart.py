"""Counterpart page links, from the leader's laptop: make, show again, revoke.

Like calendar feeds (:mod:`biox_desktop.sync.feeds`), the server shows a link's token once and
keeps only its hash (see :mod:`biox_desktop.server.counterpart`), so the laptop that made a
link keeps its address in its own encrypted database (``local_meta``, never synced) to show
and copy it again; another laptop sees that the person has a link and can make a new one or
revoke it. The address is the laptop's server address plus the path the server gives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from biox_desktop.core.i18n import translate
from biox_desktop.sync.errors import SyncError
from biox_desktop.sync.service import SyncService

_KEY = "counterpart_link:{server}:{mission}:{person}"
#: How long a new link works unless the leader says otherwise (the server's default too).
DEFAULT_DAYS = 60


@dataclass(frozen=True, slots=True)
class CounterpartLink:
    """One counterpart's page link; ``url`` is empty when this laptop did not make it."""

    id: str
    mission_id: str
    person_id: str
    url: str
    expires_at: str = ""
    created_at: str = ""
    revoked: bool = False
    last_used_at: str = ""


class CounterpartLinks:
    """Counterpart page links of the signed-in leader, through the sync server."""

    def __init__(self, sync: SyncService) -> None:
        self.sync = sync
        self.db = sync.ws.db

    def _key(self, server_url: str, mission_id: str, person_id: str) -> str:
        return _KEY.format(server=server_url, mission=mission_id, person=person_id)

    def stored(self, mission_id: str, person_id: str) -> CounterpartLink | None:
        """The link this laptop made for the person (no network needed)."""
        server_url = self.sync.ws.settings.server_url or ""
        raw = self.db.meta(self._key(server_url, mission_id, person_id))
        if not raw:
            return None
        known = json.loads(raw)
        return CounterpartLink(id=str(known["id"]), mission_id=mission_id, person_id=person_id,
                               url=str(known["url"]),
                               expires_at=str(known.get("expires_at") or ""))

    def link(self, mission_id: str, person_id: str, *, new: bool = False,
             days: int = DEFAULT_DAYS) -> CounterpartLink:  # fmt: skip
        """The person's link: the one this laptop made, else (or with ``new``) a new one valid
        ``days`` days."""
        known = None if new else self.stored(mission_id, person_id)
        if known is not None:
            return known
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            made = transport.post("/counterpart-links", {
                "mission_id": mission_id, "person_id": person_id, "days": days})
        finally:
            transport.close()
        path = str(made.get("path") or "")
        if not path.startswith("/c/"):
            raise SyncError(translate("counterpart", "the server gave no page address"))
        link = CounterpartLink(id=str(made["id"]), mission_id=mission_id, person_id=person_id,
                               url=server_url.rstrip("/") + path,
                               expires_at=str(made.get("expires_at") or ""))
        self.db.set_meta(self._key(server_url, mission_id, person_id), json.dumps(
            {"id": link.id, "url": link.url, "expires_at": link.expires_at}))
        return link

    def listed(self, mission_id: str) -> list[CounterpartLink]:
        """Every link of the mission on the server (revoked and expired ones too), with the
        addresses this laptop knows."""
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            answer = transport.get(f"/counterpart-links?mission_id={mission_id}")
        finally:
            transport.close()
        out = []
        for f in answer.get("links") or []:
            person = str(f.get("person_id"))
            mine = self.stored(mission_id, person)
            out.append(CounterpartLink(
                id=str(f.get("id")), mission_id=mission_id, person_id=person,
                url=mine.url if mine is not None and mine.id == f.get("id") else "",
                expires_at=str(f.get("expires_at") or ""),
                created_at=str(f.get("created_at") or ""), revoked=bool(f.get("revoked_at")),
                last_used_at=str(f.get("last_used_at") or "")))
        return out

    def revoke(self, mission_id: str, person_id: str) -> int:
        """Revoke every live link of the person (whoever made it); how many were revoked."""
        links = [f for f in self.listed(mission_id)
                 if f.person_id == person_id and not f.revoked]
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            for f in links:
                transport.delete(f"/counterpart-links/{f.id}")
        finally:
            transport.close()
        self.db.set_meta(self._key(server_url, mission_id, person_id), "")
        return len(links)
