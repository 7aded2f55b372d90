"""Private links the server serves by token, from the leader's laptop: make, show, revoke.

Calendar feeds (:mod:`biox_desktop.sync.feeds`) and counterpart pages
(:mod:`biox_desktop.sync.counterpart`) work alike: the server shows a link's token once and
keeps only its hash, so the laptop that made a link keeps its address in its own encrypted
database (``local_meta``, never synced) to show and copy it again; another laptop sees that a
person has a link (the server lists links without tokens) and can make a new one or revoke.
The address is the laptop's server address plus the path the server gives: what the laptop
reaches is what a phone on the same network reaches, whatever the server thinks its name is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from biox_desktop.sync.errors import SyncError
from biox_desktop.sync.service import SyncService
from biox_desktop.sync.transport import HttpTransport

L = TypeVar("L")


class ServerLinks(Generic[L]):
    """The links of one kind of the signed-in leader, through the sync server.

    A kind says where its links live (``endpoint``, the answer's ``list_field``), what a
    served path starts with, under which key the laptop keeps the ones it made, which of the
    server's fields the laptop keeps (``kept``), and how a link is built (``build``)."""

    endpoint: str
    list_field: str
    path_prefix: str
    meta_key: str
    kept: tuple[str, ...] = ()

    def __init__(self, sync: SyncService) -> None:
        self.sync = sync
        self.db = sync.ws.db

    # -- what each kind says ------------------------------------------------------------------

    def build(self, fields: dict[str, Any], mission_id: str, person_id: str, url: str) -> L:
        raise NotImplementedError

    def no_address(self) -> str:
        """The error when the server answered without a path of this kind."""
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------------

    def _key(self, server_url: str, mission_id: str, person_id: str) -> str:
        return self.meta_key.format(server=server_url, mission=mission_id, person=person_id)

    def _call(self, use: Callable[[HttpTransport], Any]) -> tuple[str, Any]:
        """``use`` with a transport to the signed-in server; the server's address and what
        ``use`` returned."""
        server_url, _user, token = self.sync._signed_in()
        transport = self.sync._transport(server_url, token)
        try:
            return server_url, use(transport)
        finally:
            transport.close()

    def stored(self, mission_id: str, person_id: str) -> L | None:
        """The link this laptop made for the person (no network needed)."""
        server_url = self.sync.ws.settings.server_url or ""
        raw = self.db.meta(self._key(server_url, mission_id, person_id))
        if not raw:
            return None
        known = json.loads(raw)
        return self.build(known, mission_id, person_id, str(known["url"]))

    def link(self, mission_id: str, person_id: str, *, new: bool = False,
             **extra: Any) -> L:  # fmt: skip
        """The person's link: the one this laptop made, else (or with ``new``) a new one
        (``extra``: what the kind's endpoint also takes, such as a lifetime in days)."""
        known = None if new else self.stored(mission_id, person_id)
        if known is not None:
            return known
        body = {"mission_id": mission_id, "person_id": person_id, **extra}
        server_url, made = self._call(lambda t: t.post(self.endpoint, body))
        path = str(made.get("path") or "")
        if not path.startswith(self.path_prefix):
            raise SyncError(self.no_address())
        url = server_url.rstrip("/") + path
        keep = {"id": str(made["id"]), "url": url,
                **{k: str(made.get(k) or "") for k in self.kept}}
        self.db.set_meta(self._key(server_url, mission_id, person_id), json.dumps(keep))
        return self.build(keep, mission_id, person_id, url)

    def listed(self, mission_id: str) -> list[L]:
        """Every link of the mission on the server (revoked and expired ones too), with the
        addresses this laptop knows."""
        _server, answer = self._call(
            lambda t: t.get(f"{self.endpoint}?mission_id={mission_id}"))
        out = []
        for f in answer.get(self.list_field) or []:
            person = str(f.get("person_id"))
            mine = self.stored(mission_id, person)
            url = getattr(mine, "url", "") if getattr(mine, "id", None) == f.get("id") else ""
            out.append(self.build(f, mission_id, person, url))
        return out

    def revoke(self, mission_id: str, person_id: str) -> int:
        """Revoke every live link of the person (whoever made it); how many were revoked."""
        links = [f for f in self.listed(mission_id)
                 if getattr(f, "person_id", "") == person_id and not getattr(f, "revoked", False)]

        def delete(transport: HttpTransport) -> None:
            for f in links:
                transport.delete(f"{self.endpoint}/{getattr(f, 'id', '')}")

        server_url, _none = self._call(delete)
        self.db.set_meta(self._key(server_url, mission_id, person_id), "")
        return len(links)
