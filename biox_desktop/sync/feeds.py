"""Private calendar feed links, from the laptop: make, show again, revoke.

The server shows a feed's token once (it keeps only its hash, see
:mod:`biox_desktop.server.feeds`), so the laptop that made a link keeps it in its own encrypted
database (``local_meta``, never synced) to show and copy it again. Another laptop sees that a
person has a link (the server lists links without tokens) but can only make a new one or revoke.
The URL is the laptop's server address plus the path the server gives: what the laptop reaches
is what a phone on the same network reaches, whatever the server thinks its own name is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from biox_desktop.core.i18n import translate
from biox_desktop.sync.links import ServerLinks

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


class FeedLinks(ServerLinks[FeedLink]):
    """Feed links of the signed-in leader, through the sync server."""

    endpoint = "/feeds"
    list_field = "feeds"
    path_prefix = "/feeds/"
    meta_key = _KEY

    def build(self, fields: dict[str, Any], mission_id: str, person_id: str,
              url: str) -> FeedLink:  # fmt: skip
        return FeedLink(id=str(fields.get("id")), mission_id=mission_id, person_id=person_id,
                        url=url, created_at=str(fields.get("created_at") or ""),
                        revoked=bool(fields.get("revoked_at")),
                        last_fetched_at=str(fields.get("last_fetched_at") or ""))

    def no_address(self) -> str:
        return translate("feeds", "the server gave no feed address")
