"""Counterpart page links, from the leader's laptop: make, show again, revoke.

Like calendar feeds (:mod:`biox_desktop.sync.feeds`), the server shows a link's token once and
keeps only its hash (see :mod:`biox_desktop.server.counterpart`), so the laptop that made a
link keeps its address in its own encrypted database (``local_meta``, never synced) to show
and copy it again; another laptop sees that the person has a link and can make a new one or
revoke it. The address is the laptop's server address plus the path the server gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from biox_desktop.core.i18n import translate
from biox_desktop.sync.links import ServerLinks

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


class CounterpartLinks(ServerLinks[CounterpartLink]):
    """Counterpart page links of the signed-in leader, through the sync server."""

    endpoint = "/counterpart-links"
    list_field = "links"
    path_prefix = "/c/"
    meta_key = _KEY
    kept = ("expires_at",)

    def build(self, fields: dict[str, Any], mission_id: str, person_id: str,
              url: str) -> CounterpartLink:  # fmt: skip
        return CounterpartLink(
            id=str(fields.get("id")), mission_id=mission_id, person_id=person_id, url=url,
            expires_at=str(fields.get("expires_at") or ""),
            created_at=str(fields.get("created_at") or ""),
            revoked=bool(fields.get("revoked_at")),
            last_used_at=str(fields.get("last_used_at") or ""))

    def link(self, mission_id: str, person_id: str, *, new: bool = False,  # type: ignore[override]
             days: int = DEFAULT_DAYS) -> CounterpartLink:  # fmt: skip
        """The person's link: the one this laptop made, else (or with ``new``) a new one valid
        ``days`` days."""
        return super().link(mission_id, person_id, new=new, days=days)

    def no_address(self) -> str:
        return translate("counterpart", "the server gave no page address")
